package org.tidende.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.tidende.model.Article;
import org.tidende.store.Archive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tidende serve-bench}: a real server on loopback, many concurrent clients POSTing articles,
 * then a count of what the store holds and a timed restart.
 *
 * <p>Texts are the real Scandinavian news of {@code ../shared/data/scandinavian}; when more articles
 * are asked for than the files hold, later passes reuse them with a new id and a pass number in the
 * title (so they are new articles, not duplicates). Clients and server share the machine, so the
 * figures are a lower bound of what the server does alone. Bounded: it stops after the articles.
 */
@Command(name = "serve-bench", mixinStandardHelpOptions = true,
    description = "Load benchmark of the HTTP ingest: concurrent clients on loopback, throughput, latency, and a lost-article check.")
public final class ServeBenchCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--articles", paramLabel = "N", defaultValue = "100000", description = "Articles to post (default ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--clients", paramLabel = "N", defaultValue = "64", description = "Concurrent clients (default ${DEFAULT-VALUE}).")
  int clients;

  @Option(names = "--batch", paramLabel = "N", defaultValue = "1", description = "Articles per request (default ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--input", paramLabel = "FILE", description = "JSON Lines files to take texts from (default ../shared/data/scandinavian/*.jsonl).")
  List<Path> inputs;

  @Option(names = "--data", paramLabel = "DIR", description = "Data folder (default: a new temporary folder, deleted afterwards).")
  Path data;

  @Option(names = "--json", description = "Print one JSON object instead of a table.")
  boolean json;

  @Option(names = "--embeddings", negatable = true, description = "Cluster English articles with their sentence "
      + "vectors, or not (--no-embeddings), as serve does. Default: as the data folder was made (a new one: with).")
  Boolean embeddings;

  @Override
  public Integer call() throws Exception {
    PrintStream out = System.out;
    if (articles < 1 || clients < 1 || batch < 1) {
      System.err.println("tidende serve-bench: --articles, --clients and --batch must be >= 1");
      return 2;
    }
    List<Path> files = inputs != null ? inputs : defaultInputs();
    if (files.isEmpty()) {
      throw Main.usageError(spec, "no input (../shared/data/scandinavian not found; give --input)");
    }
    Inputs in = Inputs.read(files, System.err, true, false);
    List<String> bodies = bodies(in.articles);
    boolean temp = data == null;
    Path dir = temp ? Files.createTempDirectory("tidende-bench") : data;
    ObjectNode r = Json.MAPPER.createObjectNode();
    r.put("articles_posted", articles).put("clients", clients).put("batch", batch).put("requests", bodies.size());
    try {
      Service.Config cfg = new Service.Config(dir, "127.0.0.1", 0, null, List.of(), Duration.ofMinutes(5),
          Duration.ofSeconds(5), HttpApi.Limits.defaults(), embeddings);
      long before;
      Run run;
      Service started;
      try {
        started = Service.start(cfg, m -> { });
      } catch (IOException e) { // a --data folder in use, or made with the other embeddings setting
        System.err.println("tidende serve-bench: " + Service.reason(e));
        return 2;
      }
      try (Service s = started) {
        // the setting the server clusters with: asked for, or the --data folder's
        r.put("embeddings", s.archive().embeddings());
        before = s.archive().stats().articles();
        run = post(s.port(), bodies);
        Set<String> stored = new HashSet<>();
        s.archive().forEachArticle(a -> stored.add(a.article().id().value()));
        long lost = run.acceptedIds.stream().filter(id -> !stored.contains(id)).count();
        r.put("accepted", run.accepted.get()).put("duplicates", run.duplicates.get()).put("errors", run.errors.get())
            .put("stored_before", before).put("stored_after", stored.size()).put("lost", lost);
      }
      report(r, run);
      long t0 = System.nanoTime();
      try (Archive a = Service.openArchive(dir, Duration.ofSeconds(5), m -> { })) {
        r.put("restart_seconds", round((System.nanoTime() - t0) / 1e9)).put("restart_articles", a.stats().articles());
      }
    } finally {
      if (temp) {
        deleteTree(dir);
      }
    }
    print(out, r);
    return r.get("errors").asLong() == 0 && r.get("lost").asLong() == 0 ? 0 : 1;
  }

  private static List<Path> defaultInputs() throws IOException {
    Path dir = CliPaths.shared("data/scandinavian");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (var s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
    }
  }

  /** Request bodies (JSON Lines of {@code batch} articles each), {@code articles} articles in all. */
  private List<String> bodies(List<Article> source) {
    List<String> out = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    int inBody = 0;
    for (int i = 0; i < articles; i++) {
      Article a = source.get(i % source.size());
      int pass = i / source.size();
      ObjectNode o = Json.MAPPER.createObjectNode();
      o.put("id", pass == 0 ? a.id().value() : a.id().value() + "~" + pass);
      o.put("title", pass == 0 ? a.title() : a.title() + " [" + pass + "]");
      o.put("text", a.text());
      o.put("lang", a.declaredLanguage().code());
      o.put("date", a.date() == null ? null : a.date().toString());
      o.put("source", a.source());
      o.put("url", a.url() == null || pass > 0 ? null : a.url());
      b.append(o).append('\n');
      if (++inBody == batch) {
        out.add(b.toString());
        b.setLength(0);
        inBody = 0;
      }
    }
    if (inBody > 0) {
      out.add(b.toString());
    }
    return out;
  }

  private static final class Run {
    final AtomicLong accepted = new AtomicLong();
    final AtomicLong duplicates = new AtomicLong();
    final AtomicLong errors = new AtomicLong();
    final Set<String> acceptedIds = ConcurrentHashMap.newKeySet();
    long[] latencies;
    double seconds;
  }

  private Run post(int port, List<String> bodies) throws Exception {
    Run run = new Run();
    run.latencies = new long[bodies.size()];
    URI uri = URI.create("http://127.0.0.1:" + port + "/articles");
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      pool.submit(() -> {
        for (int i; (i = next.getAndIncrement()) < bodies.size(); ) {
          long t = System.nanoTime();
          try {
            HttpResponse<String> res = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i))).build(), HttpResponse.BodyHandlers.ofString());
            run.latencies[i] = System.nanoTime() - t;
            if (res.statusCode() != 200) {
              run.errors.incrementAndGet();
              continue;
            }
            for (JsonNode item : Json.MAPPER.readTree(res.body()).get("items")) {
              switch (item.get("status").asText()) {
                case "accepted" -> {
                  run.accepted.incrementAndGet();
                  run.acceptedIds.add(item.get("id").asText());
                }
                case "duplicate" -> run.duplicates.incrementAndGet();
                default -> run.errors.incrementAndGet();
              }
            }
          } catch (Exception e) {
            run.latencies[i] = System.nanoTime() - t;
            run.errors.incrementAndGet();
          }
        }
        return null;
      });
    }
    pool.shutdown();
    if (!pool.awaitTermination(1, TimeUnit.HOURS)) {
      pool.shutdownNow();
      throw new IllegalStateException("clients did not finish within an hour");
    }
    run.seconds = (System.nanoTime() - start) / 1e9;
    return run;
  }

  private void report(ObjectNode r, Run run) {
    long[] l = run.latencies.clone();
    Arrays.sort(l);
    r.put("seconds", round(run.seconds));
    r.put("articles_per_second", Math.round(articles / run.seconds));
    r.put("requests_per_second", Math.round(l.length / run.seconds));
    r.put("latency_p50_ms", round(pct(l, 0.50) / 1e6));
    r.put("latency_p99_ms", round(pct(l, 0.99) / 1e6));
    r.put("latency_max_ms", round(l[l.length - 1] / 1e6));
  }

  private static long pct(long[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  private void print(PrintStream out, ObjectNode r) {
    if (json) {
      out.println(r);
      return;
    }
    out.println("serve-bench: HTTP ingest on loopback");
    r.fields().forEachRemaining(e -> out.printf(Locale.ROOT, "  %-22s %s%n", e.getKey(), e.getValue().asText()));
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
