package org.tidende.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.tidende.model.Article;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * The snippet of a search hit: the passage of its text where the query matched, and where in the
 * passage each match is, so a page can mark them and a person sees why it was found; and the
 * matches in its title.
 *
 * <p>Method, from the index ({@link #hit}): the text fields ({@code text_<lang>}) and the name keys
 * ({@code names}) are indexed with character offsets in their postings (since session 31, {@link
 * LuceneStore}), over the article's title and text as one value. Lucene's {@link
 * UnifiedHighlighter}, given the searcher the page was read from, reads the hit's matches from the
 * postings ({@code OffsetSource.POSTINGS}, weight matches) and picks the best-scoring passage (BM25
 * over the sentence's matches) of the whole text: the text is not analysed, and a match anywhere
 * in it is found. Passages are sentences grown or cut to about {@value #PASSAGE_CHARS} characters
 * ({@link LengthGoalBreakIterator}); of the two best, the best holding a mark in the text (the title
 * being in the same value), cut to start where the text does. A hit with no mark in its text gets
 * its text's start without asking the highlighter. What is marked, in the passage and
 * in the title, comes from {@link MatchMarks} (Lucene's Matches API on the same postings): an exact
 * phrase one mark, a sloppy phrase its own words, a word of a phrase that matched not marked alone.
 * The text field first, then the name keys where the text field matched nowhere ("Usjakov" finding
 * "Ushakov"); the marks of both fields within the passage either way. A hit whose text matched
 * nowhere (the query's words in its title only, or only a {@code source:} or {@code id:} filter)
 * gets the text's first {@value #PASSAGE_CHARS} characters, unmarked, at the cost of its title's
 * postings only.
 *
 * <p>Method, by analysis ({@link #of(Prepared, String, String, String)}, {@link #title}): a folder
 * indexed before offsets keeps its fields without them (Lucene refuses to change a field's index
 * options), and there the highlighter without a searcher re-analyses the hit's text under the
 * analyzer of the field the hit's language is indexed in, as before session 31: the text in windows
 * of {@value #WINDOW_CHARS} characters, cut at a sentence, the next overlapping the last by {@value
 * #OVERLAP} (so a passage or phrase across the cut is whole in one of them), until one matches, at
 * most {@value #MAX_CHARS} characters in all; the title whole ({@link WholeBreakIterator}), in both
 * fields. Its marks are the highlighter's weight matches of {@link #onField the part of the query
 * that searches the field} (a one-document index of the text; the whole query would match nothing
 * there, its filters naming fields the text is not in), each clause made optional.
 *
 * <p>Why: the first words of an article say little about why a long article was found; search
 * pages show the matching passage. Offsets in the postings rather than term vectors: the
 * highlighter reads both, but term vectors store every term of every document a second time, where
 * offsets add a few bytes per position to postings the index keeps anyway.
 *
 * <p>Cost, from the index: nothing analysed; per hit, the walk of the query terms' positions in the
 * one document, twice (the highlighter's passage, {@link MatchMarks}' marks), and the sentence
 * breaks around its matches. Index: on 20,000 Danish front pages (18,533 articles, most a title
 * alone), merged to one segment, 13.28 MB before and 14.25 MB after (+7 %; postings 1.32 to 2.20 MB,
 * the stored JSON 10.3 MB unchanged); on the Norwegian and Swedish feeds and the Norwegian full
 * articles (4,487 articles) see the README. Latency: see the README (search, offsets). By analysis, first
 * measured (by terms, whole text) on a data folder of the Norwegian feeds and full articles (3,111
 * articles), a page of 20 hits, median of 50 warm searches, at load 8-11 (scattered by 2-5x):
 * 12-48 ms against 2-25 ms without snippets for queries whose hits are long articles, 3-8 ms
 * against 2-11 ms for short feed items: about half a millisecond to a millisecond a long hit, most
 * of it the compound-splitting analysis; with windows, a match past 10,000 characters 1.0-3.2 ms, a
 * hit whose text matched nowhere (a title-only hit) 34-60 ms for the text field and the name keys
 * over 50,000 characters each. Tried and not kept: the text field and the name keys window by
 * window (a late match 12-38 ms, not 3-4). A fuzzy word ({@code stoltenbrg~}) built its Levenshtein
 * automaton in each of a hit's passes (7.8-8.0 ms a hit against 1.6-1.7 by terms); so a page's query
 * is {@link Prepared prepared} once, its fuzzy words compiled to automata, and its marks' weights
 * made once per searcher. Since session 32 a page's hits are marked by the query as the page's
 * searcher rewrote it, once for the count, the search and the marks ({@link LuceneStore}): a fuzzy
 * word is there the terms the search expanded it to (at most 50, the closest), plain words, so its
 * marks are what the search used and the highlighter reads them from the postings. Before, its
 * automaton was compiled again per field and page (two to three times, a few milliseconds each for
 * an 11-letter word at two edits), run against the term dictionary per hit and field by the marks,
 * and the highlighter, seeing an automaton, analysed each hit's text again; a page of 20 (p50,
 * warm, load 2-3 on 2 cores): on 4,665 Danish front pages {@code Frederiksen~} 21 ms, now 6
 * ({@code Frederiksen} 2.3), on 758 Norwegian full articles {@code stoltenbrg~} 48 ms, now 12
 * ({@code Stoltenberg} 5.3). A wildcard word ({@code minist*}) is still marked by its automaton
 * (rewritten to a constant-score wrapper, not terms): per hit, a walk of the terms it matches and
 * the text analysed for the passage, 4.5 ms a page there ({@code politi*} 13 ms on the
 * Norwegian), unchanged. Tried and not kept (session 31): expanding a wildcard or fuzzy word once per page
 * to the terms it matches as a {@code TermInSetQuery} (at most 1,024), which the highlighter also
 * takes for an automaton: {@code bran*} slower, no gain the load let through. Since session 34 the
 * highlighter reads a wildcard's passage from the postings too ({@link FromPostings} keeps the
 * postings where it would fall back to analysis for an automaton: with weight matches it reads every
 * match through {@code Weight.matches}, which walks the automaton's terms in the hit's leaf), so no
 * text is analysed for it; what is left per hit is that walk, once for the marks and once for the
 * passage. Measured as the server's CPU time per request (so less scattered by the load than wall
 * time; load 9-13 on 2 cores, and rounds 2-4 ran beside this session's own builds), on the Norwegian
 * full articles (758), 60 requests after 30 warm, four rounds each build, the cost a hit as (page of
 * 20 - page of 1) / 19: {@code politi*} 1.34-1.60 → 0.46-1.25 ms (page 38-46 → 22-39 ms), {@code
 * minist*} 0.81-1.19 → 0.45-0.78, {@code bran*} 0.41-0.87 → 0.31-0.61, plain {@code politi} 0.25-0.39
 * and 0.38-0.75 (noise); the same hits, snippets and marks for the first 200 hits of the three (310
 * hits). That walk twice is not what a long text costs, though (session 35, one article of 12 MB,
 * {@code politi*}: the marks' walk 5-20 ms of a 0.9-1.5 s search): the highlighter asks the sentence
 * breaks around each match, and the JDK's iterator rescans for each; the breaks are now found in one
 * pass ({@link SentenceBreaks}), the same breaks, 0.3-0.6 s.
 *
 * <p>Failure modes: from the index, the passage is scored by all the field's matches, a word of a
 * phrase alone included, though it is not marked: of the two best, one holding a mark is taken, and
 * where neither does ({@code "kim jong-un" kim} beside "Kim Kardashian, Kim Wilde og Kim Larsen"),
 * the sentences around the first mark, which need not be the best; the title and the text are one value, so a
 * passage the highlighter grows from the title into the text is cut at the text's start and scored
 * with the title's matches (since session 33 it then ends at the sentence closest to {@value
 * #PASSAGE_CHARS} characters into the text, {@link #textBreakNear}: it was shorter by what it held of
 * the title, 161 characters for a 100-character title over a match in the text's first sentence,
 * where a passage inside a text is about 240), and a phrase matches across the title's end ({@code "sentrum politiet"}
 * for the title "Brann i Oslo sentrum" over "Politiet melder ..."): its mark is split there ({@link
 * #atTitleEnd}, since session 32), the title marking its part and the snippet, opening the text,
 * the rest; before, the mark lay in neither and was dropped, the hit shown unmarked. Not done: a
 * position gap between title and text, which would stop such phrases matching at all; it needs
 * every folder indexed again, and where a reader ran the title into the lead the phrase is real.
 * By analysis (old folders) the title and the text are analysed apart, and such a phrase was not
 * marked; since session 33 a hit whose text alone has no mark has its title's end and text's start
 * analysed together as the index had them ({@link #acrossTitleEnd}), and such a phrase is marked as
 * from the index; since session 34 also where the text matches elsewhere ({@code "sentrum politiet"
 * skadet}, which showed "skadet" marked and the phrase in neither title nor snippet): its title part
 * is marked, and its text part where the snippet opens the text (a passage further in is kept, as
 * from the index), at the cost of that analysis of a few hundred characters for every hit of a query
 * holding a phrase (none for one without). By analysis (old folders only): a match past {@value #MAX_CHARS}
 * characters is not found (the start is shown); a title-only hit costs the analysis of {@value
 * #MAX_CHARS} characters; a sloppy phrase is marked across the words between, and a word of a
 * phrase marked alone too. A folder is indexed with offsets when made by this build: an older one
 * only when its articles are ingested into a new folder.
 */
final class Snippets {
  /** Goal length of a passage, in characters. */
  static final int PASSAGE_CHARS = 240;
  /** Characters of a text analysed at a time: the first window, and each one after it. */
  static final int WINDOW_CHARS = 10_000;
  /** Characters by which a window overlaps the one before it. */
  static final int OVERLAP = 2 * PASSAGE_CHARS;
  /** Most characters of a text (and of a title) analysed for its snippet. */
  static final int MAX_CHARS = 50_000;

  /** Passages a text's highlight from the postings keeps, best first, so one past a title's remains. */
  private static final int POSTINGS_PASSAGES = 2;

  private final Analyzer analyzer;
  private final UnifiedHighlighter passages;
  private final UnifiedHighlighter whole;
  /** The highlighter over the last searcher a page was read from (a page holds one searcher). */
  private volatile FromPostings lastPostings;

  Snippets(Analyzer perFieldIndexAnalyzer) {
    this.analyzer = perFieldIndexAnalyzer;
    this.passages = UnifiedHighlighter.builderWithoutSearcher(perFieldIndexAnalyzer)
        .withBreakIterator(Snippets::passageBreaks)
        .withFormatter(new Formatter())
        .withWeightMatches(true)
        .build();
    this.whole = UnifiedHighlighter.builderWithoutSearcher(perFieldIndexAnalyzer)
        .withBreakIterator(WholeBreakIterator::new)
        .withFormatter(new MarksFormatter())
        .withWeightMatches(true)
        .build();
  }

  /** A passage of a hit's text and the [start, end) offsets of its matches in it. */
  record Snippet(String text, List<SearchPage.Mark> marks) {}

  /** Where a hit is indexed: the searcher its page was read from, and its document number there. */
  record Indexed(IndexSearcher searcher, int doc) {}

  /** A hit's snippet and the {@code [start, end)} offsets of the matches in its title as stored. */
  record HitMarks(Snippet snippet, List<SearchPage.Mark> title) {}

  /**
   * The snippet of {@code article}'s text and the marks of its title for {@code query}. Where the
   * fields the query searches have offsets in the postings, from the index ({@code at}): the
   * highlighter's best passage of the whole text, and the marks of {@link MatchMarks}, with no
   * text or title analysed. Else (a folder indexed before offsets, or {@code at} null) by analysis,
   * as {@link #of(Prepared, String, String, String)} and {@link #title}.
   */
  HitMarks hit(Prepared query, String textField, String namesField, Article article, Indexed at) {
    String text = article.text();
    String title = article.title();
    Query onText = query.on(textField);
    Query onNames = query.on(namesField);
    FromPostings h = at == null || (onText == null && onNames == null) ? null : fromPostings(at.searcher());
    if (h == null || (onText != null && !h.hasOffsets(textField)) || (onNames != null && !h.hasOffsets(namesField))) {
      Snippet snippet = of(query, textField, namesField, text);
      List<SearchPage.Mark> inTitle = title(query, textField, namesField, title);
      HitMarks across = acrossTitleEnd(query, textField, namesField, article, inTitle, snippet);
      return across != null ? across : new HitMarks(snippet, inTitle);
    }
    List<LeafReaderContext> leaves = at.searcher().getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(at.doc(), leaves));
    int doc = at.doc() - leaf.docBase;
    String content = article.fullText(); // as indexed: the offsets are into it
    int textStart = text.isEmpty() ? content.length() : content.length() - text.length();
    List<MatchMarks.Found> found = new ArrayList<>();
    try {
      for (String field : new String[] {textField, namesField}) {
        if (query.on(field) != null) {
          found.add(query.marks(at.searcher(), field).in(leaf, doc));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<SearchPage.Mark> all = atTitleEnd(MatchMarks.combined(found), title.length(), textStart);
    List<SearchPage.Mark> inTitle = title.isEmpty() ? List.of()
        : all.stream().filter(m -> m.end() <= title.length()).toList();
    if (text.isBlank()) {
      return new HitMarks(new Snippet("", List.of()), inTitle);
    }
    List<SearchPage.Mark> inText = all.stream().filter(m -> m.start() >= textStart).toList();
    if (inText.isEmpty()) { // matched in the title only, or a word marked only inside a phrase there
      return new HitMarks(new Snippet(leading(text), List.of()), inTitle);
    }
    int[] starts = all.stream().mapToInt(SearchPage.Mark::start).toArray();
    int[] ends = all.stream().mapToInt(SearchPage.Mark::end).toArray();
    for (String field : new String[] {textField, namesField}) {
      Query q = field.equals(textField) ? onText : onNames;
      if (q == null) {
        continue;
      }
      Object o;
      try {
        o = h.highlight(field, q, leaf.reader(), doc, content);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (RuntimeException e) {
        return new HitMarks(new Snippet(leading(text), List.of()), inTitle); // as in the analysis: unmarked rather than failed
      }
      if (o instanceof Passages ps) {
        Passages.Found best = ps.bestIn(textStart, inText);
        if (best != null) {
          int end = best.start() < textStart ? Math.max(best.end(), textBreakNear(content, textStart)) : best.end();
          return new HitMarks(folded(content, Math.max(best.start(), textStart), end, textStart, starts, ends), inTitle);
        }
      }
    }
    // the highlighter's best passages hold none of the marks (their matches a word marked only inside
    // a phrase): the passage around the first mark in the text
    BreakIterator breaks = passageBreaks();
    breaks.setText(content);
    SearchPage.Mark first = inText.get(0);
    int start = Math.max(textStart, Math.max(0, breaks.preceding(first.start() + 1)));
    int end = breaks.following(Math.max(start, first.end() - 1));
    return new HitMarks(folded(content, start, end == BreakIterator.DONE ? content.length() : end, textStart, starts, ends),
        inTitle);
  }

  /**
   * By analysis (a folder without offsets), the marks of a phrase that runs from the end of {@code
   * article}'s title into the start of its text, which the index, holding the two as one value,
   * matched, and which the title and the text analysed apart do not hold: the title's end and the
   * text's first {@value #PASSAGE_CHARS} characters analysed as the index analysed them (the title,
   * a blank line, the text: {@link Article#fullText}), each such match split as {@link #atTitleEnd}
   * splits it, its title part added to {@code inTitle} and its text part marked in the snippet: in
   * {@code found} (the text's own best passage) where that opens the text, in a snippet opening the
   * text where {@code found} has no mark, and not shown where {@code found} is a passage further in
   * (the from-index path likewise keeps its best passage); null when there is no such match (or no
   * title or text, or the query has no phrase, the only thing that can match across). Costs a hit
   * of a query with a phrase one more analysis of a few hundred characters; before session 33 such a
   * hit was shown with no mark at all, and until session 34 it was asked only where the text alone
   * had no mark, so a hit whose text matched elsewhere too ({@code "sentrum politiet" skadet}) had
   * the phrase unmarked in both its title and its snippet.
   */
  private HitMarks acrossTitleEnd(Prepared query, String textField, String namesField, Article article,
      List<SearchPage.Mark> inTitle, Snippet found) {
    String title = article.title();
    String text = article.text();
    if (title.isBlank() || text.isBlank() || !query.hasPhrase()) {
      return null;
    }
    String content = article.fullText();
    int textStart = content.length() - text.length();
    int from = Math.max(0, title.length() - PASSAGE_CHARS);
    int junctionEnd = Math.min(content.length(), textStart + PASSAGE_CHARS);
    String junction = content.substring(from, junctionEnd);
    List<SearchPage.Mark> across = new ArrayList<>();
    for (String field : new String[] {textField, namesField}) {
      Query q = query.on(field);
      if (q == null) {
        continue;
      }
      try {
        if (whole.highlightWithoutSearcher(field, q, junction, 1) instanceof Marks m) {
          for (SearchPage.Mark x : m.marks()) {
            if (from + x.start() < title.length() && from + x.end() > textStart) {
              across.add(new SearchPage.Mark(from + x.start(), from + x.end()));
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (RuntimeException e) {
        return null; // as for the text: unmarked rather than failed
      }
    }
    if (across.isEmpty()) {
      return null;
    }
    List<SearchPage.Mark> split = atTitleEnd(merged(across), title.length(), textStart);
    List<SearchPage.Mark> titleMarks = new ArrayList<>(inTitle);
    split.stream().filter(m -> m.end() <= title.length()).forEach(titleMarks::add);
    List<SearchPage.Mark> inText = split.stream().filter(m -> m.start() >= textStart).toList();
    int[] starts = inText.stream().mapToInt(SearchPage.Mark::start).toArray();
    int[] ends = inText.stream().mapToInt(SearchPage.Mark::end).toArray();
    if (found.marks().isEmpty()) {
      return new HitMarks(folded(content, textStart, textBreakNear(content, textStart), textStart, starts, ends),
          merged(titleMarks));
    }
    Snippet snippet = found;
    if (!found.text().startsWith("… ")) { // the passage opens the text: folded alike from its start
      Snippet opening = folded(content, textStart, junctionEnd, textStart, starts, ends);
      List<SearchPage.Mark> marks = new ArrayList<>(found.marks());
      for (SearchPage.Mark m : opening.marks()) {
        if (m.end() <= found.text().length()
            && found.text().regionMatches(m.start(), opening.text(), m.start(), m.end() - m.start())) {
          marks.add(m);
        }
      }
      snippet = new Snippet(found.text(), merged(marks));
    }
    return new HitMarks(snippet, merged(titleMarks));
  }

  /**
   * The sentence break of {@code content} closest to {@value #PASSAGE_CHARS} characters after
   * {@code textStart} (past it; the content's end where the text is shorter): where a snippet that
   * opens the text ends. The highlighter grows a passage around its first match, some of it before
   * (the title, where the match is in the text's first sentence), and a passage cut at the text's
   * start was shorter by what it held of the title.
   */
  static int textBreakNear(String content, int textStart) {
    int goal = textStart + PASSAGE_CHARS;
    if (goal >= content.length()) {
      return content.length();
    }
    BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
    sentences.setText(content);
    int after = sentences.following(goal);
    after = after == BreakIterator.DONE ? content.length() : after;
    int before = sentences.preceding(goal + 1);
    return before <= textStart || before == BreakIterator.DONE || after - goal < goal - before ? after : before;
  }

  /**
   * {@code marks} with each one that runs from the title into the text (a phrase across the end of
   * the title, indexed with the text as one value) split in two, its title part to the title's end
   * and its text part from the text's start: the title and the snippet are shown apart, and each
   * marks its own part. Not split, the mark lay in neither and was dropped from both.
   */
  static List<SearchPage.Mark> atTitleEnd(List<SearchPage.Mark> marks, int titleEnd, int textStart) {
    if (titleEnd == 0 || textStart <= titleEnd) { // no title, or no text after it
      return marks;
    }
    List<SearchPage.Mark> out = new ArrayList<>();
    for (SearchPage.Mark m : marks) {
      if (m.start() < titleEnd && m.end() > textStart) {
        out.add(new SearchPage.Mark(m.start(), titleEnd));
        out.add(new SearchPage.Mark(textStart, m.end()));
      } else {
        out.add(m);
      }
    }
    return out;
  }

  private FromPostings fromPostings(IndexSearcher searcher) {
    FromPostings h = lastPostings;
    if (h == null || h.getIndexSearcher() != searcher) {
      h = new FromPostings(searcher, analyzer);
      lastPostings = h;
    }
    return h;
  }

  /** The passage break iterator of the snippets: sentences grown or cut to about {@value #PASSAGE_CHARS} characters. */
  private static BreakIterator passageBreaks() {
    return LengthGoalBreakIterator.createClosestToLength(BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_CHARS, 0.3f);
  }

  /** {@link #passageBreaks}, over sentence breaks found in one pass ({@link SentenceBreaks}), for the highlighter of a whole text. */
  private static BreakIterator wholeTextPassageBreaks() {
    return LengthGoalBreakIterator.createClosestToLength(new SentenceBreaks(), PASSAGE_CHARS, 0.3f);
  }

  /**
   * The JDK's sentence breaks ({@code BreakIterator.getSentenceInstance(Locale.ROOT)}), found in one
   * forward pass when the text is set and then looked up by binary search. Why: the highlighter asks
   * for the sentence before and after each match ({@code preceding}, {@code following}), and the
   * JDK's rule-based iterator answers each by backing up to a safe point and scanning forward again,
   * so on a long text with many matches most of a hit's time went there. Measured (session 35, one
   * Norwegian article of 12,005,243 chars made of the full articles run together, a page of 20 by
   * {@code Archive.search}, load 3-9 on 2 cores): {@code politi*} (5,868 marks) 0.9-1.5 s a search,
   * the highlight 0.7-1.3 s of it, of which a profile put 95 % in {@code RuleBasedBreakIterator}
   * ({@code getNextIndex}, {@code previous}), the walk of the wildcard's terms for the marks 5-20 ms;
   * figures after in the commit. The breaks are the same: the JDK's own {@code following} and {@code
   * preceding} also scan forward from a safe point, so a forward pass from the start gives the same
   * boundaries. Cost: one pass over the whole text per field highlighted (the text's length, where
   * before it was a few sentences per match), an int per sentence. Not thread-safe, as no break
   * iterator is; the highlighter makes one per call.
   */
  static final class SentenceBreaks extends BreakIterator {
    private BreakIterator base = BreakIterator.getSentenceInstance(Locale.ROOT);
    private int[] breaks = {0};
    private int at;

    @Override
    public void setText(CharacterIterator text) {
      base.setText(text);
      int[] found = new int[16];
      int n = 0;
      for (int b = base.first(); b != DONE; b = base.next()) {
        if (n == found.length) {
          found = Arrays.copyOf(found, n * 2);
        }
        found[n++] = b;
      }
      breaks = Arrays.copyOf(found, n);
      at = 0;
    }

    @Override
    public CharacterIterator getText() {
      return base.getText();
    }

    @Override
    public int first() {
      at = 0;
      return breaks[0];
    }

    @Override
    public int last() {
      at = breaks.length - 1;
      return breaks[at];
    }

    @Override
    public int current() {
      return breaks[at];
    }

    @Override
    public int next() {
      if (at == breaks.length - 1) {
        return DONE;
      }
      return breaks[++at];
    }

    @Override
    public int previous() {
      if (at == 0) {
        return DONE;
      }
      return breaks[--at];
    }

    @Override
    public int next(int n) {
      int result = current();
      for (; n > 0 && result != DONE; n--) {
        result = next();
      }
      for (; n < 0 && result != DONE; n++) {
        result = previous();
      }
      return result;
    }

    /** The first break after {@code offset}; DONE at the text's end (the iterator then at the last break). */
    @Override
    public int following(int offset) {
      check(offset);
      int i = Arrays.binarySearch(breaks, offset);
      i = i >= 0 ? i + 1 : -i - 1;
      if (i >= breaks.length) {
        at = breaks.length - 1;
        return DONE;
      }
      at = i;
      return breaks[i];
    }

    /** The last break before {@code offset}; DONE at the text's start (the iterator then at the first break). */
    @Override
    public int preceding(int offset) {
      check(offset);
      int i = Arrays.binarySearch(breaks, offset);
      i = (i >= 0 ? i : -i - 1) - 1;
      if (i < 0) {
        at = 0;
        return DONE;
      }
      at = i;
      return breaks[i];
    }

    @Override
    public boolean isBoundary(int offset) {
      check(offset);
      return offset == getText().getBeginIndex() || following(offset - 1) == offset;
    }

    private void check(int offset) {
      CharacterIterator t = getText();
      if (offset < t.getBeginIndex() || offset > t.getEndIndex()) {
        throw new IllegalArgumentException("offset out of bounds");
      }
    }

    @Override
    public SentenceBreaks clone() {
      SentenceBreaks c = (SentenceBreaks) super.clone();
      c.base = (BreakIterator) base.clone();
      return c;
    }
  }

  /**
   * The unified highlighter over a searcher, highlighting one document of a leaf with the content
   * given (the article's title and text as indexed, which the index does not store as a field).
   * Thread-safe, as the highlighter is.
   */
  private static final class FromPostings extends UnifiedHighlighter {
    FromPostings(IndexSearcher searcher, Analyzer analyzer) {
      super(UnifiedHighlighter.builder(searcher, analyzer).withBreakIterator(Snippets::wholeTextPassageBreaks)
          .withFormatter(new PassagesFormatter()).withWeightMatches(true).withMaxNoHighlightPassages(0)
          .withMaxLength(Integer.MAX_VALUE - 1));
    }

    /** Whether {@code field}'s offsets come from the postings (the index has them), not from analysis. */
    boolean hasOffsets(String field) {
      return getOffsetSource(field) == OffsetSource.POSTINGS;
    }

    /**
     * From the postings also for a query with a wildcard or a regular expression (an automaton),
     * where the highlighter would analyse the hit's text again: it does so because its classic
     * path seeks term by term and cannot walk an automaton's terms in one document, but with
     * weight matches (as here) it reads every match through {@code Weight.matches} on the hit's
     * leaf, an automaton's as a phrase's, from the postings' offsets. Measured (Norwegian full
     * articles, {@code politi*}, a page of 20): 1.9 ms a hit for the marks before, see the class
     * comment.
     */
    @Override
    protected OffsetSource getOptimizedOffsetSource(UHComponents components) {
      OffsetSource chosen = super.getOptimizedOffsetSource(components);
      return chosen == OffsetSource.ANALYSIS && hasOffsets(components.field())
          && components.highlightFlags().contains(HighlightFlag.WEIGHT_MATCHES) ? OffsetSource.POSTINGS : chosen;
    }

    Object highlight(String field, Query q, LeafReader leaf, int doc, String content) throws IOException {
      return getFieldHighlighter(field, q, extractTerms(q), POSTINGS_PASSAGES).highlightFieldForDoc(leaf, doc, content);
    }
  }

  /** Passages a highlight from the postings kept: offsets into the content, score, matches. */
  private record Passages(List<Found> found) {
    record Found(int start, int end, float score, int[] matchStarts, int[] matchEnds) {}

    /**
     * The best-scoring passage holding one of {@code marks} (in the text, at or after {@code
     * textStart}; the title before it is indexed in the same field), null when none does: the
     * highlighter scores a passage by all the field's matches, a word's alone too where {@link
     * MatchMarks} marks it only inside a phrase.
     */
    Found bestIn(int textStart, List<SearchPage.Mark> marks) {
      Found best = null;
      for (Found f : found) {
        int from = Math.max(f.start(), textStart);
        boolean marked = marks.stream().anyMatch(m -> m.start() >= from && m.end() <= f.end());
        if (marked && (best == null || f.score() > best.score())) {
          best = f;
        }
      }
      return best;
    }
  }

  private static final class PassagesFormatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      List<Passages.Found> out = new ArrayList<>();
      for (Passage p : passages) {
        int n = p.getNumMatches();
        out.add(new Passages.Found(p.getStartOffset(), p.getEndOffset(), p.getScore(),
            Arrays.copyOf(p.getMatchStarts(), n), Arrays.copyOf(p.getMatchEnds(), n)));
      }
      return new Passages(List.copyOf(out));
    }
  }

  /**
   * The snippet of {@code text} for {@code query}: the best passage of the first window of the
   * text where the field {@code textField} (the hit's language) or else {@code namesField} matched,
   * else the text's start unmarked.
   */
  Snippet of(Query query, String textField, String namesField, String text) {
    return of(prepare(query), textField, namesField, text);
  }

  /** As {@link #of(Query, String, String, String)}, for a query prepared once for a page of hits. */
  Snippet of(Prepared query, String textField, String namesField, String text) {
    if (text == null || text.isBlank()) {
      return new Snippet("", List.of());
    }
    Query onText = query.on(textField);
    Query onNames = query.on(namesField);
    if (onText == null && onNames == null) {
      return new Snippet(leading(text), List.of());
    }
    int limit = Math.min(text.length(), MAX_CHARS);
    // the text field through the windows first, then the name keys: a word found by its stems is
    // not looked for by its key, as before the windows
    for (String field : new String[] {textField, namesField}) {
      Query q = field.equals(textField) ? onText : onNames;
      for (int start = 0; q != null && start < limit; ) {
        int end = windowEnd(text, start, limit);
        String window = start == 0 && end == text.length() ? text : text.substring(start, end);
        Object o;
        try {
          o = passages.highlightWithoutSearcher(field, q, window, 1);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
          // an analyzer or query the highlighter cannot take: fall back to the text's start
          return new Snippet(leading(text), List.of());
        }
        if (o instanceof Snippet s && !s.marks().isEmpty()) {
          return cut(s, start > 0 && !text.substring(0, start).isBlank(), end < text.length()
              && !text.substring(end).isBlank());
        }
        start = end >= limit ? limit : nextStart(text, end);
      }
    }
    return new Snippet(leading(text), List.of());
  }

  /**
   * The {@code [start, end)} offsets in {@code title} (as stored, not stripped) where {@code query}
   * matched it, in either field, in order and not overlapping; empty when it did not.
   */
  List<SearchPage.Mark> title(Prepared query, String textField, String namesField, String title) {
    if (title == null || title.isBlank()) {
      return List.of();
    }
    String t = title.length() > MAX_CHARS ? title.substring(0, MAX_CHARS) : title;
    List<SearchPage.Mark> all = new ArrayList<>();
    for (String field : new String[] {textField, namesField}) {
      Query q = query.on(field);
      if (q == null) {
        continue;
      }
      try {
        if (whole.highlightWithoutSearcher(field, q, t, 1) instanceof Marks m) {
          all.addAll(m.marks());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (RuntimeException e) {
        return List.of(); // as for the text: unmarked rather than failed
      }
    }
    return merged(all);
  }

  /**
   * A search query's parts per field ({@link #onField}), each made once for a page of hits, a fuzzy
   * word's automaton with it: built per hit and per field (the text, the title, in the hit's
   * language and the name keys), it made a fuzzy query's hits 4-7 times dearer than by terms.
   * Thread-safe.
   */
  static final class Prepared {
    private final Query query;
    private final Map<String, Optional<Query>> byField = new ConcurrentHashMap<>();

    private Prepared(Query query) {
      this.query = query;
    }

    private final Map<String, MatchMarks> marks = new ConcurrentHashMap<>();

    /**
     * Whether the query holds a phrase or a query consuming several terms at once (synonyms, as a
     * compound's parts may be), the only kinds of match that can run from a title into its text.
     */
    boolean hasPhrase() {
      boolean[] found = {false};
      query.visit(new QueryVisitor() {
        @Override
        public void consumeTerms(Query q, Term... terms) {
          found[0] |= terms.length > 1 || q instanceof PhraseQuery || q instanceof MultiPhraseQuery;
        }

        @Override
        public QueryVisitor getSubVisitor(Occur occur, Query parent) {
          found[0] |= parent instanceof MultiPhraseQuery || parent instanceof PhraseQuery;
          return occur == Occur.MUST_NOT ? EMPTY_VISITOR : this;
        }
      });
      return found[0];
    }

    /** The part of the query that searches {@code field}, or null. */
    Query on(String field) {
      return byField.computeIfAbsent(field, f -> Optional.ofNullable(onField(query, f)).map(Snippets::compiled))
          .orElse(null);
    }

    /** The marks of the part searching {@code field} (not null), made once per searcher. */
    MatchMarks marks(IndexSearcher searcher, String field) throws IOException {
      MatchMarks m = marks.get(field);
      if (m == null || m.searcher() != searcher) {
        m = MatchMarks.of(searcher, field, on(field));
        marks.put(field, m);
      }
      return m;
    }
  }

  /** {@code query} prepared for the hits of one page. */
  static Prepared prepare(Query query) {
    return new Prepared(query);
  }

  /** {@code q} with each fuzzy word as the automaton it stands for, compiled once. */
  private static Query compiled(Query q) {
    return switch (q) {
      case FuzzyQuery f when f.getAutomata().automaton != null -> new AutomatonQuery(f.getTerm(), f.getAutomata().automaton);
      case BooleanQuery b -> {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        b.clauses().forEach(c -> any.add(compiled(c.query()), c.occur()));
        yield any.build();
      }
      default -> q;
    };
  }

  /** A snippet with "… " before it and " …" after it where its window did not open or end the text. */
  private static Snippet cut(Snippet s, boolean before, boolean after) {
    String text = s.text();
    List<SearchPage.Mark> marks = s.marks();
    if (before && !text.startsWith("… ")) {
      text = "… " + text;
      marks = marks.stream().map(m -> new SearchPage.Mark(m.start() + 2, m.end() + 2)).toList();
    }
    if (after && !text.endsWith(" …")) {
      text = text + " …";
    }
    return new Snippet(text, marks);
  }

  /**
   * Where the window from {@code start} ends: {@value #WINDOW_CHARS} characters on, moved back to
   * the white space before, or {@code limit}.
   */
  static int windowEnd(String text, int start, int limit) {
    int end = start + WINDOW_CHARS;
    if (end >= limit) {
      return limit;
    }
    for (int i = end; i > end - PASSAGE_CHARS; i--) {
      if (Character.isWhitespace(text.charAt(i - 1))) {
        return i;
      }
    }
    return end;
  }

  /**
   * Where the window after one that ended at {@code end} starts: a sentence start (after ". ", "!
   * ", "? " or a line break) in the {@value #OVERLAP} characters before {@code end}, the earliest
   * one not closer than {@value #PASSAGE_CHARS} to it, else a word start there.
   */
  static int nextStart(String text, int end) {
    int from = Math.max(1, end - OVERLAP);
    int to = Math.max(from, end - PASSAGE_CHARS);
    int word = -1;
    for (int i = from; i < to; i++) {
      char prev = text.charAt(i - 1);
      if (Character.isWhitespace(prev) && !Character.isWhitespace(text.charAt(i))) {
        char before = i >= 2 ? text.charAt(i - 2) : ' ';
        if (prev == '\n' || before == '.' || before == '!' || before == '?') {
          return i;
        }
        if (word < 0) {
          word = i;
        }
      }
    }
    return word >= 0 ? word : from;
  }

  /**
   * The part of {@code query} that searches {@code field}, as a disjunction: its clauses on that
   * field (a phrase stays a phrase), each made optional, the exclusions and the clauses on other
   * fields ({@code lang:nb}, {@code text_nn}) dropped; null when no clause searches the field.
   */
  static Query onField(Query query, String field) {
    switch (query) {
      case BooleanQuery b -> {
        List<Query> kept = new ArrayList<>();
        for (BooleanClause c : b.clauses()) {
          if (c.occur() != Occur.MUST_NOT) {
            Query q = onField(c.query(), field);
            if (q != null) {
              kept.add(q);
            }
          }
        }
        return anyOf(kept);
      }
      case BoostQuery b -> {
        return onField(b.getQuery(), field);
      }
      case ConstantScoreQuery c -> {
        return onField(c.getQuery(), field);
      }
      case DisjunctionMaxQuery d -> {
        List<Query> kept = new ArrayList<>();
        for (Query q : d.getDisjuncts()) {
          Query k = onField(q, field);
          if (k != null) {
            kept.add(k);
          }
        }
        return anyOf(kept);
      }
      default -> {
        Set<String> fields = new HashSet<>();
        query.visit(new QueryVisitor() {
          @Override
          public boolean acceptField(String f) {
            fields.add(f);
            return true;
          }

          @Override
          public QueryVisitor getSubVisitor(Occur occur, Query parent) {
            return occur == Occur.MUST_NOT ? EMPTY_VISITOR : this;
          }
        });
        return fields.equals(Set.of(field)) ? query : null;
      }
    }
  }

  private static Query anyOf(List<Query> queries) {
    if (queries.isEmpty()) {
      return null;
    }
    if (queries.size() == 1) {
      return queries.get(0);
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    queries.forEach(q -> any.add(q, Occur.SHOULD));
    return any.build();
  }

  /** Marks in order, overlapping ones joined. */
  static List<SearchPage.Mark> merged(List<SearchPage.Mark> marks) {
    List<SearchPage.Mark> sorted = new ArrayList<>(marks);
    sorted.sort(Comparator.comparingInt(SearchPage.Mark::start).thenComparingInt(SearchPage.Mark::end));
    List<SearchPage.Mark> out = new ArrayList<>();
    for (SearchPage.Mark m : sorted) {
      SearchPage.Mark last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && m.start() < last.end()) {
        out.set(out.size() - 1, new SearchPage.Mark(last.start(), Math.max(last.end(), m.end())));
      } else {
        out.add(m);
      }
    }
    return List.copyOf(out);
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

  /** A title's matches, offsets into it as it is. */
  private record Marks(List<SearchPage.Mark> marks) {}

  private static final class MarksFormatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      List<SearchPage.Mark> marks = new ArrayList<>();
      for (Passage p : passages) {
        for (int m = 0; m < p.getNumMatches(); m++) {
          int s = Math.max(0, p.getMatchStarts()[m]);
          int e = Math.min(content.length(), p.getMatchEnds()[m]);
          if (s < e) {
            marks.add(new SearchPage.Mark(s, e));
          }
        }
      }
      return new Marks(marks);
    }
  }

  /**
   * The best passage as a {@link Snippet} ({@link #folded}).
   */
  private static final class Formatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      if (passages.length == 0) {
        return new Snippet("", List.of());
      }
      Passage p = passages[0];
      int n = p.getNumMatches();
      return folded(content, p.getStartOffset(), p.getEndOffset(), 0, Arrays.copyOf(p.getMatchStarts(), n),
          Arrays.copyOf(p.getMatchEnds(), n));
    }
  }

  /**
   * {@code content[start, end)} as a snippet: whitespace folded to single spaces (the matches,
   * {@code [matchStarts[i], matchEnds[i])}, moved with it, those outside dropped), "… " before it
   * where it does not open the text (the content from {@code textStart} on) and " …" after it where
   * it does not end it.
   */
  static Snippet folded(String content, int start, int end, int textStart, int[] matchStarts, int[] matchEnds) {
    StringBuilder out = new StringBuilder();
    List<SearchPage.Mark> marks = new ArrayList<>();
    end = Math.min(end, content.length());
    while (start < end && Character.isWhitespace(content.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(content.charAt(end - 1))) {
      end--;
    }
    if (!content.substring(Math.min(textStart, start), start).isBlank()) {
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
    for (int m = 0; m < matchStarts.length; m++) {
      int ms = Math.max(matchStarts[m], start);
      int me = Math.min(matchEnds[m], end);
      if (ms < me) {
        marks.add(new SearchPage.Mark(map[ms - start], map[me - start]));
      }
    }
    if (!content.substring(end).isBlank()) {
      out.append(" …");
    }
    return new Snippet(out.toString(), merged(marks));
  }
}
