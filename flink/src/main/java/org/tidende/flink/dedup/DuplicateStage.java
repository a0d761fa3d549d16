package org.tidende.flink.dedup;

import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.util.Collector;
import org.tidende.flink.rows.ArticleRow;

/**
 * The backfill's near-duplicate grouping as a Flink dataflow (batch execution):
 *
 * <pre>
 * rows ─sketch→ SketchedRow ─keys→ BucketEntry ─keyBy(bucket)→ {@link BucketScan} → CandidatePair
 *   ─keyBy(pair), OR kinds→ ─keyBy(earlier) ⋈ sketch→ {@link AttachEarlier} ─keyBy(later) ⋈ sketch→
 *   {@link VerifyPairs} → one DuplicateLink per copy ─keyBy(0)→ {@link DuplicateComponents}
 * </pre>
 *
 * <p>Why this shape: only ids travel through the bucket shuffle (a sketch is ~1 kB, an article has
 * {@code bands + 2} keys); a pair met in many bands is verified once; the only single-task step
 * sees one small link per copy. The result equals {@link LocalDuplicates} on the same input
 * (tested), apart from buckets skipped by the {@code maxBucket} guard.
 */
public final class DuplicateStage {
  private DuplicateStage() {}

  /** Flink key of a blocking key of a kind: the kind mixed in so kinds never share buckets. */
  public static long bucket(int kind, long key) {
    return MinHashKeys.mix(key ^ (0x9E3779B97F4A7C15L * (kind + 1)));
  }

  /** Sketch of an article row, in duplicate order. */
  public static SketchedRow sketch(ArticleRow r, NearDuplicateKeys keys) {
    return new SketchedRow(r.id(), r.dedupTime(), r.pos(), keys.sketch(r.title(), r.text()));
  }

  /**
   * Duplicate assignments of all articles that have copies or are copies (the others are
   * canonical); ids of {@code rows} must be distinct.
   */
  public static DataStream<DuplicateAssignment> apply(DataStream<ArticleRow> rows, NearDuplicateKeys keys, int maxBucket) {
    DataStream<SketchedRow> sketched = rows.map(r -> sketch(r, keys)).returns(SketchedRow.class).name("dedup: sketch");
    DataStream<CandidatePair> pairs = sketched
        .flatMap((SketchedRow s, Collector<BucketEntry> out) -> {
          long[] k = s.sketch().keys();
          for (int kind = 0; kind < k.length; kind++) {
            if (k[kind] != 0) {
              out.collect(new BucketEntry(bucket(kind, k[kind]), kind, s.id(), s.time(), s.pos()));
            }
          }
        }).returns(BucketEntry.class).name("dedup: blocking keys")
        .keyBy(BucketEntry::bucket)
        .process(new BucketScan(keys.scanCap(), maxBucket)).name("dedup: bucket scan")
        .keyBy(p -> p.earlierId() + "\u0000" + p.laterId(), Types.STRING)
        .reduce(CandidatePair::or).name("dedup: distinct pairs");
    DataStream<PairWithSketch> withEarlier = pairs.keyBy(CandidatePair::earlierId)
        .connect(sketched.keyBy(SketchedRow::id))
        .process(new AttachEarlier()).name("dedup: attach earlier sketch");
    DataStream<DuplicateLink> links = withEarlier.keyBy(p -> p.pair().laterId(), Types.STRING)
        .connect(sketched.keyBy(SketchedRow::id))
        .process(new VerifyPairs(keys)).name("dedup: verify");
    return links.keyBy(l -> 0, Types.INT).process(new DuplicateComponents()).name("dedup: groups").setParallelism(1);
  }
}
