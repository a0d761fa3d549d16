package org.tidende.flink.backfill;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;
import org.tidende.cluster.ClusterConfig;
import org.tidende.cluster.ClusterState;
import org.tidende.cluster.StoryClusterer;
import org.tidende.flink.rows.ClusterSettings;
import org.tidende.model.Assignment;

/**
 * Runs core's {@link StoryClusterer} over one time segment (keyed by segment), sequentially in
 * event order (time, then input position) as the single-machine pipeline does: warm-up articles
 * first, then the segment's own, starting from the document frequencies of everything before the
 * warm-up ({@link PrefixFrequencies}), so vectors weigh exactly as in the sequential run. Batch execution: the segment's articles are held in keyed state
 * and clustered at the end of the key. Emits one {@link SegmentAssignment} per entry.
 *
 * <p>Cost: that of the sequential clusterer on the segment plus its warm-up; memory: the
 * segment's analysed rows and one {@link ClusterState}.
 */
public final class SegmentClusterer extends KeyedCoProcessFunction<Long, SegmentEntry, DfSnapshot, SegmentAssignment> {
  private static final Comparator<SegmentEntry> ORDER =
      Comparator.comparingLong((SegmentEntry e) -> e.row().time()).thenComparingLong(e -> e.row().pos());

  private final ClusterSettings settings;
  private transient ClusterConfig config;
  private transient ListState<SegmentEntry> entries;
  private transient ValueState<DfSnapshot> start;

  public SegmentClusterer(ClusterConfig config) {
    this.settings = ClusterSettings.of(config);
  }

  @Override
  public void open(OpenContext ctx) {
    config = settings.toConfig();
    entries = getRuntimeContext().getListState(new ListStateDescriptor<>("entries", SegmentEntry.class));
    start = getRuntimeContext().getState(new ValueStateDescriptor<>("start", DfSnapshot.class));
  }

  @Override
  public void processElement1(SegmentEntry e, Context ctx, Collector<SegmentAssignment> out) throws Exception {
    entries.add(e);
    ctx.timerService().registerEventTimeTimer(Long.MAX_VALUE);
  }

  @Override
  public void processElement2(DfSnapshot s, Context ctx, Collector<SegmentAssignment> out) throws Exception {
    start.update(s);
    ctx.timerService().registerEventTimeTimer(Long.MAX_VALUE);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<SegmentAssignment> out) throws Exception {
    List<SegmentEntry> list = new ArrayList<>();
    entries.get().forEach(list::add);
    entries.clear();
    DfSnapshot snapshot = start.value();
    start.clear();
    list.sort(ORDER);
    StoryClusterer clusterer = new StoryClusterer(config);
    ClusterState state = snapshot == null ? new ClusterState() : new ClusterState(snapshot.frequencies());
    for (SegmentEntry e : list) {
      Assignment as = clusterer.assign(state, e.row().toAnalyzed(), retired -> { });
      out.collect(new SegmentAssignment(e.segment(), e.row().id(), as.story().value(), e.warmup(), as.opened(),
          as.similarity(), e.row().time(), e.row().pos()));
    }
  }
}
