package org.tidende.flink.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

/**
 * One JSON Lines record (a line of a file, a Kafka message) to an {@link ArticleRow} with core's
 * {@link JsonLinesReader#fromNode}; unreadable records go to {@link #REJECTED} as core's {@code
 * Rejection} prints them, {@code /in/fileB.jsonl:7: malformed JSON: ...} (for Kafka {@code
 * kafka:articles/3@1234: ...}, see {@link InputLine}), warnings as {@code warning: } and the same.
 * The article keeps its file and line as core's readers give them.
 *
 * <p>Each article gets its event time from the clock of its stream ({@link InputLine#stream()}: a
 * Kafka partition, or the files), {@link StreamClock}: its date, or, if that is at or behind the
 * watermark the stream's {@link QuorumWatermarks} has emitted (the generator ticks the same clock
 * with the same times, one event at a time, so this stage knows that watermark exactly), the first
 * second after it, counted in {@value #RETIMED} (its date stays as written; only its place in event
 * order moves); undated articles take the time the stream's clock has reached. So no stage
 * downstream ever sees a late element, and every stage handles its input in (time, id) order
 * whatever the pacing. Were lateness left to the stages, it would depend on when Flink emitted a
 * periodic watermark, that is, on the wall clock; were the clock kept per task rather than per
 * stream, on how the streams a task reads interleave.
 */
public final class LiveParse extends ProcessFunction<InputLine, ArticleRow> implements CheckpointedFunction {
  /** Rejected records and warnings, as text for a person. */
  public static final OutputTag<String> REJECTED = new OutputTag<>("rejected") {};
  /** Counter of late articles given the first time after the watermark. */
  public static final String RETIMED = "live.lateArticlesRetimed";
  /**
   * One value a record: a line with more ({@code {...}{...}}, or junk after the object) is rejected
   * with its reason. Core's reader takes every object of such a line, but here a record is one
   * article, ticking its stream's clock once as the watermark generators tick it; keeping only the
   * first, as a plain {@code readTree} does, dropped the rest without a word.
   */
  private static final ObjectReader JSON = new ObjectMapper().reader()
      .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private final long outOfOrdernessMillis;
  private transient Map<String, StreamClock> clocks;
  private transient LongCounter retimed;
  private transient ListState<StreamClock.Saved> saved;

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

  /** Saves the clock of every stream this task knows (read, or restored). */
  @Override
  public void snapshotState(FunctionSnapshotContext ctx) throws Exception {
    List<StreamClock.Saved> all = new ArrayList<>(clocks.size());
    clocks.forEach((stream, clock) -> all.add(clock.save(stream)));
    saved.update(all);
  }

  /**
   * Restores every stream's clock, so a restored job times articles as one never stopped. The
   * clocks are union state: each task gets what all tasks saved and keeps, per stream, the copy
   * that has taken the most dated articles (a task that restored a stream's clock but does not read
   * the stream saves it unchanged), so each Kafka partition finds its clock whichever task reads
   * it after the restore, at any parallelism. The watermark generators start afresh, as Flink's own
   * do: theirs lag these clocks until {@value EventClock#RECENT} dated articles have passed, so they
   * emit lower watermarks, never one that would make a retimed article late.
   */
  @Override
  public void initializeState(FunctionInitializationContext ctx) throws Exception {
    saved = ctx.getOperatorStateStore().getUnionListState(new ListStateDescriptor<>("stream-clocks", StreamClock.Saved.class));
    clocks = new HashMap<>();
    if (ctx.isRestored()) {
      Map<String, StreamClock.Saved> latest = new HashMap<>();
      for (StreamClock.Saved s : saved.get()) {
        latest.merge(s.stream(), s, (a, b) -> b.ticks() > a.ticks() ? b : a);
      }
      latest.forEach((stream, s) -> clocks.put(stream, StreamClock.restore(s, outOfOrdernessMillis)));
    }
  }

  @Override
  public void processElement(InputLine line, Context ctx, Collector<ArticleRow> out) {
    if (line.warning() != null) {
      ctx.output(REJECTED, "warning: " + line.where() + ": " + line.warning());
    }
    IngestEvent read = read(line);
    switch (read) {
      case null -> {}
      case IngestEvent.Accepted acc -> {
        Article a = acc.article();
        StreamClock clock = clocks.computeIfAbsent(line.stream(), s -> new StreamClock(outOfOrdernessMillis));
        long t;
        if (a.date() != null) {
          t = clock.dated(a.date().epochSecond());
          if (t != a.date().epochSecond()) {
            retimed.add(1);
          }
        } else {
          t = clock.undated();
        }
        out.collect(ArticleRow.of(a, 0, t, t));
      }
      case IngestEvent.Rejected r -> ctx.output(REJECTED, r.rejection().toString());
      case IngestEvent.Warning w -> ctx.output(REJECTED, "warning: " + w);
      case IngestEvent.Note n -> { } // a folder's README skipped: nothing lost, nothing to report per line
    }
  }

  /**
   * The date (epoch seconds) of the article {@code line} holds, or null if it holds none that ticks
   * a clock (blank, unreadable, rejected, undated): what the Kafka source's watermark generators
   * read, one per partition, exactly as this stage reads the same record.
   */
  static Long datedSeconds(InputLine line) {
    return read(line) instanceof IngestEvent.Accepted acc && acc.article().date() != null
        ? acc.article().date().epochSecond() : null;
  }

  /** The record read as core reads a line of JSON Lines, or null if it is blank. */
  private static IngestEvent read(InputLine line) {
    if (line.text().isBlank()) {
      return null;
    }
    JsonNode node;
    try {
      node = JSON.readTree(line.text());
    } catch (MismatchedInputException e) {
      if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token")) {
        return IngestEvent.reject(line.file(), line.line(), "malformed JSON: more than one value on the line, or text after "
            + "the object (the live job reads one record a line; `tidende ingest` reads each object of such a line)");
      }
      return IngestEvent.reject(line.file(), line.line(), "malformed JSON: " + e.getOriginalMessage());
    } catch (JsonProcessingException e) {
      return IngestEvent.reject(line.file(), line.line(), "malformed JSON: " + e.getOriginalMessage());
    }
    return JsonLinesReader.fromNode(line.file(), line.line(), node);
  }
}
