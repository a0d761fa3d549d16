package org.tidende.langid;

/**
 * Turns text into the hashed features both language-ID stages score; the trainer and the identifier
 * share this class, so a model is always read with the features it was built from.
 *
 * <p>Design. Text is lower-cased code unit by code unit ({@link Character#toLowerCase(char)}, which
 * does not depend on the default locale) and cut into words at every non-letter. Two feature sets
 * come out of the words:
 *
 * <ul>
 *   <li><b>Stage 1 (“letters”)</b>: every character n-gram of orders 1–5 inside a word, with no
 *       word-boundary marks. This is the definition used by Lingua's published n-gram tables, so
 *       tables counted here from our corpora and tables converted from Lingua are comparable.
 *   <li><b>Stage 2 (“words”)</b>: n-grams of orders 1–5 of the word padded with a boundary mark on
 *       each side ({@code _ikkje_} gives {@code _ik}, {@code kje_} …), plus the whole word as a
 *       feature of its own. Boundaries and whole words carry most of the Nynorsk / Bokmål / Danish /
 *       Swedish signal ({@code -ar} plurals, {@code ikkje}, {@code af}, {@code och}).
 * </ul>
 *
 * Each feature is a 64-bit FNV-1a hash over its characters, with a different seed per kind, finished
 * by the MurmurHash3 64-bit mixer. Hashes are seeded constants, so the same text gives the same
 * features on any JVM. Words longer than {@link #MAX_WORD} are cut (they are URLs, hashes or
 * compounds that add little); no more than {@code maxChars} input characters are read.
 *
 * <p>Cost: one pass over the text, no allocation besides the caller's sinks; about 10 hash steps
 * per letter. Failure modes: scripts without letters (CJK is letters, but untrained, so it scores
 * nothing) fall through to “no features”, which the identifier reports as {@code und}.
 */
final class TextFeatures {
  static final int MAX_ORDER = 5;
  static final int MAX_WORD = 24;
  static final char BOUNDARY = '_';
  /** Flag added to the order of a word-stage n-gram that starts at the word's leading boundary. */
  static final int PREFIX = 8;
  /** Flag added to the order of a word-stage n-gram that ends at the word's trailing boundary. */
  static final int SUFFIX = 16;
  private static final long FNV_PRIME = 0x100000001b3L;
  private static final long SEED_LETTERS = 0x6c65747465727331L;
  private static final long SEED_PADDED = 0x7061646465643221L;
  private static final long SEED_WORD = 0x776f726473213321L;

  /** Receives one hashed feature; {@code order} is 1–5 for n-grams and 0 for whole words. */
  interface Sink {
    void accept(long key, int order);
  }

  private TextFeatures() {}

  /**
   * Emits the stage-1 and stage-2 features of {@code text}; either sink may be null.
   *
   * @return the number of letters read
   */
  static int extract(CharSequence text, int maxChars, Sink letters, Sink words) {
    return extract(text, maxChars, letters, words, null);
  }

  /**
   * As {@link #extract(CharSequence, int, Sink, Sink)}, but the word-stage features of capitalised
   * words that do not start a sentence (names) go to {@code names} instead of {@code words}; with
   * {@code names} null they go to {@code words} like any other word. Names (Putin, Vladivostok) say
   * little about which Scandinavian language a text is in and, being topical, pull towards
   * whichever training corpus covered the topic, so the identifier weighs them apart. The letter
   * stage sees every word: telling Swedish from German needs every letter there is.
   */
  static int extract(CharSequence text, int maxChars, Sink letters, Sink words, Sink names) {
    char[] word = new char[MAX_WORD + 2];
    int len = 0;
    int letterCount = 0;
    boolean capital = false;
    boolean sentenceStart = true;
    boolean startOfThisWord = true;
    int end = Math.min(text.length(), maxChars);
    for (int i = 0; i <= end; i++) {
      char c = i < end ? text.charAt(i) : ' ';
      if (Character.isLetter(c)) {
        letterCount++;
        if (len == 0) {
          capital = Character.isUpperCase(c);
          startOfThisWord = sentenceStart;
        }
        if (len < MAX_WORD) {
          word[++len] = Character.toLowerCase(c);
        }
      } else {
        if (len > 0) {
          emitWord(word, len, letters, names != null && capital && !startOfThisWord ? names : words);
          len = 0;
          sentenceStart = false;
        }
        if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '–' || c == '"' || c == '«' || c == '»') {
          sentenceStart = true;
        }
      }
    }
    return letterCount;
  }

  /** The word sits in {@code w[1..len]}; {@code w[0]} and {@code w[len+1]} take the boundaries. */
  private static void emitWord(char[] w, int len, Sink letters, Sink words) {
    if (letters != null) {
      for (int i = 1; i <= len; i++) {
        long h = SEED_LETTERS;
        for (int n = 1; n <= MAX_ORDER && i + n - 1 <= len; n++) {
          h = (h ^ w[i + n - 1]) * FNV_PRIME;
          letters.accept(mix(h), n);
        }
      }
    }
    if (words != null) {
      w[0] = BOUNDARY;
      w[len + 1] = BOUNDARY;
      for (int i = 0; i <= len + 1; i++) {
        long h = SEED_PADDED;
        for (int n = 1; n <= MAX_ORDER && i + n - 1 <= len + 1; n++) {
          h = (h ^ w[i + n - 1]) * FNV_PRIME;
          if (n > 1 || (i > 0 && i <= len)) {
            words.accept(mix(h), n | (i == 0 ? PREFIX : 0) | (i + n - 1 == len + 1 ? SUFFIX : 0));
          }
        }
      }
      long h = SEED_WORD;
      for (int i = 1; i <= len; i++) {
        h = (h ^ w[i]) * FNV_PRIME;
      }
      words.accept(mix(h), 0);
    }
  }

  /** Hash of a lower-case letter n-gram as stage 1 keys it (for tables read from Lingua). */
  static long letterKey(String ngram) {
    long h = SEED_LETTERS;
    for (int i = 0; i < ngram.length(); i++) {
      h = (h ^ ngram.charAt(i)) * FNV_PRIME;
    }
    return mix(h);
  }

  /** MurmurHash3 fmix64: spreads FNV's weak low bits over the whole key. */
  static long mix(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb93fe53e87ebL;
    k ^= k >>> 33;
    return k;
  }
}
