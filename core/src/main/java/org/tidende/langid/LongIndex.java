package org.tidende.langid;

/**
 * Open-addressing map from a 64-bit feature hash to a dense index 0, 1, 2 … in insertion order.
 * The trainer grows it while counting; the identifier builds it once and only reads it.
 *
 * <p>Linear probing over a power-of-two table kept at most half full, so a miss costs about two
 * probes. Key 0 marks an empty slot; a real key 0 is stored as 1 (a collision of one in 2^64).
 * Not thread-safe while growing; safe to read from many threads once no longer changed.
 */
final class LongIndex {
  private long[] keys;
  private int[] slots;
  private int size;
  private int mask;

  LongIndex(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new long[cap];
    slots = new int[cap];
    mask = cap - 1;
  }

  int size() {
    return size;
  }

  /** The index of {@code key}, or -1 when absent. */
  int indexOf(long key) {
    long k = key == 0 ? 1 : key;
    int i = (int) k & mask;
    while (true) {
      long found = keys[i];
      if (found == k) {
        return slots[i];
      }
      if (found == 0) {
        return -1;
      }
      i = (i + 1) & mask;
    }
  }

  /** The index of {@code key}, adding it with the next free index when absent. */
  int add(long key) {
    long k = key == 0 ? 1 : key;
    int i = (int) k & mask;
    while (keys[i] != 0) {
      if (keys[i] == k) {
        return slots[i];
      }
      i = (i + 1) & mask;
    }
    keys[i] = k;
    slots[i] = size;
    if (++size * 2 > keys.length) {
      grow();
    }
    return size - 1;
  }

  /** The keys in index order. */
  long[] keysInOrder() {
    long[] out = new long[size];
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != 0) {
        out[slots[i]] = keys[i];
      }
    }
    return out;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldSlots = slots;
    keys = new long[oldKeys.length * 2];
    slots = new int[oldKeys.length * 2];
    mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      long k = oldKeys[j];
      if (k != 0) {
        int i = (int) k & mask;
        while (keys[i] != 0) {
          i = (i + 1) & mask;
        }
        keys[i] = k;
        slots[i] = oldSlots[j];
      }
    }
  }

  @Override
  public String toString() {
    return "LongIndex[size=" + size + ", capacity=" + keys.length + "]";
  }
}
