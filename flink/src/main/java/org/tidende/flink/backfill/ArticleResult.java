package org.tidende.flink.backfill;

import org.tidende.flink.dedup.DuplicateAssignment;
import org.tidende.flink.rows.ArticleRow;

/**
 * An article's row, duplicate group and story, gathered by id for the output; any part may be null
 * until the parts are merged.
 */
public record ArticleResult(String id, ArticleRow row, DuplicateAssignment dup, StoryAssignment story) {

  /** Both results' parts, the non-null one of each. */
  public ArticleResult merge(ArticleResult o) {
    return new ArticleResult(id, row != null ? row : o.row, dup != null ? dup : o.dup, story != null ? story : o.story);
  }
}
