package org.tidende.flink.backfill;

import org.apache.flink.api.java.functions.KeySelector;
import org.tidende.flink.rows.AnalyzedRow;

/**
 * The sort key of the single-machine event order: cluster-order time (event time; undated articles
 * carry the time of the dated article before them, {@code Long.MIN_VALUE} before any), then input
 * position (file, line), exactly the key {@code Pipeline.inEventOrder} sorts by.
 *
 * <p>Encoded as one string of 32 hex digits (time with its sign bit flipped, then position), whose
 * lexicographic order is the numeric order of the pair. Not a {@code Tuple2<Long, Long>}: Flink's
 * sort-partition compares a key selector's key at flattened field position 0, so a tuple key would
 * be sorted by its time alone, ties in arbitrary order (seen: the assigner's order check failed on
 * same-day articles).
 */
public final class EventOrder implements KeySelector<AnalyzedRow, String> {
  @Override
  public String getKey(AnalyzedRow r) {
    return key(r.time(), r.pos());
  }

  /** The key of {@code (time, pos)}. */
  static String key(long time, long pos) {
    return hex16(time ^ Long.MIN_VALUE) + hex16(pos ^ Long.MIN_VALUE);
  }

  private static String hex16(long v) {
    String h = Long.toHexString(v);
    return "0".repeat(16 - h.length()) + h;
  }

  /** Whether {@code (t, p)} comes strictly after {@code (prevT, prevP)} in event order. */
  static boolean after(long t, long p, long prevT, long prevP) {
    return t != prevT ? t > prevT : p > prevP;
  }
}
