package org.tidende.cluster;

import java.io.Serializable;

/**
 * Streaming document frequencies in fixed memory: a count-min sketch (Cormode and Muthukrishnan,
 * 2005) of how many articles contained each feature, the number of articles seen and the number of
 * features they held.
 *
 * <p>Why a sketch: the vocabulary of a news stream never stops growing (names, numbers, typos), so an
 * exact map would grow without bound over millions of articles; the sketch stays at {@code depth *
 * width} ints. Cost: {@code depth} array reads per lookup and writes per update. Failure mode: counts
 * are over-estimates (by at most about {@code 2N/width} with high probability), so the idf of a rare
 * feature may be under-estimated when the stream is very long; with {@code width = 2^20} and {@code
 * N} of a few million the error is a handful of documents, well below what changes a weight much.
 * Hashes are seeded: the same stream gives the same counts everywhere. Not thread-safe: owned by
 * one clustering state.
 */
public final class DocumentFrequencies implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final long SEED = 0x7469_6465_6e64_6531L;

  private final int depth;
  private final int mask;
  private final int[] counts;
  private long documents;
  /** Distinct features counted over all documents (the background total of a unigram model). */
  private long features;

  /** @param log2Width log2 of the row width (10 to 26) */
  public DocumentFrequencies(int depth, int log2Width) {
    if (depth < 1 || depth > 8) {
      throw new IllegalArgumentException("depth " + depth + " outside 1..8");
    }
    if (log2Width < 10 || log2Width > 26) {
      throw new IllegalArgumentException("log2Width " + log2Width + " outside 10..26");
    }
    this.depth = depth;
    this.mask = (1 << log2Width) - 1;
    this.counts = new int[depth << log2Width];
  }

  /** Counts one document containing each of the distinct {@code features}. */
  public void addDocument(Iterable<String> distinctFeatures) {
    documents++;
    for (String f : distinctFeatures) {
      increment(Hashing.hash64(f, SEED));
      features++;
    }
  }

  /**
   * Counts one document containing each of the distinct pre-hashed features and returns each one's
   * estimated count after counting.
   */
  public int[] addDocumentAndCounts(long[] distinctHashes) {
    documents++;
    features += distinctHashes.length;
    int[] counts = new int[distinctHashes.length];
    for (int i = 0; i < distinctHashes.length; i++) {
      counts[i] = increment(Hashing.mix(distinctHashes[i] ^ SEED));
    }
    return counts;
  }

  /** Adds one to the feature's counters and returns its new estimated count. */
  private int increment(long h) {
    int h1 = (int) h;
    int h2 = (int) (h >>> 32);
    int min = Integer.MAX_VALUE;
    for (int d = 0; d < depth; d++) {
      int idx = (d * (mask + 1)) + ((h1 + d * h2) & mask);
      if (counts[idx] < Integer.MAX_VALUE) {
        counts[idx]++;
      }
      min = Math.min(min, counts[idx]);
    }
    return min;
  }

  /** Estimated number of documents containing {@code feature} (never an under-estimate). */
  public int count(String feature) {
    return countOfHash(Hashing.hash64(feature, SEED));
  }

  /**
   * Estimated number of documents containing the pre-hashed feature {@code hash}, as counted by
   * {@link #addDocumentAndCounts} (never an under-estimate).
   */
  public int count(long hash) {
    return countOfHash(Hashing.mix(hash ^ SEED));
  }

  private int countOfHash(long h) {
    int h1 = (int) h;
    int h2 = (int) (h >>> 32);
    int min = Integer.MAX_VALUE;
    for (int d = 0; d < depth; d++) {
      min = Math.min(min, counts[(d * (mask + 1)) + ((h1 + d * h2) & mask)]);
    }
    return min;
  }

  /** Smoothed inverse document frequency, {@code ln((N + 1) / (df + 1)) + 1}. */
  public double idf(String feature) {
    return idf(count(feature), 0, 0);
  }

  /**
   * The smoothed idf of a feature counted {@code df} times, with {@code pseudoDocuments} prior
   * documents of which {@code pseudoCount} held it: {@code ln((N + pseudoDocuments + 1) / (df +
   * pseudoCount + 1)) + 1}.
   */
  public double idf(int df, double pseudoDocuments, double pseudoCount) {
    return Math.log((documents + pseudoDocuments + 1.0) / (df + pseudoCount + 1.0)) + 1.0;
  }

  public long documents() {
    return documents;
  }

  /**
   * Distinct features counted over all documents: {@code count(f) / features()} is a feature's
   * background probability per feature occurrence.
   */
  public long features() {
    return features;
  }

  /** Bytes held by the sketch. */
  public long bytes() {
    return counts.length * 4L;
  }
}
