package org.tidende.entity;

import java.util.Objects;

/**
 * A named entity found in a text.
 *
 * @param text the covered text, exactly {@code input.substring(start, end)}
 * @param type the entity's type
 * @param start offset of the first char in the input text (inclusive, UTF-16 units)
 * @param end offset after the last char (exclusive)
 */
public record Mention(String text, EntityType type, int start, int end) {
  public Mention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad mention offsets [" + start + ", " + end + ")");
    }
  }
}
