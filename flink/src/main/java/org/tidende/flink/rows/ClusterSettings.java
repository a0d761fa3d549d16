package org.tidende.flink.rows;

import java.io.Serializable;
import org.tidende.cluster.ClusterConfig;

/**
 * Core's {@link ClusterConfig} in a serializable form, for shipping inside Flink functions
 * (core's records are plain, not {@code Serializable}). Same fields, converted back in the task.
 */
public record ClusterSettings(double threshold, double titleBoost, double nameBoost, double numberBoost,
    double specificWeight, long windowSeconds, int maxActiveStories, int queryFeatures, int indexedFeaturesPerStory,
    int centroidFeatures) implements Serializable {

  public static ClusterSettings of(ClusterConfig c) {
    return new ClusterSettings(c.threshold(), c.titleBoost(), c.nameBoost(), c.numberBoost(), c.specificWeight(),
        c.windowSeconds(), c.maxActiveStories(), c.queryFeatures(), c.indexedFeaturesPerStory(), c.centroidFeatures());
  }

  public ClusterConfig toConfig() {
    return new ClusterConfig(threshold, titleBoost, nameBoost, numberBoost, specificWeight, windowSeconds,
        maxActiveStories, queryFeatures, indexedFeaturesPerStory, centroidFeatures);
  }
}
