package org.tidende.flink.rows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tidende.model.Article;
import org.tidende.model.ArticleDate;
import org.tidende.model.ArticleId;
import org.tidende.model.Language;

/** A row gives back the article it was made from, the source's offset included. */
class ArticleRowTest {

  @ParameterizedTest
  @ValueSource(strings = {"2025-01-13T23:28:00Z", "2024-06-11T00:15:00+02:00", "2025-01-13T20:00:00-05:00",
      "2025-01-13T23:28", "2025-01-13", "2025-01", "-"})
  void isLossless(String raw) {
    ArticleDate date = raw.equals("-") ? null : ArticleDate.parse(raw).orElseThrow();
    Article a = new Article(new ArticleId("a"), "f.jsonl", 3, null, "rbnett.no", "Brann i natt", "Det brann.",
        date, Language.NB, Map.of("cluster", "1"));
    Article back = ArticleRow.of(a, 0, 0, 0).toArticle();
    assertThat(back).isEqualTo(a);
    assertThat(back.date() == null ? null : back.date().offset()).isEqualTo(date == null ? null : date.offset());
  }
}
