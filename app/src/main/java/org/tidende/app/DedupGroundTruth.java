package org.tidende.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.tidende.dedup.AllPairsJaccard;
import org.tidende.dedup.DedupConfig;
import org.tidende.dedup.DuplicateVerdict;
import org.tidende.dedup.Fingerprint;
import org.tidende.dedup.Fingerprinter;
import org.tidende.dedup.NearDuplicateIndex;
import org.tidende.model.ArticleId;

/**
 * The index against exact all-pairs Jaccard on a sample of the speed stream: which items truly
 * have an earlier near duplicate (exact Jaccard at or above the length-dependent threshold), which
 * the index flags, and how much faster it is than exact joins.
 */
final class DedupGroundTruth {
  private DedupGroundTruth() {}

  static Map<String, Object> run(DedupBench bench, int sample) {
    DedupConfig config = bench.config();
    Fingerprinter fpr = new Fingerprinter(config);
    List<BenchStream.Item> items = new BenchStream(bench.corpus(), bench.seed()).next(sample);
    List<long[]> sets = bench.pmap(sample, i -> fpr.shingles("", items.get(i).text()));
    int[] tokens = bench.pmap(sample, i -> fpr.tokens("", items.get(i).text())).stream().mapToInt(Integer::intValue).toArray();
    // Two short texts are judged on their plain shingle sets (Fingerprinter): so is the truth.
    List<long[]> plain = bench.pmap(sample, i -> fpr.fingerprint(items.get(i).text()).shingles());

    long t0 = System.nanoTime();
    List<AllPairsJaccard.Pair> pairs = AllPairsJaccard.join(sets, config.threshold());
    double joinSeconds = (System.nanoTime() - t0) / 1e9;
    double bruteSeconds = bruteForceEstimate(sets);

    boolean[] truth = new boolean[sample];
    int truePairs = 0;
    for (AllPairsJaccard.Pair p : pairs) {
      if (jaccard(sets, plain, p.i(), p.j()) >= config.thresholdFor(Math.min(tokens[p.i()], tokens[p.j()]))) {
        truth[p.j()] = true;
        truePairs++;
      }
    }
    NearDuplicateIndex index = new NearDuplicateIndex(config);
    long t1 = System.nanoTime();
    List<Fingerprint> fps = bench.pmap(sample, i -> index.fingerprinter().fingerprint(items.get(i).text()));
    DuplicateVerdict[] verdicts = new DuplicateVerdict[sample];
    for (int i = 0; i < sample; i++) {
      verdicts[i] = index.add(new ArticleId(Integer.toString(i)), fps.get(i), items.get(i).eventTime());
    }
    double indexSeconds = (System.nanoTime() - t1) / 1e9;
    return score(config, sets, plain, tokens, truth, verdicts, truePairs, joinSeconds, bruteSeconds, indexSeconds);
  }

  private static Map<String, Object> score(DedupConfig config, List<long[]> sets, List<long[]> plain, int[] tokens, boolean[] truth,
      DuplicateVerdict[] verdicts, int truePairs, double joinSeconds, double bruteSeconds, double indexSeconds) {
    int truthItems = 0;
    int found = 0;
    int flagged = 0;
    int strict = 0;
    int tolerant = 0;
    for (int j = 0; j < verdicts.length; j++) {
      truthItems += truth[j] ? 1 : 0;
      if (verdicts[j] instanceof DuplicateVerdict.Duplicate d) {
        flagged++;
        found += truth[j] ? 1 : 0;
        int i = Integer.parseInt(d.of().value());
        double jac = jaccard(sets, plain, i, j);
        double tau = config.thresholdFor(Math.min(tokens[i], tokens[j]));
        strict += jac >= tau ? 1 : 0;
        tolerant += jac >= tau - 0.05 ? 1 : 0;
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("sample", verdicts.length);
    out.put("truePairs", truePairs);
    out.put("itemsWithEarlierNearDuplicate", truthItems);
    out.put("flagged", flagged);
    out.put("recall", DedupBench.ratio(found, truthItems));
    out.put("precisionStrict", DedupBench.ratio(strict, flagged));
    out.put("precisionWithin0.05", DedupBench.ratio(tolerant, flagged));
    out.put("allPairsPrefixFilterSeconds", joinSeconds);
    out.put("allPairsBruteForceSecondsEstimated", bruteSeconds);
    out.put("indexSeconds", indexSeconds);
    out.put("speedupVsPrefixFilter", Math.round(10 * joinSeconds / indexSeconds) / 10.0);
    out.put("speedupVsBruteForce", Math.round(bruteSeconds / indexSeconds));
    return out;
  }

  /** Exact Jaccard of items i and j as the index defines it: plain sets when both are short, else weighted. */
  private static double jaccard(List<long[]> sets, List<long[]> plain, int i, int j) {
    return plain.get(i) != null && plain.get(j) != null ? jaccard(plain.get(i), plain.get(j)) : jaccard(sets.get(i), sets.get(j));
  }

  private static double jaccard(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int c = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        c++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return a.length + b.length == 0 ? 0 : (double) c / (a.length + b.length - c);
  }

  /** Times one million random exact pair comparisons and extrapolates to all n(n-1)/2 pairs. */
  private static double bruteForceEstimate(List<long[]> sets) {
    Random rnd = new Random(3);
    int n = sets.size();
    int probes = 1_000_000;
    double sink = 0;
    long t0 = System.nanoTime();
    for (int k = 0; k < probes; k++) {
      sink += jaccard(sets.get(rnd.nextInt(n)), sets.get(rnd.nextInt(n)));
    }
    double perPair = (System.nanoTime() - t0) / 1e9 / probes;
    return sink < 0 ? -1 : perPair * n * (n - 1L) / 2;
  }
}
