/**
 * Exact and near-duplicate detection.
 *
 * <p>{@link org.tidende.dedup.NearDuplicateIndex} is the streaming stage: {@code add(id, title,
 * text, eventTime)} answers {@link org.tidende.dedup.DuplicateVerdict} ({@code Unique} or {@code
 * Duplicate(of, similarity, match)}) and keeps at most {@code maxItems} items, evicting by event
 * time too. {@link org.tidende.dedup.DuplicateGrouping#group} turns a batch of articles into
 * {@link org.tidende.dedup.DuplicateGroup}s (canonical, copies, sources). {@link
 * org.tidende.dedup.Fingerprinter} is pure and may run on many threads; {@link
 * org.tidende.dedup.AllPairsJaccard} is the exact join used as ground truth.
 */
package org.tidende.dedup;
