package org.tidende.flink.live;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * A keyed stage that sees its elements in event-time order whatever order they arrive in: each
 * element waits in keyed state until the watermark passes its timestamp, then elements of the
 * same timestamp are handled sorted by id. So a stage's decisions depend on the input and the
 * event times only, not on how parallel upstream tasks interleave, which is what makes a restored
 * job give the same stories as an uninterrupted one.
 *
 * <p>Late elements (timestamp at or behind the watermark) are handled at once, never dropped, and
 * counted in {@value #LATE}; where they fall then depends on when the watermark came, so on task
 * pacing. The live job gives none: {@link LiveParse} times each article by the clock of its stream
 * (a Kafka partition, or the files), never at or behind that stream's watermark, and the job's
 * watermark is the minimum over the streams' ({@link StreamClock}). They can still come when a
 * stream wakes after being marked idle (no input for a minute of wall-clock time) and brings
 * articles behind what the other streams have reached.
 *
 * <p>Subclasses implement {@link #handle} and may use event-time timers of their own, which end in
 * {@link #onClock}; one that must settle an element by what arrived before it rather than by event
 * time ({@link FirstOfIdStage}: an undated repeat of a copy read earlier) does so in {@link
 * #onArrival}, seeing the elements still waiting ({@link #anyWaiting}).
 */
public abstract class EventTimeOrdered<K, I extends Identified, O> extends KeyedProcessFunction<K, I, O> {
  public static final String LATE = "live.lateElements";
  private final Class<I> type;
  private transient MapState<Long, List<I>> waiting;
  private transient LongCounter late;

  protected EventTimeOrdered(Class<I> type) {
    this.type = type;
  }

  @Override
  public void open(OpenContext ctx) throws Exception {
    waiting = getRuntimeContext().getMapState(
        new MapStateDescriptor<>("waiting", Types.LONG, Types.LIST(TypeInformation.of(type))));
    late = getRuntimeContext().getLongCounter(LATE);
  }

  /** Handles one element in event-time order; the timer service is the current key's. */
  protected abstract void handle(I element, long timestamp, Context ctx, Collector<O> out) throws Exception;

  /** Called when an event-time timer fires, after the elements due at that time were handled. */
  protected void onClock(long timestamp, OnTimerContext ctx, Collector<O> out) throws Exception {}

  /**
   * Called as an element arrives, before it waits for the watermark: true if the stage has dealt
   * with it there and then (it is then neither buffered nor given to {@link #handle}). What is
   * decided here must not depend on the pacing: the elements waiting ({@link #anyWaiting}) are, of
   * those that arrived before this one, exactly the ones later in event order than the watermark.
   */
  protected boolean onArrival(I element, long timestamp, Context ctx) throws Exception {
    return false;
  }

  /** True if an element of the current key waiting for the watermark, due after {@code after}, passes {@code test}. */
  protected final boolean anyWaiting(long after, Predicate<I> test) throws Exception {
    for (Map.Entry<Long, List<I>> e : waiting.entries()) {
      if (e.getKey() > after && e.getValue().stream().anyMatch(test)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public final void processElement(I e, Context ctx, Collector<O> out) throws Exception {
    long ts = ctx.timestamp() == null ? Long.MIN_VALUE : ctx.timestamp();
    if (onArrival(e, ts, ctx)) {
      return;
    }
    if (ts <= ctx.timerService().currentWatermark()) {
      late.add(1);
      handle(e, ts, ctx, out);
      return;
    }
    List<I> list = waiting.get(ts);
    if (list == null) {
      list = new ArrayList<>(1);
      ctx.timerService().registerEventTimeTimer(ts);
    }
    list.add(e);
    waiting.put(ts, list);
  }

  @Override
  public final void onTimer(long timestamp, OnTimerContext ctx, Collector<O> out) throws Exception {
    List<I> due = waiting.get(timestamp);
    if (due != null) {
      waiting.remove(timestamp);
      due.sort(Comparator.comparing(Identified::id));
      for (I e : due) {
        handle(e, timestamp, ctx, out);
      }
    }
    onClock(timestamp, ctx, out);
  }
}
