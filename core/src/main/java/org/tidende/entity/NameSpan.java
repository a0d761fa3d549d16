package org.tidende.entity;

import java.util.Objects;

/**
 * A typed name over tokens of one sentence: tokens {@code start} (inclusive) to {@code end}
 * (exclusive).
 *
 * @param start index of the first token
 * @param end index after the last token
 * @param type the name's type
 */
public record NameSpan(int start, int end, EntityType type) {
  public NameSpan {
    Objects.requireNonNull(type, "type");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad name span [" + start + ", " + end + ")");
    }
  }

  /** The same span with its type folded to PER/LOC/ORG/MISC. */
  public NameSpan coarse() {
    return type.coarse() == type ? this : new NameSpan(start, end, type.coarse());
  }
}
