package org.tidende.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Objects;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Keeps every token and adds the parts {@link CompoundSplitter} finds in it, at the same position
 * (position increment 0, as synonyms are), so later filters stem and stop them like any word and
 * phrase positions stay those of the text.
 */
public final class CompoundSplitFilter extends TokenFilter {
  private final CompoundSplitter splitter;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final ArrayDeque<String> pending = new ArrayDeque<>();
  private State current;

  public CompoundSplitFilter(TokenStream input, CompoundSplitter splitter) {
    super(input);
    this.splitter = Objects.requireNonNull(splitter, "splitter");
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      restoreState(current);
      term.setEmpty().append(pending.poll());
      posInc.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (term.length() >= CompoundSplitter.MIN_WORD) {
      pending.addAll(splitter.parts(term.buffer(), 0, term.length()));
      if (!pending.isEmpty()) {
        current = captureState();
      }
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    current = null;
  }
}
