package org.tidende.reuse;

import java.util.Locale;
import org.tidende.model.Language;

/**
 * Folds Scandinavian spelling so the same word in Nynorsk, Bokmål, Danish and Swedish gets one
 * form, and strips common inflectional endings to give a comparison key.
 *
 * <p>Folding (lower case first): {@code æ ä → e}, {@code ø ö → o}, {@code å → a}, {@code aa → a}
 * (old Danish/Norwegian spelling), other diacritics dropped ({@code é → e}). Key: the folded word
 * without one ending from a small list shared by the four languages ({@code -ene -ane -erne -arna
 * -orna -et -en -er -ar -or -na -a -e}), longest first, keeping at least 3 letters. So {@code
 * fokuset}/{@code fokus}, {@code være}/{@code vere}, {@code møtet}/{@code mötet} get equal keys.
 *
 * <p>Why: it is the cheapest step that makes most cognates equal; what it misses (Danish soft
 * consonants {@code udvikling}/{@code utvikling}, {@code løsning}/{@code løysing}) is left to the
 * character n-gram Dice of {@link TokenSimilarity}. Failure modes: it conflates some distinct
 * words ({@code lege}/{@code lega} share the key {@code leg}), which only matters
 * inside an otherwise matching alignment; non-Scandinavian languages get lower case only.
 */
public final class ScandinavianFolding {
  private static final String[] ENDINGS = {
    "erne", "arne", "arna", "erna", "orna", "ene", "ane", "et", "en", "er", "ar", "or", "na", "a", "e"};

  private ScandinavianFolding() {}

  /** Lower-cased, folded form of a word. */
  public static String fold(String word, Language language) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (!foldable(language)) {
      return lower;
    }
    StringBuilder sb = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      switch (c) {
        case 'æ', 'ä', 'é', 'è', 'ê' -> sb.append('e');
        case 'ø', 'ö', 'ó', 'ò', 'ô' -> sb.append('o');
        case 'å', 'á', 'à', 'â' -> sb.append('a');
        case 'ü', 'ú' -> sb.append('u');
        case 'í' -> sb.append('i');
        case 'a' -> {
          if (i + 1 < lower.length() && lower.charAt(i + 1) == 'a') {
            i++;
          }
          sb.append('a');
        }
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Comparison key: the folded word without one inflectional ending. */
  public static String key(String folded, Language language) {
    if (!foldable(language)) {
      return folded;
    }
    for (String e : ENDINGS) {
      if (folded.length() - e.length() >= 3 && folded.endsWith(e)) {
        return folded.substring(0, folded.length() - e.length());
      }
    }
    return folded;
  }

  private static boolean foldable(Language language) {
    return language.isScandinavian() || !language.isKnown();
  }
}
