package org.tidende.analysis;

import java.util.Objects;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tidende.model.Language;

/**
 * How one language is analysed: a Lucene chain of {@link StandardTokenizer} (Unicode word breaks),
 * lower-casing, the language's stop words, its compound splitting ({@link CompoundSplitFilter}:
 * the parts of a closed compound are added beside it), and its stemmer. Immutable; the analyzer
 * is thread-safe (Lucene reuses per-thread token streams).
 *
 * @param language the language this profile serves
 * @param stopWords lower-case stop words
 * @param stemmer wraps a token stream with the language's stemming filter(s), or returns it unchanged
 * @param compounds the language's compound splitter ({@link CompoundSplitter#NONE} where words are
 *     not split)
 */
public record LanguageProfile(Language language, CharArraySet stopWords, UnaryOperator<TokenStream> stemmer,
    CompoundSplitter compounds) {

  public LanguageProfile {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(stopWords, "stopWords");
    Objects.requireNonNull(stemmer, "stemmer");
    Objects.requireNonNull(compounds, "compounds");
  }

  /** A profile that does not split compounds. */
  public LanguageProfile(Language language, CharArraySet stopWords, UnaryOperator<TokenStream> stemmer) {
    this(language, stopWords, stemmer, CompoundSplitter.NONE);
  }

  /** A new analyzer for this profile's chain; create once and share. */
  public Analyzer newAnalyzer() {
    CharArraySet stops = stopWords;
    UnaryOperator<TokenStream> stem = stemmer;
    CompoundSplitter split = compounds;
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream ts = new LowerCaseFilter(source);
        ts = new StopFilter(ts, stops);
        if (split != CompoundSplitter.NONE) {
          ts = new CompoundSplitFilter(ts, split);
        }
        return new TokenStreamComponents(source, stem.apply(ts));
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
      }
    };
  }
}
