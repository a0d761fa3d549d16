package org.tidende.flink.backfill;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Joins stories across segment borders. A story of segment {@code k} that holds warm-up articles
 * continues the story of segment {@code k - 1} holding most of those articles (ties: the one
 * holding the latest of them), and takes that story's final id, which may itself continue an older
 * one: segments are resolved in order, so chains of any length resolve in one pass.
 *
 * <p>Why by shared members: the warm-up articles are clustered in both segments, so they are the
 * evidence of which story is which; no similarity threshold is involved, and a story split in two
 * by a cold start is joined again (both halves map to the same earlier story).
 *
 * <p>One task (keyed by a constant) sees every bridge: one per warm-up article, i.e. about {@code
 * overlap / segment} of the archive, small. Emits a {@link StoryMapping} per continuing story.
 */
public final class StoryReconciler extends KeyedProcessFunction<Integer, StoryBridge, StoryMapping> {
  private transient ListState<StoryBridge> bridges;

  @Override
  public void open(OpenContext ctx) {
    bridges = getRuntimeContext().getListState(new ListStateDescriptor<>("bridges", StoryBridge.class));
  }

  @Override
  public void processElement(StoryBridge b, Context ctx, Collector<StoryMapping> out) throws Exception {
    bridges.add(b);
    ctx.timerService().registerEventTimeTimer(Long.MAX_VALUE);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<StoryMapping> out) throws Exception {
    List<StoryBridge> list = new ArrayList<>();
    bridges.get().forEach(list::add);
    bridges.clear();
    for (Map.Entry<String, String> e : reconcile(list).entrySet()) {
      out.collect(new StoryMapping(e.getKey(), e.getValue()));
    }
  }

  /** The mapping from {@code segment|story} keys to final story ids; pure, for tests too. */
  public static Map<String, String> reconcile(List<StoryBridge> bridges) {
    List<StoryBridge> sorted = new ArrayList<>(bridges);
    sorted.sort(Comparator.comparingLong(StoryBridge::segment).thenComparing(StoryBridge::story)
        .thenComparingLong(StoryBridge::time).thenComparingLong(StoryBridge::pos));
    Map<String, Map<String, long[]>> votes = new LinkedHashMap<>();
    for (StoryBridge b : sorted) {
      String prev = b.prevSegment() + "|" + b.prevStory();
      long[] v = votes.computeIfAbsent(b.segment() + "|" + b.story(), k -> new LinkedHashMap<>())
          .computeIfAbsent(prev, k -> new long[3]);
      v[0]++;
      v[1] = b.time();
      v[2] = b.pos();
    }
    Map<String, String> finalId = new HashMap<>();
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, long[]>> e : votes.entrySet()) {
      String best = null;
      long[] bv = null;
      for (Map.Entry<String, long[]> c : e.getValue().entrySet()) {
        long[] v = c.getValue();
        if (bv == null || v[0] > bv[0] || v[0] == bv[0] && (v[1] > bv[1] || v[1] == bv[1] && v[2] > bv[2])) {
          best = c.getKey();
          bv = v;
        }
      }
      String target = finalId.getOrDefault(best, best.substring(best.indexOf('|') + 1));
      finalId.put(e.getKey(), target);
      out.put(e.getKey(), target);
    }
    return out;
  }
}
