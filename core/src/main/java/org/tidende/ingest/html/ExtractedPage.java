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
 */
public record ExtractedPage(
    String title, String text, ArticleDate date, String canonicalUrl, Language declaredLanguage) {

  public ExtractedPage {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(declaredLanguage, "declaredLanguage");
  }

  /** A page from which nothing could be read. */
  public static ExtractedPage empty() {
    return new ExtractedPage("", "", null, null, Language.UND);
  }

  /** True when neither a title nor a body was found. */
  public boolean isEmpty() {
    return title.isEmpty() && text.isEmpty();
  }
}
