package org.tidende.cluster;

import java.util.Arrays;

/**
 * A map from non-zero {@code long} feature hashes to {@code float} weights: open addressing with
 * linear probing in two parallel arrays, so a story centroid costs 12 bytes a slot instead of a boxed
 * {@code HashMap} entry (about 80 bytes), and lookups do no allocation. Absent keys read as 0.
 * Iteration order is slot order, which depends only on the keys inserted (seeded hashes), so it is
 * the same on every run. Not thread-safe.
 *
 * <p>Why home-made while the other primitive maps are HPPC's (root pom): story centroids are summed
 * and normalised by walking the slots ({@code keyAt}, {@code valueAt}), so the slot order of {@link
 * Hashing#mix} is the float summation order that every similarity, and so every output, rests on.
 * HPPC's {@code LongFloatHashMap} hashes with its own mixer and starts each instance's iteration at a
 * per-instance seed from a global counter, so its order would change the sums' last bits, and with
 * stories built on several threads differ from run to run; sorting the keys before each walk would
 * cost a sort per comparison. Pruning to the heaviest entries ({@link #retainHeaviest}) and
 * subtracting only present keys are small helpers on top. Nothing of it is written to a file
 * (the background rates, read-only and never walked, are in an HPPC map).
 */
final class LongFloatMap {
  private long[] keys;
  private float[] values;
  private int size;
  private int mask;

  LongFloatMap(int expected) {
    int cap = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
    keys = new long[cap];
    values = new float[cap];
    mask = cap - 1;
  }

  int size() {
    return size;
  }

  /** The weight of {@code key}, or 0 when absent. */
  float get(long key) {
    int i = slot(key);
    while (true) {
      long k = keys[i];
      if (k == key) {
        return values[i];
      }
      if (k == 0) {
        return 0f;
      }
      i = (i + 1) & mask;
    }
  }

  /** Adds {@code delta} to the weight of {@code key} (0 when absent). */
  void add(long key, float delta) {
    int i = slot(key);
    while (true) {
      long k = keys[i];
      if (k == key) {
        values[i] += delta;
        return;
      }
      if (k == 0) {
        keys[i] = key;
        values[i] = delta;
        if (++size * 4 > keys.length * 3) {
          grow();
        }
        return;
      }
      i = (i + 1) & mask;
    }
  }

  /** Subtracts {@code delta} from the weight of {@code key} if present; absent keys stay absent. */
  void subtractIfPresent(long key, float delta) {
    int i = slot(key);
    while (true) {
      long k = keys[i];
      if (k == key) {
        values[i] -= delta;
        return;
      }
      if (k == 0) {
        return;
      }
      i = (i + 1) & mask;
    }
  }

  /** Slot-order view for iteration: key at slot {@code i}, 0 for an empty slot. */
  long keyAt(int i) {
    return keys[i];
  }

  float valueAt(int i) {
    return values[i];
  }

  int capacity() {
    return keys.length;
  }

  /** Keeps only the {@code keep} heaviest entries (ties by key), re-hashed into a fitting table. */
  void retainHeaviest(int keep) {
    retain(keep, false);
  }

  /**
   * Keeps only the {@code keep} entries of largest absolute value (ties by key), as {@link
   * #retainHeaviest} keeps the heaviest: for a map of signed changes ({@code ActiveStory#acrossShift}).
   */
  void retainLargest(int keep) {
    retain(keep, true);
  }

  /** Keeps the {@code keep} entries first by value (or by absolute value), then by key. */
  private void retain(int keep, boolean absolute) {
    if (size <= keep) {
      return;
    }
    long[] k = new long[size];
    float[] v = new float[size];
    int n = 0;
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != 0) {
        k[n] = keys[i];
        v[n++] = values[i];
      }
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> {
      float wa = absolute ? Math.abs(v[a]) : v[a];
      float wb = absolute ? Math.abs(v[b]) : v[b];
      return wa != wb ? Float.compare(wb, wa) : Long.compare(k[a], k[b]);
    });
    LongFloatMap fresh = new LongFloatMap(keep);
    for (int i = 0; i < keep; i++) {
      fresh.add(k[order[i]], v[order[i]]);
    }
    keys = fresh.keys;
    values = fresh.values;
    size = fresh.size;
    mask = fresh.mask;
  }

  /** Approximate bytes held. */
  long bytes() {
    return keys.length * 12L + 32;
  }

  private int slot(long key) {
    return (int) (Hashing.mix(key) & mask);
  }

  private void grow() {
    long[] oldKeys = keys;
    float[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new float[oldKeys.length * 2];
    mask = keys.length - 1;
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        add(oldKeys[i], oldValues[i]);
      }
    }
  }
}
