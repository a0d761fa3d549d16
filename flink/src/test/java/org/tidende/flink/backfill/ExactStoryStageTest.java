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

  /**
   * The single-machine run orders all files as one input: an undated article at the head of a later
   * file follows the last dated article of the files before it, not the start of time.
   */
  @Test
  void undatedHeadOfALaterFileFollowsTheFilesBeforeIt(@TempDir Path dir) throws Exception {
    Path a = dir.resolve("a.jsonl");
    Path b = dir.resolve("b.jsonl");
    Files.writeString(a, BackfillJobTest.FIXTURE, StandardCharsets.UTF_8);
    Files.writeString(b, String.join("\n",
        "{\"id\":\"u1\",\"lang\":\"nb\",\"title\":\"Storbrann i lagerhall ved havnen i Bergen\",\"text\":\"Ny brann i Bergen sentrum, denne gangen i en lagerhall ved havnen. Mannskaper jobber fortsatt.\"}",
        "{\"id\":\"u2\",\"lang\":\"nb\",\"title\":\"Lagerhallen ved havnen i Bergen brant ned\",\"text\":\"Brannen i lagerhallen ved havnen i Bergen er slukket. Hallen brant ned.\"}",
        "{\"id\":\"e1\",\"lang\":\"nb\",\"date\":\"2024-04-21T09:00\",\"title\":\"Politiet etterforsker brannen ved havnen i Bergen\",\"text\":\"Politiet etterforsker brannen i lagerhallen ved havnen i Bergen.\"}",
        ""), StandardCharsets.UTF_8);
    List<String> inputs = List.of(a.toString(), b.toString());
    BackfillJobTest.run(BackfillOptions.of(inputs, dir.resolve("out").toString(), 2));
    SingleMachine ref = SingleMachine.run(inputs, ClusterConfig.defaults(), MinHashKeys.defaults());
    List<JsonNode> rows = Outputs.json(dir.resolve("out").resolve("articles"));
    assertThat(rows).hasSize(10);
    for (JsonNode r : rows) {
      String id = r.get("id").asText();
      assertThat(r.get("story").asText()).as(id).isEqualTo(ref.stories().get(id));
      assertThat(r.get("duplicate_group").asText()).as(id).isEqualTo(ref.canonical().get(id));
    }
    assertThat(ref.stories().get("u1")).isEqualTo(ref.stories().get("d1")); // the fixture is telling
  }
}
