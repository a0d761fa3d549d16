package org.tidende.reuse;

import java.util.Objects;
import org.tidende.model.ArticleId;

/**
 * A passage two texts share, exactly or approximately, in the same or another Scandinavian
 * language, or translated across language families. Offsets are UTF-16 character offsets into each {@link ReuseText#text()}, start
 * inclusive, end exclusive, from the first aligned word to the last.
 *
 * @param a the earlier text (first in the input order)
 * @param aStart start in {@code a}
 * @param aEnd end in {@code a}
 * @param b the later text
 * @param bStart start in {@code b}
 * @param bEnd end in {@code b}
 * @param score similarity of the aligned spans in (0, 1]: summed word similarity (1 for equal
 *     words after folding, the n-gram Dice for near-equal ones) over the longer span's word count;
 *     1.0 means the same words in the same order
 * @param crossLanguage true when the two texts have different known languages
 * @param translated true when the passage is a sentence and its translation found by their shared
 *     names and numbers ({@link AnchorAligner}), across language families, not by shared words; its
 *     score is then the share of anchors matched
 */
public record SharedPassage(ArticleId a, int aStart, int aEnd, ArticleId b, int bStart, int bEnd,
    double score, boolean crossLanguage, boolean translated) {
  public SharedPassage {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (aStart < 0 || aEnd <= aStart || bStart < 0 || bEnd <= bStart) {
      throw new IllegalArgumentException("bad spans a[" + aStart + "," + aEnd + ") b[" + bStart + "," + bEnd + ")");
    }
    if (!(score > 0 && score <= 1)) {
      throw new IllegalArgumentException("score " + score + " is outside (0, 1]");
    }
  }

  /** The passage's text in {@code a}, given a's text. */
  public String textInA(String aText) {
    return aText.substring(aStart, aEnd);
  }

  /** The passage's text in {@code b}, given b's text. */
  public String textInB(String bText) {
    return bText.substring(bStart, bEnd);
  }
}
