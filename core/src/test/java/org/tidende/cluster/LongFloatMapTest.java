package org.tidende.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LongFloatMapTest {

  @Test
  void addsGrowsAndKeepsTheHeaviest() {
    LongFloatMap m = new LongFloatMap(2);
    for (long k = 1; k <= 1000; k++) {
      m.add(k * 0x9E3779B97F4A7C15L, k);
    }
    m.add(5 * 0x9E3779B97F4A7C15L, 1000);
    assertThat(m.size()).isEqualTo(1000);
    assertThat(m.get(5 * 0x9E3779B97F4A7C15L)).isEqualTo(1005f);
    assertThat(m.get(12345)).isZero();
    m.retainHeaviest(10);
    assertThat(m.size()).isEqualTo(10);
    assertThat(m.get(5 * 0x9E3779B97F4A7C15L)).isEqualTo(1005f);
    assertThat(m.get(1000 * 0x9E3779B97F4A7C15L)).isEqualTo(1000f);
    assertThat(m.get(900 * 0x9E3779B97F4A7C15L)).isZero();
  }
}
