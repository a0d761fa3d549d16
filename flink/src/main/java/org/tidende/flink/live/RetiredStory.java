package org.tidende.flink.live;

/**
 * A story closed by event time: no member can join any more.
 *
 * @param first event time of the first member, epoch ms; {@code last} of the last
 * @param members ids in event order
 */
public record RetiredStory(String story, long first, long last, String[] members) {}
