package org.tidende.model;

import java.util.Objects;

/**
 * Identity of a story: {@code "s"} and the id of the article that opened it, so the same input in
 * the same order gives the same story ids.
 */
public record StoryId(String value) implements Comparable<StoryId> {
  public StoryId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("story id is blank");
    }
  }

  public static StoryId openedBy(ArticleId first) {
    return new StoryId("s" + first.value());
  }

  @Override
  public int compareTo(StoryId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
