package org.tidende.ingest;

import java.util.Objects;
import java.util.Optional;

/**
 * A count of one kind of problem in one input, of which the first {@value #SHOWN} are reported one
 * by one and the rest only counted, then closed by one line saying how many more: "4 more
 * unreadable date(s) in this input, 9 in all". So a file with 50,000 unreadable dates says six
 * lines, not 50,000, and each of the six is specific. Used by {@link UnreadableFields}, {@link
 * JsonLinesReader} and the command line's reports of rejected items.
 *
 * <p>Not thread-safe: one per input and kind, counted on the thread that reads the input.
 */
public final class Tally {
  /** Problems of one kind reported one by one per input; the rest are counted. */
  public static final int SHOWN = 5;

  private final String what;
  private int count;

  /** @param what names the problems in the closing line: "unreadable date(s) in this input" */
  public Tally(String what) {
    this.what = Objects.requireNonNull(what, "what");
  }

  /** Counts one more; true when it is one of the first {@value #SHOWN}, to be reported one by one. */
  public boolean add() {
    return ++count <= SHOWN;
  }

  /** Problems counted so far. */
  public int count() {
    return count;
  }

  /**
   * The closing line once more than {@value #SHOWN} were counted: "{more} more {what}, {all} in
   * all" ("4 more unreadable date(s) in this input, 9 in all"); empty when every one was reported.
   */
  public Optional<String> closing() {
    return count > SHOWN ? Optional.of((count - SHOWN) + " more " + what + ", " + count + " in all") : Optional.empty();
  }
}
