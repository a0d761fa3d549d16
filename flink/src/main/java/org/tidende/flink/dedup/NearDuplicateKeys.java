package org.tidende.flink.dedup;

import java.io.Serializable;

/**
 * The near-duplicate stage as a distributed job needs it: a sketch of each article with its
 * blocking keys, and a verifier for a candidate pair that met under one of those keys. The Flink
 * jobs key articles by {@link DuplicateSketch#keys()}, compare each member of a bucket with the
 * {@link #scanCap()} members before it in event order, and ask {@link #verify} about each pair.
 *
 * <p>Contract: implementations are pure and deterministic (seeded), thread-safe, and {@link
 * Serializable} (they are shipped to the task managers). Key kinds are positions in {@code
 * keys()}: kind {@code k} of one article only meets kind {@code k} of another.
 */
public interface NearDuplicateKeys extends Serializable {

  /** Sketch of a title and text (either may be empty); no keys when the text has no words. */
  DuplicateSketch sketch(String title, String text);

  /** How many earlier members of a bucket each member is compared with (newest first). */
  int scanCap();

  /**
   * Judges a candidate pair found under key kind {@code kind}: the match, or null when the two
   * are not duplicates by the rule of that kind.
   *
   * @param earlierTime event time of {@code earlier} in epoch seconds (the duplicate order's time)
   */
  DuplicateMatch verify(int kind, DuplicateSketch earlier, long earlierTime, DuplicateSketch later, long laterTime);
}
