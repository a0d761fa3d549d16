package org.tidende.app;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tidende.ingest.IngestEvent;
import org.tidende.ingest.JsonLinesReader;
import org.tidende.ingest.TextDecoding;
import org.tidende.model.Article;

/**
 * The articles of one {@code POST /articles} body: a JSON object, a JSON array of objects, or JSON
 * Lines (one object per line). Each item becomes an article or a problem naming its item number,
 * line and field; a body that cannot be framed at all (invalid UTF-8, a broken array, not JSON) is
 * an {@link ApiError} 400, and more than {@code maxItems} items an {@link ApiError} 413.
 *
 * @param items one per item, in order
 */
record ArticleBatch(List<Item> items) {
  /** Reads the records as the JSON Lines reader does: an unreadable number date is reported as written ({@code 12.50}). */
  private static final com.fasterxml.jackson.databind.ObjectMapper READ = JsonLinesReader.recordMapper();

  static final String SOURCE = "http";
  private static final Pattern FIELD = Pattern.compile("field '([^']+)'");

  /**
   * One item of the body.
   *
   * @param index 1-based item number
   * @param line 1-based line in the body where the item starts (JSON Lines), else 0
   * @param article the article, or null when the item is invalid
   * @param problem why it is invalid ({@code field}, {@code reason}, ...), or null
   */
  record Item(int index, int line, Article article, Map<String, Object> problem) {}

  List<Map<String, Object>> problems() {
    return items.stream().filter(i -> i.problem() != null).map(Item::problem).toList();
  }

  List<Article> articles() {
    return items.stream().filter(i -> i.article() != null).map(Item::article).toList();
  }

  /** The start of a form-encoded body: {@code title=...}, {@code text=...&}. */
  private static final java.util.regex.Pattern FORM_FIELD = java.util.regex.Pattern.compile("[A-Za-z_][\\w.\\-]{0,40}=");

  static ArticleBatch parse(byte[] body, int maxItems) {
    TextDecoding.Decoded d = TextDecoding.utf8(body, 0, body.length);
    if (!d.ok()) {
      int line = 1;
      for (int i = 0; i < d.badOffset(); i++) {
        line += body[i] == '\n' ? 1 : 0;
      }
      throw new ApiError(400, "invalid body: not UTF-8 at byte " + d.badOffset() + " (line " + line + ")",
          List.of(Map.of("field", "body", "line", line, "byte", d.badOffset(), "reason", "invalid UTF-8")));
    }
    String text = d.text().startsWith("\uFEFF") ? d.text().substring(1) : d.text();
    String head = text.stripLeading();
    if (head.isEmpty()) {
      throw ApiError.badField("body", "body", "empty; send a JSON object, an array of objects, or JSON Lines");
    }
    List<Item> items = new ArrayList<>();
    if (head.charAt(0) == '[') {
      JsonNode root = readSingle(text);
      if (root.size() > maxItems) {
        throw tooMany(root.size(), maxItems);
      }
      int i = 0;
      for (JsonNode n : root) {
        i++;
        items.add(item(i, 0, n));
      }
    } else if (head.charAt(0) == '{') {
      JsonNode single = trySingle(text);
      if (single != null) {
        items.add(item(1, 0, single));
      } else {
        readLines(text, maxItems, items);
      }
    } else {
      // curl -d 'title=...&text=...' sends form fields, curl's default: say so and what to send instead
      boolean form = FORM_FIELD.matcher(head).lookingAt();
      throw ApiError.badField("body", "body", "not JSON: expected '{' or '[' first, got '" + Character.toString(head.codePointAt(0)) + "'"
          + (form ? " (the body reads as form fields, " + head.substring(0, head.indexOf('=') + 1)
              + "…; send the article as JSON: {\"title\": \"…\", \"text\": \"…\"})"
              : head.charAt(0) == '<' ? MARKUP : ""));
    }
    return new ArticleBatch(List.copyOf(items));
  }

  /**
   * What a body of markup (an HTML page, an RSS or Atom feed, which a user may well post) is told:
   * where such input is read. Before session 34's walk-through it was told only "got '<'".
   */
  static final String MARKUP = " (the body is markup, an HTML page or an RSS/Atom feed: POST /articles takes JSON; "
      + "a feed is polled with `tidende serve --feed URL`, and a page or feed file is read from the folder "
      + "`serve --watch DIR` watches or by `tidende ingest FILE`)";

  private static ApiError tooMany(int n, int max) {
    return new ApiError(413, "batch has " + (n > max ? "more than " + max : n) + " items; at most " + max + " per request",
        List.of(Map.of("field", "body", "reason", "at most " + max + " items")));
  }

  private static JsonNode readSingle(String text) {
    try (JsonParser p = READ.createParser(text)) {
      JsonNode root = p.readValueAsTree();
      if (p.nextToken() != null) {
        throw new ApiError(400, "invalid body: content after the JSON array at line " + p.currentLocation().getLineNr(),
            List.of(Map.of("field", "body", "line", p.currentLocation().getLineNr(), "reason", "content after the array")));
      }
      return root;
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      if (line < 1) { // a limit of the parser (nesting over 1,000 deep) has no location: not "line 0"
        throw new ApiError(400, "invalid body: malformed JSON: " + message(e), List.of(Map.of("field", "body", "reason", "malformed JSON: " + message(e))));
      }
      throw new ApiError(400, "invalid body: malformed JSON at line " + line + ": " + message(e),
          List.of(Map.of("field", "body", "line", line, "reason", "malformed JSON: " + message(e))));
    } catch (IOException e) {
      throw new ApiError(400, "invalid body: unreadable: " + e.getMessage());
    }
  }

  /** The body as one JSON object when it is exactly one, else null (then it is read as JSON Lines). */
  private static JsonNode trySingle(String text) {
    try (JsonParser p = READ.createParser(text)) {
      JsonNode n = p.readValueAsTree();
      JsonToken next = p.nextToken();
      return next == null ? n : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static void readLines(String text, int maxItems, List<Item> items) {
    String[] lines = text.split("\n", -1);
    int index = 0;
    for (int ln = 0; ln < lines.length; ln++) {
      String l = lines[ln].strip();
      if (l.isEmpty()) {
        continue;
      }
      if (++index > maxItems) {
        throw tooMany(index, maxItems);
      }
      try {
        items.add(item(index, ln + 1, READ.readTree(l)));
      } catch (JsonProcessingException e) {
        items.add(new Item(index, ln + 1, null, problem(index, ln + 1, "body", "malformed JSON: " + message(e))));
      }
    }
  }

  private static Item item(int index, int line, JsonNode node) {
    IngestEvent ev;
    try {
      ev = JsonLinesReader.fromNode(SOURCE, line > 0 ? line : index, node);
    } catch (IllegalArgumentException e) {
      return new Item(index, line, null, problem(index, line, "id", e.getMessage()));
    }
    return switch (ev) {
      case IngestEvent.Accepted a -> new Item(index, line, a.article(), null);
      case IngestEvent.Rejected r -> new Item(index, line, null, problem(index, line, fieldOf(r.rejection().reason()), r.rejection().reason()));
      case IngestEvent.Warning w -> new Item(index, line, null, problem(index, line, "body", w.message()));
      case IngestEvent.Note n -> new Item(index, line, null, problem(index, line, "body", n.message())); // not made for a JSON item
    };
  }

  private static String message(JsonProcessingException e) {
    return org.tidende.ingest.JsonLinesReader.message(e);
  }

  private static String fieldOf(String reason) {
    Matcher m = FIELD.matcher(reason);
    if (m.find()) {
      return m.group(1);
    }
    return reason.contains("title or text") ? "title" : "body";
  }

  private static Map<String, Object> problem(int index, int line, String field, String reason) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("item", index);
    if (line > 0) {
      p.put("line", line);
    }
    p.put("field", field);
    p.put("reason", reason);
    return p;
  }
}
