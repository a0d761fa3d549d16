package org.tidende.entity;

import java.util.Objects;
import org.tidende.model.Language;

/**
 * A name as written, how often it was seen, in which language and (when known) of which type.
 *
 * @param surface the name as written ({@code "Nord-Koreas"}); not blank
 * @param language the language it was written in; {@link Language#UND} when unknown, never null
 * @param type entity type label such as {@code "PER"}, {@code "LOC"}, {@code "ORG"}, or null when
 *     unknown (a plain string so this package does not depend on the recogniser's enum)
 * @param count occurrences, at least 1
 */
public record NameCount(String surface, Language language, String type, int count) {
  public NameCount {
    Objects.requireNonNull(surface, "surface");
    Objects.requireNonNull(language, "language");
    if (surface.isBlank()) {
      throw new IllegalArgumentException("surface is blank");
    }
    if (count < 1) {
      throw new IllegalArgumentException("count " + count + " for '" + surface + "' is below 1");
    }
  }

  /** One occurrence of an untyped name. */
  public static NameCount of(String surface, Language language) {
    return new NameCount(surface, language, null, 1);
  }
}
