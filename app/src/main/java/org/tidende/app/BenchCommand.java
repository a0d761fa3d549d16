package org.tidende.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tidende.ingest.IngestEvent;
import org.tidende.ingest.JsonLinesReader;
import org.tidende.cluster.PreparedArticle;
import org.tidende.model.Article;
import org.tidende.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tidende bench}: speed of the whole pipeline, JSON Lines bytes to story assignments, on the
 * Scandinavian corpora replayed to a given number of items, against plain Lucene tokenization of
 * the same texts.
 *
 * <p>Method. The corpora are read once and put in event order; the replay repeats them round after
 * round with fresh ids ({@code id~round}) and dates shifted by the corpus span plus a day, so every
 * round is new news later in time (old stories retire as in a real stream). Items go through in
 * chunks: a chunk's JSON Lines bytes are built untimed, then timed: parsing (split in two halves
 * at a line break, parsed in parallel), analysis in parallel, clustering in order. Tokenization
 * alone ({@link StandardAnalyzer}, tokens only, same parallelism) is timed on the same texts of the
 * chunk. Latency of one item is its own analysis time plus its assignment time (no queueing).
 * Peak heap is the sum of the heap pools' peak usage (which counts garbage not yet collected, so it
 * is an upper bound on live data) after the corpora are loaded, and the heap in use after a full
 * collection at each quarter of the run (the live data: flat when memory is bounded); run with
 * {@code -Xmx} to prove a bound ({@code TIDENDE_JAVA_OPTS=-Xmx2g ./tidende bench --items 1000000}).
 * The live heap includes the corpora themselves held as JSON trees to replay from.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Throughput, latency and memory of the whole pipeline (JSON Lines bytes to story assignments) on the "
        + "Scandinavian corpora replayed to --items articles, against plain Lucene tokenization of the same texts."})
public final class BenchCommand implements Callable<Integer> {
  private static final List<String> DEFAULT_FILES = List.of(
      "da-frontpages-2022-23.jsonl", "no-rss-2025-01.jsonl", "no-narc-articles-1997-2012.jsonl");

  @Option(names = "--items", paramLabel = "N", defaultValue = "200000", description = "Articles to replay (default ${DEFAULT-VALUE}).")
  int items;

  @Option(names = "--chunk", paramLabel = "N", defaultValue = "8192", description = "Articles per timed chunk (default ${DEFAULT-VALUE}).")
  int chunk;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data/scandinavian", description = "Folder of the corpora (default ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--file", paramLabel = "NAME", description = "Corpus file name in --data (repeatable; default the Danish and Norwegian corpora).")
  List<String> files;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Override
  public Integer call() {
    if (items < 1 || chunk < 1) {
      System.err.println("tidende bench: --items and --chunk must be >= 1");
      return 2;
    }
    List<String> names = files == null || files.isEmpty() ? DEFAULT_FILES : files;
    List<ObjectNode> templates = new ArrayList<>();
    List<Long> times = new ArrayList<>();
    for (String name : names) {
      try {
        load(data.resolve(name), templates, times);
      } catch (IOException e) {
        // a missing file's exception message is its path alone: say what happened instead
        System.err.println("tidende bench: cannot read " + data.resolve(name) + ": "
            + (e instanceof NoSuchFileException ? "no such file" : e.toString()));
        return 2;
      }
    }
    if (templates.isEmpty()) {
      System.err.println("tidende bench: no articles in " + names);
      return 2;
    }
    BenchResult r = run(templates, times);
    if (json) {
      System.out.println(r.toJson(names).toString());
    } else {
      r.print(names, System.out);
    }
    return 0;
  }

  /** Reads one corpus into templates with a usable date (first_seen for the front pages) and clean title. */
  static void load(Path file, List<ObjectNode> templates, List<Long> times) throws IOException {
    int lineNo = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = Json.MAPPER.readTree(line);
      if (!(n instanceof ObjectNode o)) {
        continue;
      }
      if (o.hasNonNull("first_seen")) {
        o.put("date", o.get("first_seen").asText());
      }
      if (o.hasNonNull("title_clean")) {
        o.put("title", o.get("title_clean").asText());
      }
      if (JsonLinesReader.fromNode(file.toString(), lineNo, o) instanceof IngestEvent.Accepted a && a.article().date() != null) {
        templates.add(o);
        times.add(a.article().date().epochSecond());
      }
    }
  }

  private BenchResult run(List<ObjectNode> templates, List<Long> times) {
    Integer[] order = IntStream.range(0, templates.size()).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingLong(times::get));
    long first = times.get(order[0]);
    long span = times.get(order[order.length - 1]) - first + 86_400L;
    Pipeline pipeline = Pipeline.standard();
    Pipeline.Session session = pipeline.newSession(false);
    JsonLinesReader reader = new JsonLinesReader();
    BenchResult r = new BenchResult(items);
    warmUp(pipeline, templates, order, reader);
    System.gc();
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    try (Progress progress = new Progress("bench", items, null)) {
      for (int done = 0; done < items; ) {
        int n = Math.min(chunk, items - done);
        byte[] bytes = chunkBytes(templates, order, done, n, first, span);
        long c0 = cpuNanos();
        long t0 = System.nanoTime();
        List<Article> articles = parse(reader, bytes);
        long[] analysisNs = new long[articles.size()];
        List<PreparedArticle> analysed = IntStream.range(0, articles.size()).parallel().mapToObj(i -> {
          long a0 = System.nanoTime();
          PreparedArticle a = pipeline.prepare(articles.get(i));
          analysisNs[i] = System.nanoTime() - a0;
          return a;
        }).toList();
        for (int i = 0; i < analysed.size(); i++) {
          long a0 = System.nanoTime();
          session.assign(analysed.get(i));
          long assignNs = System.nanoTime() - a0;
          r.latency.add(analysisNs[i] + assignNs);
          r.assign.add(assignNs);
        }
        r.pipelineNs += System.nanoTime() - t0;
        r.pipelineCpuNs += cpuNanos() - c0;
        long kc0 = cpuNanos();
        long k0 = System.nanoTime();
        r.tokens += tokenize(articles);
        r.tokenizeNs += System.nanoTime() - k0;
        r.tokenizeCpuNs += cpuNanos() - kc0;
        r.articles += articles.size();
        r.bytes += bytes.length;
        r.sampleHeap();
        int quarter = (int) ((long) (done + n) * 4 / items);
        if (quarter > (int) ((long) done * 4 / items)) {
          r.liveHeapAfterGc.add(liveHeapBytes()); // untimed: what the run really holds at 25, 50, 75, 100 %
        }
        done += n;
        progress.step(n);
      }
    }
    r.peakHeapBytes = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    r.openStories = session.state().activeStories();
    r.retiredStories = session.state().retiredStories();
    r.mergedStories = session.state().mergedStories();
    return r;
  }

  /** A short untimed run so the JIT has compiled the hot paths before timing starts. */
  private void warmUp(Pipeline pipeline, List<ObjectNode> templates, Integer[] order, JsonLinesReader reader) {
    Pipeline.Session s = pipeline.newSession(false);
    byte[] bytes = chunkBytes(templates, order, 0, Math.min(4096, templates.size()), 0, 0);
    List<Article> articles = parse(reader, bytes);
    s.acceptAll(articles);
    tokenize(articles);
  }

  /** JSON Lines of items {@code from .. from+n-1} of the replay: template, fresh id, shifted date. */
  static byte[] chunkBytes(List<ObjectNode> templates, Integer[] order, int from, int n, long first, long span) {
    StringBuilder b = new StringBuilder(n * 400);
    int t = templates.size();
    for (int i = from; i < from + n; i++) {
      int round = i / t;
      ObjectNode o = templates.get(order[i % t]).deepCopy();
      o.put("id", o.path("id").asText("item") + "~" + round);
      if (round > 0) {
        long epoch = JsonLinesReader.fromNode("bench", 1, o) instanceof IngestEvent.Accepted a && a.article().date() != null
            ? a.article().date().epochSecond() : first;
        o.put("date", Instant.ofEpochSecond(epoch + round * span).toString());
      }
      b.append(o).append('\n');
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Parses JSON Lines bytes, the two halves (split at a line break) in parallel; keeps line order. */
  static List<Article> parse(JsonLinesReader reader, byte[] bytes) {
    int mid = bytes.length / 2;
    while (mid < bytes.length && bytes[mid] != '\n') {
      mid++;
    }
    int split = Math.min(bytes.length, mid + 1);
    byte[][] parts = {Arrays.copyOfRange(bytes, 0, split), Arrays.copyOfRange(bytes, split, bytes.length)};
    List<List<Article>> out = IntStream.range(0, 2).parallel().mapToObj(p -> {
      List<Article> list = new ArrayList<>();
      reader.read("bench", parts[p], ev -> {
        if (ev instanceof IngestEvent.Accepted a) {
          list.add(a.article());
        }
      });
      return list;
    }).toList();
    List<Article> all = new ArrayList<>(out.get(0));
    all.addAll(out.get(1));
    return all;
  }

  private static final Analyzer STANDARD = new StandardAnalyzer();

  /** Plain Lucene tokenization of title and text, in parallel; returns the token count. */
  static long tokenize(List<Article> articles) {
    return articles.parallelStream().mapToLong(a -> {
      long n = 0;
      try (TokenStream ts = STANDARD.tokenStream("t", a.title() + "\n" + a.text())) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          n += term.length() > 0 ? 1 : 0;
        }
        ts.end();
      } catch (IOException e) {
        throw new UncheckedIOException("reading from a String cannot fail", e);
      }
      return n;
    }).sum();
  }

  /** Heap in use right after a full collection: the live data. */
  static long liveHeapBytes() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** CPU time of the whole process so far, nanoseconds (all threads). */
  static long cpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
        ? os.getProcessCpuTime() : 0;
  }

  /** Formats a rate with thousands separators. */
  static String rate(double x) {
    return String.format(Locale.ROOT, "%,.0f", x);
  }
}
