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
  private final ClusterConfig config;

  public StoryClusterer(ClusterConfig config) {
    this.config = Objects.requireNonNull(config, "config");
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
    });
  }

  /**
   * Assigns one article, updating {@code state}, and reports retirements and merges to {@code
   * events} as they happen (retirements before the assignment is made, a merge after it, so the
   * returned story may at once have been merged into an older one: the merge event says so).
   */
  public Assignment assign(ClusterState state, AnalyzedArticle article, StoryEvents events) {
    long t = article.article().date() == null ? Long.MIN_VALUE : article.article().date().epochSecond();
    if (t != Long.MIN_VALUE && t > state.watermark) {
      state.watermark = t;
    }
    state.seq++;
    retire(state, events);
    FeatureVector v = FeatureVector.of(article, state.df, config);
    Map<String, Float> query = v.asMap();
    List<ActiveStory> candidates = candidates(state, v, t);
    ActiveStory best = null;
    double bestScore = 0;
    double[] bestDot = null;
    for (ActiveStory s : candidates) {
      double[] dot = s.dot(v);
      double score = score(s, v, dot, query);
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
    best.add(v, bestDot, t, state.seq, config);
    int n = Math.min(config.queryFeatures(), v.size());
    for (int i = 0; i < n && best.indexedBy.size() < config.indexedFeaturesPerStory(); i++) {
      state.index(best, v.keys()[i]);
    }
    Assignment assignment = new Assignment(article.id(), best.id, opened, Math.min(1.0, bestScore));
    if (!opened) {
      revise(state, best, candidates, events);
    }
    return assignment;
  }

  private double score(ActiveStory s, FeatureVector v, double[] dot, Map<String, Float> query) {
    double c = s.centroidScore(v, dot, config.specificWeight());
    double mw = config.memberWeight();
    if (mw == 0) {
      return c;
    }
    return (1 - mw) * c + mw * s.memberScore(v, query, config.specificWeight());
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
        if (current.centroidSimilarity(c, config.specificWeight()) >= limit) {
          ActiveStory into = c.seq < current.seq ? c : current;
          ActiveStory from = into == c ? current : c;
          state.remove(from);
          into.absorb(from, state.seq, config);
          for (String f : from.indexedBy) {
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

  /** Open stories sharing a query feature with {@code v} and within the time window, oldest first. */
  private List<ActiveStory> candidates(ClusterState state, FeatureVector v, long t) {
    Map<StoryId, ActiveStory> found = new HashMap<>();
    int n = Math.min(config.queryFeatures(), v.size());
    for (int i = 0; i < n; i++) {
      List<ActiveStory> list = state.postings.get(v.keys()[i]);
      if (list != null) {
        for (ActiveStory s : list) {
          if (t == Long.MIN_VALUE || s.gap(t) <= config.windowSeconds()) {
            found.putIfAbsent(s.id, s);
          }
        }
      }
    }
    List<ActiveStory> out = new ArrayList<>(found.values());
    out.sort((a, b) -> Long.compare(a.seq, b.seq)); // deterministic regardless of hash order
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
