package org.tidende.flink.live;

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
 * <p>The clock ticks on dated articles only (undated ones carry a time taken from it), and the
 * watermark is emitted on the event that moves it, not on Flink's periodic call: so where the
 * watermarks fall among the articles is a function of the input alone, and {@link LiveParse}, which
 * ticks the same clock with the same times just before, knows which articles would be late and
 * retimes them. Emits nothing until the clock knows a time. Per source subtask, not checkpointed
 * (as Flink's own generators).
 */
final class QuorumWatermarks implements WatermarkGenerator<ArticleRow> {
  private final long outOfOrdernessMillis;
  private EventClock clock = EventClock.start();
  private long emitted = Long.MIN_VALUE;

  QuorumWatermarks(long outOfOrdernessMillis) {
    this.outOfOrdernessMillis = outOfOrdernessMillis;
  }

  /** The watermark (epoch ms) for a clock at {@code clockSeconds}: at or before it, an article is late. */
  static long watermarkMillis(long clockSeconds, long outOfOrdernessMillis) {
    return clockSeconds * 1000 - outOfOrdernessMillis - 1;
  }

  @Override
  public void onEvent(ArticleRow row, long timestamp, WatermarkOutput output) {
    if (row.datePrecision() == Dates.NONE) {
      return;
    }
    clock = clock.tick(Math.floorDiv(timestamp, 1000L));
    if (clock.watermark() != Long.MIN_VALUE) {
      long w = watermarkMillis(clock.watermark(), outOfOrdernessMillis);
      if (w > emitted) {
        emitted = w;
        output.emitWatermark(new Watermark(w));
      }
    }
  }

  @Override
  public void onPeriodicEmit(WatermarkOutput output) {}
}
