package org.tidende.flink.live;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.util.Collector;
import org.tidende.cluster.FeatureVector;

/**
 * One blocking key's recent articles. Keyed by blocking key; in event-time order each new article
 * is compared with the key's members of the last {@code windowMs} and answers with the most similar
 * one at or above {@code threshold} (core's blended similarity: term cosine and names-and-numbers
 * cosine, weighted by {@code specificWeight}), then joins the members.
 *
 * <p>Retirement: members older than the window are dropped as time passes, and an event-time timer
 * one window after the newest member clears the key altogether, so state follows the live stories,
 * not the stream's history. Guard against hot keys: at most {@code maxMembers} members are kept
 * (the oldest shed first, counted in {@value #SHED}).
 *
 * <p>Cost: {@code O(members x features)} per article and key.
 */
public final class BlockStage extends EventTimeOrdered<String, KeyedMember, Candidate> {
  public static final String SHED = "live.keyMembersShed";
  private final long windowMs;
  private final double threshold;
  private final double specificWeight;
  private final int maxMembers;
  private transient ListState<VectorRow> members;
  private transient LongCounter shed;

  public BlockStage(long windowMs, double threshold, double specificWeight, int maxMembers) {
    super(KeyedMember.class);
    this.windowMs = windowMs;
    this.threshold = threshold;
    this.specificWeight = specificWeight;
    this.maxMembers = maxMembers;
  }

  @Override
  public void open(OpenContext ctx) throws Exception {
    super.open(ctx);
    members = getRuntimeContext().getListState(new ListStateDescriptor<>("members", VectorRow.class));
    shed = getRuntimeContext().getLongCounter(SHED);
  }

  @Override
  protected void handle(KeyedMember m, long ts, Context ctx, Collector<Candidate> out) throws Exception {
    VectorRow v = m.row();
    Map<Long, Float> mine = new HashMap<>();
    for (int i = 0; i < v.keys().length; i++) {
      mine.put(v.keys()[i], v.weights()[i]);
    }
    List<VectorRow> kept = new ArrayList<>();
    VectorRow best = null;
    double bestSim = 0;
    for (VectorRow e : members.get()) {
      if (e.ts() < v.ts() - windowMs) {
        continue;
      }
      kept.add(e);
      double s = similarity(mine, v, e);
      if (s >= threshold && (best == null || s > bestSim || s == bestSim && older(e, best))) {
        best = e;
        bestSim = s;
      }
    }
    kept.add(v);
    while (kept.size() > maxMembers) {
      kept.remove(0);
      shed.add(1);
    }
    members.update(kept);
    ctx.timerService().registerEventTimeTimer(v.ts() + windowMs + 1);
    out.collect(new Candidate(v.id(), v.ts(), m.nKeys(), best == null ? null : best.id(),
        best == null ? 0 : best.ts(), Math.min(1, bestSim), v.file(), v.line()));
  }

  @Override
  protected void onClock(long timestamp, OnTimerContext ctx, Collector<Candidate> out) throws Exception {
    long newest = Long.MIN_VALUE;
    for (VectorRow e : members.get()) {
      newest = Math.max(newest, e.ts());
    }
    if (newest != Long.MIN_VALUE && newest + windowMs < timestamp) {
      members.clear();
    }
  }

  private static boolean older(VectorRow a, VectorRow b) {
    return a.ts() != b.ts() ? a.ts() < b.ts() : a.id().compareTo(b.id()) < 0;
  }

  /** Blended cosine of two unit-part vectors, as core's clusterer scores an article against a story. */
  double similarity(Map<Long, Float> mine, VectorRow a, VectorRow b) {
    double t = 0;
    double s = 0;
    for (int i = 0; i < b.keys().length; i++) {
      Float w = mine.get(b.keys()[i]);
      if (w != null) {
        if (FeatureVector.isSpecific(b.keys()[i])) {
          s += w * b.weights()[i];
        } else {
          t += w * b.weights()[i];
        }
      }
    }
    boolean terms = a.hasTerms() && b.hasTerms();
    boolean specifics = a.hasSpecifics() && b.hasSpecifics();
    if (!specifics) {
      return terms ? t : 0;
    }
    return terms ? (1 - specificWeight) * t + specificWeight * s : s;
  }
}
