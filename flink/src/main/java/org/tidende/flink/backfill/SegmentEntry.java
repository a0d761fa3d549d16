package org.tidende.flink.backfill;

import org.tidende.flink.rows.AnalyzedRow;

/**
 * An analysed article sent to a time segment: as one of its own articles, or as warm-up (an
 * article of the previous segment's last days, replayed first to rebuild the open stories).
 */
public record SegmentEntry(long segment, boolean warmup, AnalyzedRow row) {}
