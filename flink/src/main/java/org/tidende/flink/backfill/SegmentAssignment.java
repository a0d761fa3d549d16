package org.tidende.flink.backfill;

/**
 * The clusterer's decision for one article inside one segment.
 *
 * @param story the story id local to the segment ({@code "s"} + its opener's id)
 * @param warmup true when the article was warm-up here (its own segment is the previous one)
 */
public record SegmentAssignment(long segment, String id, String story, boolean warmup, boolean opened,
    double similarity, long time, long pos) {

  /** Key of the (segment, local story) pair. */
  public String storyKey() {
    return storyKey(segment, story);
  }

  /** Key of story {@code story} local to {@code segment}. */
  public static String storyKey(long segment, String story) {
    return segment + "|" + story;
  }
}
