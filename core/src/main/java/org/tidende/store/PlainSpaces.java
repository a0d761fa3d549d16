package org.tidende.store;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

/**
 * An analyzer that reads each Unicode space separator (the no-break space U+00A0, the narrow
 * no-break space U+202F of {@code 10\u202f000}, thin, figure and the other U+2000 spaces) as a
 * plain space before the analyzer it wraps sees the text: the store's text and name-key fields,
 * indexed and queried.
 *
 * <p>Why: ingestion makes such spaces plain since session 33, so a new folder holds none; a folder
 * an older build wrote stores its texts as read, and the tokenizer joins digits across U+202F
 * (Unicode word breaks), so {@code 10\u202f000} was one term, and {@code 10 000} (or {@code 10000})
 * typed in a search did not find it until the file was ingested again into a new folder. With
 * this wrapper the stored text is indexed as a new one would be, and the index version
 * ({@link LuceneStore#ANALYSIS_VERSION} 6) makes the first {@code serve} or {@code ingest} that
 * opens such a folder index its articles again in place, from their stored texts.
 *
 * <p>Method: Lucene's {@link MappingCharFilter} over the reader replaces each such char by one
 * space, one char for one, so the offsets in the postings (snippets, marks) are those of the
 * stored text (a home-made filtering reader did the same at first). Cost: one map look-up per
 * char read. Failure modes: a space that is no separator by Unicode (a zero-width space, U+200B, a
 * format char) is left to the analyzer as before.
 */
final class PlainSpaces extends AnalyzerWrapper {
  private final Analyzer wrapped;

  PlainSpaces(Analyzer wrapped) {
    super(wrapped.getReuseStrategy());
    this.wrapped = wrapped;
  }

  @Override
  protected Analyzer getWrappedAnalyzer(String fieldName) {
    return wrapped;
  }

  @Override
  protected Reader wrapReader(String fieldName, Reader reader) {
    return new MappingCharFilter(SPACES, reader);
  }

  /** Each Unicode space separator above ASCII mapped to one plain space, one char for one. */
  private static final NormalizeCharMap SPACES = spaces();

  private static NormalizeCharMap spaces() {
    NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
    for (char c = 0x80; c < Character.MAX_VALUE; c++) {
      if (plain(c) == ' ') {
        b.add(String.valueOf(c), " ");
      }
    }
    return b.build();
  }

  /** {@code c}, or a space where it is a Unicode space separator. */
  static char plain(char c) {
    return c >= 0x80 && Character.getType(c) == Character.SPACE_SEPARATOR ? ' ' : c;
  }
}
