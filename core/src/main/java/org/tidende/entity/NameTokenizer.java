package org.tidende.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits raw text into sentences of tokens with char offsets, the way the training corpora
 * (Universal Dependencies treebanks) tokenise: words keep inner hyphens, apostrophes and
 * digit-separating dots or colons ("Mette-Marit", "d'Artagnan", "20.25"); every other punctuation
 * char is a token of its own; a final dot stays on single capital initials ("J.") and on a short
 * list of abbreviations. A sentence ends at a line break, or after {@code . ! ? …} when the next
 * token does not start with a lower-case letter.
 *
 * <p>Cost: one pass over the chars, O(n). Failure modes: abbreviations outside the list split a
 * sentence early (harmless for names unless the abbreviation is inside one); URLs and e-mail
 * addresses fall apart into several tokens. Thread-safe (stateless).
 */
public final class NameTokenizer {
  /** A token and its offsets in the input ([start, end), UTF-16 units). */
  public record Token(String text, int start, int end) {}

  private static final Set<String> ABBREVIATIONS = Set.of(
      "st", "dr", "mr", "mrs", "ms", "nr", "no", "ca", "bl.a", "f.eks", "pga", "osv", "mfl", "etc",
      "jf", "kl", "prof", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "mio", "mrd", "mill", "ref",
      "t.ex", "s.k", "dvs", "m.m", "fx", "m.fl", "evt", "ev", "gl", "sk", "adm", "dir",
      "st.meld", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "okt", "oct", "nov", "des", "dec");

  private NameTokenizer() {}

  /** Sentences of tokens; never null, empty for blank input. Null input is treated as empty. */
  public static List<List<Token>> sentences(String text) {
    List<List<Token>> out = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    List<Token> current = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
        flush(current, out);
        i++;
      } else if (Character.isWhitespace(c) || Character.isISOControl(c) || c == '\u00a0'
          || c == '\u00ad' || c == '\u200b' || c == '\ufeff') {
        i++;
      } else if (isWordChar(text, i)) {
        int end = wordEnd(text, i);
        current.add(new Token(text.substring(i, end), i, end));
        i = end;
      } else {
        int len = Character.charCount(text.codePointAt(i));
        int end = i + len;
        if (c == '.') {
          while (end < n && text.charAt(end) == '.') {
            end++;
          }
        }
        current.add(new Token(text.substring(i, end), i, end));
        i = end;
        if ((c == '.' || c == '!' || c == '?' || c == '\u2026') && sentenceEndsHere(text, i)) {
          flush(current, out);
        }
      }
    }
    flush(current, out);
    return out;
  }

  private static void flush(List<Token> current, List<List<Token>> out) {
    if (!current.isEmpty()) {
      out.add(List.copyOf(current));
      current.clear();
    }
  }

  private static boolean isWordChar(String s, int i) {
    int cp = s.codePointAt(i);
    return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
  }

  /** End of the word starting at {@code start}, keeping inner joiners and abbreviation dots. */
  private static int wordEnd(String s, int start) {
    int n = s.length();
    int i = start;
    while (i < n) {
      if (isWordChar(s, i)) {
        i += Character.charCount(s.codePointAt(i));
        continue;
      }
      char c = s.charAt(i);
      boolean inner = i + 1 < n && isWordChar(s, i + 1);
      if (inner && (c == '-' || c == '\'' || c == '\u2019' || c == '&' || c == '\u2010')) {
        i++;
      } else if (inner && (c == '.' || c == ':' || c == ',') && Character.isDigit(s.charAt(i - 1))
          && Character.isDigit(s.charAt(i + 1))) {
        i++;
      } else if (c == '.' && keepsDot(s, start, i)) {
        return i + 1;
      } else {
        break;
      }
    }
    return i;
  }

  private static boolean keepsDot(String s, int start, int dot) {
    String w = s.substring(start, dot);
    if (w.length() == 1 && Character.isUpperCase(w.charAt(0))) {
      return true; // an initial: "J. Usjakov"
    }
    return ABBREVIATIONS.contains(w.toLowerCase(Locale.ROOT));
  }

  private static boolean sentenceEndsHere(String s, int i) {
    int n = s.length();
    int j = i;
    while (j < n && (s.charAt(j) == ' ' || s.charAt(j) == '\t' || s.charAt(j) == '\u00a0')) {
      j++;
    }
    if (j == i && j < n) {
      return false; // "3.5" was handled in words; "x.y" without space is not a boundary
    }
    while (j < n && "\"'»«”“)]".indexOf(s.charAt(j)) >= 0) {
      j++;
    }
    return j >= n || !Character.isLowerCase(s.codePointAt(j));
  }
}
