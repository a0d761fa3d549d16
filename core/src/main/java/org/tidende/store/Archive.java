package org.tidende.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import org.tidende.model.Article;
import org.tidende.model.ArticleId;
import org.tidende.model.Story;
import org.tidende.model.StoryId;
import org.tidende.pipeline.Pipeline;

/**
 * The durable news archive behind the server and {@code tidende ingest}: takes articles, drops
 * exact duplicates, logs them durably, clusters them into stories, and keeps articles and stories
 * searchable in a {@link Store} in a data folder ({@code index/} and {@code wal/}).
 *
 * <p>Design. One writer thread owns all mutable state (the pipeline session, the duplicate index,
 * the log, the index writer); {@link #submit} only enqueues. The writer takes every request waiting
 * (group commit), decides duplicates, appends one log record per request and syncs once for all,
 * then analyses (in parallel), clusters (in order), indexes the articles, and completes the
 * requests. So an acknowledgement means the article is on disk; a crash after the sync loses
 * nothing, and one before it loses only unacknowledged requests. Stories touched are rebuilt and
 * readers refreshed lazily: when a reader asks (a barrier request through the same queue, so it
 * sees every write acknowledged before it), when idle, or at least once a second under load; so
 * a client reads its own writes while pure ingest does not pay a refresh per request. The index
 * commits every {@code commitInterval} (and on close), recording the last seq it holds, on a
 * thread of its own so the writer does not wait for the index's fsync; the log keeps only what
 * came after.
 *
 * <p>Stories are revised after their articles arrive: the clusterer merges two stories and moves
 * members between them. The writer hears each merge and move from its pipeline session
 * ({@link Pipeline#newSession(org.tidende.cluster.StoryEvents)}) and at the next flush rebuilds the
 * stories on both sides, deletes the record of a story merged away, and re-indexes each moved
 * article under the story that holds it now, so a story's record and its articles' {@code story}
 * agree. A merged-away id stays known ({@link #currentStory}), so a client holding the id an
 * ingest answer gave finds the story it joined.
 *
 * <p>Restart rebuilds the clustering state by replay, the simplest correct approach: stored
 * articles, then logged articles the index lacks, are fed through the pipeline in seq (arrival)
 * order, which gives the same stories as the live run because every stage is deterministic given
 * the order. All story documents are then rewritten (so a crash between an article and its story
 * update, or a changed clustering algorithm, leaves no stale story), except those whose stored view
 * has the fingerprint the replayed story would get: the same members, the same latest update and
 * the same build ({@link Options#viewsBuild}). Building a view is pure, so such a view is the one
 * it would build; building views was most of a restart (67-86 % of it on 52,614 articles), and
 * on 3,732 Norwegian and Swedish feed items a restart took 3.3-3.7 s with the views kept against
 * 14.5-16.2 s building them all (the first start of a new build still builds them all). Cost: the whole pipeline over
 * the archive at each start; {@code serve-bench} reports it. Since that can take minutes, {@link
 * #open(Path, Pipeline, Function, Options, Consumer, ReplayListener)} tells a listener when the
 * folder is held and how far each step is, so a server can listen and answer "starting" meanwhile;
 * a listener that throws stops the replay, and as nothing of it is committed before its end, the
 * archive is left as it was.
 *
 * <p>Clustering settings. Whether English is clustered with its sentence vectors (the embedder)
 * is the archive's, recorded in the data folder ({@value #SETTINGS_FILE}) when it is made, because
 * a restart replays every article and must cluster them as they were clustered: the same stories,
 * the same ids clients hold. An open that asks for the other setting is refused while the archive
 * holds articles ({@link EmbeddingsConflict}, before the folder counts as held); asking for none
 * takes the archive's. An older build's folder (no record) counts as clustered with the embedder.
 *
 * <p>Memory: the writer holds the articles of open stories (analysed, and as stored), not the
 * archive: a story the clusterer retires leaves memory once its last record is written, and is
 * served from the store ({@link Stats#heldArticles}). Duplicates are looked up in the store, the
 * keys of articles not yet visible to its readers in memory ({@code DuplicateIndex}), and the
 * session keeps recent ids only: on the Danish archive a server's live heap no longer grows per
 * article (104,640 KB on half of it, 102,728 KB on all 46,442 articles; about 150 bytes per article
 * before, 4.5 KB when every article was kept); see {@code ArchiveState}. A restart's replay
 * streams the archive in seq order and holds the same (open stories' members) plus a chunk of
 * articles read.
 *
 * <p>Failure modes: a failed log write fails the requests in it and nothing is kept; a failure
 * after the sync (a bug in a stage) fails the requests although their articles are logged, so they
 * reappear on restart and a resubmission reports them as duplicates (at-least-once). A full queue
 * fails new requests at once ({@link Overloaded}) instead of growing without bound.
 */
public final class Archive implements AutoCloseable {

  /**
   * Settings.
   *
   * @param commitInterval how often the index commits while articles arrive
   * @param maxQueuedRequests requests waiting for the writer at most before {@link Overloaded}
   * @param maxGroupArticles articles the writer takes into one group commit at most
   */
  /**
   * @param viewsBuild what built the story views (the build's identity: they change with its code
   *     and models); a story whose members and latest update are as they were when a view of the
   *     same build was stored keeps that view at a restart instead of building it again. Null: not
   *     known, every view is built again.
   * @param embeddings whether English is clustered with its sentence vectors: null takes the
   *     archive's setting (on for a new archive); true or false asks for it, and an archive holding
   *     articles set otherwise refuses to open ({@link EmbeddingsConflict}); see {@link #open}
   */
  public record Options(Duration commitInterval, int maxQueuedRequests, int maxGroupArticles, String viewsBuild,
      Boolean embeddings) {
    public Options {
      Objects.requireNonNull(commitInterval, "commitInterval");
      if (maxQueuedRequests < 1 || maxGroupArticles < 1) {
        throw new IllegalArgumentException("queue and group bounds must be >= 1");
      }
    }

    public static Options defaults() {
      return new Options(Duration.ofSeconds(5), 4096, 20_000, null, null);
    }

    public Options withCommitInterval(Duration d) {
      return new Options(d, maxQueuedRequests, maxGroupArticles, viewsBuild, embeddings);
    }

    public Options withViewsBuild(String build) {
      return new Options(commitInterval, maxQueuedRequests, maxGroupArticles, build, embeddings);
    }

    /** These options asking for English sentence vectors on or off (null: the archive's setting). */
    public Options withEmbeddings(Boolean on) {
      return new Options(commitInterval, maxQueuedRequests, maxGroupArticles, viewsBuild, on);
    }
  }

  /**
   * The archive holds articles clustered with the sentence embedder set otherwise than {@link
   * Options#embeddings} asks: replaying them so would change its stories (and the ids clients hold),
   * so it is not opened. Thrown before {@link ReplayListener#locked}; nothing is changed.
   */
  public static final class EmbeddingsConflict extends IOException {
    private final boolean stored;
    private final long articles;

    EmbeddingsConflict(Path folder, boolean stored, long articles) {
      super("data folder " + folder + " clusters English " + (stored ? "with" : "without")
          + " sentence vectors (as its first articles were); asked to cluster " + (stored ? "without" : "with")
          + " them, which would change its " + articles + " article(s)' stories");
      this.stored = stored;
      this.articles = articles;
    }

    /** The archive's setting: true when it clusters English with sentence vectors. */
    public boolean stored() {
      return stored;
    }

    /** Articles the archive holds (committed and logged). */
    public long articles() {
      return articles;
    }
  }

  /**
   * The file in the data folder recording how its articles are clustered ({@code embeddings=true}
   * or {@code false}). A folder without it (made before session 36) clusters with embeddings.
   */
  static final String SETTINGS_FILE = "clustering.properties";

  /** The writer's queue is full; the caller should retry later (HTTP 503). */
  public static final class Overloaded extends RuntimeException {
    Overloaded(String message) {
      super(message);
    }
  }

  /**
   * Counters for health reports. Snapshot; immutable. {@code heldArticles} counts the articles whose
   * analysed form and stored copy the writer holds in memory: the members of open stories (and of
   * stories retired since the last flush), not the archive's size.
   */
  public record Stats(long articles, long stories, long lastSeq, long committedSeq, int queued,
      long replayedArticles, long replayMillis, long recoveredFromLog, long heldArticles) {}

  /** Articles to store, or (barrier) a reader waiting until all acknowledged writes are visible. */
  record Request(List<Article> articles, CompletableFuture<List<IngestOutcome>> done, boolean barrier) {}

  private final Store store;
  private final WriteAheadLog wal;
  private final ArchiveState state;
  private final Options options;
  private final BlockingQueue<Request> queue;
  private final Thread writer;
  private final Consumer<String> log;
  private volatile boolean closing;
  /** Set by the first {@link #close(ReplayListener)}. */
  private boolean closed;
  /** Told how a flush builds the story views: nothing until {@link #close(ReplayListener)} names one. */
  private volatile ReplayListener views = ReplayListener.NONE;
  private volatile long lastCommitNanos = System.nanoTime();
  private final ExecutorService committer = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "tidende-archive-commit");
    t.setDaemon(true);
    return t;
  });
  private final AtomicBoolean committing = new AtomicBoolean();
  private long lastFlushNanos = System.nanoTime();
  private final Object barrierLock = new Object();
  private Request pendingBarrier;
  private final boolean embeddings;

  private Archive(Store store, WriteAheadLog wal, ArchiveState state, Options options, Consumer<String> log,
      boolean embeddings) {
    this.store = store;
    this.wal = wal;
    this.state = state;
    this.options = options;
    this.log = log;
    this.embeddings = embeddings;
    this.queue = new ArrayBlockingQueue<>(options.maxQueuedRequests());
    this.writer = new Thread(this::writeLoop, "tidende-archive-writer");
    this.writer.setDaemon(true);
  }

  /**
   * Opens the archive in {@code folder} (created when absent), recovers the log, replays the
   * articles to rebuild stories, and starts the writer.
   *
   * @param pipeline the stages to run (its session keeps members to build stories)
   * @param render the JSON shape of a story as served and stored
   * @param log told about recovery and commits, one line each
   * @throws IOException when the folder cannot be used, e.g. another process holds it
   */
  public static Archive open(Path folder, Pipeline pipeline, Function<Story, ? extends JsonNode> render,
      Options options, Consumer<String> log) throws IOException {
    return open(folder, pipeline, render, options, log, ReplayListener.NONE);
  }

  /**
   * {@link #open(Path, Pipeline, Function, Options, Consumer)}, telling {@code progress} when the
   * folder is held and how the replay advances (a server answers with it while it starts).
   *
   * @param progress called on this thread; an exception it throws fails the open, the folder
   *     released and the archive left as it was
   * @throws IOException when the folder cannot be used, e.g. another process holds it (before
   *     {@link ReplayListener#locked})
   */
  public static Archive open(Path folder, Pipeline pipeline, Function<Story, ? extends JsonNode> render,
      Options options, Consumer<String> log, ReplayListener progress) throws IOException {
    return open(folder, pipeline, render, options, log, progress, ArchiveState.REPLAY_CHUNK);
  }

  /** {@link #open(Path, Pipeline, Function, Options, Consumer, ReplayListener)} replaying {@code replayChunk} articles at a time (tests). */
  static Archive open(Path folder, Pipeline pipeline, Function<Story, ? extends JsonNode> render,
      Options options, Consumer<String> log, ReplayListener progress, int replayChunk) throws IOException {
    Objects.requireNonNull(progress, "progress");
    Files.createDirectories(folder);
    LuceneStore store = new LuceneStore(folder.resolve("index"));
    WriteAheadLog wal = null;
    try {
      boolean embeddings = embeddingsSetting(folder, store, options.embeddings());
      progress.locked();
      wal = WriteAheadLog.open(folder.resolve("wal"), store.committedSeq(), w -> log.accept("log: " + w));
      Pipeline used = embeddings ? pipeline : pipeline.withoutEmbeddings();
      ArchiveState state = ArchiveState.replay(store, wal, used, render, options.viewsBuild(), log, progress, replayChunk);
      Archive a = new Archive(store, wal, state, options, log, used.embeddings());
      a.writer.start();
      return a;
    } catch (IOException | RuntimeException e) {
      try {
        if (wal != null) {
          wal.close();
        }
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      store.close(); // without a commit: what the replay rewrote is dropped
      throw e;
    }
  }

  /**
   * How this archive clusters English, decided once the folder is held and before anything is
   * replayed: the setting recorded in {@link #SETTINGS_FILE}, or on for a folder holding articles
   * without one (an older build's); a folder holding no articles (new, or left empty) takes {@code
   * wanted} (null: on). The setting is recorded (written to a temporary file, synced, moved into
   * place) before any article is, so a restart clusters the way the articles were clustered.
   *
   * @throws EmbeddingsConflict when {@code wanted} is not null and differs from the setting of a
   *     folder that holds articles
   */
  private static boolean embeddingsSetting(Path folder, LuceneStore store, Boolean wanted) throws IOException {
    Path file = folder.resolve(SETTINGS_FILE);
    Boolean recorded = null;
    if (Files.exists(file)) {
      Properties p = new Properties();
      try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        p.load(in);
      }
      String v = p.getProperty("embeddings", "").strip();
      if (!v.equals("true") && !v.equals("false")) {
        throw new IOException(file + ": embeddings must be true or false, got '" + v + "'");
      }
      recorded = Boolean.valueOf(v);
    }
    long articles = store.articleCount() + WriteAheadLog.countAfter(folder.resolve("wal"), store.committedSeq());
    boolean setting;
    if (articles == 0) {
      setting = wanted != null ? wanted : recorded != null ? recorded : true;
    } else {
      setting = recorded != null ? recorded : true;
      if (wanted != null && wanted != setting) {
        throw new EmbeddingsConflict(folder, setting, articles);
      }
    }
    if (recorded == null || recorded != setting) {
      Path tmp = folder.resolve(SETTINGS_FILE + ".tmp");
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE,
          StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ch.write(ByteBuffer.wrap(("# how Tidende clusters this folder's articles; a restart clusters them so again\n"
            + "embeddings=" + setting + "\n").getBytes(StandardCharsets.UTF_8)));
        ch.force(true);
      }
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
    return setting;
  }

  /**
   * Whether English is clustered with its sentence vectors here: the pipeline given, without its
   * embedder where the archive's setting is off ({@link Options#embeddings}).
   */
  public boolean embeddings() {
    return embeddings;
  }

  /** Articles whose duplicate keys the writer holds in memory (the rest the store answers for). */
  long duplicatesHeld() {
    return state.duplicatesHeld();
  }

  /** The most articles the replay at open held in memory at once (read, analysed or members of open stories). */
  long replayPeakHeld() {
    return state.replayPeakHeld;
  }

  /**
   * Queues a batch; the future completes with one outcome per article, in order, once the accepted
   * ones are durable, clustered and visible to reads. Thread-safe.
   *
   * @throws Overloaded when the queue is full
   * @throws IllegalStateException after {@link #close}
   */
  public CompletableFuture<List<IngestOutcome>> submit(List<Article> articles) {
    if (closing) {
      throw new IllegalStateException("archive is closing");
    }
    Request r = new Request(List.copyOf(articles), new CompletableFuture<>(), false);
    if (!queue.offer(r)) {
      throw new Overloaded("ingest queue full (" + options.maxQueuedRequests() + " requests waiting); retry later");
    }
    return r.done();
  }

  /** {@link #submit} and wait, for batch use. */
  public List<IngestOutcome> ingest(List<Article> articles) throws IOException {
    try {
      return submit(articles).join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw e;
    }
  }

  /** An article by id. Thread-safe. */
  public Optional<StoredArticle> article(ArticleId id) {
    awaitVisible();
    return io(() -> store.article(id));
  }

  /** A story's JSON by id. Thread-safe. */
  public Optional<String> storyJson(StoryId id) {
    awaitVisible();
    return io(() -> store.storyJson(id));
  }

  /**
   * The story {@code id} is part of now: the one it was merged into when story revision folded it
   * into another (followed through later merges), else {@code id} itself. Merges into open stories
   * are followed in memory; once the story they ended in has retired and been written, through the
   * store: the article that opened {@code id} is stored under the story holding it now ({@link
   * ArchiveSnapshot#currentStory}; so an unknown id naming a stored article also leads to that
   * article's story, as {@code stories --data DIR --story ID} does). Thread-safe.
   */
  public StoryId currentStory(StoryId id) {
    StoryId now = state.current(id);
    if (!now.equals(id)) {
      return now;
    }
    // a merge into a story retired and written long ago is no longer followed in memory (Pipeline.Session#forget):
    // the article that opened the merged-away story is stored under the story holding it now
    awaitVisible();
    return io(() -> ArchiveSnapshot.currentStory(store, id)).orElse(id);
  }

  /** A page of stories. Thread-safe. */
  public StoryPage stories(StoryQuery q) {
    awaitVisible();
    return io(() -> store.stories(q));
  }

  /** Full-text search over articles; see {@link Store#search}. Thread-safe. */
  public SearchPage search(String query, String language, int limit, int offset) {
    return search(query, language, SearchPage.Sort.RELEVANCE, limit, offset);
  }

  /** Full-text search over articles in the order {@code sort}; see {@link Store#search}. Thread-safe. */
  public SearchPage search(String query, String language, SearchPage.Sort sort, int limit, int offset) {
    awaitVisible();
    return io(() -> store.search(query, language, sort, limit, offset));
  }

  /** Every stored article in seq order (for verification and export). */
  public void forEachArticle(Consumer<StoredArticle> sink) {
    awaitVisible();
    io(() -> {
      store.forEachArticle(sink);
      return null;
    });
  }

  /**
   * Read-your-writes: when articles were acknowledged since the readers last refreshed, asks the
   * writer to bring stories and readers up to date and waits. Concurrent readers share one request.
   * Writes alone never refresh more than once a second, so ingest throughput does not pay for reads
   * that nobody makes.
   */
  private void awaitVisible() {
    if (!state.stale()) {
      return;
    }
    Request b;
    synchronized (barrierLock) {
      if (pendingBarrier == null || pendingBarrier.done().isDone()) {
        Request fresh = new Request(List.of(), new CompletableFuture<>(), true);
        if (!queue.offer(fresh)) {
          throw new Overloaded("writer queue full (" + options.maxQueuedRequests() + " requests waiting); retry later");
        }
        pendingBarrier = fresh;
      }
      b = pendingBarrier;
    }
    try {
      b.done().get(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the writer", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("writer did not make recent articles visible: " + e, e);
    }
  }

  /**
   * The articles' language codes, each with its count, most first; see {@link
   * Store#articleLanguages}. As of the index's last refresh (articles acknowledged a moment ago may
   * be missing): it does not wait for the writer. Thread-safe.
   */
  public List<Map.Entry<String, Long>> languages() {
    return io(store::articleLanguages);
  }

  /** See {@link Store#sourcesSpeltLike}; as of the index's last refresh. Thread-safe. */
  public List<String> sourcesSpeltLike(String source, int max) {
    return io(() -> store.sourcesSpeltLike(source, max));
  }

  public Stats stats() {
    return new Stats(state.articles(), state.stories(), state.lastSeq(), store.committedSeq(), queue.size(),
        state.replayed, state.replayMillis, state.recovered, state.held());
  }

  private interface IoCall<T> {
    T call() throws IOException;
  }

  private static <T> T io(IoCall<T> c) {
    try {
      return c.call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writeLoop() {
    while (!closing || !queue.isEmpty()) {
      try {
        Request first = queue.poll(200, TimeUnit.MILLISECONDS);
        List<Request> writes = new ArrayList<>();
        List<Request> barriers = new ArrayList<>();
        int n = 0;
        for (Request r = first; r != null; r = n < options.maxGroupArticles() ? queue.poll() : null) {
          (r.barrier() ? barriers : writes).add(r);
          n += r.articles().size();
        }
        if (!writes.isEmpty()) {
          state.process(writes, store, wal);
        }
        // not while closing, unless a reader waits: close's commit flushes, telling the listener it was given
        if (!barriers.isEmpty() || (!closing && state.stale()
            && (first == null || System.nanoTime() - lastFlushNanos > 1_000_000_000L))) {
          flush(barriers);
        }
        if (System.nanoTime() - lastCommitNanos > options.commitInterval().toNanos() && state.lastSeq() > store.committedSeq()
            && committing.compareAndSet(false, true)) {
          commitInBackground();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        // A bug in a stage must not stop the writer: the group's requests have failed already.
        log.accept("archive: writer error: " + e);
      }
    }
  }

  /** Stories and readers up to date with every write so far; then the waiting readers go on. */
  private void flush(List<Request> barriers) {
    try {
      state.flush(store, () -> views);
      barriers.forEach(b -> b.done().complete(List.of()));
    } catch (IOException | RuntimeException e) {
      barriers.forEach(b -> b.done().completeExceptionally(e));
      log.accept("archive: refresh failed: " + e);
    }
    lastFlushNanos = System.nanoTime();
  }

  /**
   * On the writer: brings stories up to date and starts a new log segment; then, on the commit
   * thread, commits the index through the current seq and drops the log segments it covers. Articles
   * the writer adds meanwhile may enter the commit too; they are above its seq, so a restart takes
   * them from the log again and replaces them (same id, same seq).
   */
  private void commitInBackground() {
    try {
      state.flush(store, () -> views);
      long seq = state.lastSeq();
      wal.rotate();
      lastCommitNanos = System.nanoTime();
      committer.execute(() -> {
        try {
          store.commit(seq);
          wal.dropThrough(seq);
        } catch (IOException | RuntimeException e) {
          log.accept("archive: commit failed (the log still holds everything): " + e);
        } finally {
          committing.set(false);
        }
      });
    } catch (IOException | RuntimeException e) {
      committing.set(false);
      log.accept("archive: commit failed (the log still holds everything): " + e);
    }
  }

  private void commit() throws IOException {
    state.flush(store, () -> views);
    long seq = state.lastSeq();
    store.commit(seq);
    wal.rotate();
    wal.dropThrough(seq);
    lastCommitNanos = System.nanoTime();
  }

  /** Finishes queued requests, commits, and closes the folder; a second call does nothing. */
  @Override
  public void close() throws IOException {
    close(ReplayListener.NONE);
  }

  /**
   * {@link #close()}, telling {@code views} how far the last flush is in building the views of the
   * stories touched since the one before ({@link ReplayListener.Step#STORIES}; from the writer, if
   * it was flushing when this was called, from its next slice on): at the end of an ingest, every
   * story still open, which took 9 s for 5,000 Danish front pages, said nothing, and looked like a
   * hang after the ingest's summary.
   */
  public synchronized void close(ReplayListener views) throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    this.views = views;
    closing = true;
    try {
      writer.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (Request r; (r = queue.poll()) != null; ) {
      r.done().completeExceptionally(new IllegalStateException("archive closed before the request was written"));
    }
    committer.shutdown();
    try {
      committer.awaitTermination(5, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      commit();
    } finally {
      wal.close();
      store.close();
    }
  }
}
