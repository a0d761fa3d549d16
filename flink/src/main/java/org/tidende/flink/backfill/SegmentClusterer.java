package org.tidende.flink.backfill;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.tidende.cluster.ClusterConfig;
import org.tidende.cluster.ClusterState;
import org.tidende.cluster.StoryClusterer;
import org.tidende.cluster.StoryEvents;
import org.tidende.flink.rows.ClusterSettings;
import org.tidende.model.Assignment;
import org.tidende.model.StoryId;

/**
 * Runs core's {@link StoryClusterer} over one time segment (keyed by segment), sequentially in
 * event order (time, then input position) as the single-machine pipeline does: warm-up articles
 * first, then the segment's own, starting from the document frequencies of everything before the
 * warm-up ({@link PrefixFrequencies}), so vectors weigh as in the sequential run. Batch execution:
 * the segment's articles are held in keyed state and clustered at the end of the key. Emits one
 * {@link SegmentAssignment} per entry (an article given twice is clustered once), with the story
 * the article belongs to at the end of the segment's run: core's story-level revisions (merges,
 * moves, see {@link StoryEvents}) are applied, as the single-machine session applies them.
 *
 * <p>Carry-over (first pass only): stories still open at the end of the segment that began before
 * the next segment's warm-up are long-running ("giant") stories a 14-day warm-up cannot rebuild;
 * their older members go to {@link #CARRY} so that the second pass replays them in the next
 * segment's warm-up too, rebuilding the story from its history as this pass saw it. Those members
 * are also in the next segment's document-frequency prefix, so they count twice there: a few
 * articles among the archive's, accepted for the stories' sake.
 *
 * <p>Cost: that of the sequential clusterer on the segment plus its warm-up; memory: the
 * segment's analysed rows and one {@link ClusterState}.
 */
public final class SegmentClusterer extends KeyedCoProcessFunction<Long, SegmentEntry, DfSnapshot, SegmentAssignment> {
  /** Older members of stories open at the end of a segment, for the next segment's warm-up. */
  public static final OutputTag<CarryOver> CARRY = new OutputTag<>("carry", TypeInformation.of(CarryOver.class));
  private static final Comparator<SegmentEntry> ORDER =
      Comparator.comparingLong((SegmentEntry e) -> e.row().time()).thenComparingLong(e -> e.row().pos());

  private final ClusterSettings settings;
  private final Segments segments;
  private final boolean carry;
  private transient ClusterConfig config;
  private transient ListState<SegmentEntry> entries;
  private transient ValueState<DfSnapshot> start;

  /**
   * @param segments the segmentation, for the carry-over horizon
   * @param carry whether to emit carry-over (the first of two passes)
   */
  public SegmentClusterer(ClusterConfig config, Segments segments, boolean carry) {
    this.settings = ClusterSettings.of(config);
    this.segments = segments;
    this.carry = carry;
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
    if (list.isEmpty()) {
      return;
    }
    list.sort(ORDER);
    StoryClusterer clusterer = new StoryClusterer(config);
    ClusterState state = snapshot == null ? new ClusterState() : new ClusterState(snapshot.frequencies());
    Revisions revisions = new Revisions(true);
    List<SegmentEntry> clustered = new ArrayList<>();
    List<Assignment> assigned = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (SegmentEntry e : list) {
      if (seen.add(e.row().id())) {
        clustered.add(e);
        assigned.add(clusterer.assign(state, e.row().toPrepared(), revisions));
      }
    }
    // Final membership, as the session reports it: each article's story after moves and merges.
    Map<StoryId, List<SegmentEntry>> members = new LinkedHashMap<>();
    for (int i = 0; i < clustered.size(); i++) {
      SegmentEntry e = clustered.get(i);
      Assignment as = assigned.get(i);
      StoryId story = revisions.storyOf(as.article(), as.story());
      if (carry && !revisions.retired.contains(story)) {
        members.computeIfAbsent(story, k -> new ArrayList<>()).add(e);
      }
      out.collect(new SegmentAssignment(e.segment(), e.row().id(), story.value(), e.warmup(), as.opened(),
          as.similarity(), e.row().time(), e.row().pos()));
    }
    long segment = ctx.getCurrentKey();
    if (carry && segment != Segments.UNDATED) {
      long horizon = (segment + 1) * segments.segmentSeconds() - segments.overlapSeconds();
      for (List<SegmentEntry> m : members.values()) {
        if (m.size() > 1 && m.get(0).row().time() < horizon) {
          for (SegmentEntry e : m) {
            if (e.row().time() < horizon) {
              ctx.output(CARRY, new CarryOver(segment + 1, e.row().id()));
            }
          }
        }
      }
    }
  }
}
