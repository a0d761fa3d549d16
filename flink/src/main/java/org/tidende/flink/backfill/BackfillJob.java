package org.tidende.flink.backfill;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.serialization.SimpleStringEncoder;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.configuration.ExecutionOptions;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.filesystem.OutputFileConfig;
import org.apache.flink.streaming.api.functions.sink.filesystem.bucketassigners.BasePathBucketAssigner;
import org.tidende.flink.dedup.DuplicateAssignment;
import org.tidende.flink.dedup.DuplicateStage;
import org.tidende.flink.dedup.NearDuplicateKeys;
import org.tidende.flink.rows.ArticleRow;
import org.tidende.flink.rows.CarryAcrossFiles;
import org.tidende.flink.rows.FileSpec;
import org.tidende.flink.rows.ReadJsonLines;

/**
 * The backfill job (batch execution): reads JSON Lines archives, groups near-duplicates, clusters
 * stories, and writes every article with its duplicate group and story as JSON Lines.
 *
 * <pre>
 * files ─{@link ReadJsonLines}→ rows ─{@link CarryAcrossFiles}─{@link FirstById}→ distinct rows ─┬─ {@link DuplicateStage} ─┐
 *                                                                       ├─ stories ───────────────┼─keyBy(id)→ merge → JSON → articles/
 *                                                                       └──────────────────────────┘
 * </pre>
 *
 * <p>Stories: {@link ExactStoryStage} (default: one ordered assigner, equal to the single-machine
 * stories) or {@link StoryStage} (time segments clustered in parallel, approximate), see {@link
 * StoryMode}.
 *
 * <p>Output: {@code <output>/articles/articles-*.jsonl} ({@link ResultJson}) and {@code
 * <output>/rejected/rejected-*.txt} (unreadable lines with their reasons, warnings, repeated ids skipped). Counters are reported as
 * accumulators of the {@link JobExecutionResult}.
 */
public final class BackfillJob {
  private BackfillJob() {}

  /** Runs the job on the environment Flink provides (a cluster under {@code flink run}, else local). */
  public static JobExecutionResult run(BackfillOptions o, NearDuplicateKeys keys) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(configuration());
    env.setParallelism(o.parallelism());
    build(env, o, keys);
    return env.execute("tidende backfill");
  }

  /**
   * Batch execution with enough managed memory for sorting the 16 MB document-frequency snapshots.
   * (Generic types stay allowed: Flink's own large-record spilling needs them; our records are POJOs.)
   */
  public static Configuration configuration() {
    Configuration conf = new Configuration();
    conf.set(ExecutionOptions.RUNTIME_MODE, RuntimeExecutionMode.BATCH);
    conf.set(TaskManagerOptions.MANAGED_MEMORY_SIZE, MemorySize.parse("512m"));
    return conf;
  }

  /** Adds the job's dataflow to {@code env}. */
  public static void build(StreamExecutionEnvironment env, BackfillOptions o, NearDuplicateKeys keys) {
    List<FileSpec> files = new ArrayList<>();
    for (int i = 0; i < o.inputs().size(); i++) {
      files.add(new FileSpec(i, o.inputs().get(i)));
    }
    SingleOutputStreamOperator<ArticleRow> read = env.fromData(files).name("input files")
        .rebalance()
        .process(new ReadJsonLines()).name("read JSON Lines");
    SingleOutputStreamOperator<ArticleRow> rows = read
        .connect(read.getSideOutput(ReadJsonLines.TAILS).broadcast(CarryAcrossFiles.TAILS))
        .process(new CarryAcrossFiles(files.size())).name("carry time across files")
        .keyBy(ArticleRow::id).process(new FirstById()).name("distinct ids");
    DataStream<DuplicateAssignment> dups = DuplicateStage.apply(rows, keys, o.maxBucket());
    DataStream<StoryAssignment> stories = o.stories() == StoryMode.EXACT
        ? ExactStoryStage.apply(rows, o.cluster())
        : StoryStage.apply(rows, o.cluster(), o.segments());
    DataStream<String> out = rows.map(r -> new ArticleResult(r.id(), r, null, null)).returns(ArticleResult.class)
        .union(dups.map(d -> new ArticleResult(d.id(), null, d, null)).returns(ArticleResult.class),
            stories.map(s -> new ArticleResult(s.id(), null, null, s)).returns(ArticleResult.class))
        .keyBy(ArticleResult::id)
        .reduce(ArticleResult::merge).name("gather by article")
        .filter(r -> r.row() != null)
        .map(ResultJson::of).name("to JSON");
    out.sinkTo(sink(o.output() + "/articles", "articles", ".jsonl")).name("articles sink");
    read.getSideOutput(ReadJsonLines.REJECTED).union(rows.getSideOutput(FirstById.SKIPPED)).sinkTo(sink(o.output() + "/rejected", "rejected", ".txt"))
        .name("rejected sink").setParallelism(1);
  }

  static FileSink<String> sink(String dir, String prefix, String suffix) {
    return FileSink.forRowFormat(new Path(dir), new SimpleStringEncoder<String>("UTF-8"))
        .withBucketAssigner(new BasePathBucketAssigner<>())
        .withOutputFileConfig(OutputFileConfig.builder().withPartPrefix(prefix).withPartSuffix(suffix).build())
        .build();
  }
}
