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
import org.tidende.cluster.ClusterConfig;
import org.tidende.cluster.DocumentFrequencies;
import org.tidende.cluster.FeatureVector;
import org.tidende.flink.rows.AnalyzedRow;
import org.tidende.flink.rows.ClusterSettings;

/**
 * Keyed by part of event time: counts, per feature of core's {@link FeatureVector}, the part's
 * articles carrying it (the features are those the clusterer counts in its document-frequency
 * sketch). Batch execution: emits one {@link PartCounts} at the end of the key.
 */
public final class CountParts extends KeyedProcessFunction<Long, AnalyzedRow, PartCounts> {
  private final ClusterSettings settings;
  private transient ClusterConfig config;
  private transient DocumentFrequencies scratch;
  private transient MapState<String, Integer> counts;
  private transient ValueState<Long> documents;

  public CountParts(ClusterConfig config) {
    this.settings = ClusterSettings.of(config);
  }

  @Override
  public void open(OpenContext ctx) {
    config = settings.toConfig();
    scratch = new DocumentFrequencies(1, 10); // the keys do not depend on it
    counts = getRuntimeContext().getMapState(new MapStateDescriptor<>("counts", Types.STRING, Types.INT));
    documents = getRuntimeContext().getState(new ValueStateDescriptor<>("documents", Long.class));
  }

  @Override
  public void processElement(AnalyzedRow row, Context ctx, Collector<PartCounts> out) throws Exception {
    for (String k : FeatureVector.of(row.toAnalyzed(), scratch, config).keys()) {
      Integer c = counts.get(k);
      counts.put(k, c == null ? 1 : c + 1);
    }
    Long n = documents.value();
    documents.update(n == null ? 1 : n + 1);
    ctx.timerService().registerEventTimeTimer(Long.MAX_VALUE);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<PartCounts> out) throws Exception {
    List<String> features = new ArrayList<>();
    List<Integer> n = new ArrayList<>();
    for (Map.Entry<String, Integer> e : counts.entries()) {
      features.add(e.getKey());
      n.add(e.getValue());
    }
    out.collect(new PartCounts(ctx.getCurrentKey(), features.toArray(String[]::new),
        n.stream().mapToInt(Integer::intValue).toArray(), documents.value()));
    counts.clear();
    documents.clear();
  }
}
