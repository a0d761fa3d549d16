package org.tidende.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.tidende.model.AnalyzedArticle;
import org.tidende.model.Assignment;
import org.tidende.model.StoryId;

/**
 * Online, time-aware story clustering: each article joins the most similar open story or opens a
 * new one, as it arrives.
 *
 * <p>Method. Single-pass clustering as in the TDT systems (Allan et al., 1998; Yang et al., 1998):
 * an article becomes a unit TF-IDF {@link FeatureVector} over terms, names and numbers, with idf from
 * a streaming sketch; candidate stories are those sharing any of its {@code queryFeatures} heaviest
 * features (an inverted index over open stories); the score is the cosine between the article and a
 * story's centroid (sum of member vectors), and the article joins the best story at or above {@code
 * threshold}, else opens a new story. Dated articles only meet stories whose event-time span lies
 * within {@code windowSeconds}; stories idle beyond the window (behind the newest event time seen)
 * retire, as do the least recently updated when more than {@code maxActiveStories} are open. Without
 * dates only the count bound applies.
 *
 * <p>Why: it is online by construction (no revisiting decisions), costs O(candidates x features) per
 * article independent of history length, runs in bounded memory, and is the baseline most news
 * systems build on. Names and numbers in the vector separate two events of the same kind (two
 * earthquakes: different places, magnitudes, dates) where vocabulary alone would merge them, and
 * carry links across languages.
 *
 * <p>Cost: per article, building the vector (linear in its length), one index lookup per query
 * feature, and a sparse dot product per candidate. Failure modes: order dependence (an early
 * off-topic article may seed a story that later attracts the wrong members; the centroid dilutes the
 * seed as the story grows); chaining of long stories through shared generic names; a single fixed
 * threshold across very short (headline) and long texts. {@code eval --shuffles} measures the order
 * sensitivity.
 *
 * <p>Stateless itself: all state is in the {@link ClusterState} passed in, updated in place.
 */
public final class StoryClusterer {
  /** Stories fully scored per article, at most. */
  static final int MAX_CANDIDATES = 64;
  /** Stories checked for a merge with the story that grew, at most (the article's next best). */
  static final int MERGE_CANDIDATES = 4;

  private final ClusterConfig config;
  private final ActiveStory.Blend blend;

  public StoryClusterer(ClusterConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.blend = new ActiveStory.Blend(config.specificWeight(), config.specificFloor());
  }

  public ClusterConfig config() {
    return config;
  }

  /**
   * Assigns one article, updating {@code state}; stories that retire because of it are given to
   * {@code retired} (oldest first) before the assignment is returned. Story merges are not reported
   * through this method: callers that track final membership use {@link #assign(ClusterState,
   * AnalyzedArticle, StoryEvents)}.
   */
  public Assignment assign(ClusterState state, AnalyzedArticle article, Consumer<StoryId> retired) {
    return assign(state, article, new StoryEvents() {
      @Override
      public void retired(StoryId story) {
        retired.accept(story);
      }

      @Override
      public void merged(StoryId from, StoryId into) {}

      @Override
      public void moved(org.tidende.model.ArticleId a, StoryId from, StoryId into) {}
    });
  }

  /**
   * Assigns one article, updating {@code state}, and reports retirements and merges to {@code
   * events} as they happen (retirements before the assignment is made, a merge after it, so the
   * returned story may at once have been merged into an older one: the merge event says so).
   */
  public Assignment assign(ClusterState state, AnalyzedArticle article, StoryEvents events) {
    return assign(state, prepare(article), events);
  }

  /**
   * The stateless half of assigning {@code article}: its features before weighting. Thread-safe, so
   * callers may prepare a batch in parallel and then {@link #assign(ClusterState, PreparedArticle,
   * StoryEvents) assign} in order.
   */
  public PreparedArticle prepare(AnalyzedArticle article) {
    return FeatureVector.prepare(article, config);
  }

  /** As {@link #assign(ClusterState, AnalyzedArticle, StoryEvents)}, for a prepared article. */
  public Assignment assign(ClusterState state, PreparedArticle prepared, StoryEvents events) {
    AnalyzedArticle article = prepared.article();
    long t = article.article().date() == null ? Long.MIN_VALUE : article.article().date().epochSecond();
    if (t != Long.MIN_VALUE && t > state.watermark) {
      state.watermark = t;
    }
    state.seq++;
    retire(state, events);
    FeatureVector v = FeatureVector.of(prepared, state.df, config);
    LongFloatMap query = config.memberWeight() > 0 ? v.asMap() : null;
    List<ActiveStory> candidates = candidates(state, v, t);
    ActiveStory best = null;
    double bestScore = 0;
    double[] bestDot = null;
    double[] scores = new double[candidates.size()];
    for (int i = 0; i < candidates.size(); i++) {
      ActiveStory s = candidates.get(i);
      double[] dot = s.dot(v);
      double score = score(s, v, dot, query);
      scores[i] = score;
      if (score > bestScore || (score == bestScore && best != null && s.seq < best.seq)) {
        best = s;
        bestScore = score;
        bestDot = dot;
      }
    }
    boolean opened = best == null || bestScore < config.thresholdFor(v.distinctTerms());
    if (opened) {
      best = new ActiveStory(StoryId.openedBy(article.id()), state.seq);
      bestDot = new double[2];
      bestScore = 0;
    } else {
      state.active.remove(best.id); // re-inserted below: keeps least-recently-updated order
    }
    state.active.put(best.id, best);
    best.add(article.id(), v, bestDot, t, state.seq, config);
    int n = Math.min(config.queryFeatures(), v.size());
    for (int i = 0; i < n && best.indexedBy.size() < config.indexedFeaturesPerStory(); i++) {
      state.index(best, v.keys()[i]);
    }
    Assignment assignment = new Assignment(article.id(), best.id, opened, Math.min(1.0, bestScore));
    if (!opened) {
      revise(state, best, runnersUp(candidates, scores, best), events);
    } else if (config.revisitAfter() > 0) {
      state.revisits.addLast(best);
    }
    revisit(state, t, events);
    return assignment;
  }

  /**
   * Compares the stories opened {@code revisitAfter} articles ago (if still open and not grown by a
   * merge into another) with the open stories sharing their indexed features, and merges where the
   * centroids now agree: a story opened too early, before the story it belongs to had taken shape,
   * joins it later. At most two revisits per article, so the cost per article stays bounded.
   */
  private void revisit(ClusterState state, long t, StoryEvents events) {
    for (int k = 0; k < 2 && !state.revisits.isEmpty(); k++) {
      ActiveStory s = state.revisits.peekFirst();
      if (state.seq - s.seq < config.revisitAfter()) {
        return;
      }
      state.revisits.removeFirst();
      if (!state.active.containsKey(s.id)) {
        continue;
      }
      Map<ActiveStory, double[]> found = new HashMap<>();
      for (Long f : s.indexedBy) {
        List<ActiveStory> list = state.postings.get(f);
        if (list != null) {
          for (ActiveStory o : list) {
            if (o != s) {
              found.computeIfAbsent(o, x -> new double[1])[0] += s.centroid.get(f);
            }
          }
        }
      }
      List<Map.Entry<ActiveStory, double[]>> all = new ArrayList<>(found.entrySet());
      all.sort((a, b) -> a.getValue()[0] != b.getValue()[0] ? Double.compare(b.getValue()[0], a.getValue()[0])
          : Long.compare(a.getKey().seq, b.getKey().seq));
      List<ActiveStory> near = new ArrayList<>();
      for (int i = 0; i < Math.min(MERGE_CANDIDATES, all.size()); i++) {
        near.add(all.get(i).getKey());
      }
      reassign(state, s, near, events);
      revise(state, s, near, events);
    }
  }

  /**
   * Re-assignment: the latest kept members of the stories near {@code s} move to {@code s} when they
   * fit its centroid better than their own story's centroid without them, and well enough to have
   * joined it. This heals the adversarial order where the first reports of a second same-kind event
   * joined the established story of the first before their own story existed.
   */
  private void reassign(ClusterState state, ActiveStory s, List<ActiveStory> near, StoryEvents events) {
    for (ActiveStory b : near) {
      if (b.size < 2 || !state.active.containsKey(b.id) || !timeCompatible(s, b)) {
        continue;
      }
      for (ActiveStory.Member m : List.copyOf(b.members)) {
        FeatureVector v = m.vector();
        double toS = s.centroidScore(v, s.dot(v), blend);
        if (toS >= config.thresholdFor(v.distinctTerms()) && toS > b.leaveOneOutScore(m, blend) && b.size > 1) {
          b.removeMember(m);
          s.add(m.article(), v, s.dot(v), Long.MIN_VALUE, state.seq, config);
          state.movedCount++;
          events.moved(m.article(), b.id, s.id);
        }
      }
    }
  }

  /** The {@value #MERGE_CANDIDATES} best-scoring candidates other than {@code best}, best first. */
  private static List<ActiveStory> runnersUp(List<ActiveStory> candidates, double[] scores, ActiveStory best) {
    Integer[] order = new Integer[candidates.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> scores[a] != scores[b] ? Double.compare(scores[b], scores[a])
        : Long.compare(candidates.get(a).seq, candidates.get(b).seq));
    List<ActiveStory> out = new ArrayList<>(MERGE_CANDIDATES);
    for (int i = 0; i < order.length && out.size() < MERGE_CANDIDATES; i++) {
      if (candidates.get(order[i]) != best && scores[order[i]] > 0) {
        out.add(candidates.get(order[i]));
      }
    }
    return out;
  }

  private double score(ActiveStory s, FeatureVector v, double[] dot, LongFloatMap query) {
    double c = s.centroidScore(v, dot, blend);
    double mw = config.memberWeight();
    if (mw == 0) {
      return c;
    }
    return (1 - mw) * c + mw * s.memberScore(v, query, blend);
  }

  /**
   * Story-level revision: the story that just grew is compared, centroid to centroid, with the other
   * open stories the article was compared with; one at or above {@code mergeThreshold} is folded
   * into the older of the two, and the check repeats for the merged story.
   */
  private void revise(ClusterState state, ActiveStory grown, List<ActiveStory> candidates, StoryEvents events) {
    if (config.mergeThreshold() >= 1 && config.shortMergeThreshold() >= 1) {
      return;
    }
    ActiveStory current = grown;
    boolean mergedAny = true;
    while (mergedAny) {
      mergedAny = false;
      for (ActiveStory c : candidates) {
        if (c == current || !state.active.containsKey(c.id) || !timeCompatible(current, c)) {
          continue;
        }
        double limit = config.mergeThresholdFor(Math.max(current.meanTerms(), c.meanTerms()));
        if (current.centroidSimilarity(c, blend) >= limit) {
          ActiveStory into = c.seq < current.seq ? c : current;
          ActiveStory from = into == c ? current : c;
          state.remove(from);
          into.absorb(from, state.seq, config);
          for (Long f : from.indexedBy) {
            if (into.indexedBy.size() >= config.indexedFeaturesPerStory()) {
              break;
            }
            state.index(into, f);
          }
          state.active.remove(into.id);
          state.active.put(into.id, into);
          state.mergedCount++;
          events.merged(from.id, into.id);
          current = into;
          mergedAny = true;
          break;
        }
      }
    }
  }

  private boolean timeCompatible(ActiveStory a, ActiveStory b) {
    if (!a.dated() || !b.dated()) {
      return true;
    }
    long gap = Math.max(0, Math.max(a.firstTime - b.lastTime, b.firstTime - a.lastTime));
    return gap <= config.windowSeconds();
  }

  /**
   * Open stories sharing a query feature with {@code v} and within the time window: the {@value
   * #MAX_CANDIDATES} with the most shared query weight (a cheap upper bound on the term dot
   * product), in a deterministic order.
   */
  private List<ActiveStory> candidates(ClusterState state, FeatureVector v, long t) {
    Map<ActiveStory, double[]> found = new HashMap<>();
    int n = Math.min(config.queryFeatures(), v.size());
    for (int i = 0; i < n; i++) {
      List<ActiveStory> list = state.postings.get(v.keys()[i]);
      if (list != null) {
        for (ActiveStory s : list) {
          if (t == Long.MIN_VALUE || s.gap(t) <= config.windowSeconds()) {
            found.computeIfAbsent(s, k -> new double[1])[0] += v.weights()[i];
          }
        }
      }
    }
    List<Map.Entry<ActiveStory, double[]>> all = new ArrayList<>(found.entrySet());
    all.sort((a, b) -> a.getValue()[0] != b.getValue()[0] ? Double.compare(b.getValue()[0], a.getValue()[0])
        : Long.compare(a.getKey().seq, b.getKey().seq));
    List<ActiveStory> out = new ArrayList<>(Math.min(MAX_CANDIDATES, all.size()));
    for (int i = 0; i < Math.min(MAX_CANDIDATES, all.size()); i++) {
      out.add(all.get(i).getKey());
    }
    return out;
  }

  private void retire(ClusterState state, StoryEvents events) {
    while (state.active.size() >= config.maxActiveStories()) {
      ActiveStory oldest = state.active.values().iterator().next();
      state.remove(oldest);
      state.retiredCount++;
      events.retired(oldest.id);
    }
    if (state.watermark == Long.MIN_VALUE || (state.seq & 255) != 0) {
      return;
    }
    long horizon = state.watermark - config.windowSeconds();
    List<ActiveStory> old = new ArrayList<>();
    for (Iterator<ActiveStory> it = state.active.values().iterator(); it.hasNext(); ) {
      ActiveStory s = it.next();
      if (s.dated() && s.lastTime < horizon) {
        old.add(s);
      }
    }
    for (ActiveStory s : old) {
      state.remove(s);
      state.retiredCount++;
      events.retired(s.id);
    }
  }
}
