package org.tidende.store;

import java.io.Closeable;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.tidende.model.ArticleId;
import org.tidende.model.StoryId;

/**
 * Durable storage of articles and stories with search. Writes become visible to reads after
 * {@link #refresh} and durable after {@link #commit}; the write-ahead log covers the gap.
 * Implementations are safe for one writer thread and any number of reader threads.
 */
public interface Store extends Closeable {

  /** The seq recorded by the last {@link #commit} (0 for a new store). */
  long committedSeq();

  /**
   * False when the last commit indexed text with another version of the language analysis
   * (stemmers, stop words) than this build's: its article texts must be indexed again, or a search
   * would look for this build's stems among the old ones. True for a new store.
   */
  default boolean analysisCurrent() {
    return true;
  }

  /**
   * Adds articles.
   *
   * @param mayExist true to replace articles of the same id; false when the ids are known to be new
   *     (cheaper: no lookup)
   */
  void putArticles(List<StoredArticle> articles, boolean mayExist) throws IOException;

  /** Adds or replaces (by story id) stories. */
  void putStories(List<StoryRecord> stories) throws IOException;

  /** Deletes the stories of these ids (merged into others by story revision); unknown ids are ignored. */
  void deleteStories(Collection<StoryId> ids) throws IOException;

  /** Deletes every story (before rebuilding them all). */
  void deleteAllStories() throws IOException;

  /**
   * The fingerprint each stored story's view was written with ({@link StoryRecord#fingerprint});
   * stories written without one are left out.
   */
  default Map<StoryId, String> storyFingerprints() throws IOException {
    return Map.of();
  }

  /**
   * The fingerprints of these stories' stored views ({@link StoryRecord#fingerprint}), as {@link
   * #storyFingerprints()} gives them, looked up by id: stories not stored or stored without one are
   * left out.
   */
  default Map<StoryId, String> storyFingerprints(Collection<StoryId> ids) throws IOException {
    Map<StoryId, String> all = storyFingerprints();
    Map<StoryId, String> out = new HashMap<>();
    ids.forEach(id -> {
      if (all.containsKey(id)) {
        out.put(id, all.get(id));
      }
    });
    return out;
  }

  /**
   * Ids of the visible stories no visible article is indexed under: stories whose members all went
   * to other stories (merged away, emptied by moves, or clustered otherwise by another build).
   */
  List<StoryId> storiesWithoutArticles() throws IOException;

  /** Makes all writes so far visible to reads. */
  void refresh() throws IOException;

  /** Makes all writes so far durable and records {@code seq} as {@link #committedSeq()}. */
  void commit(long seq) throws IOException;

  /** What an article is looked up by to tell a duplicate ({@link #keptArticle}). */
  enum Key {
    /** Its id. */
    ID,
    /** Its URL, normalised ({@link DuplicateIndex#normaliseUrl}). */
    URL,
    /** Its content id ({@link ArticleId#ofContent}). */
    CONTENT
  }

  /**
   * The id of the visible article of lowest seq that has {@code value} as its {@code key}, if any:
   * one term lookup.
   */
  Optional<ArticleId> keptArticle(Key key, String value) throws IOException;

  /** An article by id, if stored and visible. */
  Optional<StoredArticle> article(ArticleId id) throws IOException;

  /** A story's stored JSON by id, if stored and visible. */
  Optional<String> storyJson(StoryId id) throws IOException;

  /** Every visible article, in seq order. */
  default void forEachArticle(Consumer<StoredArticle> sink) throws IOException {
    long after = Long.MIN_VALUE;
    for (List<StoredArticle> page; !(page = articlesAfter(after, 1024)).isEmpty(); after = page.get(page.size() - 1).seq()) {
      page.forEach(sink);
    }
  }

  /**
   * The first {@code limit} visible articles of a seq above {@code seq}, in seq order: the archive
   * read in pages of bounded size (a restart's replay), each page a search of its own.
   */
  List<StoredArticle> articlesAfter(long seq, int limit) throws IOException;

  /** Number of visible articles. */
  long articleCount() throws IOException;

  /** Number of visible stories. */
  long storyCount() throws IOException;

  /**
   * The visible articles' language codes and how many articles each has, most first (ties by code),
   * {@code und} for articles of no identified language: the languages a filter can choose from.
   */
  List<Map.Entry<String, Long>> articleLanguages() throws IOException;

  /**
   * The stored sources spelt as {@code source} but for case ({@code NRK} for {@code nrk}), or, where
   * none is, those in which it begins a word, case aside, when it has two letters or digits or more
   * ({@code Nordic Wire} for {@code nordic} or {@code wire}, {@code Jyllandsposten} for {@code
   * Jyllands}; until session 39 these got no suggestion), at most {@code max}, sorted; empty when
   * there is none or {@code source} is itself stored. A filter on source is exact, so a page that
   * came back empty can say which was meant.
   */
  List<String> sourcesSpeltLike(String source, int max) throws IOException;

  /** A page of stories. */
  StoryPage stories(StoryQuery query) throws IOException;

  /**
   * Full-text search over articles, each language's text under its own analyzer, and words meant
   * as names also by their name keys, so another spelling of a name finds it ({@code Usjakov},
   * {@code Ushakov}).
   *
   * @param query query in Lucene's classic syntax (terms, "phrases", OR, -not); unparseable input is
   *     searched as plain words (its exclusions kept), and the page says why ({@link SearchPage#plainWords});
   *     a {@code lang:} clause with no language code is left out, the rest searched, and said ({@link SearchPage#leftOut})
   * @param language only articles identified in this language code, or in one of several joined by commas
   *     ({@code nb,nn}), or null
   * @param sort hit order: relevance, or newest first (undated last, ties by relevance)
   * @throws QueryTooLarge when the query, read in every language, needs more clauses than Lucene takes
   */
  SearchPage search(String query, String language, SearchPage.Sort sort, int limit, int offset) throws IOException;

  /** {@link #search(String, String, SearchPage.Sort, int, int)} by relevance. */
  default SearchPage search(String query, String language, int limit, int offset) throws IOException {
    return search(query, language, SearchPage.Sort.RELEVANCE, limit, offset);
  }

  /**
   * What Lucene's classic syntax finds wrong with {@code query}, in one line ("'AND' ends the query
   * with no word after it" for {@code Putin AND}), or empty when it parses; also a {@code lang:} clause with no language code. {@link #search}
   * searches such a query as plain words (leaves such a clause out); a caller that would rather tell its user asks here first.
   */
  Optional<String> syntaxError(String query);
}
