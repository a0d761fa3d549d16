package org.tidende.flink.live;

import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.tidende.flink.rows.ArticleRow;
import org.tidende.flink.rows.Dates;
import org.tidende.model.Rejection;

/**
 * Keyed by article id: passes the first copy of an id (the rule below) and drops the later ones
 * within {@code retentionMs} of event time, each named in {@link #REPEATED} as {@code file:line:
 * repeated id ID skipped} (a Kafka message as {@code kafka:TOPIC/PARTITION@OFFSET: repeated id ID
 * skipped}), the wording of the backfill and the command line, and counted in {@value #COUNT}.
 *
 * <p>Rule: the copy kept is the first in event order, except that an undated copy never displaces
 * a copy read before it in its stream (the files, read in path order, or one Kafka partition).
 * Dated copies count by their dates: a copy read later but dated earlier is kept and the one read
 * first named, as the backfill and the command line do. An undated copy has no date of its own: its
 * event time is its stream's clock ({@link StreamClock}: the third-newest of the stream's last
 * sixteen dates, so that one article dated far ahead drags no undated one with it), which lags the
 * newest dates, so an item repeated without a date after its dated original (a later file, a
 * feed's re-send without its date) came before the original in event order and was kept in its
 * place, losing the date, while the original's line was named in {@code rejected/} (found by a
 * reviewer, on a file of four dated lines, 08:00 to 12:00, the last the original, and a second file
 * with its undated copy: kept at 09:00). A user reads the undated line as the repeat, and the
 * stage now does too. The backfill and the command line time an undated row by the dated line
 * just before it ({@code Pipeline.inEventOrder}), so they keep the original there, but not when
 * that line is dated before the original (original at 12:00, a line of 11:00, then the undated
 * copy: they name the original's line; checked with the backfill); the live job keeps the
 * original in both.
 *
 * <p>Method: rows are taken in event-time order ({@link EventTimeOrdered}: time, then id, then
 * arrival), so the first handled is the earliest copy, and which copy is kept does not depend on
 * how Kafka partitions interleave, save for two copies of one time in two partitions (one stream
 * arrives in its own order). An undated copy is checked as it arrives ({@link #onArrival}): a copy
 * of its stream still waiting for the watermark with a later time was read before it (a stream
 * reaches this stage in its order, and an arrival is never behind the watermark), so the undated
 * one is dropped at once; that check sees only its own stream's copies, and those waiting with a
 * later time wait whatever the pacing, so it depends on the input alone. The first copy kept sets
 * a flag (its expiry time) in keyed state and an event-time timer at its time plus the retention;
 * the timer clears the flag, so state is bounded by the ids of one retention of event time, not by
 * all ids ever seen.
 *
 * <p>Why: downstream stages key their state by article id and the threading stage names a story
 * after the article that opens it; a second copy of an id was assigned again, opened a story under
 * the first copy's story id and was listed twice among its members. The retention the job uses is
 * {@link #retentionFor}: {@value #RETENTION_DAYS} days of event time, or the clustering window if
 * longer. It was the clustering window (5 days) alone: links reach back one window only ({@link
 * BlockStage}), but a story stays open while newer members keep it so, and a feed or a Kafka
 * producer that sends an item again a week later (an updated item under its id, a replay of a
 * topic's older offsets) had the copy assigned again, listed twice in a story still open or
 * opening a story under the id the first copy's story had. The backfill and the command line drop
 * every repeat; a bounded stage cannot, so it drops those within a retention chosen far beyond the
 * window and the life of most stories.
 *
 * <p>Decided (session 34), with the retention: the default stays {@value #RETENTION_DAYS} days and
 * {@code live --repeat-days D} (1 to {@value #MAX_RETENTION_DAYS}, {@link LiveOptions#repeatDays})
 * sets it. Why not longer by default, or for ever: the data shows no repeat that late (the four
 * Scandinavian archives repeat no id at all; the Norwegian feeds of January 2025 repeat 27 URLs,
 * each within its day), while the state is one id per article of the retention (below), and with
 * no retention it would grow with every article for ever. Why settable: a producer replaying a
 * topic's older offsets, or a feed sending items again months later, repeats ids as late as the
 * replay reaches, and its operator knows that reach; the harm of a late repeat (assigned again,
 * listed twice in a story still open, or a story opened under the first copy's story id) is then
 * avoided at a known cost of state. Since session 35 the threading stage, which holds the ids of
 * the open stories anyway, drops a copy whose story is still open whatever the retention ({@link
 * ThreadStage}); this stage, before clustering, sees no stories.
 *
 * <p>Cost: one keyed value (a long) and one event-time timer per id for one retention of event
 * time, and for an undated row a look over the copies of its id waiting (almost always none): at
 * the Danish front-page archive's rate (46,442 articles in a year, about 130 a day) some 4,000 ids,
 * at 10,000 articles a day 300,000 (of the order of 100 bytes each in the heap state backend: some
 * 30 MB); the row buffered until the watermark passes its time, as every stateful
 * stage of the job buffers it; one keyBy on the id (which also spreads the rows of the files'
 * single reading task over the analysing tasks).
 *
 * <p>Failure modes: a copy more than one retention after the first passes this stage. If the
 * first copy's story is still open (a story updated for more than {@value #RETENTION_DAYS} days),
 * the threading stage drops it as a repeat ({@link ThreadStage}, named and counted as here); if
 * that story has retired, it is a new article: assigned again at its own time, in a story of its
 * own, which is named {@code "s"} + id again if it opens one (the first copy's rows stay as they
 * were; until session 35 the decision stage, keyed by id, mixed the two copies' answers: both
 * assignments at the later copy's time and one story listing the id twice, {@link DecideStage});
 * a copy that arrives behind the watermark (possible only after a source's idleness
 * timeout) is judged on arrival, so if it is the earlier copy in event order, the later one has
 * already gone on and this one is dropped; an undated copy in one Kafka partition and a dated
 * copy in another are ranked by event time only (no order between the partitions is known), so
 * the undated one is kept if the clock of its partition is behind the other copy's date; an
 * undated copy read after a dated one dated far ahead (beyond the retention) is dropped as its
 * repeat, and the dated one kept when the clock reaches its date.
 */
public final class FirstOfIdStage extends EventTimeOrdered<String, ArticleRow, ArticleRow> {
  /** Later copies of an id, as text for a person. */
  public static final OutputTag<String> REPEATED = new OutputTag<>("repeated ids") {};
  /** Counter of rows dropped as a repeated id. */
  public static final String COUNT = "live.repeatedIds";
  /** Days of event time a first copy's id is kept at least by default ({@link #retentionFor}, {@code --repeat-days}). */
  public static final int RETENTION_DAYS = 30;
  /** Most days {@code --repeat-days} takes: ten years, beyond which the state is the whole archive's ids. */
  public static final int MAX_RETENTION_DAYS = 3_660;
  private final long retentionMs;

  /** The retention the live job uses by default: {@value #RETENTION_DAYS} days, or the clustering window {@code windowMs} if longer. */
  public static long retentionFor(long windowMs) {
    return retentionFor(windowMs, RETENTION_DAYS);
  }

  /** The retention for {@code days} ({@code --repeat-days}), or the clustering window {@code windowMs} if longer. */
  public static long retentionFor(long windowMs, int days) {
    return Math.max(windowMs, days * 86_400_000L);
  }
  private transient ValueState<Long> keptUntil;
  private transient LongCounter repeated;

  /** @param retentionMs how long (event time, ms) after a first copy a later one is still dropped; > 0 */
  public FirstOfIdStage(long retentionMs) {
    super(ArticleRow.class);
    if (retentionMs <= 0) {
      throw new IllegalArgumentException("retentionMs must be > 0, got " + retentionMs);
    }
    this.retentionMs = retentionMs;
  }

  @Override
  public void open(OpenContext ctx) throws Exception {
    super.open(ctx);
    keptUntil = getRuntimeContext().getState(new ValueStateDescriptor<>("keptUntil", Types.LONG));
    repeated = getRuntimeContext().getLongCounter(COUNT);
  }

  /**
   * An undated copy read after a copy of its stream that is later in event order (still waiting) is
   * a repeat of that copy: dropped now, so the copy read first is the one kept.
   */
  @Override
  protected boolean onArrival(ArticleRow row, long ts, Context ctx) throws Exception {
    if (row.datePrecision() != Dates.NONE) {
      return false;
    }
    String stream = InputLine.stream(row.file(), row.line());
    if (!anyWaiting(ts, w -> InputLine.stream(w.file(), w.line()).equals(stream))) {
      return false;
    }
    reject(row, ctx);
    return true;
  }

  @Override
  protected void handle(ArticleRow row, long ts, Context ctx, Collector<ArticleRow> out) throws Exception {
    if (keptUntil.value() != null) {
      reject(row, ctx);
      return;
    }
    long until = ts > Long.MAX_VALUE - retentionMs ? Long.MAX_VALUE : ts + retentionMs;
    keptUntil.update(until);
    ctx.timerService().registerEventTimeTimer(until);
    out.collect(row);
  }

  private void reject(ArticleRow row, Context ctx) {
    repeated.add(1);
    ctx.output(REPEATED, new Rejection(row.file(), row.line(), "repeated id " + row.id() + " skipped").toString());
  }

  /** Clears the flag once its retention has passed; a copy due at that very time was handled just before. */
  @Override
  protected void onClock(long timestamp, OnTimerContext ctx, Collector<ArticleRow> out) throws Exception {
    Long until = keptUntil.value();
    if (until != null && timestamp >= until) {
      keptUntil.clear();
    }
  }
}
