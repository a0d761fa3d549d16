package org.tidende.reuse;

import java.util.List;
import java.util.Objects;
import org.tidende.model.ArticleId;

/**
 * What one article of a story adds to the articles before it.
 *
 * @param id the article
 * @param newSentences sentences not found, exactly or approximately, in any earlier article (in
 *     text order; offsets from the first to the last word of the sentence, with the quotation
 *     marks written against them and the closing stops: {@code »Holder den aldrig op?«})
 * @param newTokens words in those sentences
 * @param totalTokens words in the article, those of a sentence it repeats (a title repeated in
 *     quotes) counted once
 */
public record ArticleAdditions(ArticleId id, List<TextSpan> newSentences, int newTokens, int totalTokens) {
  public ArticleAdditions {
    Objects.requireNonNull(id, "id");
    newSentences = List.copyOf(newSentences);
    if (newTokens < 0 || newTokens > totalTokens) {
      throw new IllegalArgumentException("newTokens " + newTokens + " outside 0.." + totalTokens);
    }
  }

  /** Share of the article's words that are new, in [0, 1]; 0 for an empty article. */
  public double novelty() {
    return totalTokens == 0 ? 0 : (double) newTokens / totalTokens;
  }
}
