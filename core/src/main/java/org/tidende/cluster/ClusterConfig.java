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
 * @param specificWeight weight (0..1) of the names-and-numbers cosine against the term cosine
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
    double specificWeight,
    long windowSeconds,
    int maxActiveStories,
    int queryFeatures,
    int indexedFeaturesPerStory,
    int centroidFeatures) {

  /** The defaults, tuned on the development sets of ../shared/data (see the README's figures). */
  public static ClusterConfig defaults() {
    return new ClusterConfig(0.30, 2.0, 1.5, 1.0, 0.5, 3 * 86_400L, 50_000, 16, 256, 400);
  }

  public ClusterConfig {
    List<String> problems = new ArrayList<>();
    if (!(threshold > 0 && threshold < 1)) {
      problems.add("threshold " + threshold + " must be in (0, 1)");
    }
    if (!(titleBoost >= 0) || !(nameBoost >= 0) || !(numberBoost >= 0)) {
      problems.add("boosts must be >= 0 (title " + titleBoost + ", name " + nameBoost + ", number " + numberBoost + ")");
    }
    if (!(specificWeight >= 0 && specificWeight <= 1)) {
      problems.add("specificWeight " + specificWeight + " must be in [0, 1]");
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

  /**
   * This configuration with one setting changed by name ({@code threshold}, {@code titleBoost},
   * {@code nameBoost}, {@code numberBoost}, {@code windowSeconds}, {@code windowDays},
   * {@code maxActiveStories}, {@code queryFeatures}, {@code indexedFeaturesPerStory}, {@code
   * centroidFeatures}).
   *
   * @throws IllegalArgumentException naming the key or value when either is not valid
   */
  public ClusterConfig with(String key, String value) {
    double v;
    try {
      v = Double.parseDouble(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("setting " + key + ": '" + value + "' is not a number");
    }
    return switch (key) {
      case "threshold" -> withThreshold(v);
      case "titleBoost" -> new ClusterConfig(threshold, v, nameBoost, numberBoost, specificWeight, windowSeconds, maxActiveStories, queryFeatures, indexedFeaturesPerStory, centroidFeatures);
      case "nameBoost" -> new ClusterConfig(threshold, titleBoost, v, numberBoost, specificWeight, windowSeconds, maxActiveStories, queryFeatures, indexedFeaturesPerStory, centroidFeatures);
      case "numberBoost" -> new ClusterConfig(threshold, titleBoost, nameBoost, v, specificWeight, windowSeconds, maxActiveStories, queryFeatures, indexedFeaturesPerStory, centroidFeatures);
      case "specificWeight" -> new ClusterConfig(threshold, titleBoost, nameBoost, numberBoost, v, windowSeconds, maxActiveStories, queryFeatures, indexedFeaturesPerStory, centroidFeatures);
      case "windowSeconds" -> new ClusterConfig(threshold, titleBoost, nameBoost, numberBoost, specificWeight, (long) v, maxActiveStories, queryFeatures, indexedFeaturesPerStory, centroidFeatures);
      case "windowDays" -> new ClusterConfig(threshold, titleBoost, nameBoost, numberBoost, specificWeight, (long) (v * 86400), maxActiveStories, queryFeatures, indexedFeaturesPerStory, centroidFeatures);
      case "maxActiveStories" -> new ClusterConfig(threshold, titleBoost, nameBoost, numberBoost, specificWeight, windowSeconds, (int) v, queryFeatures, indexedFeaturesPerStory, centroidFeatures);
      case "queryFeatures" -> new ClusterConfig(threshold, titleBoost, nameBoost, numberBoost, specificWeight, windowSeconds, maxActiveStories, (int) v, indexedFeaturesPerStory, centroidFeatures);
      case "indexedFeaturesPerStory" -> new ClusterConfig(threshold, titleBoost, nameBoost, numberBoost, specificWeight, windowSeconds, maxActiveStories, queryFeatures, (int) v, centroidFeatures);
      case "centroidFeatures" -> new ClusterConfig(threshold, titleBoost, nameBoost, numberBoost, specificWeight, windowSeconds, maxActiveStories, queryFeatures, indexedFeaturesPerStory, (int) v);
      default -> throw new IllegalArgumentException("unknown cluster setting '" + key + "'");
    };
  }

  public ClusterConfig withThreshold(double t) {
    return new ClusterConfig(t, titleBoost, nameBoost, numberBoost, specificWeight, windowSeconds, maxActiveStories, queryFeatures,
        indexedFeaturesPerStory, centroidFeatures);
  }
}
