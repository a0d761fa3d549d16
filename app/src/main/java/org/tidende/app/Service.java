package org.tidende.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import org.apache.lucene.store.LockObtainFailedException;
import org.tidende.pipeline.Pipeline;
import org.tidende.store.Archive;
import org.tidende.store.ReplayListener;

/**
 * A running Tidende service: the archive in a data folder, the HTTP API and web page on it, and
 * optionally a watched folder and polled feeds. {@link #close} stops everything and commits.
 *
 * <p>Start-up. Opening an archive replays every stored article through the pipeline, which takes
 * tens of seconds to minutes on a large data folder. The service listens as soon as it holds the
 * folder, so that a probe, a load balancer or a person can tell a starting server from a dead one
 * ("connection refused"): the address is checked first, then the folder is taken (so a folder in
 * use is still refused before listening), then Jetty listens while a thread of its own replays.
 * Until the replay is done, {@code /health} answers 503 with {@code "status": "starting"} and the
 * replay's progress ({@link Startup}), the web page shows it, and every other route answers 503
 * with {@code Retry-After} (an estimate from the replay's rate): a posted article is refused, never
 * taken and dropped, and no read sees a half-built archive; a route that does not exist answers 404
 * as it does once ready. A failed replay turns {@code starting} into {@code failed} with the reason;
 * the command then exits non-zero, as it did before it listened early. The watched folder and the
 * feeds start only once the archive is ready.
 */
final class Service implements AutoCloseable {

  /**
   * What to run.
   *
   * @param data the data folder
   * @param host address to listen on
   * @param port port, 0 for any free one
   * @param watch folder whose new files are ingested, or null
   * @param feeds RSS/Atom feeds to poll
   * @param pollInterval how often feeds are polled
   * @param commitInterval how often the index commits (the log makes every acknowledged article durable anyway)
   * @param limits request limits
   * @param embeddings English clustered with sentence vectors or not ({@code --[no-]embeddings}); null: the
   *     data folder's setting ({@link Archive.Options#embeddings})
   */
  record Config(Path data, String host, int port, Path watch, List<URI> feeds, Duration pollInterval,
      Duration commitInterval, HttpApi.Limits limits, Boolean embeddings) {
    Config {
      feeds = List.copyOf(feeds);
    }

    /** With the data folder's embeddings setting. */
    Config(Path data, String host, int port, Path watch, List<URI> feeds, Duration pollInterval,
        Duration commitInterval, HttpApi.Limits limits) {
      this(data, host, port, watch, feeds, pollInterval, commitInterval, limits, null);
    }
  }

  /** The data folder is held by another process. */
  static final class FolderInUse extends IOException {
    FolderInUse(Path data, Throwable cause) {
      super("data folder " + data + " is in use by another Tidende process (a running server?); "
          + "stop it, or send the articles to its API with POST /articles", cause);
    }
  }

  /**
   * What went wrong, for a person: the message of this class's own exceptions, which say it in
   * full, else the exception's kind too (a bare {@code AccessDeniedException}'s message is a path).
   */
  static String reason(IOException e) {
    return e.getClass() == IOException.class || e instanceof FolderInUse ? e.getMessage() : e.toString();
  }

  private final Config config;
  private final Consumer<String> log;
  private final Startup startup;
  private final ReplayListener hook;
  private final Javalin http;
  private final Thread opener;
  /** Completes when the data folder is held, or exceptionally when opening failed before. */
  private final CompletableFuture<Void> locked = new CompletableFuture<>();
  /** Completes with the archive once replayed and served, or exceptionally when the start failed. */
  private final CompletableFuture<Archive> opened = new CompletableFuture<>();
  private final Instant started = Instant.now();
  private final Object lifecycle = new Object();
  private boolean closing; // guarded by lifecycle
  private volatile FolderWatcher watcher;
  private volatile FeedPoller poller;

  private Service(Config c, Consumer<String> log, ReplayListener hook) {
    this.config = c;
    this.log = log;
    this.hook = hook;
    this.startup = new Startup(log);
    this.http = new HttpApi(startup, c.limits(), this::health).create();
    this.opener = new Thread(this::open, "tidende-replay");
    this.opener.setDaemon(true); // a stop while starting need not wait for the replay
  }

  /**
   * Opens the archive in {@code data}; throws {@link FolderInUse} when another process has it, and
   * an {@link IOException} saying so when {@code data} is a file.
   */
  static Archive openArchive(Path data, Duration commitInterval, Consumer<String> log) throws IOException {
    return openArchive(data, commitInterval, log, ReplayListener.NONE);
  }

  /** {@link #openArchive(Path, Duration, Consumer)} telling {@code progress} how the replay advances. */
  static Archive openArchive(Path data, Duration commitInterval, Consumer<String> log, ReplayListener progress)
      throws IOException {
    return openArchive(data, commitInterval, null, log, progress);
  }

  /**
   * {@link #openArchive(Path, Duration, Consumer, ReplayListener)} asking for English sentence vectors
   * on or off ({@code --embeddings} / {@code --no-embeddings}), or with null for the folder's setting;
   * a folder that keeps the embedder off without being asked is said in the log, a conflict refused
   * in words naming the option.
   *
   * @throws IOException as above, and when {@code embeddings} conflicts with the setting of a folder
   *     holding articles ({@link Archive.EmbeddingsConflict}, before the folder counts as held)
   */
  static Archive openArchive(Path data, Duration commitInterval, Boolean embeddings, Consumer<String> log,
      ReplayListener progress) throws IOException {
    if (Files.exists(data) && !Files.isDirectory(data)) {
      throw new IOException("data folder " + data + " is a file, not a folder");
    }
    Archive a;
    try {
      a = Archive.open(data, Pipeline.standard(), Json::story,
          Archive.Options.defaults().withCommitInterval(commitInterval).withViewsBuild(BuildIdentity.current())
              .withEmbeddings(embeddings), log, progress);
    } catch (LockObtainFailedException e) {
      throw new FolderInUse(data, e);
    } catch (Archive.EmbeddingsConflict e) {
      // a restart must cluster as the articles were: the stories, and the story ids clients hold, stay
      throw new IOException("data folder " + data + " clusters English " + (e.stored() ? "with sentence vectors (as it was made)"
          : "without sentence vectors (it was made with --no-embeddings)") + " and holds "
          + Inputs.count(e.articles(), "article", "articles") + "; "
          + (e.stored() ? "--no-embeddings" : "--embeddings") + " would cluster them otherwise. Leave "
          + (e.stored() ? "--no-embeddings" : "--embeddings") + " out to keep the folder's setting, or use a new data folder", e);
    }
    if (embeddings == null && !a.embeddings()) {
      log.accept("data folder " + data + " clusters English without sentence vectors, as it was made (--no-embeddings)");
    }
    return a;
  }

  /**
   * {@link #begin}, then {@link #awaitReady}: returns a ready service (for tests and benchmarks).
   *
   * @throws FolderInUse when another process holds the data folder
   * @throws IOException as {@link #begin} and {@link #awaitReady}; nothing is left running
   */
  static Service start(Config c, Consumer<String> log) throws IOException {
    Service s = begin(c, log, ReplayListener.NONE);
    try {
      s.awaitReady();
    } catch (IOException e) {
      s.close();
      throw e;
    }
    return s;
  }

  /**
   * Checks the address can be listened on, takes the data folder, starts listening, and returns
   * while the archive is replayed on a thread of its own (which may take minutes on a large
   * archive). Until it is ready, {@code /health} answers 503 with status {@code starting} and the
   * replay's progress, the web page says so, and every other API route answers 503 with {@code
   * Retry-After}; nothing posted is taken. Once ready, the watched folder and feeds start.
   *
   * @param hook also told of the replay's progress, after the service (tests hold the replay there)
   * @throws FolderInUse when another process holds the data folder (before listening)
   * @throws IOException when the data folder cannot be used or the address cannot be listened on
   *     (both checked before listening, the address again when listening)
   */
  static Service begin(Config c, Consumer<String> log, ReplayListener hook) throws IOException {
    checkCanListen(c.host(), c.port()); // port 0 too: the host must be this machine's, before the folder is made
    Service s = new Service(c, log, hook);
    s.opener.start();
    try {
      s.locked.get();
    } catch (ExecutionException e) {
      s.joinOpener();
      throw asIoException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      s.close();
      throw new InterruptedIOException("interrupted while opening " + c.data());
    }
    try {
      s.http.start(c.host(), c.port());
    } catch (RuntimeException e) {
      s.close();
      throw new IOException("cannot listen on " + c.host() + ":" + c.port() + ": " + e.getMessage(), e);
    }
    warmUp(c.host(), s.http.port());
    return s;
  }

  /**
   * Waits until the archive is replayed and served.
   *
   * @return the archive
   * @throws IOException why the start failed (the service keeps answering {@code failed} until closed)
   */
  Archive awaitReady() throws IOException {
    try {
      return opened.get();
    } catch (ExecutionException e) {
      throw asIoException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while the archive was replayed");
    }
  }

  /** True once {@link #close} has begun (a failed start is then no news). */
  boolean closing() {
    synchronized (lifecycle) {
      return closing;
    }
  }

  /** On the opener thread: the archive opened and replayed, then the watcher and poller started. */
  private void open() {
    ReplayListener progress = new ReplayListener() {
      @Override
      public void locked() {
        locked.complete(null);
        startup.locked();
        hook.locked();
      }

      @Override
      public void progress(Step step, long done, long total) {
        startup.progress(step, done, total);
        hook.progress(step, done, total);
      }
    };
    Archive a;
    try {
      a = openArchive(config.data(), config.commitInterval(), config.embeddings(), log, progress);
    } catch (IOException | RuntimeException | Error e) {
      IOException io = asIoException(e);
      // said in full in the log by whoever awaits the start; to clients as an error is (no exception text)
      startup.failed(e instanceof IOException ? reason(io)
          : "internal error (" + e.getClass().getSimpleName() + ") while replaying the archive; see the server log");
      locked.completeExceptionally(io);
      opened.completeExceptionally(io);
      return;
    }
    synchronized (lifecycle) {
      if (closing) {
        try {
          a.close();
        } catch (IOException | RuntimeException e) {
          log.accept("error while stopping: " + e);
        }
        opened.completeExceptionally(new IOException("server stopped while starting"));
        return;
      }
      watcher = config.watch() == null ? null : new FolderWatcher(config.watch(), a, log);
      poller = config.feeds().isEmpty() ? null : new FeedPoller(config.feeds(), config.pollInterval(), a, log);
      startup.ready(a);
      // as before the server listened early: folder and feeds only once the replay is done
      if (watcher != null) {
        watcher.start();
      }
      if (poller != null) {
        poller.start();
      }
    }
    opened.complete(a);
  }

  private static IOException asIoException(Throwable e) {
    if (e instanceof IOException io) {
      return io;
    }
    if (e instanceof CancellationException) {
      return new IOException("server stopped while starting", e);
    }
    return new IOException("the archive could not be replayed: " + e, e);
  }

  private void joinOpener() {
    try {
      opener.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Refuses an address the server cannot listen on, in words: a port in use, a host name that does
   * not resolve or an address not of this machine. Checked for port 0 too: {@code --host
   * nosuchhost.invalid --port 0} made the data folder, replayed it, and then said Javalin's "Port
   * already in use. Make sure no other process is using port 0", under an ERROR log line.
   */
  static void checkCanListen(String host, int port) throws IOException {
    InetSocketAddress address = new InetSocketAddress(host, port);
    if (address.isUnresolved()) {
      throw new IOException("cannot listen on " + host + ": no such host (--host takes an address or name of this "
          + "machine: 127.0.0.1, localhost, 0.0.0.0 for every interface)");
    }
    try (ServerSocket probe = new ServerSocket()) {
      probe.setReuseAddress(true); // as Jetty does: a port in TIME_WAIT is free
      probe.bind(address);
    } catch (IOException e) {
      String m = String.valueOf(e.getMessage());
      String hint = m.contains("in use") ? " (another server on that port? choose one with --port)"
          : m.contains("assign") ? " (not an address of this machine; 0.0.0.0 listens on every interface)" : "";
      throw new IOException("cannot listen on " + host + ":" + port + ": " + m + hint, e);
    }
  }

  /**
   * One request before any client's: Javalin 6 sets up its per-servlet context lazily and without
   * synchronisation, so concurrent first requests can fail with a NullPointerException (seen under
   * serve-bench). Failure here is harmless: the first real request then does the set-up.
   */
  private static void warmUp(String host, int port) {
    String h = host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host.contains(":") ? "[" + host + "]" : host;
    try {
      HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create("http://" + h + ":" + port + "/health")).timeout(Duration.ofSeconds(10)).build(),
          HttpResponse.BodyHandlers.discarding());
    } catch (IOException | RuntimeException e) {
      // harmless: see above
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  int port() {
    return http.port();
  }

  /** Whether the archive is replayed and the service answers. */
  boolean readyNow() {
    return startup.state() == Startup.State.READY;
  }

  /** The archive. @throws ApiError (503) before it is ready */
  Archive archive() {
    return startup.archive();
  }

  /**
   * What {@code GET /health} answers: while starting or after a failed start, {@link
   * Startup#status}; then {@code ok}, or {@code degraded} while a feed or the watched folder fails,
   * with the archive's counts, whether it clusters English with sentence vectors ({@code
   * embeddings}, the data folder's setting) and each feed's and the folder's status.
   */
  ObjectNode health() {
    if (startup.state() != Startup.State.READY) {
      ObjectNode o = startup.status();
      o.put("started", started.toString());
      o.put("uptime_seconds", Duration.between(started, Instant.now()).toSeconds());
      return o;
    }
    Archive archive = startup.archive();
    FolderWatcher watcher = this.watcher;
    FeedPoller poller = this.poller;
    ObjectNode o = Json.MAPPER.createObjectNode();
    Archive.Stats s = archive.stats();
    boolean failing = (poller != null && poller.hasErrors()) || (watcher != null && watcher.hasError());
    o.put("status", failing ? "degraded" : "ok");
    o.put("started", started.toString());
    o.put("uptime_seconds", Duration.between(started, Instant.now()).toSeconds());
    ObjectNode a = o.putObject("archive");
    a.put("articles", s.articles()).put("stories", s.stories()).put("last_seq", s.lastSeq())
        .put("committed_seq", s.committedSeq()).put("queued_requests", s.queued())
        .put("replayed_at_start", s.replayedArticles()).put("replay_seconds", s.replayMillis() / 1000.0)
        .put("recovered_from_log", s.recoveredFromLog()).put("held_in_memory", s.heldArticles())
        .put("embeddings", archive.embeddings());
    ArrayNode languages = a.putArray("languages");
    archive.languages().forEach(l -> languages.addObject().put("code", l.getKey()).put("articles", l.getValue()));
    if (watcher != null) {
      o.set("watch", watcher.status());
    }
    if (poller != null) {
      o.set("feeds", poller.status());
    }
    return o;
  }

  /**
   * Stops everything and commits. While starting, the replay stops at its next progress report
   * (a second or two) and the archive is left as it was before the start.
   */
  @Override
  public void close() throws IOException {
    synchronized (lifecycle) {
      if (closing) {
        return;
      }
      closing = true;
    }
    startup.cancel();
    joinOpener();
    if (poller != null) {
      poller.close();
    }
    if (watcher != null) {
      watcher.close();
    }
    http.stop();
    if (startup.state() == Startup.State.READY) {
      startup.archive().close();
    }
  }
}
