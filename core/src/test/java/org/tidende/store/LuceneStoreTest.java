package org.tidende.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidende.model.Article;
import org.tidende.model.ArticleDate;
import org.tidende.model.ArticleId;
import org.tidende.model.Language;
import org.tidende.model.Story;
import org.tidende.model.StoryId;

class LuceneStoreTest {
  @TempDir Path dir;

  private static StoredArticle stored(long seq) {
    Article a = ArchiveTest.article("a" + seq, "nb", "2025-01-07", "Tittel " + seq, "Tekst nummer " + seq + ".", null);
    return new StoredArticle(a, Language.NB, new StoryId("s" + seq), seq, 0L);
  }

  /** Every article once, in seq order, whatever the gaps between seqs and the page size. */
  @Test
  void pagesBySeqReadEveryArticleOnceInOrderAcrossGaps() throws Exception {
    long[] seqs = {1, 2, 3, 7, 8, 5_000, 5_001, 1_000_000, 1_000_003, 40_000_000_000L};
    try (LuceneStore store = new LuceneStore(dir)) {
      List<StoredArticle> in = new ArrayList<>();
      for (long s : seqs) {
        in.add(stored(s));
      }
      // two commits, so the pages cross segments
      store.putArticles(in.subList(0, 5), false);
      store.commit(8);
      store.putArticles(in.subList(5, in.size()), false);
      store.commit(40_000_000_000L);
      store.refresh();
      for (int limit : new int[] {1, 2, 3, 4, 100}) {
        List<Long> read = new ArrayList<>();
        long after = Long.MIN_VALUE;
        for (List<StoredArticle> page; !(page = store.articlesAfter(after, limit)).isEmpty(); ) {
          assertThat(page.size()).isLessThanOrEqualTo(limit);
          page.forEach(p -> read.add(p.seq()));
          after = page.get(page.size() - 1).seq();
        }
        assertThat(read).as("page size %d", limit).containsExactly(1L, 2L, 3L, 7L, 8L, 5_000L, 5_001L, 1_000_000L,
            1_000_003L, 40_000_000_000L);
      }
      assertThat(store.articlesAfter(8, 3)).extracting(StoredArticle::seq).containsExactly(5_000L, 5_001L, 1_000_000L);
      assertThat(store.articlesAfter(40_000_000_000L, 3)).isEmpty();
      assertThat(store.articlesAfter(Long.MAX_VALUE, 3)).isEmpty();
    }
  }

  private static StoredArticle dated(long seq, String date, String title, String text) {
    Article a = ArchiveTest.article("x" + seq, "nb", date, title, text, null);
    return new StoredArticle(a, Language.NB, new StoryId("s" + seq), seq, 0L);
  }

  private static List<String> ids(SearchPage p) {
    return p.hits().stream().map(h -> h.article().article().id().value()).toList();
  }

  /**
   * A folder an older build wrote keeps a declared ISO 639-2 code as the language ({@code fra}, the
   * language record taking any code then): {@code ?lang=fr}, {@code lang:fr} and {@code --lang fre}
   * find its articles and stories, and its languages list {@code fr} once with every article. Before,
   * only {@code fra} itself matched, until the folder was indexed again.
   */
  @Test
  void codesAnOlderBuildStoredAsIso6392MatchTheirIso6391Code() throws Exception {
    Article old = ArchiveTest.article("f1", "fra", "2019-04-25", "Incendie à Paris", "Un incendie à Paris ce matin.", null);
    Article now = ArchiveTest.article("f2", "fr", "2019-04-26", "Incendie à Lyon", "Un incendie à Lyon ce soir.", null);
    try (LuceneStore store = new LuceneStore(dir)) {
      store.putArticles(List.of(new StoredArticle(old, new Language("fra"), new StoryId("sf1"), 1, 0L),
          new StoredArticle(now, Language.parse("fr"), new StoryId("sf2"), 2, 0L)), false);
      var first = ArticleDate.parse("2019-04-25").orElseThrow();
      Story story = new Story(new StoryId("sf1"), "Incendie à Paris",
          List.of(new Language("fra")), List.of("Avis f"), first, first, List.of(new Story.StoryArticle(
              old.id(), old.file(), 0, old.title(), new Language("fra"), first, first, "Avis f", null, 1.0)), null);
      store.putStories(List.of(new StoryRecord(story, ArticleCodec.JSON.createObjectNode().put("id", "sf1"), 1)));
      store.commit(2);
      store.refresh();
      for (String code : List.of("fr", "FRA", "fre", "fr,de")) {
        assertThat(ids(store.search("incendie", code, 10, 0))).as(code).containsExactlyInAnyOrder("f1", "f2");
        assertThat(store.stories(new StoryQuery(StoryQuery.Sort.NEWEST, 10, 0, Language.parseFilter(code).stream()
            .map(Language::code).collect(Collectors.joining(",")), null, null, null, null)).total())
            .as(code).isEqualTo(1);
      }
      assertThat(ids(store.search("incendie lang:fr", null, 10, 0))).containsExactlyInAnyOrder("f1", "f2");
      assertThat(ids(store.search("incendie -lang:fre", null, 10, 0))).isEmpty();
      assertThat(store.articleLanguages()).containsExactly(Map.entry("fr", 2L));
      assertThat(store.article(new ArticleId("f1")).orElseThrow().language()).isEqualTo(Language.parse("fr"));
    }
  }

  /**
   * The stored sources spelt as asked but for case; else those in which the value begins a word
   * ({@code Avis} or {@code nordic} for a part of the name, which until session 39 got no
   * suggestion); none when the source is stored as asked, or spelt otherwise.
   */
  @Test
  void sourcesSpeltLikeNameTheStoredSpelling() throws Exception {
    Article a = ArchiveTest.article("n1", "nb", "2025-03-11", "Brann", "Brann i Bergen.", null); // source "Avis n"
    Article wire = new Article(new ArticleId("w1"), "test", 0, null, "Nordic Wire", "Brann",
        "Brann i Bergen.", null, Language.NB, Map.of());
    try (LuceneStore store = new LuceneStore(dir)) {
      store.putArticles(List.of(new StoredArticle(a, Language.parse("nb"), new StoryId("sn1"), 1, 0L),
          new StoredArticle(wire, Language.NB, new StoryId("sw1"), 2, 0L)), false);
      store.commit(2);
      store.refresh();
      assertThat(store.sourcesSpeltLike("avis N", 3)).containsExactly("Avis n");
      assertThat(store.sourcesSpeltLike("Avis n", 3)).isEmpty();
      assertThat(store.sourcesSpeltLike("Avis", 3)).containsExactly("Avis n");
      assertThat(store.sourcesSpeltLike("nordic", 3)).containsExactly("Nordic Wire");
      assertThat(store.sourcesSpeltLike("WIRE", 3)).containsExactly("Nordic Wire");
      assertThat(store.sourcesSpeltLike("ordic", 3)).as("inside a word").isEmpty();
      assertThat(store.sourcesSpeltLike("n", 3)).as("one letter").isEmpty();
      assertThat(store.sourcesSpeltLike("Avisen", 3)).isEmpty();
      assertThat(ids(store.search("source:Nordic", null, 10, 0))).isEmpty();
      assertThat(store.search("source:Nordic", null, 10, 0).sourcesInOtherCase())
          .containsExactly(Map.entry("Nordic", List.of("Nordic Wire")));
    }
  }

  /**
   * A search whose {@code source:} clause found nothing names the stored spelling of another case
   * (a source clause is exact); not where it found something, nor for an excluded source.
   */
  @Test
  void aSearchForASourceInAnotherCaseNamesTheStoredSpelling() throws Exception {
    Article a = ArchiveTest.article("n1", "nb", "2025-03-11", "Brann", "Brann i Bergen.", null); // source "Avis n"
    try (LuceneStore store = new LuceneStore(dir)) {
      store.putArticles(List.of(new StoredArticle(a, Language.parse("nb"), new StoryId("sn1"), 1, 0L)), false);
      store.commit(1);
      store.refresh();
      SearchPage lower = store.search("brann source:\"avis N\"", null, 10, 0);
      assertThat(lower.total()).isZero();
      assertThat(lower.sourcesInOtherCase()).containsExactly(Map.entry("avis N", List.of("Avis n")));
      assertThat(store.search("brann source:\"Avis n\"", null, 10, 0).sourcesInOtherCase()).isEmpty();
      assertThat(store.search("bergen -source:\"avis N\" -brann", null, 10, 0).sourcesInOtherCase()).isEmpty();
      assertThat(store.search("source:nobody", null, 10, 0).sourcesInOtherCase()).isEmpty();
    }
  }

  /**
   * {@code *} (and {@code *:*}) is every article, and a query with no word to rank by ({@code *},
   * {@code lang:nb}, {@code -Voss}) comes newest first whatever sort was asked for, the page saying
   * so: its hits all score alike, and by relevance they came in the order stored. Before, {@code *}
   * was a syntax error (searched as plain words: nothing found), and {@code **} and {@code id:*}
   * were until session 38.
   */
  @Test
  void aStarIsEveryArticleNewestFirst() throws Exception {
    try (LuceneStore store = new LuceneStore(dir)) {
      store.putArticles(List.of(
          dated(1, "2025-03-01", "Brann i Bergen", "Ein brann i sentrum."),
          dated(2, null, "Udatert", "Ingen dato her."),
          dated(3, "2025-03-10T08:00", "Flaum", "Elva gjekk over sine breidder."),
          dated(4, "2025-03-11", "Brann på Voss", "Brann på Voss."),
          dated(5, "2025-02", "Vinter", "Snø i februar.")), false);
      store.commit(5);
      store.refresh();
      assertThat(store.syntaxError("*")).isEmpty();
      // ** and id:* too (every article has an id), where Lucene refused them ("'*' or '?' not allowed as first character")
      for (String q : List.of("*", "*:*", " * ", "**", "id:*", "id:**")) {
        assertThat(store.syntaxError(q)).as(q).isEmpty();
        SearchPage all = store.search(q, null, SearchPage.Sort.RELEVANCE, 10, 0);
        assertThat(ids(all)).as(q).containsExactly("x4", "x3", "x1", "x5", "x2");
        assertThat(all.total()).isEqualTo(5);
        assertThat(all.sort()).isEqualTo(SearchPage.Sort.NEWEST);
        assertThat(all.plainWords()).isNull();
      }
      assertThat(ids(store.search("*", null, SearchPage.Sort.NEWEST, 2, 1))).containsExactly("x3", "x1");
      assertThat(ids(store.search("* -Voss", null, SearchPage.Sort.RELEVANCE, 10, 0))).containsExactly("x3", "x1", "x5", "x2");
      assertThat(ids(store.search("lang:nb", null, SearchPage.Sort.RELEVANCE, 10, 0))).containsExactly("x4", "x3", "x1", "x5", "x2");
      assertThat(ids(store.search("* lang:da", null, SearchPage.Sort.RELEVANCE, 10, 0))).isEmpty();
      // words to rank by: relevance as asked, * adding nothing to them
      SearchPage brann = store.search("brann *", null, SearchPage.Sort.RELEVANCE, 10, 0);
      assertThat(brann.sort()).isEqualTo(SearchPage.Sort.RELEVANCE);
      assertThat(ids(brann)).containsExactlyInAnyOrder("x1", "x4");
      assertThat(store.search("brann", null, SearchPage.Sort.RELEVANCE, 10, 0).sort()).isEqualTo(SearchPage.Sort.RELEVANCE);
    }
  }

  /**
   * A field's stars ({@code source:*}, {@code story:*}, {@code lang:*}, {@code url:*}) are the
   * articles that have the field, a filter (newest first, as {@code *}); a word beginning with a
   * star is refused in Tidende's words, naming what works. Before, Lucene refused them all ("'*' or
   * '?' not allowed as first character in WildcardQuery") and the query was searched as plain words.
   */
  @Test
  void aFieldsStarsAreTheArticlesThatHaveTheField() throws Exception {
    try (LuceneStore store = new LuceneStore(dir)) {
      Article unsourced = new Article(new ArticleId("x3"), "test", 0, null, null, "Flaum",
          "Elva gjekk over sine breidder.", ArticleDate.parse("2025-03-10").orElse(null), Language.NB,
          Map.of());
      store.putArticles(List.of(
          dated(1, "2025-03-01", "Brann i Bergen", "Ein brann i sentrum."),
          new StoredArticle(ArchiveTest.article("x2", "nb", "2025-03-02", "Brann på Voss", "Brann på Voss.",
              "https://example.org/x2"), Language.NB, new StoryId("s2"), 2, 0L),
          new StoredArticle(unsourced, Language.NB, new StoryId("s3"), 3, 0L)), false);
      store.commit(3);
      store.refresh();
      for (String q : List.of("story:*", "lang:*", "lang:**", "type:*")) {
        assertThat(store.syntaxError(q)).as(q).isEmpty();
        SearchPage all = store.search(q, null, SearchPage.Sort.RELEVANCE, 10, 0);
        assertThat(ids(all)).as(q).containsExactly("x3", "x2", "x1");
        assertThat(all.sort()).as(q).isEqualTo(SearchPage.Sort.NEWEST);
        assertThat(all.plainWords()).as(q).isNull();
      }
      assertThat(ids(store.search("source:*", null, 10, 0))).containsExactly("x2", "x1");
      assertThat(ids(store.search("-source:*", null, 10, 0))).containsExactly("x3");
      assertThat(ids(store.search("url:*", null, 10, 0))).containsExactly("x2");
      SearchPage brann = store.search("brann source:*", null, 10, 0);
      assertThat(ids(brann)).containsExactlyInAnyOrder("x1", "x2");
      assertThat(brann.sort()).isEqualTo(SearchPage.Sort.RELEVANCE);
      for (String q : List.of("*ann", "source:*gen", "?rann")) {
        assertThat(store.syntaxError(q)).as(q).hasValueSatisfying(m -> assertThat(m)
            .contains("may not begin with * or ?", "brann*", "source:*").doesNotContain("WildcardQuery"));
      }
    }
  }

  /**
   * A prefix finds the word it is written as: Norwegian indexes "brann" and "brannen" as the stem
   * "bran" and "Havørn" as "havør", so {@code brann*} and {@code Havørn*}, matched against the
   * stems as typed, found none of the articles {@code brann} and {@code Havørn} find. A longer word
   * the prefix begins is still found ({@code brannvesenet}), a word that only shares the stem's
   * letters is not ({@code brande}: {@code bran*} would find it), and the word is marked.
   */
  @Test
  void aPrefixFindsTheWordItselfWhereTheStemIsShorter() throws Exception {
    try (LuceneStore store = new LuceneStore(dir)) {
      store.putArticles(List.of(
          dated(1, "2025-03-01", "Brann i Bergen", "Ein brann i sentrum i natt."),
          dated(2, "2025-03-02", "Brannen er sløkt", "Brannen i lagerbygget er no sløkt."),
          dated(3, "2025-03-03", "Ferja Havørn", "Havørn la til kai i Kristiansand."),
          dated(4, "2025-03-04", "Øvelse", "Brannvesenet øvde på kaia i dag."),
          dated(5, "2025-03-05", "Marked", "Dei vil brande byen betre.")), false);
      store.commit(5);
      store.refresh();
      assertThat(ids(store.search("brann", null, SearchPage.Sort.NEWEST, 10, 0))).containsExactly("x2", "x1");
      assertThat(ids(store.search("brann*", null, SearchPage.Sort.NEWEST, 10, 0))).containsExactly("x4", "x2", "x1");
      assertThat(ids(store.search("Havørn*", null, SearchPage.Sort.NEWEST, 10, 0))).containsExactly("x3");
      SearchPage hit = store.search("brann*", null, SearchPage.Sort.NEWEST, 10, 0);
      assertThat(marked(hit.hits().get(2))).containsExactly("brann");
    }
  }

  /**
   * Why a query was read as plain words quotes it with its letters as typed: Lucene's message wrote
   * every letter past ASCII as a Java escape, {@code Hav} and {@code \}{@code u00f8rn} for "Havørn",
   * on the web page, in {@code read_as_plain_words} and in {@code tidende search}'s refusal.
   */
  @Test
  void whyAQueryIsReadAsPlainWordsQuotesItsLettersAsTyped() throws Exception {
    try (LuceneStore store = new LuceneStore(dir)) {
      store.putArticles(List.of(dated(1, "2025-03-03", "Ferja Havørn", "Havørn la til kai.")), false);
      store.commit(1);
      store.refresh();
      SearchPage page = store.search("\"Havørn AND", null, SearchPage.Sort.RELEVANCE, 10, 0);
      assertThat(ids(page)).containsExactly("x1");
      assertThat(page.plainWords()).contains("\"Havørn AND").doesNotContain("\\");
      assertThat(store.syntaxError("Ærø \"sør")).get(InstanceOfAssertFactories.STRING)
          .contains("\"sør").doesNotContain("\\");
    }
    assertThat(LuceneStore.unescaped("a \\\\u00f8 \\u000a b\\")).isEqualTo("a \\u00f8 \\u000a b\\");
  }

  /**
   * Newest first by publication date: a day at its noon, a month at its 15th, undated last, equal
   * dates by relevance (x4 mentions the fire four times, x3 once, and x3 was indexed first); the
   * same order from a folder indexed before the date field existed, read-only, from the stored articles.
   */
  @Test
  void searchSortsNewestFirstUndatedLastTiesByRelevance() throws Exception {
    try (LuceneStore store = new LuceneStore(dir)) {
      store.putArticles(List.of(
          dated(1, "2025-03-01", "Brann i Bergen", "Ein brann i sentrum."),
          dated(2, null, "Brann", "Brann, brann, brann."),
          dated(3, "2025-03-10T08:00", "Flaum", "Elva gjekk over sine breidder, og ein brann til."),
          dated(4, "2025-03-10T08:00", "Brann brann på Voss", "Brann på Voss, stor brann."),
          dated(5, "2025-02", "Vinter", "Ein brann i februar.")), false);
      store.commit(5);
      store.refresh();
      assertThat(ids(store.search("brann", null, SearchPage.Sort.RELEVANCE, 10, 0)).get(0)).isNotEqualTo("x4");
      assertThat(ids(store.search("brann", null, 10, 0))).as("relevance by default")
          .isEqualTo(ids(store.search("brann", null, SearchPage.Sort.RELEVANCE, 10, 0)));
      SearchPage newest = store.search("brann", null, SearchPage.Sort.NEWEST, 10, 0);
      assertThat(ids(newest)).containsExactly("x4", "x3", "x1", "x5", "x2");
      assertThat(newest.total()).isEqualTo(5);
      assertThat(newest.hits()).allMatch(h -> h.score() > 0);
      assertThat(ids(store.search("brann", null, SearchPage.Sort.NEWEST, 2, 2))).containsExactly("x1", "x5");
      assertThat(ids(store.search("brann -Voss", null, SearchPage.Sort.NEWEST, 10, 0))).containsExactly("x3", "x1", "x5", "x2");
    }
    // a folder indexed by a build before the date field: its commit says index version 4
    try (var w = new IndexWriter(FSDirectory.open(dir),
        new IndexWriterConfig())) {
      w.setLiveCommitData(Map.of("seq", "5", LuceneStore.ANALYSIS_KEY, "4").entrySet());
      w.commit();
    }
    try (LuceneStore old = LuceneStore.openReadOnly(dir)) {
      assertThat(old.analysisCurrent()).isFalse();
      assertThat(ids(old.search("brann", null, SearchPage.Sort.NEWEST, 10, 0))).containsExactly("x4", "x3", "x1", "x5", "x2");
      assertThat(ids(old.search("brann", null, SearchPage.Sort.NEWEST, 2, 2))).containsExactly("x1", "x5");
      assertThat(old.search("brann", null, SearchPage.Sort.NEWEST, 2, 2).total()).isEqualTo(5);
    }
  }

  /**
   * A text stored with a narrow no-break space in a number ({@code 10\u202f000}, as builds before
   * session 33 stored what they read) is found by {@code 10 000} and by {@code "10 000 kroner"},
   * and marked there: the store reads Unicode spaces as spaces ({@link PlainSpaces}), and an older
   * folder is indexed again at its first open (index version 6). Before, the tokenizer joined the
   * digits across U+202F into one term, and only ingesting the file again into a new folder found it.
   */
  @Test
  void aNumberStoredWithANarrowNoBreakSpaceIsFoundWithASpace() throws Exception {
    try (LuceneStore store = new LuceneStore(dir)) {
      store.putArticles(List.of(dated(1, "2025-01-07", "Bot", "Selskapet må betale 10\u202f000 kroner i bot.")), false);
      store.commit(1);
      store.refresh();
      assertThat(ids(store.search("10 000", null, 10, 0))).containsExactly("x1");
      SearchPage.Hit hit = store.search("\"10 000 kroner\"", null, 10, 0).hits().get(0);
      assertThat(marked(hit)).containsExactly("10\u202f000 kroner");
    }
    // a folder of index version 5 (before this analysis) is indexed again when a server or ingest opens it
    try (var w = new IndexWriter(FSDirectory.open(dir),
        new IndexWriterConfig())) {
      w.setLiveCommitData(Map.of("seq", "1", LuceneStore.ANALYSIS_KEY, "5").entrySet());
      w.commit();
    }
    try (LuceneStore old = LuceneStore.openReadOnly(dir)) {
      assertThat(old.analysisCurrent()).isFalse();
      assertThat(ids(old.search("bot", null, SearchPage.Sort.NEWEST, 10, 0))).containsExactly("x1");
    }
  }

  private static List<String> marked(SearchPage.Hit h) {
    return h.marks().stream().map(m -> h.snippet().substring(m.start(), m.end())).toList();
  }

  /**
   * A match anywhere in a long text is its snippet: the text and name-key fields carry offsets in
   * their postings, so the highlighter reads the matches from the index and no text is analysed.
   * Before, a text was analysed in windows up to its first 50,000 characters, and a match past them
   * not found (the text's start shown, unmarked).
   */
  @Test
  void aMatchFarIntoALongTextIsItsSnippet() throws Exception {
    String filler = "Kommunestyret diskuterte budsjettet for neste år i flere timer uten å bli enige om noe som helst. ";
    String text = filler.repeat(2_000) + "Brannen i lagerbygningen på Ålgård ble slukket, opplyser Jurij Usjakov. "
        + filler.repeat(10); // the match at 196,000 characters
    try (LuceneStore store = new LuceneStore(dir)) {
      store.putArticles(List.of(dated(1, "2025-01-07", "Referat fra Tjøme", text)), false);
      store.commit(1);
      store.refresh();
      SearchPage.Hit hit = store.search("Ålgård", null, 10, 0).hits().get(0);
      assertThat(hit.snippet()).startsWith("… ").endsWith(" …").contains("lagerbygningen på Ålgård");
      assertThat(marked(hit)).containsExactly("Ålgård");
      SearchPage.Hit name = store.search("Ushakov", null, 10, 0).hits().get(0);
      assertThat(marked(name)).as("by its name key").containsExactly("Usjakov");
      SearchPage.Hit title = store.search("Tjøme", null, 10, 0).hits().get(0);
      assertThat(title.marks()).as("the title's match is no passage of the text").isEmpty();
      assertThat(title.snippet()).startsWith("Kommunestyret diskuterte").endsWith(" …");
      assertThat(title.titleMarks()).hasSize(1);
    }
  }

  /** An index as an older build wrote it: text and names fields without offsets. */
  private void indexWithoutOffsets() throws Exception {
    try (var d = FSDirectory.open(dir);
        var w = new IndexWriter(d, new IndexWriterConfig())) {
      var doc = new Document();
      doc.add(new TextField(LuceneStore.textField(Language.NB), "gammel tekst",
          Field.Store.NO));
      doc.add(new TextField(LuceneStore.NAMES, "gammel tekst", Field.Store.NO));
      w.addDocument(doc);
      w.commit();
    }
  }

  /**
   * A folder written before offsets were indexed goes on being indexed without them (Lucene refuses
   * to change a field's index options within an index, and would refuse every article), and its
   * snippets are found by analysing the text as before.
   */
  @Test
  void aFolderIndexedWithoutOffsetsIsStillWrittenAndMarked() throws Exception {
    indexWithoutOffsets();
    try (LuceneStore store = new LuceneStore(dir)) {
      store.putArticles(List.of(dated(1, "2025-01-07", "Brann på Ålgård", "Brannen i lagerbygningen på Ålgård ble slukket.")), false);
      store.commit(1);
      store.refresh();
      SearchPage.Hit hit = store.search("Ålgård", null, 10, 0).hits().get(0);
      assertThat(marked(hit)).containsExactly("Ålgård");
    }
  }

  /**
   * In a folder indexed without offsets (marked by analysis), a phrase from the title's end into the
   * text's start is marked in both, as from the index; the title and the text analysed apart held
   * no match of it, and the hit was shown with no mark at all.
   */
  @Test
  void aFolderWithoutOffsetsMarksAPhraseFromTheTitleIntoTheText() throws Exception {
    indexWithoutOffsets();
    try (LuceneStore store = new LuceneStore(dir)) {
      store.putArticles(List.of(dated(1, "2025-01-07", "Brann i Oslo sentrum",
          "Politiet melder at ingen ble skadet. Brannvesenet hadde kontroll etter en time.")), false);
      store.commit(1);
      store.refresh();
      SearchPage.Hit hit = store.search("\"sentrum politiet\"", null, 10, 0).hits().get(0);
      assertThat(titleMarked(hit)).containsExactly("sentrum");
      assertThat(hit.snippet()).startsWith("Politiet melder");
      assertThat(marked(hit)).containsExactly("Politiet");
      SearchPage.Hit longer = store.search("\"oslo sentrum politiet melder\" brann", null, 10, 0).hits().get(0);
      assertThat(titleMarked(longer)).containsExactly("Brann", "Oslo sentrum");
      assertThat(marked(longer)).containsExactly("Politiet melder");
    }
  }

  /**
   * In a folder indexed without offsets, a phrase from the title's end into the text's start is
   * marked in both also where the text matches the query elsewhere ({@code "sentrum politiet"
   * skadet}): before, the title-to-text phrase was looked for only where the text alone had no
   * mark, and this hit showed "skadet" marked and the phrase in neither its title nor its snippet.
   */
  @Test
  void aFolderWithoutOffsetsMarksAPhraseFromTheTitleIntoTheTextBesideOtherMatches() throws Exception {
    indexWithoutOffsets();
    try (LuceneStore store = new LuceneStore(dir)) {
      store.putArticles(List.of(dated(1, "2025-01-07", "Brann i Oslo sentrum",
          "Politiet melder at ingen ble skadet. Brannvesenet hadde kontroll etter en time.")), false);
      store.commit(1);
      store.refresh();
      SearchPage.Hit hit = store.search("\"sentrum politiet\" skadet", null, 10, 0).hits().get(0);
      assertThat(titleMarked(hit)).containsExactly("sentrum");
      assertThat(hit.snippet()).startsWith("Politiet melder");
      assertThat(marked(hit)).containsExactly("Politiet", "skadet");
      SearchPage.Hit word = store.search("skadet", null, 10, 0).hits().get(0);
      assertThat(titleMarked(word)).as("no phrase, nothing across").isEmpty();
      assertThat(marked(word)).containsExactly("skadet");
    }
  }

  private static List<String> titleMarked(SearchPage.Hit h) {
    String t = h.article().article().title();
    return h.titleMarks().stream().map(m -> t.substring(m.start(), m.end())).toList();
  }

  /**
   * A sloppy phrase marks its own words, not the words between them, which its match's span
   * covered ("Kim Jong-un inspiserte en ny rakett" for {@code "kim rakett"~8}); a word the query
   * also asks for inside a phrase is not marked alone where the phrase matched ({@code "kim
   * jong-un" kim} marked "Kim" of "Kim Kardashian" too), but is where it did not; an exact phrase
   * stays one mark, its stop word inside it.
   */
  @Test
  void aPhraseMarksItsOwnWordsAndAWordOfItIsNotMarkedAlone() throws Exception {
    try (LuceneStore store = new LuceneStore(dir)) {
      store.putArticles(List.of(
          dated(1, "2025-01-07", "Kim Jong-un på inspeksjon", "Kim Jong-un inspiserte en ny rakett i går, melder statlige "
              + "medier. Kim Kardashian var ikke der. Brann og redning rykket ut til en brann i Bergen."),
          dated(2, "2025-01-07", "Kjendiser i Bergen", "Kim Kardashian besøkte Bergen i helgen.")), false);
      store.commit(2);
      store.refresh();
      SearchPage.Hit sloppy = store.search("\"kim rakett\"~5", null, 10, 0).hits().get(0);
      assertThat(marked(sloppy)).containsExactly("Kim", "rakett");
      SearchPage.Hit both = store.search("\"kim jong-un\" kim", null, 10, 0).hits().get(0);
      assertThat(marked(both)).containsExactly("Kim Jong-un");
      assertThat(titleMarked(both)).containsExactly("Kim Jong-un");
      List<SearchPage.Hit> either = store.search("\"kim jong-un\" OR kim", null, 10, 0).hits();
      SearchPage.Hit other = either.stream().filter(h -> h.article().article().id().value().equals("x2")).findFirst().orElseThrow();
      assertThat(marked(other)).as("the phrase did not match here").containsExactly("Kim");
      SearchPage.Hit exact = store.search("\"brann og redning\"", null, 10, 0).hits().get(0);
      assertThat(marked(exact)).containsExactly("Brann og redning");
      SearchPage.Hit words = store.search("\"brann redning\"~3", null, 10, 0).hits().get(0);
      assertThat(marked(words)).containsExactly("Brann", "redning");
    }
  }

  /**
   * The snippet holds a mark: where the highlighter's best passage is one of a word's lone matches,
   * which are not marked since the phrase it is part of matched ({@code "kim jong-un" kim}), the
   * passage with the phrase is shown; before, the passage of "Kim Kardashian, Kim Wilde ...", none
   * of it marked.
   */
  @Test
  void theSnippetIsAPassageWithAMark() throws Exception {
    String text = "Kim Jong-un kom til møtet i går. Det regnet hele dagen i byen, og mange var ute og gikk. Det var mye "
        + "folk i gatene. Butikkene hadde åpent til sent. Det var kaldt ute og mange hadde på seg varme klær. Bussene gikk "
        + "som normalt, og togene var i rute. Ingen meldte om problemer i trafikken. Senere på kvelden kom Kim Kardashian, "
        + "Kim Wilde og Kim Larsen til festen, og Kim Possible var der også. Kim sang, og Kim danset.";
    try (LuceneStore store = new LuceneStore(dir)) {
      store.putArticles(List.of(dated(1, "2025-01-07", "Møte i går", text)), false);
      store.commit(1);
      store.refresh();
      SearchPage.Hit hit = store.search("\"kim jong-un\" kim", null, 10, 0).hits().get(0);
      assertThat(hit.snippet()).startsWith("Kim Jong-un kom til møtet");
      assertThat(marked(hit)).containsExactly("Kim Jong-un");
    }
  }

  /**
   * A fuzzy word marks the words it was searched by: the terms the page's searcher expanded it to
   * (at most 50, the closest first), the query rewritten once for the count, the search and the
   * marks. Before, its marks ran its Levenshtein automaton again per field and hit (compiled once
   * more per field and page), marking every word within its edits, one the search had not used too
   * ("stultenbarg", two edits, beside 55 words one edit away).
   */
  @Test
  void aFuzzyWordMarksTheWordsItWasSearchedBy() throws Exception {
    List<StoredArticle> in = new ArrayList<>();
    in.add(dated(1, "2025-01-07", "Møte", "Her møtte stoltenberg og stultenbarg hverandre."));
    String letters = "abcdfghijklmnpqrsuvwxyz";
    int seq = 2;
    for (int at : new int[] {4, 6, 8}) { // one letter of "stoltenberg" replaced: one edit away, 3 x 19 words
      for (char c : letters.toCharArray()) {
        String w = "stoltenberg".substring(0, at) + c + "stoltenberg".substring(at + 1);
        if (!w.equals("stoltenberg") && seq <= 56) {
          in.add(dated(seq, "2025-01-07", "Notat", "Her kom " + w + " i går."));
          seq++;
        }
      }
    }
    try (LuceneStore store = new LuceneStore(dir)) {
      store.putArticles(in, false);
      store.commit(in.size());
      store.refresh();
      SearchPage page = store.search("stoltenberg~", null, 100, 0);
      SearchPage.Hit both = page.hits().stream().filter(h -> h.article().article().id().value().equals("x1"))
          .findFirst().orElseThrow();
      assertThat(marked(both)).containsExactly("stoltenberg");
      assertThat(page.total()).as("the search's 50 terms").isEqualTo(50);
      assertThat(page.hits()).allMatch(h -> h.marks().size() == 1);
    }
  }

  /**
   * A phrase whose match runs from the title's end into the text's start (the title and the text
   * are indexed as one value) is marked in both: its title part in the title, its text part at the
   * start of the snippet, which opens the text. Before, its one mark lay in neither and was dropped:
   * the title unmarked, the snippet the text's start unmarked, nothing shown of why it was found.
   */
  @Test
  void aPhraseFromTheTitleIntoTheTextIsMarkedInBoth() throws Exception {
    try (LuceneStore store = new LuceneStore(dir)) {
      store.putArticles(List.of(dated(1, "2025-01-07", "Brann i Oslo sentrum",
          "Politiet melder at ingen ble skadet. Brannvesenet hadde kontroll etter en time.")), false);
      store.commit(1);
      store.refresh();
      SearchPage.Hit hit = store.search("\"sentrum politiet\"", null, 10, 0).hits().get(0);
      assertThat(titleMarked(hit)).containsExactly("sentrum");
      assertThat(hit.snippet()).startsWith("Politiet melder");
      assertThat(marked(hit)).containsExactly("Politiet");
      SearchPage.Hit longer = store.search("\"oslo sentrum politiet melder\"", null, 10, 0).hits().get(0);
      assertThat(titleMarked(longer)).containsExactly("Oslo sentrum");
      assertThat(marked(longer)).containsExactly("Politiet melder");
    }
  }

  /**
   * A hit whose best passage the highlighter grew from the title into the text (the two indexed as
   * one value, a title with no full stop one sentence with the text's first) shows the text from its
   * start to about a passage's length, as a passage within the text is shown; it was cut at the
   * text's start and so shorter by the title's length, ending where the passage grown over the
   * title ended.
   */
  @Test
  void aPassageStartingInTheTitleShowsAWholePassageOfTheText() throws Exception {
    String text = "Ingen ble skadet. Flere beboere ble evakuert fra nabobygget i natt. "
        + "De ble tatt hand om av helsepersonell på stedet. Brannvesenet hadde kontroll etter en time. "
        + "Årsaken til brannen er ennå ikke kjent for politiet. Gata var stengt for trafikk til morgenen. "
        + "Det var særlig røyken som bekymret mannskapene. Politiet vil gjøre tekniske undersøkelser i dag.";
    String title = "Stor brann i bygård i Oslo sentrum natt til søndag, flere evakuert og tatt hand om av helsepersonell";
    try (LuceneStore store = new LuceneStore(dir)) {
      store.putArticles(List.of(dated(1, "2025-01-07", title, text)), false);
      store.commit(1);
      store.refresh();
      SearchPage.Hit hit = store.search("skadet", null, 10, 0).hits().get(0);
      assertThat(marked(hit)).containsExactly("skadet");
      assertThat(hit.snippet()).startsWith("Ingen ble skadet.");
      assertThat(hit.snippet().length()).as(hit.snippet()).isGreaterThanOrEqualTo(Snippets.PASSAGE_CHARS - 30);
    }
  }
}
