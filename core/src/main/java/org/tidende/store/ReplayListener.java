package org.tidende.store;

/**
 * Told how {@link Archive#open} advances, so that a server can answer "starting, 20480 of 52614
 * articles replayed" while it opens a large archive instead of keeping its port closed: first that
 * the data folder is this process's, then the replay step by step.
 *
 * <p>Called on the opening thread, between units of work (every twentieth of a step, at most 128
 * articles or stories apart: about a second on a loaded machine); an implementation should return quickly.
 * An exception thrown by a call fails the open: the folder is released (nothing of the replay is
 * committed, so the archive is as it was) and the exception propagates from {@link Archive#open}.
 * That is how a caller stops a replay it no longer wants. Not called after {@code open} returns.
 */
public interface ReplayListener {

  /** The steps of a replay, in order. */
  enum Step {
    /** The stored articles counted, and the articles the index lacks taken from the log. */
    READING,
    /**
     * The articles read from the index a page at a time and through the pipeline in arrival order:
     * clustering state and stories rebuilt, and the stories that retire meanwhile written.
     */
    CLUSTERING,
    /**
     * The views (headline, entities, passages, summary) of the stories still open rebuilt and
     * rewritten; {@code done} counts the stories written while clustering as done.
     */
    STORIES,
    /** Re-indexed articles written, the index committed, the log trimmed. */
    COMMITTING
  }

  /** Listens to nothing. */
  ReplayListener NONE = new ReplayListener() { };

  /**
   * The data folder is held by this process (another process can no longer open it); reading the
   * log and the replay follow. Called once, before any {@link #progress}.
   */
  default void locked() { }

  /**
   * {@code done} of {@code total} units of {@code step}: articles, except in {@link Step#STORIES},
   * where they are stories. Each step starts with {@code done == 0}; {@code done} never decreases
   * within a step. In {@link Step#READING} {@code total} is the articles the index and the log hold,
   * an upper bound of the articles replayed (an article may be in both); later it is exact.
   */
  default void progress(Step step, long done, long total) { }
}
