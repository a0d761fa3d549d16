package org.tidende.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tidende.model.ArticleDate;

/**
 * A request for a page of stories.
 *
 * @param sort order of the page
 * @param limit stories per page, 1..{@value #MAX_LIMIT}
 * @param offset stories to skip, 0..{@value #MAX_OFFSET}
 * @param language only stories with a member in this language code, or in one of several joined by
 *     commas ({@code nb,nn}), or null
 * @param source only stories with a member from this source (exact), or null
 * @param entity only stories naming this entity: its key, its name, one of its variants as written or by its key,
 *     or a person's surname alone ({@link org.tidende.entity.NameMerger#lookupKeys})
 *     (case-insensitive), or null
 * @param from only stories whose span reaches this date or later, or null
 * @param to only stories whose span starts at this date or earlier, or null
 * @param minSize only stories of at least this many articles, 1.. (1: every story)
 */
public record StoryQuery(Sort sort, int limit, int offset, String language, String source, String entity,
    ArticleDate from, ArticleDate to, int minSize) {

  public static final int MAX_LIMIT = 500;
  public static final int MAX_OFFSET = 100_000;

  /** Story order. */
  public enum Sort {
    /** Latest member date first; undated stories after dated ones, most recently updated first. */
    NEWEST,
    /** Most members first, then newest. */
    BIGGEST
  }

  public StoryQuery {
    Objects.requireNonNull(sort, "sort");
    List<String> problems = problems(limit, offset);
    if (minSize < 1) {
      problems.add("minSize " + minSize + " must be >= 1");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
  }

  /** Stories of any size. */
  public StoryQuery(Sort sort, int limit, int offset, String language, String source, String entity,
      ArticleDate from, ArticleDate to) {
    this(sort, limit, offset, language, source, entity, from, to, 1);
  }

  /** The newest stories, first page of {@code limit}. */
  public static StoryQuery newest(int limit) {
    return new StoryQuery(Sort.NEWEST, limit, 0, null, null, null, null, null);
  }

  /** This query for the page at {@code offset}. */
  public StoryQuery atOffset(int offset) {
    return new StoryQuery(sort, limit, offset, language, source, entity, from, to, minSize);
  }

  /** What is wrong with these paging values, one message per problem (empty when valid). */
  public static List<String> problems(int limit, int offset) {
    List<String> p = new ArrayList<>();
    if (limit < 1 || limit > MAX_LIMIT) {
      p.add("limit " + limit + " must be in 1.." + MAX_LIMIT);
    }
    if (offset < 0 || offset > MAX_OFFSET) {
      p.add("offset " + offset + " must be in 0.." + MAX_OFFSET);
    }
    return p;
  }
}
