package org.tidende.flink.dedup;

/** An article's duplicate sketch with its place in duplicate order (event time, input position). */
public record SketchedRow(String id, long time, long pos, DuplicateSketch sketch) {}
