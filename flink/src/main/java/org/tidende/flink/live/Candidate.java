package org.tidende.flink.live;

/**
 * One blocking key's answer for an article: its most similar earlier article under that key at or
 * above the threshold, or none ({@code best} null).
 */
public record Candidate(String id, long ts, int nKeys, String best, long bestTs, double similarity) {}
