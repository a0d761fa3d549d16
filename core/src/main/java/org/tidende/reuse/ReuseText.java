package org.tidende.reuse;

import java.util.Objects;
import org.tidende.model.Article;
import org.tidende.model.ArticleId;
import org.tidende.model.Language;

/**
 * A text to compare for shared passages: character offsets in results refer to {@code text}.
 *
 * @param id the article's id
 * @param text the text compared (typically {@link Article#fullText()}); never null
 * @param language its language ({@link Language#UND} when unknown: treated like a Scandinavian one)
 */
public record ReuseText(ArticleId id, String text, Language language) {
  public ReuseText {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
  }

  /** The article's full text (title, blank line, body) in the given language. */
  public static ReuseText of(Article article, Language language) {
    return new ReuseText(article.id(), article.fullText(), language);
  }
}
