package org.tidende.flink.backfill;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tidende.cluster.ClusterConfig;

/**
 * Settings of one backfill run, validated together.
 *
 * @param inputs JSON Lines files (local paths or Flink file system URIs), in order
 * @param output folder for {@code articles/} and {@code rejected/} part files
 * @param parallelism default parallelism of the job
 * @param stories how stories are clustered: exactly in one ordered task, or in segments
 * @param segments event-time segmentation of the clustering (segmented mode only)
 * @param cluster settings of core's clusterer
 * @param maxBucket duplicate buckets with more members are skipped (and counted)
 */
public record BackfillOptions(List<String> inputs, String output, int parallelism, StoryMode stories,
    Segments segments, ClusterConfig cluster, int maxBucket) {

  /** Default maximum bucket size: far above real copy counts, a bound on one key's state. */
  public static final int DEFAULT_MAX_BUCKET = 5_000;

  public BackfillOptions {
    Objects.requireNonNull(stories, "stories");
    Objects.requireNonNull(segments, "segments");
    Objects.requireNonNull(cluster, "cluster");
    inputs = List.copyOf(inputs);
    List<String> problems = new ArrayList<>();
    if (inputs.isEmpty()) {
      problems.add("no --input");
    }
    if (output == null || output.isBlank()) {
      problems.add("no --output");
    }
    if (parallelism < 1) {
      problems.add("parallelism " + parallelism + " must be >= 1");
    }
    if (maxBucket < 2) {
      problems.add("max bucket " + maxBucket + " must be >= 2");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
  }

  /** The same settings writing to another folder. */
  public BackfillOptions withOutput(String folder) {
    return new BackfillOptions(inputs, folder, parallelism, stories, segments, cluster, maxBucket);
  }

  /** The same settings at another parallelism. */
  public BackfillOptions withParallelism(int p) {
    return new BackfillOptions(inputs, output, p, stories, segments, cluster, maxBucket);
  }

  /** The same settings with another story mode. */
  public BackfillOptions withStories(StoryMode mode) {
    return new BackfillOptions(inputs, output, parallelism, mode, segments, cluster, maxBucket);
  }

  /**
   * Defaults for the given files: exact stories; for the segmented mode, segments of 56 days with 14
   * days of warm-up (measured: see the README).
   */
  public static BackfillOptions of(List<String> inputs, String output, int parallelism) {
    return new BackfillOptions(inputs, output, parallelism, StoryMode.EXACT, Segments.ofDays(56, 14),
        ClusterConfig.defaults(),
        DEFAULT_MAX_BUCKET);
  }
}
