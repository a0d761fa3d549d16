package org.tidende.reuse;

import java.util.Arrays;

/**
 * Similarity of two words: 1 when their keys are equal, else the Dice coefficient of their
 * character bigrams (with word-boundary marks) when it reaches a floor, else 0.
 *
 * <p>Dice on bigrams ({@code 2|A∩B| / (|A|+|B|)}, bigrams as a multiset) is the classic string
 * similarity for spelling variants and cognates; it tolerates one changed or inserted letter in a
 * long word and little in a short one, which is what we want. Cost: O(m + n) on pre-sorted bigram
 * codes. Failure mode: short words ({@code ein}/{@code en}) rarely reach the floor; compounds that
 * another language writes in two words ({@code Koreahalvøya}/{@code Koreanske Halvø}) do not match.
 */
final class TokenSimilarity {
  private TokenSimilarity() {}

  /** Sorted bigram codes of {@code ^word$}. */
  static int[] bigrams(String folded) {
    String s = "^" + folded + "$";
    int[] out = new int[s.length() - 1];
    for (int i = 0; i + 1 < s.length(); i++) {
      out[i] = (s.charAt(i) << 16) | s.charAt(i + 1);
    }
    Arrays.sort(out);
    return out;
  }

  /** Dice coefficient of two sorted bigram multisets. */
  static double dice(int[] x, int[] y) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < x.length && j < y.length) {
      if (x[i] == y[j]) {
        common++;
        i++;
        j++;
      } else if (x[i] < y[j]) {
        i++;
      } else {
        j++;
      }
    }
    return 2.0 * common / (x.length + y.length);
  }
}
