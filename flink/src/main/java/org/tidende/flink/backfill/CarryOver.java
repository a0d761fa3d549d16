package org.tidende.flink.backfill;

/** An article to replay in the warm-up of {@code segment}: an older member of a story still open there. */
public record CarryOver(long segment, String id) {}
