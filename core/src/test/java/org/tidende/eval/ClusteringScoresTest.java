package org.tidende.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClusteringScoresTest {

  @Test
  void perfectClustering() {
    ClusteringScores s = ClusteringScores.compute(List.of("a", "a", "b"), List.of("x", "x", "y"));
    assertThat(s.bcubed().f1()).isEqualTo(1.0);
    assertThat(s.pairwise().f1()).isEqualTo(1.0);
    assertThat(s.nmi()).isCloseTo(1.0, within(1e-9));
    assertThat(s.clusters()).isEqualTo(2);
    assertThat(s.goldClusters()).isEqualTo(2);
  }

  @Test
  void allInOneCluster() {
    // gold {a,a}{b,b}; predicted one cluster of 4
    ClusteringScores s = ClusteringScores.compute(List.of("a", "a", "b", "b"), List.of("x", "x", "x", "x"));
    assertThat(s.bcubed().p()).isCloseTo(0.5, within(1e-9));
    assertThat(s.bcubed().r()).isCloseTo(1.0, within(1e-9));
    assertThat(s.pairwise().p()).isCloseTo(2.0 / 6, within(1e-9));
    assertThat(s.pairwise().r()).isCloseTo(1.0, within(1e-9));
    assertThat(s.nmi()).isCloseTo(0.0, within(1e-9));
  }

  @Test
  void hand_computed_bcubed() {
    // gold: {1,2,3}{4,5}; predicted: {1,2}{3,4,5}
    ClusteringScores s = ClusteringScores.compute(List.of("g", "g", "g", "h", "h"), List.of("p", "p", "q", "q", "q"));
    // precision per item: 1,1,1/3,2/3,2/3 -> 11/15 ; recall: 2/3,2/3,1/3,1,1 -> 11/15
    assertThat(s.bcubed().p()).isCloseTo(11.0 / 15, within(1e-9));
    assertThat(s.bcubed().r()).isCloseTo(11.0 / 15, within(1e-9));
    // pairs: predicted {12},{34},{35},{45} = 4; gold {12},{13},{23},{45} = 4; common {12},{45} = 2
    assertThat(s.pairwise().f1()).isCloseTo(0.5, within(1e-9));
  }
}
