package org.tidende.pipeline;

import java.util.function.Function;
import org.tidende.model.Article;
import org.tidende.model.LanguageGuess;

/** The language stage the standard pipeline uses. */
final class Languages {
  private Languages() {}

  /** Declared language when the source gives one; the language identifier replaces this. */
  static Function<Article, LanguageGuess> standard() {
    return a -> a.declaredLanguage().isKnown() ? new LanguageGuess(a.declaredLanguage(), 0.5) : LanguageGuess.unknown();
  }
}
