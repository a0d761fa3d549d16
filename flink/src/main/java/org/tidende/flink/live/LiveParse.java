package org.tidende.flink.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.tidende.flink.rows.ArticleRow;
import org.tidende.ingest.IngestEvent;
import org.tidende.ingest.JsonLinesReader;
import org.tidende.model.Article;
import org.tidende.model.EventClock;
import org.tidende.model.Rejection;

/**
 * One JSON Lines record (a line of a file, a Kafka message) to an {@link ArticleRow} with core's
 * {@link JsonLinesReader#fromNode}; unreadable records go to {@link #REJECTED} as core's {@code
 * Rejection} prints them, {@code /in/fileB.jsonl:7: malformed JSON: ...} (for Kafka {@code
 * kafka:articles/3@1234: ...}, see {@link InputLine}), warnings as {@code warning: } and the same.
 * The article keeps its file and line as core's readers give them. Undated articles take the time
 * this task's dated articles have reached ({@link EventClock}, so not the time of one dated years
 * ahead by mistake), or the last dated time before the clock knows one (0 before any).
 *
 * <p>Late articles are retimed here, where their lateness is a function of the input alone: an
 * article dated at or behind the watermark that {@link QuorumWatermarks} has emitted on this task
 * (the clock's time less the out-of-orderness; the generator ticks the same clock with the same
 * times, one event at a time, so this task knows that watermark exactly) takes the first time after
 * it instead, counted in {@value #RETIMED} (its date stays as written; only its place in event
 * order moves). So no stage downstream ever sees a late element, and
 * every stage handles its input in (time, id) order whatever the pacing. Were lateness left to the
 * stages, it would depend on when Flink emitted a periodic watermark, that is, on the wall clock.
 */
public final class LiveParse extends ProcessFunction<InputLine, ArticleRow> implements CheckpointedFunction {
  /** Rejected records and warnings, as text for a person. */
  public static final OutputTag<String> REJECTED = new OutputTag<>("rejected") {};
  /** Counter of late articles given the first time after the watermark. */
  public static final String RETIMED = "live.lateArticlesRetimed";
  private static final ObjectMapper JSON = new ObjectMapper();
  private final long outOfOrdernessMillis;
  private long carried;
  private transient EventClock clock;
  private transient LongCounter retimed;
  private transient ListState<long[]> saved;

  /** @param outOfOrdernessMillis the watermark's distance behind the clock, as given to {@link QuorumWatermarks} */
  public LiveParse(long outOfOrdernessMillis) {
    if (outOfOrdernessMillis < 0) {
      throw new IllegalArgumentException("outOfOrdernessMillis must be >= 0, got " + outOfOrdernessMillis);
    }
    this.outOfOrdernessMillis = outOfOrdernessMillis;
  }

  @Override
  public void open(OpenContext ctx) {
    retimed = getRuntimeContext().getLongCounter(RETIMED);
  }

  /** Saves the clock and the carried time as {@code [carried, watermark, recent...]} (none before any dated article). */
  @Override
  public void snapshotState(FunctionSnapshotContext ctx) throws Exception {
    saved.clear();
    if (clock != null) {
      long[] recent = clock.recent();
      long[] s = new long[recent.length + 2];
      s[0] = carried;
      s[1] = clock.watermark();
      System.arraycopy(recent, 0, s, 2, recent.length);
      saved.add(s);
    }
  }

  /**
   * Restores the clock and the carried time, so a restored job retimes and dates as one never
   * stopped (with the same parallelism each task gets its own back; rescaled, a task takes the
   * saved clock that has come furthest). The watermark generator starts afresh, as Flink's own do:
   * its clock lags this one until {@value EventClock#RECENT} dated articles have passed, so it
   * emits lower watermarks, never one that would make a retimed article late.
   */
  @Override
  public void initializeState(FunctionInitializationContext ctx) throws Exception {
    saved = ctx.getOperatorStateStore().getListState(new ListStateDescriptor<>("clock", long[].class));
    if (ctx.isRestored()) {
      for (long[] s : saved.get()) {
        if (clock == null || s[1] > clock.watermark()) {
          carried = s[0];
          clock = new EventClock(s[1], java.util.Arrays.copyOfRange(s, 2, s.length));
        }
      }
    }
  }

  @Override
  public void processElement(InputLine line, Context ctx, Collector<ArticleRow> out) {
    if (line.warning() != null) {
      ctx.output(REJECTED, "warning: " + line.where() + ": " + line.warning());
    }
    if (line.text().isBlank()) {
      return;
    }
    JsonNode node;
    try {
      node = JSON.readTree(line.text());
    } catch (JsonProcessingException e) {
      ctx.output(REJECTED, new Rejection(line.file(), line.line(), "malformed JSON: " + e.getOriginalMessage()).toString());
      return;
    }
    switch (JsonLinesReader.fromNode(line.file(), line.line(), node)) {
      case IngestEvent.Accepted acc -> {
        Article a = acc.article();
        long t;
        if (a.date() != null) {
          t = a.date().epochSecond();
          if (clock != null && clock.watermark() != Long.MIN_VALUE) {
            long open = Math.floorDiv(QuorumWatermarks.watermarkMillis(clock.watermark(), outOfOrdernessMillis), 1000L) + 1;
            if (t < open) {
              t = open;
              retimed.add(1);
            }
          }
          clock = (clock == null ? EventClock.start() : clock).tick(t);
          carried = clock.watermark() != Long.MIN_VALUE ? clock.watermark() : t;
        } else {
          t = carried;
        }
        out.collect(ArticleRow.of(a, 0, t, t));
      }
      case IngestEvent.Rejected r -> ctx.output(REJECTED, r.rejection().toString());
      case IngestEvent.Warning w -> ctx.output(REJECTED, "warning: " + w);
    }
  }
}
