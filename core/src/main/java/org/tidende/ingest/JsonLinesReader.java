package org.tidende.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.tidende.model.Article;
import org.tidende.model.ArticleDate;
import org.tidende.model.ArticleId;
import org.tidende.model.Language;

/**
 * Reads JSON Lines: one article object per line, in the common record format of {@code
 * ../shared/data/README.md} ({@code id, lang, date, title, text, source, url}, and labels such as
 * {@code cluster}). Also reads a file holding one JSON array of such objects, objects printed over
 * many lines one after another (read as a stream of values; after a malformed one, reading goes on
 * at the next line opening a record, {@link JsonResync}), several objects on one line, and an API
 * response wrapping its articles in one array field ({@code {"status": "ok", "articles":
 * [...]}}), also inside one object field, two levels at most ({@link #wrappedItems}). An array or many-line objects are decoded as a
 * stream, as lines are: bytes that are not UTF-8 read as Windows-1252, with one warning.
 *
 * <p>Each line is decoded and parsed on its own, so a malformed line or a line with neither title
 * nor text is rejected with its line number and the rest is read; a line of invalid UTF-8 is read
 * as Windows-1252, with a warning, where that gives text, and rejected otherwise. A {@code
 * lang}, {@code source} or {@code url} that is not a string is ignored with a warning (a {@code
 * source} object's {@code name} is taken). A missing {@code id} is the content id ({@link
 * ArticleId#ofContent}); a blank one too, with a warning (label {@code id_blank}). Other scalar
 * fields are kept as labels. Dates are ISO-8601, RSS's RFC 822 or day-first ({@link Dates}; a
 * slashed one both orders could read day first when the record's {@code lang} writes it so), or
 * Unix times as numbers, with a fraction or not, or as strings of digits ({@link #dateOf}). Without a readable {@code date}, the first readable of {@code published}, {@code
 * publishedAt}, {@code published_at}, {@code datePublished}, {@code pubDate} and {@code first_seen} is the date, and the
 * label {@code date_from} names the field. Without a {@code title}, {@code headline} is the title;
 * without a {@code text}, {@code body}, {@code description}, {@code content} and {@code summary}
 * make it ({@link #FALLBACK_TEXTS}; labels {@code title_from} and {@code text_from} name them, and
 * they are not kept as labels besides); without a {@code url}, {@code link} is the URL. So a saved
 * NewsAPI response reads whole: title, description and content, URL, {@code publishedAt} and the
 * {@code source} object's name.
 * Thread-safe.
 */
public final class JsonLinesReader {
  /**
   * The reader's mapper. A number with a fraction is read as a decimal with its trailing zeros, not
   * a double, so that one reported back (an unreadable date, a label) is echoed as written: {@code
   * 1556179200000.5} and not Java's {@code 1.5561792000005E12}, {@code 12.50} and not {@code 12.5}
   * ({@link #asWritten}).
   */
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .nodeFactory(DuplicateKeys.FACTORY) // a key given twice is noted, for a warning ({@link DuplicateKeys})
      .build();
  /**
   * Fields read, in this order, when {@code date} is missing or unreadable: feeds and scrapers
   * that do not know the publication time often record when they first saw the item, which for a
   * news item is close to it (the shared Danish front-page archive has {@code first_seen} on every
   * item and {@code date} on nine in ten).
   */
  private static final String[] FALLBACK_DATES = {"published", "publishedAt", "published_at", "datePublished",
      "pubDate", "first_seen"};
  /** The label naming the keys a record gave more than once, comma-separated ({@link DuplicateKeys}). */
  static final String KEYS_TWICE = "keys_given_twice";
  private static final Set<String> KNOWN = Set.of("id", "lang", "language", "date", "title", "text", "source", "url");
  /**
   * Fields whose strings make the text, in this order, when {@code text} is missing or blank: other
   * exports name it so (NewsAPI's {@code description} and {@code content}, scrapers' {@code body}
   * or {@code summary}). Each is taken unless an earlier one already holds it ({@code content}
   * opening with the {@code description}), with NewsAPI's cut-off marker ("… [+2345 chars]")
   * dropped; before, such a record was rejected for having no text, or kept as its title alone.
   */
  private static final String[] FALLBACK_TEXTS = {"body", "description", "content", "summary"};
  /** Fields read for the title when {@code title} is missing or blank. */
  private static final String[] FALLBACK_TITLES = {"headline"};
  /** Fields read for the URL when {@code url} is missing or blank. */
  private static final String[] FALLBACK_URLS = {"link"};
  /** NewsAPI's marker at the end of a cut-off {@code content}: "… [+2345 chars]". */
  private static final Pattern CUT_OFF = Pattern.compile("\\s*…?\\s*\\[\\+\\d+ chars\\]\\s*$");

  /**
   * The article with its title and date taken from other fields of its record, kept as labels,
   * where those are present and readable ({@code title_clean} and {@code first_seen} of the shared
   * Danish front-page archive, whose labelled days use them); a null field name leaves that part
   * as it is. The field a date came from is recorded as the label {@code date_from}.
   */
  public static Article withFields(Article a, String titleField, String dateField) {
    Article out = a;
    String title = titleField == null ? null : a.label(titleField);
    if (title != null && !title.isBlank()) {
      out = out.withTitle(ReaderText.oneLine(clean(title)));
    }
    ArticleDate date = dateField == null ? null : Dates.parse(a.label(dateField));
    if (date != null) {
      out = out.withDate(date).withLabel("date_from", dateField);
    }
    return out;
  }

  /** Reads all lines of {@code bytes}; never throws. */
  public void read(String file, byte[] bytes, Consumer<IngestEvent> sink) {
    try {
      read(file, new ByteArrayInputStream(bytes), sink);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot happen for a byte array", e);
    }
  }

  /**
   * Streams JSON Lines, or one JSON array of objects, from {@code in} (not closed), so files larger
   * than memory can be read; each line (array element) is decoded and parsed on its own. Only I/O
   * errors of the stream are thrown.
   */
  public void read(String file, InputStream in, Consumer<IngestEvent> sink) throws IOException {
    if (!in.markSupported()) {
      in = new BufferedInputStream(in);
    }
    in.mark(1 << 16);
    byte[] head = in.readNBytes(1 << 16);
    in.reset();
    int firstNonBlank = firstNonBlank(head);
    if (firstNonBlank >= 0 && head[firstNonBlank] == '[' && !arrayLines(head, firstNonBlank)) {
      readArray(file, in, sink);
      return;
    }
    if (firstNonBlank >= 0 && head[firstNonBlank] == '{' && firstLineOpen(head, firstNonBlank)) {
      readSequence(file, in, sink);
      return;
    }
    byte[] buf = new byte[1 << 16];
    byte[] line = new byte[1 << 12];
    int len = 0;
    int lineNo = 0;
    Tally legacyLines = new Tally("line(s) of invalid UTF-8 read as Windows-1252 in this input");
    int n;
    while ((n = in.read(buf)) > 0) {
      for (int i = 0; i < n; i++) {
        if (buf[i] == '\n') {
          readLine(file, ++lineNo, line, 0, len, legacyLines, sink);
          len = 0;
        } else {
          if (len == line.length) {
            line = Arrays.copyOf(line, line.length * 2);
          }
          line[len++] = buf[i];
        }
      }
    }
    if (len > 0) {
      readLine(file, ++lineNo, line, 0, len, legacyLines, sink);
    }
    legacyLines.closing().ifPresent(m -> sink.accept(new IngestEvent.Warning(file, 0, m)));
  }

  /**
   * True when the line starting at {@code from} ends (within {@code head}) before the JSON value it
   * opens is closed: objects printed over many lines ({@code json.dump(..., indent=2)}), which read
   * line by line gave one rejection per line and no article.
   */
  private static boolean firstLineOpen(byte[] head, int from) {
    int end = from;
    while (end < head.length && head[end] != '\n') {
      end++;
    }
    if (end == head.length) {
      return false; // one line, or a first line longer than the head: judged line by line
    }
    try (JsonParser p = JSON.createParser(head, from, end - from)) {
      p.nextToken();
      p.skipChildren();
      return false;
    } catch (JsonProcessingException e) {
      // Cut off at the line's end, not malformed within it.
      return e.getLocation() != null && e.getLocation().getByteOffset() >= end - from;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Whether the first line, from {@code from}, is a whole JSON array with more lines after it: JSON
   * Lines whose lines hold arrays of records ({@code jq -c .articles} of each saved response), read
   * line by line ({@link #arrayOfObjects}), each record at its line. Until session 37 such a file was
   * read as one array: the first line's records, and every later line dropped without a word.
   */
  private static boolean arrayLines(byte[] head, int from) {
    int end = from;
    while (end < head.length && head[end] != '\n') {
      end++;
    }
    if (firstNonBlank(Arrays.copyOfRange(head, Math.min(end + 1, head.length), head.length)) < 0) {
      return false; // one line (or longer than the head): an array, read as one
    }
    return isArrayLine(head, from, end - from); // else not closed on its line: a pretty-printed array
  }

  /**
   * Whether the {@code length} bytes of UTF-8 at {@code from} are one whole JSON array and nothing
   * more: a line of JSON Lines that holds an array of records (here, and for {@code POST /articles}).
   */
  public static boolean isArrayLine(byte[] bytes, int from, int length) {
    try (JsonParser p = JSON.createParser(bytes, from, length)) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        return false;
      }
      p.skipChildren();
      return p.nextToken() == null;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Reads JSON values one after another, however they are spread over lines (pretty-printed
   * objects), each at the line it starts on. After a malformed or cut-off value the reading goes on
   * at the next line that opens an object at its first column, where such files start their
   * records ({@link JsonResync}); with none, the rest of the file is not read.
   */
  private void readSequence(String file, InputStream in, Consumer<IngestEvent> sink) throws IOException {
    int read = 0;
    long lineBase = 0; // lines of the file before the current parser's input
    Reader source = decoded(file, in, sink);
    while (source != null) {
      JsonResync kept = new JsonResync(source);
      source = null;
      long line = lineBase + 1;
      long searchFrom = 0; // the failed value's start, or the last good value's end
      try (JsonParser p = JSON.createParser(kept)) {
        p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
        while (p.nextToken() != null) {
          JsonLocation at = p.currentTokenLocation();
          line = lineBase + at.getLineNr();
          searchFrom = at.getCharOffset();
          kept.forgetBefore(searchFrom);
          emit(file, (int) line, JSON.readTree(p), sink);
          read++;
          searchFrom = p.currentLocation().getCharOffset();
        }
      } catch (JsonProcessingException e) {
        long at = e.getLocation() == null ? line : lineBase + e.getLocation().getLineNr();
        JsonResync.Resumed next = kept.resumeAfter(searchFrom, 0);
        if (next == null) {
          sink.accept(IngestEvent.reject(file, (int) at, "malformed JSON after " + read
              + " value(s); the rest of the file is not read: " + message(e)));
        } else {
          sink.accept(IngestEvent.reject(file, (int) at, "malformed JSON after " + read + " value(s); read on from line "
              + (lineBase + next.line()) + ", the next to open an object: " + message(e)));
          lineBase += next.line() - 1;
          source = next.reader();
        }
      }
    }
  }

  /**
   * {@code in} decoded as a line is ({@link TextDecoding#lenientReader}): bytes that are not UTF-8
   * read as Windows-1252, with one warning for the input, instead of ending the parse there.
   */
  private static Reader decoded(String file, InputStream in, Consumer<IngestEvent> sink) {
    return TextDecoding.lenientReader(in, at -> sink.accept(new IngestEvent.Warning(file, 0,
        "invalid UTF-8 at byte " + at + "; read as Windows-1252 (" + TextDecoding.notUtf8Hint(file, null) + ")")));
  }

  private static int firstNonBlank(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (!Character.isWhitespace(bytes[i]) && (bytes[i] & 0xff) != 0xEF && (bytes[i] & 0xff) != 0xBB
          && (bytes[i] & 0xff) != 0xBF) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Reads one line. A line that is not UTF-8 is read as Windows-1252 where that gives text, as a
   * {@code .txt} file is ({@link TextDecoding#lenient}), with a warning for the first {@value
   * Tally#SHOWN} of an input; {@code legacyLines} counts them for the closing count.
   */
  private void readLine(String file, int lineNo, byte[] bytes, int from, int to, Tally legacyLines,
      Consumer<IngestEvent> sink) {
    TextDecoding.Decoded d = TextDecoding.lenient(bytes, from, to);
    if (d.text() == null) {
      sink.accept(IngestEvent.reject(file, lineNo, "invalid UTF-8 at byte " + d.badOffset() + " of the line"));
      return;
    }
    if (!d.ok() && legacyLines.add()) {
      sink.accept(new IngestEvent.Warning(file, lineNo,
          "invalid UTF-8 at byte " + d.badOffset() + " of the line; read as Windows-1252"
          + (legacyLines.count() == 1 ? " (" + TextDecoding.notUtf8Hint(file, null) + ")" : "")));
    }
    String line = d.text().strip();
    if (line.isEmpty()) {
      return;
    }
    // A comma after the line's object ("{...},"), as the items of an array cut into lines end: a
    // separator, not a value. It was "malformed JSON after 1 value(s) on the line", a rejection
    // counted for every line although every article was read.
    if (line.endsWith(",")) {
      String cut = line.substring(0, line.length() - 1).stripTrailing();
      if (cut.endsWith("}")) {
        line = cut;
      }
    }
    // Every value on the line is read: objects written one after another without a newline
    // ("{...}{...}") were read as the first alone, the others dropped without a word.
    int values = 0;
    try (JsonParser p = JSON.createParser(line)) {
      while (p.nextToken() != null) {
        emit(file, lineNo, JSON.readTree(p), sink);
        values++;
      }
    } catch (JsonProcessingException e) {
      sink.accept(IngestEvent.reject(file, lineNo, problem(e) + (values > 0 ? " after " + values
          + " value(s) on the line" : "") + ": " + message(e)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot happen for a string", e);
    }
  }

  /**
   * Sends the article of {@code node}; a wrapper object without title or text whose one array
   * field holds only objects (an API response saved whole: NewsAPI's {@code {"status": "ok",
   * "articles": [...]}}) sends each of them instead, at the wrapper's line.
   */
  private static void emit(String file, int lineNo, JsonNode node, Consumer<IngestEvent> sink) {
    JsonNode items = node != null && node.isArray() ? arrayOfObjects(node) : wrappedItems(node);
    if (items != null) {
      for (JsonNode item : items) {
        sink.accept(fromNode(file, lineNo, item));
      }
      return;
    }
    sink.accept(fromNode(file, lineNo, node));
  }

  /**
   * The articles a wrapper object holds, or null when {@code node} is no wrapper: an object without
   * a title or text field, under any name read, whose one array field holds only objects, at least
   * one (an API response saved whole: NewsAPI's {@code {"status": "ok", "articles": [...]}}); or
   * one with no array field whose one object field that is such a wrapper holds them, two levels
   * at most (Event Registry's {@code {"articles": {"results": [...], "page": 1}}}, {@code {"response":
   * {"status": "ok", "results": [...]}}}; until session 37 the whole response was one record with "no
   * title or text"). {@code POST /articles} reads a body that is one such object so too.
   */
  public static JsonNode wrappedItems(JsonNode node) {
    return wrappedItems(node, 2);
  }

  /**
   * {@code node} when it is an array of objects, at least one, else null: a line of JSON Lines
   * holding a batch of records, {@code [{...}, {...}]} (what {@code jq -c .articles} writes for
   * each saved response), is read for them, at that line; until session 37 it was rejected, "expected a
   * JSON object, got array", and its records lost.
   */
  public static JsonNode arrayOfObjects(JsonNode node) {
    return node != null && node.isArray() && !node.isEmpty()
        && StreamSupport.stream(node.spliterator(), false).allMatch(JsonNode::isObject) ? node : null;
  }

  private static JsonNode wrappedItems(JsonNode node, int deeper) {
    if (node == null || !node.isObject() || articleLike(node)) {
      return null;
    }
    JsonNode items = null;
    int arrays = 0;
    for (JsonNode v : node) {
      if (v.isArray()) {
        arrays++;
        items = v;
      }
    }
    if (arrays == 0 && deeper > 0) {
      JsonNode found = null;
      for (JsonNode v : node) {
        JsonNode inner = v.isObject() ? wrappedItems(v, deeper - 1) : null;
        if (inner != null) {
          if (found != null) {
            return null; // two wrappers: which holds the articles is not plain
          }
          found = inner;
        }
      }
      return found;
    }
    return arrays == 1 ? arrayOfObjects(items) : null;
  }

  /**
   * Reads a JSON array of objects element by element, so the objects before a malformed or cut-off
   * one are kept and an array larger than memory streams. When the items open their lines at one
   * indentation (a pretty-printed array), reading goes on after a malformed item at the next line
   * that opens an object there ({@link JsonResync}), item numbers counting on.
   *
   * <p>Each item is at the line it opens on, as a value of {@link #readSequence} is, and a rejected
   * one names its item number too ({@code t.json:3: item 2: expected a JSON object, got number}).
   * Until session 48 an item's line was its item number, so in a pretty-printed array a rejection
   * pointed at another item's line ({@code t.json:2} for the item on line 3), and every article
   * was named at a line that was not its own.
   */
  private void readArray(String file, InputStream in, Consumer<IngestEvent> sink) throws IOException {
    int i = 0;
    int indent = -1; // the column the items open at, when each opens its line
    long lineBase = 0;
    long itemLine = 1; // the line the item being read opens on
    Reader source = decoded(file, in, sink);
    while (source != null) {
      JsonResync kept = new JsonResync(source);
      source = null;
      long searchFrom = 0;
      try (JsonParser p = JSON.createParser(kept)) {
        p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
        p.nextToken(); // the array's '[' (before a resumed item: the one put there)
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
          if (t == null) {
            sink.accept(IngestEvent.reject(file, (int) (lineBase + p.currentLocation().getLineNr()),
                "malformed JSON array: cut off after " + i + " item(s)"));
            return;
          }
          searchFrom = p.currentTokenLocation().getCharOffset();
          itemLine = lineBase + p.currentTokenLocation().getLineNr();
          if (i == 0 && lineBase == 0) {
            indent = kept.columnIfFirstOnLine(searchFrom);
          }
          kept.forgetBefore(searchFrom);
          JsonNode n = JSON.readTree(p);
          sink.accept(numbered(fromNode(file, (int) itemLine, n), ++i));
        }
      } catch (JsonProcessingException e) {
        long line = e.getLocation() == null ? -1 : lineBase + e.getLocation().getLineNr();
        JsonResync.Resumed next = indent < 0 ? null : kept.resumeAfter(searchFrom, indent);
        String where = "malformed JSON array at item " + (i + 1) + " (line " + (line < 0 ? "?" : line) + "): ";
        int at = (int) (line < 0 ? itemLine : line);
        if (next == null) {
          sink.accept(IngestEvent.reject(file, at, where + message(e)));
        } else {
          sink.accept(IngestEvent.reject(file, at, where + message(e) + "; read on from line "
              + (lineBase + next.line()) + ", the next to open an item"));
          i++;
          lineBase += next.line() - 1;
          source = JsonResync.prefixed("[", next.reader());
        }
      }
    }
  }

  /** {@code event} as it is, or, rejected, with the number of its item in the array said first. */
  private static IngestEvent numbered(IngestEvent event, int item) {
    return event instanceof IngestEvent.Rejected r
        ? IngestEvent.reject(r.rejection().file(), r.rejection().line(), "item " + item + ": " + r.rejection().reason())
        : event;
  }

  /**
   * Whether {@code bytes} open with JSON holding an article: an object with a title or text field
   * under any name read ({@link #articleLike}), or an array whose first element is one. For a file
   * named as another format ({@code .txt}) that holds JSON Lines; a text that merely opens with a
   * bracket ("[Video] Brann i ...") is no JSON and stays text.
   */
  static boolean opensWithArticles(byte[] bytes) {
    TextDecoding.Decoded d = TextDecoding.lenient(bytes, 0, Math.min(bytes.length, 1 << 20));
    if (d.text() == null) {
      return false;
    }
    try (JsonParser p = JSON.getFactory().createParser(d.text())) {
      JsonNode first = JSON.readTree(p); // the first value only: the lines after it are not read here
      if (first != null && first.isArray() && !first.isEmpty()) {
        first = first.get(0);
      }
      return first != null && first.isObject() && articleLike(first);
    } catch (IOException | RuntimeException e) {
      // an array cut at 1 MiB, or no JSON at all: judge by the first line alone
      String line = d.text().lines().findFirst().orElse("");
      try {
        JsonNode n = JSON.readTree(line);
        return n != null && n.isObject() && articleLike(n);
      } catch (IOException | RuntimeException e2) {
        return false;
      }
    }
  }

  /** Whether an object has a field that holds an article's title or text, under any name read. */
  private static boolean articleLike(JsonNode node) {
    if (node.has("title") || node.has("text")) {
      return true;
    }
    for (String[] names : new String[][] {FALLBACK_TITLES, FALLBACK_TEXTS}) {
      for (String f : names) {
        if (node.has(f)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Converts one parsed object; the line number is used in ids of rejections only. */
  public static IngestEvent fromNode(String file, int lineNo, JsonNode node) {
    if (node == null || !node.isObject()) {
      return IngestEvent.reject(file, lineNo, "expected a JSON object, got " + (node == null ? "nothing" : node.getNodeType().name().toLowerCase(Locale.ROOT)));
    }
    for (String f : new String[] {"title", "text"}) {
      JsonNode v = node.get(f);
      if (v != null && !v.isNull() && !v.isTextual()) {
        return IngestEvent.reject(file, lineNo, "field '" + f + "' must be a string, got " + v.getNodeType().name().toLowerCase(Locale.ROOT));
      }
    }
    String title = clean(text(node, "title"));
    String text = clean(text(node, "text"));
    Set<String> usedFields = new HashSet<>();
    String titleFrom = null;
    for (int i = 0; title.isEmpty() && i < FALLBACK_TITLES.length; i++) {
      JsonNode v = node.get(FALLBACK_TITLES[i]);
      if (v != null && v.isTextual() && !v.asText().isBlank()) {
        title = clean(v.asText());
        titleFrom = FALLBACK_TITLES[i];
        usedFields.add(titleFrom);
      }
    }
    List<String> textFrom = new ArrayList<>();
    if (text.isEmpty()) {
      StringBuilder b = new StringBuilder();
      for (String f : FALLBACK_TEXTS) {
        JsonNode v = node.get(f);
        if (v == null || !v.isTextual()) {
          continue;
        }
        String part = clean(CUT_OFF.matcher(v.asText()).replaceFirst(""));
        String probe = part.length() > 40 ? part.substring(0, 40) : part;
        if (part.isEmpty() || b.indexOf(probe) >= 0) {
          continue; // empty, or what an earlier field already gave
        }
        if (b.length() > 0 && part.startsWith(b.toString())) {
          b.setLength(0); // "content" opening with the whole "description": the longer one alone
          textFrom.clear();
        } else if (b.length() > 0) {
          b.append("\n\n");
        }
        b.append(part);
        textFrom.add(f);
        usedFields.add(f);
      }
      text = b.toString();
    }
    if (ReaderText.blank(title) && ReaderText.blank(text)) { // "\u00a0" too, which plainSpaces makes empty
      return IngestEvent.reject(file, lineNo, "no title or text (nor " + String.join(", ", FALLBACK_TITLES) + ", "
          + String.join(", ", FALLBACK_TEXTS) + ")");
    }
    JsonNode idNode = node.get("id");
    // a string or a number; true/false is no id (every "id": true one article, the rest its duplicates)
    String idValue = idNode == null || idNode.isNull() ? null : idNode.isTextual() || idNode.isNumber() ? idNode.asText() : null;
    if (idNode != null && !idNode.isNull() && idValue == null) {
      return IngestEvent.reject(file, lineNo, "field 'id' must be a string or number, got "
          + idNode.getNodeType().name().toLowerCase(Locale.ROOT));
    }
    if (idValue != null && ArticleId.tooLong(idValue.strip()) != null) { // as the API refuses it; it cost the whole file
      return IngestEvent.reject(file, lineNo, "field 'id': " + ArticleId.tooLong(idValue.strip()));
    }
    ArticleId id = idValue == null || idValue.isBlank() ? ArticleId.ofContent(title, text) : new ArticleId(idValue.strip());
    // A date of another type (a number, an object) is a date that cannot be read: the article is
    // kept, dated from a fallback field or undated, and the raw value is reported.
    JsonNode dateNode = node.get("date");
    String rawDate = dateNode == null || dateNode.isNull() ? null : dateNode.isTextual() ? dateNode.asText() : asWritten(dateNode);
    // the language, where given, decides a slashed date both orders could read ("05/04/2019")
    JsonNode langNode = node.hasNonNull("lang") ? node.get("lang") : node.get("language");
    String dateLang = langNode != null && langNode.isTextual() ? langNode.asText() : null;
    ArticleDate date = dateOf(dateNode, dateLang);
    boolean unreadable = date == null && rawDate != null && !rawDate.isBlank();
    String dateFrom = null;
    for (int i = 0; date == null && i < FALLBACK_DATES.length; i++) {
      JsonNode v = node.get(FALLBACK_DATES[i]);
      if (v != null && (v.isTextual() || v.isNumber())) {
        date = dateOf(v, dateLang);
        dateFrom = date == null ? null : FALLBACK_DATES[i];
      }
    }
    Map<String, String> labels = new TreeMap<>();
    String lang = string(node, "lang", labels);
    if (lang == null) {
      lang = text(node, "language");
    }
    Iterator<Map.Entry<String, JsonNode>> it = node.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!KNOWN.contains(e.getKey()) && !usedFields.contains(e.getKey()) && e.getValue().isValueNode()
          && !e.getValue().isNull()) {
        labels.put(e.getKey(), e.getValue().isNumber() ? asWritten(e.getValue()) : e.getValue().asText());
      }
    }
    if (unreadable) {
      labels.put("date_unreadable", rawDate);
    }
    if (dateFrom != null) {
      labels.put("date_from", dateFrom);
    }
    List<String> twice = DuplicateKeys.of(node);
    if (!twice.isEmpty()) { // the last value was taken, as JSON parsers do; said, as one of two titles may be the wrong one
      labels.put(KEYS_TWICE, String.join(",", twice));
    }
    if (idValue != null && idValue.isBlank()) { // given, but no id: reported, as the content id stands in for it
      labels.put("id_blank", idNode.toString());
    }
    if (titleFrom != null) {
      labels.put("title_from", titleFrom);
    }
    if (!textFrom.isEmpty()) {
      labels.put("text_from", String.join("+", textFrom));
    }
    String url = string(node, "url", labels);
    for (int i = 0; (url == null || url.isBlank()) && i < FALLBACK_URLS.length; i++) {
      JsonNode v = node.get(FALLBACK_URLS[i]);
      if (v != null && v.isTextual() && !v.asText().isBlank()) {
        url = v.asText();
      }
    }
    String source = string(node, "source", labels);
    Article a = new Article(id, file, lineNo, emptyToNull(url), emptyToNull(source),
        ReaderText.oneLine(title), ReaderText.plainSpaces(text), date, declared(lang, labels), labels);
    return new IngestEvent.Accepted(a);
  }

  /**
   * The date a field gives: a string as {@link Dates} reads it, or a whole number as a Unix time,
   * in seconds below 10^11 (before the year 5138) and in milliseconds from there to 10^14, both
   * from 10^8 (1973) on, as databases and JavaScript export them; a number of eight digits, below
   * those, as a day if it is one ({@code 20190425}); null for anything else. A Unix time with a
   * fraction ({@code 1556179200.25}, as Python's {@code time.time()} and Reddit's {@code
   * created_utc} write it) is the same time, to the second, and a millisecond time with one
   * ({@code 1556179200000.5}, as JavaScript's {@code performance.timeOrigin + now()} gives it) to
   * the millisecond (unreadable until session 33); and one written as a string of digits
   * ({@code "1556179200"}, as some APIs quote their numbers) as the number is read, where no date
   * format reads it, with a fraction too ({@code "1556179200.25"}, {@code "1556179200000.5"}: the
   * quoted form was still unreadable after the number's fraction was read in session 33). Before session 32 both were "unreadable" and the article undated; a year alone
   * as a number ({@code 2019}) still is, where the string {@code "2019"} is the year.
   */
  static ArticleDate dateOf(JsonNode v) {
    return dateOf(v, null);
  }

  /** As {@link #dateOf(JsonNode)}, a string read with the record's language ({@link Dates#parse(String, String)}). */
  static ArticleDate dateOf(JsonNode v, String language) {
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isTextual()) {
      ArticleDate d = Dates.parse(v.asText(), language);
      String digits = v.asText().strip();
      int point = digits.indexOf('.');
      if (d == null && point > 0 && point < digits.length() - 1 && allDigits(digits.substring(point + 1))) {
        digits = digits.substring(0, point); // "1556179200.25", "1556179200000.5": cut to the whole, as a number is
      }
      if (d == null && digits.length() >= 9 && digits.length() <= 14 && allDigits(digits)) {
        return unixTime(Long.parseLong(digits));
      }
      return d;
    }
    if (v.isNumber() && !v.isIntegralNumber()) { // seconds or milliseconds with a fraction, cut to the whole
      double x = v.asDouble();
      return x >= 1e8 && x < 1e14 ? unixTime((long) Math.floor(x)) : null;
    }
    if (!v.isIntegralNumber() || !v.canConvertToLong()) {
      return null;
    }
    long n = v.asLong();
    if (n >= 10_000_000L && n < 100_000_000L) {
      return Dates.parse(Long.toString(n));
    }
    return unixTime(n);
  }

  private static boolean allDigits(String s) {
    return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /** A Unix time in seconds (10^8 to 10^11) or milliseconds (to 10^14), in UTC; null outside those. */
  private static ArticleDate unixTime(long n) {
    if (n < 100_000_000L || n >= 100_000_000_000_000L) {
      return null;
    }
    Instant t = n < 100_000_000_000L ? Instant.ofEpochSecond(n) : Instant.ofEpochMilli(n);
    return ArticleDate.ofOffset(t.atOffset(ZoneOffset.UTC));
  }

  /** The label of a {@code lang} that is no language code nor a language's name, ignored ({@link #declared}). */
  static final String LANG_NOT_A_CODE = "lang_not_a_code";

  /**
   * The language a record declares: its code ({@code nb}, {@code nob}, {@code en-GB}), or its name
   * ({@code Norwegian}, {@code dansk}, {@code Swedish}, as some exports write it); a value that is
   * neither ({@code klingon}) is ignored, the language identified from the text, and labelled
   * {@value #LANG_NOT_A_CODE}, so it is said ({@link UnreadableFields}). Before session 38 a name
   * and a value that is no code alike were dropped without a word, and a short text often stored
   * as {@code und}.
   */
  private static Language declared(String lang, Map<String, String> labels) {
    Language parsed = Language.parse(lang);
    if (lang == null || lang.isBlank() || !parsed.equals(Language.UND) || lang.strip().equalsIgnoreCase("und")) {
      return parsed;
    }
    Language named = Language.named(lang);
    if (named != null) {
      return named;
    }
    labels.put(LANG_NOT_A_CODE, lang);
    return parsed;
  }

  /**
   * The string value of {@code field}, or null. A value of another type (a number, a list; NewsAPI
   * exports give {@code "source": {"id": ..., "name": "BBC News"}}) does not cost the article: a
   * source object's string {@code name} is taken, anything else is kept raw as the label {@code
   * FIELD_unreadable} for a warning ({@link UnreadableFields}) and read as missing.
   */
  private static String string(JsonNode node, String field, Map<String, String> labels) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isTextual()) {
      return v.asText();
    }
    if (field.equals("source") && v.isObject() && v.path("name").isTextual()) {
      return v.get("name").asText();
    }
    labels.put(field + "_unreadable", asWritten(v));
    return null;
  }

  /**
   * A mapper reading records as this reader does (a fraction a decimal, reported as written), for
   * a caller that parses records itself and hands them to {@link #fromNode} (the API's POST
   * /articles); a copy, so configuring it changes nothing here.
   */
  public static ObjectMapper recordMapper() {
    return JSON.copy();
  }

  /**
   * A value that is not a string, for a label or a report, as the record wrote it: a number with a
   * fraction as its digits ({@code 1556179200000.5}, {@code 12.50}), an exponent as {@code 1.7E9}
   * (its case and a written {@code +} are not kept: {@code 1e20} is {@code 1E20}); other values as
   * JSON. Before, a number with a fraction was Java's double ({@code 1.5561792000005E12}).
   */
  static String asWritten(JsonNode v) {
    return v.isBigDecimal() ? v.decimalValue().toString().replace("E+", "E") : v.toString();
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static String emptyToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /**
   * Strips, normalises line ends and drops control characters other than newlines and tabs, and
   * {@link InvisibleChars}; parts sentences run together ({@link GluedSentences}).
   */
  static String clean(String s) {
    if (s == null) {
      return "";
    }
    String repaired = Mojibake.repair(s);
    if (!needsCleaning(repaired)) { // most texts: no copy (the copy was about 1 % of the bench's CPU samples)
      return GluedSentences.separate(repaired.strip());
    }
    StringBuilder b = new StringBuilder(s.length());
    repaired.replace("\r\n", "\n").codePoints().forEach(c -> {
      if ((c == '\n' || c == '\t' || !Character.isISOControl(c)) && !InvisibleChars.isInvisible(c)) {
        b.appendCodePoint(c == '\u00a0' ? ' ' : c);
      }
    });
    return GluedSentences.separate(b.toString().strip());
  }

  /**
   * Whether {@link #clean} changes a character of {@code s}: a control character other than a
   * newline or tab (a carriage return too), a no-break space or an {@link InvisibleChars invisible
   * one}. All of them are in the Basic Multilingual Plane, so a surrogate is never one.
   */
  private static boolean needsCleaning(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0xa0) || InvisibleChars.isInvisible(c)) {
        return true;
      }
    }
    return false;
  }

  /** Jackson's message where a value passes one of its bounds (its {@code StreamReadConstraints}). */
  private static final Pattern BOUND =
      Pattern.compile("^(String value|Number value|Document nesting depth|Name)(?: length)? \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");

  /**
   * What is wrong with a record Jackson could not read, for the start of its rejection: a value past
   * Jackson's bounds (a text over 20 million chars, a number over 1,000 digits) is no malformed JSON
   * but "record too long to read", and nesting over 1,000 deep "record nested too deeply to read"
   * (it was "record too long to read: a document nesting depth of 1,001 levels" here, and "malformed
   * JSON: ..." from the API, session 34 review); anything else "malformed JSON".
   */
  public static String problem(JsonProcessingException e) {
    if (!(e instanceof StreamConstraintsException)) {
      return "malformed JSON";
    }
    String m = e.getOriginalMessage();
    return m != null && m.startsWith("Document nesting depth") ? "record nested too deeply to read" : "record too long to read";
  }

  /**
   * Jackson's message for a user: without its source-location noise ("(start marker at [Source:
   * REDACTED ...; line: 1, column: 1])", "at [Source: ...]"), as the file and line are said already.
   */
  public static String message(JsonProcessingException e) {
    String m = e.getOriginalMessage() == null ? "unreadable" : e.getOriginalMessage();
    Matcher bound = BOUND.matcher(m);
    if (bound.find()) { // "String value length (20050468) exceeds the maximum allowed (20000000, from `StreamRead...`)"
      String unit = switch (bound.group(1)) {
        case "Number value" -> "digits";
        case "Document nesting depth" -> "levels";
        default -> "chars";
      };
      return String.format(Locale.ROOT, "a %s of %,d %s, over the %,d a record may hold",
          bound.group(1).toLowerCase(Locale.ROOT), Long.parseLong(bound.group(2)), unit,
          Long.parseLong(bound.group(3)));
    }
    int cut = m.indexOf(" (start marker at");
    m = cut > 0 ? m.substring(0, cut) : m;
    cut = m.indexOf("\n at [Source");
    return cut > 0 ? m.substring(0, cut) : m;
  }
}
