package org.tidende.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TeasersTest {
  @Test
  void paywallTeasersGoAndTheRestStays() {
    assertThat(Teasers.strip("Dette er en pluss artikkel, log inn og les videre på www.stangeavisa.no .")).isEmpty();
    assertThat(Teasers.strip("Dette er ein pluss-artikkel. Logg inn for å lese vidare.")).isEmpty();
    assertThat(Teasers.strip("Brannvesenet rykket ut i natt. Denne artikkelen er kun for abonnenter."))
        .isEqualTo("Brannvesenet rykket ut i natt.");
    assertThat(Teasers.strip("Log ind for at læse videre\nStormen lukkede Storebæltsbroen."))
        .isEqualTo("Stormen lukkede Storebæltsbroen.");
    assertThat(Teasers.strip("PLUS Trenden håller i sig. Covid-19 fortsätter att öka i Sverige."))
        .isEqualTo("Trenden håller i sig. Covid-19 fortsätter att öka i Sverige.");
    assertThat(Teasers.strip("Logga in för att läsa vidare.")).isEmpty();
    assertThat(Teasers.strip("Du må være innlogget for å se innholdet. log in")).isEmpty();
  }

  @Test
  void aWordPressFeedFooterGoesWhenItClosesTheText() {
    assertThat(Teasers.strip("Boka handlar om Harari. The post Informasjon, kunnskap og visdom? Ein essay appeared first on NY TID ."))
        .isEqualTo("Boka handlar om Harari.");
    assertThat(Teasers.strip("Du må være innlogget for å se innholdet. log in The post Julegryta trengs fortsatt appeared first on"
        + " Arendals Tidende .")).isEmpty();
    assertThat(Teasers.strip("Kommunen kutter. The post Kutt i Ærndal appeared first on agderposten.no")).isEqualTo("Kommunen kutter.");
    assertThat(Teasers.strip("Kontrakten gjeld i fem år. Innlegget Westcon Power & Automation tildelt stor Odfjell-avtale "
        + "dukket først opp på Energi24.no .")).isEqualTo("Kontrakten gjeld i fem år.");
    assertThat(Teasers.strip("Avtalen är klar. Inlägget Ny avtal för hamnen dök först upp på Hamnbladet.")).isEqualTo(
        "Avtalen är klar.");
    String sentence = "The post office appeared first on the list of buildings to close, the council said.";
    assertThat(Teasers.strip(sentence)).as("a sentence, not a site name, follows").isEqualTo(sentence);
  }

  @Test
  void ordinarySentencesAboutTheSameWordsStay() {
    String[] kept = {
        "Pluss-artikkelen om brannen ble lest av mange.",
        "Han logget inn og leste videre i dokumentene.",
        "PLUS-kunder får rabatt.",
        "Abonnenter får avisen før klokken sju.",
        "Regeringen vil give pluss til pensionisterne."};
    for (String s : kept) {
      assertThat(Teasers.strip(s)).isEqualTo(s);
    }
    assertThat(Teasers.strip("")).isEmpty();
  }

  @Test
  void blankingKeepsEveryOtherCharacterWhereItWas() {
    String text = "PLUS Kommunen kutter. Dette er en pluss artikkel, log inn og les videre på www.avisa.no.\nMer "
        + "kommer. The post Kutt i Ærndal appeared first on agderposten.no";
    String blanked = Teasers.blank(text);
    assertThat(blanked).hasSameSizeAs(text);
    assertThat(blanked.strip().replaceAll("\\s+", " ")).isEqualTo("Kommunen kutter. Mer kommer.");
    assertThat(blanked.indexOf("Kommunen")).isEqualTo(text.indexOf("Kommunen"));
    assertThat(blanked.indexOf('\n')).isEqualTo(text.indexOf('\n'));
    assertThat(Teasers.strip(text).replaceAll("\\s+", " ")).isEqualTo("Kommunen kutter. Mer kommer.");
    assertThat(Teasers.blank("Ingen teaser her.")).isEqualTo("Ingen teaser her.");
  }
}
