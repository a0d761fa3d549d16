package org.tidende.flink.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.tidende.flink.JobArgs;
import org.tidende.flink.backfill.BackfillJob;
import org.tidende.flink.backfill.BackfillOptions;
import org.tidende.flink.backfill.OrderedAssigner;
import org.tidende.flink.backfill.SingleMachine;
import org.tidende.flink.dedup.MinHashKeys;
import org.tidende.flink.rows.ReadJsonLines;

/**
 * Backfill throughput on this machine: the whole job (read, dedup, stories, write) on a local
 * Flink runtime at each parallelism asked for, best of {@code --repeat} runs, next to the
 * single-machine reference (core pipeline and duplicate grouping in one thread of this JVM).
 * Figures are wall-clock articles per second including Flink's scheduling of the batch stages,
 * which dominates small inputs: give it tens of thousands of articles. In the exact story mode the
 * time of the one ordered assigner ({@link OrderedAssigner#ASSIGN_MILLIS}) is printed too: the
 * serial part, the ceiling of the mode however many slots analyse.
 */
public final class Bench {
  private Bench() {}

  /**
   * The parallelisms of {@code --parallelisms} (default 1 and 2); one that is not a whole number
   * of at least 1 is a problem recorded in {@code args}, and left out.
   */
  public static List<Integer> parallelisms(JobArgs args) {
    List<Integer> ps = new ArrayList<>();
    for (String p : args.all("parallelisms").isEmpty() ? List.of("1", "2") : args.all("parallelisms")) {
      try {
        int n = Integer.parseInt(p);
        if (n < 1) {
          args.problem("--parallelisms " + p + ": must be >= 1");
        } else {
          ps.add(n);
        }
      } catch (NumberFormatException e) {
        args.problem("--parallelisms '" + p + "' is not a whole number");
      }
    }
    return ps;
  }

  /** How many times each run is repeated ({@code --repeat}, default 1); under 1 is a problem recorded in {@code args}. */
  public static int repeat(JobArgs args) {
    int repeat = args.integer("repeat", 1);
    if (repeat < 1) {
      args.problem("--repeat " + repeat + ": must be >= 1");
      return 1;
    }
    return repeat;
  }

  /** Runs the benchmark and prints a table to {@code out}; the arguments are checked already. */
  public static void run(BackfillOptions base, JobArgs args, PrintStream out) throws Exception {
    List<Integer> ps = parallelisms(args);
    int repeat = repeat(args);
    out.printf(Locale.ROOT, "stories: %s%n", base.stories().name().toLowerCase(Locale.ROOT));
    out.printf(Locale.ROOT, "%-26s %10s %10s %12s %s%n", "run", "articles", "seconds", "articles/s",
        "(ordered assigner alone)");
    long t0 = System.nanoTime();
    SingleMachine ref = SingleMachine.run(base.inputs(), base.cluster(), MinHashKeys.defaults());
    double secs = (System.nanoTime() - t0) / 1e9;
    out.printf(Locale.ROOT, "%-26s %10d %10.2f %12.0f%n", "single machine (1 thread)", ref.stories().size(), secs,
        ref.stories().size() / secs);
    for (int p : ps) {
      double best = Double.MAX_VALUE;
      long n = 0;
      long assignMillis = -1;
      for (int r = 0; r < repeat; r++) {
        Path dir = Files.createTempDirectory("tidende-bench");
        BackfillOptions o = base.withOutput(dir.toString()).withParallelism(p);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(p, BackfillJob.configuration());
        BackfillJob.build(env, o, MinHashKeys.defaults());
        long s = System.nanoTime();
        JobExecutionResult result = env.execute("tidende backfill bench p=" + p);
        double took = (System.nanoTime() - s) / 1e9;
        n = result.<Long>getAccumulatorResult(ReadJsonLines.READ);
        if (took < best) {
          best = took;
          Long ms = result.<Long>getAccumulatorResult(OrderedAssigner.ASSIGN_MILLIS);
          assignMillis = ms == null ? -1 : ms;
        }
      }
      out.printf(Locale.ROOT, "%-26s %10d %10.2f %12.0f %s%n", "flink backfill p=" + p, n, best, n / best,
          assignMillis < 0 ? "" : String.format(Locale.ROOT, "%.1f s, %.0f/s", assignMillis / 1e3,
              n / Math.max(1e-3, assignMillis / 1e3)));
    }
  }
}
