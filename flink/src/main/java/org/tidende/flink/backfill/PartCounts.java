package org.tidende.flink.backfill;

/**
 * Document frequencies of one part of event time (the head or the warm-up tail of a segment):
 * how many of its articles carry each feature, and how many articles there are.
 *
 * @param part part number ({@link Segments#part})
 */
public record PartCounts(long part, String[] features, int[] counts, long documents) {}
