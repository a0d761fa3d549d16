package org.tidende.langid;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A table of per-class weights for hashed features: one row of {@code classes} weights per feature,
 * each weight quantised to a byte on a uniform grid ({@code lo + q * step}). Immutable once built.
 *
 * <p>Bytes, not floats, keep the bundled model and its memory four times smaller and the rows
 * cache-friendly; 255 steps over the log-probability range lose about 0.02 nats per weight, far
 * below what separates languages. Features absent from the table add nothing to any class (they
 * would add the same floor to all of them).
 *
 * <p>Layout: an open-addressing hash table (linear probing, at most half full, key 0 stored as 1,
 * as the trainer counts it) of records, one per slot in one byte array: the key, then its row of
 * {@code classes} bytes, each record a power of two long (32 bytes for the 13 letter classes, 16
 * for the 4 word classes) and placed so it never straddles a cache line. A lookup reads one line:
 * the key and the row beside it. Cost: language ID was about 14 % of the pipeline's CPU in this one
 * method (bench, session 33 profile), when the keys and the rows were two arrays by slot, two
 * cache misses per feature present (before that three: key, row number, row); session 40's profile
 * of {@code tidende bench} still gave 16 % of the CPU samples to language ID, 15.7 % in {@link
 * #add}. With one record per slot (session 40), identify on the 53,458 texts of the bench corpora,
 * one thread, CPU ms per round, best of 5, the old and new jar alternated at load 13-14: 1,353 ->
 * 1,128 and 1,344 -> 1,206 (-10 to -17 %). The sums, and so every answer, are the same bit for bit,
 * only read from other addresses. Rows as floats (no quantisation levels to look up) were slower
 * (1,425-1,800 ms: four times the bytes to miss). Memory: slots x stride bytes (the bundled model:
 * 16.8 MB + 8.4 MB, where the two arrays took 11.0 MB + 6.3 MB). The file format keeps rows in key
 * order ({@link #write}).
 *
 * <p>Why home-made (root pom): no library map keeps a value row of {@code classes} quantised bytes
 * inline at its key's slot; HPPC's or fastutil's maps would give a row number and the rows elsewhere,
 * the extra cache misses this layout removed.
 */
final class FeatureTable {
  final int classes;
  private final int size;
  /**
   * The table by slot, one record of {@link #stride} bytes per slot starting at {@link #PAD}: the
   * key (8 bytes, native order; 0 for a free slot, a real key 0 stored as 1), then its row of
   * {@code classes} weights.
   */
  private final byte[] records;
  private final int stride;
  private final int mask;
  /** The slot of each row in key order (the order the table was built and is written in). */
  private final int[] slotOfRow;
  private final float[] levels = new float[256];
  private final float lo;
  private final float step;

  /**
   * Bytes before the first record: with a 16-byte array header, record 0 starts 64 bytes into the
   * array, so a record never straddles two cache lines when the array starts on a line, as these
   * arrays of megabytes do (G1 puts them at the start of a region). Only speed depends on it.
   */
  private static final int PAD = 48;
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.nativeOrder());

  FeatureTable(int classes, long[] keys, byte[] values, float lo, float step) {
    if (values.length != keys.length * classes) {
      throw new IllegalArgumentException("table has " + values.length + " weights, expected " + keys.length * classes);
    }
    this.classes = classes;
    this.lo = lo;
    this.step = step;
    this.stride = Integer.highestOneBit(8 + classes - 1) << 1; // the power of two >= key + row
    int cap = Integer.highestOneBit(Math.max(16, keys.length * 2 - 1)) << 1;
    this.mask = cap - 1;
    this.records = new byte[PAD + cap * stride];
    this.slotOfRow = new int[keys.length];
    int n = 0;
    for (int r = 0; r < keys.length; r++) {
      long k = keys[r] == 0 ? 1 : keys[r];
      int i = (int) k & mask;
      while (key(i) != 0 && key(i) != k) {
        i = (i + 1) & mask;
      }
      if (key(i) == 0) { // keys are distinct in every table built; a repeat keeps its first row
        LONGS.set(records, PAD + i * stride, k);
        System.arraycopy(values, r * classes, records, PAD + i * stride + 8, classes);
        slotOfRow[n++] = i;
      }
    }
    this.size = n;
    for (int q = 0; q < 256; q++) {
      levels[q] = lo + q * step;
    }
  }

  /** The key in slot {@code i}, 0 when free. */
  private long key(int i) {
    return (long) LONGS.get(records, PAD + i * stride);
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
      long found = key(i);
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
    int base = PAD + row * stride + 8;
    for (int c = 0; c < classes; c++) {
      acc[c] += levels[records[base + c] & 0xff];
    }
  }

  void write(DataOutputStream out) throws IOException {
    out.writeInt(classes);
    out.writeInt(size);
    out.writeFloat(lo);
    out.writeFloat(step);
    for (int r = 0; r < size; r++) {
      out.writeLong(key(slotOfRow[r]));
    }
    // Class-major order: the weights of one class vary smoothly and compress better together.
    for (int c = 0; c < classes; c++) {
      for (int r = 0; r < size; r++) {
        out.writeByte(records[PAD + slotOfRow[r] * stride + 8 + c]);
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
