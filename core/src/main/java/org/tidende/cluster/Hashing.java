package org.tidende.cluster;

/**
 * Seeded 64-bit string hashing (a MurmurHash3-style finaliser over UTF-16 code units), so sketches
 * and indexes give the same answers on every machine and run, unlike {@code String.hashCode} mixing
 * in a {@code HashMap}. Stateless.
 */
public final class Hashing {
  private Hashing() {}

  /** 64-bit hash of {@code s} under {@code seed}. */
  public static long hash64(CharSequence s, long seed) {
    long h = seed ^ (s.length() * 0x9E3779B97F4A7C15L);
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0xff51afd7ed558ccdL;
      h ^= h >>> 29;
    }
    return mix(h);
  }

  /** The MurmurHash3 fmix64 finaliser. */
  public static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
