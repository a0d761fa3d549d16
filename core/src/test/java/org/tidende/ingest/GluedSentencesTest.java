package org.tidende.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GluedSentencesTest {
  /** Sentences a feed ran together get their space; addresses, numbers and abbreviations do not. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "kränkte Estlands luftrum.Svenska Jas Gripen-plan skickades upp | kränkte Estlands luftrum. Svenska Jas Gripen-plan skickades upp",
      "Har politikere?Er eldrerådet lyttet til? | Har politikere? Er eldrerådet lyttet til?",
      "Det var i København.Én af dem | Det var i København. Én af dem",
      "Les mer på aftonbladet.se i dag | Les mer på aftonbladet.se i dag",
      "Klokka 10.15 i dag, www.vg.no | Klokka 10.15 i dag, www.vg.no",
      "Han reiste til St.Petersburg | Han reiste til St.Petersburg",
      "100 f.Kr. og 3.Bästa | 100 f.Kr. og 3.Bästa",
      "Ingen ABC.Def her | Ingen ABC.Def her",
      "men försvaret är redo.– En sista utväg | men försvaret är redo. – En sista utväg",
      "skriver Reuters.- Vi er stolte | skriver Reuters. - Vi er stolte",
      "sagde han.—Det er slut | sagde han. —Det er slut",
      "Oslo.– Vi | Oslo. – Vi",
      "ca.-Tal og 10.–12. mai | ca.-Tal og 10.–12. mai",
  })
  void sentencesRunTogetherArePartedAndNothingElse(String in, String out) {
    assertThat(GluedSentences.separate(in)).isEqualTo(out);
  }

  @Test
  void theReadersPartThem() {
    assertThat(JsonLinesReader.clean("luftrum.Svenska Jas")).isEqualTo("luftrum. Svenska Jas");
    assertThat(ReaderText.clean("luftrum.Svenska Jas")).isEqualTo("luftrum. Svenska Jas");
    assertThat(GluedSentences.separate(null)).isNull();
  }
}
