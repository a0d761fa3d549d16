package org.tidende.flink.live;

/**
 * An article as core's TF-IDF feature vector (terms, names, numbers; each part unit length), with
 * the blocking keys it is sent to.
 *
 * @param ts event time, epoch milliseconds
 * @param keys feature hashes by descending weight (negative for names, numbers and days: {@link
 *     org.tidende.cluster.FeatureVector#isSpecific})
 * @param weights matching weights
 * @param blocking blocking keys (heaviest non-common feature hashes, in decimal), at least one
 * @param file where the article was read, and {@code line} its line (for naming a dropped repeat)
 */
public record VectorRow(String id, long ts, long[] keys, float[] weights, boolean hasTerms, boolean hasSpecifics,
    String[] blocking, String file, int line) implements Identified {}
