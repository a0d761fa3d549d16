package org.tidende.story;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits news text into sentences with character offsets: at {@code . ! ?} (and closing quotes
 * after them) followed by white space and an upper-case letter, digit, dash or quote, and at
 * paragraph breaks; a short line without final punctuation (a sub-heading) is its own sentence.
 * Abbreviations such as "bl.a." or "Dr." followed by a lower-case word do not split. Stateless.
 */
final class Sentences {
  private Sentences() {}

  /** A sentence and its span in the text (end exclusive). */
  record Span(int start, int end, String text) {}

  static List<Span> split(String text) {
    List<Span> out = new ArrayList<>();
    int n = text.length();
    int start = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean para = c == '\n';
      boolean end = false;
      int cut = i + 1;
      if (c == '.' || c == '!' || c == '?' || c == '…') {
        int j = i + 1;
        while (j < n && "\"»”’')".indexOf(text.charAt(j)) >= 0) {
          j++;
        }
        int k = j;
        while (k < n && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
          k++;
        }
        if (k == n || (k > j && startsSentence(text.charAt(k))) || (k < n && text.charAt(k) == '\n')) {
          end = true;
          cut = j;
        }
      }
      if (para || end) {
        add(out, text, start, para ? i : cut);
        start = para ? i + 1 : cut;
      }
    }
    add(out, text, start, n);
    return out;
  }

  private static boolean startsSentence(char c) {
    return Character.isUpperCase(c) || Character.isDigit(c) || "–—-«\"“'".indexOf(c) >= 0;
  }

  private static void add(List<Span> out, String text, int from, int to) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    if (to > from) {
      out.add(new Span(from, to, text.substring(from, to)));
    }
  }
}
