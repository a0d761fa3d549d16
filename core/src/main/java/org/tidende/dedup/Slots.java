package org.tidende.dedup;

import java.util.Arrays;
import org.tidende.model.ArticleId;

/**
 * Per-item arrays of the {@link NearDuplicateIndex} ring, structure-of-arrays so 10^6 items cost
 * no per-item objects beyond their ids. What verifying a candidate reads sits together in one row
 * of {@code rows}: a header word (visit stamp in the high 32 bits, word count in the low 32, 0
 * once evicted) followed by the 16-bit MinHash values packed four to a {@code long}, so a
 * candidate costs one run of adjacent cache lines instead of a read in five arrays. Grows by
 * doubling up to the index's capacity. Not thread-safe.
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
  /** Longs per row: the header plus {@code ceil(k / 4)} packed signature words. */
  final int stride;
  long[] rows;
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
    stride = 1 + Fingerprint.packedLength(k);
    rows = new long[capacity * stride];
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
    stride = o.stride;
    rows = Arrays.copyOf(o.rows, capacity * stride);
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
    int base = s * stride;
    rows[base] = fp.tokens & 0xFFFFFFFFL;
    System.arraycopy(fp.packed, 0, rows, base + 1, stride - 1);
  }

  void kill(int s) {
    alive[s] = false;
    rows[s * stride] = 0;
    ids[s] = null;
    shingles[s] = null;
  }

  long memoryBytes() {
    long n = ids.length;
    long perSlot = 8 + 8 + 8 + 4 + 8 + 8 + 1 + 8L * stride + 4L * postings + 16;
    long shingleBytes = 0;
    for (long[] a : shingles) {
      if (a != null) {
        shingleBytes += 16 + 8L * a.length;
      }
    }
    return n * perSlot + shingleBytes;
  }
}
