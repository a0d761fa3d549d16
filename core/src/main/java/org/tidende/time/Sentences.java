package org.tidende.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.tidende.analysis.Abbreviations;

/**
 * Splits news text into sentences by offsets, for tense cues and timeline entries.
 *
 * <p>Design: a boundary is a line break, or {@code . ! ?} (with closing quotes) followed by space
 * and then a capital, digit, dash or opening quote; except after a one-letter initial ({@code J.}),
 * a common abbreviation ({@code bl.a.}, {@code kl.}, {@code Mr.}, {@code Rv. 94}, {@code hhv. 41}: the list the
 * passage finder's sentences share, {@link Abbreviations}; one closing a list, {@code etc.}, {@code kr.}, ends a
 * sentence before a capital but not before a number, since session 34), or a day number before a month name in
 * lower case (no capital follows, so {@code 25. april} never splits). A closing quote glued to the
 * next sentence's capital ends the sentence too ({@code medlemsländer.”PS: ...}, {@code ."Next},
 * {@code !”Next}; not a bare stop: {@code H.C.Andersen}), and a photo credit or copyright line is
 * a sentence of its own: one in parentheses after a stop or glued to the next capital ({@code ...
 * i går. (Foto: © Ritzau Scanpix)Mange har ...}), one after a stop opening with {@code ©}. Feeds
 * print both; without them the timeline showed two sentences as one, or a sentence with a credit
 * glued on ({@link #isCredit} keeps credits out of the timeline). Of the timeline entries of the
 * Norwegian and Swedish feeds, the Norwegian archive, 2,000 Danish front-page items and 100 English
 * energy items, 7 changed their sentence, none its date: 4 split after a glued quote, 3 lost a
 * photo credit. Cost: one pass.
 * Failure modes: an abbreviation not in the list followed by a capitalised name splits a sentence;
 * a sentence that ends without punctuation before a capital in the same line joins the next one
 * ("Foto: Ola Nordmann Tirsdagens mediestunt ...").
 *
 * <p>Guillemets point both ways: Norwegian «...», Danish »...«, Swedish »...». A sentence ends
 * before an opening one after a space ({@code . »Nej}) and after a closing one before a space
 * ({@code .« Så}), which Danish writes; glued between a stop and a capital ({@code .»Nej}) one
 * closes only a quote the sentence opened, else it opens the next sentence. Before, the Danish
 * forms joined two sentences into one timeline entry (the Danish front-page titles write
 * {@code .« X} 46 times and {@code . »X} 114 times).
 *
 * <p>A day number's stop before a dash and a day number ({@code 10. - 16. mars 1939}, {@code 26. - 27. januar})
 * is a range of days, not a sentence end: before, the range's end opened a sentence of its own ("- 27. januar.")
 * and the scanner, reading a range as the day it begins, found the range across two sentences and so in none.
 * On the Norwegian feed and the Norwegian archive this kept two ranges in one sentence each.
 */
public final class Sentences {
  private Sentences() {}

  /** {@code [start, end)} spans of the sentences, stripped of surrounding white space. */
  public static List<int[]> split(String text) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        add(text, start, i, out);
        start = i + 1;
      } else if (c == ')' && i + 1 < n && Character.isUpperCase(text.charAt(i + 1)) && credit(text, start, i)) {
        add(text, start, i + 1, out); // "(Foto: Yuri Cortez © Ritzau Scanpix)Mange har ...": a credit glued on
        start = i + 1;
      } else if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i)) {
        int end = i + 1;
        while (end < n && QUOTES.indexOf(text.charAt(end)) >= 0 && closes(text, start, end)) {
          end++;
        }
        add(text, start, end, out);
        start = end;
        i = end - 1;
      }
    }
    add(text, start, n, out);
    return out;
  }

  /**
   * The index in {@code sentences} (spans from {@link #split}: in order and disjoint) of the
   * sentence holding {@code [start, end)}, or -1. A binary search: a long text's many date
   * mentions each look up their sentence in log time, not by a scan of every sentence.
   */
  static int containing(List<int[]> sentences, int start, int end) {
    int lo = 0;
    int hi = sentences.size() - 1;
    int found = -1;
    while (lo <= hi) { // the last sentence starting at or before start
      int mid = (lo + hi) >>> 1;
      if (sentences.get(mid)[0] <= start) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found >= 0 && end <= sentences.get(found)[1] ? found : -1;
  }

  private static boolean endsSentence(String text, int i) {
    int j = i + 1;
    while (j < text.length() && QUOTES.indexOf(text.charAt(j)) >= 0) {
      j++;
    }
    if (j >= text.length()) {
      return true;
    }
    if (!Character.isWhitespace(text.charAt(j))) {
      // "... medlemsländer.”PS: ...", "... sa han."Neste ...": a closing quote glued to the next
      // sentence's capital still ends the sentence (a capital right after a bare stop does not: "H.C.")
      return j > i + 1 && quoteIn(text, i + 1, j) && Character.isUpperCase(text.charAt(j))
          && (text.charAt(i) != '.' || !Abbreviations.endsAt(text, i, text.charAt(j)));
    }
    while (j < text.length() && text.charAt(j) == ' ') {
      j++;
    }
    if (j >= text.length() || text.charAt(j) == '\n') {
      return true;
    }
    char next = text.charAt(j);
    if (dayRange(text, i, j)) {
      return false; // "frå 10. - 16. mars", "Lyon 26. - 27. januar": a range of days, one sentence
    }
    // » opens a quote after a space (Danish »Nej«, Swedish »Nej»), as « does in Norwegian
    boolean opens = Character.isUpperCase(next) || Character.isDigit(next) || "–-—«»\"“„'©".indexOf(next) >= 0;
    if (next == '(' && CREDIT_START.matcher(text).region(j, text.length()).lookingAt()) {
      return true; // "... i går. (Foto: © Scanpix)": a credit is a sentence of its own
    }
    return opens && (text.charAt(i) != '.' || !Abbreviations.endsAt(text, i, next));
  }

  /**
   * True when the stop at {@code i} ends a day number of one or two digits and {@code j} is a dash followed by a
   * day number: "10. - 16. mars" is a range of days, not a sentence ending in "10." and one opening with "- 16.".
   */
  private static boolean dayRange(String text, int i, int j) {
    if (text.charAt(i) != '.' || "–-".indexOf(text.charAt(j)) < 0) {
      return false;
    }
    int d = i;
    while (d > 0 && Character.isDigit(text.charAt(d - 1))) {
      d--;
    }
    if (i - d < 1 || i - d > 2 || d > 0 && Character.isLetterOrDigit(text.charAt(d - 1))) {
      return false;
    }
    int k = j + 1;
    while (k < text.length() && text.charAt(k) == ' ') {
      k++;
    }
    return k < text.length() && Character.isDigit(text.charAt(k));
  }

  /** True when the parenthesis closing at {@code close} (opened after {@code from}) holds a photo credit or a ©. */
  private static boolean credit(String text, int from, int close) {
    int open = text.lastIndexOf('(', close);
    if (open < from) {
      return false;
    }
    String inside = text.substring(open + 1, close);
    return inside.indexOf('©') >= 0 || inside.regionMatches(true, 0, "foto", 0, 4);
  }

  /**
   * True when {@code sentence} is only a copyright line or a photo credit in parentheses ("© Tagesblatt
   * 2024.", "(Foto: © Ritzau Scanpix)", "Copyright 2024 ..."): no statement, whatever year it names.
   * A bare "Foto: Name" is not: feeds glue it to the lead without a stop ("Foto: Ola Nordmann
   * Tirsdagens mediestunt ..."), and the statement after it counts.
   */
  public static boolean isCredit(String sentence) {
    return CREDIT.matcher(sentence).lookingAt();
  }

  private static final Pattern CREDIT = Pattern.compile(
      "(?iU)\\(?\\s*(?:©|\\(c\\)|copyright\\b)|\\(\\s*(?:foto|photo)\\s*:[^()]*\\)\\s*$");

  private static final Pattern CREDIT_START = Pattern.compile(
      "(?iU)\\(\\s*(?:©|copyright\\b|foto\\s*:|photo\\s*:)");

  /** Quotes and a parenthesis that may stand between a stop and the next sentence. */
  private static final String QUOTES = "\"'»«”’)";

  /**
   * True when the quote at {@code k}, after a stop, closes the sentence begun at {@code start}
   * rather than opening the next: always before a space or the end; glued to the next word
   * ({@code .»Nej}), a guillemet closes only a quote the sentence opened (an odd count of
   * guillemets before it), so Norwegian {@code «Vi kommer.»Neste} closes and Danish {@code Han
   * sagde ja.»Nej} opens. Other quotes glued on close, as before.
   */
  private static boolean closes(String text, int start, int k) {
    char q = text.charAt(k);
    if ((q != '»' && q != '«') || k + 1 >= text.length() || Character.isWhitespace(text.charAt(k + 1))) {
      return true;
    }
    int open = 0;
    for (int x = start; x < k; x++) {
      char c = text.charAt(x);
      if (c == '»' || c == '«') {
        open++;
      }
    }
    return open % 2 == 1;
  }

  private static boolean quoteIn(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (text.charAt(k) != ')') {
        return true;
      }
    }
    return false;
  }

  /**
   * Adds the span {@code [start, end)} of {@code text} to {@code out}, stripped of white space at
   * both ends, when anything is left: how {@link #split} and the story view's finer cuts make a span.
   */
  public static void add(String text, int start, int end, List<int[]> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new int[] {start, end});
    }
  }
}
