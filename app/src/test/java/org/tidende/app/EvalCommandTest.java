package org.tidende.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The eval command end to end, with the quality floor of the first clusterer on ECB+ dev. */
class EvalCommandTest {

  @Test
  void ecbPlusDevMeetsTheFloorAndPrintsEveryField() throws Exception {
    Path f = CliRunner.projectRoot().resolve("../shared/data/clustering/ecbplus-dev.jsonl");
    assumeTrue(Files.exists(f), "ECB+ dev not found at " + f);
    CliRunner.Result r = CliRunner.run("eval", f.toString(), "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode o = new ObjectMapper().readTree(r.out());
    for (String k : new String[] {"bcubed", "pairwise"}) {
      assertThat(o.get(k).get("p").asDouble()).isBetween(0.0, 1.0);
      assertThat(o.get(k).get("r").asDouble()).isBetween(0.0, 1.0);
      assertThat(o.get(k).get("f1").asDouble()).isBetween(0.0, 1.0);
    }
    assertThat(o.get("articles").asInt()).isEqualTo(772);
    assertThat(o.get("gold_clusters").asInt()).isEqualTo(66);
    assertThat(o.get("clusters").asInt()).isPositive();
    assertThat(o.get("articles_per_second").asDouble()).isPositive();
    assertThat(o.get("bcubed").get("f1").asDouble()).isGreaterThanOrEqualTo(0.84);
  }
}
