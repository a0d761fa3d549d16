package org.tidende.langid;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Relative frequencies of the stage-1 letter n-grams of one language (count divided by the number
 * of letters), keyed by feature hash; used only while training.
 */
final class FrequencyTable {
  private final LongIndex index;
  private final long[] keys;
  private final double[] frequency;
  private final byte[] order;

  private FrequencyTable(LongIndex index, double[] frequency, byte[] order) {
    this.index = index;
    this.keys = index.keysInOrder();
    this.frequency = Arrays.copyOf(frequency, keys.length);
    this.order = Arrays.copyOf(order, keys.length);
  }

  /** Counts the letter n-grams of {@code docs}. */
  static FrequencyTable count(List<String> docs) {
    LongIndex index = new LongIndex(1 << 20);
    double[][] counts = {new double[1 << 20]};
    byte[][] orders = {new byte[1 << 20]};
    long[] letters = {0};
    for (String doc : docs) {
      TextFeatures.extract(doc, Integer.MAX_VALUE, (key, n) -> {
        int i = index.add(key);
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
    LongIndex index = new LongIndex(byNgram.size());
    double[] f = new double[byNgram.size()];
    byte[] o = new byte[byNgram.size()];
    for (Map.Entry<String, Double> e : new TreeMap<>(byNgram).entrySet()) {
      int i = index.add(TextFeatures.letterKey(e.getKey()));
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
    int i = index.indexOf(key);
    return i < 0 ? 0 : frequency[i];
  }
}
