package org.tidende.flink.live;

import java.util.Objects;
import org.tidende.model.EventClock;

/**
 * The event clock of one input stream, and the event time it gives each article of that stream.
 * A stream is what is read in a fixed order: one Kafka partition, or the live job's files (read by
 * one task in path order, {@link PathOrderSplits}). Not thread-safe.
 *
 * <p>Method: core's {@link EventClock} ticks on the stream's dated articles (the time at least
 * three of the last sixteen reach, so a date years ahead by mistake does not move it); the
 * watermark is the clock less the out-of-orderness ({@link #watermarkMillis}). A dated article at
 * or behind that watermark takes the first second after it instead of its date (it is late: had it
 * kept its date, a stage downstream would get it behind the watermark and handle it on arrival, so
 * where it fell would depend on the pacing); an undated article takes the time the clock has
 * reached, or the last dated time before the clock knows one (0 before any). So an article's time
 * is a function of the articles before it in its stream, and of nothing else: not of how several
 * streams interleave, nor of which task reads them.
 *
 * <p>Why per stream: the job's watermark is the minimum over the streams' watermarks (Flink's Kafka
 * source runs a watermark generator per partition and emits the minimum over its partitions; the
 * tasks downstream take the minimum over their inputs). An article is never behind its own stream's
 * watermark, so never behind that minimum: no stage sees it late, and each stage, which takes its
 * input in (time, id) order ({@link EventTimeOrdered}), sees the same sequence whatever the
 * interleaving. One clock over several streams (as a Kafka reading task had before) made the times
 * depend on how the streams' records interleaved on arrival. Cost: one {@link EventClock#tick}, a
 * copy and sort of sixteen longs, per dated article. Failure mode: a stream idle past the source's
 * idleness timeout is left out of the minimum, and what it sends on waking can be behind the
 * others' watermark (handled on arrival, counted in {@value EventTimeOrdered#LATE}).
 */
final class StreamClock {
  private final long outOfOrdernessMillis;
  private EventClock clock;
  private long carried;
  private long ticks;

  /** A stream before any article. */
  StreamClock(long outOfOrdernessMillis) {
    this(outOfOrdernessMillis, EventClock.start(), 0, 0);
  }

  private StreamClock(long outOfOrdernessMillis, EventClock clock, long carried, long ticks) {
    if (outOfOrdernessMillis < 0) {
      throw new IllegalArgumentException("outOfOrdernessMillis must be >= 0, got " + outOfOrdernessMillis);
    }
    this.outOfOrdernessMillis = outOfOrdernessMillis;
    this.clock = Objects.requireNonNull(clock, "clock");
    this.carried = carried;
    this.ticks = ticks;
  }

  /** The watermark (epoch ms) for a clock at {@code clockSeconds}: at or before it, an article is late. */
  static long watermarkMillis(long clockSeconds, long outOfOrdernessMillis) {
    return clockSeconds * 1000 - outOfOrdernessMillis - 1;
  }

  /**
   * The event time (epoch seconds) of the stream's next article, dated {@code seconds}: its date,
   * or the first second after the watermark if it is at or behind it. Ticks the clock.
   */
  long dated(long seconds) {
    long t = seconds;
    long w = watermarkMillis();
    if (w != Long.MIN_VALUE) {
      t = Math.max(t, Math.floorDiv(w, 1000L) + 1);
    }
    clock = clock.tick(t);
    carried = clock.watermark() != Long.MIN_VALUE ? clock.watermark() : t;
    ticks++;
    return t;
  }

  /** The event time (epoch seconds) of the stream's next article if it is undated. */
  long undated() {
    return carried;
  }

  /** The stream's watermark (epoch ms), or {@code Long.MIN_VALUE} before the clock knows a time. */
  long watermarkMillis() {
    return clock.watermark() == Long.MIN_VALUE ? Long.MIN_VALUE
        : watermarkMillis(clock.watermark(), outOfOrdernessMillis);
  }

  /** The clock as saved in a checkpoint. */
  Saved save(String stream) {
    return new Saved(stream, ticks, carried, clock.watermark(), clock.recent());
  }

  /** The clock as it was saved. */
  static StreamClock restore(Saved s, long outOfOrdernessMillis) {
    return new StreamClock(outOfOrdernessMillis, new EventClock(s.watermark(), s.recent()), s.carried(), s.ticks());
  }

  /**
   * A stream's clock in a checkpoint. {@code ticks} counts the dated articles the clock has taken:
   * of two saved copies of one stream's clock, the one with more ticks is the later (equal counts,
   * equal clocks), which is how a restored job picks each stream's clock from what all tasks saved.
   *
   * @param stream the stream ({@link InputLine#stream()})
   * @param ticks dated articles taken
   * @param carried the time undated articles take (epoch s)
   * @param watermark the clock's time (epoch s), or {@code Long.MIN_VALUE}
   * @param recent the clock's latest dated times, oldest first
   */
  record Saved(String stream, long ticks, long carried, long watermark, long[] recent) {}
}
