package org.tidende.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The snippet of a search hit: the passage of its text where the query's words are, and where in
 * the passage each matched word is, so a page can mark them and a person sees why it was found.
 *
 * <p>Method: Lucene's {@link UnifiedHighlighter}, without a searcher, re-analyses the hit's text
 * (the stored article; the index keeps no term vectors or offsets) under the analyzer of the field
 * the hit's language is indexed in, so the query's stems and stop words match as they did in the
 * search ("brannen" marks a query's "brann"), and picks the best-scoring passage (BM25 over the
 * sentence's matches). Passages are sentences grown or cut to about {@value #PASSAGE_CHARS}
 * characters ({@link LengthGoalBreakIterator}). A word the query meant as a name and matched only
 * by its name key ("Usjakov" finding "Ushakov") is marked by highlighting the name-key field
 * likewise. A hit whose text matched nowhere (the query's words in its title only, or only a
 * {@code source:} or {@code id:} filter) gets the text's first {@value #PASSAGE_CHARS}
 * characters, unmarked, as before.
 *
 * <p>Why: the first words of an article say little about why a long article was found; search
 * pages show the matching passage.
 *
 * <p>Cost: one analysis of at most {@value #MAX_CHARS} characters of each hit on the page (20 by
 * default); nothing is added to the index. Measured on a data folder of the Norwegian feeds and the
 * Norwegian full articles (3,111 articles; the full articles run to thousands of characters), a
 * page of 20 hits, median of 50 warm searches, in three rounds alternating with a build without
 * snippets on a machine at load 8-11 (so the figures scatter by 2-5x): 12-48 ms against 2-25 ms
 * for queries whose hits are long articles ("brannen", "Stoltenberg", "Oslo politi"), 3-8 ms
 * against 2-11 ms for short feed items ("Trump", "regn i heile landet"): about half a millisecond
 * to a millisecond a long hit, most of it the compound-splitting analysis. Failure modes: a
 * phrase is marked word by word wherever its words occur in the passage; a match beyond the first
 * {@value #MAX_CHARS} characters is not found (the start of the text is shown instead).
 */
final class Snippets {
  /** Goal length of a passage, in characters. */
  static final int PASSAGE_CHARS = 240;
  /** Characters of a text analysed for its snippet. */
  static final int MAX_CHARS = 10_000;

  private final UnifiedHighlighter highlighter;

  Snippets(Analyzer perFieldIndexAnalyzer) {
    this.highlighter = UnifiedHighlighter.builderWithoutSearcher(perFieldIndexAnalyzer)
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
            BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_CHARS, 0.3f))
        .withFormatter(new Formatter())
        .withMaxLength(MAX_CHARS)
        .withHighlightPhrasesStrictly(true)
        // by the query's terms, not by matching the whole query against the one text: its filters
        // (lang:nn beside text_nn's words) name fields the text is not in, and would match nothing
        .withWeightMatches(false)
        .build();
  }

  /** A passage of a hit's text and the [start, end) offsets of its matched words in it. */
  record Snippet(String text, List<SearchPage.Mark> marks) {}

  /**
   * The snippet of {@code text} for {@code query}: the best passage of the field {@code textField}
   * (the hit's language), else of {@code namesField}, else the text's start unmarked.
   */
  Snippet of(Query query, String textField, String namesField, String text) {
    if (text == null || text.isBlank()) {
      return new Snippet("", List.of());
    }
    for (String field : new String[] {textField, namesField}) {
      try {
        Object o = highlighter.highlightWithoutSearcher(field, query, text, 1);
        if (o instanceof Snippet s && !s.marks().isEmpty()) {
          return s;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (RuntimeException e) {
        // an analyzer or query the highlighter cannot take: fall back to the text's start
        break;
      }
    }
    return new Snippet(leading(text), List.of());
  }

  /** The text's first {@value #PASSAGE_CHARS} characters, cut at a space, whitespace folded. */
  static String leading(String text) {
    String t = text.strip().replaceAll("\\s+", " ");
    if (t.length() <= PASSAGE_CHARS) {
      return t;
    }
    int cut = t.lastIndexOf(' ', PASSAGE_CHARS);
    return t.substring(0, cut > PASSAGE_CHARS / 2 ? cut : PASSAGE_CHARS) + " …";
  }

  /**
   * The best passage as a {@link Snippet}: whitespace folded to single spaces (the marks moved
   * with it), "… " before a passage that does not open the text and " …" after one that does not
   * end it.
   */
  private static final class Formatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      if (passages.length == 0) {
        return new Snippet("", List.of());
      }
      Passage p = passages[0];
      StringBuilder out = new StringBuilder();
      List<SearchPage.Mark> marks = new ArrayList<>();
      int start = p.getStartOffset();
      int end = Math.min(p.getEndOffset(), content.length());
      while (start < end && Character.isWhitespace(content.charAt(start))) {
        start++;
      }
      while (end > start && Character.isWhitespace(content.charAt(end - 1))) {
        end--;
      }
      boolean opens = content.substring(0, start).isBlank();
      if (!opens) {
        out.append("… ");
      }
      int[] map = new int[end - start + 1];
      boolean space = false;
      for (int i = start; i < end; i++) {
        map[i - start] = out.length();
        char c = content.charAt(i);
        if (Character.isWhitespace(c)) {
          if (!space) {
            out.append(' ');
          }
          space = true;
        } else {
          out.append(c);
          space = false;
        }
      }
      map[end - start] = out.length();
      for (int m = 0; m < p.getNumMatches(); m++) {
        int ms = Math.max(p.getMatchStarts()[m], start);
        int me = Math.min(p.getMatchEnds()[m], end);
        if (ms < me) {
          SearchPage.Mark mark = new SearchPage.Mark(map[ms - start], map[me - start]);
          if (marks.isEmpty() || marks.get(marks.size() - 1).end() <= mark.start()) {
            marks.add(mark);
          }
        }
      }
      if (!content.substring(end).isBlank()) {
        out.append(" …");
      }
      return new Snippet(out.toString(), List.copyOf(marks));
    }
  }
}
