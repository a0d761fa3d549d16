package org.tidende.model;

import java.util.List;
import java.util.Objects;

/**
 * A story: articles reporting the same real-world event, with what a reader needs to see first.
 *
 * @param id stable id ({@code "s"} + the opening article's id)
 * @param headline a representative headline taken from the members' own titles or leads
 * @param languages distinct languages of the members, most frequent first
 * @param sources distinct sources (outlet, host of the URL, or file name), most frequent first
 * @param first earliest member date, or null when no member is dated
 * @param last latest member date, or null
 * @param articles members in story order (event time, then arrival)
 * @param details entities, timeline, shared passages, additions and summary
 */
public record Story(StoryId id, String headline, List<Language> languages, List<String> sources,
    ArticleDate first, ArticleDate last, List<StoryArticle> articles, StoryDetails details) {

  public Story {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(headline, "headline");
    languages = List.copyOf(languages);
    sources = List.copyOf(sources);
    articles = List.copyOf(articles);
    details = details == null ? StoryDetails.empty() : details;
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("story " + id + " has no articles");
    }
  }

  /**
   * One member of a story as shown with it. {@code date} may be inferred ({@link
   * ArticleDate#inferred()}); {@code givenDate} is what the source said (null when nothing).
   */
  public record StoryArticle(ArticleId id, String file, int line, String title, Language language, ArticleDate date,
      ArticleDate givenDate, String source, String url, double similarity) {
    public StoryArticle {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(language, "language");
    }
  }

  public int size() {
    return articles.size();
  }
}
