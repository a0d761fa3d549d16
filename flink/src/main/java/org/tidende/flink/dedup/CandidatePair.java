package org.tidende.flink.dedup;

/**
 * Two articles that met under one or more blocking keys, the earlier within the scan cap of the
 * later in that bucket.
 *
 * @param kinds bit set of the key kinds they met under (kinds are below 64)
 */
public record CandidatePair(String earlierId, long earlierTime, long earlierPos, String laterId, long laterTime,
    long laterPos, long kinds) {

  /** The same pair having met under the kinds of both. */
  public CandidatePair or(CandidatePair o) {
    return new CandidatePair(earlierId, earlierTime, earlierPos, laterId, laterTime, laterPos, kinds | o.kinds);
  }
}
