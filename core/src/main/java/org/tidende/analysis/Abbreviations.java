package org.tidende.analysis;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a full stop ends an abbreviation or an initial rather than a sentence: shared by the
 * sentence splitters of the story's text views ({@code time.Sentences}, for the timeline and the
 * summary, and {@code reuse.TokenizedText}, for what each article adds), so that the two cut a
 * text alike. Stateless, thread-safe.
 *
 * <p>The list holds common abbreviations of the Scandinavian languages and English that a
 * capitalised word or a number often follows: {@code bl.a. Oslo}, {@code kl. 14}, {@code nr. 3},
 * {@code Mr. Smith}, and the Norwegian road numbers {@code Rv. 94} (riksvei) and {@code Fv. 30}
 * (fylkesvei). Failure mode: a sentence that really ends in one of them ({@code "... i Oslo
 * sentrum ca."}) joins the next.
 */
public final class Abbreviations {
  private Abbreviations() {}

  private static final Set<String> LIST = Set.of("bl.a", "f.eks", "dvs", "kl", "ca", "nr",
      "mr", "mrs", "ms", "dr", "st", "prof", "jf", "jfr", "mfl", "m.fl", "osv", "etc", "vs",
      "t.d", "t.ex", "bl", "e.g", "i.e", "u.s", "rv", "fv");
  /**
   * English abbreviations that are also words of these languages, counted only with a capital
   * ({@code No. 5}, {@code Sen. Warren}, {@code Gen. Milley}): Nynorsk "no" is "now", and "... å
   * slutte no. Men det er ..." ends a sentence (20 such in the Norwegian corpora, none written
   * "No." before a capital).
   */
  private static final Set<String> CAPITALISED = Set.of("No", "Sen", "Gen", "Gov", "Rep");

  /**
   * Whether the stop at {@code dot} in {@code text} ends an abbreviation in the list (the letters
   * and stops before it: {@code bl.a}, {@code Rv}, {@code kl}; but not a word in capitals, which is
   * a name: {@code DR.}, the Danish broadcaster, ends a sentence) or a one-letter initial in capitals
   * ({@code J.}, {@code H.C.}; not the Danish island {@code ø}).
   *
   * @throws IndexOutOfBoundsException when {@code dot} is not an index of {@code text}
   */
  public static boolean endsAt(String text, int dot) {
    java.util.Objects.checkIndex(dot, text.length());
    int k = dot;
    while (k > 0 && (Character.isLetter(text.charAt(k - 1)) || text.charAt(k - 1) == '.')) {
      k--;
    }
    String word = text.substring(k, dot);
    String last = word.substring(word.lastIndexOf('.') + 1);
    if (last.length() == 1 && Character.isUpperCase(last.charAt(0))) {
      return true; // "J.", "H.C. Andersen"
    }
    if (word.indexOf('.') < 0 && word.equals(word.toUpperCase(Locale.ROOT))) {
      return false; // a name in capitals: "... til DR. Han" (the Danish broadcaster), not "Dr. Hansen"
    }
    return LIST.contains(word.toLowerCase(Locale.ROOT)) || CAPITALISED.contains(word);
  }
}
