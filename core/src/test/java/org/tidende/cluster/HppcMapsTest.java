package org.tidende.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.carrotsearch.hppc.LongDoubleHashMap;
import com.carrotsearch.hppc.LongObjectHashMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Pins what the clusterer relies on in HPPC's maps (FeatureVector.prepare's term counts, ClusterState's
 * inverted index), so a library upgrade that changed it would fail here: sums bit-equal to
 * {@code HashMap.merge}, key 0 stored like any other, removal that keeps the other keys findable.
 */
class HppcMapsTest {

  /** Sums made in one order equal HashMap.merge(k, d, Double::sum)'s bit for bit, key 0 included, across growth. */
  @Test
  void sumsAndPutsAgreeWithAHashMap() {
    Random r = new Random(3);
    LongDoubleHashMap m = new LongDoubleHashMap(1);
    Map<Long, Double> ref = new HashMap<>();
    long[] keys = new long[500];
    for (int i = 1; i < keys.length; i++) {
      keys[i] = r.nextLong();
    }
    for (int step = 0; step < 50_000; step++) {
      long k = keys[r.nextInt(keys.length)];
      double d = r.nextDouble() * 3;
      if (r.nextInt(5) == 0) {
        m.put(k, d);
        ref.put(k, d);
      } else {
        m.addTo(k, d);
        ref.merge(k, d, Double::sum);
      }
    }
    assertThat(m.size()).isEqualTo(ref.size());
    assertThat(m.keys().toArray()).containsExactlyInAnyOrder(ref.keySet().stream().mapToLong(Long::longValue).toArray());
    for (Map.Entry<Long, Double> e : ref.entrySet()) {
      assertThat(Double.doubleToRawLongBits(m.getOrDefault(e.getKey(), -1))).isEqualTo(Double.doubleToRawLongBits(e.getValue()));
    }
    assertThat(m.getOrDefault(12345L, -1)).isEqualTo(-1);
  }

  /** Random inserts (as ClusterState.index does them) and removes over few keys, key 0 included, agree with a HashMap. */
  @Test
  void indexInsertAndRemoveAgreeWithAHashMap() {
    Random r = new Random(7);
    LongObjectHashMap<String> m = new LongObjectHashMap<>(2);
    Map<Long, String> ref = new HashMap<>();
    List<Long> keys = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      keys.add(i == 0 ? 0L : r.nextLong());
    }
    for (int step = 0; step < 200_000; step++) {
      long k = keys.get(r.nextInt(keys.size()));
      if (r.nextInt(3) == 0) {
        m.remove(k);
        ref.remove(k);
      } else {
        int slot = m.indexOf(k);
        String got = m.indexExists(slot) ? m.indexGet(slot) : "v" + k;
        if (!m.indexExists(slot)) {
          m.indexInsert(slot, k, got);
        }
        assertThat(got).isEqualTo(ref.computeIfAbsent(k, x -> "v" + x));
      }
      if (step % 97 == 0) {
        for (long q : keys) {
          assertThat(m.get(q)).as("key %d at step %d", q, step).isEqualTo(ref.get(q));
        }
        assertThat(m.size()).isEqualTo(ref.size());
      }
    }
  }
}
