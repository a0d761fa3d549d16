package org.tidende.reuse;

import java.util.ArrayList;
import java.util.List;

/**
 * Smith–Waterman local alignment over words with soft word matches, repeated on the unused words
 * to find the few best non-overlapping alignments of two short token ranges (sentences).
 *
 * <p>Scoring: equal keys score their weight (1 for content words of 4+ letters or digits, 0.4 for
 * short function words, so runs of "og i på" cannot make a passage on their own); near-equal
 * words (bigram Dice ≥ {@code softDice}) score Dice times weight; any other pair −0.5; a skipped
 * word −0.5. The best-scoring cell is traced back to a fragment; its words are masked and the
 * alignment repeated (a light Waterman–Eggert), at most {@value #ROUNDS} times, while a fragment
 * scores at least {@code minFragmentScore}. Why: a quote reworded in one place ("besøket ditt" /
 * "ditt besøk", "vil ha" / "kjem til å få") should stay one alignment; the linear penalties let
 * a strong run on each side bridge such a spot, while unrelated text drifts negative.
 *
 * <p>Cost: {@code O(m n)} word comparisons per round for ranges of m and n words (sentences: a few
 * hundred cells). Failure modes: a word-order change longer than a few words splits the
 * alignment (the passage finder's chaining rejoins close fragments); compounds split differently
 * across languages score as a mismatch plus a gap.
 *
 * <p>Reference: Smith and Waterman, "Identification of common molecular subsequences", J. Mol.
 * Biol. 147, 1981; Waterman and Eggert, J. Mol. Biol. 197, 1987.
 */
final class LocalAligner {
  static final int ROUNDS = 3;
  private static final double SHORT_WEIGHT = 0.4;
  private static final double MISMATCH = -0.5;
  private static final double GAP = -0.5;

  /** One aligned piece: token ranges [from, to) in each text and its tallies. */
  record Fragment(int aFrom, int aTo, int bFrom, int bTo, int matched, int contentMatched, double simSum) {}

  private final double softDice;
  private final double minFragmentScore;

  LocalAligner(double softDice, double minFragmentScore) {
    this.softDice = softDice;
    this.minFragmentScore = minFragmentScore;
  }

  /** Similarity of word i of a and word j of b: 1 for equal keys, Dice when near-equal, else 0. */
  double similarity(TokenizedText a, int i, TokenizedText b, int j) {
    if (a.keys[i].equals(b.keys[j])) {
      return 1;
    }
    if (a.folded[i].length() < 3 || b.folded[j].length() < 3) {
      return 0;
    }
    double d = TokenSimilarity.dice(a.bigrams[i], b.bigrams[j]);
    return d >= softDice ? d : 0;
  }

  /** Up to {@value #ROUNDS} best non-overlapping fragments of a[a0,a1) against b[b0,b1). */
  List<Fragment> align(TokenizedText a, int a0, int a1, TokenizedText b, int b0, int b1) {
    int m = a1 - a0;
    int n = b1 - b0;
    double[][] sim = new double[m][n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        sim[i][j] = similarity(a, a0 + i, b, b0 + j);
      }
    }
    boolean[] usedA = new boolean[m];
    boolean[] usedB = new boolean[n];
    List<Fragment> out = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      Fragment f = best(a, a0, b, b0, sim, usedA, usedB);
      if (f == null) {
        break;
      }
      out.add(f);
      for (int i = f.aFrom() - a0; i < f.aTo() - a0; i++) {
        usedA[i] = true;
      }
      for (int j = f.bFrom() - b0; j < f.bTo() - b0; j++) {
        usedB[j] = true;
      }
    }
    return out;
  }

  private Fragment best(TokenizedText a, int a0, TokenizedText b, int b0, double[][] sim, boolean[] usedA, boolean[] usedB) {
    int m = sim.length;
    int n = m == 0 ? 0 : sim[0].length;
    double[][] h = new double[m + 1][n + 1];
    byte[][] dir = new byte[m + 1][n + 1];
    double top = 0;
    int ti = 0;
    int tj = 0;
    for (int i = 1; i <= m; i++) {
      for (int j = 1; j <= n; j++) {
        if (usedA[i - 1] || usedB[j - 1]) {
          continue;
        }
        double s = sim[i - 1][j - 1];
        double w = weight(a, a0 + i - 1, b, b0 + j - 1);
        double diag = h[i - 1][j - 1] + (s > 0 ? s * w : MISMATCH);
        double up = h[i - 1][j] + GAP;
        double left = h[i][j - 1] + GAP;
        double v = Math.max(0, Math.max(diag, Math.max(up, left)));
        h[i][j] = v;
        dir[i][j] = v == 0 ? 0 : v == diag ? (byte) 1 : v == up ? (byte) 2 : (byte) 3;
        if (v > top) {
          top = v;
          ti = i;
          tj = j;
        }
      }
    }
    return top >= minFragmentScore ? trace(a, a0, b, b0, sim, h, dir, ti, tj) : null;
  }

  private Fragment trace(TokenizedText a, int a0, TokenizedText b, int b0, double[][] sim, double[][] h, byte[][] dir, int i, int j) {
    int endI = i;
    int endJ = j;
    int matched = 0;
    int content = 0;
    double simSum = 0;
    int firstI = i;
    int firstJ = j;
    while (i > 0 && j > 0 && h[i][j] > 0) {
      byte d = dir[i][j];
      if (d == 1) {
        double s = sim[i - 1][j - 1];
        if (s > 0) {
          matched++;
          simSum += s;
          if (a.content[a0 + i - 1] && b.content[b0 + j - 1]) {
            content++;
          }
          firstI = i;
          firstJ = j;
        }
        i--;
        j--;
      } else if (d == 2) {
        i--;
      } else {
        j--;
      }
    }
    return new Fragment(a0 + firstI - 1, a0 + endI, b0 + firstJ - 1, b0 + endJ, matched, content, simSum);
  }

  private static double weight(TokenizedText a, int i, TokenizedText b, int j) {
    return a.content[i] || b.content[j] ? 1 : SHORT_WEIGHT;
  }
}
