package org.tidende.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.IndexNotFoundException;
import org.tidende.model.ArticleId;
import org.tidende.model.StoryId;

/**
 * A data folder's archive as of its last index commit, opened read-only: search, pages of stories
 * and lookups by id for the command line, beside a server that holds the folder or with none.
 *
 * <p>Design. {@code index/} is opened with a plain Lucene reader ({@link
 * LuceneStore#openReadOnly}): no write lock, no replay of the write-ahead log, nothing written, so
 * a running server is neither blocked nor disturbed, and its files are read by the same {@link
 * Store} code that answers its HTTP routes (same query parser, per-language analyzers, filters and
 * sort). The log ({@code wal/}) is only read, to say how many articles the view lacks. Unlike an
 * {@link Archive} it does not rebuild stories, so opening costs milliseconds, not a replay.
 *
 * <p>What it cannot see: articles a server acknowledged after its last commit (it commits every
 * {@code --commit-seconds} and when it stops; {@link #uncommittedArticles} counts them), and
 * writes made after the open (open again to see them). Story ids merged into another story are
 * known only to the server's memory; {@link #currentStory} follows one through the article that
 * opened it, which the index holds under the story it is in now. Thread-safe for reads.
 */
public final class ArchiveSnapshot implements AutoCloseable {

  /** The folder is missing, a file, or holds no Tidende index. The message says which, for a person. */
  public static final class NotADataFolder extends IOException {
    NotADataFolder(String message) {
      super(message);
    }
  }

  private final Path folder;
  private final LuceneStore store;

  private ArchiveSnapshot(Path folder, LuceneStore store) {
    this.folder = folder;
    this.store = store;
  }

  /**
   * Opens {@code folder} (made by {@code tidende ingest} or {@code tidende serve}) read-only.
   *
   * @throws NotADataFolder when it does not exist, is a file, or has no committed index
   * @throws IOException when the index cannot be read (corrupt, no permission)
   */
  public static ArchiveSnapshot open(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      // the first command a new user tries on a data folder ("tidende search Putin") meets this one:
      // it says how to make one, as the message for a folder without index/ does
      throw new NotADataFolder("data folder " + folder + " does not exist (`tidende ingest PATH... --data " + folder
          + "` makes one, or give the folder `serve` writes with --data DIR)");
    }
    if (!Files.isDirectory(folder)) {
      throw new NotADataFolder("data folder " + folder + " is a file, not a folder");
    }
    Path index = folder.resolve("index");
    if (!Files.isDirectory(index)) {
      throw new NotADataFolder(folder + " is not a Tidende data folder (it has no index/; "
          + "`tidende ingest PATH... --data " + folder + "` makes one)");
    }
    try {
      return new ArchiveSnapshot(folder, LuceneStore.openReadOnly(index));
    } catch (IndexNotFoundException e) {
      throw new NotADataFolder(folder + " holds no committed index (not a Tidende data folder, "
          + "or one whose server has not finished its first start)");
    }
  }

  /** The folder this view reads. */
  public Path folder() {
    return folder;
  }

  /** The write-ahead-log seq the index was committed through: every article up to it is visible. */
  public long committedSeq() {
    return store.committedSeq();
  }

  /**
   * Articles in the folder's write-ahead log above {@link #committedSeq}: acknowledged by a server
   * but not in this view (0 when no server has written since its last commit). Read afresh at each
   * call, without changing the log.
   */
  public long uncommittedArticles() throws IOException {
    return WriteAheadLog.countAfter(folder.resolve("wal"), committedSeq());
  }

  /**
   * False when an older build indexed the folder, with another analysis: a search may miss words
   * until a server or {@code ingest} opens it and indexes its texts again ({@link
   * Store#analysisCurrent}).
   */
  public boolean analysisCurrent() {
    return store.analysisCurrent();
  }

  /** The analysis version the folder was indexed with ({@link LuceneStore#indexedAnalysisVersion}). */
  public int indexedAnalysisVersion() {
    return store.indexedAnalysisVersion();
  }

  /** This build's analysis version: a folder indexed with a lower one is indexed again when opened for writing. */
  public static int currentAnalysisVersion() {
    return Integer.parseInt(LuceneStore.ANALYSIS_VERSION);
  }

  /** Articles visible. */
  public long articleCount() throws IOException {
    return store.articleCount();
  }

  /** Stories visible. */
  public long storyCount() throws IOException {
    return store.storyCount();
  }

  /** See {@link Store#sourcesSpeltLike}. */
  public List<String> sourcesSpeltLike(String source, int max) throws IOException {
    return store.sourcesSpeltLike(source, max);
  }

  /** The articles' language codes with their counts, most first; see {@link Store#articleLanguages}. */
  public List<Map.Entry<String, Long>> languages() throws IOException {
    return store.articleLanguages();
  }

  /** Full-text search; see {@link Store#search} (the server's {@code GET /search} runs the same). */
  public SearchPage search(String query, String language, int limit, int offset) throws IOException {
    return store.search(query, language, limit, offset);
  }

  /** Full-text search in the order {@code sort}; see {@link Store#search}. */
  public SearchPage search(String query, String language, SearchPage.Sort sort, int limit, int offset)
      throws IOException {
    return store.search(query, language, sort, limit, offset);
  }

  /** See {@link Store#syntaxError}. */
  public Optional<String> syntaxError(String query) {
    return store.syntaxError(query);
  }

  /** A page of stories; see {@link Store#stories} (the server's {@code GET /stories} runs the same). */
  public StoryPage stories(StoryQuery query) throws IOException {
    return store.stories(query);
  }

  /** A story's stored JSON (the shape {@code stories --json} prints), if visible. */
  public Optional<String> storyJson(StoryId id) throws IOException {
    return store.storyJson(id);
  }

  /** An article by id, if visible. */
  public Optional<StoredArticle> article(ArticleId id) throws IOException {
    return store.article(id);
  }

  /**
   * The story {@code id} is part of now, as far as the index tells: {@code id} itself when stored;
   * else, for an id merged into another story since it was handed out, the story now holding the
   * article that opened it ({@code s<article id>}, {@link StoryId#openedBy}); else empty.
   */
  public Optional<StoryId> currentStory(StoryId id) throws IOException {
    return currentStory(store, id);
  }

  /** {@link #currentStory(StoryId)} as {@code store} tells: also an {@link Archive}'s, for merges its session forgot. */
  static Optional<StoryId> currentStory(Store store, StoryId id) throws IOException {
    if (store.storyJson(id).isPresent()) {
      return Optional.of(id);
    }
    String v = id.value();
    ArticleId opener;
    try {
      opener = new ArticleId(v.substring(Math.min(1, v.length())));
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // "s" alone, or too long to be an article's
    }
    if (v.charAt(0) != 's') {
      return Optional.empty();
    }
    return store.article(opener).map(StoredArticle::story).filter(s -> !s.equals(id));
  }

  @Override
  public void close() throws IOException {
    store.close();
  }
}
