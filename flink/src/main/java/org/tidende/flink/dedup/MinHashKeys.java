package org.tidende.flink.dedup;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * MinHash and LSH band keys of word shingles, with the exact-text and headline keys: the near-
 * duplicate rule of core's {@code org.tidende.dedup} (branch {@code reuse}, {@code Fingerprinter},
 * {@code MinHasher}, {@code NearDuplicateIndex}), reproduced bit for bit with the same defaults and
 * seed so the distributed grouping equals the single-machine one. When that package is merged, an
 * adapter over its {@code Fingerprinter} replaces this class (see the README section on Flink).
 *
 * <p>Method. Title and text lose boilerplate ({@link BoilerplateLines}), are NFC-normalised and
 * lower-cased; every run of letters and digits is a word. Shingles are single words plus adjacent
 * pairs not crossing a sentence end, a line break or the title/text border, each a seeded 64-bit
 * hash. One-permutation MinHash with optimal densification (Li, Owen and Zhang 2012; Shrivastava
 * 2017) gives {@code numHashes} values; {@code bands} keys hash {@code rows} values each (Leskovec,
 * Rajaraman and Ullman, Mining of Massive Datasets, ch. 3.4), so pairs with Jaccard J meet in some
 * band with probability {@code 1 - (1 - J^rows)^bands}. A pair is a near duplicate when its Jaccard
 * (exact for two short texts, else the share of equal 16-bit MinHash values) reaches a threshold
 * that rises from {@code threshold} for long texts to {@code shortThreshold} for headlines.
 *
 * <p>Cost: linear in the text plus {@code O(numHashes)}. Failure modes: pairs just above the
 * threshold are missed with the probability the S-curve gives (about 2 % at 0.45 with 42 x 3);
 * heavy rewriting is out of reach of any shingle method. Stateless; thread-safe.
 */
public final class MinHashKeys implements NearDuplicateKeys {
  private static final long serialVersionUID = 1L;
  private static final long UNIGRAM_SALT = 0x5851F42D4C957F2DL;
  private static final long BIGRAM_SALT = 0x14057B7EF767814FL;
  private static final long EXACT_SALT = 0x3C6EF372FE94F82BL;
  private static final long TITLE_SALT = 0xA54FF53A5F1D36F1L;
  private static final int EXACT_SHINGLE_LIMIT = 64;

  private final int numHashes;
  private final int bands;
  private final int rows;
  private final double threshold;
  private final double shortThreshold;
  private final int shortTokens;
  private final int longTokens;
  private final int minHeadlineTokens;
  private final long headlineWindowSeconds;
  private final int scanCap;
  private final long seed;

  /** The defaults of core's {@code DedupConfig.defaults()}: 128 hashes, 42 x 3 bands, 0.45 (0.8 for headlines). */
  public static MinHashKeys defaults() {
    return new MinHashKeys(128, 42, 3, 0.45, 0.8, 8, 40, 4, 36 * 3600L, 64, 0x71de2de5L);
  }

  public MinHashKeys(int numHashes, int bands, int rows, double threshold, double shortThreshold, int shortTokens,
      int longTokens, int minHeadlineTokens, long headlineWindowSeconds, int scanCap, long seed) {
    if (numHashes < 16 || bands < 1 || rows < 1 || bands * rows > numHashes || !(threshold > 0 && threshold <= 1)
        || !(shortThreshold >= threshold && shortThreshold <= 1) || shortTokens < 0 || longTokens <= shortTokens
        || scanCap < 1) {
      throw new IllegalArgumentException("bad MinHash settings: " + numHashes + " hashes, " + bands + "x" + rows
          + " bands, thresholds " + threshold + "/" + shortThreshold + ", tokens " + shortTokens + ".." + longTokens
          + ", scan cap " + scanCap);
    }
    this.numHashes = numHashes;
    this.bands = bands;
    this.rows = rows;
    this.threshold = threshold;
    this.shortThreshold = shortThreshold;
    this.shortTokens = shortTokens;
    this.longTokens = longTokens;
    this.minHeadlineTokens = minHeadlineTokens;
    this.headlineWindowSeconds = headlineWindowSeconds;
    this.scanCap = scanCap;
    this.seed = seed;
  }

  /** Key kinds: {@code 0..bands-1} the LSH bands, then the exact-text key, then the headline key. */
  public int exactKind() {
    return bands;
  }

  public int headlineKind() {
    return bands + 1;
  }

  @Override
  public int scanCap() {
    return scanCap;
  }

  @Override
  public DuplicateSketch sketch(String title, String text) {
    Words words = new Words(seed);
    words.read(BoilerplateLines.strip(title));
    int titleTokens = words.tokens;
    long titleHash = titleTokens == 0 ? 0 : mix(words.exact ^ 0x7469746c65L);
    words.boundary = true;
    words.read(BoilerplateLines.strip(text));
    int[] sig = signature(words.shingles, words.count);
    long[] shingles = null;
    if (words.count <= 4 * EXACT_SHINGLE_LIMIT) {
      long[] sorted = Arrays.copyOf(words.shingles, words.count);
      Arrays.sort(sorted);
      int n = 0;
      for (int i = 0; i < sorted.length; i++) {
        if (i == 0 || sorted[i] != sorted[i - 1]) {
          sorted[n++] = sorted[i];
        }
      }
      shingles = n <= EXACT_SHINGLE_LIMIT ? Arrays.copyOf(sorted, n) : null;
    }
    long exact = words.tokens == 0 ? 0 : mix(words.exact ^ words.tokens);
    long[] keys = new long[0];
    if (words.tokens > 0) {
      keys = Arrays.copyOf(bandKeys(sig), bands + 2);
      keys[bands] = exact ^ EXACT_SALT;
      keys[bands + 1] = titleTokens >= minHeadlineTokens ? titleHash ^ TITLE_SALT : 0;
    }
    return new DuplicateSketch(exact, titleHash, titleTokens, words.tokens, sig, shingles, keys);
  }

  @Override
  public DuplicateMatch verify(int kind, DuplicateSketch earlier, long earlierTime, DuplicateSketch later, long laterTime) {
    if (earlier.isEmpty() || later.isEmpty()) {
      return null;
    }
    if (kind == bands) {
      return earlier.exactHash() == later.exactHash() ? new DuplicateMatch(DuplicateMatch.Kind.EXACT, 1.0) : null;
    }
    if (kind == bands + 1) {
      boolean same = later.titleTokens() >= minHeadlineTokens && earlier.titleHash() == later.titleHash()
          && Math.abs(earlierTime - laterTime) <= headlineWindowSeconds;
      return same ? new DuplicateMatch(DuplicateMatch.Kind.HEADLINE, Math.min(1, similarity(earlier, later))) : null;
    }
    double sim = similarity(earlier, later);
    return sim >= thresholdFor(Math.min(earlier.tokens(), later.tokens()))
        ? new DuplicateMatch(DuplicateMatch.Kind.NEAR, Math.min(1, sim)) : null;
  }

  /** Exact Jaccard of two short texts, else the share of equal 16-bit MinHash values (as the index stores them). */
  static double similarity(DuplicateSketch a, DuplicateSketch b) {
    if (a.shingles() != null && b.shingles() != null) {
      return exactJaccard(a.shingles(), b.shingles());
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

  double thresholdFor(int tokens) {
    if (tokens <= shortTokens) {
      return shortThreshold;
    }
    if (tokens >= longTokens) {
      return threshold;
    }
    double f = (double) (tokens - shortTokens) / (longTokens - shortTokens);
    return shortThreshold + f * (threshold - shortThreshold);
  }

  static double exactJaccard(long[] a, long[] b) {
    if (a.length == 0 && b.length == 0) {
      return 0;
    }
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      int c = Long.compare(a[i], b[j]);
      if (c == 0) {
        common++;
        i++;
        j++;
      } else if (c < 0) {
        i++;
      } else {
        j++;
      }
    }
    return (double) common / (a.length + b.length - common);
  }

  private int[] signature(long[] shingles, int count) {
    int k = numHashes;
    int[] sig = new int[k];
    boolean[] filled = new boolean[k];
    int nFilled = 0;
    for (int s = 0; s < count; s++) {
      long h = shingles[s];
      int bin = (int) (((h >>> 32) * k) >>> 32);
      int v = (int) h ^ Integer.MIN_VALUE;
      if (!filled[bin]) {
        filled[bin] = true;
        sig[bin] = v;
        nFilled++;
      } else if (v < sig[bin]) {
        sig[bin] = v;
      }
    }
    if (nFilled == 0 || nFilled == k) {
      return sig;
    }
    int[] dense = sig.clone();
    for (int i = 0; i < k; i++) {
      if (filled[i]) {
        continue;
      }
      for (int attempt = 0; ; attempt++) {
        long p = mix(seed ^ (0x9E3779B97F4A7C15L * (i + 1)) ^ ((long) attempt << 40));
        int j = (int) (((p >>> 32) * k) >>> 32);
        if (filled[j]) {
          dense[i] = sig[j];
          break;
        }
      }
    }
    return dense;
  }

  private long[] bandKeys(int[] sig) {
    long[] keys = new long[bands];
    for (int b = 0; b < bands; b++) {
      long h = seed ^ (0xC2B2AE3D27D4EB4FL * (b + 1));
      for (int r = 0; r < rows; r++) {
        h = mix(h ^ (sig[b * rows + r] & 0xFFFFFFFFL));
      }
      keys[b] = h == 0 ? 1 : h;
    }
    return keys;
  }

  static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  /** Streaming word reader: hashes words (seeded FNV-1a, mixed), builds shingles and the exact hash. */
  private static final class Words {
    final long seed;
    long[] shingles = new long[64];
    int count;
    int tokens;
    long exact = 0x243F6A8885A308D3L;
    long previous;
    boolean boundary = true;
    char[] buf = new char[32];

    Words(long seed) {
      this.seed = seed;
    }

    void read(String raw) {
      String s = Normalizer.isNormalized(raw, Normalizer.Form.NFC) ? raw : Normalizer.normalize(raw, Normalizer.Form.NFC);
      int len = 0;
      for (int i = 0; i < s.length(); ) {
        int cp = s.codePointAt(i);
        i += Character.charCount(cp);
        if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK && len > 0) {
          if (len + 2 > buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
          }
          len += Character.toChars(Character.toLowerCase(cp), buf, len);
          continue;
        }
        if (len > 0) {
          word(len);
          len = 0;
        }
        if (cp == '.' || cp == '!' || cp == '?' || cp == '\n' || cp == '\r') {
          boundary = true;
        }
      }
      if (len > 0) {
        word(len);
      }
    }

    private void word(int len) {
      long h = 0xcbf29ce484222325L ^ seed;
      for (int i = 0; i < len; i++) {
        h ^= buf[i];
        h *= 0x100000001b3L;
      }
      h = mix(h ^ len);
      tokens++;
      exact = mix(exact * 31 + h);
      add(mix(h ^ UNIGRAM_SALT));
      if (!boundary) {
        add(mix(previous * 0x9E3779B97F4A7C15L + Long.rotateLeft(h, 29) ^ BIGRAM_SALT));
      }
      previous = h;
      boundary = false;
    }

    private void add(long shingle) {
      if (count == shingles.length) {
        shingles = Arrays.copyOf(shingles, count * 2);
      }
      shingles[count++] = shingle;
    }
  }
}
