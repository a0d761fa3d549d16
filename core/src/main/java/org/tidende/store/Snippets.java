package org.tidende.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
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
 * <p>Method: Lucene's {@link UnifiedHighlighter}, without a searcher, re-analyses the hit's text
 * (the stored article; the index keeps no term vectors or offsets) under the analyzer of the field
 * the hit's language is indexed in, so the query's stems and stop words match as they did in the
 * search ("brannen" marks a query's "brann"), and picks the best-scoring passage (BM25 over the
 * sentence's matches). Passages are sentences grown or cut to about {@value #PASSAGE_CHARS}
 * characters ({@link LengthGoalBreakIterator}). A word the query meant as a name and matched only
 * by its name key ("Usjakov" finding "Ushakov") is marked by highlighting the name-key field
 * likewise. A hit whose text matched nowhere (the query's words in its title only, or only a
 * {@code source:} or {@code id:} filter) gets the text's first {@value #PASSAGE_CHARS}
 * characters, unmarked. The title is highlighted whole ({@link WholeBreakIterator}), in both
 * fields, its marks the union of the two.
 *
 * <p>Matches are the query's weight matches ({@code withWeightMatches(true)}: Lucene's Matches
 * API run on a one-document index of the text), so a phrase is one mark where it matched, "Kim
 * Jong-un" for {@code "kim jong-un"}, and not each of its words ("Kim", "Jong", "un"). Matching
 * the whole search query against the one text would match nothing, as its filters ({@code
 * lang:nn} beside {@code text_nn}'s words) name fields the text is not in, which is why the first
 * version highlighted by the query's terms ({@code withWeightMatches(false)}), each word marked
 * alone. So the text is highlighted by {@link #onField the part of the query that searches the
 * field}: its clauses on that field, each one optional, the exclusions and the other fields'
 * clauses dropped.
 *
 * <p>Long texts: a text is read in windows of {@value #WINDOW_CHARS} characters, cut at a
 * sentence, the next window overlapping the last by {@value #OVERLAP} characters (so a passage
 * or phrase across the cut is whole in one of them), until one matches, and at most {@value
 * #MAX_CHARS} characters in all. The highlighter without a searcher analyses the whole text it is
 * given (the builder's {@code maxLength} applies only to stored fields read through a searcher),
 * so before, a hit cost the analysis of its whole text, however long, and the design comment's
 * bound of 10,000 characters held nowhere. Now a match within the first window costs what it did
 * for a text under 10,000 characters, a match further in the windows up to it, and a text that
 * matched nowhere (title only) the first {@value #MAX_CHARS} characters; past them the text's start
 * is shown. The best passage is the best of the first window that matched, not of the whole text.
 *
 * <p>Why: the first words of an article say little about why a long article was found; search
 * pages show the matching passage.
 *
 * <p>Cost: the analysis of each hit on the page (20 by default) up to its first matching window,
 * and of its title, in each field the query searches (the hit's language, and the name keys where
 * a word is meant as a name); nothing is added to the index. First measured, of the first version
 * (by terms, whole text), on a data folder of the Norwegian feeds and the
 * Norwegian full articles (3,111 articles; the full articles run to thousands of characters), a
 * page of 20 hits, median of 50 warm searches, in three rounds alternating with a build without
 * snippets on a machine at load 8-11 (so the figures scatter by 2-5x): 12-48 ms against 2-25 ms
 * for queries whose hits are long articles ("brannen", "Stoltenberg", "Oslo politi"), 3-8 ms
 * against 2-11 ms for short feed items ("Trump", "regn i heile landet"): about half a millisecond
 * to a millisecond a long hit, most of it the compound-splitting analysis. Weight matches, the
 * title's marks and the windows, per hit of a page of 20 (the store's own hit step, the fastest of
 * five batches of 10 warm runs, two rounds alternating with the build before, at load 8-9, so
 * still scattered by up to 2x): 0.12-0.67 ms before and 0.15-0.60 ms after for "brannen",
 * "Stoltenberg", "Trump", "regn i heile landet" and {@code "kim jong-un"}, no difference the noise
 * lets through; the phrase {@code "Jens Stoltenberg"} 0.67-0.78 ms before, 0.80-0.98 after (the
 * title's two extra passes and the phrase's one-document index); a 13,448-character article
 * matching in its first window 6.4 ms before, 2.1-4.2 after; articles of 16,820-34,834
 * characters matching only past 10,000 ("Slipknot" at 15,249, "Otteren", "Massachussets") 0.9-7.0
 * ms before, 1.0-3.2 after. On synthetic texts of real Norwegian text (mean of 10 runs, noisier),
 * a match at 1,000 or 15,000 characters: 100,000 characters 39-49 ms before, 4.5-5.6 after;
 * 500,000 characters 30-94 ms before, 2-4 after; no match within the bound (a title-only hit):
 * 34-60 ms for the text field and the name keys over 50,000 characters each, where before it grew
 * with the text. Tried and not kept: the text field and the name keys window by window (each
 * window analysed twice before moving on, where before the name keys were read only when the
 * text field matched nowhere: a late match cost 12-38 ms where it had cost 3-4). A fuzzy word
 * ({@code stoltenbrg~}) built its Levenshtein automaton in each of a hit's four passes (text and
 * title, language field and name keys): 7.8-8.0 ms a hit against 1.6-1.7 by terms; so a page's
 * query is {@link Prepared prepared} once, its fuzzy words compiled to automata then: 1.6-3.3 ms
 * a hit against 1.7-5.7 before (fastest of five batches of a page, at load 9-12).
 * Failure modes: a match past {@value #MAX_CHARS} characters is not found (the start is shown); a
 * hit whose text matched nowhere costs the analysis of {@value #MAX_CHARS} characters of it; a
 * clause the search required is optional here, so where a phrase and a word of it are both asked
 * for, the word is marked where it stands alone too.
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

  private final UnifiedHighlighter passages;
  private final UnifiedHighlighter whole;

  Snippets(Analyzer perFieldIndexAnalyzer) {
    this.passages = UnifiedHighlighter.builderWithoutSearcher(perFieldIndexAnalyzer)
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
            BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_CHARS, 0.3f))
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
    private final Map<String, Optional<Query>> byField = new java.util.concurrent.ConcurrentHashMap<>();

    private Prepared(Query query) {
      this.query = query;
    }

    /** The part of the query that searches {@code field}, or null. */
    Query on(String field) {
      return byField.computeIfAbsent(field, f -> Optional.ofNullable(onField(query, f)).map(Snippets::compiled))
          .orElse(null);
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
    sorted.sort(java.util.Comparator.comparingInt(SearchPage.Mark::start).thenComparingInt(SearchPage.Mark::end));
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
          marks.add(new SearchPage.Mark(map[ms - start], map[me - start]));
        }
      }
      if (!content.substring(end).isBlank()) {
        out.append(" …");
      }
      return new Snippet(out.toString(), merged(marks));
    }
  }
}
