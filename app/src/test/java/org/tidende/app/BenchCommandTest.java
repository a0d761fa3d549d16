package org.tidende.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Smoke test of {@code tidende bench} on a small corpus written here (figures are reported, not asserted). */
class BenchCommandTest {

  @Test
  void replaysACorpusBeyondItsSizeAndReportsEveryFigure(@TempDir Path dir) throws Exception {
    StringBuilder b = new StringBuilder();
    String[] towns = {"Bergen", "Tromsø", "Odense", "Aarhus", "Malmö"};
    for (int i = 0; i < 200; i++) {
      String town = towns[i % towns.length];
      b.append(String.format(Locale.ROOT,
          "{\"id\":\"t%d\",\"lang\":\"da\",\"date\":\"2024-01-%02dT10:00\",\"title\":\"Brand i %s: %d evakueret\","
              + "\"text\":\"Brandvæsenet i %s evakuerede %d beboere natten til %s.\"}%n",
          i, 1 + i / 20, town, i % 7 + 2, town, i % 7 + 2, i % 2 == 0 ? "mandag" : "tirsdag"));
    }
    Files.writeString(dir.resolve("small.jsonl"), b.toString());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream old = System.out;
    int code;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      code = Main.run("bench", "--data", dir.toString(), "--file", "small.jsonl", "--items", "1000", "--chunk", "300", "--json");
    } finally {
      System.setOut(old);
    }
    assertThat(code).isZero();
    JsonNode o = Json.MAPPER.readTree(out.toString(StandardCharsets.UTF_8));
    assertThat(o.get("articles").asInt()).isEqualTo(1000);
    assertThat(o.get("articles_per_second").asDouble()).isPositive();
    assertThat(o.get("tokenization_articles_per_second").asDouble()).isPositive();
    assertThat(o.get("ratio_pipeline_to_tokenization").asDouble()).isPositive();
    assertThat(o.get("latency_p99_ms").asDouble()).isGreaterThanOrEqualTo(o.get("latency_p50_ms").asDouble());
    assertThat(o.get("peak_heap_mb").asLong()).isPositive();
    // five rounds of the same 200 items: far fewer stories than articles
    assertThat(o.get("open_stories").asLong() + o.get("retired_stories").asLong()).isBetween(1L, 999L);
  }

  @Test
  void reportsAMissingCorpusAsBadInput(@TempDir Path dir) throws Exception {
    CliRunner.Result r = CliRunner.run("bench", "--data", dir.toString(), "--file", "absent.jsonl", "--items", "10");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("absent.jsonl: no such file").doesNotContain("Exception");
  }
}
