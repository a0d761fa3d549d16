package org.tidende.time;

import java.util.ArrayList;
import java.util.List;
import org.tidende.analysis.Abbreviations;

/**
 * Splits news text into sentences by offsets, for tense cues and timeline entries.
 *
 * <p>Design: a boundary is a line break, or {@code . ! ?} (with closing quotes) followed by space
 * and then a capital, digit, dash or opening quote; except after a one-letter initial ({@code J.}),
 * a common abbreviation ({@code bl.a.}, {@code kl.}, {@code Mr.}, {@code Rv. 94}: the list the
 * passage finder's sentences share, {@link Abbreviations}), or a day number before a month name in
 * lower case (no capital follows, so {@code 25. april} never splits). Cost: one pass.
 * Failure modes: an abbreviation not in the list followed by a capitalised name splits a sentence;
 * a sentence that ends without punctuation before a capital in the same line joins the next one.
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
      } else if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i)) {
        int end = i + 1;
        while (end < n && "\"'»”’)".indexOf(text.charAt(end)) >= 0) {
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
    while (j < text.length() && "\"'»”’)".indexOf(text.charAt(j)) >= 0) {
      j++;
    }
    if (j >= text.length()) {
      return true;
    }
    if (!Character.isWhitespace(text.charAt(j))) {
      return false;
    }
    while (j < text.length() && text.charAt(j) == ' ') {
      j++;
    }
    if (j >= text.length() || text.charAt(j) == '\n') {
      return true;
    }
    char next = text.charAt(j);
    boolean opens = Character.isUpperCase(next) || Character.isDigit(next) || "–-—«\"“„'".indexOf(next) >= 0;
    return opens && (text.charAt(i) != '.' || !Abbreviations.endsAt(text, i));
  }

  private static void add(String text, int start, int end, List<int[]> out) {
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
