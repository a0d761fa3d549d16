package org.tidende.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongObjectMapTest {

  /** Random adds and removes over few keys (long probe runs, wrap-around) agree with a HashMap. */
  @Test
  void agreesWithAHashMapUnderAddsAndRemoves() {
    Random r = new Random(7);
    LongObjectMap<String> m = new LongObjectMap<>(2);
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
        String got = m.computeIfAbsent(k, x -> "v" + x);
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

  @Test
  void aKeyRemovedFromTheMiddleOfAProbeRunLeavesTheOthersFindable() {
    LongObjectMap<String> m = new LongObjectMap<>(1000);
    for (long k = 1; k <= 600; k++) {
      m.computeIfAbsent(k, x -> "v" + x);
    }
    for (long k = 1; k <= 600; k += 2) {
      m.remove(k);
    }
    for (long k = 1; k <= 600; k++) {
      assertThat(m.get(k)).isEqualTo(k % 2 == 0 ? "v" + k : null);
    }
    assertThat(m.size()).isEqualTo(300);
  }
}
