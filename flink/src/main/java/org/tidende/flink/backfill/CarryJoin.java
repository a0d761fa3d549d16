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
import org.tidende.flink.rows.AnalyzedRow;

/** Keyed by article: turns carry-over requests into warm-up entries holding the analysed article. Batch execution. */
public final class CarryJoin extends KeyedCoProcessFunction<String, AnalyzedRow, CarryOver, SegmentEntry> {
  private transient ValueState<AnalyzedRow> row;
  private transient ListState<Long> targets;

  @Override
  public void open(OpenContext ctx) {
    row = getRuntimeContext().getState(new ValueStateDescriptor<>("row", AnalyzedRow.class));
    targets = getRuntimeContext().getListState(new ListStateDescriptor<>("targets", Long.class));
  }

  @Override
  public void processElement1(AnalyzedRow r, Context ctx, Collector<SegmentEntry> out) throws Exception {
    row.update(r);
    ctx.timerService().registerEventTimeTimer(Long.MAX_VALUE);
  }

  @Override
  public void processElement2(CarryOver c, Context ctx, Collector<SegmentEntry> out) throws Exception {
    targets.add(c.segment());
    ctx.timerService().registerEventTimeTimer(Long.MAX_VALUE);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<SegmentEntry> out) throws Exception {
    AnalyzedRow r = row.value();
    List<Long> list = new ArrayList<>();
    targets.get().forEach(list::add);
    if (r != null) {
      for (long s : list) {
        out.collect(new SegmentEntry(s, true, r));
      }
    }
    row.clear();
    targets.clear();
  }
}
