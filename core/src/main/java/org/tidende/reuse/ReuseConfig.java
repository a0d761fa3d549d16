package org.tidende.reuse;

import java.util.ArrayList;
import java.util.List;

/**
 * Settings of passage finding, validated once; every problem is reported together.
 *
 * @param minTokens a passage needs at least this many aligned word pairs
 * @param minContentTokens ... of which at least this many are content words (4+ letters)
 * @param minScore lowest passage {@link SharedPassage#score} reported, in (0, 1]
 * @param softDice word pairs whose character-bigram Dice (after folding) reaches this count as
 *     near-equal ({@code løysing}/{@code løsning} 0.63, {@code utvikling}/{@code udvikling} 0.8)
 * @param maxGapTokens fragments closer than this in both texts join one passage
 * @param coveredFraction for {@link Additions}: a sentence is old when at least this fraction of its
 *     words lies in passages shared with earlier texts
 */
public record ReuseConfig(int minTokens, int minContentTokens, double minScore, double softDice,
    int maxGapTokens, double coveredFraction) {

  public ReuseConfig {
    List<String> problems = new ArrayList<>();
    if (minTokens < 2) {
      problems.add("minTokens " + minTokens + " must be >= 2");
    }
    if (minContentTokens < 0 || minContentTokens > minTokens) {
      problems.add("minContentTokens " + minContentTokens + " must be in 0..minTokens");
    }
    if (!(minScore > 0 && minScore <= 1)) {
      problems.add("minScore " + minScore + " is outside (0, 1]");
    }
    if (!(softDice > 0 && softDice < 1)) {
      problems.add("softDice " + softDice + " is outside (0, 1)");
    }
    if (maxGapTokens < 0) {
      problems.add("maxGapTokens " + maxGapTokens + " must be >= 0");
    }
    if (!(coveredFraction > 0 && coveredFraction <= 1)) {
      problems.add("coveredFraction " + coveredFraction + " is outside (0, 1]");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("bad reuse config: " + String.join("; ", problems));
    }
  }

  /** Defaults: 5 words (3 of them content words), score 0.5, Dice 0.6, gaps up to 4 words, sentences half covered. */
  public static ReuseConfig defaults() {
    return new ReuseConfig(5, 3, 0.5, 0.6, 4, 0.5);
  }

  public ReuseConfig withMinTokens(int n) {
    return new ReuseConfig(n, Math.min(minContentTokens, n), minScore, softDice, maxGapTokens, coveredFraction);
  }
}
