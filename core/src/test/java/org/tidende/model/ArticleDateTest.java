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
  @ValueSource(strings = {"", "  ", "yesterday", "2019-13", "2019-02-30", "20190425x"})
  void rejectsOthersWithoutThrowing(String raw) {
    assertThat(ArticleDate.parse(raw)).isEmpty();
  }
}
