package org.tidende.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleDateTest {

  @ParameterizedTest
  @CsvSource({
      "2019, 2019, YEAR",
      "2019-04, 2019-04, MONTH",
      "2019-04-25, 2019-04-25, DAY",
      "2022-10-05T18:21, 2022-10-05T18:21, TIME",
      "2022-10-05 18:21, 2022-10-05T18:21, TIME",
      "2025-01-09T07:12:00Z, 2025-01-09T07:12, TIME",
      "2025-01-09T08:12:00+01:00, 2025-01-09T07:12, TIME",
      "2025-01-09T08:12:00+0100, 2025-01-09T07:12, TIME"})
  void parsesNewsForms(String raw, String shown, ArticleDate.Precision precision) {
    ArticleDate d = ArticleDate.parse(raw).orElseThrow();
    assertThat(d.toString()).isEqualTo(shown);
    assertThat(d.precision()).isEqualTo(precision);
  }

  @ParameterizedTest
  @CsvSource({
      "2025-01-09T07:12:00Z, Z",
      "2025-01-09T07:12:00+00:00, Z",
      "2025-01-09T08:12:00+01:00, +01:00",
      "2025-01-09T08:12:00+0100, +01:00",
      "2025-01-09T02:12:00-05:00, -05:00",
      "2025-01-09 08:12:00+01, +01:00", // PostgreSQL's timestamptz output
      "2025-01-09 02:12-05, -05:00"})
  void keepsTheOffsetWrittenBesideTheUtcTime(String raw, String offset) {
    ArticleDate d = ArticleDate.parse(raw).orElseThrow();
    assertThat(d.toString()).isEqualTo("2025-01-09T07:12");
    assertThat(d.offset()).isEqualTo(java.time.ZoneOffset.of(offset));
    assertThat(d.asInferred().offset()).isEqualTo(d.offset());
  }

  @ParameterizedTest
  @CsvSource({
      "2025-01-09T07:12:00Z, 2025-01-09T07:12Z",
      "2025-01-09T08:12:00+0100, 2025-01-09T08:12+01:00",
      "2025-01-09T00:12:00+01:00, 2025-01-09T00:12+01:00",
      "2025-01-09T08:12:30+01:00, 2025-01-09T08:12:30+01:00",
      "2025-01-09 02:12-05, 2025-01-09T02:12-05:00",
      "2025-01-09T08:12, 2025-01-09T08:12",
      "2025-01-09, 2025-01-09",
      "2019-04, 2019-04"})
  void writtenIsTheSourcesClockWithItsOffsetAndReadsBackEqual(String raw, String written) {
    ArticleDate d = ArticleDate.parse(raw).orElseThrow();
    assertThat(d.written()).isEqualTo(written);
    assertThat(ArticleDate.parse(d.written())).contains(d);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2022-10-05T18:21", "2019-04-25", "2019-04", "2019"})
  void noOffsetWithoutOne(String raw) {
    ArticleDate d = ArticleDate.parse(raw).orElseThrow();
    assertThat(d.offset()).isNull();
    assertThat(d.local(java.time.ZoneId.of("Europe/Oslo"))).isSameAs(d);
  }

  @org.junit.jupiter.api.Test
  void localMovesToThePublishersClock() {
    ArticleDate z = ArticleDate.parse("2025-01-13T23:28:00Z").orElseThrow();
    assertThat(z.local(java.time.ZoneId.of("Europe/Oslo")).toString()).isEqualTo("2025-01-14T00:28");
    assertThat(z.local(null).toString()).isEqualTo("2025-01-13T23:28");
    ArticleDate plus2 = ArticleDate.parse("2024-06-11T00:15:00+02:00").orElseThrow();
    assertThat(plus2.toString()).isEqualTo("2024-06-10T22:15");
    assertThat(plus2.local(null).toString()).isEqualTo("2024-06-11T00:15");
    assertThat(plus2.local(java.time.ZoneId.of("America/New_York")).offset()).isNull();
  }

  @org.junit.jupiter.api.Test
  void anOffsetNeedsATime() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ArticleDate(java.time.LocalDate.of(2025, 1, 13), null,
        ArticleDate.Precision.DAY, false, java.time.ZoneOffset.UTC)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "yesterday", "2019-13", "2019-02-30", "20190425x"})
  void rejectsOthersWithoutThrowing(String raw) {
    assertThat(ArticleDate.parse(raw)).isEmpty();
  }
}
