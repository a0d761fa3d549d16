package org.tidende.model;

import java.util.Objects;

/**
 * The clusterer's decision for one article.
 *
 * @param article the article assigned
 * @param story the story it joined or opened
 * @param opened true when the article opened a new story
 * @param similarity similarity to the story it joined (0 when it opened one), in [0, 1]
 */
public record Assignment(ArticleId article, StoryId story, boolean opened, double similarity) {
  public Assignment {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(story, "story");
  }
}
