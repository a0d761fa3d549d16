package org.tidende.analysis;

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
 * Cost: one pass over the word, no allocation beyond the result.
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
    String w = word.toLowerCase(java.util.Locale.ROOT);
    StringBuilder a = new StringBuilder(w.length());
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      char next = i + 1 < w.length() ? w.charAt(i + 1) : 0;
      char next2 = i + 2 < w.length() ? w.charAt(i + 2) : 0;
      switch (c) {
        case 'æ', 'ä', 'é', 'è', 'ê', 'ë' -> a.append('e');
        case 'ø', 'ö', 'ó', 'ò', 'ô', 'œ' -> a.append('o');
        case 'å', 'á', 'à', 'â' -> a.append('a');
        case 'ü', 'ú', 'ù', 'û' -> a.append('u');
        case 'í', 'ì', 'î', 'ï', 'j', 'y' -> a.append('i');
        case 'ñ' -> a.append('n');
        case 'w' -> a.append('v');
        case 'z' -> a.append('s');
        case 'q' -> a.append('k');
        case 'x' -> a.append("ks");
        case 'c' -> {
          if (next == 'h') {
            a.append('s');
            i++;
          } else if (next == 'k') {
            a.append('k');
            i++;
          } else {
            a.append('k');
          }
        }
        case 's' -> {
          if (next == 'c' && next2 == 'h') {
            a.append('s');
            i += 2;
          } else if (next == 'h' || next == 'j') {
            a.append('s');
            i++;
          } else {
            a.append('s');
          }
        }
        case 'p' -> {
          if (next == 'h') {
            a.append('f');
            i++;
          } else {
            a.append('p');
          }
        }
        case 't' -> {
          if (next == 'h') {
            i++;
          }
          a.append('t');
        }
        case 'h' -> {
          if (i == 0 && next == 'v') {
            break; // hv- -> v-
          }
          a.append('h');
        }
        case 'a' -> {
          if (next == 'e') {
            a.append('e'); // ae as written for æ
            i++;
          } else {
            a.append('a');
            if (next == 'a') {
              i++;
            }
          }
        }
        default -> {
          if (Character.isLetterOrDigit(c)) {
            a.append(c);
          }
        }
      }
    }
    StringBuilder b = new StringBuilder(a.length());
    for (int i = 0; i < a.length(); i++) {
      char c = a.charAt(i);
      if (i > 0 && isVowel(a.charAt(i - 1))) {
        c = switch (c) {
          case 'd' -> 't';
          case 'g' -> 'k';
          case 'b' -> 'p';
          default -> c;
        };
      }
      if (b.length() > 0 && b.charAt(b.length() - 1) == c) {
        continue;
      }
      b.append(c);
    }
    if (b.length() > 3 && isVowel(b.charAt(b.length() - 1))) {
      b.setLength(b.length() - 1);
    }
    return b.toString();
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }
}
