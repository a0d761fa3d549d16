package org.tidende.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidende.store.Archive;

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
   * {@code --no-embeddings} is kept with the data folder (session 36; ingest always clustered with
   * the embedder before): a later ingest without it says it keeps the folder's setting, one asking
   * for {@code --embeddings} is refused in one line naming the way out, storing nothing.
   */
  @Test
  void noEmbeddingsIsKeptWithTheDataFolder() throws Exception {
    Path input = dir.resolve("one.jsonl");
    Files.writeString(input, "{\"id\": \"a\", \"title\": \"Brann i Bergen\", \"text\": \"Det brann i natt.\"}\n");
    Path other = dir.resolve("two.jsonl");
    Files.writeString(other, "{\"id\": \"b\", \"title\": \"Flom i Oslo\", \"text\": \"Elva gikk over.\"}\n");
    Path data = dir.resolve("plain");
    CliRunner.Result first = CliRunner.run("ingest", input.toString(), "--data", data.toString(), "--no-embeddings");
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.err()).doesNotContain("as it was made");
    CliRunner.Result kept = CliRunner.run("ingest", input.toString(), "--data", data.toString(), "--quiet");
    assertThat(kept.exit()).as(kept.err()).isZero();
    assertThat(kept.err()).contains("tidende: data folder " + data + " clusters English without sentence vectors, "
        + "as it was made (--no-embeddings)");
    CliRunner.Result refused = CliRunner.run("ingest", other.toString(), "--data", data.toString(), "--embeddings");
    assertThat(refused.exit()).as(refused.err()).isEqualTo(2);
    assertThat(refused.err()).isEqualTo("tidende ingest: data folder " + data + " clusters English without sentence "
        + "vectors (it was made with --no-embeddings) and holds 1 article; --embeddings would cluster them otherwise. "
        + "Leave --embeddings out to keep the folder's setting, or use a new data folder\n");
    CliRunner.Result same = CliRunner.run("ingest", other.toString(), "--data", data.toString(), "--no-embeddings");
    assertThat(same.exit()).as(same.err()).isZero();
    assertThat(same.err()).contains("now holds 2 articles").doesNotContain("as it was made");
  }

  /**
   * One article is "1 article in 1 story", in the summary and in the replay's line; before, "now
   * holds 1 articles in 1 stories" (and so serve's ready line and the data-folder commands' summaries).
   */
  @Test
  void oneArticleIsCountedInTheSingular() throws Exception {
    Path input = dir.resolve("one.jsonl");
    Files.writeString(input, "{\"id\": \"a\", \"title\": \"Brann i Bergen\", \"text\": \"Det brann i natt.\"}\n");
    String data = dir.resolve("one").toString();
    CliRunner.Result r = CliRunner.run("ingest", input.toString(), "--data", data);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("read 1 article, rejected 0; stored 1 new, 0 duplicate(s) in ")
        .contains(data + " now holds 1 article in 1 story");
    CliRunner.Result again = CliRunner.run("ingest", input.toString(), "--data", data);
    assertThat(again.err()).contains("archive: 1 article in 1 story replayed in ");
    assertThat(Inputs.count(1_200, "article", "articles")).isEqualTo("1,200 articles");
  }

  /**
   * Each article not stored as a duplicate is named at its line, with the article it repeats and
   * by what (an id sent again with a changed text, the same id in another file); before, only the
   * count "2 duplicate(s)" was said, and a user could not tell which lines were left out.
   */
  @Test
  void eachDuplicateIsNamedAtItsLine() throws Exception {
    Path a = dir.resolve("a.jsonl");
    Path b = dir.resolve("b.jsonl");
    Files.writeString(a, "{\"id\": \"r1\", \"title\": \"Brann i Bergen\", \"text\": \"Det brann i natt.\", "
        + "\"date\": \"2025-01-07T08:00\"}\n{\"id\": \"r1\", \"title\": \"Brann i Bergen (oppdatert)\", "
        + "\"text\": \"Brannen er slukket.\", \"date\": \"2025-01-07T12:00\"}\n");
    Files.writeString(b, "{\"id\": \"r1\", \"title\": \"Igjen\", \"text\": \"Samme id.\", \"date\": \"2025-01-08\"}\n");
    CliRunner.Result r = CliRunner.run("ingest", a.toString(), b.toString(), "--data", dir.resolve("dup").toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains(a + ":2: not stored: duplicate of r1 (by id)")
        .contains(b + ":1: not stored: duplicate of r1 (by id)").contains("stored 1 new, 2 duplicate(s)");
    CliRunner.Result quiet = CliRunner.run("ingest", a.toString(), "--data", dir.resolve("dup").toString(), "--quiet");
    assertThat(quiet.err()).doesNotContain("not stored").contains("stored 0 new, 2 duplicate(s)");
  }

  /**
   * Opening a folder that holds articles replays them (26 s for 48,885, 98 s when an older build's
   * index is made again): with --progress that replay is drawn as the storing is, where it was silent.
   */
  @Test
  void theReplayOnOpenShowsProgress() throws Exception {
    Path a = dir.resolve("a.jsonl");
    Files.writeString(a, "{\"id\": \"r1\", \"title\": \"Brann i Bergen\", \"text\": \"Det brann i natt.\", "
        + "\"date\": \"2025-01-07T08:00\"}\n");
    Path data = dir.resolve("replayed");
    assertThat(CliRunner.run("ingest", a.toString(), "--data", data.toString()).exit()).isZero();
    CliRunner.Result r = CliRunner.run("ingest", a.toString(), "--data", data.toString(), "--progress");
    assertThat(r.err()).contains("replaying " + data + ": 1/1 (100%)").contains("stored 0 new, 1 duplicate(s)");
    CliRunner.Result quiet = CliRunner.run("ingest", a.toString(), "--data", data.toString(), "--no-progress");
    assertThat(quiet.err()).doesNotContain("replaying");
  }

  /**
   * After its summary an ingest builds the views of the stories still open (9 s for 5,000 Danish
   * front pages): it says so in a line, or draws it with --progress, where it was silent.
   */
  @Test
  void theOpenStoriesViewsAreSaidAfterTheSummary() throws Exception {
    Path a = dir.resolve("two.jsonl");
    Files.writeString(a, "{\"id\": \"v1\", \"title\": \"Brann i Bergen\", \"text\": \"Det brann i natt.\", "
        + "\"date\": \"2025-01-07T08:00\"}\n{\"id\": \"v2\", \"title\": \"Flom i Oslo\", \"text\": \"Elva gikk over.\", "
        + "\"date\": \"2025-01-07T09:00\"}\n");
    CliRunner.Result r = CliRunner.run("ingest", a.toString(), "--data", dir.resolve("d1").toString(), "--no-progress");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).endsWith("now holds 2 articles in 2 stories\n"
        + "tidende ingest: building the views of 2 open stories and committing\n");
    CliRunner.Result drawn = CliRunner.run("ingest", a.toString(), "--data", dir.resolve("d2").toString(), "--progress");
    assertThat(drawn.exit()).as(drawn.err()).isZero();
    assertThat(drawn.err()).contains("\rbuilding the views of 2 open stories: ")
        .doesNotContain("tidende ingest: building");
  }

  /**
   * A data folder a running server holds is refused before the input is read: before, every file was
   * read (its warnings printed, minutes on a large input) and only then was the folder found taken.
   */
  @Test
  void aHeldDataFolderIsRefusedBeforeTheInputIsRead() throws Exception {
    Path held = dir.resolve("held");
    Path input = dir.resolve("in.jsonl");
    Files.writeString(input, "{\"id\": \"a\", \"title\": \"Brann\", \"text\": \"Det brann.\"}\n{broken\n");
    try (Archive archive = Service.openArchive(held, Duration.ofHours(1), m -> { })) {
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

  /**
   * Input that exists but holds nothing readable (an empty file) made an empty data folder where
   * there was none; a folder that was there is left, its articles kept.
   */
  @Test
  void nothingReadableLeavesNoNewDataFolderBehind() throws Exception {
    Path data = dir.resolve("new-data");
    Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");
    CliRunner.Result r = CliRunner.run("ingest", empty.toString(), "--data", data.toString(), "--no-progress");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains(empty + ": empty file\n").endsWith("tidende ingest: nothing to store; " + data + " not made\n");
    assertThat(data).doesNotExist();
    Path good = Files.writeString(dir.resolve("good.jsonl"), "{\"id\": \"a\", \"title\": \"Brann\", \"text\": \"Det brann.\"}\n");
    assertThat(CliRunner.run("ingest", good.toString(), "--data", data.toString(), "--no-progress").exit()).isZero();
    CliRunner.Result again = CliRunner.run("ingest", empty.toString(), "--data", data.toString(), "--no-progress");
    assertThat(again.exit()).isEqualTo(2);
    assertThat(again.err()).doesNotContain("not made").contains(data + " now holds 1 article in 1 story");
    assertThat(data).isDirectory();
  }

  @Test
  void aDataFolderThatIsAFileIsReportedWithoutAStackTrace() throws Exception {
    Path file = dir.resolve("not-a-folder");
    Files.writeString(file, "x");
    CliRunner.Result r = CliRunner.run("ingest", "samples/metro-and-reef.jsonl", "--data", file.toString(), "--quiet");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("tidende ingest: data folder " + file + " is a file, not a folder")
        .doesNotContain("\tat ");
  }

  /**
   * SIGTERM (as Ctrl-C) while storing ends the storing after its batch, commits what is stored and
   * says how much: before, the process ended without a word and its index uncommitted (the next open
   * re-indexed the articles from the write-ahead log; {@code stories --data} meanwhile counted them
   * as "the server took since its last commit").
   */
  @Test
  void aStopWhileStoringCommitsWhatIsStoredAndSaysSo() throws Exception {
    Path input = dir.resolve("many.jsonl");
    Files.writeString(input, CliRunner.manyRecords(30_000));
    Path data = dir.resolve("stopped");
    Path err = dir.resolve("err.txt");
    Process p = CliRunner.start(err, null, "ingest", input.toString(), "--data", data.toString(), "--no-embeddings",
        "--progress", "--quiet");
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
    while (p.isAlive() && System.nanoTime() < deadline
        && !(Files.exists(err) && Files.readString(err).matches("(?s).*storing: [1-9][\\d,]*,\\d{3}/.*"))) {
      Thread.sleep(100);
    }
    assertThat(p.isAlive()).as("still storing when stopped: %s", Files.readString(err)).isTrue();
    p.destroy(); // SIGTERM
    assertThat(p.waitFor(4, TimeUnit.MINUTES)).isTrue();
    String said = Files.readString(err);
    assertThat(said).contains("tidende ingest: stopping after the current batch")
        .containsPattern("tidende ingest: stopped: [\\d,]+ of 30,000 articles stored")
        .contains("run the same command again to store the rest");
    long stored = Long.parseLong(said.replaceAll("(?s).*stopped: ([\\d,]+) of.*", "$1").replace(",", ""));
    assertThat(stored).isBetween(1000L, 29_000L);
    CliRunner.Result held = CliRunner.run("stories", "--data", data.toString(), "--brief", "--limit", "1");
    assertThat(held.exit()).as(held.err()).isZero();
    assertThat(held.err()).doesNotContain("not yet committed")
        .contains(String.format(Locale.ROOT, "(%,d articles)", stored));
  }
}
