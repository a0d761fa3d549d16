package org.tidende.flink.dedup;

/**
 * What the duplicate stage keeps of one text: hashes only. Plain fields for Flink's POJO
 * serializer; arrays are not copied, so treat them as read-only.
 *
 * @param exactHash hash of the normalised word sequence (0 for an empty text)
 * @param titleHash hash of the normalised title words (0 without title words)
 * @param titleTokens words in the title
 * @param tokens words in title and text
 * @param minHashes the MinHash signature
 * @param shingles sorted distinct shingle hashes of a short text, or null for longer texts
 * @param keys blocking keys by kind (see {@link NearDuplicateKeys}); 0 means "no key of this
 *     kind"; empty for an empty text
 */
public record DuplicateSketch(long exactHash, long titleHash, int titleTokens, int tokens, int[] minHashes,
    long[] shingles, long[] keys) {

  /** True when no word was left: such texts are never duplicates of anything. */
  public boolean isEmpty() {
    return tokens == 0;
  }
}
