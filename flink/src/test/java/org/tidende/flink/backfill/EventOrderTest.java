package org.tidende.flink.backfill;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EventOrderTest {

  @Test
  void keysSortAsTheTimePositionPairs() {
    Random rnd = new Random(7);
    List<long[]> pairs = new ArrayList<>(List.of(new long[] {Long.MIN_VALUE, 0}, new long[] {Long.MIN_VALUE, 5},
        new long[] {-86_400, 3}, new long[] {0, 0}, new long[] {0, 1L << 32}, new long[] {1_664_625_600, 2619},
        new long[] {1_664_625_600, 5662}, new long[] {Long.MAX_VALUE, Long.MAX_VALUE}));
    for (int i = 0; i < 2000; i++) {
      pairs.add(new long[] {rnd.nextLong() >> rnd.nextInt(40), rnd.nextLong() >>> rnd.nextInt(40)});
    }
    List<long[]> byNumbers = new ArrayList<>(pairs);
    byNumbers.sort(Comparator.<long[]>comparingLong(p -> p[0]).thenComparingLong(p -> p[1]));
    List<long[]> byKey = new ArrayList<>(pairs);
    byKey.sort(Comparator.comparing(p -> EventOrder.key(p[0], p[1])));
    assertThat(byKey).containsExactlyElementsOf(byNumbers);
    for (int i = 1; i < byNumbers.size(); i++) {
      long[] a = byNumbers.get(i - 1);
      long[] b = byNumbers.get(i);
      assertThat(EventOrder.after(b[0], b[1], a[0], a[1])).isEqualTo(a[0] != b[0] || a[1] != b[1]);
    }
  }
}
