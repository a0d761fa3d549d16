package org.tidende.app;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tidende.ingest.IngestEvent;
import org.tidende.ingest.JsonLinesReader;
import org.tidende.ingest.TextDecoding;
import org.tidende.model.Article;

/**
 * The articles of one {@code POST /articles} body: a JSON object, a JSON array of objects, or JSON
 * Lines (one object per line); an object wrapping its articles in one array field (an API response
 * saved whole, {@code {"status": "ok", "articles": [...]}}) is that array, as {@code tidende ingest}
 * reads such a file (until session 37 the API refused it, "no title or text"). Each item becomes an article or a problem naming its item number,
 * line and field; a body that cannot be framed at all (a broken array, not JSON, bytes that are
 * neither UTF-8 nor text in Windows-1252) is an {@link ApiError} 400, and more than {@code maxItems}
 * items an {@link ApiError} 413.
 *
 * <p>A body of valid UTF-8 is read as UTF-8; one that is not, in the charset its {@code
 * Content-Type} names ({@code charset=windows-1252}), without a warning; one that names none, or
 * UTF-8, is read as UTF-8 where its bytes are, else byte by byte as
 * Windows-1252 ({@link TextDecoding#lenient}), with a warning: for the body ({@link #warning}) and
 * for each JSON Lines item whose line held such bytes. So a file of legacy bytes posted as it is
 * ({@code curl --data-binary @old.jsonl}) is read as {@code tidende ingest old.jsonl} and the folder
 * {@code serve --watch} watches read it; until session 34 the API refused it outright ("not UTF-8
 * at byte N"), the CLI read it, and the same file gave an article on one path and a 400 on the other.
 *
 * @param items one per item, in order
 * @param warning what the body as a whole is told (read as Windows-1252 at byte N), or null
 */
record ArticleBatch(List<Item> items, String warning) {
  /** Reads the records as the JSON Lines reader does: an unreadable number date is reported as written ({@code 12.50}). */
  private static final ObjectMapper READ = JsonLinesReader.recordMapper();

  static final String SOURCE = "http";
  private static final Pattern FIELD = Pattern.compile("field '([^']+)'");

  /**
   * One item of the body.
   *
   * @param index 1-based item number
   * @param line 1-based line in the body where the item starts (JSON Lines), else 0
   * @param article the article, or null when the item is invalid
   * @param problem why it is invalid ({@code field}, {@code reason}, ...), or null
   * @param warning what the item's bytes were read as, when not UTF-8 (JSON Lines), or null
   */
  record Item(int index, int line, Article article, Map<String, Object> problem, String warning) {
    Item(int index, int line, Article article, Map<String, Object> problem) {
      this(index, line, article, problem, null);
    }
  }

  List<Map<String, Object>> problems() {
    return items.stream().filter(i -> i.problem() != null).map(Item::problem).toList();
  }

  List<Article> articles() {
    return items.stream().filter(i -> i.article() != null).map(Item::article).toList();
  }

  /** The start of a form-encoded body: {@code title=...}, {@code text=...&}. */
  private static final Pattern FORM_FIELD = Pattern.compile("[A-Za-z_][\\w.\\-]{0,40}=");

  static ArticleBatch parse(byte[] body, int maxItems) {
    return parse(body, null, maxItems);
  }

  /**
   * The batch of {@code body}: UTF-8 when its bytes are UTF-8; else in {@code charset} (the
   * request's {@code Content-Type} parameter) when it names one Java knows; else UTF-8 where the
   * bytes are, Windows-1252 where not, with a warning. Valid UTF-8 wins over a declared charset:
   * the bytes of Latin-1 text are next to never valid UTF-8, and a server's default charset for a
   * content type is no declaration of the client's.
   */
  static ArticleBatch parse(byte[] body, String charset, int maxItems) {
    Charset declared = declared(charset);
    String text;
    String warning = null;
    Set<Integer> legacyLines = Set.of();
    TextDecoding.Decoded d = TextDecoding.utf8(body, 0, body.length);
    if (d.ok()) {
      text = d.text();
    } else if (declared != null) {
      text = new String(body, declared);
    } else {
      int line = lineAt(body, d.badOffset());
      TextDecoding.Decoded legacy = TextDecoding.lenient(body, 0, body.length);
      if (legacy.text() == null) {
        throw new ApiError(400, "invalid body: not UTF-8 at byte " + d.badOffset() + " (line " + line
            + "), nor text in Windows-1252; send UTF-8, or name the charset (Content-Type: application/json; charset=...)",
            List.of(Map.of("field", "body", "line", line, "byte", d.badOffset(), "reason", "invalid UTF-8")));
      }
      text = legacy.text();
      warning = "invalid UTF-8 at byte " + d.badOffset() + " (line " + line + "); the bytes that are not UTF-8 were read as "
          + "Windows-1252 (send UTF-8, or name the charset: Content-Type: application/json; charset=...)";
      legacyLines = legacyLines(body);
    }
    String head = text.stripLeading();
    if (head.isEmpty()) {
      throw ApiError.badField("body", "body", "empty; send a JSON object, an array of objects, or JSON Lines");
    }
    List<Item> items = new ArrayList<>();
    if (head.charAt(0) == '[' && trySingle(text) == null && firstLineIsArray(head)) {
      // JSON Lines whose first line holds an array of records ([{...}, {...}] a line): line by line, as ingest reads them
      readLines(text, maxItems, items, legacyLines);
    } else if (head.charAt(0) == '[') {
      addAll(readSingle(text), maxItems, items);
    } else if (head.charAt(0) == '{') {
      JsonNode single = trySingle(text);
      // an API response saved whole, {"status": "ok", "articles": [...]}: its articles, as ingest reads the file
      JsonNode wrapped = JsonLinesReader.wrappedItems(single);
      if (wrapped != null) {
        addAll(wrapped, maxItems, items);
      } else if (single != null) {
        items.add(item(1, 0, single));
      } else {
        readLines(text, maxItems, items, legacyLines);
      }
    } else {
      // curl -d 'title=...&text=...' sends form fields, curl's default: say so and what to send instead
      boolean form = FORM_FIELD.matcher(head).lookingAt();
      throw ApiError.badField("body", "body", "not JSON: expected '{' or '[' first, got '" + Character.toString(head.codePointAt(0)) + "'"
          + (form ? " (the body reads as form fields, " + head.substring(0, head.indexOf('=') + 1)
              + "…; send the article as JSON: {\"title\": \"…\", \"text\": \"…\"})"
              : head.charAt(0) == '<' ? MARKUP : ""));
    }
    return new ArticleBatch(List.copyOf(items), warning);
  }

  /** The charset {@code name} names when it is one Java knows other than UTF-8, else null (read as UTF-8). */
  private static Charset declared(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      Charset c = Charset.forName(name.strip().replace("\"", ""));
      return c.equals(StandardCharsets.UTF_8) ? null : c;
    } catch (IllegalArgumentException e) {
      return null; // an unknown name: read as UTF-8, falling back as an undeclared body does
    }
  }

  /** The 1-based line of byte {@code offset} of {@code body}. */
  private static int lineAt(byte[] body, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      line += body[i] == '\n' ? 1 : 0;
    }
    return line;
  }

  /** The 1-based lines of {@code body} that are not UTF-8. */
  private static Set<Integer> legacyLines(byte[] body) {
    Set<Integer> out = new HashSet<>();
    int line = 1;
    int start = 0;
    for (int i = 0; i <= body.length; i++) {
      if (i == body.length || body[i] == '\n') {
        if (!TextDecoding.utf8(body, start, i).ok()) {
          out.add(line);
        }
        line++;
        start = i + 1;
      }
    }
    return out;
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
        throw new ApiError(400, "invalid body: " + problem(e) + ": " + message(e), List.of(Map.of("field", "body", "reason", problem(e) + ": " + message(e))));
      }
      throw new ApiError(400, "invalid body: " + problem(e) + " at line " + line + ": " + message(e),
          List.of(Map.of("field", "body", "line", line, "reason", problem(e) + ": " + message(e))));
    } catch (IOException e) {
      throw new ApiError(400, "invalid body: unreadable: " + e.getMessage());
    }
  }

  /** Each element of the array {@code array} as an item numbered from 1, at no line; more than {@code maxItems}: 413. */
  private static void addAll(JsonNode array, int maxItems, List<Item> items) {
    if (array.size() > maxItems) {
      throw tooMany(array.size(), maxItems);
    }
    int i = 0;
    for (JsonNode n : array) {
      items.add(item(++i, 0, n));
    }
  }

  /** Whether the first line of {@code text} is a whole JSON array (then more lines follow: JSON Lines of arrays). */
  private static boolean firstLineIsArray(String text) {
    int end = text.indexOf('\n');
    byte[] line = (end < 0 ? text : text.substring(0, end)).getBytes(StandardCharsets.UTF_8);
    return JsonLinesReader.isArrayLine(line, 0, line.length);
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

  private static void readLines(String text, int maxItems, List<Item> items, Set<Integer> legacyLines) {
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
        JsonNode node = READ.readTree(l);
        // a line holding a batch of records, [{...}, {...}], is its records at that line, as ingest reads it
        JsonNode batch = JsonLinesReader.arrayOfObjects(node);
        List<JsonNode> records = new ArrayList<>();
        if (batch != null) {
          batch.forEach(records::add);
        } else {
          records.add(node);
        }
        for (int r = 0; r < records.size(); r++) {
          if (r > 0 && ++index > maxItems) {
            throw tooMany(index, maxItems);
          }
          Item it = item(index, ln + 1, records.get(r));
          items.add(legacyLines.contains(ln + 1) && it.article() != null
              ? new Item(it.index(), it.line(), it.article(), null, "line " + (ln + 1) + " is not UTF-8; read as Windows-1252")
              : it);
        }
      } catch (JsonProcessingException e) {
        items.add(new Item(index, ln + 1, null, problem(index, ln + 1, "body", problem(e) + ": " + message(e))));
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

  /** "malformed JSON", "record too long to read" or "record nested too deeply to read", as ingest says it. */
  private static String problem(JsonProcessingException e) {
    return JsonLinesReader.problem(e);
  }

  private static String message(JsonProcessingException e) {
    return JsonLinesReader.message(e);
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
