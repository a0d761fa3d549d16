package org.tidende.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Drops one of a stem's two final identical consonants ("brann" → "bran"), after Lucene's light
 * Norwegian and Swedish stemmers.
 *
 * <p>Why: those stemmers take a final "n" or "s" off a bare word as if it were an ending ("brann"
 * → "bran", "mann" → "man", "glass" → "glas") but leave the double consonant where they take off a
 * real ending ("brannen" → "brann", "glasset" → "glass"), so the two forms of one word had two
 * stems, and a search for "brannen" missed an article that only said "brann". With one consonant
 * dropped both give "bran", as Snowball's Danish stemmer does in its undoubling step. Cost: a
 * look at each stem's last two letters. Failure mode: two words that differ only in the double
 * consonant ("tal" and "tall", "ful" and "full") share a stem, as they already did for most bare
 * forms.
 */
final class UndoubleFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  UndoubleFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    int n = term.length();
    if (!keyword.isKeyword() && n >= 4) {
      char[] b = term.buffer();
      char last = b[n - 1];
      if (last == b[n - 2] && Character.isLetter(last) && "aeiouyæøåäö".indexOf(last) < 0) {
        term.setLength(n - 1);
      }
    }
    return true;
  }
}
