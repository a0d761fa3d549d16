package org.tidende.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongDoubleMapTest {

  /** Sums made in one order equal HashMap.merge(k, d, Double::sum)'s bit for bit, key 0 included, across growth. */
  @Test
  void sumsAndPutsAgreeWithAHashMap() {
    Random r = new Random(3);
    LongDoubleMap m = new LongDoubleMap(1);
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
        m.add(k, d);
        ref.merge(k, d, Double::sum);
      }
    }
    assertThat(m.size()).isEqualTo(ref.size());
    assertThat(m.keys()).containsExactlyInAnyOrder(ref.keySet().stream().mapToLong(Long::longValue).toArray());
    for (Map.Entry<Long, Double> e : ref.entrySet()) {
      assertThat(Double.doubleToRawLongBits(m.get(e.getKey(), -1))).isEqualTo(Double.doubleToRawLongBits(e.getValue()));
    }
    assertThat(m.get(12345L, -1)).isEqualTo(-1);
  }
}
