package org.tidende.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.tidende.model.Article;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.tidende.analysis.LanguageProfiles;
import org.tidende.model.Language;

/** {@link Snippets} on its own, with queries shaped as the search builds them ({@code +text_nb:... #lang:nb}). */
class SnippetsTest {
  private static final String FIELD = LuceneStore.textField(Language.NB);
  private static final String FILLER =
      "Kommunestyret diskuterte budsjettet for neste år i flere timer uten å bli enige om noe som helst. ";
  private static final Analyzer PER_FIELD = new PerFieldAnalyzerWrapper(
      LanguageProfiles.of(Language.UND).newAnalyzer(), Map.of(FIELD, LanguageProfiles.of(Language.NB).newAnalyzer(),
          LuceneStore.NAMES, new NameKeyAnalyzer(true)));
  private final Snippets snippets = new Snippets(PER_FIELD);

  /** {@code +text_nb:algard #lang:nb}, as the search reads "Ålgård" for Norwegian articles. */
  private static Query searched(Query words) {
    return new BooleanQuery.Builder().add(words, Occur.MUST).add(new TermQuery(new Term("lang", "nb")), Occur.FILTER)
        .build();
  }

  private static List<String> marked(Snippets.Snippet s) {
    return s.marks().stream().map(m -> s.text().substring(m.start(), m.end())).toList();
  }

  /**
   * A long text is read in windows until one matches, at most {@link Snippets#MAX_CHARS}
   * characters: a match at 20,000 characters is shown, with "… " before and " …" after; a match
   * past the bound is not looked for, and the text's start is shown. Before, the whole text was
   * analysed however long it was (the highlighter without a searcher ignores its maxLength).
   */
  @Test
  void aLongTextIsReadInWindowsUpToABound() {
    Query q = searched(new TermQuery(new Term(FIELD, "ålgård")));
    String match = "Brannen i lagerbygningen på Ålgård ble slukket etter to timer. ";
    Snippets.Snippet at20k = snippets.of(q, FIELD, LuceneStore.NAMES, FILLER.repeat(205) + match + FILLER.repeat(100));
    assertThat(at20k.text()).startsWith("… ").endsWith(" …").contains("lagerbygningen på Ålgård");
    assertThat(marked(at20k)).containsExactly("Ålgård");
    String past = FILLER.repeat(620) + match; // at 60,760 characters
    Snippets.Snippet far = snippets.of(q, FIELD, LuceneStore.NAMES, past);
    assertThat(far.marks()).as("past the bound").isEmpty();
    assertThat(far.text()).startsWith("Kommunestyret diskuterte").endsWith(" …");
    assertThat(Snippets.MAX_CHARS).isLessThan(60_000);
  }

  /** A phrase that a window's cut splits is whole in the next window, which overlaps it. */
  @Test
  void aPhraseAcrossAWindowsCutIsFoundWhole() {
    String text = FILLER.repeat(120);
    int end = Snippets.windowEnd(text, 0, text.length());
    assertThat(end).isLessThanOrEqualTo(Snippets.WINDOW_CHARS);
    int next = Snippets.nextStart(text, end);
    assertThat(end - next).isBetween(Snippets.PASSAGE_CHARS, Snippets.OVERLAP);
    assertThat(text.substring(next)).as("a sentence start").startsWith("Kommunestyret");
    // "Jens Stoltenberg" with the cut between its words
    String cutText = FILLER.repeat(110).substring(0, Snippets.WINDOW_CHARS - 6) + " Jens Stoltenberg kom. "
        + FILLER.repeat(30);
    int cut = Snippets.windowEnd(cutText, 0, cutText.length());
    assertThat(cutText.substring(0, cut)).endsWith("Jens ");
    Snippets.Snippet s = snippets.of(searched(new PhraseQuery(FIELD, "jens", "stoltenberg")), FIELD, LuceneStore.NAMES,
        cutText);
    assertThat(marked(s)).containsExactly("Jens Stoltenberg");
  }

  /**
   * A fuzzy word is compiled to its automaton once for a page of hits, not per hit and field (which
   * made a fuzzy query's hits 4-7 times dearer to mark), and still marks what it matches.
   */
  @Test
  void aPreparedQueryCompilesAFuzzyWordOnce() {
    Snippets.Prepared p = Snippets.prepare(searched(new FuzzyQuery(new Term(FIELD, "stoltenbrg"))));
    Query on = p.on(FIELD);
    assertThat(on).isInstanceOf(AutomatonQuery.class);
    assertThat(p.on(FIELD)).isSameAs(on);
    assertThat(p.on(LuceneStore.NAMES)).isNull();
    Snippets.Snippet s = snippets.of(p, FIELD, LuceneStore.NAMES, "Statsminister Jens Stoltenberg talte i går.");
    assertThat(marked(s)).containsExactly("Stoltenberg");
    assertThat(snippets.title(p, FIELD, LuceneStore.NAMES, "Stoltenberg i Perth")).containsExactly(new SearchPage.Mark(0, 11));
  }

  /** The part of a query on one field: its clauses there, optional; exclusions and other fields dropped. */
  @Test
  void theQueryOnAFieldKeepsItsClausesThere() {
    Query q = new BooleanQuery.Builder()
        .add(searched(new BooleanQuery.Builder().add(new TermQuery(new Term(FIELD, "bran")), Occur.MUST)
            .add(new TermQuery(new Term(FIELD, "fotbal")), Occur.MUST_NOT).build()), Occur.SHOULD)
        .add(searched(new TermQuery(new Term("text_nn", "bran"))), Occur.SHOULD).build();
    assertThat(Snippets.onField(q, FIELD)).hasToString(FIELD + ":bran");
    assertThat(Snippets.onField(q, LuceneStore.NAMES)).isNull();
  }

  /** A searcher over one article indexed as the store indexes it: its text and name-key fields with offsets. */
  private static IndexSearcher indexed(Article a) throws IOException {
    ByteBuffersDirectory d = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(d, new IndexWriterConfig(PER_FIELD))) {
      Document doc = new Document();
      doc.add(new Field(FIELD, a.fullText(), LuceneStore.WITH_OFFSETS));
      doc.add(new Field(LuceneStore.NAMES, a.fullText(), LuceneStore.WITH_OFFSETS));
      w.addDocument(doc);
    }
    return new IndexSearcher(DirectoryReader.open(d));
  }

  /**
   * Where the index has offsets, a hit's snippet analyses none of its text: a hit matched in its
   * title only gets its text's start, and one matched in its text the passage, both from the
   * postings. Before, a title-only hit had the first 50,000 characters of its text analysed in each
   * field the query searched (34-60 ms), a match further in was never found.
   */
  @Test
  void withOffsetsIndexedNoTextIsAnalysed() throws Exception {
    long[] read = {0};
    Snippets counted = new Snippets(counting(read));
    Snippets.Prepared q = Snippets.prepare(searched(new TermQuery(new Term(FIELD, "ålgård"))));
    Article titleOnly = ArchiveTest.article("t1", "nb", "2025-01-09", "Brann på Ålgård", FILLER.repeat(600), null);
    Snippets.Snippet start = counted.hit(q, FIELD, LuceneStore.NAMES, titleOnly, new Snippets.Indexed(indexed(titleOnly), 0)).snippet();
    assertThat(start.marks()).isEmpty();
    assertThat(start.text()).startsWith("Kommunestyret diskuterte").endsWith(" …");
    assertThat(counted.hit(q, FIELD, LuceneStore.NAMES, titleOnly, new Snippets.Indexed(indexed(titleOnly), 0)).title())
        .as("the title's match, from the postings too").containsExactly(new SearchPage.Mark(9, 15));
    assertThat(read[0]).as("characters analysed for a title-only hit").isZero();
    Article far = ArchiveTest.article("t2", "nb", "2025-01-09", "Referat",
        FILLER.repeat(1_000) + "Brannen i lagerbygningen på Ålgård ble slukket etter to timer. " + FILLER.repeat(3), null);
    Snippets.Snippet found = counted.hit(q, FIELD, LuceneStore.NAMES, far, new Snippets.Indexed(indexed(far), 0)).snippet();
    assertThat(marked(found)).as("at 98,000 characters").containsExactly("Ålgård");
    assertThat(found.text()).startsWith("… ").endsWith(" …");
    assertThat(read[0]).as("characters analysed for a text's match").isZero();
  }

  /**
   * Where the index has offsets, a wildcard word's hit ({@code ålg*}, as the page's searcher
   * rewrote it: an automaton, no terms) is marked and its passage found with none of its text
   * analysed. Before, the highlighter, seeing an automaton, analysed the hit's whole text again for
   * the passage (1-2 ms a long hit).
   */
  @Test
  void withOffsetsIndexedAWildcardAnalysesNoText() throws Exception {
    long[] read = {0};
    Snippets counted = new Snippets(counting(read));
    Article far = ArchiveTest.article("t3", "nb", "2025-01-09", "Referat",
        FILLER.repeat(200) + "Brannen i lagerbygningen på Ålgård ble slukket etter to timer. " + FILLER.repeat(3), null);
    IndexSearcher s = indexed(far);
    Query rewritten = s.rewrite(searched(new WildcardQuery(new Term(FIELD, "ålg*"))));
    Snippets.Snippet found = counted.hit(Snippets.prepare(rewritten), FIELD, LuceneStore.NAMES, far,
        new Snippets.Indexed(s, 0)).snippet();
    assertThat(marked(found)).containsExactly("Ålgård");
    assertThat(found.text()).startsWith("… ").contains("Brannen i lagerbygningen").endsWith(" …");
    assertThat(read[0]).as("characters analysed for a wildcard's match").isZero();
  }

  /** {@link #PER_FIELD}, counting into {@code read[0]} the characters it analyses. */
  private static Analyzer counting(long[] read) {
    return new AnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
      @Override
      protected Analyzer getWrappedAnalyzer(String fieldName) {
        return PER_FIELD;
      }

      @Override
      protected Reader wrapReader(String fieldName, Reader reader) {
        return new FilterReader(reader) {
          @Override
          public int read(char[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            read[0] += Math.max(0, n);
            return n;
          }
        };
      }
    };
  }

  /**
   * The sentence breaks found in one pass answer every question the highlighter asks of a break
   * iterator as the JDK's own iterator answers it, at every offset of texts with abbreviations,
   * quotes, line ends, a trailing space and none, and empty: the passages do not move.
   */
  @Test
  void sentenceBreaksFoundInOnePassAreTheJdksBreaks() {
    for (String text : List.of("", "Ein.", "Kim kom. Putin kom ikkje! Kva no? \"Ja.\" Sa han.\n\nNytt avsnitt, t.d. her . Og 2.3 prosent.  ",
        "Dr. Smith went to Washington D.C. on Jan. 5. He met Mr. Jones.\nThen (he said) \u00abnei.\u00bb Slutt", "Utan punktum")) {
      BreakIterator jdk = BreakIterator.getSentenceInstance(Locale.ROOT);
      Snippets.SentenceBreaks ours = new Snippets.SentenceBreaks();
      jdk.setText(text);
      ours.setText(text);
      assertThat(ours.first()).isEqualTo(jdk.first());
      assertThat(ours.last()).isEqualTo(jdk.last());
      for (int o = 0; o <= text.length(); o++) {
        String at = text + " @" + o;
        assertThat(ours.following(o)).as(at).isEqualTo(jdk.following(o));
        assertThat(ours.current()).as(at).isEqualTo(jdk.current());
        assertThat(ours.next()).as(at).isEqualTo(jdk.next());
        assertThat(ours.preceding(o)).as(at).isEqualTo(jdk.preceding(o));
        assertThat(ours.current()).as(at).isEqualTo(jdk.current());
        assertThat(ours.previous()).as(at).isEqualTo(jdk.previous());
        assertThat(ours.current()).as(at).isEqualTo(jdk.current());
        assertThat(ours.isBoundary(o)).as(at).isEqualTo(jdk.isBoundary(o));
        assertThat(ours.next(2)).as(at).isEqualTo(jdk.next(2));
        assertThat(ours.next(-1)).as(at).isEqualTo(jdk.next(-1));
      }
    }
  }
}
