package org.tidende.flink.backfill;

/** A segment-local story continuing an earlier one: {@code key} ({@code segment|story}) is renamed {@code story}. */
public record StoryMapping(String key, String story) {}
