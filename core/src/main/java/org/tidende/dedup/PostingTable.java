package org.tidende.dedup;

import java.util.function.LongPredicate;

/**
 * Open-addressing map from a 64-bit key (an LSH band key, an exact or headline hash) to the
 * sequence number of the newest item posted under it; older items are reached through the
 * index's per-item chain links.
 *
 * <p>Layout: one {@code long} per entry, so a probe touches one cache line: the high 32 bits hold
 * a tag, bits 32..63 of the key (keys are already well-mixed hashes; forced non-zero, as 0 marks
 * an empty entry), the low 32 bits the sequence number modulo 2^32. Keys are told apart by their
 * tag only: two keys share an entry with probability about 2^-32 per probe (some 0.01 times in a
 * 500,000-item run), and the only effect is one extra candidate chain, which verification
 * rejects, or a chain cut short. Full sequence numbers are rebuilt relative
 * to the newest one put; that is exact because {@link #purge} (run before every growth) drops
 * entries older than the index's oldest live item, so no kept entry is 2^32 puts old.
 *
 * <p>Why: the index makes two probes per band per item; at 500,000 items the table holds 22M
 * entries, far beyond the caches, and half the bytes and one miss per probe instead of two (key and
 * value arrays) is most of the index's speed. Linear probing, load at most 3/4. Not thread-safe.
 */
final class PostingTable {
  private long[] entries;
  private int size;
  private long latest = -1;

  PostingTable(int initialCapacity) {
    int cap = Integer.highestOneBit(Math.max(16, initialCapacity) - 1) << 1;
    entries = new long[cap];
  }

  PostingTable(PostingTable other) {
    entries = other.entries.clone();
    size = other.size;
    latest = other.latest;
  }

  private static long tag(long key) {
    long t = key & 0xFFFFFFFF00000000L;
    return t == 0 ? 0x6a09e66700000000L : t;
  }

  private static int home(long tag) {
    return (int) (tag >>> 32) * 0x9E3779B9 >>> 3;
  }

  private long seqOf(long entry) {
    return latest - ((latest - entry) & 0xFFFFFFFFL);
  }

  /** Newest sequence number under the key, or -1. */
  long get(long key) {
    long tag = tag(key);
    int mask = entries.length - 1;
    for (int i = home(tag) & mask; ; i = (i + 1) & mask) {
      long e = entries[i];
      if ((e & 0xFFFFFFFF00000000L) == tag) {
        return seqOf(e);
      }
      if (e == 0) {
        return -1;
      }
    }
  }

  /**
   * Sets the newest sequence number under the key (never smaller than any put before); returns
   * the previous one or -1. Entries whose sequence number fails {@code stale} may be dropped first.
   */
  long put(long key, long seq, LongPredicate stale) {
    if ((size + 1) * 4L > entries.length * 3L) {
      purge(stale);
      if ((size + 1) * 2L > entries.length) {
        rehash(entries.length * 2);
      }
    }
    long tag = tag(key);
    long entry = tag | (seq & 0xFFFFFFFFL);
    int mask = entries.length - 1;
    for (int i = home(tag) & mask; ; i = (i + 1) & mask) {
      long e = entries[i];
      if ((e & 0xFFFFFFFF00000000L) == tag) {
        long old = seqOf(e);
        entries[i] = entry;
        latest = seq;
        return old;
      }
      if (e == 0) {
        entries[i] = entry;
        latest = seq;
        size++;
        return -1;
      }
    }
  }

  /** Drops entries whose newest item is stale (reclaimed), shrinking when much emptier. */
  void purge(LongPredicate stale) {
    int live = 0;
    for (int i = 0; i < entries.length; i++) {
      if (entries[i] != 0 && stale.test(seqOf(entries[i]))) {
        entries[i] = 0;
      } else if (entries[i] != 0) {
        live++;
      }
    }
    int cap = entries.length;
    while (cap > 16 && live * 4L < cap) {
      cap >>= 1;
    }
    rehash(cap);
  }

  private void rehash(int capacity) {
    long[] old = entries;
    entries = new long[capacity];
    size = 0;
    int mask = capacity - 1;
    for (long e : old) {
      if (e == 0) {
        continue;
      }
      int i = home(e & 0xFFFFFFFF00000000L) & mask;
      while (entries[i] != 0) {
        i = (i + 1) & mask;
      }
      entries[i] = e;
      size++;
    }
  }

  int size() {
    return size;
  }

  long memoryBytes() {
    return 8L * entries.length + 32;
  }
}
