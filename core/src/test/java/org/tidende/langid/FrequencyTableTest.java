package org.tidende.langid;

import static org.assertj.core.api.Assertions.assertThat;

import com.carrotsearch.hppc.LongIntHashMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FrequencyTableTest {

  /** Rows are numbered by first sight, across growth, as the trainer's tables and model rows rely on. */
  @Test
  void rowsFollowFirstSightAndKeysComeBackInRowOrder() {
    Random r = new Random(11);
    LongIntHashMap index = new LongIntHashMap(2);
    Map<Long, Integer> ref = new LinkedHashMap<>();
    List<Long> pool = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      pool.add(r.nextLong());
    }
    for (int step = 0; step < 40_000; step++) {
      long k = pool.get(r.nextInt(pool.size()));
      int expected = ref.computeIfAbsent(k, x -> ref.size());
      assertThat(FrequencyTable.row(index, k)).isEqualTo(expected);
      assertThat(FrequencyTable.hasRow(index, k)).isTrue();
    }
    assertThat(FrequencyTable.keysInOrder(index)).containsExactly(ref.keySet().stream().mapToLong(Long::longValue).toArray());
    assertThat(FrequencyTable.hasRow(index, 42L)).isEqualTo(ref.containsKey(42L));
  }

  /** Key 0 is counted as 1, as FeatureTable stores it, so the model's rows and its lookups agree. */
  @Test
  void keyZeroIsCountedAsOne() {
    LongIntHashMap index = new LongIntHashMap(4);
    assertThat(FrequencyTable.row(index, 7)).isZero();
    assertThat(FrequencyTable.row(index, 0)).isEqualTo(1);
    assertThat(FrequencyTable.row(index, 1)).isEqualTo(1);
    assertThat(FrequencyTable.keysInOrder(index)).containsExactly(7L, 1L);
  }

  @Test
  void frequenciesAreCountsOverLetters() {
    FrequencyTable t = FrequencyTable.of(Map.of("a", 0.5, "ab", 0.25));
    assertThat(t.size()).isEqualTo(2);
    assertThat(t.frequencyOf(TextFeatures.letterKey("ab"))).isEqualTo(0.25);
    assertThat(t.frequencyOf(TextFeatures.letterKey("zz"))).isZero();
    assertThat(t.key(0)).isEqualTo(TextFeatures.letterKey("a")); // sorted n-gram order, first row first
  }
}
