package org.tidende.model;

import java.util.Objects;

/**
 * The identified language of a text.
 *
 * @param language best language, or {@link Language#UND} when unsure
 * @param confidence in [0, 1]: the posterior of the best language (0 for an empty text)
 */
public record LanguageGuess(Language language, double confidence) {
  public LanguageGuess {
    Objects.requireNonNull(language, "language");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence " + confidence + " is outside [0, 1]");
    }
  }

  public static LanguageGuess unknown() {
    return new LanguageGuess(Language.UND, 0);
  }
}
