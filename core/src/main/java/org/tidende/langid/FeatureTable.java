package org.tidende.langid;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * A table of per-class weights for hashed features: one row of {@code classes} weights per feature,
 * each weight quantised to a byte on a uniform grid ({@code lo + q * step}). Immutable once built.
 *
 * <p>Bytes, not floats, keep the bundled model and its memory four times smaller and the rows
 * cache-friendly; 255 steps over the log-probability range lose about 0.02 nats per weight, far
 * below what separates languages. Features absent from the table add nothing to any class (they
 * would add the same floor to all of them).
 *
 * <p>Layout: an open-addressing hash table of the keys (linear probing, at most half full, key 0
 * stored as 1, as the trainer counts it) whose weights are stored by slot, {@code classes} bytes at
 * the key's slot, so a lookup reads the key's slot and then the row beside the same index. Cost:
 * about two cache misses per feature present (the key, then its row), where a map
 * from key to row number and rows in row order cost three (key, row number, row), and language ID
 * was about 14 % of the pipeline's CPU in this one method (bench, session 33 profile); the sums, and
 * so every answer, are the same bit for bit, only read from other addresses. Measured (identify on
 * the 4,801 langid sentences and 1.5 KB chunks of them, thread CPU time, load 7-8, noisy): 107/97 ->
 * 89/83 ms per round at best; the row's own miss remains, so this method is still the largest self
 * cost of the pipeline. Memory: the rows take slots x classes bytes instead of keys x
 * classes (the bundled model: 10.8 MB + 6.1 MB instead of 8.5 MB + 6.7 MB). The file format keeps
 * rows in key order ({@link #write}).
 *
 * <p>Tried and not kept (session 40): each slot's key and its row in one record of one byte array
 * (32 bytes for the 13 letter classes, placed not to straddle a cache line), so a look-up reads one
 * line. Language ID alone on the bench corpora's 53,458 texts, one thread: 1,353 to 1,128 and 1,344
 * to 1,206 CPU ms a round (alternated, load 13-14); the whole bench, alternated with the jar before
 * on a quiet machine, three pairs: 8,510 / 9,162 / 8,594 to 8,402 / 8,496 / 8,357 articles/s (10,018
 * / 10,764 / 9,908 to 9,634 / 9,975 / 9,828 per 2 CPU-seconds), no gain, for 8 MB more memory
 * (25.2 MB instead of 17.3 MB); rows as floats were slower alone (1,425-1,800 ms).
 *
 * <p>Why home-made (root pom): no library map keeps a value row of {@code classes} quantised bytes
 * inline at its key's slot; HPPC's or fastutil's maps would give a row number and the rows elsewhere,
 * the extra cache miss this layout removed.
 */
final class FeatureTable {
  final int classes;
  private final int size;
  /** Keys by slot, 0 for a free slot (a real key 0 is stored as 1). */
  private final long[] keys;
  private final int mask;
  /** Weights by slot: the row of the key in slot {@code i} at {@code i * classes}. */
  private final byte[] values;
  /** The slot of each row in key order (the order the table was built and is written in). */
  private final int[] slotOfRow;
  private final float[] levels = new float[256];
  private final float lo;
  private final float step;

  FeatureTable(int classes, long[] keys, byte[] values, float lo, float step) {
    if (values.length != keys.length * classes) {
      throw new IllegalArgumentException("table has " + values.length + " weights, expected " + keys.length * classes);
    }
    this.classes = classes;
    this.lo = lo;
    this.step = step;
    int cap = Integer.highestOneBit(Math.max(16, keys.length * 2 - 1)) << 1;
    this.keys = new long[cap];
    this.mask = cap - 1;
    this.values = new byte[cap * classes];
    this.slotOfRow = new int[keys.length];
    int n = 0;
    for (int r = 0; r < keys.length; r++) {
      long k = keys[r] == 0 ? 1 : keys[r];
      int i = (int) k & mask;
      while (this.keys[i] != 0 && this.keys[i] != k) {
        i = (i + 1) & mask;
      }
      if (this.keys[i] == 0) { // keys are distinct in every table built; a repeat keeps its first row
        this.keys[i] = k;
        System.arraycopy(values, r * classes, this.values, i * classes, classes);
        slotOfRow[n++] = i;
      }
    }
    this.size = n;
    for (int q = 0; q < 256; q++) {
      levels[q] = lo + q * step;
    }
  }

  /** Quantises a table of float rows (row-major, {@code classes} per key). */
  static FeatureTable quantise(int classes, long[] keys, float[] weights) {
    float min = Float.POSITIVE_INFINITY;
    float max = Float.NEGATIVE_INFINITY;
    for (float w : weights) {
      min = Math.min(min, w);
      max = Math.max(max, w);
    }
    float step = max > min ? (max - min) / 255f : 1f;
    byte[] q = new byte[weights.length];
    for (int i = 0; i < weights.length; i++) {
      q[i] = (byte) Math.round((weights[i] - min) / step);
    }
    return new FeatureTable(classes, keys, q, min, step);
  }

  int size() {
    return size;
  }

  /** Adds the row of {@code key} to {@code acc}; returns false (adding nothing) when absent. */
  boolean accumulate(long key, float[] acc) {
    int row = row(key);
    if (row < 0) {
      return false;
    }
    add(row, acc);
    return true;
  }

  /** The row of {@code key} (its slot), or -1 when the table does not hold it. */
  int row(long key) {
    long k = key == 0 ? 1 : key;
    int i = (int) k & mask;
    while (true) {
      long found = keys[i];
      if (found == k) {
        return i;
      }
      if (found == 0) {
        return -1;
      }
      i = (i + 1) & mask;
    }
  }

  /** Adds the weights of row {@code row} (as {@link #row} gave it) to {@code acc}. */
  void add(int row, float[] acc) {
    int base = row * classes;
    for (int c = 0; c < classes; c++) {
      acc[c] += levels[values[base + c] & 0xff];
    }
  }

  void write(DataOutputStream out) throws IOException {
    out.writeInt(classes);
    out.writeInt(size);
    out.writeFloat(lo);
    out.writeFloat(step);
    for (int r = 0; r < size; r++) {
      out.writeLong(keys[slotOfRow[r]]);
    }
    // Class-major order: the weights of one class vary smoothly and compress better together.
    for (int c = 0; c < classes; c++) {
      for (int r = 0; r < size; r++) {
        out.writeByte(values[slotOfRow[r] * classes + c]);
      }
    }
  }

  static FeatureTable read(DataInputStream in) throws IOException {
    int classes = in.readInt();
    int n = in.readInt();
    float lo = in.readFloat();
    float step = in.readFloat();
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      keys[i] = in.readLong();
    }
    byte[] column = new byte[n];
    byte[] values = new byte[n * classes];
    for (int c = 0; c < classes; c++) {
      in.readFully(column);
      for (int r = 0; r < n; r++) {
        values[r * classes + c] = column[r];
      }
    }
    return new FeatureTable(classes, keys, values, lo, step);
  }
}
