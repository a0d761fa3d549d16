package org.tidende.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * Settings of the online story clusterer, validated together at construction.
 *
 * @param threshold minimum similarity (cosine, 0..1) for an article to join a story
 * @param titleBoost weight multiplier of title terms relative to body terms
 * @param nameBoost weight multiplier of name features
 * @param numberBoost weight multiplier of number features
 * @param windowSeconds event-time window: a dated article only joins a story last updated within
 *     this many seconds, and stories idle longer than this (behind the newest event time) retire
 * @param maxActiveStories stories kept open at most; the least recently updated retire first
 * @param queryFeatures how many of an article's heaviest features look up candidate stories
 * @param indexedFeaturesPerStory bound on the features a story is findable by
 * @param centroidFeatures bound on the features kept in a story's centroid
 */
public record ClusterConfig(
    double threshold,
    double titleBoost,
    double nameBoost,
    double numberBoost,
    long windowSeconds,
    int maxActiveStories,
    int queryFeatures,
    int indexedFeaturesPerStory,
    int centroidFeatures) {

  /** The defaults, tuned on the development sets of ../shared/data (see the README's figures). */
  public static ClusterConfig defaults() {
    return new ClusterConfig(0.30, 2.0, 1.5, 1.0, 3 * 86_400L, 50_000, 16, 256, 400);
  }

  public ClusterConfig {
    List<String> problems = new ArrayList<>();
    if (!(threshold > 0 && threshold < 1)) {
      problems.add("threshold " + threshold + " must be in (0, 1)");
    }
    if (!(titleBoost >= 0) || !(nameBoost >= 0) || !(numberBoost >= 0)) {
      problems.add("boosts must be >= 0 (title " + titleBoost + ", name " + nameBoost + ", number " + numberBoost + ")");
    }
    if (windowSeconds <= 0) {
      problems.add("windowSeconds " + windowSeconds + " must be > 0");
    }
    if (maxActiveStories < 1) {
      problems.add("maxActiveStories " + maxActiveStories + " must be >= 1");
    }
    if (queryFeatures < 1 || indexedFeaturesPerStory < 1 || centroidFeatures < 1) {
      problems.add("feature bounds must be >= 1");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("invalid cluster config: " + String.join("; ", problems));
    }
  }

  public ClusterConfig withThreshold(double t) {
    return new ClusterConfig(t, titleBoost, nameBoost, numberBoost, windowSeconds, maxActiveStories, queryFeatures,
        indexedFeaturesPerStory, centroidFeatures);
  }
}
