package org.tidende.cluster;

import org.tidende.model.ArticleId;
import org.tidende.model.StoryId;

/**
 * What happens to open stories besides assignments, reported by {@link StoryClusterer#assign(
 * ClusterState, org.tidende.model.AnalyzedArticle, StoryEvents)} as it happens, in order.
 * Implementations are called on the clustering thread and should be quick.
 */
public interface StoryEvents {

  /** {@code story} was closed (aged out or evicted by the open-story bound); it takes no more articles. */
  void retired(StoryId story);

  /**
   * Story-level revision: {@code from} was found to report the same story as {@code into} and was
   * folded into it; every article assigned to {@code from} now belongs to {@code into}.
   */
  void merged(StoryId from, StoryId into);

  /**
   * Story-level revision: {@code article}, assigned earlier to {@code from}, was found to fit {@code
   * into} better (a story that took shape after it arrived) and now belongs to {@code into}.
   */
  void moved(ArticleId article, StoryId from, StoryId into);
}
