package org.tidende.flink;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.core.fs.FileStatus;
import org.apache.flink.core.fs.FileSystem;
import org.tidende.cluster.ClusterConfig;
import org.tidende.flink.backfill.Agreement;
import org.tidende.flink.backfill.BackfillJob;
import org.tidende.flink.backfill.BackfillOptions;
import org.tidende.flink.backfill.Segments;
import org.tidende.flink.backfill.SingleMachine;
import org.tidende.flink.backfill.StoryMode;
import org.tidende.flink.bench.Bench;
import org.tidende.flink.dedup.MinHashKeys;
import org.tidende.flink.live.LiveJob;
import org.tidende.flink.live.LiveOptions;
import org.tidende.flink.rows.ReadJsonLines;

/**
 * Entry point of the job jar: {@code backfill}, {@code live}, {@code agree} (backfill against the
 * single-machine pipeline) and {@code bench} (backfill throughput at several parallelisms). Exit
 * code 0 on success, 2 on bad usage.
 *
 * <pre>
 * flink run -c org.tidende.flink.TidendeFlink flink/target/tidende-flink-*.jar backfill \
 *     --input archive.jsonl --output out/ [--parallelism 4] [--stories segmented --segment-days 56 --overlap-days 14]
 * </pre>
 */
public final class TidendeFlink {
  private TidendeFlink() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0 || !List.of("backfill", "live", "agree", "bench").contains(args[0])) {
      System.err.println(usage());
      System.exit(2);
    }
    JobArgs a = new JobArgs(args, 1);
    switch (args[0]) {
      case "backfill" -> {
        BackfillOptions o = backfillOptions(a, true);
        JobExecutionResult r = BackfillJob.run(o, MinHashKeys.defaults());
        System.out.println("backfill done in " + r.getNetRuntime() + " ms");
        printCounters(r, System.out);
      }
      case "agree" -> agree(backfillOptions(a, false), System.out);
      case "bench" -> {
        BackfillOptions o = readBackfillOptions(a, false);
        Bench.parallelisms(a);
        Bench.repeat(a);
        exitOnProblems(a);
        Bench.run(o, a, System.out);
      }
      case "live" -> {
        LiveOptions o = readLiveOptions(a);
        exitOnProblems(a);
        LiveJob.run(o);
      }
      default -> throw new IllegalStateException(args[0]);
    }
  }

  /**
   * Runs the backfill, then the single-machine pipeline on the same files, and prints how far they
   * agree; the single-machine answer is written beside the job's outputs.
   */
  static void agree(BackfillOptions o, PrintStream out) throws Exception {
    JobExecutionResult r = BackfillJob.run(o, MinHashKeys.defaults());
    out.println("backfill (" + o.stories().name().toLowerCase(Locale.ROOT) + " stories) done in "
        + r.getNetRuntime() + " ms");
    printCounters(r, out);
    SingleMachine ref = SingleMachine.run(o.inputs(), o.cluster(), MinHashKeys.defaults());
    StringBuilder tsv = new StringBuilder("id\tstory\tcanonical\n");
    ref.stories().forEach((id, story) -> tsv.append(id).append('\t').append(story).append('\t')
        .append(ref.canonical().get(id)).append('\n'));
    // The job creates its output folder only when it writes a part file: not for an input without articles.
    Files.createDirectories(Path.of(o.output()));
    Files.writeString(Path.of(o.output(), "single-machine.tsv"), tsv);
    out.println(Agreement.of(Path.of(o.output()), ref).describe());
    out.println("outputs in " + o.output() + " (single-machine answer: single-machine.tsv)");
  }

  static void printCounters(JobExecutionResult r, PrintStream out) {
    for (Map.Entry<String, Object> e : new TreeMap<>(r.getAllAccumulatorResults()).entrySet()) {
      out.println("  " + e.getKey() + " = " + e.getValue());
    }
  }

  static BackfillOptions backfillOptions(JobArgs a, boolean outputRequired) throws IOException {
    BackfillOptions o = readBackfillOptions(a, outputRequired);
    exitOnProblems(a);
    return o;
  }

  /** The backfill options of {@code a}, or null; every problem is recorded in {@code a}. */
  static BackfillOptions readBackfillOptions(JobArgs a, boolean outputRequired) throws IOException {
    List<String> inputs = expand(a.all("input"), a);
    String output = a.get("output", outputRequired ? null : Files.createTempDirectory("tidende-flink").toString());
    StoryMode stories = StoryMode.parse(a.get("stories", "exact"));
    if (stories == null) {
      a.problem("--stories " + a.get("stories", "") + ": expected exact or segmented");
    }
    Segments segments = null;
    try {
      segments = Segments.ofDays(a.number("segment-days", 56), a.number("overlap-days", 14));
    } catch (IllegalArgumentException e) {
      a.problem(e.getMessage());
    }
    ClusterConfig cluster = ClusterConfig.defaults();
    for (String kv : a.all("set")) {
      int eq = kv.indexOf('=');
      try {
        cluster = eq < 0 ? cluster : cluster.with(kv.substring(0, eq).strip(), kv.substring(eq + 1));
        if (eq < 0) {
          a.problem("--set " + kv + ": expected key=value");
        }
      } catch (IllegalArgumentException e) {
        a.problem("--set " + kv + ": " + e.getMessage());
      }
    }
    BackfillOptions o = null;
    try {
      o = new BackfillOptions(inputs, output, a.integer("parallelism", 2),
          stories == null ? StoryMode.EXACT : stories, segments == null ? Segments.ofDays(56, 14) : segments, cluster,
          a.integer("max-bucket", BackfillOptions.DEFAULT_MAX_BUCKET));
    } catch (IllegalArgumentException e) {
      a.problem(e.getMessage());
    }
    return o;
  }

  /** The live options of {@code a}, or null; every problem is recorded in {@code a}. */
  static LiveOptions readLiveOptions(JobArgs a) throws IOException {
    LiveOptions o = LiveOptions.of(a);
    expand(a.all("input"), a);
    String restore = a.get("restore", null);
    if (restore != null) {
      org.apache.flink.core.fs.Path p = new org.apache.flink.core.fs.Path(restore);
      if (!p.getFileSystem().exists(p)) {
        a.problem("--restore " + restore + ": no such checkpoint or savepoint");
      }
    }
    return o;
  }

  /** Exits with the usage text when an option was bad or unknown; call once every option of the mode is read. */
  static void exitOnProblems(JobArgs a) {
    a.reportUnknown();
    if (!a.problems().isEmpty()) {
      a.problems().forEach(p -> System.err.println("tidende-flink: " + p));
      System.err.println(usage());
      System.exit(2);
    }
  }

  /**
   * Folders (local or on any Flink file system: {@code hdfs://}, {@code s3://}) become their {@code
   * *.jsonl} files, compressed ones ({@code *.jsonl.gz}) too, sorted by name; files stay as given, in order. An input that does not exist is
   * a problem recorded in {@code a}: found here, not as a failed job (or, live, a job restarting
   * forever) after the cluster has started.
   */
  static List<String> expand(List<String> inputs, JobArgs a) throws IOException {
    List<String> out = new ArrayList<>();
    for (String in : inputs) {
      org.apache.flink.core.fs.Path p = new org.apache.flink.core.fs.Path(in);
      FileSystem fs = p.getFileSystem();
      if (!fs.exists(p)) {
        a.problem("--input " + in + ": no such file or folder");
        out.add(in);
      } else if (fs.getFileStatus(p).isDir()) {
        List<String> files = new ArrayList<>();
        for (FileStatus st : fs.listStatus(p)) {
          if (!st.isDir() && ReadJsonLines.isJsonLines(st.getPath().getName())) {
            files.add(in.contains("://") ? st.getPath().toString() : st.getPath().toUri().getPath());
          }
        }
        files.sort(null);
        out.addAll(files);
      } else {
        out.add(in);
      }
    }
    return out;
  }

  static String usage() {
    return String.join("\n",
        "usage: TidendeFlink backfill --input FILE|DIR... --output DIR [--parallelism N] [--stories exact|segmented]",
        "                             [--segment-days D] [--overlap-days D] [--max-bucket N] [--set clusterKey=value]",
        "       TidendeFlink agree    --input FILE|DIR... [backfill options] (backfill vs the single-machine pipeline)",
        "       TidendeFlink bench    --input FILE|DIR... [--parallelisms 1,2] [--repeat N] [backfill options]",
        "       TidendeFlink live     (--input DIR|FILE [--watch-seconds S] | --kafka-brokers H:P --kafka-topic T",
        "                             [--kafka-group G]) --output DIR --checkpoints DIR [--checkpoint-ms MS]",
        "                             [--out-of-orderness-hours H] [--parallelism N] [--throttle-ms MS]",
        "                             [--restore CHECKPOINT] [--top-keys N] [--max-key-members N] [--hot-share F]",
        "                             [--df-buckets N] [--df-log2-width N] [--repeat-days D]");
  }
}
