package org.tidende.flink.backfill;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * How a backfill cuts event time into segments that are clustered independently: segments of
 * {@code segmentSeconds}, each preceded by a warm-up replay of the previous segment's last {@code
 * overlapSeconds}. Undated articles before any dated one in their file sort first in event order
 * and form their own segment ({@link #UNDATED}); an archive without dates is one segment.
 *
 * <p>Why the overlap: the online clusterer only joins an article to a story active within its
 * window, so after one window of warm-up the open stories of the sequential run are (nearly)
 * rebuilt; two windows leave room for stories that keep growing. Stories still open at the start
 * of the warm-up and kept alive through it are the residual difference, reconciled afterwards by
 * the warm-up members both segments saw ({@link StoryReconciler}).
 *
 * @param segmentSeconds segment length, > overlap
 * @param overlapSeconds warm-up length, >= 0
 */
public record Segments(long segmentSeconds, long overlapSeconds) implements Serializable {
  /** Segment of articles that sort before any dated article. */
  public static final long UNDATED = Long.MIN_VALUE;

  public Segments {
    if (segmentSeconds <= 0 || overlapSeconds < 0 || overlapSeconds >= segmentSeconds) {
      throw new IllegalArgumentException("segments of " + segmentSeconds + " s with overlap " + overlapSeconds
          + " s: need segment > overlap >= 0");
    }
  }

  /** Segments of {@code days} days with {@code overlapDays} of warm-up. */
  public static Segments ofDays(double days, double overlapDays) {
    return new Segments((long) (days * 86_400), (long) (overlapDays * 86_400));
  }

  /** The segment of an article with cluster-order time {@code t}, and the next one when it is warm-up there. */
  public List<SegmentEntryKey> of(long t) {
    List<SegmentEntryKey> out = new ArrayList<>(2);
    if (t == Long.MIN_VALUE) {
      out.add(new SegmentEntryKey(UNDATED, false));
      return out;
    }
    long s = Math.floorDiv(t, segmentSeconds);
    out.add(new SegmentEntryKey(s, false));
    if (overlapSeconds > 0 && t >= (s + 1) * segmentSeconds - overlapSeconds) {
      out.add(new SegmentEntryKey(s + 1, true));
    }
    return out;
  }

  /**
   * The part of event time {@code t} falls in: {@code 2s} for the head of segment {@code s}, {@code
   * 2s + 1} for its last {@code overlapSeconds} (the next segment's warm-up); {@link #UNDATED} for
   * {@code Long.MIN_VALUE}. Parts sort in event order.
   */
  public long part(long t) {
    if (t == Long.MIN_VALUE) {
      return UNDATED;
    }
    long s = Math.floorDiv(t, segmentSeconds);
    return 2 * s + (overlapSeconds > 0 && t >= (s + 1) * segmentSeconds - overlapSeconds ? 1 : 0);
  }

  /** The head part of segment {@code s}. */
  public static long headPart(long s) {
    return 2 * s;
  }

  /** A segment and whether the article is warm-up there. */
  public record SegmentEntryKey(long segment, boolean warmup) {}
}
