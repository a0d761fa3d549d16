package org.tidende.flink.dedup;

/**
 * A later article judged a duplicate of an earlier one: the one link per duplicate that grouping
 * follows (copies of copies join the same group).
 *
 * @param id the later article; {@code time}, {@code pos} its place in duplicate order
 * @param of the earlier article; {@code ofTime}, {@code ofPos} its place
 * @param kind {@link DuplicateMatch.Kind} name
 * @param similarity the match's similarity
 */
public record DuplicateLink(String id, long time, long pos, String of, long ofTime, long ofPos, String kind,
    double similarity) {}
