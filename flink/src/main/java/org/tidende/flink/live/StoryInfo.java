package org.tidende.flink.live;

import java.util.Arrays;

/** An open story in the threading stage's state: span and members in event order. */
public record StoryInfo(long first, long last, String[] members) {

  /** This story with one more member at {@code ts}. */
  public StoryInfo plus(String id, long ts) {
    String[] m = Arrays.copyOf(members, members.length + 1);
    m[members.length] = id;
    return new StoryInfo(Math.min(first, ts), Math.max(last, ts), m);
  }
}
