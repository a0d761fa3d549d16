package org.tidende.ingest;

import java.util.Map;
import java.util.function.Consumer;
import org.tidende.ingest.html.ExtractedPage;
import org.tidende.ingest.html.HtmlExtractor;
import org.tidende.model.Article;
import org.tidende.model.ArticleId;

/**
 * Reads one HTML page as one article: the main text, headline, date, canonical URL and declared
 * language as {@link HtmlExtractor} finds them. The id is the canonical URL when the page gives one,
 * else a content hash. A page that seems cut off, or has no main text, is read with a warning.
 * Thread-safe.
 */
public class PageReader {
  private final HtmlExtractor extractor = new HtmlExtractor();

  /** Reads a page; {@code contentType} (may be null) is the HTTP header when fetched. Never throws. */
  public void read(String file, byte[] bytes, String contentType, Consumer<IngestEvent> sink) {
    ExtractedPage page = extractor.extract(bytes, contentType, null);
    if (page.isEmpty()) {
      sink.accept(IngestEvent.reject(file, 0, "page has no readable title or text"));
      return;
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
    String tail = new String(bytes, from, bytes.length - from, java.nio.charset.StandardCharsets.ISO_8859_1)
        .toLowerCase(java.util.Locale.ROOT);
    return !tail.contains("</html") && !tail.contains("</body");
  }
}
