package org.tidende.flink.live;

/**
 * The decision for one article: the earlier article it continues ({@code parent}), or null when it
 * opens a story; {@code file} and {@code line} say where the article was read.
 */
public record Link(String id, long ts, String parent, double similarity, String file, int line) implements Identified {}
