package org.tidende.flink.backfill;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidende.cluster.ClusterConfig;
import org.tidende.flink.Outputs;
import org.tidende.flink.dedup.MinHashKeys;

class BackfillJobTest {

  static final String FIXTURE = String.join("\n",
      "{\"id\":\"a1\",\"lang\":\"nb\",\"date\":\"2024-03-01T08:00\",\"source\":\"NRK\",\"title\":\"Storbrann i Bergen sentrum\",\"text\":\"En stor brann brøt ut i en bygård i Bergen sentrum natt til fredag. Brannvesenet evakuerte tjue beboere.\",\"cluster\":\"fire\"}",
      "{\"id\":\"a2\",\"lang\":\"nb\",\"date\":\"2024-03-01T09:00\",\"source\":\"VG\",\"title\":\"Storbrann i Bergen sentrum\",\"text\":\"En stor brann brøt ut i en bygård i Bergen sentrum natt til fredag. Brannvesenet evakuerte tjue beboere.\",\"cluster\":\"fire\"}",
      "{\"id\":\"a3\",\"lang\":\"nb\",\"date\":\"2024-03-01T10:00\",\"source\":\"BT\",\"title\":\"Brannen i Bergen: tjue evakuert\",\"text\":\"En stor brann brøt ut i en bygård i Bergen sentrum natt til fredag. Brannvesenet evakuerte tjue beboere. Foto: NTB\",\"cluster\":\"fire\"}",
      "{\"id\":\"b1\",\"lang\":\"da\",\"date\":\"2024-03-01T11:00\",\"source\":\"DR\",\"title\":\"Folketinget vedtager ny klimalov\",\"text\":\"Et flertal i Folketinget stemte torsdag for en ny klimalov, der skal halvere udledningen inden 2030.\",\"cluster\":\"klima\"}",
      "not json at all",
      "{\"id\":\"b2\",\"lang\":\"da\",\"date\":\"2024-03-02T07:00\",\"source\":\"TV2\",\"title\":\"Ny klimalov vedtaget i Folketinget\",\"text\":\"Folketinget har vedtaget en ny klimalov. Udledningen skal halveres inden 2030, lyder det.\",\"cluster\":\"klima\"}",
      "{\"id\":\"a1\",\"lang\":\"nb\",\"date\":\"2024-03-05T08:00\",\"title\":\"Gjentatt id\",\"text\":\"Denne linjen har en id som allerede er brukt.\"}",
      "{\"id\":\"c1\",\"lang\":\"en\",\"title\":\"Undated note on elections\",\"text\":\"Voters head to the polls in several countries this spring.\"}",
      "{\"id\":\"d1\",\"lang\":\"nb\",\"date\":\"2024-04-20T08:00\",\"source\":\"NRK\",\"title\":\"Storbrann i Bergen sentrum\",\"text\":\"Ny brann i Bergen sentrum, denne gangen i en lagerhall ved havnen.\",\"cluster\":\"fire2\"}",
      "");

  @Test
  void writesEachArticleOnceWithItsDuplicateGroupAndStory(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, FIXTURE, StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    BackfillOptions o = new BackfillOptions(List.of(in.toString()), out.toString(), 2, StoryMode.SEGMENTED, Segments.ofDays(14, 6),
        ClusterConfig.defaults(), BackfillOptions.DEFAULT_MAX_BUCKET);
    JobExecutionResult result = run(o);

    List<JsonNode> rows = Outputs.json(out.resolve("articles"));
    Map<String, JsonNode> byId = new HashMap<>();
    rows.forEach(r -> byId.put(r.get("id").asText(), r));
    assertThat(rows).hasSize(7);
    assertThat(byId.keySet()).containsExactlyInAnyOrder("a1", "a2", "a3", "b1", "b2", "c1", "d1");
    assertThat(byId.get("a1").get("date").asText()).isEqualTo("2024-03-01T08:00"); // the first a1 kept
    assertThat(byId.get("a2").get("duplicate_group").asText()).isEqualTo("a1");
    assertThat(byId.get("a2").get("duplicate_kind").asText()).isEqualTo("EXACT");
    assertThat(byId.get("a3").get("duplicate_group").asText()).isEqualTo("a1");
    assertThat(byId.get("b2").get("duplicate_group").asText()).isEqualTo("b2");
    // Same headline seven weeks later: outside the headline window, not a copy.
    assertThat(byId.get("d1").get("duplicate_group").asText()).isEqualTo("d1");
    assertThat(byId.get("a2").get("story").asText()).isEqualTo(byId.get("a1").get("story").asText());
    assertThat(byId.get("b1").get("story").asText()).isNotEqualTo(byId.get("a1").get("story").asText());
    assertThat(byId.get("a1").get("labels").get("cluster").asText()).isEqualTo("fire");
    // Before: the repeated id was counted only, where ./tidende stories names its line.
    assertThat(Outputs.lines(out.resolve("rejected"))).hasSize(2)
        .anySatisfy(l -> assertThat(l).startsWith(in + ":5: malformed JSON"))
        .contains(in + ":7: repeated id a1 skipped");
    assertThat(result.<Long>getAccumulatorResult(FirstById.REPEATED)).isEqualTo(1L);

    SingleMachine ref = SingleMachine.run(List.of(in.toString()), ClusterConfig.defaults(), MinHashKeys.defaults());
    for (JsonNode r : rows) {
      assertThat(r.get("duplicate_group").asText()).as(r.get("id").asText()).isEqualTo(ref.canonical().get(r.get("id").asText()));
      assertThat(r.get("story").asText()).as(r.get("id").asText()).isEqualTo(ref.stories().get(r.get("id").asText()));
    }
  }

  @Test
  void readsAGzippedFileAsTheCommandLineDoes(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in.jsonl.gz");
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(in))) {
      gz.write(FIXTURE.getBytes(StandardCharsets.UTF_8));
    }
    Path out = dir.resolve("out");
    run(BackfillOptions.of(List.of(in.toString()), out.toString(), 2));
    // Before: the compressed bytes were read as lines, every one rejected as invalid UTF-8.
    assertThat(Outputs.json(out.resolve("articles"))).extracting(r -> r.get("id").asText())
        .containsExactlyInAnyOrder("a1", "a2", "a3", "b1", "b2", "c1", "d1");
    assertThat(Outputs.lines(out.resolve("rejected"))).anySatisfy(l -> assertThat(l).startsWith(in + ":5: malformed JSON"))
        .noneSatisfy(l -> assertThat(l).contains("invalid UTF-8"));
    SingleMachine ref = SingleMachine.run(List.of(in.toString()), ClusterConfig.defaults(), MinHashKeys.defaults());
    assertThat(ref.stories()).hasSize(7);
  }

  @Test
  void warnsOfAnUnreadableDateAndAFieldOfTheWrongTypeAtTheirLines(@TempDir Path dir) throws Exception {
    Path in = Files.writeString(dir.resolve("in.jsonl"), String.join("\n",
        "{\"id\":\"k1\",\"date\":\"2024-03-01T08:00\",\"title\":\"Storbrann i Bergen\",\"text\":\"Brannen brøt ut i natt.\"}",
        "{\"id\":\"k2\",\"date\":\"tirsdag\",\"title\":\"Brannen i Bergen slukket\",\"text\":\"Brannen er slukket.\"}",
        "{\"id\":\"k3\",\"lang\":7,\"date\":\"2024-03-01T10:00\",\"title\":\"Klimalov vedtatt\",\"text\":\"Loven ble vedtatt.\"}",
        ""), StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    run(BackfillOptions.of(List.of(in.toString()), out.toString(), 1));
    // Before: both read silently (k2 undated, k3's lang ignored), where ./tidende stories warns of each.
    assertThat(Outputs.lines(out.resolve("rejected"))).containsExactly(
        "warning: " + in + ":2: date 'tirsdag' unreadable (ISO-8601, RFC 822, 25.04.2019 or 25 April 2019 expected); read as undated",
        "warning: " + in + ":3: field 'lang' ignored (a string expected): 7");
    assertThat(Outputs.json(out.resolve("articles"))).hasSize(3);
  }

  static JobExecutionResult run(BackfillOptions o) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(o.parallelism(), BackfillJob.configuration());
    BackfillJob.build(env, o, MinHashKeys.defaults());
    return env.execute("backfill test");
  }
}
