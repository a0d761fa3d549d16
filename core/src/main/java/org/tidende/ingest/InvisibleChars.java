package org.tidende.ingest;

/**
 * Invisible formatting characters that sources leave inside words: the soft hyphen (U+00AD,
 * {@code &shy;}, a line-break hint that Norwegian and Danish feeds put in long compounds:
 * "trafikk&shy;ulykke"), the zero-width space (U+200B), the word joiner (U+2060) and a stray byte
 * order mark (U+FEFF). Left in, they make "trafikk&shy;ulykke" a different word from "trafikkulykke"
 * for analysis, near-duplicate detection and search; every reader drops them. Zero-width joiners
 * and non-joiners are kept: some scripts need them.
 */
public final class InvisibleChars {
  private InvisibleChars() {}

  /** Whether {@code c} is one of the characters dropped. */
  public static boolean isInvisible(int c) {
    return c == '\u00ad' || c == '\u200b' || c == '\u2060' || c == '\ufeff';
  }

  /** {@code s} without them (the same instance when it has none). */
  public static String strip(String s) {
    if (s == null) {
      return null;
    }
    int i = 0;
    while (i < s.length() && !isInvisible(s.charAt(i))) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    b.append(s, 0, i);
    for (; i < s.length(); i++) {
      if (!isInvisible(s.charAt(i))) {
        b.append(s.charAt(i));
      }
    }
    return b.toString();
  }
}
