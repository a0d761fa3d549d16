package org.tidende.cluster;

import java.util.Objects;
import org.tidende.model.AnalyzedArticle;

/**
 * An article's features before weighting: the stateless half of building a {@link FeatureVector},
 * made by {@link StoryClusterer#prepare} on any thread (in parallel), so the sequential clustering
 * step only looks up document frequencies and scores.
 *
 * @param article the analysed article
 * @param keys distinct feature hashes (bit 63 set for names, numbers and days), ascending
 * @param base per feature {@code (1 + ln tf) * boost}, to be multiplied by the feature's idf
 * @param distinctTerms number of distinct term features (text length, for length-aware thresholds)
 * @param caseless whether the title and text have letters but none in upper case (a lower-cased
 *     feed, where no name can be seen: the headline model's case)
 * @param specificTerms the term features that are the article's names' and numbers' own words,
 *     and the name features of its given names ({@link AnalyzedArticle#givenNames}: "Donald" of
 *     "Donald Trump") ({@link FeatureVector#specificTermKeys}), ascending: none of them counts on
 *     its own when the clusterer counts what is shared; a join needs a shared word besides these,
 *     or two shared names or numbers
 * @param acrossAdded the name features it adds against a story of another language group ({@link
 *     FeatureVector#across}), ascending; null when not made here (then the clusterer makes them)
 * @param acrossDropped the features it then leaves out, ascending; null with {@code acrossAdded}
 * @param embedding the unit-length sentence vector of an English article with upper-case letters
 *     ({@link SentenceEmbedder}), made here so the parallel path pays for it; null for any other
 *     article, with the embedder switched off ({@link ClusterConfig#embeddingWeight} 0), or where
 *     its model cannot load
 */
public record PreparedArticle(AnalyzedArticle article, long[] keys, float[] base, int distinctTerms, boolean caseless,
    long[] specificTerms, long[] acrossAdded, long[] acrossDropped, float[] embedding) {
  /** Without the across change (an article prepared elsewhere: the clusterer makes it when needed). */
  public PreparedArticle(AnalyzedArticle article, long[] keys, float[] base, int distinctTerms, boolean caseless,
      long[] specificTerms, float[] embedding) {
    this(article, keys, base, distinctTerms, caseless, specificTerms, null, null, embedding);
  }

  public PreparedArticle {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(specificTerms, "specificTerms");
    if (keys.length != base.length) {
      throw new IllegalArgumentException("keys " + keys.length + " and base " + base.length + " differ in length");
    }
  }

  /** Without a sentence vector. */
  public PreparedArticle(AnalyzedArticle article, long[] keys, float[] base, int distinctTerms, boolean caseless,
      long[] specificTerms) {
    this(article, keys, base, distinctTerms, caseless, specificTerms, null);
  }
}
