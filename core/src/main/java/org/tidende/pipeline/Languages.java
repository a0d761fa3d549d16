package org.tidende.pipeline;

import java.util.function.Function;
import org.tidende.langid.LanguageIdentifier;
import org.tidende.model.Article;
import org.tidende.model.LanguageGuess;

/** The language stage the standard pipeline uses. */
final class Languages {
  private Languages() {}

  /**
   * The bundled identifier over title and text, with the declared language as a weak prior (a
   * source's "no" or a wrong tag does not override clear evidence).
   */
  static Function<Article, LanguageGuess> standard() {
    LanguageIdentifier id = LanguageIdentifier.load();
    return a -> id.identify(a.fullText(), a.declaredLanguage());
  }
}
