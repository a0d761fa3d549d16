package org.tidende.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tidende ingest} in its own JVM: stores the samples, then finds them all duplicates. */
class IngestCommandTest {
  @TempDir Path dir;

  @Test
  void storesOnceAndCountsDuplicatesOnTheSecondRun() throws Exception {
    String data = dir.resolve("data").toString();
    CliRunner.Result first = CliRunner.run("ingest", "samples", "--data", data, "--quiet");
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.err()).containsPattern("stored (\\d+) new, 0 duplicate\\(s\\)").contains("now holds");
    // Lucene's notice that the incubating Vector API would be faster is nothing a user can act on
    assertThat(first.err()).doesNotContain("Vector API");
    CliRunner.Result again = CliRunner.run("ingest", "samples", "--data", data, "--quiet");
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.err()).contains("stored 0 new, ");
    CliRunner.Result bad = CliRunner.run("ingest", "no-such-folder", "--data", data);
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("no such file or folder");
  }

  /**
   * A data folder a running server holds is refused before the input is read: before, every file was
   * read (its warnings printed, minutes on a large input) and only then was the folder found taken.
   */
  @Test
  void aHeldDataFolderIsRefusedBeforeTheInputIsRead() throws Exception {
    Path held = dir.resolve("held");
    Path input = dir.resolve("in.jsonl");
    java.nio.file.Files.writeString(input, "{\"id\": \"a\", \"title\": \"Brann\", \"text\": \"Det brann.\"}\n{broken\n");
    try (org.tidende.store.Archive archive = Service.openArchive(held, java.time.Duration.ofHours(1), m -> { })) {
      CliRunner.Result r = CliRunner.run("ingest", input.toString(), "--data", held.toString());
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).contains("is in use by another Tidende process").doesNotContain("malformed JSON");
    }
  }

  /** A mistyped input (no path that exists) made an empty data folder where there was none. */
  @Test
  void nothingToReadLeavesNoDataFolderBehind() throws Exception {
    Path data = dir.resolve("new-data");
    CliRunner.Result r = CliRunner.run("ingest", "samples/metro-and-reef.jsonlx", "--data", data.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("samples/metro-and-reef.jsonlx: no such file or folder\n"
        + "tidende ingest: nothing to read; " + data + " left as it was\n");
    assertThat(data).doesNotExist();
  }

  @Test
  void aDataFolderThatIsAFileIsReportedWithoutAStackTrace() throws Exception {
    Path file = dir.resolve("not-a-folder");
    java.nio.file.Files.writeString(file, "x");
    CliRunner.Result r = CliRunner.run("ingest", "samples/metro-and-reef.jsonl", "--data", file.toString(), "--quiet");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("tidende ingest: data folder " + file + " is a file, not a folder")
        .doesNotContain("\tat ");
  }
}
