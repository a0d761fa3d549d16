package org.tidende.flink.backfill;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by {@code segment|story}: gives each of a segment's own articles its final story id (the
 * mapped one when the story continues an earlier segment's, else the local one). Batch execution.
 */
public final class ApplyMappings
    extends KeyedCoProcessFunction<String, SegmentAssignment, StoryMapping, StoryAssignment> {
  private transient ListState<SegmentAssignment> members;
  private transient ValueState<String> mapped;

  @Override
  public void open(OpenContext ctx) {
    members = getRuntimeContext().getListState(new ListStateDescriptor<>("members", SegmentAssignment.class));
    mapped = getRuntimeContext().getState(new ValueStateDescriptor<>("mapped", String.class));
  }

  @Override
  public void processElement1(SegmentAssignment a, Context ctx, Collector<StoryAssignment> out) throws Exception {
    members.add(a);
    ctx.timerService().registerEventTimeTimer(Long.MAX_VALUE);
  }

  @Override
  public void processElement2(StoryMapping m, Context ctx, Collector<StoryAssignment> out) throws Exception {
    mapped.update(m.story());
    ctx.timerService().registerEventTimeTimer(Long.MAX_VALUE);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<StoryAssignment> out) throws Exception {
    String story = mapped.value();
    List<SegmentAssignment> list = new ArrayList<>();
    members.get().forEach(list::add);
    for (SegmentAssignment a : list) {
      out.collect(new StoryAssignment(a.id(), story == null ? a.story() : story, a.opened() && story == null,
          a.similarity()));
    }
    members.clear();
    mapped.clear();
  }
}
