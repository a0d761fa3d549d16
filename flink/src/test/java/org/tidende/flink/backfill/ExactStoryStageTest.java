package org.tidende.flink.backfill;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidende.cluster.ClusterConfig;
import org.tidende.flink.Outputs;
import org.tidende.flink.dedup.MinHashKeys;

/** The exact mode on the small fixture: every story id equal to the single-machine one. */
class ExactStoryStageTest {

  @Test
  void storiesEqualTheSingleMachineOnesIdsIncluded(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, BackfillJobTest.FIXTURE, StandardCharsets.UTF_8);
    BackfillOptions o = BackfillOptions.of(List.of(in.toString()), dir.resolve("out").toString(), 2);
    assertThat(o.stories()).isEqualTo(StoryMode.EXACT);
    BackfillJobTest.run(o);
    SingleMachine ref = SingleMachine.run(List.of(in.toString()), ClusterConfig.defaults(), MinHashKeys.defaults());
    List<JsonNode> rows = Outputs.json(dir.resolve("out").resolve("articles"));
    assertThat(rows).hasSize(7);
    for (JsonNode r : rows) {
      String id = r.get("id").asText();
      assertThat(r.get("story").asText()).as(id).isEqualTo(ref.stories().get(id));
      assertThat(r.get("duplicate_group").asText()).as(id).isEqualTo(ref.canonical().get(id));
    }
  }
}
