package org.tidende.store;

import java.util.List;
import java.util.Objects;

/**
 * A page of article search results.
 *
 * @param total articles matching
 * @param hits the page, best first
 */
public record SearchPage(long total, List<Hit> hits) {
  public SearchPage {
    hits = List.copyOf(hits);
  }

  /** One matching article and its relevance score (BM25, higher is better). */
  public record Hit(StoredArticle article, double score) {
    public Hit {
      Objects.requireNonNull(article, "article");
    }
  }
}
