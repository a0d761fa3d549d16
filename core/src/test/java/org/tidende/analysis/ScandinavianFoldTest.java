package org.tidende.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScandinavianFoldTest {

  @ParameterizedTest
  @CsvSource({"møte, møde", "møte, möte", "Usjakov, Ushakov", "Jurij, Yuri", "Juri, Jurij", "Åsland, Aasland",
      "hvad, vad", "Vladivostok, Wladiwostok", "Kjærgaard, Kjaergaard"})
  void variantsMeet(String a, String b) {
    assertThat(ScandinavianFold.skeleton(a)).isEqualTo(ScandinavianFold.skeleton(b));
  }

  @ParameterizedTest
  @CsvSource({"Putin, Kim", "brann, brand-ny", "Moskva, Minsk"})
  void differentWordsStayApart(String a, String b) {
    assertThat(ScandinavianFold.skeleton(a)).isNotEqualTo(ScandinavianFold.skeleton(b));
  }
}
