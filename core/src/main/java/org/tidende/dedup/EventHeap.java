package org.tidende.dedup;

import java.util.Arrays;
import java.util.function.LongPredicate;

/** Binary min-heap of (event time, sequence number) pairs, ordered by time then sequence. Not thread-safe. */
final class EventHeap {
  private long[] times = new long[64];
  private long[] seqs = new long[64];
  private int size;

  EventHeap() {}

  EventHeap(EventHeap o) {
    times = o.times.clone();
    seqs = o.seqs.clone();
    size = o.size;
  }

  int size() {
    return size;
  }

  long minTime() {
    return times[0];
  }

  void push(long time, long seq) {
    if (size == times.length) {
      times = Arrays.copyOf(times, size * 2);
      seqs = Arrays.copyOf(seqs, size * 2);
    }
    times[size] = time;
    seqs[size] = seq;
    up(size++);
  }

  long popSeq() {
    long seq = seqs[0];
    size--;
    times[0] = times[size];
    seqs[0] = seqs[size];
    down(0);
    return seq;
  }

  /** Keeps only entries whose sequence number passes, then re-heapifies: O(n). */
  void retain(LongPredicate keep) {
    int n = 0;
    for (int i = 0; i < size; i++) {
      if (keep.test(seqs[i])) {
        times[n] = times[i];
        seqs[n++] = seqs[i];
      }
    }
    size = n;
    for (int i = size / 2 - 1; i >= 0; i--) {
      down(i);
    }
  }

  long memoryBytes() {
    return 16L * times.length;
  }

  private boolean less(int a, int b) {
    return times[a] < times[b] || times[a] == times[b] && seqs[a] < seqs[b];
  }

  private void swap(int a, int b) {
    long t = times[a];
    times[a] = times[b];
    times[b] = t;
    long q = seqs[a];
    seqs[a] = seqs[b];
    seqs[b] = q;
  }

  private void up(int i) {
    while (i > 0) {
      int p = (i - 1) >>> 1;
      if (!less(i, p)) {
        return;
      }
      swap(i, p);
      i = p;
    }
  }

  private void down(int i) {
    while (true) {
      int l = 2 * i + 1;
      if (l >= size) {
        return;
      }
      int m = l + 1 < size && less(l + 1, l) ? l + 1 : l;
      if (!less(m, i)) {
        return;
      }
      swap(m, i);
      i = m;
    }
  }
}
