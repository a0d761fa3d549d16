package org.tidende.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tidende.model.Article;
import org.tidende.model.ArticleDate;
import org.tidende.model.ArticleId;
import org.tidende.model.Language;

/**
 * Reads one plain-text article per file, in the messy form news arrives in.
 *
 * <p>Design. The text is taken as written, with paragraphs separated by blank lines. Three kinds of
 * metadata are recognised at the start and removed from the text:
 *
 * <ul>
 *   <li>a stray {@code date 2019-04}, {@code date 2019-04-25}, {@code date 2019-04-25T10:00+02:00}
 *       or {@code date 25.04.2019} prefix, a time perhaps followed by an offset ({@code date 25.04.2019
 *       14:30 +0200}) (the date may be followed by the lead on the same line),
 *       read as the publication date at its precision;
 *   <li>header lines {@code title: ...}, {@code date: ...}, {@code source: ...}, {@code url: ...},
 *       {@code lang: ...}, {@code id: ...} before the first blank line;
 *   <li>a first line that is only a web address (the page a text was copied from), read as the
 *       URL;
 *   <li>a title: a short first line (at most 20 words, no final full stop) followed by more text;
 *       or a title <em>run into the lead</em>: the first sentence splits where a lower-case word is
 *       followed by a capitalised one, the part before has 4-14 words, no comma and does not end in
 *       a function word, and the part after reads as a sentence of at least 6 words ("Kim er på vej
 *       til Putin-møde i sit letgenkendelige grønne tog Nordkoreas leder ventes at ...").
 * </ul>
 *
 * <p>Failure modes: the run-in split is a heuristic. It misses titles that end in a name ("...møter
 * Putin Kim kom ..."), and may split a long lead whose first clause ends in a lower-case content word
 * before a name; it only tries the first sentence and only when that sentence is long (over 16
 * words), which keeps false splits rare in practice. A missed split leaves an empty title, which is
 * harmless: the story view falls back to the lead.
 */
public final class PlainTextReader {

  /**
   * {@code date} and an ISO date (with a time and offset, or not), or a day-first dotted one; a time
   * may be followed by a numeric offset after a space ({@code 25.04.2019 14:30 +0200}). A no-break or
   * other Unicode space counts as a space ("date", a no-break space, "25.04.2019", as text copied
   * from a web page has it).
   */
  private static final Pattern DATE_PREFIX = Pattern.compile("\\A[\\s\\p{Zs}]*date[\\s\\p{Zs}]+("
      + "\\d{4}(?:-\\d{1,2}(?:-\\d{1,2}(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}(?::?\\d{2})?|[ \\t\\p{Zs}]+[+-]\\d{2}:?\\d{2})?)?)?)?"
      + "|\\d{1,2}\\.\\d{1,2}\\.\\d{4}(?:[\\s\\p{Zs}]+\\d{1,2}[:.]\\d{2}(?:[ \\t\\p{Zs}]+[+-]\\d{2}:?\\d{2})?)?)(?:[\\s\\p{Zs}]+|\\z)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern HEADER =
      Pattern.compile("\\A(title|date|source|url|lang|language|id)\\s*:\\s*(.*)\\z", Pattern.CASE_INSENSITIVE);
  /** A first line that is nothing but a web address: the page the text was copied from. */
  private static final Pattern URL_LINE = Pattern.compile("\\A(https?://\\S+)[ \\t]*(?:\\n|\\z)", Pattern.CASE_INSENSITIVE);
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…»”\"]\\s*\\z");

  /**
   * Words a headline does not end in (prepositions, articles, conjunctions, auxiliaries) in the
   * supported languages; a run-in split after one of these is refused.
   */
  private static final Set<String> FUNCTION_WORDS = Set.copyOf(Arrays.asList(
      // nn/nb/da/sv
      "i", "på", "til", "av", "af", "for", "før", "med", "mot", "mod", "om", "fra", "frå", "från", "ved", "vid",
      "og", "och", "eller", "men", "medan", "mens", "mellan", "mellom", "under", "over", "etter", "efter", "hos",
      "en", "ei", "eit", "ein", "et", "ett", "den", "det", "dei", "de", "som", "at", "att", "er", "är", "var",
      "vart", "vert", "blir", "bli", "blev", "ble", "har", "har", "skal", "ska", "vil", "kan", "må", "sa", "sagde",
      "sier", "seier", "siger", "säger", "president", "statsminister", "minister", "leder", "leiar", "ledare",
      // en/de/es
      "the", "a", "an", "of", "to", "in", "on", "at", "by", "with", "and", "or", "from", "as", "is", "was",
      "der", "die", "das", "und", "von", "zu", "im", "el", "la", "los", "las", "de", "del", "y", "en", "que"));

  /** Reads a whole file's text. {@code text} is already decoded; never throws. */
  public void read(String file, String text, Consumer<IngestEvent> sink) {
    String body = text.replace("\r\n", "\n").replace('\r', '\n');
    Map<String, String> headers = new HashMap<>();
    Map<String, Integer> headerLines = new HashMap<>(); // the file's line of each header, for what is said of it
    int linesBefore = 0;
    Matcher dm = DATE_PREFIX.matcher(body);
    if (dm.find()) {
      // ISO wants the offset against the time: "2019-04-25 10:00 +02:00" is read as "2019-04-25 10:00+02:00"
      headers.put("date", dm.group(1).replaceFirst("^(\\d{4}-.*\\d)[ \\t]+([+-]\\d{2}:?\\d{2})$", "$1$2"));
      headerLines.put("date", 1 + newlines(body, 0, dm.start(1)));
      linesBefore = newlines(body, 0, dm.end());
      body = body.substring(dm.end());
    }
    body = readHeaders(body, headers, headerLines, linesBefore);
    body = body.strip();
    Matcher um = URL_LINE.matcher(body);
    if (um.find()) {
      headers.putIfAbsent("url", um.group(1));
      body = body.substring(um.end()).strip();
    }
    if (ReaderText.blank(body) && ReaderText.blank(headers.get("title"))) { // no-break spaces alone too
      sink.accept(IngestEvent.reject(file, 0, "no text after metadata"));
      return;
    }
    String title = headers.getOrDefault("title", "");
    if (title.isEmpty()) {
      String[] split = splitTitle(body);
      title = split[0];
      body = split[1];
    }
    ArticleDate date = null;
    if (headers.containsKey("date")) {
      date = Dates.parse(headers.get("date"));
      if (date == null) {
        // worded as a JSON record's unreadable date is; it was "unreadable date '31.02.2019' ignored"
        sink.accept(new IngestEvent.Warning(file, headerLines.get("date"), UnreadableFields.undated(headers.get("date"), null)));
      }
    }
    title = ReaderText.clean(title);
    body = ReaderText.clean(body);
    String idValue = headers.get("id");
    if (idValue != null && ArticleId.tooLong(idValue.strip()) != null) {
      // at its line, as a JSON record's long id is (it was "b.txt: header 'id:': ..." before session 35)
      sink.accept(IngestEvent.reject(file, headerLines.get("id"), "header 'id:': " + ArticleId.tooLong(idValue.strip())));
      return;
    }
    ArticleId id = idValue != null && !idValue.isBlank() ? new ArticleId(idValue.strip()) : ArticleId.ofContent(title, body);
    sink.accept(new IngestEvent.Accepted(new Article(id, file, 0, headers.get("url"), headers.get("source"),
        ReaderText.oneLine(title), ReaderText.plainSpaces(normaliseParagraphs(body)), date, Language.parse(headers.get("lang")), Map.of())));
  }

  /** The number of line ends in {@code s} from {@code from} to {@code to}. */
  private static int newlines(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }

  /**
   * Takes the {@code key: value} lines at the start of {@code body} into {@code headers}, each one's
   * line in the file ({@code linesBefore} lines came before {@code body}) into {@code lines} (the
   * last of a key given twice, as its value is); returns the rest.
   */
  private static String readHeaders(String body, Map<String, String> headers, Map<String, Integer> lines,
      int linesBefore) {
    String[] rows = body.split("\n", -1);
    int i = 0;
    while (i < rows.length && !rows[i].isBlank()) {
      Matcher m = HEADER.matcher(rows[i].strip());
      if (!m.matches()) {
        break;
      }
      String key = m.group(1).toLowerCase(Locale.ROOT);
      key = key.equals("language") ? "lang" : key;
      headers.put(key, m.group(2).strip());
      lines.put(key, linesBefore + i + 1);
      i++;
    }
    if (i == 0) {
      return body;
    }
    return String.join("\n", Arrays.copyOfRange(rows, i, rows.length));
  }

  /**
   * The title this reader takes from the start of {@code body} (a short first line, or a title run
   * into the lead), or "" when there is none.
   */
  public static String titleOf(String body) {
    return body == null || body.isBlank() ? "" : splitTitle(body.strip())[0];
  }

  /** Returns {title, rest}; title may be empty. */
  static String[] splitTitle(String body) {
    int nl = body.indexOf('\n');
    String first = nl < 0 ? body : body.substring(0, nl);
    String rest = nl < 0 ? "" : body.substring(nl + 1);
    String firstStripped = first.strip();
    int words = firstStripped.isEmpty() ? 0 : firstStripped.split("\\s+").length;
    if (!rest.isBlank() && words > 0 && words <= 20 && !SENTENCE_END.matcher(firstStripped).find()) {
      return new String[] {firstStripped, rest.strip()};
    }
    String[] runIn = splitRunIn(firstStripped);
    if (runIn != null) {
      return new String[] {runIn[0], (runIn[1] + (rest.isBlank() ? "" : "\n" + rest)).strip()};
    }
    return new String[] {"", body};
  }

  private static String[] splitRunIn(String para) {
    Matcher end = Pattern.compile("[.!?](\\s|\\z)").matcher(para);
    int sentenceEnd = end.find() ? end.end() : para.length();
    String sentence = para.substring(0, sentenceEnd);
    String[] tokens = sentence.strip().split("\\s+");
    if (tokens.length <= 16) {
      return null;
    }
    List<Integer> offsets = tokenOffsets(para, tokens);
    for (int k = 4; k <= Math.min(14, tokens.length - 6); k++) {
      String prev = tokens[k - 1];
      String next = tokens[k];
      if (!isLowerWord(prev) || !isCapitalised(next)) {
        continue;
      }
      String titlePart = para.substring(0, offsets.get(k)).strip();
      if (titlePart.contains(",") || FUNCTION_WORDS.contains(prev.toLowerCase(Locale.ROOT))) {
        continue;
      }
      return new String[] {titlePart, para.substring(offsets.get(k)).strip()};
    }
    return null;
  }

  private static List<Integer> tokenOffsets(String text, String[] tokens) {
    List<Integer> out = new ArrayList<>();
    int pos = 0;
    for (String t : tokens) {
      int at = text.indexOf(t, pos);
      out.add(at);
      pos = at + t.length();
    }
    return out;
  }

  private static boolean isLowerWord(String t) {
    return !t.isEmpty() && Character.isLowerCase(t.codePointAt(0)) && t.chars().allMatch(c -> Character.isLetter(c) || c == '-');
  }

  private static boolean isCapitalised(String t) {
    return t.length() > 1 && Character.isUpperCase(t.codePointAt(0)) && Character.isLetter(t.codePointAt(1));
  }

  /** Collapses runs of blank lines to one and strips trailing spaces, keeping paragraph breaks. */
  static String normaliseParagraphs(String s) {
    return s.replaceAll("[ \\t\\x0B\\f]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
  }
}
