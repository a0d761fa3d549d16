package org.tidende.ingest.html;

import java.util.Objects;
import org.tidende.model.ArticleDate;
import org.tidende.model.Language;

/**
 * What {@link HtmlExtractor} read from one web page.
 *
 * @param title headline; empty (never null) when the page has none
 * @param text the article body: standfirst and body paragraphs, separated by blank lines
 *     ({@code "\n\n"}); empty (never null) when no article text was found
 * @param date publication date from the page's metadata or dateline, or null when none was found
 * @param canonicalUrl absolute canonical address ({@code link rel=canonical}, {@code og:url},
 *     JSON-LD {@code url}), or null
 * @param declaredLanguage language the page declares ({@code <html lang>}, {@code og:locale},
 *     {@code Content-Language}), {@link Language#UND} when none
 * @param undeclaredNotUtf8 the page declares no charset and its bytes are not UTF-8, so they were
 *     read as Windows-1252, right for Western pages only: what a reader warns of, saying how to
 *     declare the charset (found while decoding, so the bytes are not examined again)
 */
public record ExtractedPage(
    String title, String text, ArticleDate date, String canonicalUrl, Language declaredLanguage,
    boolean undeclaredNotUtf8) {

  public ExtractedPage {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(declaredLanguage, "declaredLanguage");
  }

  /** A page from which nothing could be read. */
  public static ExtractedPage empty() {
    return empty(false);
  }

  /** A page from which nothing could be read, {@code undeclaredNotUtf8} as found in decoding it. */
  public static ExtractedPage empty(boolean undeclaredNotUtf8) {
    return new ExtractedPage("", "", null, null, Language.UND, undeclaredNotUtf8);
  }

  /** True when neither a title nor a body was found. */
  public boolean isEmpty() {
    return title.isEmpty() && text.isEmpty();
  }
}
