package org.tidende.flink.live;

/** An element with an id, the tie-breaker of event-time order (equal times sort by id). */
public interface Identified {
  String id();
}
