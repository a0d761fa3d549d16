package org.tidende.store;

import java.util.Objects;
import org.tidende.model.ArticleId;
import org.tidende.model.StoryId;

/** What the archive did with one submitted article. Callers switch over it exhaustively. */
public sealed interface IngestOutcome {

  /**
   * Stored durably and assigned to a story.
   *
   * @param seq its arrival sequence number
   * @param opened true when it opened a new story
   */
  record Accepted(ArticleId id, long seq, StoryId story, boolean opened) implements IngestOutcome {
    public Accepted {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(story, "story");
    }
  }

  /**
   * Not stored: an article already stored (or earlier in the same submission) has the same id, URL
   * or content.
   *
   * @param of the id of the article already kept
   * @param by {@code "id"}, {@code "url"} or {@code "content"}
   */
  record Duplicate(ArticleId id, ArticleId of, String by) implements IngestOutcome {
    public Duplicate {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(of, "of");
      Objects.requireNonNull(by, "by");
    }
  }
}
