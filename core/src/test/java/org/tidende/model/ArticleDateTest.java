package org.tidende.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Random;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
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
    assertThat(d.offset()).isEqualTo(ZoneOffset.of(offset));
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
    assertThat(d.local(ZoneId.of("Europe/Oslo"))).isSameAs(d);
  }

  @Test
  void localMovesToThePublishersClock() {
    ArticleDate z = ArticleDate.parse("2025-01-13T23:28:00Z").orElseThrow();
    assertThat(z.local(ZoneId.of("Europe/Oslo")).toString()).isEqualTo("2025-01-14T00:28");
    assertThat(z.local(null).toString()).isEqualTo("2025-01-13T23:28");
    ArticleDate plus2 = ArticleDate.parse("2024-06-11T00:15:00+02:00").orElseThrow();
    assertThat(plus2.toString()).isEqualTo("2024-06-10T22:15");
    assertThat(plus2.local(null).toString()).isEqualTo("2024-06-11T00:15");
    assertThat(plus2.local(ZoneId.of("America/New_York")).offset()).isNull();
  }

  @Test
  void anOffsetNeedsATime() {
    Assertions.assertThatThrownBy(() -> new ArticleDate(LocalDate.of(2025, 1, 13), null,
        ArticleDate.Precision.DAY, false, ZoneOffset.UTC)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "yesterday", "2019-13", "2019-02-30", "20190425x"})
  void rejectsOthersWithoutThrowing(String raw) {
    assertThat(ArticleDate.parse(raw)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2022-10-05T24:00", "2022-02-29T10:00", "2022-10-05T18:60:00", "2022-10-05T18:21:60Z",
      "2022-13-05T18:21", "2024-02-29T10:00:00Z"})
  void readsOutOfRangeFieldsAsTheIsoParserDoes(String raw) {
    assertThat(ArticleDate.parse(raw)).isEqualTo(isoReference(raw));
  }

  /** The common forms read digit by digit give what the ISO parsers give, on random strings. */
  @Test
  void theSameDatesAsTheIsoParsers() {
    Random r = new Random(5);
    String[] ends = {"", "", ":ss", ":ssZ", "Z", "+0100", "+01", "+01:00", "-05"};
    for (int t = 0; t < 200_000; t++) {
      StringBuilder b = new StringBuilder("yyyy-MM-ddTHH:mm").append(ends[r.nextInt(ends.length)]);
      for (int i = 0; i < b.length(); i++) {
        char c = b.charAt(i);
        if (Character.isLetter(c) && c != 'T' && c != 'Z') {
          b.setCharAt(i, (char) ('0' + (i == 5 || i == 8 || i == 11 || i == 14 || i == 17 ? r.nextInt(4) : r.nextInt(10))));
        }
        if (r.nextInt(60) == 0) {
          b.setCharAt(i, "0 T:-Z+x٣".charAt(r.nextInt(9)));
        }
      }
      String raw = b.toString();
      assertThat(ArticleDate.parse(raw)).as(raw).isEqualTo(isoReference(raw));
    }
  }

  /** {@link ArticleDate#parse} of times as it was before the digit-by-digit reading: java.time's ISO parsers. */
  private static Optional<ArticleDate> isoReference(String raw) {
    String s = raw.strip().replace(' ', 'T');
    if (s.length() <= 10 || s.charAt(10) != 'T') {
      return ArticleDate.parse(raw);
    }
    try {
      if (s.endsWith("Z") || s.matches(".*[+-]\\d{2}(?::?\\d{2})?$")) {
        String fixed = s.replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2").replaceFirst("([+-]\\d{2})$", "$1:00");
        return Optional.of(ArticleDate.ofOffset(OffsetDateTime.parse(fixed)));
      }
      LocalDateTime ldt = LocalDateTime.parse(s.length() == 13 ? s + ":00" : s);
      return Optional.of(new ArticleDate(ldt.toLocalDate(), ldt.toLocalTime(), ArticleDate.Precision.TIME, false));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
