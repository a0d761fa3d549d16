package org.tidende.cluster;

/**
 * A small map from {@code long} feature keys (any value, 0 included) to {@code double}, for an
 * article's term frequencies and boosts while it is prepared: open addressing with linear probing,
 * at most 3/4 full, no removal. Adding to a key does {@code old + delta} as {@code
 * HashMap.merge(k, delta, Double::sum)} did, so sums made in the same order are the same bit for bit.
 *
 * <p>Why: {@link FeatureVector#prepare} boxed a {@code Long} and a {@code Double} per term
 * occurrence into two {@code HashMap}s (a node each), about a third of its allocation. Not
 * thread-safe.
 */
final class LongDoubleMap {
  private long[] keys;
  private double[] values;
  private boolean[] used;
  private int size;
  private int mask;

  LongDoubleMap(int expected) {
    int cap = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
    keys = new long[cap];
    values = new double[cap];
    used = new boolean[cap];
    mask = cap - 1;
  }

  int size() {
    return size;
  }

  /** Adds {@code delta} to the value of {@code key}; an absent key gets {@code delta}. */
  void add(long key, double delta) {
    int i = find(key);
    if (used[i]) {
      values[i] += delta;
    } else {
      insert(i, key, delta);
    }
  }

  /** Sets the value of {@code key}. */
  void put(long key, double value) {
    int i = find(key);
    if (used[i]) {
      values[i] = value;
    } else {
      insert(i, key, value);
    }
  }

  /** The value of {@code key}, or {@code absent}. */
  double get(long key, double absent) {
    int i = find(key);
    return used[i] ? values[i] : absent;
  }

  /** The keys, in no particular order. */
  long[] keys() {
    long[] out = new long[size];
    int n = 0;
    for (int i = 0; i < keys.length; i++) {
      if (used[i]) {
        out[n++] = keys[i];
      }
    }
    return out;
  }

  /** The slot holding {@code key}, or the free slot where it would go. */
  private int find(long key) {
    int i = (int) (Hashing.mix(key) & mask);
    while (used[i] && keys[i] != key) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void insert(int i, long key, double value) {
    keys[i] = key;
    values[i] = value;
    used[i] = true;
    if (++size * 4 > keys.length * 3) {
      long[] oldKeys = keys;
      double[] oldValues = values;
      boolean[] oldUsed = used;
      keys = new long[oldKeys.length * 2];
      values = new double[oldKeys.length * 2];
      used = new boolean[oldKeys.length * 2];
      mask = keys.length - 1;
      size = 0;
      for (int j = 0; j < oldKeys.length; j++) {
        if (oldUsed[j]) {
          insert(find(oldKeys[j]), oldKeys[j], oldValues[j]);
        }
      }
    }
  }
}
