package org.tidende.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExonymsTest {
  @Test
  void translatedPlaceNamesShareANameKey() {
    assertThat(ArticleAnalyzer.nameKey("Copenhagen")).isEqualTo(ArticleAnalyzer.nameKey("København"))
        .isEqualTo(ArticleAnalyzer.nameKey("Köpenhamns")).isEqualTo(ArticleAnalyzer.nameKey("Copenhagen's"));
    assertThat(ArticleAnalyzer.nameKey("Germany")).isEqualTo(ArticleAnalyzer.nameKey("Tysklands"));
    assertThat(ArticleAnalyzer.nameKey("Athens")).isEqualTo(ArticleAnalyzer.nameKey("Aten"));
  }

  @Test
  void norwegianPartiesShareANameKeyAcrossBokmålAndNynorsk() {
    assertThat(ArticleAnalyzer.nameKey("Høgre")).isEqualTo(ArticleAnalyzer.nameKey("Høyres"));
    assertThat(ArticleAnalyzer.nameKey("Arbeidarpartiet")).isEqualTo(ArticleAnalyzer.nameKey("Arbeiderpartiet"));
    assertThat(ArticleAnalyzer.nameKey("Framstegspartiet")).isEqualTo(ArticleAnalyzer.nameKey("Fremskrittspartiet"));
    assertThat(ArticleAnalyzer.nameKey("Raudt")).isEqualTo(ArticleAnalyzer.nameKey("Rødt"));
    assertThat(ArticleAnalyzer.nameKey("Høyre")).isNotEqualTo(ArticleAnalyzer.nameKey("Venstre"));
  }

  @Test
  void otherWordsAreLeftAlone() {
    assertThat(Exonyms.canonical("minsk")).isEqualTo("minsk");
    assertThat(Exonyms.canonical("holland")).isEqualTo("holland");
    assertThat(ArticleAnalyzer.nameKey("Moskva")).isNotEqualTo(ArticleAnalyzer.nameKey("Minsk"));
    assertThat(ArticleAnalyzer.nameKey("Sverige")).isNotEqualTo(ArticleAnalyzer.nameKey("Norge"));
  }
}
