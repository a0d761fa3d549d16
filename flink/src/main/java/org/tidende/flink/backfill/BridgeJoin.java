package org.tidende.flink.backfill;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by article: pairs an article's warm-up assignment (in the next segment) with its own
 * assignment, giving a {@link StoryBridge}. Batch execution: emits at the end of the key.
 */
public final class BridgeJoin extends KeyedProcessFunction<String, SegmentAssignment, StoryBridge> {
  private transient ListState<SegmentAssignment> seen;

  @Override
  public void open(OpenContext ctx) {
    seen = getRuntimeContext().getListState(new ListStateDescriptor<>("seen", SegmentAssignment.class));
  }

  @Override
  public void processElement(SegmentAssignment a, Context ctx, Collector<StoryBridge> out) throws Exception {
    seen.add(a);
    ctx.timerService().registerEventTimeTimer(Long.MAX_VALUE);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<StoryBridge> out) throws Exception {
    List<SegmentAssignment> list = new ArrayList<>();
    seen.get().forEach(list::add);
    seen.clear();
    SegmentAssignment own = null;
    for (SegmentAssignment a : list) {
      if (!a.warmup()) {
        own = a;
      }
    }
    if (own == null) {
      return;
    }
    for (SegmentAssignment a : list) {
      if (a.warmup()) {
        out.collect(new StoryBridge(a.segment(), a.story(), own.segment(), own.story(), a.time(), a.pos()));
      }
    }
  }
}
