package org.tidende.flink.backfill;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryReconcilerTest {

  @Test
  void continuingStoriesTakeTheEarliestIdThroughChainsOfSegments() {
    Map<String, String> m = StoryReconciler.reconcile(List.of(
        new StoryBridge(2, "sx", 1, "sa", 100, 1),
        new StoryBridge(3, "sy", 2, "sx", 200, 1),
        new StoryBridge(3, "sz", 2, "sx", 201, 2)));
    assertThat(m).containsEntry("2|sx", "sa").containsEntry("3|sy", "sa").containsEntry("3|sz", "sa");
  }

  @Test
  void aStoryFollowsTheEarlierStoryHoldingMostOfItsWarmUpArticlesThenTheLatest() {
    Map<String, String> m = StoryReconciler.reconcile(List.of(
        new StoryBridge(5, "s1", 4, "sa", 10, 1),
        new StoryBridge(5, "s1", 4, "sb", 11, 2),
        new StoryBridge(5, "s1", 4, "sb", 12, 3),
        new StoryBridge(5, "s2", 4, "sc", 10, 4),
        new StoryBridge(5, "s2", 4, "sd", 20, 5)));
    assertThat(m).containsEntry("5|s1", "sb").containsEntry("5|s2", "sd").hasSize(2);
  }
}
