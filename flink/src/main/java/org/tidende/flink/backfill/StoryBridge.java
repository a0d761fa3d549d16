package org.tidende.flink.backfill;

/**
 * One warm-up article seen from both sides of a segment border: its story in the segment it warmed
 * up ({@code segment}, {@code story}) and in its own segment ({@code prevSegment}, {@code prevStory}).
 */
public record StoryBridge(long segment, String story, long prevSegment, String prevStory, long time, long pos) {}
