package org.tidende.cluster;

import java.util.function.LongFunction;

/**
 * A map from {@code long} keys (feature hashes) to objects, for the clusterer's inverted index:
 * open addressing with linear probing over two parallel arrays, a slot free when its value is null
 * (so any key, 0 included, can be stored), removal by backward shift (no tombstones).
 *
 * <p>Why: the index is asked for every query feature of every article; a {@code HashMap<Long, ...>}
 * boxed each key and compared it with {@code Long.equals}, about 5 % of the pipeline's CPU and as
 * much of its allocation. Cost: a hit or miss is about one to two probes at most 3/4 full; 12 bytes
 * a slot plus the values. No iteration: the index is only asked, added to and removed from, so the
 * slot order cannot reach any output. Not thread-safe.
 */
final class LongObjectMap<V> {
  private long[] keys;
  private Object[] values;
  private int size;
  private int mask;

  LongObjectMap(int expected) {
    int cap = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
    keys = new long[cap];
    values = new Object[cap];
    mask = cap - 1;
  }

  int size() {
    return size;
  }

  /** The value of {@code key}, or null when absent. */
  @SuppressWarnings("unchecked")
  V get(long key) {
    int i = slot(key);
    while (true) {
      Object v = values[i];
      if (v == null || keys[i] == key) {
        return (V) v;
      }
      i = (i + 1) & mask;
    }
  }

  /** The value of {@code key}, made by {@code make} and stored first when absent. */
  @SuppressWarnings("unchecked")
  V computeIfAbsent(long key, LongFunction<V> make) {
    int i = slot(key);
    while (true) {
      Object v = values[i];
      if (v == null) {
        V fresh = make.apply(key);
        keys[i] = key;
        values[i] = fresh;
        if (++size * 4 > keys.length * 3) {
          grow();
        }
        return fresh;
      }
      if (keys[i] == key) {
        return (V) v;
      }
      i = (i + 1) & mask;
    }
  }

  /** Removes {@code key} if present, moving later entries of its probe run back into the gap. */
  void remove(long key) {
    int i = slot(key);
    while (true) {
      if (values[i] == null) {
        return;
      }
      if (keys[i] == key) {
        break;
      }
      i = (i + 1) & mask;
    }
    size--;
    int gap = i;
    int j = i;
    while (true) {
      j = (j + 1) & mask;
      if (values[j] == null) {
        break;
      }
      int home = slot(keys[j]);
      // The entry at j may fill the gap when its home is not cyclically within (gap, j].
      if (((j - home) & mask) >= ((j - gap) & mask)) {
        keys[gap] = keys[j];
        values[gap] = values[j];
        gap = j;
      }
    }
    keys[gap] = 0;
    values[gap] = null;
  }

  private int slot(long key) {
    return (int) (Hashing.mix(key) & mask);
  }

  private void grow() {
    long[] oldKeys = keys;
    Object[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new Object[oldKeys.length * 2];
    mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldValues[j] != null) {
        int i = slot(oldKeys[j]);
        while (values[i] != null) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        values[i] = oldValues[j];
      }
    }
  }
}
