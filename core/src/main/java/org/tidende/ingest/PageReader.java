package org.tidende.ingest;

import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.tidende.model.Article;
import org.tidende.model.ArticleId;
import org.tidende.model.Language;

/**
 * Reads one HTML page as one article. This first version keeps the title and the text of the
 * page's paragraphs; the readability-style extractor of {@code ingest.html} replaces the body
 * selection. Thread-safe.
 */
public class PageReader {

  /** Reads a page; {@code contentType} (may be null) is the HTTP header when fetched. Never throws. */
  public void read(String file, byte[] bytes, String contentType, Consumer<IngestEvent> sink) {
    Document doc = Jsoup.parse(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
    String title = doc.title().strip();
    String text = FeedReader.htmlToText(doc.body() == null ? "" : doc.body().html());
    if (title.isEmpty() && text.isEmpty()) {
      sink.accept(IngestEvent.reject(file, 0, "page has no title or text"));
      return;
    }
    sink.accept(new IngestEvent.Accepted(new Article(ArticleId.ofContent(title, text), file, 0, null, null,
        title, text, null, Language.parse(doc.select("html").attr("lang")), java.util.Map.of())));
  }
}
