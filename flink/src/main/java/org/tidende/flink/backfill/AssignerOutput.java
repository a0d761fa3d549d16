package org.tidende.flink.backfill;

/**
 * What the ordered assigner ({@link OrderedAssigner}) emits, one type for one output: an article's
 * assignment as decided ({@link #ASSIGNED}: {@code id} joined or opened {@code story}), and at the
 * end of input the story-level revisions: an article's last move ({@link #MOVED}: {@code id} now in
 * {@code story}) and each merged story's final target ({@link #MERGED}: story {@code id} is now
 * {@code story}, merge chains already followed).
 */
public record AssignerOutput(int kind, String id, String story, boolean opened, double similarity, long time,
    long pos) {
  public static final int ASSIGNED = 0;
  public static final int MOVED = 1;
  public static final int MERGED = 2;

  /** The assignment part as the segmented stage's record (segment 0, no warm-up). */
  public SegmentAssignment assignment() {
    return new SegmentAssignment(0, id, story, false, opened, similarity, time, pos);
  }

  /** A move or merge as a renaming: an article id, or a story key of segment 0, to the story. */
  public StoryMapping mapping() {
    return new StoryMapping(kind == MERGED ? SegmentAssignment.storyKey(0, id) : id, story);
  }
}
