package org.tidende.flink.live;

import java.io.Serializable;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.tidende.flink.rows.ArticleRow;
import org.tidende.flink.rows.Dates;
import org.tidende.model.EventClock;

/**
 * Watermarks with bounded out-of-orderness behind core's {@link EventClock} instead of behind the
 * largest timestamp seen: Flink's {@code forBoundedOutOfOrderness} follows the maximum, so one
 * article dated years ahead by mistake would push the watermark there, fire every story's
 * retirement timer and make every later article late. Here a lone outlier (or two among the
 * last {@value EventClock#RECENT}) does not move the watermark. Timestamps are epoch milliseconds;
 * the clock works in seconds.
 *
 * <p>One generator follows one stream ({@link StreamClock}): it ticks on the stream's dated
 * articles (undated ones carry a time taken from the clock) and emits the watermark on the event
 * that moves it, not on Flink's periodic call, so where the watermarks fall among the articles is a
 * function of the stream alone; {@link LiveParse}, which keeps the same clock for the same stream,
 * knows which articles would be late and retimes them. Two forms: {@link #ofRows} after the parse
 * stage, on the rows' (already retimed) times, for the files; {@link #ofLines} in the Kafka source,
 * one generator per partition (Flink runs one per split), on the raw messages, reading each date
 * and retiming as the parse stage will. Emits nothing until the clock knows a time. Not
 * checkpointed (as Flink's own generators): after a restore it starts afresh, its clock behind the
 * parse stage's, so it emits lower watermarks, never one that makes a retimed article late.
 */
final class QuorumWatermarks<T> implements WatermarkGenerator<T> {
  /** The event's date in epoch seconds, or null if it ticks no clock (undated, unreadable). */
  interface DateOf<T> extends Serializable {
    Long seconds(T event, long timestamp);
  }

  private final DateOf<T> dateOf;
  private final StreamClock clock;
  private long emitted = Long.MIN_VALUE;

  private QuorumWatermarks(long outOfOrdernessMillis, DateOf<T> dateOf) {
    this.clock = new StreamClock(outOfOrdernessMillis);
    this.dateOf = dateOf;
  }

  /** For rows timed by the parse stage: the timestamp is the row's time, dated rows tick. */
  static QuorumWatermarks<ArticleRow> ofRows(long outOfOrdernessMillis) {
    return new QuorumWatermarks<>(outOfOrdernessMillis,
        (row, timestamp) -> row.datePrecision() == Dates.NONE ? null : Math.floorDiv(timestamp, 1000L));
  }

  /** For raw records of one stream: each is read as the parse stage reads it ({@link LiveParse#datedSeconds}). */
  static QuorumWatermarks<InputLine> ofLines(long outOfOrdernessMillis) {
    return new QuorumWatermarks<>(outOfOrdernessMillis, (line, timestamp) -> LiveParse.datedSeconds(line));
  }

  @Override
  public void onEvent(T event, long timestamp, WatermarkOutput output) {
    Long seconds = dateOf.seconds(event, timestamp);
    if (seconds == null) {
      return;
    }
    clock.dated(seconds);
    long w = clock.watermarkMillis();
    if (w > emitted) {
      emitted = w;
      output.emitWatermark(new Watermark(w));
    }
  }

  @Override
  public void onPeriodicEmit(WatermarkOutput output) {}
}
