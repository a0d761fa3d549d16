package org.tidende.flink.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.tidende.flink.Outputs;
import org.tidende.flink.SharedData;

/**
 * The live job reading a real Kafka broker (in the test's JVM): the same messages in three
 * partitions, read in different interleavings and at different parallelisms, give the same stories.
 */
class KafkaLiveJobTest {
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
    System.out.printf(java.util.Locale.ROOT, "kafka %d lines over %d partitions: %s%n  a (all sent first, parallelism 1): %s%n"
        + "  b (sent partition after partition, last first, parallelism 2): %s%n  %.1f s%n",
        n, PARTITIONS, apart(a.assignments, b.assignments), a, b, (System.nanoTime() - start) / 1e9);
  }

  /** The first {@code n} article lines of the Danish front-page archive, as written. */
  static List<String> danish(int n) throws Exception {
    try (Stream<String> s = Files.lines(SharedData.orSkip("data/scandinavian/da-frontpages-2022-23.jsonl"),
        StandardCharsets.UTF_8)) {
      return s.filter(l -> !l.isBlank()).limit(n).toList();
    }
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
  static org.apache.flink.configuration.Configuration configuration(LiveOptions o) {
    org.apache.flink.configuration.Configuration c = LiveJob.configuration(o);
    c.set(org.apache.flink.configuration.RestartStrategyOptions.RESTART_STRATEGY, "none");
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
