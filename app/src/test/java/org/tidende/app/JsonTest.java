package org.tidende.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Reading a stored story view's timeline back. */
class JsonTest {
  @Test
  void aSpanOrSeasonSortsByItsFirstDay() {
    assertThat(Json.firstDay("2019-03-03/2019-03-05")).isEqualTo(LocalDate.of(2019, 3, 3));
    assertThat(Json.firstDay("2019-07/2022-08")).isEqualTo(LocalDate.of(2019, 7, 1));
    assertThat(Json.firstDay("1993/2002")).isEqualTo(LocalDate.of(1993, 1, 1));
    assertThat(Json.firstDay("2019-06/2019-08")).isEqualTo(LocalDate.of(2019, 6, 1));
    assertThat(Json.firstDay("2019-04-25")).isEqualTo(LocalDate.of(2019, 4, 25));
  }
}
