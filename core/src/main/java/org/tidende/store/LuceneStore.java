package org.tidende.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.tidende.analysis.LanguageProfile;
import org.tidende.analysis.LanguageProfiles;
import org.tidende.entity.NameKeys;
import org.tidende.entity.NameMerger;
import org.tidende.model.ArticleDate;
import org.tidende.model.ArticleId;
import org.tidende.model.Language;
import org.tidende.model.Story;
import org.tidende.model.StoryId;

/**
 * The {@link Store} on one Lucene index in a folder.
 *
 * <p>Design. Articles and stories are documents of one index, told apart by {@code type}. An
 * article keeps its full JSON (stored), exact fields for lookup ({@code id}, {@code lang}, {@code
 * source}, {@code story}) and its title and text analysed under its language's chain in {@code
 * text_<lang>} (Nynorsk in {@code text_nn}, Danish in {@code text_da}, unknown in {@code text_und};
 * see {@link LanguageProfiles}), so stemming and stop words fit each language. A query is parsed
 * once per language of the archive under that language's analyzer, matched against that
 * language's articles, and the languages are OR-ed ({@link ArticleQueryParser} over a {@link
 * PerFieldAnalyzerWrapper}), so a Danish query finds Danish articles by Danish stems, a Nynorsk one
 * Nynorsk articles, and a word that is a stop word in the article's language ("og" in "brann og
 * redning") is not required of it. A story keeps its JSON and exact
 * fields for filters: languages, sources, entity keys (from an {@code entities} array of the JSON,
 * when present), its span as points, and sort keys as doc values. Reads go through an NRT {@link
 * SearcherManager}; the seq of the last write-ahead-log record covered is the commit's user data.
 * Each article's capitalised words are also indexed by their name keys in {@code names} ({@link
 * NameKeyAnalyzer}), searched with the language fields for a query word meant as a name, so
 * "Usjakov" finds "Ushakov" and "brann" (the fire) is searched by its stems alone ({@link
 * ArticleQueryParser} says which words are).
 *
 * <p>Since session 31 the text fields and {@code names} carry character offsets in their postings
 * ({@link #WITH_OFFSETS}), so a hit's snippet and marks are read from the index anywhere in its
 * text, nothing analysed again ({@link Snippets}, {@link MatchMarks}). A field an older build
 * indexed without offsets stays so in that folder ({@code withoutOffsets}: Lucene refuses to change
 * a field's index options, and would refuse every article), its snippets found by analysis as
 * before; no index version is raised for it, as re-indexing in place could not add them. Cost: on
 * 18,533 Danish front pages, the index 7 % larger (merged to one segment).
 *
 * <p>Search hits come best first (BM25), or newest first: an article's publication date is
 * indexed as doc values ({@link #PUBLISHED}, index version 5) and the hits sorted by it, then by
 * score, so a page still costs offset+limit hits; an undated article has no value and sorts last.
 * The date is the one given (the story view's inferred dates are not the article's own). A folder
 * indexed before version 5 and opened read-only (the command line, before {@code serve} or {@code
 * ingest} indexes it again) has no such values: there every hit's stored article is decoded for its
 * date, the same order at a cost per hit (not measured on a large archive). Sorting the hits by the
 * stored JSON always was the alternative not kept, for that cost on every page.
 *
 * <p>Cost: an add is analysis plus an in-memory buffer append; refresh writes a small segment;
 * lookups by id are one term query. Failure modes: Lucene's write lock makes a second process fail
 * to open the same folder for writing (reported to the caller); {@link #openReadOnly} takes no lock
 * and reads the last commit, so the command line can search a folder a server holds, without the
 * articles the server has not committed yet; deep paging costs offset+limit hits, hence the bounded
 * offset.
 */
public final class LuceneStore implements Store {
  private static final String TYPE = "type";
  private static final String ARTICLE = "article";
  private static final String STORY = "story";
  private static final String SEQ_KEY = "seq";
  /** An article's seq as a point (index version 4), so a page of the archive by seq is a range lookup. */
  private static final String SEQ_POINT = "seq_pt";
  /** Stored field of a story: its id, a tab, and its {@link StoryRecord#fingerprint}. */
  private static final String FINGERPRINT = "fingerprint";
  /** Commit data key of {@link #ANALYSIS_VERSION}. */
  static final String ANALYSIS_KEY = "analysis";
  /**
   * Version of the analysis the text fields were indexed with; raise it when {@link
   * LanguageProfiles} or {@link NameKeyAnalyzer} changes what a word is indexed as. 2: Norwegian
   * and Swedish stems lose a final double consonant ({@code brann}, {@code brannen} → {@code
   * bran}). 3: the {@code names} field. 4: the {@code url} and {@code cid} fields a duplicate is
   * looked up by ({@link DuplicateIndex}) and the seq points a replay pages by ({@link
   * #articlesAfter}); not analysis, but every article must be indexed again all the same. 5: the
   * {@link #PUBLISHED} doc values search sorts by newest with. 6: Unicode spaces read as spaces
   * ({@link PlainSpaces}), so a number an older build stored with U+202F ({@code 10\u202f000}) is
   * found as {@code 10 000}. 7: {@link org.tidende.entity.NameKeys} keeps an acronym of two or
   * three capitals as its letters, so the {@code names} keys an older build wrote for {@code TT}
   * ({@code t}, the key of {@code T}) or {@code UNN} ({@code un}) are written again.
   */
  static final String ANALYSIS_VERSION = "7";

  /** The first index version with {@link #PUBLISHED}. */
  private static final int PUBLISHED_SINCE = 5;

  /**
   * An article's publication date as {@link ArticleDate#epochSecond} doc values (index version 5),
   * absent when undated: {@link SearchPage.Sort#NEWEST} sorts by it, the missing last.
   */
  private static final String PUBLISHED = "published";

  /** An article's normalised URL and its content id, exact terms for duplicate lookups (index version 4). */
  private static final String URL = "url";
  private static final String CONTENT = "cid";

  /**
   * Longest value indexed for an exact filter ({@code source}, {@code entity}): Lucene refuses a
   * term over 32,766 UTF-8 bytes, and with it the whole document, which made every later refresh,
   * commit and start fail on one article with a huge {@code source}. 8,000 chars fit in any script;
   * a longer value stays in the stored JSON, only not filterable. Ids are bounded by their records.
   */
  static final int MAX_EXACT_CHARS = 8_000;

  /**
   * The text and name-key fields as indexed since this build: analysed, positions and character
   * offsets in the postings, so a hit's snippet is found from the index anywhere in a text, without
   * analysing the text again ({@link Snippets}).
   */
  static final FieldType WITH_OFFSETS = new FieldType(TextField.TYPE_NOT_STORED);

  static {
    WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    WITH_OFFSETS.freeze();
  }

  /**
   * The text fields the index already has without offsets (written by a build before offsets), which
   * go on being indexed so: Lucene refuses to change a field's index options within an index, and a
   * replay re-indexes articles in place. Their snippets are found by analysing the text as before.
   */
  private final Set<String> withoutOffsets;

  private final Directory dir;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final PerFieldAnalyzerWrapper analyzer;
  /**
   * The same per-field analysis for queries, where the {@code names} field keys every word ({@link
   * ArticleQueryParser} gives it only the words meant as names).
   */
  private final PerFieldAnalyzerWrapper queryAnalyzer;
  /** Search hits' snippets, under the index's own analyzers. */
  private final Snippets snippets;
  /** Name keys of the articles' words ({@link NameKeyAnalyzer}), searched beside the text fields. */
  static final String NAMES = "names";
  /** The exact field of a document's language codes: an article's one, a story's all. */
  private static final String LANG = "lang";
  private volatile long committedSeq;
  private volatile boolean analysisCurrent;
  /** The analysis version the last commit recorded (0: none, a build before versions were recorded). */
  private volatile int indexedVersion;
  /** Whether every article has its {@link #PUBLISHED} doc value (index version 5 on). */
  private volatile boolean hasPublished;

  /**
   * Opens or creates the index in {@code folder} for writing.
   *
   * @throws org.apache.lucene.store.LockObtainFailedException when another process has it open
   */
  public LuceneStore(Path folder) throws IOException {
    this(FSDirectory.open(folder), true);
  }

  private LuceneStore(Directory dir, boolean writable) throws IOException {
    Map<String, Analyzer> perField = new HashMap<>();
    for (LanguageProfile p : LanguageProfiles.ALL) {
      perField.put(textField(p.language()), new PlainSpaces(p.newAnalyzer()));
    }
    Map<String, Analyzer> queryPerField = new HashMap<>(perField);
    perField.put(NAMES, new PlainSpaces(new NameKeyAnalyzer(true)));
    queryPerField.put(NAMES, new PlainSpaces(new NameKeyAnalyzer(false)));
    // A field of one exact value (StringField, no positions) is queried as one term, as stored:
    // under the default analysis source:NRK was looked up as "nrk" (no hits), and source:"Bergens
    // Tidende" became a phrase query, which Lucene refuses on a field without positions (a 500).
    Analyzer exact = new KeywordAnalyzer();
    for (String field : List.of(TYPE, "id", "story", "source", "sid", "entity")) {
      queryPerField.put(field, exact);
    }
    // language codes are stored in lower case; lang:NB means nb
    queryPerField.put(LANG, new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer t = new KeywordTokenizer();
        return new TokenStreamComponents(t, new LowerCaseFilter(t));
      }
    });
    this.analyzer = new PerFieldAnalyzerWrapper(LanguageProfiles.of(Language.UND).newAnalyzer(), perField);
    this.queryAnalyzer = new PerFieldAnalyzerWrapper(LanguageProfiles.of(Language.UND).newAnalyzer(), queryPerField);
    this.snippets = new Snippets(analyzer);
    this.dir = dir;
    IndexWriter w = null;
    try {
      Map<String, String> user = new HashMap<>();
      if (writable) {
        IndexWriterConfig cfg = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
            .setRAMBufferSizeMB(64).setCommitOnClose(false);
        w = new IndexWriter(dir, cfg);
        w.getLiveCommitData().forEach(e -> user.put(e.getKey(), e.getValue()));
        this.searchers = new SearcherManager(w, null);
      } else {
        DirectoryReader reader = DirectoryReader.open(dir);
        user.putAll(reader.getIndexCommit().getUserData());
        this.searchers = new SearcherManager(reader, null);
      }
      this.writer = w;
      this.withoutOffsets = fieldsWithoutOffsets(searchers);
      this.committedSeq = Long.parseLong(user.getOrDefault(SEQ_KEY, "0"));
      this.analysisCurrent = user.isEmpty() || ANALYSIS_VERSION.equals(user.get(ANALYSIS_KEY));
      this.indexedVersion = user.isEmpty() ? version(ANALYSIS_VERSION) : version(user.get(ANALYSIS_KEY));
      this.hasPublished = user.isEmpty() || version(user.get(ANALYSIS_KEY)) >= PUBLISHED_SINCE;
    } catch (IOException | RuntimeException e) {
      if (w != null) {
        w.rollback(); // releases the write lock
      }
      dir.close();
      throw e;
    }
  }

  /** The text and name-key fields of the index that are indexed without offsets. */
  private static Set<String> fieldsWithoutOffsets(SearcherManager searchers) throws IOException {
    Set<String> out = new TreeSet<>();
    IndexSearcher s = searchers.acquire();
    try {
      for (FieldInfo f : FieldInfos.getMergedFieldInfos(s.getIndexReader())) {
        if ((isText(f.name)) && f.getIndexOptions() != IndexOptions.NONE
            && f.getIndexOptions().compareTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS) < 0) {
          out.add(f.name);
        }
      }
    } finally {
      searchers.release(s);
    }
    return Set.copyOf(out);
  }

  /**
   * Opens the index in {@code folder} read-only, as of its last commit: takes no lock, so it works
   * beside a writer in another process (which goes on committing; this view does not follow it).
   * Writes throw {@link IllegalStateException}; {@link #refresh} is a no-op.
   *
   * @throws org.apache.lucene.index.IndexNotFoundException when the folder holds no committed index
   */
  public static LuceneStore openReadOnly(Path folder) throws IOException {
    return new LuceneStore(FSDirectory.open(folder), false);
  }

  private IndexWriter writer() {
    if (writer == null) {
      throw new IllegalStateException("store opened read-only");
    }
    return writer;
  }

  /** The field holding text of {@code language} ({@code text_und} for languages without a profile). */
  static String textField(Language language) {
    return "text_" + LanguageProfiles.of(language).language().code();
  }

  @Override
  public long committedSeq() {
    return committedSeq;
  }

  /** The index version a commit's data names, 0 when none or unreadable. */
  private static int version(String v) {
    try {
      return v == null ? 0 : Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  @Override
  public boolean analysisCurrent() {
    return analysisCurrent;
  }

  /**
   * The analysis version the index was last committed with ({@link #ANALYSIS_VERSION} for a new or
   * current one; 0 for one written before versions were recorded), so that what an older folder's
   * search misses can be said ({@code tidende search}).
   */
  public int indexedAnalysisVersion() {
    return indexedVersion;
  }

  @Override
  public void putArticles(List<StoredArticle> articles, boolean mayExist) throws IOException {
    for (StoredArticle s : articles) {
      Document d = new Document();
      d.add(new StringField(TYPE, ARTICLE, Field.Store.NO));
      d.add(new StringField("id", s.article().id().value(), Field.Store.NO));
      d.add(new NumericDocValuesField(SEQ_KEY, s.seq()));
      d.add(new LongPoint(SEQ_POINT, s.seq()));
      d.add(new StringField(LANG, s.language().code(), Field.Store.NO));
      d.add(new StringField("story", s.story().value(), Field.Store.NO));
      if (s.article().date() != null) {
        d.add(new NumericDocValuesField(PUBLISHED, s.article().date().epochSecond()));
      }
      if (s.article().source() != null) {
        addExact(d, "source", s.article().source());
      }
      String url = DuplicateIndex.normaliseUrl(s.article().url());
      if (url != null) {
        addExact(d, URL, url);
      }
      d.add(new StringField(CONTENT, ArticleId.ofContent(s.article().title(), s.article().text()).value(), Field.Store.NO));
      String field = textField(s.language());
      d.add(new Field(field, s.article().fullText(), withoutOffsets.contains(field) ? TextField.TYPE_NOT_STORED : WITH_OFFSETS));
      d.add(new Field(NAMES, s.article().fullText(), withoutOffsets.contains(NAMES) ? TextField.TYPE_NOT_STORED : WITH_OFFSETS));
      d.add(new StoredField("json", ArticleCodec.encode(s).toString()));
      if (mayExist) {
        writer().updateDocument(new Term("id", s.article().id().value()), d);
      } else {
        writer().addDocument(d);
      }
    }
  }

  @Override
  public void putStories(List<StoryRecord> stories) throws IOException {
    for (StoryRecord r : stories) {
      Story s = r.story();
      Document d = new Document();
      d.add(new StringField(TYPE, STORY, Field.Store.NO));
      d.add(new StringField("sid", s.id().value(), Field.Store.NO));
      s.languages().forEach(l -> d.add(new StringField(LANG, l.code(), Field.Store.NO)));
      s.sources().forEach(src -> addExact(d, "source", src));
      entityKeys(r.json()).forEach(k -> addExact(d, "entity", k));
      if (s.first() != null) {
        d.add(new LongPoint("first", s.first().epochSecond()));
        d.add(new LongPoint("last", s.last().epochSecond()));
      }
      d.add(new NumericDocValuesField("recency", s.last() == null ? Long.MIN_VALUE : s.last().epochSecond()));
      d.add(new NumericDocValuesField("size", s.size()));
      d.add(new NumericDocValuesField("updated", r.updatedSeq()));
      d.add(new StoredField("json", r.json().toString()));
      if (r.fingerprint() != null) {
        d.add(new StoredField(FINGERPRINT, s.id().value() + "\t" + r.fingerprint()));
      }
      writer().updateDocument(new Term("sid", s.id().value()), d);
    }
  }

  private static void addExact(Document d, String field, String value) {
    if (value.length() <= MAX_EXACT_CHARS) {
      d.add(new StringField(field, value, Field.Store.NO));
    }
  }

  /**
   * Lower-cased forms an {@code entities} array can be filtered by: strings, or objects' {@code
   * key}/{@code id}, {@code name} and the names of {@code variants}. The name as the story writes it
   * is there beside its key, since a key is folded ({@code "Tromsø"} has the key {@code "tromso"}),
   * and a reader filters by the name shown. So are each variant's own key and a person's surname
   * ({@link NameMerger#lookupKeys}), which a filter's name key meets: {@code Ushakov} (key {@code
   * usakov}) finds the entity {@code Juri Ushakov} whose variants are {@code Jurij Usjakov} and
   * {@code Usjakov}; before, only the written forms and the entity's one key were there, and a lone
   * surname in another spelling found nothing.
   */
  static Set<String> entityKeys(JsonNode story) {
    Set<String> keys = new LinkedHashSet<>();
    JsonNode ents = story.get("entities");
    if (ents == null || !ents.isArray()) {
      return keys;
    }
    for (JsonNode e : ents) {
      List<JsonNode> forms = new ArrayList<>();
      if (e.isTextual()) {
        forms.add(e);
      } else {
        forms.add(e.hasNonNull("key") ? e.get("key") : e.get("id"));
        forms.add(e.get("name"));
        List<String> variants = new ArrayList<>();
        e.path("variants").fieldNames().forEachRemaining(variants::add);
        variants.forEach(v -> forms.add(TextNode.valueOf(v)));
        if (e.path("name").isTextual()) {
          variants.add(e.get("name").asText());
        }
        String type = e.path("type").isTextual() ? e.get("type").asText() : null;
        NameMerger.lookupKeys(type, variants).forEach(k -> forms.add(TextNode.valueOf(k)));
      }
      for (JsonNode k : forms) {
        if (k != null && k.isValueNode() && !k.asText().isBlank()) {
          keys.add(k.asText().strip().toLowerCase(Locale.ROOT));
        }
      }
    }
    return keys;
  }

  @Override
  public void deleteStories(Collection<StoryId> ids) throws IOException {
    for (StoryId id : ids) {
      writer().deleteDocuments(new Term("sid", id.value()));
    }
  }

  @Override
  public void deleteAllStories() throws IOException {
    writer().deleteDocuments(new Term(TYPE, STORY));
  }

  @Override
  public void refresh() throws IOException {
    if (writer != null) {
      searchers.maybeRefreshBlocking();
    }
  }

  @Override
  public void commit(long seq) throws IOException {
    writer().setLiveCommitData(Map.of(SEQ_KEY, Long.toString(seq), ANALYSIS_KEY, ANALYSIS_VERSION).entrySet());
    writer().commit();
    committedSeq = seq;
    analysisCurrent = true;
    indexedVersion = version(ANALYSIS_VERSION);
    hasPublished = true;
  }

  @Override
  public Optional<ArticleId> keptArticle(Store.Key key, String value) throws IOException {
    String field = switch (key) {
      case ID -> "id";
      case URL -> URL;
      case CONTENT -> CONTENT;
    };
    if (value.length() > MAX_EXACT_CHARS) {
      return Optional.empty(); // not indexed (addExact)
    }
    IndexSearcher s = searchers.acquire();
    try {
      if (key == Store.Key.ID) { // "id" is on articles only, and on one live one at most: a seek, no query
        return firstLiveDoc(s.getIndexReader(), "id", new BytesRef(value)) >= 0 ? Optional.of(new ArticleId(value))
            : Optional.empty();
      }
      Query q = new BooleanQuery.Builder().add(typeIs(ARTICLE), Occur.FILTER)
          .add(new TermQuery(new Term(field, value)), Occur.FILTER).build();
      TopDocs td = s.search(q, 1, new Sort(new SortField(SEQ_KEY, SortField.Type.LONG)));
      return td.scoreDocs.length == 0 ? Optional.empty()
          : Optional.of(ArticleCodec.decodeStored(parse(s.storedFields().document(td.scoreDocs[0].doc).get("json"))).article().id());
    } finally {
      searchers.release(s);
    }
  }

  @Override
  public Optional<StoredArticle> article(ArticleId id) throws IOException {
    return first(new TermQuery(new Term("id", id.value()))).map(j -> ArticleCodec.decodeStored(parse(j)));
  }

  @Override
  public Optional<String> storyJson(StoryId id) throws IOException {
    return first(new TermQuery(new Term("sid", id.value())));
  }

  private Optional<String> first(Query q) throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      TopDocs td = s.search(q, 1);
      return td.scoreDocs.length == 0 ? Optional.empty()
          : Optional.of(s.storedFields().document(td.scoreDocs[0].doc).get("json"));
    } finally {
      searchers.release(s);
    }
  }

  private static JsonNode parse(String json) {
    try {
      return ArticleCodec.JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalStateException("stored JSON unreadable: " + e.getMessage(), e);
    }
  }

  /**
   * A page of articles by seq: the first {@code limit} above {@code seq}. Where every segment
   * holding articles has their seqs as points (index version 4), windows of seqs are looked up by
   * range, from the page's first seq on and doubling while they hold fewer than the page (seqs are
   * dense but for duplicates refused and failed writes), so a page costs about its own size and a
   * replay reads the archive in O(n log n). A store indexed before has no points until a replay
   * indexes it again: there each page is a search that visits every article's seq doc value (some
   * 5 ms per 46,000 articles; at a million, some 500 such scans in a replay).
   */
  @Override
  public List<StoredArticle> articlesAfter(long seq, int limit) throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      long from = seq == Long.MAX_VALUE ? seq : seq + 1;
      int want = Math.max(1, limit);
      long[] range = seqPointRange(s.getIndexReader());
      List<StoredArticle> out = new ArrayList<>(Math.min(want, 4096));
      if (range == null) { // a segment without points: by doc values
        Query q = new BooleanQuery.Builder().add(typeIs(ARTICLE), Occur.FILTER)
            .add(NumericDocValuesField.newSlowRangeQuery(SEQ_KEY, from, Long.MAX_VALUE), Occur.FILTER).build();
        collectBySeq(s, q, want, out);
        return out;
      }
      long width = want;
      for (long lo = Math.max(from, range[0]); out.size() < want && lo <= range[1] && lo >= from; width *= 2) {
        long hi = lo > range[1] - (width - 1) ? range[1] : lo + width - 1;
        Query q = new BooleanQuery.Builder().add(typeIs(ARTICLE), Occur.FILTER)
            .add(LongPoint.newRangeQuery(SEQ_POINT, lo, hi), Occur.FILTER).build();
        collectBySeq(s, q, want - out.size(), out);
        if (hi == Long.MAX_VALUE) {
          break;
        }
        lo = hi + 1;
      }
      return out;
    } finally {
      searchers.release(s);
    }
  }

  private static void collectBySeq(IndexSearcher s, Query q, int n, List<StoredArticle> out) throws IOException {
    TopDocs td = s.search(q, n, new Sort(new SortField(SEQ_KEY, SortField.Type.LONG)));
    var stored = s.storedFields();
    for (ScoreDoc sd : td.scoreDocs) {
      out.add(ArticleCodec.decodeStored(parse(stored.document(sd.doc).get("json"))));
    }
  }

  /**
   * The lowest and highest article seq points of the index (deleted documents included: bounds
   * only), {@code {1, 0}} when it holds no articles, or null when a segment holding articles has
   * no seq points (indexed before version 4).
   */
  private static long[] seqPointRange(IndexReader reader) throws IOException {
    long lo = Long.MAX_VALUE;
    long hi = Long.MIN_VALUE;
    for (LeafReaderContext leaf : reader.leaves()) {
      PointValues pv = leaf.reader().getPointValues(SEQ_POINT);
      if (pv == null || pv.size() == 0) {
        if (leaf.reader().docFreq(new Term(TYPE, ARTICLE)) > 0) {
          return null;
        }
        continue;
      }
      lo = Math.min(lo, LongPoint.decodeDimension(pv.getMinPackedValue(), 0));
      hi = Math.max(hi, LongPoint.decodeDimension(pv.getMaxPackedValue(), 0));
    }
    return lo > hi ? new long[] {1, 0} : new long[] {lo, hi};
  }

  @Override
  public Map<StoryId, String> storyFingerprints(Collection<StoryId> ids) throws IOException {
    Map<StoryId, String> out = new HashMap<>();
    IndexSearcher s = searchers.acquire();
    try {
      var stored = s.storedFields();
      for (StoryId id : ids) {
        int doc = firstLiveDoc(s.getIndexReader(), "sid", new BytesRef(id.value()));
        if (doc >= 0) {
          String v = stored.document(doc, Set.of(FINGERPRINT)).get(FINGERPRINT);
          int tab = v == null ? -1 : v.indexOf('\t');
          if (tab > 0) {
            out.put(id, v.substring(tab + 1));
          }
        }
      }
    } finally {
      searchers.release(s);
    }
    return out;
  }

  @Override
  public List<StoryId> storiesWithoutArticles() throws IOException {
    List<StoryId> out = new ArrayList<>();
    IndexSearcher s = searchers.acquire();
    try {
      Terms terms = MultiTerms.getTerms(s.getIndexReader(), "sid");
      TermsEnum e = terms == null ? TermsEnum.EMPTY : terms.iterator();
      for (BytesRef t = e.next(); t != null; t = e.next()) {
        // terms outlive deleted documents until a merge: ask the live ones ("story" is on articles only)
        if (firstLiveDoc(s.getIndexReader(), "sid", t) >= 0 && firstLiveDoc(s.getIndexReader(), "story", t) < 0) {
          out.add(new StoryId(t.utf8ToString()));
        }
      }
    } finally {
      searchers.release(s);
    }
    return out;
  }

  /**
   * The first live document (index-wide number) holding {@code term} in {@code field}, or -1: a
   * seek per segment and a walk of its postings, without a query's scorer and collector (a restart
   * asks this for every story).
   */
  private static int firstLiveDoc(IndexReader reader, String field, BytesRef term)
      throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(field);
      if (terms == null) {
        continue;
      }
      TermsEnum te = terms.iterator();
      if (!te.seekExact(term)) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      PostingsEnum pe = te.postings(null, PostingsEnum.NONE);
      for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
        if (live == null || live.get(d)) {
          return leaf.docBase + d;
        }
      }
    }
    return -1;
  }

  private static Query typeIs(String type) {
    return new TermQuery(new Term(TYPE, type));
  }

  @Override
  public Map<StoryId, String> storyFingerprints() throws IOException {
    Map<StoryId, String> out = new HashMap<>();
    IndexSearcher s = searchers.acquire();
    try {
      Query q = typeIs(STORY);
      TopDocs td = s.search(q, Math.max(1, s.count(q)));
      var stored = s.storedFields();
      for (ScoreDoc sd : td.scoreDocs) {
        String v = stored.document(sd.doc, Set.of(FINGERPRINT)).get(FINGERPRINT);
        int tab = v == null ? -1 : v.indexOf('\t');
        if (tab > 0) {
          out.put(new StoryId(v.substring(0, tab)), v.substring(tab + 1));
        }
      }
    } finally {
      searchers.release(s);
    }
    return out;
  }

  @Override
  public long articleCount() throws IOException {
    return count(typeIs(ARTICLE));
  }

  @Override
  public long storyCount() throws IOException {
    return count(typeIs(STORY));
  }

  @Override
  public List<Map.Entry<String, Long>> articleLanguages() throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      Map<String, Long> counts = new TreeMap<>();
      // stories index their languages too: count each code's articles, not its documents; a code
      // an older build stored (fra) counts as the one it is read as now (fr)
      Terms terms = MultiTerms.getTerms(s.getIndexReader(), LANG);
      TermsEnum e = terms == null ? TermsEnum.EMPTY : terms.iterator();
      for (BytesRef t = e.next(); t != null; t = e.next()) {
        String code = t.utf8ToString();
        long n = s.count(new BooleanQuery.Builder().add(typeIs(ARTICLE), Occur.FILTER)
            .add(new TermQuery(new Term(LANG, code)), Occur.FILTER).build());
        if (n > 0) {
          counts.merge(code.equals("und") ? code : Language.parse(code).code(), n, Long::sum);
        }
      }
      List<Map.Entry<String, Long>> out = new ArrayList<>(counts.entrySet());
      out.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
      return out;
    } finally {
      searchers.release(s);
    }
  }

  @Override
  public List<String> sourcesSpeltLike(String source, int max) throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      // every distinct source once (articles and stories index theirs): a few thousand terms at most
      Terms terms = MultiTerms.getTerms(s.getIndexReader(), "source");
      TermsEnum e = terms == null ? TermsEnum.EMPTY : terms.iterator();
      TreeSet<String> otherCase = new TreeSet<>();
      TreeSet<String> wordBeginning = new TreeSet<>();
      String lower = source.strip().toLowerCase(Locale.ROOT);
      boolean partial = lower.codePoints().filter(Character::isLetterOrDigit).count() >= 2;
      for (BytesRef t = e.next(); t != null; t = e.next()) {
        String stored = t.utf8ToString();
        if (stored.equals(source)) {
          return List.of();
        }
        if (stored.equalsIgnoreCase(source)) {
          otherCase.add(stored);
        } else if (partial && beginsAWord(stored.toLowerCase(Locale.ROOT), lower)) {
          wordBeginning.add(stored);
        }
      }
      return (otherCase.isEmpty() ? wordBeginning : otherCase).stream().limit(max).toList();
    } finally {
      searchers.release(s);
    }
  }

  /** Whether {@code part} occurs in {@code name} where a word of it begins ({@code nordic}, {@code wire} in {@code nordic wire}). */
  private static boolean beginsAWord(String name, String part) {
    for (int i = name.indexOf(part); i >= 0; i = name.indexOf(part, i + 1)) {
      if (i == 0 || !Character.isLetterOrDigit(name.charAt(i - 1))) {
        return true;
      }
    }
    return false;
  }

  private long count(Query q) throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      return s.count(q);
    } finally {
      searchers.release(s);
    }
  }

  @Override
  public StoryPage stories(StoryQuery query) throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(typeIs(STORY), Occur.FILTER);
    if (query.language() != null) {
      b.add(languageIs(query.language()), Occur.FILTER);
    }
    if (query.source() != null) {
      b.add(new TermQuery(new Term("source", query.source())), Occur.FILTER);
    }
    if (query.entity() != null) {
      // as written (a name, a variant or a key), or by its name key, as search reads a name: "Tromsoe"
      // and "Havoern", spellings without ø, find the stories keyed tromso and havorn
      String written = query.entity().strip().toLowerCase(Locale.ROOT);
      String key = NameKeys.key(query.entity(), null);
      b.add(key.isEmpty() || key.equals(written) ? new TermQuery(new Term("entity", written))
          : new BooleanQuery.Builder().add(new TermQuery(new Term("entity", written)), Occur.SHOULD)
              .add(new TermQuery(new Term("entity", key)), Occur.SHOULD).build(), Occur.FILTER);
    }
    if (query.from() != null) {
      b.add(LongPoint.newRangeQuery("last", periodStart(query.from()), Long.MAX_VALUE), Occur.FILTER);
    }
    if (query.to() != null) {
      b.add(LongPoint.newRangeQuery("first", Long.MIN_VALUE, periodEnd(query.to())), Occur.FILTER);
    }
    if (query.minSize() > 1) {
      b.add(NumericDocValuesField.newSlowRangeQuery("size", query.minSize(), Long.MAX_VALUE), Occur.FILTER);
    }
    SortField recency = new SortField("recency", SortField.Type.LONG, true);
    SortField updated = new SortField("updated", SortField.Type.LONG, true);
    Sort sort = query.sort() == StoryQuery.Sort.BIGGEST
        ? new Sort(new SortField("size", SortField.Type.LONG, true), recency, updated)
        : new Sort(recency, updated);
    return page(b.build(), sort, query.limit(), query.offset(), (total, jsons, searcher, rewritten) -> new StoryPage(total, jsons.stream().map(x -> x.json).toList()));
  }

  static long periodStart(ArticleDate d) {
    return d.precision() == ArticleDate.Precision.TIME ? d.epochSecond() : d.date().atStartOfDay().toEpochSecond(ZoneOffset.UTC);
  }

  static long periodEnd(ArticleDate d) {
    var end = switch (d.precision()) {
      case TIME -> d.date().atTime(d.time());
      case DAY -> d.date().atTime(LocalTime.MAX);
      case MONTH -> d.date().withDayOfMonth(d.date().lengthOfMonth()).atTime(LocalTime.MAX);
      case YEAR -> d.date().withDayOfYear(d.date().lengthOfYear()).atTime(LocalTime.MAX);
    };
    return end.toEpochSecond(ZoneOffset.UTC);
  }

  /** A hit's stored JSON, score, and document number in the searcher its page was read from. */
  private record Found(String json, double score, int doc) {}

  /**
   * Makes a page of {@code found}, read from {@code searcher}, which is held until it returns, by
   * {@code rewritten}: the query as rewritten against that searcher, once for the page.
   */
  private interface PageMaker<T> {
    T make(long total, List<Found> found, IndexSearcher searcher, Query rewritten) throws IOException;
  }

  private <T> T page(Query q, Sort sort, int limit, int offset, PageMaker<T> maker) throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      // rewritten once: a fuzzy word's expansion (its Levenshtein automata, one set per field) was made
      // by the count and again by the search, and its hits' marks compiled it once more per field
      q = s.rewrite(q);
      long total = s.count(q);
      int want = offset + limit;
      // scores kept for a sort by date then relevance: a hit's score is shown beside it
      TopDocs td = sort == null ? s.search(q, want) : s.search(q, want, sort, sort.needsScores());
      List<Found> out = new ArrayList<>();
      var stored = s.storedFields();
      for (int i = offset; i < td.scoreDocs.length; i++) {
        out.add(new Found(stored.document(td.scoreDocs[i].doc).get("json"), td.scoreDocs[i].score, td.scoreDocs[i].doc));
      }
      return maker.make(total, out, s, q);
    } finally {
      searchers.release(s);
    }
  }

  @Override
  public SearchPage search(String query, String language, SearchPage.Sort sort, int limit, int offset)
      throws IOException {
    try {
      return searchChecked(query, language, sort, limit, offset);
    } catch (IndexSearcher.TooManyClauses e) { // also TooManyNestedClauses, thrown when the query is built or run
      throw new QueryTooLarge(articleLanguages().size());
    }
  }

  private SearchPage searchChecked(String query, String language, SearchPage.Sort order, int limit, int offset)
      throws IOException {
    ParsedQuery parsed;
    IndexSearcher s = searchers.acquire();
    try {
      parsed = parseQuery(query, s);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      searchers.release(s);
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(typeIs(ARTICLE), Occur.FILTER).add(parsed.query(), Occur.MUST);
    if (language != null) {
      b.add(languageIs(language), Occur.FILTER);
    }
    if (order == SearchPage.Sort.RELEVANCE && !ranksByWords(parsed.query())) {
      order = SearchPage.Sort.NEWEST; // every hit scores alike: by relevance they came in the order stored
    }
    SearchPage.Sort sorted = order;
    // marked by the query as the page's searcher rewrote it: a fuzzy word by the terms it was expanded
    // to there (the search's own), not by its automaton again per field and hit
    PageMaker<SearchPage> maker = (total, found, searcher, rewritten) -> {
      Snippets.Prepared marking = Snippets.prepare(rewritten); // once for the page: its marks' weights are made once
      return new SearchPage(total,
          found.stream().map(f -> hit(ArticleCodec.decodeStored(parse(f.json)), f.score, marking, searcher, f.doc)).toList(),
          parsed.plainWords(), parsed.leftOut(), sorted, total == 0 ? sourcesInOtherCase(parsed.query()) : Map.of());
    };
    if (order != SearchPage.Sort.NEWEST) {
      return page(b.build(), null, limit, offset, maker);
    }
    if (!hasPublished) { // indexed before PUBLISHED existed, and opened read-only: dates from the stored articles
      return newestFromStored(b.build(), limit, offset, maker);
    }
    SortField published = new SortField(PUBLISHED, SortField.Type.LONG, true);
    published.setMissingValue(Long.MIN_VALUE); // undated last
    return page(b.build(), new Sort(published, SortField.FIELD_SCORE), limit, offset, maker);
  }

  /**
   * Of a query that found nothing, each {@code source:} value it requires (not excluded: {@code
   * -source:x} asks for no source) that no article has as written but some have in another case,
   * with those spellings ({@link #sourcesSpeltLike}, at most three). A source clause is exact, as
   * {@code ?source=} is; {@code source:nrk} found nothing without a word where the archive has {@code
   * NRK}. Cost: one walk of the distinct sources per value, on empty pages only.
   */
  private Map<String, List<String>> sourcesInOtherCase(Query q) throws IOException {
    Set<String> asked = new LinkedHashSet<>();
    q.visit(new QueryVisitor() {
      @Override
      public QueryVisitor getSubVisitor(Occur occur, Query parent) {
        return occur == Occur.MUST_NOT ? EMPTY_VISITOR : this;
      }

      @Override
      public void consumeTerms(Query query, Term... terms) {
        for (Term t : terms) {
          if (t.field().equals("source")) {
            asked.add(t.text());
          }
        }
      }
    });
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String source : asked) {
      List<String> spelt = sourcesSpeltLike(source, 3);
      if (!spelt.isEmpty()) {
        out.put(source, spelt);
      }
    }
    return out;
  }

  /**
   * Whether {@code q} has a word or phrase of its own, not excluded, on an article's text or name
   * keys, to rank its hits by. Without one ({@code *}, {@code lang:nb}, {@code source:NRK}, {@code
   * -Kim}, their hits every article but a filter's or an exclusion's) every hit scores alike, and
   * relevance would list them in the order they were stored, oldest first: such a query is sorted
   * newest first instead, which is what a reader asking for "everything" wants to see.
   */
  static boolean ranksByWords(Query q) {
    boolean[] words = {false};
    q.visit(new QueryVisitor() {
      @Override
      public QueryVisitor getSubVisitor(Occur occur, Query parent) {
        return occur == Occur.MUST_NOT || occur == Occur.FILTER ? EMPTY_VISITOR : this;
      }

      @Override
      public void consumeTerms(Query query, Term... terms) {
        for (Term t : terms) {
          words[0] |= isText(t.field());
        }
      }

      @Override
      public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
        words[0] |= isText(field);
      }
    });
    return words[0];
  }

  private static boolean isText(String field) {
    return field != null && (field.startsWith("text_") || field.equals(NAMES));
  }

  /**
   * Newest first where the index has no {@link #PUBLISHED} values (a folder indexed by an older
   * build, read before {@code serve} or {@code ingest} indexes it again): every hit's stored
   * article is read for its date, so this costs a decode per hit, not per page; the order is that
   * of the indexed field.
   */
  private <T> T newestFromStored(Query q, int limit, int offset, PageMaker<T> maker) throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      q = s.rewrite(q); // once, as in page()
      int total = s.count(q);
      TopDocs td = s.search(q, Math.max(1, total));
      var stored = s.storedFields();
      record Dated(Found found, long when, boolean dated) {}
      List<Dated> all = new ArrayList<>();
      for (ScoreDoc sd : td.scoreDocs) {
        String json = stored.document(sd.doc).get("json");
        ArticleDate date = ArticleCodec.decodeStored(parse(json)).article().date();
        all.add(new Dated(new Found(json, sd.score, sd.doc), date == null ? 0 : date.epochSecond(), date != null));
      }
      all.sort(Comparator.comparing(Dated::dated).thenComparingLong(Dated::when).reversed()
          .thenComparing(x -> -x.found().score())); // stable: equal scores keep Lucene's order
      List<Found> page = all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size()))
          .stream().map(Dated::found).toList();
      return maker.make(total, page, s, q);
    } finally {
      searchers.release(s);
    }
  }

  /** A hit with the snippet of its text where the query matched and its title's matches ({@link Snippets}). */
  private SearchPage.Hit hit(StoredArticle a, double score, Snippets.Prepared query, IndexSearcher searcher, int doc) {
    Snippets.HitMarks m = snippets.hit(query, textField(a.language()), NAMES, a.article(), new Snippets.Indexed(searcher, doc));
    return new SearchPage.Hit(a, score, m.snippet().text(), m.snippet().marks(), m.title());
  }

  /**
   * Documents in one of the languages of {@code codes}, one code or several joined by commas ({@code
   * nb,nn}, as {@link Language#parseFilter} reads {@code no}); each code read by {@link Language#parse}.
   */
  private static Query languageIs(String codes) {
    return anyLanguage(Arrays.stream(codes.split(",")).map(c -> c.strip().equals("und") ? "und"
        : Language.parse(c).code()).distinct().toList());
  }

  /**
   * Documents whose language field holds any of {@code codes} (canonical codes): one term, or a
   * disjunction of them. The filters ({@code ?lang=}) and a query's {@code lang:} clause build it alike.
   * Each code also by the codes an older build stored for it ({@link Language#writtenCodes}: {@code
   * fra}, {@code fre} for {@code fr}), so a folder it wrote needs no indexing again: one term query
   * more per such code, on terms that mostly do not exist.
   */
  static Query anyLanguage(List<String> codes) {
    // each code as older builds may have stored it too: fra for fr (Language.writtenCodes)
    List<String> terms = codes.stream().flatMap(c -> new Language(c).writtenCodes().stream()).distinct().toList();
    if (terms.size() == 1) {
      return new TermQuery(new Term(LANG, terms.get(0)));
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    terms.forEach(c -> any.add(new TermQuery(new Term(LANG, c)), Occur.SHOULD));
    return any.build();
  }

  /** A query as searched, why it was read as plain words, and what was left out of it and why (each null when not). */
  private record ParsedQuery(Query query, String plainWords, String leftOut) {}

  /** @throws UncheckedIOException when the index cannot be read (its languages, or to judge a word as a name) */
  private ParsedQuery parseQuery(String query, IndexSearcher s) {
    try {
      return parsed(query, null, s);
    } catch (UncheckedIOException e) {
      throw e;
    } catch (ParseException | RuntimeException e) {
      String why = oneLine(query, e);
      try {
        return parsed(plainWords(query), why, s);
      } catch (UncheckedIOException e2) {
        throw e2;
      } catch (ParseException | RuntimeException e2) {
        return new ParsedQuery(new BooleanQuery.Builder().build(), why, null);
      }
    }
  }

  /** {@code query} parsed, with {@code plainWords} as given and the clauses the parser left out, each once. */
  private ParsedQuery parsed(String query, String plainWords, IndexSearcher s) throws ParseException {
    Set<String> leftOut = new LinkedHashSet<>(); // the same clause, once per language read
    Query q = ArticleQueryParser.parse(query, LANG, NAMES, queryAnalyzer, s, leftOut);
    return new ParsedQuery(q, plainWords, leftOut.isEmpty() ? null : String.join("; ", leftOut));
  }


  /**
   * {@code query} as plain words, in Lucene's syntax again: every word required and escaped, its
   * operator words {@code AND} and {@code &&} left out, but {@code OR} ({@code ||}) between two
   * words or phrases kept, the two grouped as either ({@code (Putin OR Kim}: {@code (\(Putin OR
   * Kim)}; a chain {@code a OR b OR c} one group), and its exclusions kept: a word or phrase after {@code NOT}, or written with a leading {@code -} or {@code !}, is
   * excluded ({@code -Kim}), and a phrase whose quotes are closed stays a phrase. A field's name
   * before a word or phrase is left out ({@code title:Putin} is {@code Putin}), but for the fields
   * articles have ({@code lang:}, {@code source:}, {@code id:}, {@code story:}), which stay a filter
   * and are parsed as when the query parses ({@code lang:norwegian} left out and said so); before,
   * {@code Havørn lang:norwegian AND} required the word "norwegian" and found nothing. An unclosed quote,
   * an unbalanced parenthesis and every other character Lucene's syntax gives a meaning are read as
   * part of the words around them (the analyzer drops them). Escaping alone kept the operators, so
   * {@code Putin AND} failed again and found nothing; leaving them out and escaping the rest read
   * {@code Putin NOT Kim AND} and {@code Putin -Kim "unclosed} as requiring Kim, the word the
   * reader had excluded; leaving OR out read {@code (Putin OR Kim} as requiring both. An OR next
   * to an exclusion, or with no word on one side, is left out as before.
   */
  static String plainWords(String query) {
    List<String> out = new ArrayList<>();
    boolean afterNot = false;
    boolean afterOr = false; // an OR just read, with a word required before it
    boolean lastIsGroup = false; // the last item is an "(a OR b)" this method built
    int n = query.length();
    int i = 0;
    while (i < n) {
      if (Character.isWhitespace(query.charAt(i))) {
        i++;
        continue;
      }
      boolean excluded = afterNot;
      int from = i;
      int start = i;
      for (; start < n && "-!+".indexOf(query.charAt(start)) >= 0; start++) {
        excluded |= query.charAt(start) != '+';
      }
      Matcher field = FIELD_PREFIX.matcher(query).region(start, n);
      String kept = "";
      if (field.lookingAt()) {
        // title:Putin: the word, not a token "title:putin" no article has; a field articles have
        // (lang:nn, source:NRK) stays a filter, and lang:norwegian is left out and said so as when
        // the query parses
        String name = query.substring(start, field.end() - 1);
        kept = KEPT_FIELDS.contains(name) ? name + ":" : "";
        start = field.end();
      }
      int close = start < n && query.charAt(start) == '"' ? query.indexOf('"', start + 1) : -1;
      String item;
      if (close > 0) { // a phrase whose quotes are closed
        String words = query.substring(start + 1, close).strip();
        item = words.isEmpty() ? null : kept + '"' + QueryParser.escape(words) + '"';
        i = close + 1;
      } else {
        int end = start;
        while (end < n && !Character.isWhitespace(query.charAt(end))) {
          end++;
        }
        String word = query.substring(start, end);
        i = end;
        if (start == end) {
          continue; // a lone "-": neither a word nor a reason to exclude the next one
        }
        if (start == from && OPERATOR_WORD.matcher(word).matches()) {
          afterNot |= word.equals("NOT"); // NOT excludes what follows; AND is left out
          boolean or = word.equals("OR") || word.equals("||");
          afterOr = or && !afterNot && !out.isEmpty() && !out.get(out.size() - 1).startsWith("-");
          continue;
        }
        item = QueryParser.escape(word.replace("\"", ""));
        item = item.isEmpty() ? item : kept + item;
      }
      boolean joined = afterOr && !excluded && item != null && !item.isEmpty();
      afterNot = false;
      afterOr = false;
      if (joined) { // a OR b: either, grouped, as the reader meant it; not both required
        String last = out.remove(out.size() - 1);
        out.add(lastIsGroup ? last.substring(0, last.length() - 1) + " OR " + item + ")" : "(" + last + " OR " + item + ")");
        lastIsGroup = true;
      } else if (item != null && !item.isEmpty()) {
        out.add(excluded ? "-" + item : item);
        lastIsGroup = false;
      }
    }
    return String.join(" ", out);
  }

  /** The fields of an article a query read as plain words still searches by ({@link #plainWords}). */
  private static final Set<String> KEPT_FIELDS = Set.of("lang", "source", "id", "story");
  private static final Pattern FIELD_PREFIX = Pattern.compile("[\\p{L}_]+:(?=[^\\s:])");
  private static final Pattern OPERATOR_WORD = Pattern.compile("AND|OR|NOT|&&|\\|\\|");

  @Override
  public Optional<String> syntaxError(String query) {
    try {
      ArticleQueryParser.check(query, NAMES, queryAnalyzer);
      return Optional.empty();
    } catch (ParseException | RuntimeException e) {
      return Optional.of(oneLine(query, e));
    }
  }

  /**
   * Lucene's message repeats the query and lists every expected token over many lines: the first
   * line, without the repeated query, says where it went wrong. Where that line is the grammar's
   * ({@code Encountered "<EOF>" at line 1, column 9.}) and the mistake a common one, the reader's
   * words for it instead ({@link QuerySyntax}: {@code 'AND' ends the query with no word after it}).
   */
  private static String oneLine(String query, Exception e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName()
        : e.getMessage().lines().findFirst().orElse(e.toString()).strip();
    String repeated = "Cannot parse '" + query + "': ";
    m = m.startsWith(repeated) ? m.substring(repeated.length()) : m;
    if (m.startsWith("Encountered ") || m.startsWith("Lexical error")) {
      String explained = QuerySyntax.explain(query);
      if (explained != null) {
        return explained;
      }
    }
    return unescaped(m);
  }

  /**
   * Lucene's parser quotes the query's text in its messages with Java escapes, every letter past
   * ASCII as a backslash, {@code u} and four hex digits: {@code "Havørn AND} was said as {@code after
   * prefix "\"Hav} and {@code u00f8rn AND"}, on the web page, in {@code read_as_plain_words} and by
   * {@code tidende search}. Those escapes of a character that is no control character, and a
   * backslash before a quote or a backslash, read back as the characters they stand for; any other
   * backslash is kept (a line end stays escaped, so the message stays one line).
   */
  static String unescaped(String m) {
    if (m.indexOf('\\') < 0) {
      return m;
    }
    StringBuilder b = new StringBuilder(m.length());
    for (int i = 0; i < m.length(); i++) {
      char c = m.charAt(i);
      char n = i + 1 < m.length() ? m.charAt(i + 1) : 0;
      if (c == '\\' && n == 'u' && i + 6 <= m.length() && m.substring(i + 2, i + 6).matches("[0-9a-fA-F]{4}")
          && !Character.isISOControl(Integer.parseInt(m.substring(i + 2, i + 6), 16))) {
        b.append((char) Integer.parseInt(m.substring(i + 2, i + 6), 16));
        i += 5;
      } else if (c == '\\' && (n == '"' || n == '\'' || n == '\\')) {
        b.append(n);
        i++;
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** All documents, for diagnostics. */
  long documentCount() throws IOException {
    return count(new MatchAllDocsQuery());
  }

  @Override
  public void close() throws IOException {
    searchers.close();
    if (writer != null) {
      writer.close();
    }
    dir.close();
  }
}
