package org.tidende.cluster;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.tidende.model.StoryId;

/**
 * An open story inside {@link ClusterState}: its centroid (sum of member unit vectors, pruned to the
 * heaviest features), a bounded sample of member vectors (the first ones and the latest ones) for
 * best-member scoring, the features it is findable by, and its event-time span. Mutable, owned by
 * one state; not shared across threads.
 */
final class ActiveStory {
  final StoryId id;
  final long seq;
  final LongFloatMap centroid = new LongFloatMap(16);
  final LinkedHashSet<Long> indexedBy = new LinkedHashSet<>();
  /** Sampled members: index 0..1 the founding members, the rest the latest. */
  final List<FeatureVector> members = new ArrayList<>();
  double normSqTerms;
  double normSqSpecific;
  int size;
  /** Sum over members of their distinct term counts (text length, for length-aware thresholds). */
  long termsSum;
  long firstTime = Long.MIN_VALUE;
  long lastTime = Long.MIN_VALUE;
  long lastUpdateSeq;

  ActiveStory(StoryId id, long seq) {
    this.id = id;
    this.seq = seq;
  }

  double meanTerms() {
    return size == 0 ? 0 : (double) termsSum / size;
  }

  boolean dated() {
    return lastTime != Long.MIN_VALUE;
  }

  /** Adds a member vector; {@code dot} is the centroid's {terms, specifics} dot products with it. */
  void add(FeatureVector v, double[] dot, long eventTime, long updateSeq, ClusterConfig cfg) {
    for (int i = 0; i < v.keys().length; i++) {
      centroid.add(v.keys()[i], v.weights()[i]);
    }
    normSqTerms = normSqTerms + 2 * dot[0] + (v.hasTerms() ? 1.0 : 0.0);
    normSqSpecific = normSqSpecific + 2 * dot[1] + (v.hasSpecifics() ? 1.0 : 0.0);
    size++;
    termsSum += v.distinctTerms();
    lastUpdateSeq = updateSeq;
    span(eventTime, eventTime);
    if (cfg.memberWeight() > 0) {
      keep(v, cfg.keptMembers());
    }
    if (centroid.size() > 2 * cfg.centroidFeatures()) {
      prune(cfg.centroidFeatures());
    }
  }

  /** Takes in every member of {@code other} (a story merge); {@code other} is discarded after. */
  void absorb(ActiveStory other, long updateSeq, ClusterConfig cfg) {
    for (int i = 0; i < other.centroid.capacity(); i++) {
      if (other.centroid.keyAt(i) != 0) {
        centroid.add(other.centroid.keyAt(i), other.centroid.valueAt(i));
      }
    }
    size += other.size;
    termsSum += other.termsSum;
    lastUpdateSeq = updateSeq;
    if (other.dated()) {
      span(other.firstTime, other.lastTime);
    }
    for (FeatureVector m : other.members) {
      keep(m, cfg.keptMembers());
    }
    prune(centroid.size() > 2 * cfg.centroidFeatures() ? cfg.centroidFeatures() : centroid.size());
  }

  private void span(long first, long last) {
    if (first != Long.MIN_VALUE) {
      firstTime = firstTime == Long.MIN_VALUE ? first : Math.min(firstTime, first);
      lastTime = lastTime == Long.MIN_VALUE ? last : Math.max(lastTime, last);
    }
  }

  private void keep(FeatureVector v, int max) {
    if (members.size() >= max) {
      members.remove(Math.min(2, members.size() - 1)); // founders stay; the oldest of the rest goes
    }
    members.add(v);
  }

  /** Keeps the {@code keep} heaviest centroid features and recomputes both norms. */
  private void prune(int keep) {
    centroid.retainHeaviest(keep);
    double nt = 0;
    double ns = 0;
    for (int i = 0; i < centroid.capacity(); i++) {
      long k = centroid.keyAt(i);
      if (k != 0) {
        double w = centroid.valueAt(i);
        if (FeatureVector.isSpecific(k)) {
          ns += w * w;
        } else {
          nt += w * w;
        }
      }
    }
    normSqTerms = nt;
    normSqSpecific = ns;
  }

  /** Dot products of the centroid with the vector: {terms, specifics}. */
  double[] dot(FeatureVector v) {
    return v.dot(centroid);
  }

  /** Blended cosine of the article with the centroid, given {@link #dot}. */
  double centroidScore(FeatureVector v, double[] dot, double lambda) {
    double ct = normSqTerms > 0 ? dot[0] / Math.sqrt(normSqTerms) : 0;
    double cs = normSqSpecific > 0 ? dot[1] / Math.sqrt(normSqSpecific) : 0;
    return blend(ct, cs, v.hasTerms(), v.hasSpecifics(), normSqTerms > 0, normSqSpecific > 0, lambda);
  }

  /** Best blended cosine of the article (as a map) with one of the sampled members. */
  double memberScore(FeatureVector v, LongFloatMap article, double lambda) {
    double best = 0;
    for (FeatureVector m : members) {
      double[] d = m.dot(article);
      best = Math.max(best, blend(d[0], d[1], v.hasTerms(), v.hasSpecifics(), m.hasTerms(), m.hasSpecifics(), lambda));
    }
    return best;
  }

  /** Blended cosine of this story's centroid with another's. */
  double centroidSimilarity(ActiveStory o, double lambda) {
    ActiveStory small = centroid.size() <= o.centroid.size() ? this : o;
    ActiveStory large = small == this ? o : this;
    double t = 0;
    double s = 0;
    for (int i = 0; i < small.centroid.capacity(); i++) {
      long k = small.centroid.keyAt(i);
      if (k != 0) {
        float w = large.centroid.get(k);
        if (FeatureVector.isSpecific(k)) {
          s += w * small.centroid.valueAt(i);
        } else {
          t += w * small.centroid.valueAt(i);
        }
      }
    }
    double ct = normSqTerms > 0 && o.normSqTerms > 0 ? t / Math.sqrt(normSqTerms * o.normSqTerms) : 0;
    double cs = normSqSpecific > 0 && o.normSqSpecific > 0 ? s / Math.sqrt(normSqSpecific * o.normSqSpecific) : 0;
    return blend(ct, cs, normSqTerms > 0, normSqSpecific > 0, o.normSqTerms > 0, o.normSqSpecific > 0, lambda);
  }

  /**
   * {@code (1 - lambda) * termCosine + lambda * specificsCosine} when both sides have specifics,
   * else the term cosine alone (a headline without names is judged by its words, not penalised
   * for lacking names), or the specifics cosine when a side has no terms.
   */
  static double blend(double ct, double cs, boolean aTerms, boolean aSpec, boolean bTerms, boolean bSpec, double lambda) {
    boolean terms = aTerms && bTerms;
    boolean spec = aSpec && bSpec;
    if (terms && spec) {
      return (1 - lambda) * ct + lambda * cs;
    }
    return terms ? ct : spec ? cs : 0;
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
