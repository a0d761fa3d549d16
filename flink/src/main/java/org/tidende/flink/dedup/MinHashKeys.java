package org.tidende.flink.dedup;

import java.util.Arrays;
import java.util.Objects;
import org.tidende.cluster.Hashing;
import org.tidende.dedup.DedupConfig;
import org.tidende.dedup.Fingerprint;
import org.tidende.dedup.Fingerprinter;

/**
 * The duplicate stage's keys and checks, made by core's {@link Fingerprinter} under a {@link
 * DedupConfig}, so the backfill's duplicate groups are the single-machine ones by construction:
 * the same boilerplate stripping, shingles, MinHash signature, LSH band keys, exact-text hash and
 * headline hash, and the same length-aware threshold. Key kinds: {@code 0..bands-1} the LSH bands,
 * then the exact-text key, then the headline key. Near-duplicate similarity compares the 16-bit
 * MinHash values the single-machine index stores (exact Jaccard for short texts), as it does.
 */
public final class MinHashKeys implements NearDuplicateKeys {
  private static final long serialVersionUID = 2L;
  private static final long EXACT_SALT = 0x3C6EF372FE94F82BL;
  private static final long TITLE_SALT = 0xA54FF53A5F1D36F1L;

  private final DedupConfig config;
  private transient Fingerprinter fingerprinter;

  /** Core's {@code DedupConfig.defaults()}. */
  public static MinHashKeys defaults() {
    return new MinHashKeys(DedupConfig.defaults());
  }

  public MinHashKeys(DedupConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /** Key kinds: {@code 0..bands-1} the LSH bands, then the exact-text key, then the headline key. */
  public int exactKind() {
    return config.bands();
  }

  public int headlineKind() {
    return config.bands() + 1;
  }

  @Override
  public int scanCap() {
    return config.bucketScanCap();
  }

  @Override
  public DuplicateSketch sketch(String title, String text) {
    if (fingerprinter == null) {
      fingerprinter = new Fingerprinter(config); // transient: rebuilt after deserialisation in a task
    }
    Fingerprint f = fingerprinter.fingerprint(title, text);
    int bands = config.bands();
    long[] keys = new long[0];
    if (!f.isEmpty()) {
      keys = Arrays.copyOf(f.bandKeys(), bands + 2);
      keys[bands] = f.exactHash() ^ EXACT_SALT;
      keys[bands + 1] = f.titleTokens() >= config.minHeadlineTokens() ? f.titleHash() ^ TITLE_SALT : 0;
    }
    return new DuplicateSketch(f.exactHash(), f.titleHash(), f.titleTokens(), f.tokens(), f.minHashes(),
        f.shingles(), keys);
  }

  @Override
  public DuplicateMatch verify(int kind, DuplicateSketch earlier, long earlierTime, DuplicateSketch later, long laterTime) {
    if (earlier.isEmpty() || later.isEmpty()) {
      return null;
    }
    if (kind == exactKind()) {
      return earlier.exactHash() == later.exactHash() ? new DuplicateMatch(DuplicateMatch.Kind.EXACT, 1.0) : null;
    }
    if (kind == headlineKind()) {
      boolean same = later.titleTokens() >= config.minHeadlineTokens() && earlier.titleHash() == later.titleHash()
          && Math.abs(earlierTime - laterTime) <= config.headlineWindowSeconds();
      return same ? new DuplicateMatch(DuplicateMatch.Kind.HEADLINE, Math.min(1, similarity(earlier, later))) : null;
    }
    double sim = similarity(earlier, later);
    return sim >= config.thresholdFor(Math.min(earlier.tokens(), later.tokens()))
        ? new DuplicateMatch(DuplicateMatch.Kind.NEAR, Math.min(1, sim)) : null;
  }

  /** Exact Jaccard of two short texts, else the share of equal 16-bit MinHash values (as the index stores them). */
  static double similarity(DuplicateSketch a, DuplicateSketch b) {
    if (a.shingles() != null && b.shingles() != null) {
      return Fingerprint.exactJaccard(a.shingles(), b.shingles());
    }
    int eq = 0;
    int[] x = a.minHashes();
    int[] y = b.minHashes();
    for (int i = 0; i < x.length; i++) {
      if ((short) x[i] == (short) y[i]) {
        eq++;
      }
    }
    return (double) eq / x.length;
  }

  /** The 64-bit finaliser the rest of Tidende mixes hashes with. */
  static long mix(long h) {
    return Hashing.mix(h);
  }
}
