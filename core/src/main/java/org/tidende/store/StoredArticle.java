package org.tidende.store;

import java.util.Objects;
import org.tidende.model.Article;
import org.tidende.model.Language;
import org.tidende.model.StoryId;

/**
 * An article as the archive keeps it.
 *
 * @param article the article as ingested
 * @param language the language the pipeline identified (the analysis and search field follow it)
 * @param story the story the clusterer put it in
 * @param seq arrival sequence number, 1-based, unique and increasing in write-ahead-log order
 * @param receivedMillis wall-clock time of arrival, epoch milliseconds (display only; never event time)
 */
public record StoredArticle(Article article, Language language, StoryId story, long seq, long receivedMillis) {
  public StoredArticle {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(story, "story");
    if (seq < 1) {
      throw new IllegalArgumentException("seq " + seq + " must be >= 1");
    }
  }
}
