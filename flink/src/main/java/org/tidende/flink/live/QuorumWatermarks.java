package org.tidende.flink.live;

import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.tidende.model.EventClock;

/**
 * Watermarks with bounded out-of-orderness behind core's {@link EventClock} instead of behind the
 * largest timestamp seen: Flink's {@code forBoundedOutOfOrderness} follows the maximum, so one
 * article dated years ahead by mistake would push the watermark there, fire every story's
 * retirement timer and make every later article late. Here a lone outlier (or two among the
 * last {@value EventClock#RECENT}) does not move the watermark. Timestamps are epoch milliseconds;
 * the clock works in seconds. Emits nothing until the clock knows a time. Per source split, not
 * checkpointed (as Flink's own generators).
 */
final class QuorumWatermarks<T> implements WatermarkGenerator<T> {
  private final long outOfOrdernessMillis;
  private EventClock clock = EventClock.start();

  QuorumWatermarks(long outOfOrdernessMillis) {
    this.outOfOrdernessMillis = outOfOrdernessMillis;
  }

  @Override
  public void onEvent(T event, long timestamp, WatermarkOutput output) {
    clock = clock.tick(Math.floorDiv(timestamp, 1000L));
  }

  @Override
  public void onPeriodicEmit(WatermarkOutput output) {
    long w = clock.watermark();
    if (w != Long.MIN_VALUE) {
      output.emitWatermark(new Watermark(w * 1000 - outOfOrdernessMillis - 1));
    }
  }
}
