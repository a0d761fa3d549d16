package org.tidende.flink.backfill;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.tidende.cluster.FeatureVector;
import org.tidende.cluster.StoryClusterer;
import org.tidende.flink.rows.AnalyzedRow;

/**
 * Keyed by part of event time: counts, per feature hash of core's {@link FeatureVector}, the part's
 * articles carrying it. The features are exactly those the clusterer counts in its
 * document-frequency sketch: all distinct keys of the prepared article ({@link
 * StoryClusterer#prepare}, carried in {@link AnalyzedRow#featureKeys()}), before the bound on an article vector's features. Batch execution:
 * emits one {@link PartCounts} at the end of the key.
 */
public final class CountParts extends KeyedProcessFunction<Long, AnalyzedRow, PartCounts> {
  private transient MapState<Long, Integer> counts;
  private transient ValueState<Long> documents;

  public CountParts() {}

  @Override
  public void open(OpenContext ctx) {
    counts = getRuntimeContext().getMapState(new MapStateDescriptor<>("counts", Types.LONG, Types.INT));
    documents = getRuntimeContext().getState(new ValueStateDescriptor<>("documents", Long.class));
  }

  @Override
  public void processElement(AnalyzedRow row, Context ctx, Collector<PartCounts> out) throws Exception {
    for (long k : row.featureKeys()) {
      Integer c = counts.get(k);
      counts.put(k, c == null ? 1 : c + 1);
    }
    Long n = documents.value();
    documents.update(n == null ? 1 : n + 1);
    ctx.timerService().registerEventTimeTimer(Long.MAX_VALUE);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<PartCounts> out) throws Exception {
    List<Long> features = new ArrayList<>();
    List<Integer> n = new ArrayList<>();
    for (Map.Entry<Long, Integer> e : counts.entries()) {
      features.add(e.getKey());
      n.add(e.getValue());
    }
    out.collect(new PartCounts(ctx.getCurrentKey(), features.stream().mapToLong(Long::longValue).toArray(),
        n.stream().mapToInt(Integer::intValue).toArray(), documents.value()));
    counts.clear();
    documents.clear();
  }
}
