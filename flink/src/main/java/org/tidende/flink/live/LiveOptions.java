package org.tidende.flink.live;

import java.util.ArrayList;
import java.util.List;
import org.tidende.cluster.ClusterConfig;
import org.tidende.flink.JobArgs;

/**
 * Settings of the live job, validated together.
 *
 * @param input file or folder to read (null when reading Kafka)
 * @param watchSeconds seconds between scans of {@code input} for new files; 0 reads it once (bounded)
 * @param kafkaBrokers bootstrap servers of the production source, or null
 * @param kafkaTopic topic of JSON Lines articles
 * @param kafkaGroup consumer group
 * @param output folder for {@code assignments/}, {@code stories/} and {@code rejected/}
 * @param checkpoints checkpoint folder (a file system URI or local path)
 * @param checkpointMs checkpoint interval
 * @param outOfOrdernessHours how late an article may arrive behind the newest seen
 * @param parallelism default parallelism
 * @param throttleMs pause after each input record (replaying an archive at a given pace; 0 = none)
 * @param restore a retained checkpoint or savepoint to start from, or null
 * @param cluster clusterer settings (threshold, boosts, window)
 * @param topKeys blocking keys per article
 * @param maxKeyMembers members kept per blocking key within the window
 * @param hotShare features in more than this share of articles are not blocking keys
 * @param dfBuckets id-hash buckets of the document-frequency stage
 * @param dfLog2Width log2 of each bucket's sketch width
 * @param repeatDays days of event time a first copy's id is kept, a later copy within them dropped as a
 *     repeat ({@code --repeat-days}, default {@value FirstOfIdStage#RETENTION_DAYS}; the clustering
 *     window if longer: {@link FirstOfIdStage#retentionFor})
 */
public record LiveOptions(String input, int watchSeconds, String kafkaBrokers, String kafkaTopic, String kafkaGroup,
    String output, String checkpoints, long checkpointMs, double outOfOrdernessHours, int parallelism, long throttleMs,
    String restore, ClusterConfig cluster, int topKeys, int maxKeyMembers, double hotShare, int dfBuckets,
    int dfLog2Width, int repeatDays) {

  public LiveOptions {
    List<String> problems = new ArrayList<>();
    if ((input == null) == (kafkaBrokers == null)) {
      problems.add("give exactly one of --input and --kafka-brokers");
    }
    if (kafkaBrokers != null && (kafkaTopic == null || kafkaTopic.isBlank())) {
      problems.add("--kafka-topic is needed with --kafka-brokers");
    }
    if (output == null || checkpoints == null) {
      problems.add("--output and --checkpoints are needed");
    }
    if (checkpointMs < 10 || parallelism < 1 || watchSeconds < 0 || throttleMs < 0 || outOfOrdernessHours < 0) {
      problems.add("checkpoint interval >= 10 ms, parallelism >= 1, watch, throttle and out-of-orderness >= 0");
    }
    if (topKeys < 1 || maxKeyMembers < 2 || !(hotShare > 0 && hotShare <= 1) || dfBuckets < 1
        || dfLog2Width < 10 || dfLog2Width > 26) {
      problems.add("topKeys >= 1, maxKeyMembers >= 2, hotShare in (0, 1], dfBuckets >= 1, dfLog2Width 10..26");
    }
    if (repeatDays < 1 || repeatDays > FirstOfIdStage.MAX_RETENTION_DAYS) {
      problems.add("--repeat-days must be 1.." + FirstOfIdStage.MAX_RETENTION_DAYS + ", got " + repeatDays);
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
  }

  /** Options for a bounded read of {@code input} with the defaults. */
  public static LiveOptions ofFiles(String input, String output, String checkpoints, int parallelism) {
    return new LiveOptions(input, 0, null, null, null, output, checkpoints, 10_000, 6, parallelism, 0, null,
        ClusterConfig.defaults(), 8, 500, 0.05, 16, 16,
        FirstOfIdStage.RETENTION_DAYS);
  }

  /** Options for reading a Kafka topic (from the group's committed offsets, else the earliest) with the defaults. */
  public static LiveOptions ofKafka(String brokers, String topic, String group, String output, String checkpoints,
      int parallelism) {
    return new LiveOptions(null, 0, brokers, topic, group, output, checkpoints, 10_000, 6, parallelism, 0, null,
        ClusterConfig.defaults(), 8, 500, 0.05, 16, 16,
        FirstOfIdStage.RETENTION_DAYS);
  }

  /** The same options with a pause per record and a checkpoint interval (for replays and tests). */
  public LiveOptions paced(long throttle, long intervalMs) {
    return new LiveOptions(input, watchSeconds, kafkaBrokers, kafkaTopic, kafkaGroup, output, checkpoints, intervalMs,
        outOfOrdernessHours, parallelism, throttle, restore, cluster, topKeys, maxKeyMembers, hotShare, dfBuckets,
        dfLog2Width, repeatDays);
  }

  /** The same options starting from a retained checkpoint or savepoint. */
  public LiveOptions restoringFrom(String path) {
    return new LiveOptions(input, watchSeconds, kafkaBrokers, kafkaTopic, kafkaGroup, output, checkpoints,
        checkpointMs, outOfOrdernessHours, parallelism, throttleMs, path, cluster, topKeys, maxKeyMembers, hotShare,
        dfBuckets, dfLog2Width, repeatDays);
  }

  /** The same options keeping a first copy's id {@code days} days of event time ({@code --repeat-days}). */
  public LiveOptions repeatingAfter(int days) {
    return new LiveOptions(input, watchSeconds, kafkaBrokers, kafkaTopic, kafkaGroup, output, checkpoints,
        checkpointMs, outOfOrdernessHours, parallelism, throttleMs, restore, cluster, topKeys, maxKeyMembers, hotShare,
        dfBuckets, dfLog2Width, days);
  }

  /** Reads the options from command-line arguments; problems are recorded in {@code a}. */
  public static LiveOptions of(JobArgs a) {
    try {
      return new LiveOptions(a.get("input", null), a.integer("watch-seconds", 0), a.get("kafka-brokers", null),
          a.get("kafka-topic", null), a.get("kafka-group", "tidende"), a.get("output", null),
          a.get("checkpoints", null), (long) a.number("checkpoint-ms", 60_000), a.number("out-of-orderness-hours", 6),
          a.integer("parallelism", 2), (long) a.number("throttle-ms", 0), a.get("restore", null),
          ClusterConfig.defaults(), a.integer("top-keys", 8), a.integer("max-key-members", 500),
          a.number("hot-share", 0.05), a.integer("df-buckets", 16), a.integer("df-log2-width", 16),
          a.integer("repeat-days", FirstOfIdStage.RETENTION_DAYS));
    } catch (IllegalArgumentException e) {
      a.problem(e.getMessage());
      return null;
    }
  }
}
