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
  double normSqTerms;
  double normSqSpecific;
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

  /** Dot products of the centroid with the vector's term part [0] and specifics part [1]. */
  double[] dot(FeatureVector v) {
    double t = 0;
    double s = 0;
    for (int i = 0; i < v.keys().length; i++) {
      Float c = centroid.get(v.keys()[i]);
      if (c != null) {
        if (FeatureVector.isSpecific(v.keys()[i])) {
          s += c * v.weights()[i];
        } else {
          t += c * v.weights()[i];
        }
      }
    }
    return new double[] {t, s};
  }

  /** Adds a member vector; {@code dot} is this centroid's dot products with it (see {@link #dot}). */
  void add(FeatureVector v, double[] dot, long eventTime, long updateSeq, int maxFeatures) {
    for (int i = 0; i < v.keys().length; i++) {
      centroid.merge(v.keys()[i], v.weights()[i], Float::sum);
    }
    normSqTerms = normSqTerms + 2 * dot[0] + (v.hasTerms() ? 1.0 : 0.0);
    normSqSpecific = normSqSpecific + 2 * dot[1] + (v.hasSpecifics() ? 1.0 : 0.0);
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
    double nt = 0;
    double ns = 0;
    for (int i = 0; i < Math.min(keep, entries.size()); i++) {
      String k = entries.get(i).getKey();
      double w = entries.get(i).getValue();
      centroid.put(k, entries.get(i).getValue());
      if (FeatureVector.isSpecific(k)) {
        ns += w * w;
      } else {
        nt += w * w;
      }
    }
    normSqTerms = nt;
    normSqSpecific = ns;
  }

  /**
   * Blended similarity of the vector with this story: {@code (1 - lambda) * cos(terms) + lambda *
   * cos(specifics)} when both sides have specifics, else the term cosine alone (a headline without
   * names is judged by its words, not penalised for lacking names).
   */
  double score(FeatureVector v, double[] dot, double lambda) {
    double ct = normSqTerms > 0 && v.hasTerms() ? dot[0] / Math.sqrt(normSqTerms) : 0;
    if (!v.hasSpecifics() || normSqSpecific <= 0) {
      return v.hasTerms() ? ct : 0;
    }
    double cs = dot[1] / Math.sqrt(normSqSpecific);
    if (!v.hasTerms() || normSqTerms <= 0) {
      return cs;
    }
    return (1 - lambda) * ct + lambda * cs;
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
