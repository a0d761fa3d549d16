package org.tidende.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.tidende.ingest.html.ExtractedPage;
import org.tidende.ingest.html.HtmlExtractor;
import org.tidende.model.Article;
import org.tidende.model.ArticleId;

/**
 * Reads one HTML page as one article: the main text, headline, date, canonical URL and declared
 * language as {@link HtmlExtractor} finds them. The id is the canonical URL when the page gives one,
 * else a content hash. A page that seems cut off, or has no main text, is read with a warning, and
 * so is one that declares no charset over bytes that are not UTF-8 (read as Windows-1252; the
 * warning says how to declare the charset or convert the page; since session 38, before which such a
 * page in Shift_JIS was read as mojibake or refused without a word on why).
 * Thread-safe.
 */
public class PageReader {
  private final HtmlExtractor extractor = new HtmlExtractor();

  /** Reads a page; {@code contentType} (may be null) is the HTTP header when fetched. Never throws. */
  public void read(String file, byte[] bytes, String contentType, Consumer<IngestEvent> sink) {
    ExtractedPage page = extractor.extract(bytes, contentType, null);
    // a page in Shift_JIS or KOI8-R that declares no charset is read as Windows-1252: said, with how to
    // declare it (found while decoding; until session 39 the bytes were inflated and decoded a second time for it)
    String legacy = page.undeclaredNotUtf8()
        ? "no charset declared and the bytes are not UTF-8; read as Windows-1252 ("
            + TextDecoding.notUtf8Hint(file, "declare it in the page's <head>, <meta charset=\"Shift_JIS\">") + ")"
        : null;
    if (page.isEmpty()) {
      sink.accept(IngestEvent.reject(file, 0, "page has no readable title or text" + (legacy == null ? "" : "; " + legacy)));
      return;
    }
    if (legacy != null) {
      sink.accept(new IngestEvent.Warning(file, 0, legacy));
    }
    String title = ReaderText.clean(page.title());
    String text = ReaderText.clean(page.text());
    if (cutOff(bytes)) {
      sink.accept(new IngestEvent.Warning(file, 0, "page ends before </body> or </html>, so it may be cut off; read as it is"));
    }
    if (text.isEmpty()) {
      sink.accept(new IngestEvent.Warning(file, 0, "page has no main text (an index or navigation page?); read for its title alone"));
    }
    ArticleId id = page.canonicalUrl() != null && !page.canonicalUrl().isBlank()
        ? ArticleId.derived(page.canonicalUrl().strip()) : ArticleId.ofContent(title, text);
    sink.accept(new IngestEvent.Accepted(new Article(id, file, 0, page.canonicalUrl(), null, ReaderText.oneLine(title), ReaderText.plainSpaces(text),
        page.date(), page.declaredLanguage(), Map.of())));
  }

  /**
   * True when the page's last 2 KiB hold neither {@code </body>} nor {@code </html>}: a download or
   * copy stopped part-way, whose article would be stored without its end. Saved pages close both
   * (all 90 of {@code ../shared/data/html}); HTML5 lets a page omit them, which is rare in practice,
   * so this is a warning, not a rejection.
   */
  static boolean cutOff(byte[] bytes) {
    int from = Math.max(0, bytes.length - 2048);
    String tail = new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1)
        .toLowerCase(Locale.ROOT);
    return !tail.contains("</html") && !tail.contains("</body");
  }
}
