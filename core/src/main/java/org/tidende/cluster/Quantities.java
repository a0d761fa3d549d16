package org.tidende.cluster;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counted things written in a text ("23 pirates", "26 Somali pirates" is not taken, "6.1 magnitude",
 * "130 dræbte"), as keys {@code q<number>_<unit prefix>} ({@code q23_pirat}): the number with the
 * first five letters of the word after it. Two events of the same kind share their vocabulary and
 * often their units but rarely their counts, so a shared quantity is strong evidence of the same
 * event, where a bare shared number ("2") is weak.
 *
 * <p>Method: one regular expression, number then one word, over the first {@value #MAX_CHARS}
 * characters. The five-letter prefix is a crude language-neutral stem (pirate, pirates; dræbte,
 * dræbt). Cost: linear in the scanned text. Failure modes: units written before the number
 * ("magnitude 6.1") and counts written as words are missed; adjectives between number and noun give
 * a different unit; scores and ages ("won 3 games") are counted as quantities too, which is harmless
 * evidence of the same event.
 */
final class Quantities {
  static final int MAX_CHARS = 4_000;
  private static final Pattern QUANTITY = Pattern.compile(
      "(?u)(?<![\\p{L}\\d.,])(\\d+(?:[.,]\\d+)?)\\s{1,2}(\\p{L}{3,})");

  private Quantities() {}

  /** Quantity keys in {@code text}, in order of first appearance, without repeats. */
  static List<String> of(String text) {
    String t = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    Set<String> out = new LinkedHashSet<>();
    Matcher m = QUANTITY.matcher(t);
    while (m.find()) {
      String unit = m.group(2).toLowerCase(Locale.ROOT);
      out.add("q" + m.group(1).replace(',', '.') + "_" + unit.substring(0, Math.min(5, unit.length())));
    }
    return List.copyOf(out);
  }
}
