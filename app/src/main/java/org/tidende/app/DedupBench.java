package org.tidende.app;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.tidende.dedup.AllPairsJaccard;
import org.tidende.dedup.DedupConfig;
import org.tidende.dedup.DuplicateVerdict;
import org.tidende.dedup.Fingerprint;
import org.tidende.dedup.Fingerprinter;
import org.tidende.dedup.NearDuplicateIndex;
import org.tidende.model.ArticleId;

/** The three experiments of {@code dedup-bench}; each returns its figures as an ordered map. */
final class DedupBench {
  private final BenchCorpus corpus;
  private final DedupConfig config;
  private final long seed;
  private final ForkJoinPool pool;

  DedupBench(BenchCorpus corpus, DedupConfig config, long seed, int threads) {
    this.corpus = corpus;
    this.config = config;
    this.seed = seed;
    this.pool = new ForkJoinPool(threads);
  }

  /** Planted copies of real articles among untouched distractors: precision and recall per edit kind. */
  Map<String, Object> planted(int originals) {
    Fingerprinter fpr = new Fingerprinter(config);
    List<BenchCorpus.Text> base = new ArrayList<>(corpus.articles(40));
    Collections.shuffle(base, new Random(seed));
    List<long[]> sets = pmap(base.size(), i -> fpr.shingles("", base.get(i).joined()));
    BitSet drop = new BitSet();
    for (AllPairsJaccard.Pair p : AllPairsJaccard.join(sets, 0.3)) {
      drop.set(p.j()); // the base must hold no near duplicates of its own
    }
    List<String> clean = new ArrayList<>();
    for (int i = 0; i < base.size(); i++) {
      if (!drop.get(i)) {
        clean.add(base.get(i).joined());
      }
    }
    int nOrig = Math.min(originals, clean.size() / 2);
    List<String> texts = new ArrayList<>(clean);
    List<Integer> family = new ArrayList<>();
    List<PlantedDuplicates.Kind> kinds = new ArrayList<>();
    for (int i = 0; i < clean.size(); i++) {
      family.add(i);
      kinds.add(null);
    }
    PlantedDuplicates planter = new PlantedDuplicates(corpus.vocabulary);
    Random rnd = new Random(seed + 1);
    List<Integer> copyOrder = new ArrayList<>();
    for (int o = 0; o < nOrig; o++) {
      for (PlantedDuplicates.Kind k : PlantedDuplicates.Kind.values()) {
        copyOrder.add(texts.size());
        texts.add(planter.copy(clean.get(o), k, rnd));
        family.add(o);
        kinds.add(k);
      }
    }
    Collections.shuffle(copyOrder, rnd);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < clean.size(); i++) {
      order.add(i);
    }
    order.addAll(copyOrder);
    return scorePlanted(texts, family, kinds, order, nOrig, clean.size() - nOrig, base.size() - clean.size());
  }

  private Map<String, Object> scorePlanted(List<String> texts, List<Integer> family, List<PlantedDuplicates.Kind> kinds,
      List<Integer> order, int nOrig, int distractors, int dropped) {
    NearDuplicateIndex index = new NearDuplicateIndex(config);
    List<Fingerprint> fps = pmap(texts.size(), i -> index.fingerprinter().fingerprint(texts.get(i)));
    Map<PlantedDuplicates.Kind, int[]> perKind = new EnumMap<>(PlantedDuplicates.Kind.class); // copies, linked, correct
    int links = 0;
    int correct = 0;
    for (int r = 0; r < order.size(); r++) {
      int i = order.get(r);
      DuplicateVerdict v = index.add(new ArticleId(Integer.toString(i)), fps.get(i), 1_700_000_000L + r);
      PlantedDuplicates.Kind k = kinds.get(i);
      int[] c = k == null ? null : perKind.computeIfAbsent(k, x -> new int[3]);
      if (c != null) {
        c[0]++;
      }
      if (v instanceof DuplicateVerdict.Duplicate d) {
        boolean ok = family.get(Integer.parseInt(d.of().value())).equals(family.get(i));
        links++;
        correct += ok ? 1 : 0;
        if (c != null) {
          c[1]++;
          c[2] += ok ? 1 : 0;
        }
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("originals", nOrig);
    out.put("distractors", distractors);
    out.put("baseDroppedAsNearDuplicates", dropped);
    out.put("threshold", config.threshold());
    out.put("links", links);
    out.put("precision", ratio(correct, links));
    Map<String, Object> levels = new LinkedHashMap<>();
    for (Map.Entry<PlantedDuplicates.Kind, int[]> e : perKind.entrySet()) {
      int[] c = e.getValue();
      levels.put(e.getKey().label, Map.of("copies", c[0], "recall", ratio(c[2], c[0]), "precision", ratio(c[2], c[1])));
    }
    out.put("levels", levels);
    return out;
  }

  /** Throughput over a generated stream, memory per item, and (with maxAgeSeconds > 0) eviction. */
  Map<String, Object> speed(int items, long maxAgeSeconds) {
    DedupConfig cfg = config.withCapacity(Math.max(items, 1), maxAgeSeconds);
    NearDuplicateIndex index = new NearDuplicateIndex(cfg);
    BenchStream stream = new BenchStream(corpus, seed);
    AtomicLong genCpu = new AtomicLong();
    long addCpu = 0;
    int dups = 0;
    int maxLive = 0;
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    System.gc();
    long heapBefore = usedHeap();
    long cpu0 = processCpu();
    long wall0 = System.nanoTime();
    // Pipeline: the pool generates and fingerprints batch k+1 while this thread indexes batch k.
    Future<Batch> pending = nextBatch(stream, index, Math.min(BATCH, items), genCpu);
    for (int done = 0; done < items; ) {
      Batch current = await(pending);
      done += current.items().size();
      pending = done < items ? nextBatch(stream, index, Math.min(BATCH, items - done), genCpu) : null;
      long g1 = cpu.getCurrentThreadCpuTime();
      for (int i = 0; i < current.items().size(); i++) {
        BenchStream.Item it = current.items().get(i);
        if (index.add(new ArticleId(Integer.toString(it.index())), current.fps().get(i), it.eventTime())
            instanceof DuplicateVerdict.Duplicate) {
          dups++;
        }
      }
      addCpu += cpu.getCurrentThreadCpuTime() - g1;
      maxLive = Math.max(maxLive, index.size());
    }
    double wall = (System.nanoTime() - wall0) / 1e9;
    double processCpu = (processCpu() - cpu0 - genCpu.get()) / 1e9;
    System.gc();
    long heapAfter = usedHeap();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("items", items);
    out.put("maxAgeSeconds", maxAgeSeconds);
    out.put("wallSeconds", wall);
    out.put("itemsPerWallSecond", Math.round(items / wall));
    out.put("cpuSecondsExclGeneration", processCpu);
    out.put("itemsPerCpuSecond", Math.round(items / processCpu));
    out.put("indexAddCpuSeconds", addCpu / 1e9);
    out.put("itemsPerIndexAddCpuSecond", Math.round(items / (addCpu / 1e9)));
    out.put("generationCpuSeconds", genCpu.get() / 1e9);
    out.put("flaggedDuplicates", dups);
    out.put("liveItems", index.size());
    out.put("maxLiveItems", maxLive);
    out.put("evictedByTime", index.evictedByTime());
    out.put("evictedByCapacity", index.evictedByCapacity());
    out.put("indexBytesPerLiveItem", index.size() == 0 ? 0 : index.memoryBytes() / index.size());
    out.put("heapBytesPerLiveItem", index.size() == 0 ? 0 : (heapAfter - heapBefore) / index.size());
    out.put("indexMegabytes", index.memoryBytes() / 1e6);
    return out;
  }

  private static final int BATCH = 8192;

  /** One generated batch and its fingerprints. */
  private record Batch(List<BenchStream.Item> items, List<Fingerprint> fps) {}

  /** Generates the next batch on one pool thread (the stream is sequential), then fingerprints it on all. */
  private Future<Batch> nextBatch(BenchStream stream, NearDuplicateIndex index, int n,
      AtomicLong genCpu) {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    return pool.submit(() -> {
      long g0 = cpu.getCurrentThreadCpuTime();
      List<BenchStream.Item> batch = stream.next(n);
      genCpu.addAndGet(cpu.getCurrentThreadCpuTime() - g0);
      List<Fingerprint> fps = IntStream.range(0, batch.size()).parallel()
          .mapToObj(i -> index.fingerprinter().fingerprint(batch.get(i).text())).toList();
      return new Batch(batch, fps);
    });
  }

  private static <T> T await(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  private static long processCpu() {
    return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  <T> List<T> pmap(int n, IntFunction<T> f) {
    try {
      return pool.submit(() -> IntStream.range(0, n).parallel().mapToObj(f).toList()).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  static double ratio(int a, int b) {
    return b == 0 ? 1.0 : Math.round(10000.0 * a / b) / 10000.0;
  }

  BenchCorpus corpus() {
    return corpus;
  }

  DedupConfig config() {
    return config;
  }

  long seed() {
    return seed;
  }
}
