package org.tidende.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.tidende.model.StoryId;

/**
 * An open story inside {@link ClusterState}: its centroid (sum of member unit vectors, pruned to the
 * heaviest features), the features it is findable by, and its event-time span. Mutable, owned by
 * one state; not shared across threads.
 */
final class ActiveStory {
  final StoryId id;
  final long seq;
  final Map<String, Float> centroid = new HashMap<>();
  final LinkedHashSet<String> indexedBy = new LinkedHashSet<>();
  double normSq;
  int size;
  long firstTime = Long.MIN_VALUE;
  long lastTime = Long.MIN_VALUE;
  long lastUpdateSeq;

  ActiveStory(StoryId id, long seq) {
    this.id = id;
    this.seq = seq;
  }

  boolean dated() {
    return lastTime != Long.MIN_VALUE;
  }

  double dot(FeatureVector v) {
    double d = 0;
    for (int i = 0; i < v.keys().length; i++) {
      Float c = centroid.get(v.keys()[i]);
      if (c != null) {
        d += c * v.weights()[i];
      }
    }
    return d;
  }

  /** Adds a member vector; {@code dot} is this centroid's dot product with it. */
  void add(FeatureVector v, double dot, long eventTime, long updateSeq, int maxFeatures) {
    for (int i = 0; i < v.keys().length; i++) {
      centroid.merge(v.keys()[i], v.weights()[i], Float::sum);
    }
    normSq = normSq + 2 * dot + 1.0;
    size++;
    lastUpdateSeq = updateSeq;
    if (eventTime != Long.MIN_VALUE) {
      firstTime = firstTime == Long.MIN_VALUE ? eventTime : Math.min(firstTime, eventTime);
      lastTime = lastTime == Long.MIN_VALUE ? eventTime : Math.max(lastTime, eventTime);
    }
    if (centroid.size() > 2 * maxFeatures) {
      prune(maxFeatures);
    }
  }

  private void prune(int keep) {
    List<Map.Entry<String, Float>> entries = new ArrayList<>(centroid.entrySet());
    entries.sort((a, b) -> a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey())
        : Float.compare(b.getValue(), a.getValue()));
    centroid.clear();
    double n = 0;
    for (int i = 0; i < Math.min(keep, entries.size()); i++) {
      centroid.put(entries.get(i).getKey(), entries.get(i).getValue());
      n += entries.get(i).getValue() * (double) entries.get(i).getValue();
    }
    normSq = n;
  }

  /** Distance in seconds from {@code t} to this story's span; 0 inside it or when undated. */
  long gap(long t) {
    if (t == Long.MIN_VALUE || !dated()) {
      return 0;
    }
    if (t < firstTime) {
      return firstTime - t;
    }
    return Math.max(0, t - lastTime);
  }
}
