package org.tidende.dedup;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Settings of near-duplicate detection, validated once; every problem is reported together.
 *
 * <p>The defaults were chosen on the planted-duplicate benchmark ({@code tidende dedup-bench}):
 * 128 one-permutation MinHash values in 42 bands of 3 rows put the LSH S-curve's midpoint at
 * {@code (1/42)^(1/3) ≈ 0.29}, so pairs at the 0.45 decision threshold become candidates with
 * probability ≈ 0.98 and pairs at 0.55 with ≥ 0.999 (bands hash the unweighted shingle set, whose
 * Jaccard is a little below the weighted one the threshold applies to: copies with 30 % of their
 * words changed sit at 0.43–0.49 there and are candidates with probability ≥ 0.97).
 *
 * @param numHashes MinHash values per item (bins of one-permutation hashing), 16..1024
 * @param bands LSH bands; {@code bands * rows <= numHashes}
 * @param rows values per band
 * @param threshold Jaccard (weighted unless both texts are short: words twice, word pairs once; see {@link
 *     Fingerprinter}) at or above which two long texts are near
 *     duplicates, in (0, 1]
 * @param shortThreshold Jaccard needed when the shorter text has at most {@code shortTokens}
 *     words; between {@code shortTokens} and {@code longTokens} it falls linearly to {@code
 *     threshold}. Short texts need more overlap: one changed word in a headline can change the event
 * @param shortTokens word count at or below which {@code shortThreshold} applies
 * @param longTokens word count from which {@code threshold} applies
 * @param minHeadlineTokens a headline match (same normalised title) needs a title this long
 * @param headlineWindowSeconds a headline match needs event times at most this far apart
 * @param maxItems capacity: the oldest inserted items are evicted beyond it
 * @param maxAgeSeconds items older than the newest event time minus this are evicted; 0 = never
 * @param bucketScanCap at most this many newest items are scanned per LSH bucket (guards against
 *     buckets made of very common shingles)
 * @param seed seed of every hash; same seed, same results
 */
public record DedupConfig(
    int numHashes,
    int bands,
    int rows,
    double threshold,
    double shortThreshold,
    int shortTokens,
    int longTokens,
    int minHeadlineTokens,
    long headlineWindowSeconds,
    int maxItems,
    long maxAgeSeconds,
    int bucketScanCap,
    long seed) implements Serializable {

  public DedupConfig {
    List<String> problems = new ArrayList<>();
    if (numHashes < 16 || numHashes > 1024) {
      problems.add("numHashes " + numHashes + " is outside 16..1024");
    }
    if (bands < 1 || rows < 1 || (long) bands * rows > numHashes) {
      problems.add("bands " + bands + " x rows " + rows + " must be >= 1 and fit in numHashes " + numHashes);
    }
    if (!(threshold > 0 && threshold <= 1)) {
      problems.add("threshold " + threshold + " is outside (0, 1]");
    }
    if (!(shortThreshold >= threshold && shortThreshold <= 1)) {
      problems.add("shortThreshold " + shortThreshold + " must be in [threshold, 1]");
    }
    if (shortTokens < 0 || longTokens <= shortTokens) {
      problems.add("need 0 <= shortTokens (" + shortTokens + ") < longTokens (" + longTokens + ")");
    }
    if (minHeadlineTokens < 1) {
      problems.add("minHeadlineTokens " + minHeadlineTokens + " must be >= 1");
    }
    if (headlineWindowSeconds < 0 || maxAgeSeconds < 0) {
      problems.add("headlineWindowSeconds and maxAgeSeconds must be >= 0");
    }
    if (maxItems < 1 || maxItems > (1 << 26)) {
      problems.add("maxItems " + maxItems + " is outside 1..67108864");
    }
    if ((long) maxItems * Math.max(numHashes, bands + 2) > Integer.MAX_VALUE) {
      problems.add("maxItems " + maxItems + " x numHashes " + numHashes + " exceeds the array limit 2^31");
    }
    if (bucketScanCap < 1) {
      problems.add("bucketScanCap " + bucketScanCap + " must be >= 1");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("bad dedup config: " + String.join("; ", problems));
    }
  }

  /** The defaults: 128 hashes, 42x3 bands, threshold 0.45 (0.8 for headlines), 36 h headline window, 1M items, no age limit. */
  public static DedupConfig defaults() {
    return new DedupConfig(128, 42, 3, 0.45, 0.8, 8, 40, 4, 36 * 3600L, 1_000_000, 0, 64, 0x71de2de5L);
  }

  public DedupConfig withThreshold(double t) {
    return new DedupConfig(numHashes, bands, rows, t, Math.max(t, shortThreshold), shortTokens, longTokens,
        minHeadlineTokens, headlineWindowSeconds, maxItems, maxAgeSeconds, bucketScanCap, seed);
  }

  public DedupConfig withCapacity(int items, long ageSeconds) {
    return new DedupConfig(numHashes, bands, rows, threshold, shortThreshold, shortTokens, longTokens,
        minHeadlineTokens, headlineWindowSeconds, items, ageSeconds, bucketScanCap, seed);
  }

  /** The Jaccard needed between two texts whose shorter one has {@code tokens} words. */
  public double thresholdFor(int tokens) {
    if (tokens <= shortTokens) {
      return shortThreshold;
    }
    if (tokens >= longTokens) {
      return threshold;
    }
    double f = (double) (tokens - shortTokens) / (longTokens - shortTokens);
    return shortThreshold + f * (threshold - shortThreshold);
  }
}
