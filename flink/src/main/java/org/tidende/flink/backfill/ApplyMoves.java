package org.tidende.flink.backfill;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by article id: an article's assignment with its last move applied (the story core's
 * re-assignment moved it to, if any; an opener that moved no longer opened its story). Merges are
 * applied after, by story ({@link ApplyMappings}). Batch execution: both inputs are held until the
 * end of the key.
 */
public final class ApplyMoves extends KeyedCoProcessFunction<String, SegmentAssignment, StoryMapping, SegmentAssignment> {
  private transient ValueState<SegmentAssignment> assigned;
  private transient ValueState<String> movedTo;

  @Override
  public void open(OpenContext ctx) {
    assigned = getRuntimeContext().getState(new ValueStateDescriptor<>("assigned", SegmentAssignment.class));
    movedTo = getRuntimeContext().getState(new ValueStateDescriptor<>("movedTo", String.class));
  }

  @Override
  public void processElement1(SegmentAssignment a, Context ctx, Collector<SegmentAssignment> out) throws Exception {
    assigned.update(a);
    ctx.timerService().registerEventTimeTimer(Long.MAX_VALUE);
  }

  @Override
  public void processElement2(StoryMapping m, Context ctx, Collector<SegmentAssignment> out) throws Exception {
    movedTo.update(m.story());
    ctx.timerService().registerEventTimeTimer(Long.MAX_VALUE);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<SegmentAssignment> out) throws Exception {
    SegmentAssignment a = assigned.value();
    String to = movedTo.value();
    assigned.clear();
    movedTo.clear();
    if (a == null) {
      return; // a move without an assignment cannot happen: the assigner emits both for one article
    }
    out.collect(to == null ? a
        : new SegmentAssignment(a.segment(), a.id(), to, a.warmup(), false, a.similarity(), a.time(), a.pos()));
  }
}
