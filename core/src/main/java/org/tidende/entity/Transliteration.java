package org.tidende.entity;

import java.util.HashMap;
import java.util.Map;

/**
 * Cyrillic and Greek letters to Latin, for name keys only.
 *
 * <p>Design: a plain letter table, close to the English/ISO-9-lite scheme ({@code ш → sh},
 * {@code х → kh}, {@code й → j}, {@code ю → ju}). The exact scheme matters little because the
 * output then goes through {@link SpellingFold}, which folds the many Latin spellings newsrooms use
 * ({@code sh/sj/sch}, {@code j/y}, {@code w/v}) to one form; the table only has to land in that
 * same basin. Cost: one pass, one table lookup per character. Failure modes: soft and hard signs
 * are dropped, so a few names that differ only in them meet; Ukrainian and Russian spellings of the
 * same name ({@code Володимир/Владимир}) stay apart, as they should. References: ISO 9:1995,
 * BGN/PCGN romanisation of Russian and Greek.
 */
final class Transliteration {
  private Transliteration() {}

  private static final Map<Character, String> TABLE = table();

  /** The input with Cyrillic and Greek letters romanised; other characters unchanged. */
  static String toLatin(String lower) {
    StringBuilder sb = null;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      String repl = (c >= 0x0370 && c <= 0x04FF) ? TABLE.get(c) : null;
      if (repl != null && sb == null) {
        sb = new StringBuilder(lower.length() + 8).append(lower, 0, i);
      }
      if (sb != null) {
        sb.append(repl != null ? repl : String.valueOf(c));
      }
    }
    return sb == null ? lower : sb.toString();
  }

  private static Map<Character, String> table() {
    String[] pairs = {
      // Russian, then the Ukrainian, Belarusian and Serbian extras.
      "а", "a", "б", "b", "в", "v", "г", "g", "д", "d", "е", "e", "ё", "e", "ж", "zh", "з", "z",
      "и", "i", "й", "j", "к", "k", "л", "l", "м", "m", "н", "n", "о", "o", "п", "p", "р", "r",
      "с", "s", "т", "t", "у", "u", "ф", "f", "х", "kh", "ц", "ts", "ч", "ch", "ш", "sh",
      "щ", "shch", "ъ", "", "ы", "y", "ь", "", "э", "e", "ю", "ju", "я", "ja",
      "і", "i", "ї", "ji", "є", "je", "ґ", "g", "ў", "u", "ђ", "dj", "ј", "j", "љ", "lj", "њ", "nj",
      "ћ", "c", "џ", "dz",
      // Greek (lower case; accents are folded by NFD before this table is used).
      "α", "a", "β", "v", "γ", "g", "δ", "d", "ε", "e", "ζ", "z", "η", "i", "θ", "th", "ι", "i",
      "κ", "k", "λ", "l", "μ", "m", "ν", "n", "ξ", "ks", "ο", "o", "π", "p", "ρ", "r", "σ", "s",
      "ς", "s", "τ", "t", "υ", "i", "φ", "f", "χ", "kh", "ψ", "ps", "ω", "o",
    };
    HashMap<Character, String> m = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i].charAt(0), pairs[i + 1]);
    }
    return Map.copyOf(m);
  }
}
