package org.tidende.flink.dedup;

/**
 * One article under one blocking key.
 *
 * @param bucket the key with its kind mixed in (what Flink keys by)
 * @param kind the key kind (position in {@link DuplicateSketch#keys()})
 */
public record BucketEntry(long bucket, int kind, String id, long time, long pos) {}
