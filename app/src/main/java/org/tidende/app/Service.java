package org.tidende.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.apache.lucene.store.LockObtainFailedException;
import org.tidende.pipeline.Pipeline;
import org.tidende.store.Archive;

/**
 * A running Tidende service: the archive in a data folder, the HTTP API and web page on it, and
 * optionally a watched folder and polled feeds. {@link #close} stops everything and commits.
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
   */
  record Config(Path data, String host, int port, Path watch, List<URI> feeds, Duration pollInterval,
      Duration commitInterval, HttpApi.Limits limits) {
    Config {
      feeds = List.copyOf(feeds);
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

  private final Archive archive;
  private final Javalin http;
  private final FolderWatcher watcher;
  private final FeedPoller poller;
  private final Instant started = Instant.now();

  private Service(Archive archive, Javalin http, FolderWatcher watcher, FeedPoller poller) {
    this.archive = archive;
    this.http = http;
    this.watcher = watcher;
    this.poller = poller;
  }

  /**
   * Opens the archive in {@code data}; throws {@link FolderInUse} when another process has it, and
   * an {@link IOException} saying so when {@code data} is a file.
   */
  static Archive openArchive(Path data, Duration commitInterval, Consumer<String> log) throws IOException {
    if (Files.exists(data) && !Files.isDirectory(data)) {
      throw new IOException("data folder " + data + " is a file, not a folder");
    }
    try {
      return Archive.open(data, Pipeline.standard(), Json::story,
          Archive.Options.defaults().withCommitInterval(commitInterval), log);
    } catch (LockObtainFailedException e) {
      throw new FolderInUse(data, e);
    }
  }

  /**
   * Opens the archive, starts listening, then the watcher and the poller.
   *
   * @throws FolderInUse when another process holds the data folder
   * @throws IOException when the data folder cannot be used or the address cannot be listened on
   *     (checked before the archive's replay, which may take minutes, and again when listening)
   */
  static Service start(Config c, Consumer<String> log) throws IOException {
    if (c.port() != 0) {
      checkCanListen(c.host(), c.port());
    }
    Archive archive = openArchive(c.data(), c.commitInterval(), log);
    FolderWatcher watcher = c.watch() == null ? null : new FolderWatcher(c.watch(), archive, log);
    FeedPoller poller = c.feeds().isEmpty() ? null : new FeedPoller(c.feeds(), c.pollInterval(), archive, log);
    Service[] self = new Service[1];
    Javalin http = new HttpApi(archive, c.limits(), () -> self[0].health()).create();
    self[0] = new Service(archive, http, watcher, poller);
    try {
      http.start(c.host(), c.port());
    } catch (RuntimeException e) {
      archive.close();
      throw new IOException("cannot listen on " + c.host() + ":" + c.port() + ": " + e.getMessage(), e);
    }
    warmUp(c.host(), http.port());
    if (watcher != null) {
      watcher.start();
    }
    if (poller != null) {
      poller.start();
    }
    return self[0];
  }

  private static void checkCanListen(String host, int port) throws IOException {
    try (ServerSocket probe = new ServerSocket()) {
      probe.setReuseAddress(true); // as Jetty does: a port in TIME_WAIT is free
      probe.bind(new InetSocketAddress(host, port));
    } catch (IOException e) {
      boolean taken = String.valueOf(e.getMessage()).contains("in use");
      throw new IOException("cannot listen on " + host + ":" + port + ": " + e.getMessage()
          + (taken ? " (another server on that port? choose one with --port)" : ""), e);
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
      java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
          URI.create("http://" + h + ":" + port + "/health")).timeout(Duration.ofSeconds(10)).build(),
          java.net.http.HttpResponse.BodyHandlers.discarding());
    } catch (IOException | RuntimeException e) {
      // harmless: see above
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  int port() {
    return http.port();
  }

  Archive archive() {
    return archive;
  }

  ObjectNode health() {
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
        .put("recovered_from_log", s.recoveredFromLog());
    if (watcher != null) {
      o.set("watch", watcher.status());
    }
    if (poller != null) {
      o.set("feeds", poller.status());
    }
    return o;
  }

  @Override
  public void close() throws IOException {
    if (poller != null) {
      poller.close();
    }
    if (watcher != null) {
      watcher.close();
    }
    http.stop();
    archive.close();
  }
}
