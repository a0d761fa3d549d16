package org.tidende.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Figures of one {@link BenchCommand} run, and their report. Not thread-safe. */
final class BenchResult {
  final int requested;
  long articles;
  long bytes;
  long tokens;
  long pipelineNs;
  long tokenizeNs;
  long pipelineCpuNs;
  long tokenizeCpuNs;
  long peakHeapBytes;
  long maxSampledHeapBytes;
  final List<Long> liveHeapAfterGc = new ArrayList<>();
  int openStories;
  long retiredStories;
  long mergedStories;
  final Histogram latency = new Histogram();
  final Histogram assign = new Histogram();

  BenchResult(int requested) {
    this.requested = requested;
  }

  void sampleHeap() {
    maxSampledHeapBytes = Math.max(maxSampledHeapBytes, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
  }

  double pipelinePerSecond() {
    return articles / Math.max(pipelineNs / 1e9, 1e-9);
  }

  double tokenizePerSecond() {
    return articles / Math.max(tokenizeNs / 1e9, 1e-9);
  }

  /** Articles per second had the process all cores to itself: articles / (CPU seconds / cores). */
  double pipelinePerCpuSecond() {
    return articles / Math.max(pipelineCpuNs / 1e9 / cores(), 1e-9);
  }

  double tokenizePerCpuSecond() {
    return articles / Math.max(tokenizeCpuNs / 1e9 / cores(), 1e-9);
  }

  private static int cores() {
    return Runtime.getRuntime().availableProcessors();
  }

  ObjectNode toJson(List<String> files) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    files.forEach(o.putArray("files")::add);
    o.put("articles", articles);
    o.put("megabytes", round(bytes / 1e6));
    o.put("pipeline_seconds", round(pipelineNs / 1e9));
    o.put("articles_per_second", Math.round(pipelinePerSecond()));
    o.put("tokenization_articles_per_second", Math.round(tokenizePerSecond()));
    o.put("tokens", tokens);
    o.put("pipeline_cpu_seconds", round(pipelineCpuNs / 1e9));
    o.put("tokenization_cpu_seconds", round(tokenizeCpuNs / 1e9));
    o.put("articles_per_second_cpu_normalised", Math.round(pipelinePerCpuSecond()));
    o.put("tokenization_articles_per_second_cpu_normalised", Math.round(tokenizePerCpuSecond()));
    o.put("ratio_cpu_normalised", round(pipelinePerCpuSecond() / tokenizePerCpuSecond()));
    o.put("ratio_pipeline_to_tokenization", round(pipelinePerSecond() / tokenizePerSecond()));
    o.put("latency_p50_ms", round(latency.quantileMs(0.50)));
    o.put("latency_p99_ms", round(latency.quantileMs(0.99)));
    o.put("assign_p50_ms", round(assign.quantileMs(0.50)));
    o.put("assign_p99_ms", round(assign.quantileMs(0.99)));
    o.put("peak_heap_mb", Math.round(peakHeapBytes / 1048576.0));
    o.put("max_sampled_heap_mb", Math.round(maxSampledHeapBytes / 1048576.0));
    o.put("max_heap_mb", Math.round(Runtime.getRuntime().maxMemory() / 1048576.0));
    liveHeapAfterGc.forEach(b -> o.withArray("live_heap_mb_by_quarter").add(Math.round(b / 1048576.0)));
    o.put("open_stories", openStories);
    o.put("retired_stories", retiredStories);
    o.put("merged_stories", mergedStories);
    o.put("processors", Runtime.getRuntime().availableProcessors());
    return o;
  }

  void print(List<String> files, PrintStream out) {
    out.printf(Locale.ROOT, "bench: %,d articles (%.1f MB of JSON Lines) replayed from %s%n", articles, bytes / 1e6, String.join(", ", files));
    out.printf(Locale.ROOT, "  pipeline (parse, analyse, cluster)  %s articles/s  (%.1f s, %d cores)%n",
        BenchCommand.rate(pipelinePerSecond()), pipelineNs / 1e9, Runtime.getRuntime().availableProcessors());
    out.printf(Locale.ROOT, "  Lucene StandardAnalyzer tokens only %s articles/s  (%,d tokens)%n",
        BenchCommand.rate(tokenizePerSecond()), tokens);
    out.printf(Locale.ROOT, "  ratio pipeline / tokenization       %.3f%n", pipelinePerSecond() / tokenizePerSecond());
    out.printf(Locale.ROOT, "  by CPU time (articles / (CPU s / %d cores), fair on a shared machine): pipeline %s/s (%.1f CPU s),"
        + " tokenization %s/s, ratio %.3f%n", cores(), BenchCommand.rate(pipelinePerCpuSecond()), pipelineCpuNs / 1e9,
        BenchCommand.rate(tokenizePerCpuSecond()), pipelinePerCpuSecond() / tokenizePerCpuSecond());
    out.printf(Locale.ROOT, "  latency per article (analyse + assign)  p50 %.3f ms  p99 %.3f ms%n", latency.quantileMs(0.5), latency.quantileMs(0.99));
    out.printf(Locale.ROOT, "  assignment alone                        p50 %.3f ms  p99 %.3f ms%n", assign.quantileMs(0.5), assign.quantileMs(0.99));
    out.printf(Locale.ROOT, "  heap: peak %,d MB (pools' peak, incl. garbage), max sampled after chunks %,d MB, -Xmx %,d MB%n",
        Math.round(peakHeapBytes / 1048576.0), Math.round(maxSampledHeapBytes / 1048576.0),
        Math.round(Runtime.getRuntime().maxMemory() / 1048576.0));
    out.printf(Locale.ROOT, "  live heap after full GC at each quarter of the run: %s MB%n",
        liveHeapAfterGc.stream().map(b -> String.valueOf(Math.round(b / 1048576.0))).toList());
    out.printf(Locale.ROOT, "  stories: %,d open, %,d retired, %,d merged%n", openStories, retiredStories, mergedStories);
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }

  /**
   * Latency histogram in constant memory: 1-microsecond buckets up to 100 ms, then one overflow
   * bucket holding the exact maximum.
   */
  static final class Histogram {
    private static final int BUCKETS = 100_000;
    private final long[] counts = new long[BUCKETS];
    private long overflow;
    private long max;
    private long total;

    void add(long nanos) {
      long us = nanos / 1000;
      if (us < BUCKETS) {
        counts[(int) us]++;
      } else {
        overflow++;
      }
      max = Math.max(max, nanos);
      total++;
    }

    double quantileMs(double q) {
      if (total == 0) {
        return 0;
      }
      long rank = (long) Math.ceil(q * total);
      long seen = 0;
      for (int i = 0; i < BUCKETS; i++) {
        seen += counts[i];
        if (seen >= rank) {
          return (i + 1) / 1000.0;
        }
      }
      return max / 1e6;
    }
  }
}
