package org.tidende.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidende.flink.backfill.BackfillOptions;
import org.tidende.flink.bench.Bench;

/** The command line of the job jar: problems found at start, before any job runs. */
class TidendeFlinkTest {

  @Test
  void aMissingBackfillInputIsAProblemAtStart(@TempDir Path dir) throws Exception {
    Path there = Files.writeString(dir.resolve("a.jsonl"), "{\"title\":\"Ein tittel\"}\n");
    String missing = dir.resolve("nope.jsonl").toString();
    JobArgs a = new JobArgs(new String[] {"agree", "--input", there + "," + missing}, 1);
    TidendeFlink.readBackfillOptions(a, false);
    // Before: accepted, and the job failed on the mini-cluster with a 40-line stack trace.
    assertThat(a.problems()).containsExactly("--input " + missing + ": no such file or folder");
  }

  @Test
  void aMissingLiveInputIsAProblemAtStart(@TempDir Path dir) throws Exception {
    String missing = dir.resolve("inbox").toString();
    JobArgs a = new JobArgs(new String[] {"live", "--input", missing, "--output", dir.resolve("out").toString(),
        "--checkpoints", dir.resolve("ck").toString()}, 1);
    TidendeFlink.readLiveOptions(a);
    // Before: accepted, and the job restarted forever on the missing path, printing nothing.
    assertThat(a.problems()).containsExactly("--input " + missing + ": no such file or folder");
  }

  @Test
  void aMissingCheckpointToRestoreIsAProblemAtStart(@TempDir Path dir) throws Exception {
    Path there = Files.writeString(dir.resolve("a.jsonl"), "{\"title\":\"Ein tittel\"}\n");
    String missing = dir.resolve("ck/0123/chk-7").toString();
    JobArgs a = new JobArgs(new String[] {"live", "--input", there.toString(), "--output", dir.resolve("out").toString(),
        "--checkpoints", dir.resolve("ck").toString(), "--restore", missing}, 1);
    TidendeFlink.readLiveOptions(a);
    // Before: accepted, and the job failed to start with a stack trace and exit code 1.
    assertThat(a.problems()).containsExactly("--restore " + missing + ": no such checkpoint or savepoint");
  }

  /** {@code --repeat-days} is read into the live options, and a value out of 1..3660 is a problem at start. */
  @Test
  void theRepeatRetentionIsReadAndChecked(@TempDir Path dir) throws Exception {
    Path there = Files.writeString(dir.resolve("a.jsonl"), "{\"title\":\"Ein tittel\"}\n");
    String[] base = {"live", "--input", there.toString(), "--output", dir.resolve("out").toString(),
        "--checkpoints", dir.resolve("ck").toString()};
    JobArgs plain = new JobArgs(base, 1);
    assertThat(TidendeFlink.readLiveOptions(plain).repeatDays()).isEqualTo(30);
    JobArgs longer = new JobArgs(concat(base, "--repeat-days", "400"), 1);
    assertThat(TidendeFlink.readLiveOptions(longer).repeatDays()).isEqualTo(400);
    assertThat(longer.problems()).isEmpty();
    JobArgs none = new JobArgs(concat(base, "--repeat-days", "0"), 1);
    TidendeFlink.readLiveOptions(none);
    assertThat(none.problems()).containsExactly("--repeat-days must be 1..3660, got 0");
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void aFractionWhereAWholeNumberIsWantedIsAProblem(@TempDir Path dir) throws Exception {
    Path there = Files.writeString(dir.resolve("a.jsonl"), "{\"title\":\"Ein tittel\"}\n");
    JobArgs a = new JobArgs(new String[] {"agree", "--input", there.toString(), "--parallelism", "2.5"}, 1);
    TidendeFlink.readBackfillOptions(a, false);
    // Before: taken as 2 without a word.
    assertThat(a.problems()).containsExactly("--parallelism: '2.5' is not a whole number");
  }

  @Test
  void existingInputsAndFoldersAreNoProblem(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("b.jsonl"), "{\"title\":\"Ein tittel\"}\n");
    JobArgs a = new JobArgs(new String[] {"agree", "--input", dir.toString()}, 1);
    assertThat(TidendeFlink.readBackfillOptions(a, false).inputs()).containsExactly(dir.resolve("b.jsonl").toString());
    assertThat(a.problems()).isEmpty();
  }

  @Test
  void aFolderGivesItsCompressedJsonLinesFilesToo(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.jsonl"), "{\"title\":\"Ein tittel\"}\n");
    Files.write(dir.resolve("b.jsonl.gz"), new byte[0]);
    Files.writeString(dir.resolve("notes.txt"), "not an input\n");
    JobArgs a = new JobArgs(new String[] {"agree", "--input", dir.toString()}, 1);
    // Before: b.jsonl.gz was left out without a word, where ./tidende stories on the folder reads it.
    assertThat(TidendeFlink.readBackfillOptions(a, false).inputs())
        .containsExactly(dir.resolve("a.jsonl").toString(), dir.resolve("b.jsonl.gz").toString());
  }

  @Test
  void theUsageNamesEveryOptionAModeReads(@TempDir Path dir) throws Exception {
    Path there = Files.writeString(dir.resolve("a.jsonl"), "{\"title\":\"Ein tittel\"}\n");
    JobArgs bench = new JobArgs(new String[] {"bench", "--input", there.toString()}, 1);
    TidendeFlink.readBackfillOptions(bench, false);
    Bench.parallelisms(bench);
    Bench.repeat(bench);
    JobArgs live = new JobArgs(new String[] {"live", "--input", there.toString(), "--output", dir.toString(),
        "--checkpoints", dir.toString()}, 1);
    TidendeFlink.readLiveOptions(live);
    // Before: the live job's --restore (a local run's way back from a checkpoint), --top-keys,
    // --max-key-members, --hot-share, --df-buckets and --df-log2-width were read but not listed.
    for (JobArgs a : List.of(bench, live)) {
      assertThat(a.asked()).allSatisfy(name -> assertThat(TidendeFlink.usage()).contains("--" + name + " "));
    }
  }

  @Test
  void agreeOnAnInputWithoutArticlesReportsNothingToCompare(@TempDir Path dir) throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");
    Path out = dir.resolve("out");
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    // Before: the job wrote no part file, so no output folder, and writing single-machine.tsv threw.
    TidendeFlink.agree(BackfillOptions.of(List.of(empty.toString()), out.toString(), 1),
        new PrintStream(printed, true, StandardCharsets.UTF_8));
    assertThat(printed.toString(StandardCharsets.UTF_8)).contains("articles 0 (missing 0)");
    assertThat(out.resolve("single-machine.tsv")).hasContent("id\tstory\tcanonical");
  }

  @Test
  void benchParallelismsThatAreNotWholeNumbersOfAtLeastOneAreProblems() {
    JobArgs a = new JobArgs(new String[] {"bench", "--parallelisms", "1,x,0"}, 1);
    // Before: a NumberFormatException, or for 0 an IllegalArgumentException after the single-machine run.
    assertThat(Bench.parallelisms(a)).containsExactly(1);
    assertThat(a.problems()).containsExactly("--parallelisms 'x' is not a whole number", "--parallelisms 0: must be >= 1");
    assertThat(Bench.parallelisms(new JobArgs(new String[] {"bench"}, 1))).containsExactly(1, 2);
  }

  @Test
  void aMisspeltOptionIsAProblemNotIgnored(@TempDir Path dir) throws Exception {
    Path there = Files.writeString(dir.resolve("a.jsonl"), "{\"title\":\"Ein tittel\"}\n");
    JobArgs a = new JobArgs(new String[] {"agree", "--input", there.toString(), "--paralelism", "4"}, 1);
    TidendeFlink.readBackfillOptions(a, false);
    a.reportUnknown();
    // Before: "--paralelism 4" was ignored and the job ran at the default parallelism.
    assertThat(a.problems()).containsExactly("unknown option --paralelism");
    JobArgs live = new JobArgs(new String[] {"live", "--input", there.toString(), "--output", dir.toString(),
        "--checkpoints", dir.toString(), "--watch-seconds", "5"}, 1);
    TidendeFlink.readLiveOptions(live);
    live.reportUnknown();
    assertThat(live.problems()).as("every live option is asked for").isEmpty();
    JobArgs bench = new JobArgs(new String[] {"bench", "--input", there.toString(), "--repeat", "0"}, 1);
    TidendeFlink.readBackfillOptions(bench, false);
    Bench.parallelisms(bench);
    assertThat(Bench.repeat(bench)).isEqualTo(1);
    bench.reportUnknown();
    assertThat(bench.problems()).containsExactly("--repeat 0: must be >= 1");
  }
}
