package org.tidende.flink.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.tidende.flink.Outputs;
import org.tidende.flink.SharedData;

/**
 * The live job reading a real Kafka broker (in the test's JVM): the same messages in three
 * partitions, read in different interleavings and at different parallelisms, give the same stories.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class KafkaLiveJobTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int PARTITIONS = 3;
  @TempDir
  static Path brokerDir;
  private static KafkaBroker broker;

  @BeforeAll
  static void startBroker() throws Exception {
    broker = KafkaBroker.start(brokerDir);
  }

  @AfterAll
  static void stopBroker() throws Exception {
    if (broker != null) {
      broker.close();
    }
  }

  /**
   * A topic of one partition gives the stories of a file of the same lines (one stream, one clock),
   * and a message that cannot be read is named by its topic, partition and offset.
   */
  @Test
  void onePartitionGivesTheStoriesOfAFileOfItsLines(@TempDir Path dir) throws Exception {
    List<String> lines = new ArrayList<>(LiveJobTest.sortedArticles());
    lines.add(7, "not JSON at all");
    Files.createDirectories(dir.resolve("in"));
    Files.write(dir.resolve("in/articles.jsonl"), lines, StandardCharsets.UTF_8);
    LiveJobTest.execute(LiveOptions.ofFiles(dir.resolve("in").toString(), dir.resolve("file").toString(),
        dir.resolve("file-ck").toString(), 2).paced(0, 500));

    Run kafka = readAllAtOnce("one-partition", List.of(lines), dir.resolve("kafka"), 2);
    assertThat(kafka.assignments()).hasSize(lines.size() - 1).isEqualTo(LiveJobTest.assignments(dir.resolve("file")));
    assertThat(kafka.stories()).isEqualTo(LiveJobTest.stories(dir.resolve("file")));
    assertThat(kafka.late()).isZero();
    assertThat(Outputs.lines(dir.resolve("kafka/rejected"))).singleElement().asString()
        .startsWith("kafka:one-partition/0@7: malformed JSON: ");
  }

  /**
   * Three partitions of Danish articles in date order (some late behind their partition's clock,
   * some undated) give the same stories read all at once by one task as sent partition after
   * partition, the last first, while two tasks read: each article's time comes from the clock of
   * its partition, and no stage sees a late element. (With one clock per reading task, the times of
   * the late and undated articles depended on the interleaving: 192 of 600 articles' story ids
   * differed between these two runs.)
   */
  @Test
  void threePartitionsGiveTheSameStoriesWhateverTheInterleavingAndParallelism(@TempDir Path dir) throws Exception {
    List<List<String>> parts = split(danish(600));
    Run a = readAllAtOnce("interleaving-a", parts, dir.resolve("a"), 1);
    Run b = readWhileSending("interleaving-b", parts, dir.resolve("b"), 2);
    assertThat(a.retimed()).as("late articles retimed").isPositive();
    assertThat(a.late()).as("late elements").isZero();
    assertThat(b.late()).as("late elements").isZero();
    assertThat(a.assignments()).hasSize(600);
    assertThat(b.assignments()).as(apart(a.assignments(), b.assignments())).isEqualTo(a.assignments());
    assertThat(b.stories()).isEqualTo(a.stories());
    assertThat(b.retimed()).isEqualTo(a.retimed());
  }

  /**
   * Articles in date order spread over three partitions, each then in date order too, give the
   * stories of the same lines in one file: no article is behind its clock in either, so each keeps
   * its date as its time, however the partitions interleave.
   */
  @Test
  void partitionsInDateOrderGiveTheStoriesOfOneFileOfTheirLines(@TempDir Path dir) throws Exception {
    List<String> lines = LiveJobTest.sortedArticles();
    Files.createDirectories(dir.resolve("in"));
    Files.write(dir.resolve("in/articles.jsonl"), lines, StandardCharsets.UTF_8);
    JobExecutionResult file = LiveJobTest.executeWithResult(LiveOptions.ofFiles(dir.resolve("in").toString(),
        dir.resolve("file").toString(), dir.resolve("file-ck").toString(), 2).paced(0, 500));
    assertThat(file.<Long>getAccumulatorResult(LiveParse.RETIMED)).as("retimed in the file").isZero();

    Run kafka = readWhileSending("date-order", split(lines), dir.resolve("kafka"), 2);
    assertThat(kafka.retimed()).isZero();
    assertThat(kafka.late()).isZero();
    assertThat(kafka.assignments()).hasSize(lines.size()).isEqualTo(LiveJobTest.assignments(dir.resolve("file")));
    assertThat(kafka.stories()).isEqualTo(LiveJobTest.stories(dir.resolve("file")));
  }

  /**
   * A job reading three partitions with two tasks, cancelled after a checkpoint amid late articles
   * and restored from it with one task, gives the stories of an uninterrupted run, none lost, none
   * doubled: each partition's clock is in the checkpoint (union state: whichever task reads the
   * partition after the restore finds it). Each partition holds three articles dated by day only
   * (noon), which move its clock, then 40 copies of one story dated from midnight on, all behind the
   * watermark, so all retimed to 06:00 and taken by id: the lowest id, {@code late-000}, opens the
   * story. Were the clocks not restored, the copies read after the restore would keep their own
   * times, come before those retimed earlier and open the story under another id.
   */
  @Test
  void aJobRestoredAtAnotherParallelismRetimesAsAnUninterruptedOne(@TempDir Path dir) throws Exception {
    int late = 120;
    List<List<String>> parts = new ArrayList<>();
    for (int p = 0; p < PARTITIONS; p++) {
      List<String> part = new ArrayList<>();
      for (String[] n : new String[][] {{"Landsholdet taber i Wien", "Fodboldlandsholdet tabte 2-1 til Østrig i aftes."},
          {"Renten stiger igen", "Nationalbanken hæver renten med 0,75 procentpoint."},
          {"Storm lukker Storebæltsbroen", "Broen er lukket for lastbiler til i morgen tidlig."}}) {
        part.add("{\"id\": \"n" + part.size() + "-p" + p + "\", \"date\": \"2022-10-15\", \"title\": \"" + n[0]
            + " (" + p + ")\", \"text\": \"" + n[1] + "\"}");
      }
      parts.add(part);
    }
    for (int i = 0; i < late; i++) {
      parts.get(i % PARTITIONS).add(String.format(Locale.ROOT, "{\"id\": \"late-%03d\", "
          + "\"date\": \"2022-10-15T%02d:%02d:00Z\", \"title\": \"Vindmøllepark ved Thyborøn får grønt lys\", "
          + "\"text\": \"Energistyrelsen godkender vindmølleparken ved Thyborøn med 42 møller og 800 megawatt.\"}",
          late - 1 - i, i / 60, i % 60));
    }
    int articles = late + 3 * PARTITIONS;
    Run reference = readAllAtOnce("restore", parts, dir.resolve("a"), 2);
    assertThat(reference.assignments()).hasSize(articles).containsEntry("late-000", "slate-000")
        .containsEntry("late-119", "slate-000");
    assertThat(reference.retimed()).isEqualTo(late);

    LiveOptions slow = LiveOptions.ofKafka(broker.bootstrapServers(), "restore", "restore-b", dir.resolve("b").toString(),
        dir.resolve("ck-b").toString(), 2).paced(100, 200);
    OffsetsInitializer end = KafkaBroker.endOf("restore", counts(parts));
    StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2, configuration(slow));
    LiveJob.build(env, slow, end);
    JobClient job = env.executeAsync("kafka test, interrupted");
    // A few checkpoints in: past the noon articles, amid the copies. The pace is wall-clock while
    // checkpoints slow down on a loaded machine, so it leaves room: at 100 ms a message the task
    // reading two partitions reads for 8.6 s (4.3 s at the 50 ms it was), 8 checkpoints 200 ms apart
    // take 1.6 s at least.
    Path checkpoint = LiveJobTest.awaitCheckpoint(dir.resolve("ck-b"), 8, Duration.ofSeconds(60));
    LiveJobTest.cancelAndAwait(job);
    checkpoint = LiveJobTest.latestCheckpoint(dir.resolve("ck-b")).orElse(checkpoint);
    int before = Outputs.lines(dir.resolve("b/assignments")).size();
    assertThat(before).as("cancelled part-way").isLessThan(articles);

    // Restored with one task. A bounded Kafka source restored from a checkpoint does not end by
    // itself here (its readers are never told there are no more partitions), so the job is drained
    // once it has committed the end of every partition: the final watermark retires the stories.
    LiveOptions restored = LiveOptions.ofKafka(broker.bootstrapServers(), "restore", "restore-b",
        dir.resolve("b").toString(), dir.resolve("ck-b").toString(), 1).paced(0, 200).restoringFrom(checkpoint.toString());
    env = StreamExecutionEnvironment.createLocalEnvironment(1, configuration(restored));
    LiveJob.build(env, restored, end);
    job = env.executeAsync("kafka test, restored");
    broker.awaitCommitted("restore-b", "restore", counts(parts), Duration.ofSeconds(90));
    job.stopWithSavepoint(true, dir.resolve("drained").toUri().toString(), SavepointFormatType.CANONICAL).get();
    Run after = result(job.getJobExecutionResult().get(), dir.resolve("b"));
    assertThat(after.late()).as("late elements").isZero();
    assertThat(after.retimed()).as("copies retimed after the restore: the cut fell amid them").isBetween(1L, late - 1L);
    assertThat(after.assignments()).as("nothing lost, same stories; " + apart(reference.assignments(), after.assignments()))
        .isEqualTo(reference.assignments());
    assertThat(after.stories()).isEqualTo(reference.stories());
  }

  /**
   * Measures, not asserts: {@code -Dtidende.kafkaLines=N} spreads the first N lines of the Danish
   * archive over three partitions (line i to partition i mod 3) and reads them twice, printing how far
   * the two runs' stories are apart.
   */
  @Test
  @EnabledIfSystemProperty(named = "tidende.kafkaLines", matches = "\\d+")
  void measureTwoInterleavings(@TempDir Path dir) throws Exception {
    int n = Integer.getInteger("tidende.kafkaLines");
    List<List<String>> parts = split(danish(n));
    long start = System.nanoTime();
    Run a = readAllAtOnce("measure-a", parts, dir.resolve("a"), 1);
    Run b = readWhileSending("measure-b", parts, dir.resolve("b"), 2);
    System.out.printf(Locale.ROOT, "kafka %d lines over %d partitions: %s%n  a (all sent first, parallelism 1): %s%n"
        + "  b (sent partition after partition, last first, parallelism 2): %s%n  %.1f s%n",
        n, PARTITIONS, apart(a.assignments, b.assignments), a, b, (System.nanoTime() - start) / 1e9);
  }

  /**
   * The first {@code n} lines of the Danish front-page archive in date order, as a feed delivers
   * them (the file lists each day newest first): by the date as written (a day-only date sorts
   * before the timed ones of its day, and is taken at noon, so some of those come late), else the
   * first-seen time (which core's reader dates them by), then by id.
   */
  static List<String> danish(int n) throws Exception {
    List<JsonNode> rows = new ArrayList<>();
    try (Stream<String> s = Files.lines(SharedData.orSkip("data/scandinavian/da-frontpages-2022-23.jsonl"),
        StandardCharsets.UTF_8)) {
      for (String line : s.filter(l -> !l.isBlank()).limit(n).toList()) {
        rows.add(JSON.readTree(line));
      }
    }
    rows.sort(Comparator.comparing((JsonNode r) -> r.path("date").isTextual() ? r.path("date").asText()
        : r.path("first_seen").asText()).thenComparing(r -> r.path("id").asText()));
    return rows.stream().map(JsonNode::toString).toList();
  }

  /** Line i to partition i mod {@value #PARTITIONS}, in order. */
  static List<List<String>> split(List<String> lines) {
    List<List<String>> parts = new ArrayList<>();
    for (int p = 0; p < PARTITIONS; p++) {
      parts.add(new ArrayList<>());
    }
    for (int i = 0; i < lines.size(); i++) {
      parts.get(i % PARTITIONS).add(lines.get(i));
    }
    return parts;
  }

  /** What one run wrote, and its counters. */
  record Run(Map<String, String> assignments, Map<String, TreeSet<String>> stories, long late, long retimed) {
    @Override
    public String toString() {
      return assignments.size() + " articles, " + new TreeSet<>(assignments.values()).size() + " stories, "
          + late + " late elements, " + retimed + " retimed";
    }
  }

  /** Sends every partition's lines (partition after partition), then reads the topic to its end. */
  static Run readAllAtOnce(String topic, List<List<String>> parts, Path out, int parallelism) throws Exception {
    broker.createTopic(topic, parts.size());
    for (int p = 0; p < parts.size(); p++) {
      for (String line : parts.get(p)) {
        broker.send(topic, p, line);
      }
    }
    broker.flush();
    LiveOptions o = options(topic, out, parallelism);
    StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(parallelism, configuration(o));
    LiveJob.build(env, o, KafkaBroker.endOf(topic, counts(parts)));
    return result(env.execute("kafka test " + topic), out);
  }

  /**
   * Starts the job on an empty topic, then sends the partitions one after the other, the last first,
   * with a pause between partitions, so the job reads the last partition's messages well before the
   * first's.
   */
  static Run readWhileSending(String topic, List<List<String>> parts, Path out, int parallelism) throws Exception {
    broker.createTopic(topic, parts.size());
    LiveOptions o = options(topic, out, parallelism);
    StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(parallelism, configuration(o));
    OffsetsInitializer end = KafkaBroker.endOf(topic, counts(parts));
    LiveJob.build(env, o, end);
    JobClient job = env.executeAsync("kafka test " + topic);
    for (int p = parts.size() - 1; p >= 0; p--) {
      for (String line : parts.get(p)) {
        broker.send(topic, p, line);
      }
      broker.flush();
      Thread.sleep(1500);
    }
    return result(job.getJobExecutionResult().get(), out);
  }

  /** The job's configuration; a failure fails the test at once instead of restarting the job. */
  static Configuration configuration(LiveOptions o) {
    Configuration c = LiveJob.configuration(o);
    c.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
    return c;
  }

  static LiveOptions options(String topic, Path out, int parallelism) {
    return LiveOptions.ofKafka(broker.bootstrapServers(), topic, topic, out.toString(),
        out.resolveSibling(out.getFileName() + "-ck").toString(), parallelism).paced(0, 500);
  }

  private static int[] counts(List<List<String>> parts) {
    return parts.stream().mapToInt(List::size).toArray();
  }

  private static Run result(JobExecutionResult r, Path out) {
    Long late = r.getAccumulatorResult(EventTimeOrdered.LATE);
    Long retimed = r.getAccumulatorResult(LiveParse.RETIMED);
    return new Run(LiveJobTest.assignments(out), LiveJobTest.stories(out), late == null ? 0 : late,
        retimed == null ? 0 : retimed);
  }

  /** Articles whose story id differs between two runs, and story ids in one run only. */
  static String apart(Map<String, String> a, Map<String, String> b) {
    long articles = a.keySet().stream().filter(id -> !a.get(id).equals(b.get(id))).count();
    TreeSet<String> onlyA = new TreeSet<>(a.values());
    onlyA.removeAll(b.values());
    TreeSet<String> onlyB = new TreeSet<>(b.values());
    onlyB.removeAll(a.values());
    return articles + " articles' story ids differ; " + (onlyA.size() + onlyB.size()) + " story ids in one run only ("
        + onlyA.size() + " + " + onlyB.size() + ")";
  }
}
