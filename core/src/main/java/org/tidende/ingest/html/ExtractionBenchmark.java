package org.tidende.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Replays the Scrapinghub article-extraction benchmark on a folder laid out like {@code
 * ../shared/data/html}: {@code pages/<key>.html} and {@code ground-truth.json} mapping each key to
 * {@code {"articleBody", "url"}}. Scoring follows the benchmark's {@code evaluate.py}: per page,
 * shingle overlap ({@link ShingleMetric}); precision averaged over pages with a non-empty
 * extraction, recall over pages with a non-empty truth; F1 of the two averages. Throughput is
 * measured over the whole set, bytes already in memory, on the given number of threads, both by
 * the wall clock and by the threads' CPU time (the latter holds on a shared, busy machine); the
 * best of {@code rounds} passes is reported (the first pass warms the JIT).
 */
public final class ExtractionBenchmark {

  /** Score of one page. */
  public record PageScore(String key, String url, double precision, double recall, int predictedChars,
      int trueChars) {
    /** F1 of this page (0 when either side is empty or undefined). */
    public double f1() {
      double p = Double.isNaN(precision) ? 0 : precision;
      double r = Double.isNaN(recall) ? 0 : recall;
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** Result over the whole set; {@code pages} sorted by key. */
  /**
   * Result over the whole set.
   *
   * @param pagesPerSecond wall-clock throughput of the best round on {@code threads} threads
   * @param cpuPagesPerSecond pages per CPU-second of extraction, summed over threads, in the best
   *     round: what one core sustains, unaffected by other load on the machine
   * @param pages per-page scores sorted by key
   */
  public record Result(int pageCount, double precision, double recall, double f1, double pagesPerSecond,
      double cpuPagesPerSecond, int threads, List<PageScore> pages) {
    /** The {@code n} pages with the lowest F1, worst first. */
    public List<PageScore> worst(int n) {
      return pages.stream().sorted(Comparator.comparingDouble(PageScore::f1)).limit(n).toList();
    }
  }

  private record Page(String key, String url, String truth, byte[] raw) {}

  private final HtmlExtractor extractor;

  public ExtractionBenchmark(HtmlExtractor extractor) {
    this.extractor = extractor;
  }

  /**
   * Runs the benchmark.
   *
   * @param dir folder holding {@code pages/} and {@code ground-truth.json}
   * @param threads worker threads (≥ 1)
   * @param rounds timed passes (≥ 1); the best is reported
   * @throws IOException when the folder or its ground truth cannot be read
   */
  public Result run(Path dir, int threads, int rounds) throws IOException {
    List<Page> pages = load(dir);
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      double best = 0;
      double bestCpu = 0;
      List<ExtractedPage> out = null;
      for (int r = 0; r < Math.max(1, rounds); r++) {
        long[] cpuNanos = new long[pages.size()];
        long start = System.nanoTime();
        out = extractAll(pool, pages, cpuNanos);
        double secs = (System.nanoTime() - start) / 1e9;
        best = Math.max(best, pages.size() / Math.max(secs, 1e-9));
        double cpuSecs = Arrays.stream(cpuNanos).sum() / 1e9;
        bestCpu = Math.max(bestCpu, pages.size() / Math.max(cpuSecs, 1e-9));
      }
      return score(pages, out, best, bestCpu, Math.max(1, threads));
    } finally {
      pool.shutdownNow();
    }
  }

  private List<ExtractedPage> extractAll(ExecutorService pool, List<Page> pages, long[] cpuNanos)
      throws IOException {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    List<Future<ExtractedPage>> futures = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      Page p = pages.get(i);
      int slot = i;
      futures.add(pool.submit(() -> {
        long t0 = mx.getCurrentThreadCpuTime();
        ExtractedPage page = extractor.extract(p.raw(), null, p.url());
        cpuNanos[slot] = mx.getCurrentThreadCpuTime() - t0;
        return page;
      }));
    }
    List<ExtractedPage> out = new ArrayList<>();
    try {
      for (Future<ExtractedPage> f : futures) {
        out.add(f.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("extractor threw, which it must never do", e.getCause());
    }
    return out;
  }

  private static Result score(List<Page> pages, List<ExtractedPage> out, double pagesPerSecond,
      double cpuPagesPerSecond, int threads) {
    List<PageScore> scores = new ArrayList<>();
    double pSum = 0;
    int pN = 0;
    double rSum = 0;
    int rN = 0;
    for (int i = 0; i < pages.size(); i++) {
      Page page = pages.get(i);
      String text = out.get(i).text();
      ShingleMetric.Overlap o = ShingleMetric.compare(page.truth(), text);
      if (!Double.isNaN(o.precision())) {
        pSum += o.precision();
        pN++;
      }
      if (!Double.isNaN(o.recall())) {
        rSum += o.recall();
        rN++;
      }
      scores.add(new PageScore(page.key(), page.url(), o.precision(), o.recall(), text.length(),
          page.truth().length()));
    }
    double p = pN == 0 ? 0 : pSum / pN;
    double r = rN == 0 ? 0 : rSum / rN;
    double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new Result(pages.size(), p, r, f1, pagesPerSecond, cpuPagesPerSecond, threads,
        List.copyOf(scores));
  }

  private static List<Page> load(Path dir) throws IOException {
    Path truthFile = dir.resolve("ground-truth.json");
    JsonNode truth = new ObjectMapper().readTree(truthFile.toFile());
    Map<String, JsonNode> sorted = new TreeMap<>();
    truth.properties().forEach(e -> sorted.put(e.getKey(), e.getValue()));
    List<Page> pages = new ArrayList<>();
    for (var e : sorted.entrySet()) {
      Path html = dir.resolve("pages").resolve(e.getKey() + ".html");
      if (!Files.isRegularFile(html)) {
        throw new IOException("ground truth names " + e.getKey() + " but " + html + " is missing");
      }
      pages.add(new Page(e.getKey(), e.getValue().path("url").asText(""),
          e.getValue().path("articleBody").asText(""), Files.readAllBytes(html)));
    }
    return pages;
  }
}
