package org.tidende.flink.backfill;

/**
 * The final story of one article after reconciliation across segments.
 *
 * @param opened true when the article opened its story
 * @param similarity similarity with which it joined (0 for an opener)
 */
public record StoryAssignment(String id, String story, boolean opened, double similarity) {}
