package org.tidende.flink.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidende.flink.Outputs;
import org.tidende.flink.SharedData;

/**
 * The live job on a real local Flink runtime: a run cancelled mid-stream and restored from its
 * retained checkpoint writes the same assignments and stories as an uninterrupted run, each
 * article exactly once.
 */
class LiveJobTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void restoredFromARetainedCheckpointGivesTheSameStoriesNothingLostNothingDoubled(@TempDir Path dir) throws Exception {
    Path input = dir.resolve("in");
    Files.createDirectories(input);
    int articles = writeSortedInput(input.resolve("articles.jsonl"));

    LiveOptions reference = LiveOptions.ofFiles(input.toString(), dir.resolve("a").toString(),
        dir.resolve("ck-a").toString(), 2).paced(0, 500);
    execute(reference);
    Map<String, String> expected = assignments(dir.resolve("a"));
    assertThat(expected).hasSize(articles);
    assertThat(stories(dir.resolve("a"))).isNotEmpty();

    // Interrupted: paced so that it is cancelled part-way, after a checkpoint has completed.
    LiveOptions slow = LiveOptions.ofFiles(input.toString(), dir.resolve("b").toString(),
        dir.resolve("ck-b").toString(), 2).paced(25, 200);
    Path checkpoint = cancelAfterCheckpoint(slow, dir.resolve("ck-b"));
    int before = Outputs.lines(dir.resolve("b/assignments")).size();
    assertThat(before).as("cancelled part-way").isLessThan(articles);

    execute(slow.paced(0, 200).restoringFrom(checkpoint.toString()));
    List<String> lines = Outputs.lines(dir.resolve("b/assignments"));
    assertThat(lines).as("nothing doubled").hasSize(articles);
    assertThat(assignments(dir.resolve("b"))).as("nothing lost, same stories").isEqualTo(expected);
    assertThat(stories(dir.resolve("b"))).isEqualTo(stories(dir.resolve("a")));
    // Lines are numbered from the source's checkpointed position: the same numbers after the restore, each line once.
    assertRejectedAtTheirLines(Outputs.lines(dir.resolve("a/rejected")), input.resolve("articles.jsonl"), articles);
    assertRejectedAtTheirLines(Outputs.lines(dir.resolve("b/rejected")), input.resolve("articles.jsonl"), articles);
  }

  /**
   * A folder of two files with bad lines at known places: each rejected line names its file and
   * line, {@code .../fileB.jsonl:7: malformed JSON: ...}, as the backfill and the command line do;
   * the accepted articles give the same assignments and stories as the same files without the bad
   * lines (where every line number after them differs). Two objects on one line are rejected
   * with that reason: a record is one article here, where core's reader takes both.
   */
  @Test
  void rejectedLinesNameTheirFileAndLine(@TempDir Path dir) throws Exception {
    List<String> good = sortedArticles();
    List<String> first = good.subList(0, good.size() / 2);
    List<String> second = good.subList(good.size() / 2, good.size());
    Path clean = dir.resolve("clean");
    Path bad = dir.resolve("bad");
    Files.createDirectories(clean);
    Files.createDirectories(bad);
    Files.write(clean.resolve("fileA.jsonl"), first, StandardCharsets.UTF_8);
    Files.write(clean.resolve("fileB.jsonl"), second, StandardCharsets.UTF_8);
    List<String> a = new ArrayList<>(first);
    a.add(1, "not JSON at all");                                // fileA.jsonl:2
    a.add(3, "");                                               // an empty line is counted, not reported
    a.add(5, "{\"id\": \"no-text\", \"source\": \"NRK\"}");      // fileA.jsonl:6
    List<String> b = new ArrayList<>(second);
    b.add(6, "{\"id\": \"b7\", \"title\": \"Brann i Bergen");        // fileB.jsonl:7
    b.add("[1, 2]");                                            // the last line of fileB
    b.add("{\"id\": \"two-1\", \"title\": \"Ein\", \"text\": \"Ein.\"}{\"id\": \"two-2\", \"title\": \"To\", \"text\": \"To.\"}");
    Files.write(bad.resolve("fileA.jsonl"), a, StandardCharsets.UTF_8);
    Files.write(bad.resolve("fileB.jsonl"), b, StandardCharsets.UTF_8);

    execute(LiveOptions.ofFiles(clean.toString(), dir.resolve("clean-out").toString(), dir.resolve("ck-a").toString(), 2)
        .paced(0, 500));
    execute(LiveOptions.ofFiles(bad.toString(), dir.resolve("bad-out").toString(), dir.resolve("ck-b").toString(), 2)
        .paced(0, 500));

    assertThat(Outputs.lines(dir.resolve("clean-out/rejected"))).isEmpty();
    try (var files = Files.walk(dir.resolve("bad-out/rejected"))) { // plain text, named as the backfill names it
      assertThat(files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).filter(n -> !n.startsWith(".")))
          .isNotEmpty().allSatisfy(n -> assertThat(n).startsWith("rejected-").endsWith(".txt"));
    }
    List<String> rejected = Outputs.lines(dir.resolve("bad-out/rejected"));
    String fileA = bad.resolve("fileA.jsonl").toString();
    String fileB = bad.resolve("fileB.jsonl").toString();
    assertThat(rejected).hasSize(5);
    assertThat(rejected).anySatisfy(l -> assertThat(l).startsWith(fileA + ":2: malformed JSON: "))
        .contains(fileA + ":6: no title or text (nor headline, body, description, content, summary)")
        .anySatisfy(l -> assertThat(l).startsWith(fileB + ":7: malformed JSON: "))
        .contains(fileB + ":" + (b.size() - 1) + ": expected a JSON object, got array")
        .anySatisfy(l -> assertThat(l).startsWith(fileB + ":" + b.size() + ": malformed JSON: more than one value on the line"));
    assertThat(assignments(dir.resolve("bad-out"))).hasSize(good.size()).isEqualTo(assignments(dir.resolve("clean-out")));
    assertThat(stories(dir.resolve("bad-out"))).isEqualTo(stories(dir.resolve("clean-out")));
  }

  /**
   * An id on two lines (a feed item sent twice, a Kafka message redelivered) is assigned once, from
   * its first line, and the later line is named in rejected/ as the backfill and the command line
   * name it, {@code file:line: repeated id ID skipped}; every other article gets the story it gets
   * without the repeat. Before, the second copy was assigned again, opening a story under the first
   * copy's story id, which then listed the id twice.
   */
  @Test
  void aRepeatedIdIsAssignedOnceAndItsLaterLineRejected(@TempDir Path dir) throws Exception {
    List<String> good = sortedArticles();
    Path plain = dir.resolve("plain");
    Path twice = dir.resolve("twice");
    Files.createDirectories(plain);
    Files.createDirectories(twice);
    Files.write(plain.resolve("articles.jsonl"), good, StandardCharsets.UTF_8);
    int copied = good.size() / 2;
    List<String> lines = new ArrayList<>(good);
    lines.add(copied + 11, good.get(copied));               // line copied + 12, ten lines after the first
    Files.write(twice.resolve("articles.jsonl"), lines, StandardCharsets.UTF_8);
    String id = JSON.readTree(good.get(copied)).get("id").asText();

    execute(LiveOptions.ofFiles(plain.toString(), dir.resolve("a").toString(), dir.resolve("ck-a").toString(), 2)
        .paced(0, 500));
    JobExecutionResult r = executeWithResult(LiveOptions.ofFiles(twice.toString(), dir.resolve("b").toString(),
        dir.resolve("ck-b").toString(), 2).paced(0, 500));

    assertThat(Outputs.json(dir.resolve("b/assignments"))).filteredOn(n -> n.get("id").asText().equals(id)).hasSize(1);
    assertThat(assignments(dir.resolve("b"))).hasSize(good.size()).isEqualTo(assignments(dir.resolve("a")));
    for (JsonNode n : Outputs.json(dir.resolve("b/stories"))) {
      List<String> members = new ArrayList<>();
      n.get("members").forEach(x -> members.add(x.asText()));
      assertThat(members).as("members of " + n.get("story").asText()).doesNotHaveDuplicates();
    }
    assertThat(stories(dir.resolve("b"))).isEqualTo(stories(dir.resolve("a")));
    assertThat(Outputs.lines(dir.resolve("b/rejected")))
        .containsExactly(twice.resolve("articles.jsonl") + ":" + (copied + 12) + ": repeated id " + id + " skipped");
    assertThat(r.<Long>getAccumulatorResult(FirstOfIdStage.COUNT)).isEqualTo(1L);
  }

  /**
   * A repeated id is remembered for {@value FirstOfIdStage#RETENTION_DAYS} days of event time after
   * its first copy (far beyond the 5-day clustering window), so the stage's state stays bounded: a
   * copy an hour later and one a day more than the window later are rejected (before, with the id
   * kept one window, that one was assigned again), a copy a day more than the retention later is
   * taken as a new article (the README's "Not guaranteed"), its first copy's story having retired: an
   * assignment at its own time and a story row of its own, the first copy's rows as they were.
   */
  @Test
  void aRepeatedIdIsRememberedForTheRetention(@TempDir Path dir) throws Exception {
    Path input = dir.resolve("in");
    Files.createDirectories(input);
    LiveOptions o = LiveOptions.ofFiles(input.toString(), dir.resolve("out").toString(), dir.resolve("ck").toString(), 2)
        .paced(0, 500);
    Instant first = Instant.parse("2022-10-15T08:00:00Z");
    String story = "\"title\": \"Vindmøllepark ved Thyborøn får grønt lys\", \"text\": \"Energistyrelsen godkender "
        + "vindmølleparken ved Thyborøn med 42 møller og 800 megawatt.\"";
    List<String> lines = new ArrayList<>();
    long retention = FirstOfIdStage.retentionFor(o.cluster().windowSeconds() * 1000) / 1000;
    for (Instant t : List.of(first, first.plusSeconds(3600), first.plusSeconds(o.cluster().windowSeconds() + 86_400),
        first.plusSeconds(retention + 86_400))) {
      lines.add("{\"id\": \"x\", \"date\": \"" + t + "\", " + story + "}");
    }
    Files.write(input.resolve("articles.jsonl"), lines, StandardCharsets.UTF_8);

    JobExecutionResult r = executeWithResult(o);
    assertThat(r.<Long>getAccumulatorResult(FirstOfIdStage.COUNT)).isEqualTo(2L);
    assertThat(Outputs.lines(dir.resolve("out/rejected"))).containsExactly(
        input.resolve("articles.jsonl") + ":2: repeated id x skipped", input.resolve("articles.jsonl") + ":3: repeated id x skipped");
    // Two assignments of "x", each at its own copy's time: the first copy's row as it was, and the copy past
    // the retention, whose first story had retired (one window after it), as a new article. Before the
    // decision stage was keyed by copy (id and time), the two copies' answers were counted together there:
    // both rows at the later copy's time, and one story sx whose members were x, x.
    assertThat(Outputs.json(dir.resolve("out/assignments")))
        .extracting(n -> n.get("id").asText() + " " + n.get("story").asText() + " " + n.get("time").asText())
        .containsExactlyInAnyOrder("x sx " + first, "x sx " + first.plusSeconds(retention + 86_400));
    assertThat(Outputs.json(dir.resolve("out/stories")))
        .extracting(n -> n.get("story").asText() + " " + n.get("first").asText() + " " + n.get("members"))
        .containsExactlyInAnyOrder("sx " + first + " [\"x\"]", "sx " + first.plusSeconds(retention + 86_400) + " [\"x\"]");
  }

  /**
   * A copy of an id past the retention whose first copy's story is still open (kept open for more than
   * the retention by newer members, a window apart at most) is a repeat there too: dropped, counted and
   * named as a repeat within the retention is, and the story lists the id once, with the first copy's
   * time. Before, the copy was threaded to the story's newest member and listed a second time in it.
   */
  @Test
  void aCopyPastTheRetentionWhoseStoryIsStillOpenIsARepeat(@TempDir Path dir) throws Exception {
    Path input = dir.resolve("in");
    Files.createDirectories(input);
    LiveOptions o = LiveOptions.ofFiles(input.toString(), dir.resolve("out").toString(), dir.resolve("ck").toString(), 2)
        .paced(0, 500);
    Instant first = Instant.parse("2022-10-15T08:00:00Z");
    String story = "\"title\": \"Vindmøllepark ved Thyborøn får grønt lys\", \"text\": \"Energistyrelsen godkender "
        + "vindmølleparken ved Thyborøn med 42 møller og 800 megawatt.\"";
    long retentionDays = FirstOfIdStage.retentionFor(o.cluster().windowSeconds() * 1000) / 86_400_000L;
    long step = Math.max(1, o.cluster().windowSeconds() / 86_400 - 1);
    List<String> lines = new ArrayList<>();
    List<String> members = new ArrayList<>(List.of("x"));
    lines.add("{\"id\": \"x\", \"date\": \"" + first + "\", " + story + "}");
    long day = 0;
    for (int k = 1; day + step <= retentionDays + 2; k++) {
      day += step;
      lines.add("{\"id\": \"y" + k + "\", \"date\": \"" + first.plusSeconds(day * 86_400) + "\", " + story + "}");
      members.add("y" + k);
    }
    Instant copy = first.plusSeconds((day + 1) * 86_400);
    assertThat(copy).as("past the retention").isAfter(first.plusSeconds(retentionDays * 86_400));
    lines.add("{\"id\": \"x\", \"date\": \"" + copy + "\", " + story + "}");
    Files.write(input.resolve("articles.jsonl"), lines, StandardCharsets.UTF_8);

    JobExecutionResult r = executeWithResult(o);
    assertThat(Outputs.lines(dir.resolve("out/rejected"))).containsExactly(
        input.resolve("articles.jsonl") + ":" + lines.size() + ": repeated id x skipped");
    assertThat(r.<Long>getAccumulatorResult(FirstOfIdStage.COUNT)).isEqualTo(1L);
    assertThat(Outputs.json(dir.resolve("out/assignments")).stream().filter(n -> n.get("id").asText().equals("x")))
        .extracting(n -> n.get("story").asText() + " " + n.get("time").asText()).containsExactly("sx " + first);
    assertThat(Outputs.json(dir.resolve("out/stories")))
        .extracting(n -> n.get("story").asText() + " " + n.get("first").asText() + " " + n.get("members"))
        .containsExactly("sx " + first + " " + JSON.valueToTree(members));
  }

  /**
   * {@code --repeat-days} keeps a first copy's id longer: with 60 days, a copy 31 days after the first,
   * which the default 30 days take as a new article (above), is dropped and named as a repeat.
   */
  @Test
  void aLongerRepeatRetentionDropsALaterCopy(@TempDir Path dir) throws Exception {
    Path input = dir.resolve("in");
    Files.createDirectories(input);
    LiveOptions o = LiveOptions.ofFiles(input.toString(), dir.resolve("out").toString(), dir.resolve("ck").toString(), 2)
        .paced(0, 500).repeatingAfter(60);
    Instant first = Instant.parse("2022-10-15T08:00:00Z");
    String story = "\"title\": \"Vindmøllepark ved Thyborøn får grønt lys\", \"text\": \"Energistyrelsen godkender "
        + "vindmølleparken ved Thyborøn med 42 møller og 800 megawatt.\"";
    List<String> lines = new ArrayList<>();
    for (Instant t : List.of(first, first.plusSeconds(31 * 86_400L))) {
      lines.add("{\"id\": \"x\", \"date\": \"" + t + "\", " + story + "}");
    }
    Files.write(input.resolve("articles.jsonl"), lines, StandardCharsets.UTF_8);

    JobExecutionResult r = executeWithResult(o);
    assertThat(r.<Long>getAccumulatorResult(FirstOfIdStage.COUNT)).isEqualTo(1L);
    assertThat(Outputs.lines(dir.resolve("out/rejected"))).containsExactly(
        input.resolve("articles.jsonl") + ":2: repeated id x skipped");
    assertThat(Outputs.json(dir.resolve("out/assignments"))).extracting(n -> n.get("id").asText()).containsExactly("x");
  }

  /**
   * An id repeated without a date in a later file is that later line's repeat, not the original: the
   * dated copy read first is kept (with its date) and the undated line named in rejected/, as the
   * backfill names it. An undated article's time is its stream's clock, the third-newest of the last
   * sixteen dates (here 09:00, of 08:00, 09:00, 10:00 and 12:00), so the undated copy came before the
   * 12:00 original in event order; before the fix it was kept, at 09:00, and {@code a.jsonl:4} named.
   */
  @Test
  void anUndatedRepeatInALaterFileDoesNotDisplaceTheDatedCopyReadBeforeIt(@TempDir Path dir) throws Exception {
    Path input = dir.resolve("in");
    Files.createDirectories(input);
    String story = "\"title\": \"Vindmøllepark ved Thyborøn får grønt lys\", \"text\": \"Energistyrelsen godkender "
        + "vindmølleparken ved Thyborøn med 42 møller og 800 megawatt.\"";
    Files.write(input.resolve("a.jsonl"), List.of(
        "{\"id\": \"a1\", \"date\": \"2022-10-15T08:00:00Z\", \"title\": \"Kommunestyret vedtok budsjettet\", "
            + "\"text\": \"Budsjettet for neste år ble vedtatt mot tre stemmer.\"}",
        "{\"id\": \"a2\", \"date\": \"2022-10-15T09:00:00Z\", \"title\": \"Brann i lagerhall i Drammen\", "
            + "\"text\": \"Brannvesenet rykket ut til en lagerhall i Drammen natt til lørdag.\"}",
        "{\"id\": \"a3\", \"date\": \"2022-10-15T10:00:00Z\", \"title\": \"Ny bro over Glomma åpnet\", "
            + "\"text\": \"Den nye brua over Glomma ble åpnet av samferdselsministeren.\"}",
        "{\"id\": \"x\", \"date\": \"2022-10-15T12:00:00Z\", " + story + "}"), StandardCharsets.UTF_8);
    Files.write(input.resolve("b.jsonl"), List.of("{\"id\": \"x\", " + story + "}"), StandardCharsets.UTF_8);

    JobExecutionResult r = executeWithResult(LiveOptions.ofFiles(input.toString(), dir.resolve("out").toString(),
        dir.resolve("ck").toString(), 2).paced(0, 500));

    assertThat(Outputs.lines(dir.resolve("out/rejected"))).containsExactly(input.resolve("b.jsonl") + ":1: repeated id x skipped");
    assertThat(r.<Long>getAccumulatorResult(FirstOfIdStage.COUNT)).isEqualTo(1L);
    assertThat(Outputs.json(dir.resolve("out/assignments"))).filteredOn(n -> n.get("id").asText().equals("x"))
        .extracting(n -> n.get("time").asText()).containsExactly("2022-10-15T12:00:00Z");
  }

  /**
   * One article dated two centuries ahead (a feed's wrong year) in the middle of the stream changes
   * no other article's story: the watermark follows what the latest articles agree on
   * ({@link QuorumWatermarks}), so the outlier fires no retirement timers and makes nothing late.
   */
  @Test
  void oneArticleDatedFarAheadChangesNoOtherStory(@TempDir Path dir) throws Exception {
    Path plain = dir.resolve("plain");
    Path withTypo = dir.resolve("typo");
    Files.createDirectories(plain);
    Files.createDirectories(withTypo);
    int articles = writeSortedInput(plain.resolve("articles.jsonl"));
    List<String> lines = new ArrayList<>(Files.readAllLines(plain.resolve("articles.jsonl"), StandardCharsets.UTF_8));
    lines.add(lines.size() / 2, "{\"id\": \"typo\", \"date\": \"2205-06-01T12:00:00Z\", \"title\": \"Kommunestyret "
        + "vedtok budsjettet\", \"text\": \"Budsjettet for neste år ble vedtatt mot tre stemmer.\"}");
    Files.write(withTypo.resolve("articles.jsonl"), lines, StandardCharsets.UTF_8);

    execute(LiveOptions.ofFiles(plain.toString(), dir.resolve("a").toString(), dir.resolve("ck-a").toString(), 2)
        .paced(0, 500));
    execute(LiveOptions.ofFiles(withTypo.toString(), dir.resolve("b").toString(), dir.resolve("ck-b").toString(), 2)
        .paced(0, 500));
    Map<String, String> expected = assignments(dir.resolve("a"));
    Map<String, String> got = assignments(dir.resolve("b"));
    assertThat(got).hasSize(articles + 1).containsKey("typo");
    got.remove("typo");
    assertThat(got).isEqualTo(expected);
  }

  /**
   * An article that arrives behind the watermark gets the same story however the input is paced.
   * Three articles dated by day only (taken at noon) move the clock past an article of 05:00, so one
   * of 02:00 that follows them is late (more than the 6 h out-of-orderness behind). Before the fix
   * the stages handled a late article on arrival: fed slowly, so that Flink's periodic watermark
   * fell before it, the 02:00 article came after the 05:00 one and joined its story; fed at once,
   * it was buffered with the rest and opened the story the 05:00 one then joined. Now the parse
   * stage retimes it to the first time after the watermark, from the input alone, and no stage
   * sees a late element.
   */
  @Test
  void aLateArticleGetsTheSameStoryHoweverTheInputIsPaced(@TempDir Path dir) throws Exception {
    Path input = dir.resolve("in");
    Files.createDirectories(input);
    String story = "\"title\": \"Vindmøllepark ved Thyborøn får grønt lys\", \"text\": \"Energistyrelsen godkender "
        + "vindmølleparken ved Thyborøn med 42 møller og 800 megawatt.\"";
    Files.write(input.resolve("articles.jsonl"), List.of(
        "{\"id\": \"m-earlier\", \"date\": \"2022-10-15T05:00:00Z\", " + story + "}",
        "{\"id\": \"n1\", \"date\": \"2022-10-15\", \"title\": \"Landsholdet taber i Wien\", "
            + "\"text\": \"Fodboldlandsholdet tabte 2-1 til Østrig i aftes.\"}",
        "{\"id\": \"n2\", \"date\": \"2022-10-15\", \"title\": \"Renten stiger igen\", "
            + "\"text\": \"Nationalbanken hæver renten med 0,75 procentpoint.\"}",
        "{\"id\": \"n3\", \"date\": \"2022-10-15\", \"title\": \"Storm lukker Storebæltsbroen\", "
            + "\"text\": \"Broen er lukket for lastbiler til i morgen tidlig.\"}",
        "{\"id\": \"l-late\", \"date\": \"2022-10-15T02:00:00Z\", " + story + "}"), StandardCharsets.UTF_8);

    // Slow: 300 ms a line, so a periodic watermark (every 200 ms) falls between any two lines.
    JobExecutionResult slow = executeWithResult(LiveOptions.ofFiles(input.toString(), dir.resolve("slow").toString(),
        dir.resolve("ck-slow").toString(), 1).paced(300, 500));
    JobExecutionResult fast = executeWithResult(LiveOptions.ofFiles(input.toString(), dir.resolve("fast").toString(),
        dir.resolve("ck-fast").toString(), 2).paced(0, 500));

    assertThat(slow.<Long>getAccumulatorResult(EventTimeOrdered.LATE)).as("late elements, slow").isZero();
    assertThat(fast.<Long>getAccumulatorResult(EventTimeOrdered.LATE)).as("late elements, fast").isZero();
    assertThat(slow.<Long>getAccumulatorResult(LiveParse.RETIMED)).isEqualTo(1L);
    Map<String, String> expected = assignments(dir.resolve("fast"));
    assertThat(assignments(dir.resolve("slow"))).isEqualTo(expected);
    assertThat(expected).containsEntry("m-earlier", "sm-earlier").containsEntry("l-late", "sm-earlier");
    assertThat(stories(dir.resolve("slow"))).isEqualTo(stories(dir.resolve("fast")));
  }

  /**
   * A job restored from a checkpoint retimes late articles as an uninterrupted run does: the
   * parse stage's clock (and the time undated articles carry) is part of the checkpoint. Three
   * articles dated by day only (noon) move the clock, then 120 copies of one story dated from
   * midnight on, one a minute, all behind the watermark, so all retimed to 06:00 and taken by id
   * (descending in the file): the last line opens the story. Were the clock not restored, the
   * copies read after the restore would keep their own times, come before those retimed earlier
   * and open the story under another id.
   */
  @Test
  void aRestoredJobRetimesLateArticlesAsAnUninterruptedOne(@TempDir Path dir) throws Exception {
    Path input = dir.resolve("in");
    Files.createDirectories(input);
    List<String> lines = new ArrayList<>(List.of(
        "{\"id\": \"n1\", \"date\": \"2022-10-15\", \"title\": \"Landsholdet taber i Wien\", "
            + "\"text\": \"Fodboldlandsholdet tabte 2-1 til Østrig i aftes.\"}",
        "{\"id\": \"n2\", \"date\": \"2022-10-15\", \"title\": \"Renten stiger igen\", "
            + "\"text\": \"Nationalbanken hæver renten med 0,75 procentpoint.\"}",
        "{\"id\": \"n3\", \"date\": \"2022-10-15\", \"title\": \"Storm lukker Storebæltsbroen\", "
            + "\"text\": \"Broen er lukket for lastbiler til i morgen tidlig.\"}"));
    int late = 120;
    for (int i = 0; i < late; i++) {
      lines.add(String.format(Locale.ROOT, "{\"id\": \"late-%03d\", \"date\": \"2022-10-15T%02d:%02d:00Z\", "
          + "\"title\": \"Vindmøllepark ved Thyborøn får grønt lys\", \"text\": \"Energistyrelsen godkender "
          + "vindmølleparken ved Thyborøn med 42 møller og 800 megawatt.\"}", late - 1 - i, i / 60, i % 60));
    }
    Files.write(input.resolve("articles.jsonl"), lines, StandardCharsets.UTF_8);

    LiveOptions reference = LiveOptions.ofFiles(input.toString(), dir.resolve("a").toString(),
        dir.resolve("ck-a").toString(), 2).paced(0, 500);
    execute(reference);
    Map<String, String> expected = assignments(dir.resolve("a"));
    assertThat(expected).hasSize(late + 3).containsEntry("late-000", "slate-000").containsEntry("late-119", "slate-000");

    LiveOptions slow = LiveOptions.ofFiles(input.toString(), dir.resolve("b").toString(),
        dir.resolve("ck-b").toString(), 2).paced(25, 200);
    Path checkpoint = cancelAfterCheckpoint(slow, dir.resolve("ck-b"));
    execute(slow.paced(0, 200).restoringFrom(checkpoint.toString()));
    assertThat(assignments(dir.resolve("b"))).as("same stories after the restore").isEqualTo(expected);
    assertThat(stories(dir.resolve("b"))).isEqualTo(stories(dir.resolve("a")));
  }

  /**
   * A folder of files gives the stories of the same lines in one file: files are read by one task
   * in path order, so the event clock, the times of late and undated articles and the watermarks do
   * not depend on which task reads which file when. (With a reader per task, each task's clock
   * ran over the files it happened to get, in the order it got them: a later file read before an
   * earlier one made the earlier one late.)
   */
  @Test
  void aFolderOfFilesGivesTheStoriesOfTheSameLinesInOneFile(@TempDir Path dir) throws Exception {
    List<String> rows = sortedArticles();
    Path one = dir.resolve("one");
    Path many = dir.resolve("many");
    Files.createDirectories(one);
    Files.createDirectories(many);
    Files.write(one.resolve("articles.jsonl"), rows, StandardCharsets.UTF_8);
    int parts = 5;
    for (int p = 0; p < parts; p++) {
      Files.write(many.resolve("part-" + p + ".jsonl"),
          rows.subList(p * rows.size() / parts, (p + 1) * rows.size() / parts), StandardCharsets.UTF_8);
    }
    execute(LiveOptions.ofFiles(one.toString(), dir.resolve("a").toString(), dir.resolve("ck-a").toString(), 2)
        .paced(0, 500));
    JobExecutionResult r = executeWithResult(LiveOptions.ofFiles(many.toString(), dir.resolve("b").toString(),
        dir.resolve("ck-b").toString(), 2).paced(0, 500));
    assertThat(r.<Long>getAccumulatorResult(EventTimeOrdered.LATE)).as("late elements").isZero();
    Map<String, String> expected = assignments(dir.resolve("a"));
    assertThat(expected).hasSize(rows.size());
    assertThat(assignments(dir.resolve("b"))).isEqualTo(expected);
    assertThat(stories(dir.resolve("b"))).isEqualTo(stories(dir.resolve("a")));
  }

  /**
   * Two dated sets of the shared data, in date order (as a feed delivers them), into one file, with
   * two bad lines: one cut off after {@link #CUT_AFTER} articles and one at the end.
   *
   * @return the number of articles written
   */
  static int writeSortedInput(Path file) throws Exception {
    List<String> rows = sortedArticles();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < rows.size(); i++) {
      b.append(rows.get(i)).append('\n');
      if (i + 1 == CUT_AFTER) {
        b.append("{\"id\": \"cut\", \"title\": \"Cut off\n");
      }
    }
    b.append("{\"id\": 7, \"title\": [\"not a string\"]}\n");
    Files.writeString(file, b, StandardCharsets.UTF_8);
    return rows.size();
  }

  /** Two dated sets of the shared data in date order, one JSON object a line. */
  static List<String> sortedArticles() throws Exception {
    List<JsonNode> rows = new ArrayList<>();
    for (String f : List.of("data/clustering/business-energy-news.jsonl", "data/clustering/da-2022-10-06.jsonl")) {
      for (String line : Files.readAllLines(SharedData.orSkip(f), StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          rows.add(JSON.readTree(line));
        }
      }
    }
    rows.sort(Comparator.comparing((JsonNode n) -> n.path("date").asText()).thenComparing(n -> n.path("id").asText()));
    return rows.stream().map(JsonNode::toString).toList();
  }

  /** {@link #writeSortedInput} cuts a line off after this many articles, so line {@code CUT_AFTER + 1} is malformed. */
  static final int CUT_AFTER = 150;

  /**
   * What {@link #writeSortedInput}'s two bad lines are rejected as: the file and the line of each
   * ({@code CUT_AFTER + 1}, and the last line, after the articles and the cut one).
   */
  static void assertRejectedAtTheirLines(List<String> rejected, Path file, int articles) {
    assertThat(rejected).as("rejected lines").hasSize(2).anySatisfy(l -> assertThat(l)
        .startsWith(file + ":" + (CUT_AFTER + 1) + ": malformed JSON: "))
        .contains(file + ":" + (articles + 2) + ": field 'title' must be a string, got array");
  }

  static void execute(LiveOptions o) throws Exception {
    executeWithResult(o);
  }

  static JobExecutionResult executeWithResult(LiveOptions o) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(o.parallelism(), LiveJob.configuration(o));
    LiveJob.build(env, o);
    return env.execute("live test");
  }

  /** Story by article id; fails on an id written twice. */
  static Map<String, String> assignments(Path out) {
    Map<String, String> m = new TreeMap<>();
    for (JsonNode n : Outputs.json(out.resolve("assignments"))) {
      assertThat(m.put(n.get("id").asText(), n.get("story").asText())).as("id written twice").isNull();
    }
    return m;
  }

  /** Retired stories as sorted member lists by story id. */
  static Map<String, TreeSet<String>> stories(Path out) {
    Map<String, TreeSet<String>> m = new HashMap<>();
    for (JsonNode n : Outputs.json(out.resolve("stories"))) {
      TreeSet<String> members = new TreeSet<>();
      n.get("members").forEach(x -> members.add(x.asText()));
      assertThat(m.put(n.get("story").asText(), members)).as("story written twice").isNull();
    }
    return m;
  }

  /** Runs {@code slow} until it has completed a checkpoint, cancels it, and returns the latest checkpoint it left. */
  private static Path cancelAfterCheckpoint(LiveOptions slow, Path checkpoints) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2, LiveJob.configuration(slow));
    LiveJob.build(env, slow);
    JobClient client = env.executeAsync("live test, interrupted");
    Path checkpoint = awaitCheckpoint(checkpoints, 2, Duration.ofSeconds(60));
    cancelAndAwait(client);
    return latestCheckpoint(checkpoints).orElse(checkpoint);
  }

  /**
   * Cancels a job and waits until it has ended. {@code cancel()} answers once the cancellation is
   * accepted, while the job is still cancelling: a checkpoint completing meanwhile could have its
   * {@code _metadata} written and then be discarded as the coordinator shuts down, so the newest
   * checkpoint is only read once the job is over.
   */
  static void cancelAndAwait(JobClient client) throws Exception {
    client.cancel().get();
    try {
      client.getJobExecutionResult().get(2, TimeUnit.MINUTES);
    } catch (ExecutionException e) {
      // cancelled, as asked
    }
  }

  static Path awaitCheckpoint(Path root, int atLeast, Duration timeout) throws Exception {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      Optional<Path> p = latestCheckpoint(root);
      if (p.isPresent() && Integer.parseInt(p.get().getFileName().toString().substring(4)) >= atLeast) {
        return p.get();
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no completed checkpoint " + atLeast + " under " + root);
  }

  /** The newest completed checkpoint ({@code chk-N} holding {@code _metadata}). */
  static Optional<Path> latestCheckpoint(Path root) throws Exception {
    if (!Files.exists(root)) {
      return Optional.empty();
    }
    try (Stream<Path> s = Files.walk(root, 2)) {
      return s.filter(p -> p.getFileName().toString().matches("chk-\\d+") && Files.exists(p.resolve("_metadata")))
          .max(Comparator.comparingInt(p -> Integer.parseInt(p.getFileName().toString().substring(4))));
    }
  }
}
