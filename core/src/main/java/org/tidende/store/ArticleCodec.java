package org.tidende.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import org.tidende.model.Article;
import org.tidende.model.ArticleDate;
import org.tidende.model.ArticleId;
import org.tidende.model.Language;
import org.tidende.model.StoryId;

/**
 * The one on-disk JSON form of an {@link Article} (write-ahead log and index), lossless: every
 * field, the date with its precision and the inferred flag, and the labels. Thread-safe.
 *
 * <p>Shape: {@code {"id","file","line","url","source","title","text","date","date_offset",
 * "date_inferred","declared_language","labels":{...}}}; absent values are omitted. {@code date} is
 * {@link ArticleDate#written()} (a time the source gave with an offset on its clock with that
 * offset, {@code 2025-03-11T16:05+01:00}), {@code date_offset} the offset the source wrote ({@code
 * "Z"}, {@code "+01:00"}). Records written before {@code date} carried the offset hold the UTC time
 * there ({@code 2025-03-11T15:05}) and the offset in {@code date_offset} and read to the same date;
 * records written before {@code date_offset} existed lack both and read as before, with the time
 * taken as local.
 */
public final class ArticleCodec {
  static final ObjectMapper JSON = new ObjectMapper();

  private ArticleCodec() {}

  /** The article as a JSON object. */
  public static ObjectNode encode(Article a) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", a.id().value());
    o.put("file", a.file());
    if (a.line() > 0) {
      o.put("line", a.line());
    }
    putIfPresent(o, "url", a.url());
    putIfPresent(o, "source", a.source());
    o.put("title", a.title());
    o.put("text", a.text());
    if (a.date() != null) {
      o.put("date", a.date().written());
      if (a.date().offset() != null) {
        o.put("date_offset", a.date().offset().getId());
      }
      if (a.date().inferred()) {
        o.put("date_inferred", true);
      }
    }
    if (a.declaredLanguage().isKnown()) {
      o.put("declared_language", a.declaredLanguage().code());
    }
    if (!a.labels().isEmpty()) {
      ObjectNode l = o.putObject("labels");
      a.labels().forEach(l::put);
    }
    return o;
  }

  /**
   * Reads what {@link #encode} wrote.
   *
   * @throws IllegalArgumentException when a required field is missing or malformed (a corrupt record)
   */
  public static Article decode(JsonNode o) {
    if (o == null || !o.isObject() || !o.hasNonNull("id") || !o.hasNonNull("file")) {
      throw new IllegalArgumentException("stored article lacks id or file: " + o);
    }
    ArticleDate date = null;
    if (o.hasNonNull("date")) {
      date = ArticleDate.parse(o.get("date").asText())
          .orElseThrow(() -> new IllegalArgumentException("stored date unreadable: " + o.get("date")));
      if (o.hasNonNull("date_offset") && date.precision() == ArticleDate.Precision.TIME) {
        try {
          date = date.withOffset(ZoneOffset.of(o.get("date_offset").asText()));
        } catch (DateTimeException e) {
          throw new IllegalArgumentException("stored date offset unreadable: " + o.get("date_offset"), e);
        }
      }
      if (o.path("date_inferred").asBoolean(false)) {
        date = date.asInferred();
      }
    }
    Map<String, String> labels = new TreeMap<>();
    JsonNode l = o.get("labels");
    if (l != null && l.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = l.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        labels.put(e.getKey(), e.getValue().asText());
      }
    }
    return new Article(new ArticleId(o.get("id").asText()), o.get("file").asText(), o.path("line").asInt(0),
        text(o, "url"), text(o, "source"), o.path("title").asText(""), o.path("text").asText(""), date,
        o.hasNonNull("declared_language") ? Language.parse(o.get("declared_language").asText()) : Language.UND, labels);
  }

  /** A stored article with what the archive learnt about it, as JSON (the API's article shape). */
  public static ObjectNode encode(StoredArticle s) {
    ObjectNode o = encode(s.article());
    o.put("language", s.language().code());
    o.put("story", s.story().value());
    o.put("seq", s.seq());
    o.put("received", Instant.ofEpochMilli(s.receivedMillis()).toString());
    return o;
  }

  /** Reads what {@link #encode(StoredArticle)} wrote. */
  public static StoredArticle decodeStored(JsonNode o) {
    return new StoredArticle(decode(o), Language.parse(o.path("language").asText(null)),
        new StoryId(o.path("story").asText()), o.path("seq").asLong(),
        Instant.parse(o.path("received").asText("1970-01-01T00:00:00Z")).toEpochMilli());
  }

  private static String text(JsonNode o, String f) {
    return o.hasNonNull(f) ? o.get(f).asText() : null;
  }

  private static void putIfPresent(ObjectNode o, String f, String v) {
    if (v != null) {
      o.put(f, v);
    }
  }
}
