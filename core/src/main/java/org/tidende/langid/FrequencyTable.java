package org.tidende.langid;

import com.carrotsearch.hppc.LongIntHashMap;
import com.carrotsearch.hppc.cursors.LongIntCursor;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Relative frequencies of the stage-1 letter n-grams of one language (count divided by the number
 * of letters), keyed by feature hash; used only while training. Rows are numbered in the order their
 * keys were first seen: an HPPC {@code LongIntHashMap} from key to row ({@link #row}; was a home-made
 * LongIndex doing the same), so no hash order reaches the model.
 */
final class FrequencyTable {
  private final LongIntHashMap index;
  private final long[] keys;
  private final double[] frequency;
  private final byte[] order;

  private FrequencyTable(LongIntHashMap index, double[] frequency, byte[] order) {
    this.index = index;
    this.keys = keysInOrder(index);
    this.frequency = Arrays.copyOf(frequency, keys.length);
    this.order = Arrays.copyOf(order, keys.length);
  }

  /** Counts the letter n-grams of {@code docs}. */
  static FrequencyTable count(List<String> docs) {
    LongIntHashMap index = new LongIntHashMap(1 << 20);
    double[][] counts = {new double[1 << 20]};
    byte[][] orders = {new byte[1 << 20]};
    long[] letters = {0};
    for (String doc : docs) {
      TextFeatures.extract(doc, Integer.MAX_VALUE, (key, n) -> {
        int i = row(index, key);
        if (i >= counts[0].length) {
          counts[0] = Arrays.copyOf(counts[0], counts[0].length * 2);
          orders[0] = Arrays.copyOf(orders[0], orders[0].length * 2);
        }
        counts[0][i]++;
        orders[0][i] = (byte) n;
        if (n == 1) {
          letters[0]++;
        }
      }, null);
    }
    double[] f = counts[0];
    for (int i = 0; i < index.size(); i++) {
      f[i] /= Math.max(1, letters[0]);
    }
    return new FrequencyTable(index, f, orders[0]);
  }

  /** Frequencies given by n-gram string (Lingua), visited in sorted order for determinism. */
  static FrequencyTable of(Map<String, Double> byNgram) {
    LongIntHashMap index = new LongIntHashMap(byNgram.size());
    double[] f = new double[byNgram.size()];
    byte[] o = new byte[byNgram.size()];
    for (Map.Entry<String, Double> e : new TreeMap<>(byNgram).entrySet()) {
      int i = row(index, TextFeatures.letterKey(e.getKey()));
      f[i] = e.getValue();
      o[i] = (byte) e.getKey().length();
    }
    return new FrequencyTable(index, f, o);
  }

  int size() {
    return keys.length;
  }

  long key(int i) {
    return keys[i];
  }

  int order(int i) {
    return order[i];
  }

  double frequency(int i) {
    return frequency[i];
  }

  /** The frequency of {@code key}, 0 when never seen. */
  double frequencyOf(long key) {
    int i = index.getOrDefault(key == 0 ? 1 : key, -1);
    return i < 0 ? 0 : frequency[i];
  }

  /**
   * The row of {@code key} in {@code index}, the next free row (the index's size) when absent and then
   * added. Key 0 is counted as 1, as {@link FeatureTable} stores it (a collision of one in 2^64).
   */
  static int row(LongIntHashMap index, long key) {
    long k = key == 0 ? 1 : key;
    int slot = index.indexOf(k);
    if (index.indexExists(slot)) {
      return index.indexGet(slot);
    }
    int r = index.size();
    index.indexInsert(slot, k, r);
    return r;
  }

  /** Whether {@code key} has a row in {@code index}. */
  static boolean hasRow(LongIntHashMap index, long key) {
    return index.containsKey(key == 0 ? 1 : key);
  }

  /** The keys of {@code index} by row. */
  static long[] keysInOrder(LongIntHashMap index) {
    long[] out = new long[index.size()];
    for (LongIntCursor c : index) {
      out[c.value] = c.key;
    }
    return out;
  }
}
