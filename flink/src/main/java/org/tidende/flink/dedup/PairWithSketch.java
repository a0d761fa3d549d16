package org.tidende.flink.dedup;

/** A candidate pair carrying the earlier article's sketch on its way to be verified. */
public record PairWithSketch(CandidatePair pair, DuplicateSketch earlier) {}
