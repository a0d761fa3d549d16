package org.tidende.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleTest {
  private static Article article(String title, String text) {
    return new Article(new ArticleId("a"), "test", 1, null, null, title, text, null, Language.NB, Map.of());
  }

  @Test
  void theBodyIsTheTextWithoutATitleItRepeats() {
    assertThat(article("Brann i Bodø", "Brann i Bodø Det brenn i eit hus.").body()).isEqualTo("Det brenn i eit hus.");
    assertThat(article("Brann i Bodø", "Brann i Bodø: Det brenn i eit hus.").body()).isEqualTo("Det brenn i eit hus.");
    assertThat(article("Brann i Bodø", "Det brenn i eit hus.").body()).isEqualTo("Det brenn i eit hus.");
    assertThat(article("Brann i Bodø", "Brann i Bodø").body()).isEqualTo("Brann i Bodø");
    assertThat(article("Ny", "Nyheter frå Bodø i dag.").body()).as("inside a word").isEqualTo("Nyheter frå Bodø i dag.");
    assertThat(article("", "Det brenn.").body()).isEqualTo("Det brenn.");
    assertThat(article("Ny", "Nyheter frå Bodø i dag.").repeatsTitle()).isFalse();
  }
}
