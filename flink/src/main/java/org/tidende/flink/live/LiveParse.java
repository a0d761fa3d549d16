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

/**
 * One JSON Lines record (a line of a file, a Kafka message) to an {@link ArticleRow} with core's
 * {@link JsonLinesReader#fromNode}; unreadable records go to {@link #REJECTED} with the reason.
 * Undated articles take the time of the last dated one this task saw (0 before any).
 */
public final class LiveParse extends ProcessFunction<String, ArticleRow> {
  public static final OutputTag<String> REJECTED = new OutputTag<>("rejected") {};
  private static final ObjectMapper JSON = new ObjectMapper();
  private final String sourceName;
  private long carried;

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
        carried = a.date() != null ? a.date().epochSecond() : carried;
        out.collect(ArticleRow.of(a, 0, carried, carried));
      }
      case IngestEvent.Rejected r -> ctx.output(REJECTED, r.rejection().toString());
      case IngestEvent.Warning w -> ctx.output(REJECTED, "warning: " + w);
    }
  }
}
