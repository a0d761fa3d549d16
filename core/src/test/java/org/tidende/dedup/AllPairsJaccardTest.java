package org.tidende.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class AllPairsJaccardTest {
  @Test
  void prefixFilteredJoinEqualsBruteForce() {
    Random rnd = new Random(7);
    List<long[]> sets = new ArrayList<>();
    for (int s = 0; s < 300; s++) {
      TreeSet<Long> set = new TreeSet<>();
      int base = rnd.nextInt(10) * 50;
      int size = 5 + rnd.nextInt(40);
      while (set.size() < size) {
        set.add((long) (rnd.nextDouble() < 0.85 ? base + rnd.nextInt(30) : rnd.nextInt(5000)));
      }
      sets.add(set.stream().mapToLong(Long::longValue).toArray());
    }
    List<AllPairsJaccard.Pair> expected = new ArrayList<>();
    for (int j = 0; j < sets.size(); j++) {
      for (int i = 0; i < j; i++) {
        double jac = Fingerprint.exactJaccard(sets.get(i), sets.get(j));
        if (jac >= 0.3) {
          expected.add(new AllPairsJaccard.Pair(i, j, jac));
        }
      }
    }
    assertThat(expected).hasSizeGreaterThan(50);
    assertThat(AllPairsJaccard.join(sets, 0.3)).isEqualTo(expected);
  }
}
