package org.tidende.store;

import java.util.List;
import java.util.Objects;

/**
 * A page of article search results.
 *
 * @param total articles matching
 * @param hits the page, best first
 * @param plainWords why the query was searched as plain words (Lucene could not parse it, in one
 *     line: "Encountered \"&lt;EOF&gt;\" at line 1, column 9."), or null when it was read in
 *     Lucene's syntax
 */
public record SearchPage(long total, List<Hit> hits, String plainWords) {
  public SearchPage {
    hits = List.copyOf(hits);
  }

  /** A page of a query read in Lucene's syntax. */
  public SearchPage(long total, List<Hit> hits) {
    this(total, hits, null);
  }

  /** One matching article and its relevance score (BM25, higher is better). */
  public record Hit(StoredArticle article, double score) {
    public Hit {
      Objects.requireNonNull(article, "article");
    }
  }
}
