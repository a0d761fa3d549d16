package org.tidende.flink.rows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tidende.analysis.ArticleAnalyzer;
import org.tidende.cluster.ClusterConfig;
import org.tidende.cluster.PreparedArticle;
import org.tidende.cluster.StoryClusterer;
import org.tidende.model.Article;
import org.tidende.model.ArticleDate;
import org.tidende.model.ArticleId;
import org.tidende.model.Language;
import org.tidende.model.LanguageGuess;

/**
 * A row carries what the clusterer reads of the text it leaves behind: the features an article
 * changes against a story of another language group (a place written only at a sentence start, a
 * weekday), which made again from the row's empty text would be lost.
 */
class AnalyzedRowTest {
  @Test
  void carriesTheAcrossGroupChangeItsTextGave() {
    Article a = new Article(new ArticleId("e1"), "f.jsonl", 1, null, "wire", "Copenhagen metro halted",
        "Copenhagen's metro stood still on Tuesday. The Danish Labour Court will hear the case.",
        ArticleDate.parse("2025-05-20").orElseThrow(), Language.EN, Map.of());
    PreparedArticle p = new StoryClusterer(ClusterConfig.defaults())
        .prepare(new ArticleAnalyzer().analyze(a, new LanguageGuess(Language.EN, 1.0)));
    assertThat(p.acrossAdded()).isNotEmpty();
    assertThat(p.acrossDropped()).isNotEmpty();
    PreparedArticle back = AnalyzedRow.of(ArticleRow.of(a, 0, 0, 0), p).toPrepared();
    assertThat(back.acrossAdded()).containsExactly(p.acrossAdded());
    assertThat(back.acrossDropped()).containsExactly(p.acrossDropped());
  }
}
