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
 * Verifies the candidate pairs of one later article (keyed by it) against its own sketch, under
 * every key kind the pair met by, and emits the one best match as a {@link DuplicateLink} (rule:
 * {@link DuplicateMatch#beats}). Batch execution: emits at the end of the key.
 */
public final class VerifyPairs extends KeyedCoProcessFunction<String, PairWithSketch, SketchedRow, DuplicateLink> {
  private final NearDuplicateKeys keys;
  private transient ListState<PairWithSketch> pairs;
  private transient ValueState<DuplicateSketch> sketch;

  public VerifyPairs(NearDuplicateKeys keys) {
    this.keys = keys;
  }

  @Override
  public void open(OpenContext ctx) {
    pairs = getRuntimeContext().getListState(new ListStateDescriptor<>("pairs", PairWithSketch.class));
    sketch = getRuntimeContext().getState(new ValueStateDescriptor<>("sketch", DuplicateSketch.class));
  }

  @Override
  public void processElement1(PairWithSketch p, Context ctx, Collector<DuplicateLink> out) throws Exception {
    pairs.add(p);
    ctx.timerService().registerEventTimeTimer(Long.MAX_VALUE);
  }

  @Override
  public void processElement2(SketchedRow row, Context ctx, Collector<DuplicateLink> out) throws Exception {
    sketch.update(row.sketch());
    ctx.timerService().registerEventTimeTimer(Long.MAX_VALUE);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<DuplicateLink> out) throws Exception {
    DuplicateSketch later = sketch.value();
    List<PairWithSketch> list = new ArrayList<>();
    pairs.get().forEach(list::add);
    pairs.clear();
    sketch.clear();
    if (later == null) {
      return;
    }
    CandidatePair best = null;
    DuplicateMatch bestMatch = null;
    for (PairWithSketch ps : list) {
      CandidatePair p = ps.pair();
      for (long kinds = p.kinds(); kinds != 0; kinds &= kinds - 1) {
        int kind = Long.numberOfTrailingZeros(kinds);
        DuplicateMatch m = keys.verify(kind, ps.earlier(), p.earlierTime(), later, p.laterTime());
        if (m != null && (best == null
            || m.beats(p.earlierTime(), p.earlierPos(), bestMatch, best.earlierTime(), best.earlierPos()))) {
          best = p;
          bestMatch = m;
        }
      }
    }
    if (best != null) {
      out.collect(new DuplicateLink(best.laterId(), best.laterTime(), best.laterPos(), best.earlierId(),
          best.earlierTime(), best.earlierPos(), bestMatch.kind().name(), bestMatch.similarity()));
    }
  }
}
