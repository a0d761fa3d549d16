package org.tidende.flink.dedup;

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
 * Joins candidate pairs (keyed by their earlier article) with that article's sketch. Batch
 * execution: emits at the end of the key, when both sides are in.
 */
public final class AttachEarlier extends KeyedCoProcessFunction<String, CandidatePair, SketchedRow, PairWithSketch> {
  private transient ListState<CandidatePair> pairs;
  private transient ValueState<DuplicateSketch> sketch;

  @Override
  public void open(OpenContext ctx) {
    pairs = getRuntimeContext().getListState(new ListStateDescriptor<>("pairs", CandidatePair.class));
    sketch = getRuntimeContext().getState(new ValueStateDescriptor<>("sketch", DuplicateSketch.class));
  }

  @Override
  public void processElement1(CandidatePair p, Context ctx, Collector<PairWithSketch> out) throws Exception {
    pairs.add(p);
    ctx.timerService().registerEventTimeTimer(Long.MAX_VALUE);
  }

  @Override
  public void processElement2(SketchedRow row, Context ctx, Collector<PairWithSketch> out) throws Exception {
    sketch.update(row.sketch());
    ctx.timerService().registerEventTimeTimer(Long.MAX_VALUE);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<PairWithSketch> out) throws Exception {
    DuplicateSketch s = sketch.value();
    List<CandidatePair> list = new ArrayList<>();
    pairs.get().forEach(list::add);
    if (s != null) {
      for (CandidatePair p : list) {
        out.collect(new PairWithSketch(p, s));
      }
    }
    pairs.clear();
    sketch.clear();
  }
}
