package org.tidende.store;

import java.io.IOException;
import java.util.ArrayDeque;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.tidende.entity.NameKeys;

/**
 * The analysis of the store's {@code names} field: each word folded to its name key ({@link
 * NameKeys#key}: {@code Usjakov}, {@code Ushakov}, {@code Ушаков} → {@code usakov}; {@code
 * Nordkorea} → {@code north korea}), so a search for one spelling of a name finds articles that
 * write another, as the story view merges them.
 *
 * <p>Design: at indexing only capitalised words are keyed (names, and the first word of each
 * sentence), keeping the field small and the common words of a text out of it; at query time every
 * word it is given is keyed, since a reader may type a name in lower case. Which query words it is
 * given is {@link ArticleQueryParser}'s choice: those meant as names (written with capitals, or in
 * lower case where the archive mostly writes them with one), ORed with the language fields, so such
 * a word matches either by its stem or by its key. Cost: a key per capitalised word at indexing
 * (regular expressions and a Unicode normalisation: microseconds), one per query word. Failure
 * mode: the fold is loose by design (vowels, doubled letters), so a name matches unrelated
 * capitalised words with the same key ("Brann" the club and "Brån" the skier; "Støre" and "Store"
 * at the start of a sentence), which is why a common word is not searched by its key.
 */
final class NameKeyAnalyzer extends Analyzer {
  private final boolean capitalisedOnly;

  /** @param capitalisedOnly key only words that start with a capital (indexing), or all (queries) */
  NameKeyAnalyzer(boolean capitalisedOnly) {
    this.capitalisedOnly = capitalisedOnly;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    return new TokenStreamComponents(source, new KeyFilter(source, capitalisedOnly));
  }

  /** Replaces each (capitalised) word by the tokens of its name key; drops the others. */
  private static final class KeyFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final boolean capitalisedOnly;
    private final ArrayDeque<String> pending = new ArrayDeque<>();
    private int skipped;

    KeyFilter(TokenStream in, boolean capitalisedOnly) {
      super(in);
      this.capitalisedOnly = capitalisedOnly;
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!pending.isEmpty()) {
        term.setEmpty().append(pending.poll());
        position.setPositionIncrement(1);
        return true;
      }
      while (input.incrementToken()) {
        int increment = position.getPositionIncrement();
        if (term.length() == 0 || (capitalisedOnly && !Character.isUpperCase(term.charAt(0)))) {
          skipped += increment;
          continue;
        }
        String key = NameKeys.key(term.toString(), null);
        if (key.isEmpty()) {
          skipped += increment;
          continue;
        }
        for (String k : key.split(" ")) {
          pending.add(k);
        }
        term.setEmpty().append(pending.poll());
        position.setPositionIncrement(increment + skipped);
        skipped = 0;
        return true;
      }
      return false;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      pending.clear();
      skipped = 0;
    }
  }
}
