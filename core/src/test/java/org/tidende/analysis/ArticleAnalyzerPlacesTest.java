package org.tidende.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tidende.model.AnalyzedArticle;
import org.tidende.model.Article;
import org.tidende.model.ArticleId;
import org.tidende.model.Language;
import org.tidende.model.LanguageGuess;

class ArticleAnalyzerPlacesTest {
  private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer();

  private static AnalyzedArticle analyse(String title, String text, Language lang) {
    Article a = new Article(new ArticleId("t"), "test", 1, null, null, title, text, null, lang, Map.of());
    return ANALYZER.analyze(a, new LanguageGuess(lang, 1.0));
  }

  @Test
  void theAnalysisCollectsTheSentenceInitialPlaces() {
    AnalyzedArticle a = analyse("Metro strike", "Copenhagen's driverless metro stood still. ROMA: the "
        + "Rome office. Kiev said so.\n- Copenhagen", Language.EN);
    assertThat(a.sentenceInitialPlaces()).containsExactly(ArticleAnalyzer.nameKey("Copenhagen"),
        ArticleAnalyzer.nameKey("ROMA"), ArticleAnalyzer.nameKey("Kiev"));
  }

  /** Collected in the analyser's pass, the places are those the separate scan of the text gives. */
  @Test
  void theSamePlacesAsTheSeparateScan() {
    Random r = new Random(7);
    String[] words = {"Copenhagen's", "København", "KØBENHAVN", "ROMA", "Rom", "Kievs", "Moscow’s", "Helsinki", "Oslo",
        "the", "Metro", "FCK", "stood", ".", ":", "\n", " – ", "\"", "(", "!", "Athens", "Paris", "NATO", "Kiev-based"};
    for (int t = 0; t < 5_000; t++) {
      StringBuilder title = new StringBuilder();
      StringBuilder text = new StringBuilder();
      for (StringBuilder b : new StringBuilder[] {title, text}) {
        int n = r.nextInt(b == title ? 6 : 30);
        for (int i = 0; i < n; i++) {
          b.append(words[r.nextInt(words.length)]).append(r.nextInt(4) == 0 ? "" : " ");
        }
      }
      AnalyzedArticle a = analyse(title.toString(), text.toString(), r.nextBoolean() ? Language.EN : Language.DA);
      assertThat(a.sentenceInitialPlaces()).as(title + "\n" + text)
          .isEqualTo(ArticleAnalyzer.sentenceInitialPlaces(a.article()));
    }
  }
}
