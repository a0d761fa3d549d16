package org.tidende.flink.backfill;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tidende.flink.dedup.DuplicateAssignment;
import org.tidende.flink.rows.ArticleRow;
import org.tidende.flink.rows.Dates;
import org.tidende.model.ArticleDate;

/**
 * One output line per article: its input fields (id, file, line, date, lang, source, url, title,
 * labels; not the text) with {@code duplicate_group} (canonical id), {@code duplicate_of}, {@code
 * duplicate_kind}, {@code duplicate_similarity}, {@code story}, {@code story_opened} and {@code
 * story_similarity}. Stateless.
 */
public final class ResultJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ResultJson() {}

  /** The JSON line of a merged result (row present). */
  public static String of(ArticleResult r) {
    ArticleRow row = r.row();
    ObjectNode o = JSON.createObjectNode();
    o.put("id", row.id());
    o.put("file", row.file());
    o.put("line", row.line());
    ArticleDate d = Dates.of(row.datePrecision(), row.dateDay(), row.dateNanos(), row.dateInferred(), row.dateOffset());
    o.put("date", d == null ? null : d.written());
    o.put("lang", row.lang());
    o.put("source", row.source());
    o.put("url", row.url());
    o.put("title", row.title());
    if (row.labels().length > 0) {
      ObjectNode labels = o.putObject("labels");
      for (int i = 0; i + 1 < row.labels().length; i += 2) {
        labels.put(row.labels()[i], row.labels()[i + 1]);
      }
    }
    DuplicateAssignment dup = r.dup() == null ? DuplicateAssignment.canonical(row.id()) : r.dup();
    o.put("duplicate_group", dup.canonical());
    o.put("duplicate_of", dup.of());
    o.put("duplicate_kind", dup.kind());
    o.put("duplicate_similarity", dup.similarity());
    o.put("story", r.story() == null ? null : r.story().story());
    o.put("story_opened", r.story() != null && r.story().opened());
    o.put("story_similarity", r.story() == null ? 0 : r.story().similarity());
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings and numbers always serialises", e);
    }
  }
}
