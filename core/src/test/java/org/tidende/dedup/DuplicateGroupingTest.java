package org.tidende.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tidende.model.Article;
import org.tidende.model.ArticleDate;
import org.tidende.model.ArticleId;
import org.tidende.model.Language;

/** Groups say whether a copy was joined for its equal headline, whose texts may differ. */
class DuplicateGroupingTest {
  private static final String LEAD = "En brand bröt ut i klubblokalen i Gunnilse natten mot lördag. Räddningstjänsten "
      + "var på plats med fyra enheter och byggnaden brann ner till grunden innan branden var släckt på morgonen.";
  private static final String PLAN = "Kommunen vill satsa på fler bussar och tätare turer i de östra stadsdelarna. "
      + "Förslaget ska beslutas i fullmäktige i november och kostar omkring 40 miljoner kronor om året.";

  @Test
  void aHeadlineMatchIsMarkedAndAnExactCopyIsNot() {
    List<Article> articles = List.of(
        article("a", "2025-09-20T03:12:28Z", "Brand i klubblokal norr om Göteborg", "Fullt utvecklad brand i Gunnilse"),
        article("b", "2025-09-20T04:18:39Z", "Brand i klubblokal norr om Göteborg", LEAD),
        article("c", "2025-09-20T05:00:00Z", "Ny plan för kollektivtrafiken i Malmö", PLAN),
        article("d", "2025-09-20T06:00:00Z", "Ny plan för kollektivtrafiken i Malmö", PLAN));
    List<DuplicateGroup> groups = DuplicateGrouping.group(articles, DedupConfig.defaults());
    assertThat(groups).hasSize(2);
    DuplicateGroup update = groups.get(0);
    assertThat(update.members()).extracting(ArticleId::value).containsExactly("a", "b");
    assertThat(update.sameHeadline()).isTrue();
    assertThat(update.minSimilarity()).isLessThan(0.5);
    DuplicateGroup copy = groups.get(1);
    assertThat(copy.members()).extracting(ArticleId::value).containsExactly("c", "d");
    assertThat(copy.sameHeadline()).isFalse();
    assertThat(copy.minSimilarity()).isEqualTo(1.0);
  }

  private static Article article(String id, String date, String title, String text) {
    return new Article(new ArticleId(id), "test.jsonl", 1, null, "expressen.se", title, text,
        ArticleDate.parse(date).orElseThrow(), Language.SV, Map.of());
  }
}
