package org.tidende.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;

/**
 * Where a query matched one indexed article, as character offsets into its title and text as
 * indexed, read from the postings (the text and name-key fields carry offsets): what a hit's title
 * and snippet mark.
 *
 * <p>Method: the part of the query that searches one field ({@link Snippets#onField}) is taken
 * apart into its words and phrases, each made a {@link Weight} once for a page of hits, and each
 * asked for its {@link Matches} in the hit's document (Lucene's Matches API, which reads the
 * offsets from the postings). An exact phrase is one mark, {@code "Kim Jong-un"} for {@code "kim
 * jong-un"} (and "Brann og redning", the stop word between); a sloppy phrase ({@code "kim
 * rakett"~5}) marks its own words within each match, not the words between, which the whole
 * match's span ("Kim Jong-un inspiserte en ny rakett") covered. A word the query also asks for
 * inside a phrase ({@code "kim jong-un" kim}) is not marked alone where the phrase matched the
 * article: the phrase is why it was found, and "Kim" of "Kim Kardashian" further on is not. A word
 * is told to be the phrase's by its offsets, not its terms: one of its matches lies inside the
 * phrase's match, in either field, since a word may be searched by its name key and the phrase by
 * its stems only ({@link ArticleQueryParser} decides per word and phrase).
 *
 * <p>Why not the highlighter's own marks: the unified highlighter marks each weight match of the
 * whole field query as one span, a sloppy phrase's across the words between, and every word's
 * matches alone; it still chooses the passage ({@link Snippets}).
 *
 * <p>Cost: one weight per word or phrase per page of hits (a phrase's words one more each, when
 * sloppy); per hit, a walk of those terms' positions and offsets in the one document. Failure
 * modes: a word that matches inside a phrase's match only by chance (a sloppy phrase's span
 * holding it, {@code "kim rakett"~5 inspiserte}) is marked only there; a phrase of a wildcard or
 * fuzzy word is one span.
 */
final class MatchMarks {
  private record Clause(Weight weight, boolean phrase, boolean whole, List<Weight> words) {}

  private final IndexSearcher searcher;
  private final String field;
  private final List<Clause> clauses;

  private MatchMarks(IndexSearcher searcher, String field, List<Clause> clauses) {
    this.searcher = searcher;
    this.field = field;
    this.clauses = clauses;
  }

  IndexSearcher searcher() {
    return searcher;
  }

  /** The marks of {@code onField} (the part of a query searching {@code field}) in {@code searcher}'s documents. */
  static MatchMarks of(IndexSearcher searcher, String field, Query onField) throws IOException {
    List<Query> leaves = new ArrayList<>();
    leaves(onField, leaves);
    List<Clause> clauses = new ArrayList<>();
    for (Query q : leaves) {
      Set<Term> terms = new LinkedHashSet<>();
      int slop = -1;
      if (q instanceof PhraseQuery p) {
        terms.addAll(List.of(p.getTerms()));
        slop = p.getSlop();
      } else if (q instanceof MultiPhraseQuery m) {
        for (Term[] ts : m.getTermArrays()) {
          terms.addAll(List.of(ts));
        }
        slop = m.getSlop();
      }
      boolean phrase = slop >= 0 && terms.size() > 1;
      List<Weight> words = new ArrayList<>();
      if (phrase && slop > 0) {
        for (Term t : terms) {
          words.add(weight(searcher, new TermQuery(t)));
        }
      }
      clauses.add(new Clause(weight(searcher, q), phrase, slop == 0, List.copyOf(words)));
    }
    return new MatchMarks(searcher, field, List.copyOf(clauses));
  }

  private static Weight weight(IndexSearcher searcher, Query q) throws IOException {
    return searcher.createWeight(searcher.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
  }

  private static void leaves(Query q, List<Query> out) {
    switch (q) {
      case BooleanQuery b -> b.clauses().stream().filter(c -> c.occur() != Occur.MUST_NOT).forEach(c -> leaves(c.query(), out));
      case BoostQuery b -> leaves(b.getQuery(), out);
      case ConstantScoreQuery c -> leaves(c.getQuery(), out);
      case DisjunctionMaxQuery d -> d.getDisjuncts().forEach(x -> leaves(x, out));
      default -> out.add(q);
    }
  }

  /**
   * What matched in one document: the phrases' marks and whole spans, and each word's marks.
   *
   * @param marks the phrases' marks (a sloppy phrase's words)
   * @param spans the phrases' matches, whole
   * @param words each word clause's matches
   */
  record Found(List<SearchPage.Mark> marks, List<SearchPage.Mark> spans, List<List<SearchPage.Mark>> words) {}

  /** The matches in document {@code doc} of {@code leaf}, offsets into its title and text as indexed. */
  Found in(LeafReaderContext leaf, int doc) throws IOException {
    List<SearchPage.Mark> marks = new ArrayList<>();
    List<SearchPage.Mark> spans = new ArrayList<>();
    List<List<SearchPage.Mark>> words = new ArrayList<>();
    for (Clause c : clauses) {
      if (!c.phrase()) {
        words.add(matches(c.weight(), leaf, doc));
        continue;
      }
      List<SearchPage.Mark> matched = matches(c.weight(), leaf, doc);
      spans.addAll(matched);
      if (c.whole()) {
        marks.addAll(matched);
      } else {
        for (Weight w : c.words()) {
          for (SearchPage.Mark m : matches(w, leaf, doc)) {
            if (inside(m, matched)) {
              marks.add(m);
            }
          }
        }
      }
    }
    return new Found(marks, spans, words);
  }

  /**
   * The marks of what matched one document in each field, in order, overlapping ones joined: the
   * phrases' marks, and each word's, but for a word that is part of a phrase that matched (one of
   * its matches lies inside the phrase's match, in either field: the name keys' "kim" inside the
   * text field's "Kim Jong-un"), whose matches are kept only inside the phrase.
   */
  static List<SearchPage.Mark> combined(List<Found> found) {
    List<SearchPage.Mark> out = new ArrayList<>();
    List<SearchPage.Mark> spans = new ArrayList<>();
    for (Found f : found) {
      out.addAll(f.marks());
      spans.addAll(f.spans());
    }
    for (Found f : found) {
      for (List<SearchPage.Mark> word : f.words()) {
        boolean ofAPhrase = word.stream().anyMatch(m -> inside(m, spans));
        for (SearchPage.Mark m : word) {
          if (!ofAPhrase || inside(m, spans)) {
            out.add(m);
          }
        }
      }
    }
    return Snippets.merged(out);
  }

  private static boolean inside(SearchPage.Mark m, List<SearchPage.Mark> spans) {
    return spans.stream().anyMatch(s -> s.start() <= m.start() && m.end() <= s.end());
  }

  private List<SearchPage.Mark> matches(Weight w, LeafReaderContext leaf, int doc) throws IOException {
    Matches m = w.matches(leaf, doc);
    MatchesIterator it = m == null ? null : m.getMatches(field);
    if (it == null) {
      return List.of();
    }
    List<SearchPage.Mark> out = new ArrayList<>();
    while (it.next()) {
      if (it.startOffset() >= 0 && it.startOffset() < it.endOffset()) {
        out.add(new SearchPage.Mark(it.startOffset(), it.endOffset()));
      }
    }
    return out;
  }
}
