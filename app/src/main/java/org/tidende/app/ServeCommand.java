package org.tidende.app;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.tidende.store.ReplayListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tidende serve}: the HTTP API and web page on a data folder, with optional folder and feeds. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the HTTP API and web page on a data folder; ingest POSTed articles, a watched folder and RSS/Atom feeds.",
        "Every acknowledged article is on disk (write-ahead log, fsync) before the answer; restart replays them into the same stories.",
        "It listens while it replays: GET /health answers 503 \"starting\" with the progress, the API 503 with Retry-After, until ready."})
public final class ServeCommand implements Callable<Integer> {

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "tidende-data", description = "Data folder (default ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1", description = "Address to listen on (default ${DEFAULT-VALUE}; 0.0.0.0 for all).")
  String host;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port (default ${DEFAULT-VALUE}; 0 for any free port).")
  int port;

  @Option(names = "--watch", paramLabel = "DIR", description = "Ingest files that appear in this folder.")
  Path watch;

  @Option(names = "--feed", paramLabel = "URL", description = "RSS/Atom feed to poll (repeatable).")
  List<String> feeds = new ArrayList<>();

  @Option(names = "--poll-seconds", paramLabel = "N", defaultValue = "300", description = "Feed polling interval (default ${DEFAULT-VALUE}).")
  int pollSeconds;

  @Option(names = "--commit-seconds", paramLabel = "N", defaultValue = "5", description = "Index commit interval (default ${DEFAULT-VALUE}); durability does not depend on it.")
  int commitSeconds;

  @Option(names = "--max-body-mb", paramLabel = "N", defaultValue = "10", description = "Largest request body in MB (default ${DEFAULT-VALUE}).")
  int maxBodyMb;

  @Option(names = "--max-batch", paramLabel = "N", defaultValue = "10000", description = "Most articles per request (default ${DEFAULT-VALUE}).")
  int maxBatch;

  @Option(names = "--embeddings", negatable = true, description = "Cluster English articles with their sentence "
      + "vectors (the e5-small-v2 embedder), or not (--no-embeddings). Default: as the data folder was made (a new one: "
      + "with); kept with the folder, so a restart clusters as before: the other setting on a folder holding articles is refused.")
  Boolean embeddings;

  @Override
  public Integer call() throws Exception {
    List<String> problems = new ArrayList<>();
    List<URI> feedUris = new ArrayList<>();
    if (port < 0 || port > 65535) {
      problems.add("--port " + port + " must be in 0..65535");
    }
    if (host.isBlank()) {
      problems.add("--host is blank");
    }
    if (watch != null && !Files.isDirectory(watch)) {
      problems.add("--watch " + watch + " is not a folder");
    }
    for (String f : feeds) {
      try {
        URI u = URI.create(f.strip());
        if (u.getScheme() == null || !u.getScheme().matches("https?") || u.getHost() == null) {
          problems.add("--feed " + f + " is not an http(s) URL");
        } else {
          feedUris.add(u);
        }
      } catch (IllegalArgumentException e) {
        problems.add("--feed " + f + " is not a URL: " + e.getMessage());
      }
    }
    // each one named with its value, as --port is; it was one line naming all four for any of them
    for (var o : new Object[][] {{"--poll-seconds", pollSeconds}, {"--commit-seconds", commitSeconds},
        {"--max-body-mb", maxBodyMb}, {"--max-batch", maxBatch}}) {
      if (((Number) o[1]).longValue() < 1) {
        problems.add(o[0] + " must be >= 1, got " + o[1]);
      }
    }
    if (!problems.isEmpty()) {
      problems.forEach(p -> System.err.println("tidende serve: " + p));
      return 2;
    }
    Service.Config cfg = new Service.Config(data, host, port, watch, feedUris, Duration.ofSeconds(pollSeconds),
        Duration.ofSeconds(commitSeconds), new HttpApi.Limits((long) maxBodyMb << 20, maxBatch), embeddings);
    Service service;
    try {
      service = Service.begin(cfg, m -> System.err.println("tidende: " + m), ReplayListener.NONE);
    } catch (IOException e) {
      System.err.println("tidende serve: " + Service.reason(e));
      return 2;
    }
    // A stop is said, and its end: closing commits the index and stores the views of the stories
    // still open, which on a large archive takes a while; before, nothing was said, so a person or
    // supervisor could not tell a clean stop (everything committed) from a hang or a kill.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      long start = System.nanoTime();
      boolean ready = service.readyNow();
      System.err.println("tidende: stopping" + (ready ? ": committing the index and storing the open stories' views" : ""));
      try {
        service.close();
        if (ready) {
          var s = service.archive().stats();
          System.err.printf(Locale.ROOT, "tidende: stopped in %.1f s; %s in %s%s%n", (System.nanoTime() - start) / 1e9,
              Inputs.count(s.articles(), "article", "articles"), Inputs.count(s.stories(), "story", "stories"),
              s.committedSeq() >= s.lastSeq() ? ", all committed"
                  : "; the index not committed past seq " + s.committedSeq() + " of " + s.lastSeq()
                      + " (the rest is in the write-ahead log, recovered at the next start)");
        } else {
          System.err.println("tidende: stopped while starting; the archive left as it was");
        }
      } catch (Exception e) {
        System.err.println("tidende: error while stopping: " + e);
      }
    }, "tidende-shutdown"));
    String shown = host.contains(":") ? "[" + host + "]" : host;
    System.err.printf(Locale.ROOT, "tidende: starting on http://%s:%d/ (GET /health answers 503 \"starting\" with the "
        + "replay's progress; the API answers 503 until ready)%n", shown, service.port());
    try {
      service.awaitReady();
    } catch (IOException e) {
      if (service.closing()) {
        new CountDownLatch(1).await(); // stopped by a signal: the shutdown hook ends the process
      }
      System.err.println("tidende serve: " + Service.reason(e));
      if (e.getCause() instanceof RuntimeException || e.getCause() instanceof Error) {
        e.getCause().printStackTrace(); // a bug in a stage: its trace is the report
      }
      service.close();
      return 2;
    }
    var s = service.archive().stats();
    System.out.printf(Locale.ROOT, "tidende: ready: %s in %s; listening on http://%s:%d/%n",
        Inputs.count(s.articles(), "article", "articles"), Inputs.count(s.stories(), "story", "stories"), shown, service.port());
    System.out.flush();
    new CountDownLatch(1).await();
    return 0;
  }
}
