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
 */
final class FeatureTable {
  final int classes;
  private final LongIndex index;
  private final byte[] values;
  private final float[] levels = new float[256];
  private final float lo;
  private final float step;

  FeatureTable(int classes, long[] keys, byte[] values, float lo, float step) {
    if (values.length != keys.length * classes) {
      throw new IllegalArgumentException("table has " + values.length + " weights, expected " + keys.length * classes);
    }
    this.classes = classes;
    this.values = values;
    this.lo = lo;
    this.step = step;
    this.index = new LongIndex(keys.length);
    for (long k : keys) {
      index.add(k);
    }
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
    return index.size();
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

  /** The row of {@code key}, or -1 when the table does not hold it. */
  int row(long key) {
    return index.indexOf(key);
  }

  /** Adds row {@code row}'s weights to {@code acc}. */
  void add(int row, float[] acc) {
    int base = row * classes;
    for (int c = 0; c < classes; c++) {
      acc[c] += levels[values[base + c] & 0xff];
    }
  }

  void write(DataOutputStream out) throws IOException {
    out.writeInt(classes);
    out.writeInt(index.size());
    out.writeFloat(lo);
    out.writeFloat(step);
    for (long k : index.keysInOrder()) {
      out.writeLong(k);
    }
    // Class-major order: the weights of one class vary smoothly and compress better together.
    int n = index.size();
    for (int c = 0; c < classes; c++) {
      for (int r = 0; r < n; r++) {
        out.writeByte(values[r * classes + c]);
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
