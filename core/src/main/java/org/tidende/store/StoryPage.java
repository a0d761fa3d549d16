package org.tidende.store;

import java.util.List;

/**
 * A page of stories.
 *
 * @param total stories matching the filters
 * @param stories the page's stories as stored JSON, in order
 */
public record StoryPage(long total, List<String> stories) {
  public StoryPage {
    stories = List.copyOf(stories);
  }
}
