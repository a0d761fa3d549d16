package org.tidende.dedup;

/**
 * One-permutation MinHash with optimal densification, and LSH band keys.
 *
 * <p>Method: each shingle (already a well-mixed 64-bit hash) goes to one of {@code k} bins by its
 * high 32 bits and competes there with its low 32 bits; each bin keeps its minimum (one-permutation
 * hashing, Li, Owen and Zhang, NIPS 2012). Bins left empty, common for short texts, borrow the
 * value of the first non-empty bin on a seeded probe sequence fixed per bin (optimal densification,
 * Shrivastava, ICML 2017), so two texts agree on a bin with probability equal to their Jaccard
 * similarity, as with {@code k} independent permutations (Broder 1997, "On the resemblance and
 * containment of documents"). Band keys hash {@code rows} consecutive values per band (Leskovec,
 * Rajaraman and Ullman, Mining of Massive Datasets, ch. 3.4): two texts share at least one band
 * key with probability {@code 1 - (1 - J^r)^b}.
 *
 * <p>Why: classic MinHash costs {@code k} hash evaluations per shingle (128 x 600 for an article);
 * one-permutation hashing costs one per shingle plus {@code O(k)} densification, which is what lets
 * the index take tens of thousands of articles a second on two cores.
 *
 * <p>Cost: {@code O(n + k * (k / filled))} for {@code n} shingles; the probe term matters only for
 * texts with fewer shingles than bins, and its first 16 probes per bin come from a table computed
 * once per (k, seed), since they do not depend on the text. Failure modes: for texts with very few shingles the bins are
 * copies of a few values and the estimate is coarse (hence {@link Fingerprint} keeps the exact
 * shingle set of short texts); bins of 32 bits make chance agreement ~2^-32, negligible.
 *
 * <p>Stateless apart from the seed; thread-safe.
 */
final class MinHasher {
  private MinHasher() {}

  /** Signature of the given shingle hashes (any order, repeats allowed); all zeros when empty. */
  static int[] signature(long[] shingles, int count, int k, long seed) {
    int[] sig = new int[k];
    boolean[] filled = new boolean[k];
    int nFilled = 0;
    for (int s = 0; s < count; s++) {
      long h = shingles[s];
      int bin = (int) (((h >>> 32) * k) >>> 32);
      int v = (int) h ^ Integer.MIN_VALUE; // signed order on flipped bits = unsigned order
      if (!filled[bin]) {
        filled[bin] = true;
        sig[bin] = v;
        nFilled++;
      } else if (v < sig[bin]) {
        sig[bin] = v;
      }
    }
    if (nFilled == 0 || nFilled == k) {
      return sig;
    }
    int[] dense = sig.clone();
    int[] probes = probes(k, seed);
    for (int i = 0; i < k; i++) {
      if (filled[i]) {
        continue;
      }
      int attempt = 0;
      for (; attempt < PROBES; attempt++) {
        int j = probes[i * PROBES + attempt];
        if (filled[j]) {
          dense[i] = sig[j];
          break;
        }
      }
      for (; attempt >= PROBES; attempt++) {
        int j = probe(i, attempt, k, seed);
        if (filled[j]) {
          dense[i] = sig[j];
          break;
        }
      }
    }
    return dense;
  }

  /** Probes per bin kept in the table; later ones (rare: most bins empty) are computed. */
  private static final int PROBES = 16;
  /** The probe table of the last (k, seed) used, published as one object so readers never mix two. */
  private record Probes(int k, long seed, int[] table) {}

  private static volatile Probes cached;

  /** The bin that bin {@code i} borrows from at its {@code attempt}-th probe: fixed by the seed. */
  private static int probe(int i, int attempt, int k, long seed) {
    long p = Hashing.mix(seed ^ (0x9E3779B97F4A7C15L * (i + 1)) ^ ((long) attempt << 40));
    return (int) (((p >>> 32) * k) >>> 32);
  }

  /** The first {@link #PROBES} probes of every bin, computed once per (k, seed): they do not depend on the text. */
  private static int[] probes(int k, long seed) {
    Probes c = cached;
    if (c != null && c.k() == k && c.seed() == seed) {
      return c.table();
    }
    int[] table = new int[k * PROBES];
    for (int i = 0; i < k; i++) {
      for (int a = 0; a < PROBES; a++) {
        table[i * PROBES + a] = probe(i, a, k, seed);
      }
    }
    cached = new Probes(k, seed, table); // any thread may recompute the same table: harmless
    return table;
  }

  /** Fraction of equal positions: the Jaccard estimate. */
  static double estimate(int[] a, int[] b) {
    int eq = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        eq++;
      }
    }
    return (double) eq / a.length;
  }

  /** One 64-bit key per band, the band's index mixed in so bands never share keys; never 0. */
  static long[] bandKeys(int[] sig, int bands, int rows, long seed) {
    long[] keys = new long[bands];
    for (int b = 0; b < bands; b++) {
      long h = seed ^ (0xC2B2AE3D27D4EB4FL * (b + 1));
      for (int r = 0; r < rows; r++) {
        h = Hashing.mix(h ^ (sig[b * rows + r] & 0xFFFFFFFFL));
      }
      keys[b] = h == 0 ? 1 : h;
    }
    return keys;
  }
}
