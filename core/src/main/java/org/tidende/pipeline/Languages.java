package org.tidende.pipeline;

import java.util.function.Function;
import org.tidende.langid.LanguageIdentifier;
import org.tidende.model.Article;
import org.tidende.model.LanguageGuess;

/** The language stage the standard pipeline uses. */
final class Languages {
  /** Below this confidence a guess that contradicts the source's declared language yields to it. */
  static final double OVERRIDE_CONFIDENCE = 0.9;

  private Languages() {}

  /**
   * The bundled identifier over title and text, with the declared language as a prior. A source's
   * declaration stands unless the identifier is confident it is wrong (a feed that labels its
   * Nynorsk "no" is overruled; a lower-cased, stop-worded English headline the identifier cannot
   * place is not).
   */
  static Function<Article, LanguageGuess> standard() {
    LanguageIdentifier id = LanguageIdentifier.load();
    return a -> {
      LanguageGuess g = id.identify(a.fullText(), a.declaredLanguage());
      if (a.declaredLanguage().isKnown() && !g.language().equals(a.declaredLanguage())
          && (!g.language().isKnown() || g.confidence() < OVERRIDE_CONFIDENCE)) {
        return new LanguageGuess(a.declaredLanguage(), Math.max(0.5, 1 - g.confidence()));
      }
      return g;
    };
  }
}
