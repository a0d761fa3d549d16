package org.tidende.flink.live;

/**
 * The decision for one article: the earlier article it continues ({@code parent}), or null when it
 * opens a story.
 */
public record Link(String id, long ts, String parent, double similarity) implements Identified {}
