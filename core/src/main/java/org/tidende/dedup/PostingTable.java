package org.tidende.dedup;

import java.util.Arrays;
import java.util.function.LongPredicate;

/**
 * Open-addressing map from a 64-bit key (an LSH band key, an exact or headline hash) to the
 * sequence number of the newest item posted under it; older items are reached through the
 * index's per-item next pointers. Linear probing, load at most 3/4, key 0 means empty (keys are
 * remapped away from 0). Stale entries are dropped by {@link #purge} before the table grows, so its
 * size follows the live items, not the whole stream. Not thread-safe.
 */
final class PostingTable {
  private long[] keys;
  private long[] seqs;
  private int size;

  PostingTable(int initialCapacity) {
    int cap = Integer.highestOneBit(Math.max(16, initialCapacity) - 1) << 1;
    keys = new long[cap];
    seqs = new long[cap];
  }

  PostingTable(PostingTable other) {
    keys = other.keys.clone();
    seqs = other.seqs.clone();
    size = other.size;
  }

  static long nonZero(long key) {
    return key == 0 ? 0x6a09e667f3bcc909L : key;
  }

  /** Newest sequence number under the key, or -1. */
  long get(long key) {
    key = nonZero(key);
    int mask = keys.length - 1;
    for (int i = (int) Hashing.mix(key) & mask; ; i = (i + 1) & mask) {
      long k = keys[i];
      if (k == key) {
        return seqs[i];
      }
      if (k == 0) {
        return -1;
      }
    }
  }

  /** Sets the newest sequence number under the key; returns the previous one or -1. */
  long put(long key, long seq, LongPredicate stale) {
    key = nonZero(key);
    if ((size + 1) * 4L > keys.length * 3L) {
      purge(stale);
      if ((size + 1) * 2L > keys.length) {
        rehash(keys.length * 2);
      }
    }
    int mask = keys.length - 1;
    for (int i = (int) Hashing.mix(key) & mask; ; i = (i + 1) & mask) {
      long k = keys[i];
      if (k == key) {
        long old = seqs[i];
        seqs[i] = seq;
        return old;
      }
      if (k == 0) {
        keys[i] = key;
        seqs[i] = seq;
        size++;
        return -1;
      }
    }
  }

  /** Drops entries whose newest item is stale (reclaimed), shrinking when much emptier. */
  void purge(LongPredicate stale) {
    int live = 0;
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != 0 && stale.test(seqs[i])) {
        keys[i] = 0;
      } else if (keys[i] != 0) {
        live++;
      }
    }
    int cap = keys.length;
    while (cap > 16 && live * 4L < cap) {
      cap >>= 1;
    }
    rehash(cap);
  }

  private void rehash(int capacity) {
    long[] oldKeys = keys;
    long[] oldSeqs = seqs;
    keys = new long[capacity];
    seqs = new long[capacity];
    size = 0;
    int mask = capacity - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] == 0) {
        continue;
      }
      int i = (int) Hashing.mix(oldKeys[j]) & mask;
      while (keys[i] != 0) {
        i = (i + 1) & mask;
      }
      keys[i] = oldKeys[j];
      seqs[i] = oldSeqs[j];
      size++;
    }
  }

  int size() {
    return size;
  }

  long memoryBytes() {
    return 16L * keys.length + 32;
  }

  @Override
  public String toString() {
    return "PostingTable[size=" + size + ", capacity=" + keys.length + ", sample=" + Arrays.toString(Arrays.copyOf(keys, 2)) + "]";
  }
}
