package org.tidende.flink.dedup;

import java.util.Objects;

/**
 * A verified duplicate pair: why, and how similar.
 *
 * @param kind why the later text duplicates the earlier one
 * @param similarity Jaccard of the shingle sets (exact or estimated), in [0, 1]
 */
public record DuplicateMatch(Kind kind, double similarity) {

  /** Why two texts are duplicates, strongest first. */
  public enum Kind {
    /** Same words in the same order after normalisation and boilerplate removal. */
    EXACT,
    /** Jaccard of the word-shingle sets at or above the threshold for their length. */
    NEAR,
    /** Same normalised headline (long enough) within the headline window. */
    HEADLINE
  }

  public DuplicateMatch {
    Objects.requireNonNull(kind, "kind");
    if (!(similarity >= 0 && similarity <= 1)) {
      throw new IllegalArgumentException("similarity " + similarity + " is outside [0, 1]");
    }
  }

  /**
   * True when this match (with the earlier item at {@code pos}) should be preferred over {@code
   * other} (at {@code otherPos}), the rule of a sequential near-duplicate index: an exact match
   * beats a near one, which beats a headline match; among exact and headline matches the oldest
   * wins, among near ones the most similar, then the oldest.
   */
  public boolean beats(long time, long pos, DuplicateMatch other, long otherTime, long otherPos) {
    if (kind != other.kind) {
      return kind.ordinal() < other.kind.ordinal();
    }
    if (kind == Kind.NEAR && similarity != other.similarity) {
      return similarity > other.similarity;
    }
    return time != otherTime ? time < otherTime : pos < otherPos;
  }
}
