package org.tidende.dedup;

import java.util.Arrays;

/**
 * What the near-duplicate index keeps of one text: hashes only, never the text.
 *
 * <p>Made by {@link Fingerprinter#fingerprint}; immutable (the arrays are never exposed). Computing
 * fingerprints is pure, so callers may do it on many threads and feed the single-threaded {@link
 * NearDuplicateIndex} in order.
 */
public final class Fingerprint {
  final long exactHash;
  final long titleHash;
  final int titleTokens;
  final int tokens;
  final int[] minHashes;
  final long[] bandKeys;
  /** The MinHash values' low 16 bits, four to a long (zero-padded), as the index stores them. */
  final long[] packed;
  /** Sorted distinct shingle hashes when there are few of them (exact Jaccard for short texts), else null. */
  final long[] shingles;
  final int shingleCount;

  Fingerprint(long exactHash, long titleHash, int titleTokens, int tokens, int[] minHashes,
      long[] bandKeys, long[] shingles, int shingleCount) {
    this.exactHash = exactHash;
    this.titleHash = titleHash;
    this.titleTokens = titleTokens;
    this.tokens = tokens;
    this.minHashes = minHashes;
    this.bandKeys = bandKeys;
    this.shingles = shingles;
    this.shingleCount = shingleCount;
    this.packed = pack(minHashes);
  }

  /** Longs needed to pack {@code k} 16-bit values. */
  static int packedLength(int k) {
    return (k + 3) >>> 2;
  }

  /** The low 16 bits of each value, four to a long, lane {@code i % 4} at bits {@code 16 * (i % 4)}. */
  static long[] pack(int[] values) {
    long[] out = new long[packedLength(values.length)];
    for (int i = 0; i < values.length; i++) {
      out[i >>> 2] |= (values[i] & 0xFFFFL) << ((i & 3) << 4);
    }
    return out;
  }

  /**
   * Number of equal 16-bit lanes between {@code a} and {@code b[from ..]}, minus {@code pad}
   * (zero lanes padding both). SWAR: a lane of {@code a ^ b} is zero exactly when adding 0x7FFF to
   * its low 15 bits leaves bit 15 clear and bit 15 was clear.
   */
  static int equalLanes(long[] a, long[] b, int from, int pad) {
    final long low = 0x7FFF7FFF7FFF7FFFL;
    int eq = 0;
    for (int i = 0; i < a.length; i++) {
      long v = a[i] ^ b[from + i];
      eq += Long.bitCount(~(((v & low) + low) | v | low));
    }
    return eq - pad;
  }

  /** Words in title and text after boilerplate removal. */
  public int tokens() {
    return tokens;
  }

  /** Words in the title. */
  public int titleTokens() {
    return titleTokens;
  }

  /** Number of distinct word 1- and 2-shingles (repeats included for texts over 256 shingles). */
  public int shingleCount() {
    return shingleCount;
  }

  /** True when no word was left: such texts are never duplicates of anything. */
  public boolean isEmpty() {
    return tokens == 0;
  }

  /** Hash of the normalised word sequence: equal for exact duplicates. */
  public long exactHash() {
    return exactHash;
  }

  /** Hash of the normalised title words; 0 without title words. */
  public long titleHash() {
    return titleHash;
  }

  /** A copy of the LSH band keys (one per band, from the plain shingle set; empty for an empty text). */
  public long[] bandKeys() {
    return bandKeys.clone();
  }

  /** A copy of the sorted distinct shingle hashes of a short text, or null for longer texts. */
  public long[] shingles() {
    return shingles == null ? null : shingles.clone();
  }

  /** A copy of the MinHash signature of the weighted shingle set. */
  public int[] minHashes() {
    return minHashes.clone();
  }

  /**
   * Jaccard similarity of the two texts' shingle sets: exact on the plain sets when both are short
   * (few shingles), else the weighted Jaccard (words twice, word pairs once; see {@link
   * Fingerprinter}) estimated from the MinHash signatures (standard error about {@code
   * sqrt(J(1-J)/k)}).
   */
  public double similarity(Fingerprint other) {
    if (shingles != null && other.shingles != null) {
      return exactJaccard(shingles, other.shingles);
    }
    return MinHasher.estimate(minHashes, other.minHashes);
  }

  /** Jaccard of two sorted arrays of distinct values. */
  public static double exactJaccard(long[] a, long[] b) {
    if (a.length == 0 && b.length == 0) {
      return 0;
    }
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      int c = Long.compare(a[i], b[j]);
      if (c == 0) {
        common++;
        i++;
        j++;
      } else if (c < 0) {
        i++;
      } else {
        j++;
      }
    }
    return (double) common / (a.length + b.length - common);
  }

  @Override
  public String toString() {
    return "Fingerprint[tokens=" + tokens + ", shingles=" + shingleCount + ", exact="
        + Long.toHexString(exactHash) + ", bands=" + bandKeys.length + ", head="
        + Arrays.toString(Arrays.copyOf(minHashes, Math.min(4, minHashes.length))) + "]";
  }
}
