package org.tidende.dedup;

import java.util.Arrays;
import org.tidende.model.ArticleId;

/**
 * Per-item arrays of the {@link NearDuplicateIndex} ring, structure-of-arrays so 10^6 items cost
 * no per-item objects beyond their ids. Grows by doubling up to the index's capacity. Not
 * thread-safe.
 */
final class Slots {
  final int k;
  final int postings;
  long[] seqOf;
  ArticleId[] ids;
  long[] times;
  int[] tokens;
  long[] exactHashes;
  long[] titleHashes;
  boolean[] alive;
  int[] stamps;
  short[] sigs;
  long[][] shingles;
  int[] next;

  Slots(int capacity, int k, int postings) {
    this.k = k;
    this.postings = postings;
    seqOf = new long[capacity];
    Arrays.fill(seqOf, -1);
    ids = new ArticleId[capacity];
    times = new long[capacity];
    tokens = new int[capacity];
    exactHashes = new long[capacity];
    titleHashes = new long[capacity];
    alive = new boolean[capacity];
    stamps = new int[capacity];
    sigs = new short[capacity * k];
    shingles = new long[capacity][];
    next = new int[capacity * postings];
  }

  Slots(Slots o) {
    this(o, o.ids.length);
  }

  private Slots(Slots o, int capacity) {
    k = o.k;
    postings = o.postings;
    seqOf = Arrays.copyOf(o.seqOf, capacity);
    Arrays.fill(seqOf, o.seqOf.length, capacity, -1);
    ids = Arrays.copyOf(o.ids, capacity);
    times = Arrays.copyOf(o.times, capacity);
    tokens = Arrays.copyOf(o.tokens, capacity);
    exactHashes = Arrays.copyOf(o.exactHashes, capacity);
    titleHashes = Arrays.copyOf(o.titleHashes, capacity);
    alive = Arrays.copyOf(o.alive, capacity);
    stamps = Arrays.copyOf(o.stamps, capacity);
    sigs = Arrays.copyOf(o.sigs, capacity * k);
    shingles = Arrays.copyOf(o.shingles, capacity); // the inner arrays are never written: sharing is safe
    next = Arrays.copyOf(o.next, capacity * postings);
  }

  Slots grow(int capacity) {
    return new Slots(this, capacity);
  }

  void set(int s, long seq, ArticleId id, Fingerprint fp, long t) {
    seqOf[s] = seq;
    ids[s] = id;
    times[s] = t;
    tokens[s] = fp.tokens;
    exactHashes[s] = fp.exactHash;
    titleHashes[s] = fp.titleHash;
    alive[s] = true;
    shingles[s] = fp.shingles;
    int base = s * k;
    for (int i = 0; i < k; i++) {
      sigs[base + i] = (short) fp.minHashes[i];
    }
  }

  void kill(int s) {
    alive[s] = false;
    ids[s] = null;
    shingles[s] = null;
  }

  long memoryBytes() {
    long n = ids.length;
    long perSlot = 8 + 8 + 8 + 4 + 8 + 8 + 1 + 4 + 2L * k + 4L * postings + 16;
    long shingleBytes = 0;
    for (long[] a : shingles) {
      if (a != null) {
        shingleBytes += 16 + 8L * a.length;
      }
    }
    return n * perSlot + shingleBytes;
  }
}
