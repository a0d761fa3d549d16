package org.tidende.flink.live;

/**
 * An article as core's TF-IDF feature vector (terms, names, numbers; each part unit length), with
 * the blocking keys it is sent to.
 *
 * @param ts event time, epoch milliseconds
 * @param keys features by descending weight
 * @param weights matching weights
 * @param blocking blocking keys (heaviest non-common features), at least one
 */
public record VectorRow(String id, long ts, String[] keys, float[] weights, boolean hasTerms, boolean hasSpecifics,
    String[] blocking) implements Identified {}
