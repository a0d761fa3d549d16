package org.tidende.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tidende.analysis.ArticleAnalyzer;
import org.tidende.model.AnalyzedArticle;
import org.tidende.model.Article;
import org.tidende.model.ArticleId;
import org.tidende.model.Language;
import org.tidende.model.LanguageGuess;

class SummaryTest {
  private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer();

  private static AnalyzedArticle article(String id, String title, String text) {
    Article a = new Article(new ArticleId(id), "test", 1, null, null, title, text, null, Language.SV, Map.of());
    return ANALYZER.analyze(a, new LanguageGuess(Language.SV, 1.0));
  }

  /** A feed's lead cut off with an ellipsis is no summary sentence, however central its words. */
  @Test
  void aLeadCutOffWithAnEllipsisIsNotInTheSummary() {
    List<AnalyzedArticle> members = List.of(
        article("a", "Skott mot skivbolagets kontor", "Flera skott har avlossats mot porten till skivbolagets kontor "
            + "i centrala Malmö och företagets anställda…"),
        article("b", "Skjutning mot skivbolag i Malmö", "Nattens skjutning mot en port i centrala Malmö tros ha varit "
            + "riktad mot skivbolagets kontor, enligt polisen."));
    List<String> summary = Summary.build(members, ANALYZER);
    assertThat(summary).isNotEmpty().noneMatch(s -> s.endsWith("…"))
        .anyMatch(s -> s.startsWith("Nattens skjutning"));
  }

  /** A text that is only its own title in quotes is a headline, not a summary sentence. */
  @Test
  void aTextThatIsItsTitleInQuotesIsNotInTheSummary() {
    List<AnalyzedArticle> members = List.of(
        article("a", "Filmpriset delades ut: Jag hoppas att vi kan följa efter här hemma",
            "Filmpriset delades ut: 'Jag hoppas att vi kan följa efter här hemma'"),
        article("b", "Svensk film vann inget filmpris", "Den svenska filmen vann inget filmpris vid galan i Los Angeles "
            + "i natt, där hoppet var stort."));
    assertThat(Summary.build(members, ANALYZER)).containsExactly(
        "Den svenska filmen vann inget filmpris vid galan i Los Angeles i natt, där hoppet var stort.");
  }

  @Test
  void cutOffSentencesEndInAnEllipsis() {
    assertThat(Summary.cutOff("och företagets anställda…")).isTrue();
    assertThat(Summary.cutOff("och företagets anställda...")).isTrue();
    assertThat(Summary.cutOff("”Vi får se…”")).isTrue();
    assertThat(Summary.cutOff("Skjutningen ska vara ett slags straff.")).isFalse();
    assertThat(Summary.cutOff("…")).isTrue();
    assertThat(Summary.cutOff("")).isFalse();
  }
}
