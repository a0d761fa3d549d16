package org.tidende.model;

import java.util.Arrays;

/**
 * The event-time watermark of a stream (epoch seconds): how far the articles' own dates say the
 * stream has come, which stateful stages use to retire old stories and evict old items. An
 * article dated years ahead by mistake (a feed's wrong year, "2205-01-07") must not move it, or
 * every open story and every indexed item would look years old at once and be dropped.
 *
 * <p>Method: the watermark is the largest event time that at least {@value #QUORUM} of the last
 * {@value #RECENT} dated articles reach (the {@value #QUORUM}rd-largest of them), and it never
 * goes back. A lone outlier, or two among {@value #RECENT}, cannot move it; a real jump (a stream
 * resumed after a pause) moves it after {@value #QUORUM} articles. Before {@value #QUORUM} dated
 * articles the watermark is {@code Long.MIN_VALUE} (unknown). Cost: O({@value #RECENT}) per dated
 * article, a copy of {@value #RECENT} longs. Failure mode: three mis-dated articles among
 * {@value #RECENT} consecutive dated ones still move it.
 *
 * @param watermark event time the stream has reached, or {@code Long.MIN_VALUE} while unknown
 * @param recent the event times of the latest dated articles, oldest first, at most {@value #RECENT}
 */
public record EventClock(long watermark, long[] recent) {
  /** Dated articles remembered. */
  public static final int RECENT = 16;
  /** Articles that must reach a time before the watermark does. */
  public static final int QUORUM = 3;

  public EventClock {
    if (recent == null || recent.length > RECENT) {
      throw new IllegalArgumentException("recent must hold at most " + RECENT + " times, got "
          + (recent == null ? "null" : recent.length));
    }
    recent = recent.clone();
  }

  /** A clock before any dated article. */
  public static EventClock start() {
    return new EventClock(Long.MIN_VALUE, new long[0]);
  }

  /** The clock after one more dated article with event time {@code t} (epoch seconds). */
  public EventClock tick(long t) {
    long[] next = recent.length < RECENT ? Arrays.copyOf(recent, recent.length + 1)
        : Arrays.copyOfRange(recent, 1, RECENT + 1);
    next[next.length - 1] = t;
    long w = watermark;
    if (next.length >= QUORUM) {
      long[] sorted = next.clone();
      Arrays.sort(sorted);
      w = Math.max(w, sorted[sorted.length - QUORUM]);
    }
    return new EventClock(w, next);
  }

  @Override
  public long[] recent() {
    return recent.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EventClock c && c.watermark == watermark && Arrays.equals(c.recent, recent);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(watermark) * 31 + Arrays.hashCode(recent);
  }

  @Override
  public String toString() {
    return "EventClock[watermark=" + watermark + ", recent=" + Arrays.toString(recent) + "]";
  }
}
