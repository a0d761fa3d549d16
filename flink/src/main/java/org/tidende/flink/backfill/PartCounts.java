package org.tidende.flink.backfill;

/**
 * Document frequencies of one part of event time (the head or the warm-up tail of a segment):
 * how many of its articles carry each feature, and how many articles there are.
 *
 * <p>Features are core's 64-bit feature hashes ({@link org.tidende.cluster.FeatureVector}), as
 * counted by {@link org.tidende.cluster.DocumentFrequencies#addDocumentAndCounts}.
 *
 * @param part part number ({@link Segments#part})
 */
public record PartCounts(long part, long[] features, int[] counts, long documents) {}
