package org.tidende.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoilerplateTest {
  @Test
  void dropsCreditsCrossLinksShareAndCookieLinesButKeepsText() {
    String text = """
        Kim kom til byen i eit pansra tog. Foto: AP
        Les også: Dette er toget til Kim
        Läs också Så reser diktatorn
        Del på Facebook
        Vi bruker cookies for å gi deg en bedre opplevelse.
        Møtet held fram fredag (NTB).""";
    String out = Boilerplate.strip(text);
    assertThat(out).contains("Kim kom til byen i eit pansra tog.").doesNotContain("Foto")
        .doesNotContain("Les også").doesNotContain("Läs också").doesNotContain("Facebook")
        .doesNotContain("cookies").doesNotContain("NTB").contains("Møtet held fram fredag");
  }

  @Test
  void keepsLongSentencesThatMentionTheWords() {
    String s = "Fotografen sa at bildet ble tatt i går, og at han ikke visste hvem som sto bak kameraet den dagen i fjor.";
    assertThat(Boilerplate.strip(s)).isEqualTo(s);
    assertThat(Boilerplate.strip(null)).isEmpty();
  }
}
