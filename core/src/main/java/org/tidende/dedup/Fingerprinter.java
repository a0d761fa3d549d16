package org.tidende.dedup;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Objects;

/**
 * Turns a title and text into a {@link Fingerprint}: boilerplate removed, words normalised, word
 * 1- and 2-shingles hashed, then MinHash and LSH band keys.
 *
 * <p>Normalisation: Unicode NFC, lower case by code point (locale-free), every run of letters and
 * digits is a word, everything else (whitespace, punctuation, symbols) only separates words. So
 * {@code "Putin–Kim: møte!"} and {@code "putin kim møte"} are the same words.
 *
 * <p>Shingling: single words plus adjacent word pairs, where pairs do not cross a sentence end
 * ({@code . ! ?}), a line break or the title/text border. Why both sizes: news is often a bare
 * 6-word headline, where 3-word shingles leave 4 features and one changed word kills half of them;
 * single words keep short texts comparable, pairs keep word order mattering for long ones, and
 * pairs that stop at sentence ends make reordered paragraphs look almost unchanged. Character
 * shingles were rejected: they make inflected forms look alike, which helps recall across editions
 * but hurts precision on headlines that differ in a name or a number.
 *
 * <p>Weighting: the similarity is a weighted Jaccard in which every word counts twice and every
 * word pair once (each word enters the set a second time under another salt). Why: a substituted
 * word removes one word but two pairs, so with equal weights a copy with 30 % of its words changed
 * keeps a Jaccard of only 0.43–0.49, at the threshold, and is missed half the time; with words
 * doubled it keeps 0.49–0.55. Measured on ECB+ (different articles on the same event, and on
 * different events of the same kind), no cross-event pair reaches 0.25 either way, and 9 more
 * same-event pairs (of 4,491) rise above 0.45, mostly reworked wire copies. Two short texts (at
 * most {@value #EXACT_SHINGLE_LIMIT} distinct plain shingles, about 32 words: headlines, leads)
 * are compared exactly on their plain sets instead: there every word is content, and weighting let
 * daily round-ups that differ only in their date ("Nyheter från dagen: 18 september ...") pass as
 * copies. A 6-word headline with one changed word scores (5 + 3) / (7 + 7) ≈ 0.57, which is why
 * {@link DedupConfig#thresholdFor} asks more of short texts. The LSH band keys are always made from
 * the plain set: the doubled words, common function words among them, would double the chance
 * candidates made of shared common words, and candidates are what the index pays for.
 *
 * <p>Cost: linear in the text (one 64-bit hash per char run, a few mixes per word, two
 * one-permutation MinHash passes) plus a sort of the shingles when
 * there are at most 4 x {@value #EXACT_SHINGLE_LIMIT} (short texts keep them for exact Jaccard). ASCII text and text already in
 * NFC skip the general Unicode paths. Stateless; thread-safe.
 */
public final class Fingerprinter {
  /** Texts with at most this many distinct word 1- and 2-shingles (about 32 words) are short: compared exactly, unweighted. */
  public static final int EXACT_SHINGLE_LIMIT = 64;
  private static final long UNIGRAM_SALT = 0x5851F42D4C957F2DL;
  private static final long UNIGRAM_SALT_2 = 0x2545F4914F6CDD1DL;
  private static final long BIGRAM_SALT = 0x14057B7EF767814FL;

  private final DedupConfig config;

  public Fingerprinter(DedupConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  public DedupConfig config() {
    return config;
  }

  /** Fingerprint of a text without a separate title. */
  public Fingerprint fingerprint(String text) {
    return fingerprint("", text);
  }

  /**
   * Fingerprint of a title and a text; either may be empty or null (read as empty). Never throws on
   * any string content.
   */
  public Fingerprint fingerprint(String title, String text) {
    Words words = new Words(config.seed(), length(title) + length(text));
    words.read(Boilerplate.strip(title));
    int titleTokens = words.tokens;
    long titleHash = titleTokens == 0 ? 0 : Hashing.mix(words.exact ^ 0x7469746c65L);
    words.boundary = true;
    words.read(Boilerplate.strip(text));
    long[] plain = Arrays.copyOf(words.shingles, words.count);
    long[] distinct = words.count <= 4 * EXACT_SHINGLE_LIMIT ? sortedDistinct(plain) : null;
    int distinctCount = distinct == null ? words.count : distinct.length;
    boolean isShort = distinct != null && distinct.length <= EXACT_SHINGLE_LIMIT;
    int[] plainSig = MinHasher.signature(plain, plain.length, config.numHashes(), config.seed());
    int[] sig = MinHasher.signature(words.weighted(), words.count + words.extraCount, config.numHashes(), config.seed());
    long[] bands = words.tokens == 0 ? new long[0]
        : MinHasher.bandKeys(plainSig, config.bands(), config.rows(), config.seed());
    long exact = words.tokens == 0 ? 0 : Hashing.mix(words.exact ^ words.tokens);
    return new Fingerprint(exact, titleHash, titleTokens, words.tokens, sig, bands, isShort ? distinct : null,
        distinctCount);
  }

  /**
   * The sorted distinct weighted shingle hashes of a title and text, whose Jaccard the fingerprint's
   * MinHash estimates: for exact Jaccard (ground truth in benchmarks, {@link AllPairsJaccard}). Two
   * short texts are compared on their plain sets instead (see the class comment).
   */
  public long[] shingles(String title, String text) {
    Words words = new Words(config.seed(), length(title) + length(text));
    words.read(Boilerplate.strip(title));
    words.boundary = true;
    words.read(Boilerplate.strip(text));
    return sortedDistinct(words.weighted());
  }

  private static long[] sortedDistinct(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[n++] = sorted[i];
      }
    }
    return Arrays.copyOf(sorted, n);
  }

  private static int length(String s) {
    return s == null ? 0 : s.length();
  }

  /** Word count of a title and text after boilerplate removal. */
  public int tokens(String title, String text) {
    Words words = new Words(config.seed(), length(title) + length(text));
    words.read(Boilerplate.strip(title));
    words.read(Boilerplate.strip(text));
    return words.tokens;
  }

  /** Streaming word reader: hashes words, builds shingles and the exact hash. */
  private static final class Words {
    final long seed;
    /** Word 1- and 2-shingles: what the LSH band keys are made of. */
    long[] shingles;
    int count;
    /** The second copy of each word 1-shingle: words weigh twice in the similarity. */
    long[] extra;
    int extraCount;
    int tokens;
    long exact = 0x243F6A8885A308D3L;
    long previous;
    boolean boundary = true;
    char[] buf = new char[32];

    /** Arrays sized for about one word per 6 chars, so typical news text never regrows them. */
    Words(long seed, int chars) {
      this.seed = seed;
      int words = Math.min(1 << 16, chars / 6 + 8);
      shingles = new long[2 * words];
      extra = new long[words];
    }

    void read(String raw) {
      String s = isBelowCombiningMarks(raw) || Normalizer.isNormalized(raw, Normalizer.Form.NFC) ? raw
          : Normalizer.normalize(raw, Normalizer.Form.NFC);
      int len = 0;
      for (int i = 0; i < s.length(); ) {
        char c = s.charAt(i);
        if (c < 128) { // ASCII fast path, same result as the general one below
          i++;
          if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') {
            if (len + 1 > buf.length) {
              buf = Arrays.copyOf(buf, buf.length * 2);
            }
            buf[len++] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            continue;
          }
          if (len > 0) {
            word(len);
            len = 0;
          }
          if (c == '.' || c == '!' || c == '?' || c == '\n' || c == '\r') {
            boundary = true;
          }
          continue;
        }
        int cp = s.codePointAt(i);
        i += Character.charCount(cp);
        if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK && len > 0) {
          len = append(len, Character.toLowerCase(cp));
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

    /**
     * True when every char is below U+0300: such text is already NFC, as every composition pairs a
     * base with a combining mark or jamo at U+0300 or above.
     */
    private static boolean isBelowCombiningMarks(String s) {
      for (int i = 0; i < s.length(); i++) {
        if (s.charAt(i) >= 0x300) {
          return false;
        }
      }
      return true;
    }

    private int append(int len, int cp) {
      if (len + 2 > buf.length) {
        buf = Arrays.copyOf(buf, buf.length * 2);
      }
      return len + Character.toChars(cp, buf, len);
    }

    private void word(int len) {
      long h = Hashing.word(buf, 0, len, seed);
      tokens++;
      exact = Hashing.mix(exact * 31 + h);
      long u = Hashing.mix(h ^ UNIGRAM_SALT);
      add(u);
      if (extraCount == extra.length) {
        extra = Arrays.copyOf(extra, extraCount * 2);
      }
      extra[extraCount++] = Hashing.mix(u ^ UNIGRAM_SALT_2);
      if (!boundary) {
        add(Hashing.mix(previous * 0x9E3779B97F4A7C15L + Long.rotateLeft(h, 29) ^ BIGRAM_SALT));
      }
      previous = h;
      boundary = false;
    }

    /** The weighted shingles: 1- and 2-shingles plus the second copies of the 1-shingles. */
    long[] weighted() {
      long[] all = Arrays.copyOf(shingles, count + extraCount);
      System.arraycopy(extra, 0, all, count, extraCount);
      return all;
    }

    private void add(long shingle) {
      if (count == shingles.length) {
        shingles = Arrays.copyOf(shingles, count * 2);
      }
      shingles[count++] = shingle;
    }
  }
}
