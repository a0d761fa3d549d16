package org.tidende.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.RegExp;
import org.tidende.analysis.LanguageProfile;
import org.tidende.analysis.LanguageProfiles;
import org.tidende.entity.NameKeys;
import org.tidende.model.Language;

/**
 * The query parser of article search: Lucene syntax, all words required, the query read once per
 * language under that language's analysis and matched against that language's articles only, each
 * word or phrase searched by the language's stems and, where it is meant as a name, in the {@code
 * names} field by its name key ({@link NameKeyAnalyzer}: {@code Usjakov} finds {@code Ushakov} and
 * {@code Ушаков}). Not thread-safe; {@link #parse} makes the parsers of one query.
 *
 * <p>Design, languages: an article's text is in one field, {@code text_<lang>}, analysed under its
 * language's chain, which drops that language's stop words. So the query is parsed once per
 * language of the archive, against that language's field (and {@code names}), restricted to that
 * language's articles, and these per-language queries are OR-ed: an article is matched by the query
 * as its own language reads it. "brann og redning" is {@code +bran +redning} for Norwegian articles
 * ("og" a stop word there), {@code +brann +og +redn} for English ones; "the war in Ukraine" is
 * {@code +war +ukrain} for English articles, and for German ones ({@code war} and {@code in} German
 * stop words) {@code +the +ukrain}. Before, each word was OR-ed over every language field and
 * required, so a word that is a stop word in one language and not in another ("og", "i", "på",
 * "der", "the") was required through the fields of the languages that keep it, which hold no
 * Norwegian article: "brann og redning" found nothing in a month of Norwegian feeds, nor did "brann
 * i bolig", a headline there four times. Worse, Lucene's parser handed the bare words over as one
 * text and lined the fields' tokens up by position, so Norwegian "redning" was OR-ed with Swedish
 * "og". Here each bare word is handed over alone (split on white space), as the name keys below
 * assume. Rejected: a stop word of any language made optional. The lists overlap with content words
 * elsewhere ("war" and "die" are German stop words, "man" a Scandinavian one, "son" a Spanish one),
 * so "the war in Ukraine" would have required only "Ukraine" in English articles. A stop word of
 * one language is still required of the articles of a language that keeps it ("og" of English
 * articles), which seldom have it and are seldom what the reader of "brann og redning" wants.
 * Articles of unknown language ({@code text_und}) were indexed with every word, so a query's stop
 * words are required of them, where they are common words if the article is in the query's
 * language. Each language's query carries the Lucene syntax as it is: quotes, {@code +}/{@code -},
 * {@code field:}, {@code AND}/{@code OR}; an exclusion applies within the language's articles, so
 * {@code Brann -fotball} does not let a Norwegian article on football in through another language's
 * reading of {@code names:bran}; a query of exclusions only matches all of the language's articles
 * but those. A quoted phrase keeps the stop word's place: {@code "brann og redning"} is {@code
 * "bran ? redning"} in Norwegian articles, as they were indexed.
 *
 * <p>Design, names: the name key is loose by design (vowels, doubled letters, transliteration), so
 * a word searched by it also finds other words with its key, and ranks the articles that write it
 * with a capital above the others. When every query word was keyed, "store" (Norwegian "big") found
 * "Støre" and "Større", "mann" ("man") the sentences that begin with "Man" ("one"), and "brann"
 * ("fire") ranked three articles on Brann, the football club, among its first six. So a word or
 * phrase (as the parser hands it over: one word, or a quoted phrase) is searched by key only where
 * it is meant as a name:
 * <ul>
 *   <li>written as one: every word of it begins with a capital ({@code Brann}, {@code Usjakov},
 *       {@code "North Korea"}, {@code "Kim Jong-un"});</li>
 *   <li>written in lower case, where the archive writes it as a name: most of the articles its stems
 *       match also match its key ({@code ushakov}, typed by a reader who does not bother with
 *       capitals), or none do (a spelling the archive lacks: {@code wladiwostok} finds {@code
 *       Vladivostok}) and its key keeps at least half its letters, and three ({@code zzzz}, key
 *       {@code s}, found the Swedish party S). {@code brann} is written in lower case in most articles that have it (7 of 53
 *       in a month of Norwegian feeds have it with a capital), so it is searched by its stems only;
 *       it still finds the club, whose name has its stem, but ranked as the fires are;</li>
 *   <li>never when it mixes both ({@code "statsminister Støre"}): keyed, a phrase would lose its
 *       lower-case words and match any article naming Støre.</li>
 * </ul>
 * The choice is made once per query for all languages, by the word's stems in every language field.
 * A word that is a stop word of a language is dropped there with its key, so a capitalised "Og" or
 * "The" is not required by key, unless written in capitals only, as an acronym ({@code WHO}, an
 * English stop word, is searched by key in English articles). Fields given in the query ({@code
 * names:brann}, {@code text_nb:brann}) are searched as given.
 *
 * <p>Cost: parsing once per language present in the archive (the terms of the {@code lang} field: a
 * handful), and per language one term lookup more per word; languages absent from the archive are
 * not parsed, and a language's query whose required word has no postings there is skipped by Lucene
 * without reading any. For a word or phrase in lower case, two counts on the index (the articles
 * matching its stems, and those matching its stems and its key), once per query: its postings
 * walked twice more than the search itself walks them. Clauses: one or two a word (stems, and key
 * where meant as a name) for each language present, against one a word for each of the eight
 * language fields and the key before: fewer where up to four languages are present, up to 16
 * against 9 where all are, so a very long query in such an archive reaches Lucene's clause limit
 * sooner. Measured warm, on queries whose hits did not change: a median of 1.07 to 1.48 ms a query
 * on a month of Norwegian feeds (three languages), 1.61 to 1.76 ms on the Danish front pages
 * (46,442 articles, two languages), at a load that moved rounds by more. Failure modes: a word that
 * is a stop word in a language is not searched in that language's articles, even when meant
 * otherwise ("man" in Swedish articles, "die" in German ones); in a quoted phrase it keeps its
 * place, where any word matches; a query of stop words only matches nothing in that language. For
 * names: the archive decides, so a lower-case word may be searched as a name in one archive and not
 * in another (a sports desk's archive naming Brann the club more often than it reports fires); a
 * capital at the start of a sentence counts as a name's, so a word that begins many headlines leans
 * towards a name; a lower-case name whose stem also matches other words ("kina" and the
 * municipality Kinn share the Norwegian stem "kin") may fall short of the majority and be searched
 * by its stems only, which finds the same articles but no longer ranks the name first.
 */
final class ArticleQueryParser extends MultiFieldQueryParser {
  private final String languageField;
  private final NameChoice names;
  /** Where a {@code lang:} clause with no language code is noted and left out; null: refused. */
  private final Set<String> leftOut;

  private ArticleQueryParser(String languageField, Analyzer analyzer, NameChoice names, Set<String> leftOut) {
    super(new String[] {languageField, names.field}, analyzer);
    setDefaultOperator(Operator.AND);
    setSplitOnWhitespace(true);
    this.languageField = languageField;
    this.names = names;
    this.leftOut = leftOut;
  }

  /**
   * The query of article search for {@code query}.
   *
   * @param lang the exact field of an article's language code
   * @param names the field of name keys
   * @param analyzer the query analysis of every field ({@code text_<lang>} under its language)
   * @param searcher the archive: its languages, and whether a lower-case word is meant as a name
   * @param leftOut gets why each clause left out of the query was ({@code lang:norwegian}: no
   *     language code), the rest of the query searched; null to refuse such a clause instead
   * @throws ParseException when Lucene cannot parse {@code query}
   * @throws UncheckedIOException when the index cannot be read
   */
  static Query parse(String query, String lang, String names, Analyzer analyzer, IndexSearcher searcher,
      Set<String> leftOut) throws ParseException {
    NameChoice choice = new NameChoice(names, searcher);
    Map<Language, List<String>> codes = languageCodes(searcher, lang);
    if (codes.isEmpty()) {
      new ArticleQueryParser(LuceneStore.textField(Language.UND), analyzer, new NameChoice(names, null), leftOut).parse(query);
      return new BooleanQuery.Builder().build();
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (LanguageProfile p : LanguageProfiles.ALL) {
      List<String> its = codes.get(p.language());
      if (its == null) {
        continue;
      }
      Query q = withPositiveClause(new ArticleQueryParser(LuceneStore.textField(p.language()), analyzer, choice, leftOut).parse(query));
      BooleanQuery.Builder ofLanguage = new BooleanQuery.Builder();
      its.forEach(code -> ofLanguage.add(new TermQuery(new Term(lang, code)), Occur.SHOULD));
      any.add(new BooleanQuery.Builder().add(q, Occur.MUST).add(ofLanguage.build(), Occur.FILTER).build(), Occur.SHOULD);
    }
    return any.build();
  }

  /**
   * Parses {@code query} as {@link #parse} does, without an index, refusing a clause {@link #parse}
   * would leave out ({@code lang:norwegian}).
   *
   * @throws ParseException when Lucene cannot parse it
   */
  static void check(String query, String names, Analyzer analyzer) throws ParseException {
    new ArticleQueryParser(LuceneStore.textField(Language.UND), analyzer, new NameChoice(names, null), null).parse(query);
  }

  /** Parses {@code query} with its slashes inside words escaped ({@link QuerySyntax#slashesInWords}: {@code 24/7}). */
  @Override
  public Query parse(String query) throws ParseException {
    return super.parse(QuerySyntax.slashesInWords(query));
  }

  /**
   * The language codes of the archive's documents by the profile that analyses them ({@code fr}
   * and {@code und} both under {@link Language#UND}). Stories' languages are among them, so a
   * language may be listed without an article: its query then matches nothing.
   */
  private static Map<Language, List<String>> languageCodes(IndexSearcher searcher, String lang) {
    Map<Language, List<String>> codes = new LinkedHashMap<>();
    try {
      Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), lang);
      TermsEnum e = terms == null ? TermsEnum.EMPTY : terms.iterator();
      for (BytesRef t = e.next(); t != null; t = e.next()) {
        String code = t.utf8ToString();
        codes.computeIfAbsent(LanguageProfiles.of(Language.parse(code)).language(), k -> new ArrayList<>()).add(code);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return codes;
  }

  /**
   * A query of exclusions only ("-brann") as "every article but these": Lucene's boolean query
   * matches nothing without a clause that may match.
   */
  static Query withPositiveClause(Query q) {
    if (q instanceof BooleanQuery bq && !bq.clauses().isEmpty()
        && bq.clauses().stream().allMatch(c -> c.occur() == Occur.MUST_NOT)) {
      BooleanQuery.Builder b = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST);
      bq.clauses().forEach(b::add);
      return b.build();
    }
    return q;
  }

  /** The exact fields of an article a query may name, beside its language's {@code text_<lang>} and {@code names}. */
  static final Set<String> ARTICLE_FIELDS = Set.of("source", "lang", "id", "story", "url", "cid", "type");

  /**
   * Refuses a field an article has not ({@code title:Putin}), so the query is read as plain words
   * and the reader told why; before, Lucene searched the field, which no document has, and the
   * query found nothing without a word on the reason.
   */
  private static void requireKnown(String field) throws ParseException {
    if (field != null && !ARTICLE_FIELDS.contains(field) && !field.startsWith("text_") && !field.equals(LuceneStore.NAMES)) {
      throw new ParseException("there is no field '" + field + ":' (the fields are source:, lang:, id: and story:)");
    }
  }

  /**
   * {@code brann*} in a language's text also finds the word {@code brann} itself, as the language
   * stems it: the text is indexed by stems, and a prefix is matched against those as typed (Lucene
   * does not analyse a wildcard term), so where the stemmer shortens the word ({@code brann} and
   * {@code brannen} are indexed as {@code bran} in Norwegian, {@code Havørn} as {@code havør}) the
   * prefix missed every article writing the word: {@code brann*} found none of the three that
   * {@code brann} found, {@code Havørn*} two of six. The word's own stems, not a prefix of them,
   * so {@code brann*} does not widen to {@code brande} or {@code branding}. Cost: one term query more
   * per prefix and language. Failure mode: a word the stemmer shortens to a stem shared with
   * unrelated words (Swedish {@code röst} and {@code rös}) finds those too, as the word alone does;
   * a wildcard inside a word ({@code br?nn}, {@code Hav*rn}) is still matched against stems as typed.
   */
  @Override
  protected Query getPrefixQuery(String field, String termStr) throws ParseException {
    requireKnown(field);
    Query prefix = super.getPrefixQuery(field, termStr);
    if (!languageField.equals(field) || prefix == null) {
      return prefix;
    }
    Query word = super.getFieldQuery(field, termStr, false);
    if (word == null) {
      return prefix;
    }
    return new BooleanQuery.Builder().add(prefix, Occur.SHOULD).add(word, Occur.SHOULD).build();
  }

  /**
   * {@code *} alone, and {@code *:*}, is every article: what a reader typing it means ({@code q=*},
   * {@code * -Kim}, {@code * lang:nb}); Lucene's parser refused it ("'*' or '?' not allowed as
   * first character in WildcardQuery"), so {@code GET /search?q=*} searched it as plain words and
   * found nothing, and {@code tidende search '*'} was exit 2. A query of nothing else has no word
   * to rank by, so it is sorted newest first ({@link LuceneStore#ranksByWords}). Cost: a match of
   * every article of each language; the page's sort by date reads one doc value an article. So are
   * {@code **} (any run of stars alone) and {@code id:*}, as every article has an id: both were
   * refused with Lucene's words and searched as plain words, finding nothing. Another field's
   * stars ({@code source:*}, {@code story:*}, {@code lang:*}, {@code url:*}, {@code text_nb:*}) are
   * the articles that have the field: every term of it, an open range (a {@code FieldExistsQuery}
   * needs norms or doc values, which these exact fields have not); so {@code source:*} leaves out
   * the articles without a source. Before, these too were refused with Lucene's words ("'*' or '?'
   * not allowed as first character"), and {@code tidende search} said only that. Cost: the field's
   * terms walked once per language read (a story id a term: one per story for {@code story:*}). A
   * word that begins with {@code *} or {@code ?} ({@code *sen}) is refused with words saying what
   * works, as Lucene refuses it (a leading wildcard walks every term of the index).
   */
  @Override
  protected Query getWildcardQuery(String field, String termStr) throws ParseException {
    boolean stars = !termStr.isEmpty() && termStr.chars().allMatch(c -> c == '*');
    if (stars && (field == null || field.equals("*") || field.equals("id") || field.equals(languageField)
        || field.equals(names.field))) {
      return new MatchAllDocsQuery();
    }
    requireKnown(field);
    if (stars) {
      return new TermRangeQuery(field, null, null, true, true);
    }
    if (termStr.startsWith("*") || termStr.startsWith("?")) {
      throw new ParseException("a word may not begin with * or ? ('" + (field == null ? "" : field + ":") + termStr
          + "'); a word's beginning may end with one (brann*), '*' alone is every article, and a field's stars"
          + " (source:*, story:*, lang:*) every article that has the field");
    }
    return super.getWildcardQuery(field, termStr);
  }

  @Override
  protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
    requireKnown(field);
    return super.getFuzzyQuery(field, termStr, minSimilarity);
  }

  @Override
  protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
      throws ParseException {
    requireKnown(field);
    return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
  }

  /**
   * {@code lang:} read as {@code ?lang=} is ({@link org.tidende.model.Language#parseFilter}): {@code
   * lang:nob} is nb, {@code lang:no} nb or nn, and a value that is no language code ({@code
   * lang:norwegian}) left out of the query, the rest searched, and the reason noted in {@link
   * #leftOut} (the page's {@link SearchPage#leftOut}) (refused where that is null: {@link #check}, which {@code tidende search} refuses a
   * query by). Before, {@code lang:no} and {@code lang:norwegian} found nothing, unexplained, where
   * {@code ?lang=no} found Norwegian; then the query was read as plain words, so {@code brann
   * lang:norwegian} required the word "norwegian" and found nothing, with the reason.
   */
  private Query languageQuery(String queryText) throws ParseException {
    List<Language> codes;
    try {
      codes = Language.parseFilter(queryText);
    } catch (IllegalArgumentException e) {
      if (leftOut == null) {
        throw new ParseException("lang: " + e.getMessage());
      }
      leftOut.add("lang:" + queryText + ": " + e.getMessage());
      return null; // Lucene's parser drops a null clause
    }
    return LuceneStore.anyLanguage(codes.stream().map(Language::code).toList());
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
    requireKnown(field);
    if ("lang".equals(field)) {
      return languageQuery(queryText);
    }
    if (field != null) {
      return super.getFieldQuery(field, queryText, quoted);
    }
    return stemsOrKey(super.getFieldQuery(languageField, queryText, quoted), queryText, quoted,
        () -> super.getFieldQuery(names.field, queryText, quoted));
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
    requireKnown(field);
    if (field != null) {
      return super.getFieldQuery(field, queryText, slop);
    }
    return stemsOrKey(super.getFieldQuery(languageField, queryText, slop), queryText, true,
        () -> super.getFieldQuery(names.field, queryText, slop));
  }

  /**
   * Most states a {@code /regular expression/} of a query may take. Lucene builds the automaton of
   * a bounded repetition by copying its operand, with no limit: {@code /a{0,99999}/} held a request
   * thread (and a core) for minutes while the client had long given up. 10,000 leaves any
   * expression a reader writes for words ({@code /[a-z]{2,12}sen/} needs about 60).
   */
  static final long REGEXP_MAX_STATES = 10_000;

  @Override
  protected Query getRegexpQuery(String field, String termStr) throws ParseException {
    requireKnown(field);
    long states;
    try {
      states = states(new RegExp(termStr));
    } catch (IllegalArgumentException e) {
      return super.getRegexpQuery(field, termStr); // Lucene reports the syntax error
    }
    if (states > REGEXP_MAX_STATES) {
      throw new ParseException("regular expression /" + termStr + "/ too large (its automaton needs more than "
          + REGEXP_MAX_STATES + " states)");
    }
    return super.getRegexpQuery(field, termStr);
  }

  /** An upper bound of the states of {@code r}'s automaton before determinizing, capped just above the limit. */
  private static long states(RegExp r) {
    if (r == null) {
      return 1;
    }
    long n = switch (r.kind) {
      case REGEXP_UNION, REGEXP_CONCATENATION -> states(r.exp1) + states(r.exp2);
      case REGEXP_INTERSECTION -> states(r.exp1) * states(r.exp2);
      case REGEXP_OPTIONAL, REGEXP_REPEAT, REGEXP_COMPLEMENT, REGEXP_DEPRECATED_COMPLEMENT -> states(r.exp1) + 1;
      case REGEXP_REPEAT_MIN -> states(r.exp1) * (r.min + 1L);
      case REGEXP_REPEAT_MINMAX -> states(r.exp1) * (Math.max(r.min, r.max) + 1L);
      case REGEXP_STRING -> r.s.length() + 1L;
      case REGEXP_INTERVAL -> 10L * Math.max(r.digits, 1) + 1;
      default -> 2;
    };
    return Math.min(n, REGEXP_MAX_STATES + 1);
  }

  private interface KeyQuery {
    Query get() throws ParseException;
  }

  /**
   * A word or phrase in this language: by its stems, or by its stems or its key where it is meant as
   * a name; null, so no clause, where the language drops it as a stop word (an acronym aside).
   */
  private Query stemsOrKey(Query stems, String text, boolean quoted, KeyQuery key) throws ParseException {
    if ((stems == null && !acronym(text)) || !names.byNameKey(text, quoted, this)) {
      return stems;
    }
    Query byKey = key.get();
    if (stems == null || byKey == null) {
      return byKey == null ? stems : byKey;
    }
    return new BooleanQuery.Builder().add(stems, Occur.SHOULD).add(byKey, Occur.SHOULD).build();
  }

  /** The word's or phrase's stems in every language field: whether it is meant as a name is decided on them. */
  private Query stemsInAnyLanguage(String text, boolean quoted) throws ParseException {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int n = 0;
    for (LanguageProfile p : LanguageProfiles.ALL) {
      Query q = super.getFieldQuery(LuceneStore.textField(p.language()), text, quoted);
      if (q != null) {
        b.add(q, Occur.SHOULD);
        n++;
      }
    }
    return n == 0 ? null : b.build();
  }

  /**
   * Which words and phrases of one query are searched by their name keys (see the class comment),
   * decided once for all the query's languages.
   */
  private static final class NameChoice {
    final String field;
    private final IndexSearcher searcher;
    private final Map<String, Boolean> chosen = new HashMap<>();

    /** @param searcher null to take every lower-case word as a name (a syntax check, where no query runs) */
    NameChoice(String field, IndexSearcher searcher) {
      this.field = field;
      this.searcher = searcher;
    }

    boolean byNameKey(String text, boolean quoted, ArticleQueryParser parser) throws ParseException {
      String memo = (quoted ? "\"" : " ") + text;
      Boolean b = chosen.get(memo);
      if (b == null) {
        b = choose(text, quoted, parser);
        chosen.put(memo, b);
      }
      return b;
    }

    private boolean choose(String text, boolean quoted, ArticleQueryParser parser) throws ParseException {
      String[] words = Arrays.stream(text.strip().split("\\s+")).filter(w -> w.codePoints().anyMatch(Character::isLetter))
          .toArray(String[]::new);
      if (words.length == 0) {
        return false;
      }
      if (Arrays.stream(words).allMatch(ArticleQueryParser::beginsWithCapital)) {
        return true;
      }
      if (text.codePoints().anyMatch(c -> Character.isUpperCase(c) || Character.isTitleCase(c))) {
        return false;
      }
      if (searcher == null) {
        return true;
      }
      Query byStems = parser.stemsInAnyLanguage(text, quoted);
      if (byStems == null) {
        return false; // a stop word in every language
      }
      long stemmed = count(byStems);
      if (stemmed == 0) {
        return keyKeepsTheWord(words);
      }
      Query byKey = parser.keyQuery(text, quoted);
      if (byKey == null) {
        return false;
      }
      long both = count(new BooleanQuery.Builder().add(byStems, Occur.FILTER).add(byKey, Occur.FILTER).build());
      return 2 * both > stemmed;
    }

    /**
     * Whether the words' name keys keep at least half their letters, and three: a spelling the
     * archive lacks is searched by its key ({@code wladiwostok}: {@code vladivostok}), but not
     * when the fold leaves little of it ({@code zzzz}: {@code s}, which found 143 articles on the
     * Swedish party S; {@code zzzzqqq} found "SHK").
     */
    private static boolean keyKeepsTheWord(String[] words) {
      int letters = 0;
      int kept = 0;
      for (String w : words) {
        letters += (int) w.codePoints().filter(Character::isLetterOrDigit).count();
        kept += (int) NameKeys.key(w, null).codePoints().filter(Character::isLetterOrDigit).count();
      }
      return kept >= 3 && 2 * kept >= letters;
    }

    private long count(Query q) {
      try {
        return searcher.count(q);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private Query keyQuery(String text, boolean quoted) throws ParseException {
    return super.getFieldQuery(names.field, text, quoted);
  }

  private static boolean beginsWithCapital(String word) {
    int first = word.codePoints().filter(Character::isLetter).findFirst().orElse('a');
    return Character.isUpperCase(first) || Character.isTitleCase(first);
  }

  /** One word of at least two letters, all in capitals ({@code WHO}, {@code EU}). */
  private static boolean acronym(String text) {
    return !text.strip().contains(" ") && text.codePoints().filter(Character::isLetter).count() >= 2
        && text.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }
}
