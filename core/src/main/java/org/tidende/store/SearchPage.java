package org.tidende.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A page of article search results.
 *
 * @param total articles matching
 * @param hits the page, in the order asked for ({@link Sort}): best first by default
 * @param plainWords why the query was searched as plain words (Lucene could not parse it, in one
 *     line: "'AND' ends the query with no word after it" for {@code Putin AND}), or null when it was read in
 *     Lucene's syntax
 * @param leftOut the clauses of a query read in Lucene's syntax that were left out of the search,
 *     and why ({@code lang:norwegian}, no language code: "lang:norwegian: not a language code:
 *     ..."; several joined by "; "), or null when none was
 * @param sort the order of the hits: the one asked for, but {@link Sort#NEWEST} where {@link
 *     Sort#RELEVANCE} was asked for a query with no word to rank by ({@code *}, {@code lang:nb},
 *     {@code source:NRK}, {@code -Kim}), whose hits all score alike
 * @param sourcesInOtherCase of a query that found nothing, each {@code source:} value it required
 *     that no article has as written but some have in another case ({@code source:nrk}, stored
 *     {@code NRK}) or as a word's beginning ({@code source:Nordic}, stored {@code Nordic Wire};
 *     {@link Store#sourcesSpeltLike}), in the order the query names them, with the stored spellings (at most three,
 *     sorted): a source clause is exact, so the reader can be told which was meant; empty when the
 *     query found something or asked for no such source
 */
public record SearchPage(long total, List<Hit> hits, String plainWords, String leftOut, Sort sort,
    Map<String, List<String>> sourcesInOtherCase) {
  public SearchPage {
    hits = List.copyOf(hits);
    Objects.requireNonNull(sort, "sort");
    Map<String, List<String>> copy = new LinkedHashMap<>();
    sourcesInOtherCase.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "source"), List.copyOf(v)));
    sourcesInOtherCase = Collections.unmodifiableMap(copy);
  }

  /** A page without a note on sources. */
  public SearchPage(long total, List<Hit> hits, String plainWords, String leftOut, Sort sort) {
    this(total, hits, plainWords, leftOut, sort, Map.of());
  }

  /** Hit order. */
  public enum Sort {
    /**
     * Best match first (BM25 score); the default. A query with no word to rank by ({@code *},
     * {@code lang:nb}, {@code -Kim}) is sorted {@link #NEWEST} instead: its hits all score alike.
     */
    RELEVANCE,
    /**
     * Latest publication date first ({@link org.tidende.model.ArticleDate#epochSecond}: a day counts
     * as its noon, a month as its 15th, as stories are ordered), undated articles last; equal dates
     * by relevance.
     */
    NEWEST
  }

  /** A page of a query read in Lucene's syntax. */
  public SearchPage(long total, List<Hit> hits) {
    this(total, hits, null, null, Sort.RELEVANCE);
  }

  /**
   * One matching article, its relevance score (BM25, higher is better) and its snippet: the passage
   * of its text where the query's words are ({@link Snippets}), with the {@code [start, end)} offsets
   * (UTF-16 characters) of each match in it (a phrase one match where it matched); no marks when
   * the text did not match (the words were in the title, or only a filter matched), and the
   * snippet is then the text's start. {@code titleMarks} are the matches in the article's title,
   * offsets into {@code article().article().title()} as stored; empty when it did not match.
   */
  public record Hit(StoredArticle article, double score, String snippet, List<Mark> marks, List<Mark> titleMarks) {
    public Hit {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(snippet, "snippet");
      marks = List.copyOf(marks);
      titleMarks = List.copyOf(titleMarks);
    }
  }

  /** A match's place in a snippet or title: {@code [start, end)}. */
  public record Mark(int start, int end) {}
}
