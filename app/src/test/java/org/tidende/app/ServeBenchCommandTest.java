package org.tidende.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidende.app.DataFolderCommandsTest.Run;

/**
 * {@code tidende serve-bench} takes {@code --[no-]embeddings} as serve and ingest do, and says the
 * setting it ran with; until session 37 it always ran with the default and did not say so.
 */
class ServeBenchCommandTest {
  @TempDir Path dir;

  /** The command line in this JVM, its output captured (as the data-folder commands' tests run it). */
  private static Run run(String... args) {
    return DataFolderCommandsTest.tidende(args);
  }

  private Path input() throws Exception {
    return Files.writeString(dir.resolve("in.jsonl"), """
        {"id": "a1", "lang": "nb", "date": "2025-03-11", "source": "NRK", "title": "Brann i Bergen sentrum", "text": "Det brann i et bolighus i Bergen sentrum i natt."}
        {"id": "a2", "lang": "da", "date": "2025-03-11", "source": "DR", "title": "Strejke i Københavns metro", "text": "Førerne i Københavns metro strejker tirsdag."}
        """);
  }

  @Test
  void noEmbeddingsIsTakenAndSaid() throws Exception {
    Run r = run("serve-bench", "--input", input().toString(), "--articles", "4", "--clients", "2", "--json", "--no-embeddings");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode j = Json.MAPPER.readTree(r.out());
    assertThat(j.get("embeddings").isBoolean()).as(r.out()).isTrue();
    assertThat(j.get("embeddings").asBoolean()).isFalse();
    assertThat(j.get("lost").asLong()).isZero();
    Run table = run("serve-bench", "--input", input().toString(), "--articles", "2", "--clients", "1");
    assertThat(table.exit()).as(table.err()).isZero();
    assertThat(table.out()).as("the default, with them").containsPattern("(?m)^  embeddings +true$");
  }

  /** A --data folder made without them is refused with --embeddings in one line, as serve refuses it. */
  @Test
  void theOtherSettingOnAFolderHoldingArticlesIsOneLine() throws Exception {
    Path data = dir.resolve("data");
    Run made = run("serve-bench", "--input", input().toString(), "--articles", "2", "--clients", "1", "--json",
        "--no-embeddings", "--data", data.toString());
    assertThat(made.exit()).as(made.err()).isZero();
    Run again = run("serve-bench", "--input", input().toString(), "--articles", "2", "--clients", "1", "--json",
        "--data", data.toString());
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(Json.MAPPER.readTree(again.out()).get("embeddings").asBoolean()).as("the folder's setting").isFalse();
    Run refused = run("serve-bench", "--input", input().toString(), "--articles", "2", "--clients", "1",
        "--embeddings", "--data", data.toString());
    assertThat(refused.exit()).isEqualTo(2);
    assertThat(refused.err()).startsWith("tidende serve-bench: data folder " + data + " clusters English without "
        + "sentence vectors (it was made with --no-embeddings) and holds 2 articles").doesNotContain("\tat ");
    assertThat(refused.out()).isEmpty();
  }
}
