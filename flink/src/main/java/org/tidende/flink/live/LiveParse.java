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

/**
 * One JSON Lines record (a line of a file, a Kafka message) to an {@link ArticleRow} with core's
 * {@link JsonLinesReader#fromNode}; unreadable records go to {@link #REJECTED} with the reason.
 * Undated articles take the time this task's dated articles have reached ({@link EventClock}, so
 * not the time of one dated years ahead by mistake), or the last dated time before the clock
 * knows one (0 before any).
 */
public final class LiveParse extends ProcessFunction<String, ArticleRow> {
  public static final OutputTag<String> REJECTED = new OutputTag<>("rejected") {};
  private static final ObjectMapper JSON = new ObjectMapper();
  private final String sourceName;
  private long carried;
  private transient EventClock clock;

  public LiveParse(String sourceName) {
    this.sourceName = sourceName;
  }

  @Override
  public void processElement(String line, Context ctx, Collector<ArticleRow> out) {
    if (line.isBlank()) {
      return;
    }
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      ctx.output(REJECTED, sourceName + ": malformed JSON: " + e.getOriginalMessage());
      return;
    }
    switch (JsonLinesReader.fromNode(sourceName, 0, node)) {
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
