package org.tidende.flink.backfill;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.tidende.cluster.StoryEvents;
import org.tidende.model.ArticleId;
import org.tidende.model.StoryId;

/**
 * Story-level revisions of one clusterer run (merges, moves, retirements), as they happened, and
 * each article's final story from them, as core's {@code Pipeline.Session#storyOf} computes it: the
 * story an article was last moved to, else the one it was assigned to, followed through merges.
 * Memory: one entry per merge and move, and per retirement when asked for. Not thread-safe.
 */
final class Revisions implements StoryEvents {
  final Map<StoryId, StoryId> mergedInto = new HashMap<>();
  final Map<ArticleId, StoryId> movedTo = new HashMap<>();
  final Set<StoryId> retired = new HashSet<>();
  private final boolean keepRetired;

  /** @param keepRetired whether to record retired stories (one entry per story: segments only) */
  Revisions(boolean keepRetired) {
    this.keepRetired = keepRetired;
  }

  @Override
  public void retired(StoryId story) {
    if (keepRetired) {
      retired.add(story);
    }
  }

  @Override
  public void merged(StoryId from, StoryId into) {
    mergedInto.put(from, into);
  }

  @Override
  public void moved(ArticleId article, StoryId from, StoryId into) {
    movedTo.put(article, into);
  }

  /** The story {@code article}, assigned to {@code assigned}, belongs to now. */
  StoryId storyOf(ArticleId article, StoryId assigned) {
    return current(movedTo.getOrDefault(article, assigned));
  }

  /** The story {@code story} now is: itself, or the one it was (repeatedly) merged into. */
  StoryId current(StoryId story) {
    StoryId s = story;
    StoryId next;
    while ((next = mergedInto.get(s)) != null) {
      s = next;
    }
    return s;
  }
}
