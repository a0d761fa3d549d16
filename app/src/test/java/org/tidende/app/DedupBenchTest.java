package org.tidende.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tidende.dedup.DedupConfig;

/** Quality floor of near-duplicate detection on planted copies of real texts (small run of the bench). */
class DedupBenchTest {
  private static Path data() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.exists(p.resolve("mvnw"))) {
      p = p.getParent();
    }
    Path d = (p == null ? Path.of("") : p).resolve("../shared/data").normalize();
    assumeTrue(Files.isDirectory(d), "shared data not found at " + d + "; skipping");
    return d;
  }

  @Test
  @SuppressWarnings("unchecked")
  void plantedCopiesAreFoundAtTheClaimedLevels() throws Exception {
    BenchCorpus corpus = BenchCorpus.read(data());
    Map<String, Object> planted = new DedupBench(corpus, DedupConfig.defaults(), 11, 2).planted(200);
    assertThat((double) planted.get("precision")).isGreaterThanOrEqualTo(0.99);
    Map<String, Map<String, Object>> levels = (Map<String, Map<String, Object>>) planted.get("levels");
    for (PlantedDuplicates.Kind k : PlantedDuplicates.Kind.values()) {
      double recall = (double) levels.get(k.label).get("recall");
      assertThat(recall).as(k.label).isGreaterThanOrEqualTo(k == PlantedDuplicates.Kind.WORDS_30 ? 0.93 : 0.97);
    }
  }

  @Test
  void badUsageExitsWithTwo() {
    assertThat(Main.run("dedup-bench", "--data", "/nonexistent/folder")).isEqualTo(2);
    assertThat(Main.run("dedup-bench", "--items", "0")).isEqualTo(2);
  }

  @Test
  void anUnknownPartOrAThresholdOutsideTheUnitIntervalIsBadUsage() {
    String data = data().toString();
    // Before: an unknown part ran nothing and printed nothing, exit 0; --threshold 2 was a stack trace.
    assertThat(Main.run("dedup-bench", "--data", data, "--parts", "planted,foo", "--originals", "5")).isEqualTo(2);
    assertThat(Main.run("dedup-bench", "--data", data, "--parts", "planted", "--threshold", "2")).isEqualTo(2);
    assertThat(Main.run("dedup-bench", "--data", data, "--parts", "planted", "--threshold", "0")).isEqualTo(2);
  }
}
