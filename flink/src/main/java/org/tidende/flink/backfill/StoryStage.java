package org.tidende.flink.backfill;

import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.util.Collector;
import org.tidende.cluster.ClusterConfig;
import org.tidende.flink.rows.AnalyzedRow;
import org.tidende.flink.rows.ArticleRow;

/**
 * The backfill's story clustering as a Flink dataflow (batch execution):
 *
 * <pre>
 * rows ─analyze→ AnalyzedRow ─keyBy(part)→ {@link CountParts} ─keyBy(0)→ {@link PrefixFrequencies} → DfSnapshot ┐
 *                 AnalyzedRow ─segments→ SegmentEntry (own + warm-up) ─keyBy(segment) ⋈ DfSnapshot→
 *   {@link SegmentClusterer} (first pass) ─older members of stories open at its end→ {@link CarryJoin} →
 *   more warm-up ─keyBy(segment) ⋈ DfSnapshot→ {@link SegmentClusterer} (core StoryClusterer in event order)
 *   → SegmentAssignment
 *   ├─ warm-up + own ─keyBy(article)→ {@link BridgeJoin} ─keyBy(0)→ {@link StoryReconciler} → StoryMapping
 *   └─ own ─keyBy(segment|story) ⋈ mapping→ {@link ApplyMappings} → StoryAssignment
 * </pre>
 *
 * <p>Clustering is sequential in event order by nature; segments make it parallel. Each segment is
 * independent (its own clusterer state), so segments spread over the cluster's slots; the
 * reconciler is the one single-task step and sees only the warm-up articles.
 */
public final class StoryStage {
  private StoryStage() {}

  /** The final story of every row (ids must be distinct). */
  public static DataStream<StoryAssignment> apply(DataStream<ArticleRow> rows, ClusterConfig config, Segments segments) {
    DataStream<AnalyzedRow> analyzed = rows.map(new AnalyzeRows(config)).name("stories: analyze");
    DataStream<DfSnapshot> starts = analyzed
        .keyBy(r -> segments.part(r.time()), Types.LONG)
        .process(new CountParts()).name("stories: part frequencies")
        .keyBy(p -> 0, Types.INT)
        .process(new PrefixFrequencies(segments)).name("stories: prefix frequencies").setParallelism(1);
    DataStream<SegmentEntry> entries = analyzed
        .flatMap((AnalyzedRow r, Collector<SegmentEntry> out) -> {
          for (Segments.SegmentEntryKey k : segments.of(r.time())) {
            out.collect(new SegmentEntry(k.segment(), k.warmup(), r));
          }
        }).returns(SegmentEntry.class).name("stories: segments");
    SingleOutputStreamOperator<SegmentAssignment> firstPass = entries
        .keyBy(SegmentEntry::segment)
        .connect(starts.keyBy(DfSnapshot::segment))
        .process(new SegmentClusterer(config, segments, true)).name("stories: cluster segment, first pass");
    DataStream<SegmentEntry> carried = analyzed.keyBy(AnalyzedRow::id)
        .connect(firstPass.getSideOutput(SegmentClusterer.CARRY).keyBy(CarryOver::id))
        .process(new CarryJoin()).name("stories: carry open stories over");
    DataStream<SegmentAssignment> assigned = entries.union(carried)
        .keyBy(SegmentEntry::segment)
        .connect(starts.keyBy(DfSnapshot::segment))
        .process(new SegmentClusterer(config, segments, false)).name("stories: cluster segment");
    DataStream<StoryMapping> mappings = assigned
        .keyBy(SegmentAssignment::id)
        .process(new BridgeJoin()).name("stories: bridges")
        .keyBy(b -> 0, Types.INT)
        .process(new StoryReconciler()).name("stories: reconcile").setParallelism(1);
    return assigned.filter(a -> !a.warmup()).name("stories: own articles")
        .keyBy(SegmentAssignment::storyKey)
        .connect(mappings.keyBy(StoryMapping::key))
        .process(new ApplyMappings()).name("stories: final ids");
  }
}
