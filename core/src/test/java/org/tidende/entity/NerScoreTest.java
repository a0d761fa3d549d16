package org.tidende.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class NerScoreTest {
  @Test
  void exactMatchOnBoundariesAndType() {
    NerScore score = new NerScore();
    score.add(List.of(new NameSpan(0, 2, EntityType.PER), new NameSpan(4, 5, EntityType.LOC)),
        List.of(new NameSpan(0, 2, EntityType.PER), new NameSpan(4, 5, EntityType.ORG), new NameSpan(7, 9, EntityType.LOC)));
    NerScore.Counts total = score.total();
    assertThat(total).isEqualTo(new NerScore.Counts(1, 2, 1));
    assertThat(total.precision()).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(total.recall()).isCloseTo(0.5, within(1e-9));
    assertThat(total.f1()).isCloseTo(0.4, within(1e-9));
    assertThat(score.byType().get(EntityType.LOC)).isEqualTo(new NerScore.Counts(0, 1, 1));
    assertThat(new NerScore().total().f1()).isZero();
  }
}
