package org.tidende.flink.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 */
public final class LiveParse extends ProcessFunction<InputLine, ArticleRow> {
  /** Rejected records and warnings, as text for a person. */
  public static final OutputTag<String> REJECTED = new OutputTag<>("rejected") {};
  private static final ObjectMapper JSON = new ObjectMapper();
  private long carried;
  private transient EventClock clock;

  @Override
  public void processElement(InputLine line, Context ctx, Collector<ArticleRow> out) {
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
