package org.tidende.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tidende.dedup.DedupConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tidende dedup-bench}: planted-duplicate quality, streaming speed with memory and eviction,
 * and the index against exact all-pairs Jaccard, on real texts from the shared data folder.
 */
@Command(name = "dedup-bench", mixinStandardHelpOptions = true,
    description = "Benchmark near-duplicate detection: planted copies (precision/recall per edit level), "
        + "speed over a large stream with memory per item and eviction, recall against exact all-pairs Jaccard.")
public final class DedupBenchCommand implements Callable<Integer> {
  @Option(names = "--data", paramLabel = "DIR", description = "Shared data folder (default: ${DEFAULT-VALUE}).", defaultValue = "../shared/data")
  Path data;

  @Option(names = "--originals", paramLabel = "N", description = "Originals to plant copies of (default: ${DEFAULT-VALUE}).", defaultValue = "1000")
  int originals;

  @Option(names = "--items", paramLabel = "N", description = "Items in the speed run (default: ${DEFAULT-VALUE}).", defaultValue = "500000")
  int items;

  @Option(names = "--sample", paramLabel = "N", description = "Items compared by exact all-pairs Jaccard (default: ${DEFAULT-VALUE}).", defaultValue = "20000")
  int sample;

  @Option(names = "--max-age-days", paramLabel = "N", description = "Event-time window of the eviction run (default: ${DEFAULT-VALUE}).", defaultValue = "3")
  int maxAgeDays;

  @Option(names = "--threads", paramLabel = "N", description = "Fingerprinting threads (default: ${DEFAULT-VALUE}).", defaultValue = "2")
  int threads;

  @Option(names = "--threshold", paramLabel = "X", description = "Jaccard threshold for long texts (default: from DedupConfig).")
  Double threshold;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "20250101", description = "Seed of the generated data (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--parts", paramLabel = "PART", split = ",", defaultValue = "planted,speed,eviction,truth",
      description = "Experiments to run, comma-separated (default: ${DEFAULT-VALUE}).")
  List<String> parts;

  private static final List<String> PARTS = List.of("planted", "speed", "eviction", "truth");

  @Option(names = "--json", description = "Print one JSON object instead of tables.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(data) || originals < 1 || items < 1 || sample < 2 || threads < 1 || maxAgeDays < 1) {
      System.err.println("tidende dedup-bench: need an existing --data folder and positive --originals, --items, --sample, --threads, --max-age-days");
      return 2;
    }
    List<String> unknown = parts.stream().filter(p -> !PARTS.contains(p)).toList();
    if (!unknown.isEmpty()) {
      System.err.println("tidende dedup-bench: unknown --parts " + String.join(", ", unknown) + " (known: " + String.join(", ", PARTS) + ")");
      return 2;
    }
    if (threshold != null && !(threshold > 0 && threshold <= 1)) {
      System.err.println("tidende dedup-bench: --threshold must be in (0, 1], got " + threshold);
      return 2;
    }
    BenchCorpus corpus = BenchCorpus.read(data);
    if (corpus.texts.size() < 100) {
      System.err.println("tidende dedup-bench: found only " + corpus.texts.size() + " texts under " + data);
      return 2;
    }
    DedupConfig config = threshold == null ? DedupConfig.defaults() : DedupConfig.defaults().withThreshold(threshold);
    DedupBench bench = new DedupBench(corpus, config, seed, threads);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("config", config.toString());
    out.put("threads", threads);
    if (parts.contains("planted")) {
      out.put("planted", bench.planted(originals));
    }
    if (parts.contains("speed")) {
      out.put("speed", bench.speed(items, 0));
    }
    if (parts.contains("eviction")) {
      out.put("eviction", bench.speed(items, maxAgeDays * 86400L));
    }
    if (parts.contains("truth")) {
      out.put("groundTruth", DedupGroundTruth.run(bench, sample));
    }
    if (json) {
      System.out.println(new ObjectMapper().writeValueAsString(out));
    } else {
      print(out);
    }
    return 0;
  }

  @SuppressWarnings("unchecked")
  private static void print(Map<String, Object> out) {
    Map<String, Object> planted = (Map<String, Object>) out.get("planted");
    if (planted != null) {
      printPlanted(planted);
    }
    for (String run : new String[] {"speed", "eviction", "groundTruth"}) {
      if (out.get(run) == null) {
        continue;
      }
      System.out.println(run + ":");
      for (Map.Entry<String, Object> e : ((Map<String, Object>) out.get(run)).entrySet()) {
        System.out.printf(Locale.ROOT, "  %-36s %s%n", e.getKey(), e.getValue() instanceof Double d ? String.format(Locale.ROOT, "%.3f", d) : e.getValue());
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static void printPlanted(Map<String, Object> planted) {
    System.out.printf(Locale.ROOT, "Planted duplicates: %s originals, %s distractors, threshold %s; overall precision %s over %s links%n",
        planted.get("originals"), planted.get("distractors"), planted.get("threshold"), planted.get("precision"), planted.get("links"));
    System.out.printf(Locale.ROOT, "  %-24s %8s %9s %9s%n", "edit", "copies", "recall", "precision");
    for (Map.Entry<String, Object> e : ((Map<String, Object>) planted.get("levels")).entrySet()) {
      Map<String, Object> l = (Map<String, Object>) e.getValue();
      System.out.printf(Locale.ROOT, "  %-24s %8s %9s %9s%n", e.getKey(), l.get("copies"), l.get("recall"), l.get("precision"));
    }
  }
}
