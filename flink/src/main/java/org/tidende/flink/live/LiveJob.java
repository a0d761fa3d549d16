package org.tidende.flink.live;

import java.io.File;
import java.time.Duration;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringEncoder;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExecutionOptions;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.filesystem.OutputFileConfig;
import org.apache.flink.streaming.api.functions.sink.filesystem.bucketassigners.BasePathBucketAssigner;
import org.apache.flink.streaming.api.functions.sink.filesystem.rollingpolicies.OnCheckpointRollingPolicy;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.tidende.cluster.Hashing;
import org.tidende.flink.backfill.AnalyzeRows;
import org.tidende.flink.rows.AnalyzedRow;
import org.tidende.flink.rows.ArticleRow;
import org.tidende.flink.rows.ClusterSettings;

/**
 * The live job (streaming): articles from a watched folder or Kafka, stories as they form and as
 * they retire, exactly once across failures.
 *
 * <pre>
 * source ({@link InputLine}s: file lines with path and line number, {@link NumberedLines}; Kafka
 *   messages with topic, partition and offset, {@link KafkaLines}, watermarks per partition)
 *   ─{@link LiveParse}→ rows timed by their stream's clock (unreadable → rejected/, as {@code file:line: reason})
 *   ─event time (files: watermarks here, {@link QuorumWatermarks})→
 *   ─keyBy(id)→ {@link FirstOfIdStage} (first copy of an id; later ones → rejected/) ─analyze→
 *   ─keyBy(id bucket)→ {@link VectorStage} (TF-IDF vectors, blocking keys)
 *   ─fan out per key, keyBy(blocking key)→ {@link BlockStage} (best earlier article per key)
 *   ─keyBy(article copy: id and time)→ {@link DecideStage} (best over keys) ─keyBy(0)→ {@link ThreadStage}
 *   → assignments/ and, on retirement, stories/
 * </pre>
 *
 * <p>Every stateful stage takes its input in event-time order ({@link EventTimeOrdered}), so the
 * stories depend on the articles and their dates only; with checkpoints (state and source
 * positions) and transactional file sinks, a job restored from a retained checkpoint writes the
 * same stories as one never stopped, none lost, none twice.
 */
public final class LiveJob {
  private LiveJob() {}

  /** Runs on the environment Flink provides until cancelled (or, for a bounded input, to its end). */
  public static void run(LiveOptions o) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(configuration(o));
    env.setParallelism(o.parallelism());
    build(env, o);
    env.execute("tidende live");
  }

  /** Streaming, checkpoints to {@code o.checkpoints()} every interval, retained on cancellation. */
  public static Configuration configuration(LiveOptions o) {
    Configuration conf = new Configuration();
    conf.set(ExecutionOptions.RUNTIME_MODE, RuntimeExecutionMode.STREAMING);
    conf.set(StateBackendOptions.STATE_BACKEND, "hashmap");
    conf.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, Duration.ofMillis(o.checkpointMs()));
    conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, uri(o.checkpoints()));
    conf.set(CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION, ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
    if (o.restore() != null) {
      conf.set(StateRecoveryOptions.SAVEPOINT_PATH, uri(o.restore()));
    }
    return conf;
  }

  private static String uri(String path) {
    return path.contains("://") ? path : new File(path).toURI().toString();
  }

  /**
   * Adds the job's dataflow to {@code env}. Every article takes its event time from the clock of
   * its stream ({@link StreamClock}), so its time is a function of the records before it in that
   * stream alone. Files are one stream: read, parsed and timed by one task (in path order, {@link
   * PathOrderSplits}), watermarks made after the parse stage, then spread over the analysing tasks.
   * Kafka is read at the job's parallelism and each partition is a stream: the source makes the
   * watermarks per partition ({@link QuorumWatermarks#ofLines}; Flink's reader emits the minimum
   * over its partitions), the parse stage keeps a clock per partition, and {@link ClusterTimes}
   * stamps the rows without touching those watermarks. Either way no stage sees a late element
   * (save after a source's idleness timeout), and the stories depend on the input only.
   */
  public static void build(StreamExecutionEnvironment env, LiveOptions o) {
    build(env, o, null);
  }

  /**
   * {@link #build(StreamExecutionEnvironment, LiveOptions)}, reading Kafka only up to {@code
   * kafkaStop} (each partition's end offset; the job then ends as a bounded file read does), or
   * without end when null. For tests that replay a topic to its end.
   */
  static void build(StreamExecutionEnvironment env, LiveOptions o, OffsetsInitializer kafkaStop) {
    int readers = o.kafkaBrokers() != null ? o.parallelism() : 1;
    long outOfOrderness = (long) (o.outOfOrdernessHours() * 3_600_000);
    DataStream<InputLine> lines = source(env, o, outOfOrderness, kafkaStop);
    if (o.throttleMs() > 0) {
      long pause = o.throttleMs();
      lines = lines.map(l -> {
        Thread.sleep(pause);
        return l;
      }).returns(InputLine.class).name("pace").uid("pace").setParallelism(readers);
    }
    SingleOutputStreamOperator<ArticleRow> rows = lines.process(new LiveParse(outOfOrderness)).name("parse").uid("parse")
        .setParallelism(readers);
    long window = o.cluster().windowSeconds() * 1000;
    int buckets = o.dfBuckets();
    DataStream<ArticleRow> timed = o.kafkaBrokers() != null
        ? rows.transform("event time", TypeInformation.of(ArticleRow.class), new ClusterTimes()).uid("event-time")
            .setParallelism(readers)
        : rows.assignTimestampsAndWatermarks(WatermarkStrategy
            .<ArticleRow>forGenerator(c -> QuorumWatermarks.ofRows(outOfOrderness))
            .withTimestampAssigner((r, previous) -> r.clusterTime() * 1000)
            .withIdleness(Duration.ofMinutes(1))).name("event time").uid("event-time").setParallelism(readers);
    // The keyBy also spreads the rows of the files' single reading task over the analysing tasks.
    SingleOutputStreamOperator<ArticleRow> firsts = timed
        .keyBy(ArticleRow::id, Types.STRING)
        .process(new FirstOfIdStage(FirstOfIdStage.retentionFor(window, o.repeatDays()))).name("first of id").uid("first-of-id");
    DataStream<LiveAssignment> assigned = firsts
        .map(new AnalyzeRows(o.cluster())).name("analyze").uid("analyze")
        .keyBy(r -> (int) Math.floorMod(Hashing.hash64(r.id(), 0x6466L), (long) buckets), Types.INT)
        .process(new VectorStage(ClusterSettings.of(o.cluster()), o.topKeys(), o.hotShare(), o.dfLog2Width()))
        .name("vectors").uid("vectors")
        .flatMap((VectorRow v, Collector<KeyedMember> out) -> {
          for (String k : v.blocking()) {
            out.collect(new KeyedMember(k, v.blocking().length, v));
          }
        }).returns(KeyedMember.class).name("blocking keys").uid("blocking-keys")
        .keyBy(KeyedMember::key)
        .process(new BlockStage(window, o.cluster().threshold(), o.cluster().specificWeight(), o.maxKeyMembers()))
        .name("block").uid("block")
        .keyBy(DecideStage.BY_COPY, Types.STRING)
        .process(new DecideStage()).name("decide").uid("decide")
        .keyBy(l -> 0, Types.INT)
        .process(new ThreadStage(window)).name("stories").uid("stories").setParallelism(1);
    assigned.map(LiveJson::of).name("assignment JSON").uid("assignment-json")
        .sinkTo(sink(o.output() + "/assignments", "assignments", ".jsonl")).name("assignments sink").uid("assignments-sink");
    ((SingleOutputStreamOperator<LiveAssignment>) assigned).getSideOutput(ThreadStage.RETIRED)
        .map(LiveJson::of).name("story JSON").uid("story-json")
        .sinkTo(sink(o.output() + "/stories", "stories", ".jsonl")).name("stories sink").uid("stories-sink");
    rows.getSideOutput(LiveParse.REJECTED).union(firsts.getSideOutput(FirstOfIdStage.REPEATED),
            ((SingleOutputStreamOperator<LiveAssignment>) assigned).getSideOutput(ThreadStage.REPEATED))
        .sinkTo(sink(o.output() + "/rejected", "rejected", ".txt")).name("rejected sink").uid("rejected-sink");
  }

  /**
   * Kafka messages or the lines of the input files, each with where it came from ({@link
   * KafkaLines}, {@link NumberedLines}): the source's checkpointed position (Kafka offsets; file
   * and lines read) is all the naming needs.
   */
  private static DataStream<InputLine> source(StreamExecutionEnvironment env, LiveOptions o, long outOfOrderness,
      OffsetsInitializer kafkaStop) {
    if (o.kafkaBrokers() != null) {
      KafkaSourceBuilder<InputLine> builder = KafkaSource.<InputLine>builder()
          .setBootstrapServers(o.kafkaBrokers())
          .setTopics(o.kafkaTopic())
          .setGroupId(o.kafkaGroup())
          .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
          .setDeserializer(new KafkaLines());
      if (kafkaStop != null) {
        builder.setBounded(kafkaStop);
      }
      // One generator per partition (Flink's Kafka reader runs one per split and emits the minimum).
      WatermarkStrategy<InputLine> perPartition = WatermarkStrategy
          .<InputLine>forGenerator(c -> QuorumWatermarks.ofLines(outOfOrderness))
          .withIdleness(Duration.ofMinutes(1));
      return env.fromSource(builder.build(), perPartition, "kafka").uid("source");
    }
    FileSource.FileSourceBuilder<InputLine> files = FileSource.forBulkFileFormat(new NumberedLines(), new Path(o.input()))
        .setSplitAssigner(PathOrderSplits::new);
    if (o.watchSeconds() > 0) {
      files = files.monitorContinuously(Duration.ofSeconds(o.watchSeconds()));
    }
    return env.fromSource(files.build(), WatermarkStrategy.noWatermarks(), "files").uid("source").setParallelism(1);
  }

  /** Rows of text under {@code dir}, files named {@code prefix-*suffix}: JSON Lines ".jsonl", the rejected lines (plain text) ".txt", as the backfill names them. */
  static FileSink<String> sink(String dir, String prefix, String suffix) {
    return FileSink.forRowFormat(new Path(dir), new SimpleStringEncoder<String>("UTF-8"))
        .withBucketAssigner(new BasePathBucketAssigner<>())
        .withRollingPolicy(OnCheckpointRollingPolicy.build())
        .withOutputFileConfig(OutputFileConfig.builder().withPartPrefix(prefix).withPartSuffix(suffix).build())
        .build();
  }
}
