package org.tidende.flink.rows;

/**
 * What an input file leaves to the files after it in event order: the cluster-order time of its
 * last dated article ({@code Long.MIN_VALUE} when it has none).
 */
public record FileTail(int index, long lastTime) {}
