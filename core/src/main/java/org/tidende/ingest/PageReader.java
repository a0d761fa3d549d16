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
 * else a content hash. Thread-safe.
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
    ArticleId id = page.canonicalUrl() != null && !page.canonicalUrl().isBlank()
        ? new ArticleId(page.canonicalUrl().strip()) : ArticleId.ofContent(title, text);
    sink.accept(new IngestEvent.Accepted(new Article(id, file, 0, page.canonicalUrl(), null, title, text,
        page.date(), page.declaredLanguage(), Map.of())));
  }
}
