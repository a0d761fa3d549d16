package org.tidende.dedup;

/**
 * Seeded 64-bit hashing of words: FNV-1a over the UTF-16 units, finished with the MurmurHash3
 * 64-bit finaliser so every bit of the result depends on every input bit. Never {@code
 * Object.hashCode}, so results are the same on any JVM.
 */
final class Hashing {
  private Hashing() {}

  /** MurmurHash3 fmix64. */
  static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  /** Hash of chars {@code [from, to)} of a buffer. */
  static long word(char[] buf, int from, int to, long seed) {
    long h = 0xcbf29ce484222325L ^ seed;
    for (int i = from; i < to; i++) {
      h ^= buf[i];
      h *= 0x100000001b3L;
    }
    return mix(h ^ (to - from));
  }
}
