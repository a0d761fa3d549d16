package org.tidende.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * The query parser of article search: Lucene syntax, all words required, each word or phrase
 * searched in every language field by that language's stems and, where it is meant as a name, in
 * the {@code names} field by its name key ({@link NameKeyAnalyzer}: {@code Usjakov} finds {@code
 * Ushakov} and {@code Ушаков}). Not thread-safe; one per query.
 *
 * <p>Design: the name key is loose by design (vowels, doubled letters, transliteration), so a word
 * searched by it also finds other words with its key, and ranks the articles that write it with a
 * capital above the others. When every query word was keyed, "store" (Norwegian "big") found
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
 *       Vladivostok}). {@code brann} is written in lower case in most articles that have it (7 of 53
 *       in a month of Norwegian feeds have it with a capital), so it is searched by its stems only;
 *       it still finds the club, whose name has its stem, but ranked as the fires are;</li>
 *   <li>never when it mixes both ({@code "statsminister Støre"}): keyed, a phrase would lose its
 *       lower-case words and match any article naming Støre.</li>
 * </ul>
 * Fields given in the query ({@code names:brann}, {@code text_nb:brann}) are searched as given.
 *
 * <p>Cost: for a word or phrase in lower case, two counts on the index (the articles matching its
 * stems, and those matching its stems and its key): its postings walked twice more than the search
 * itself walks them. Failure modes: the archive decides, so a lower-case word may be searched as a
 * name in one archive and not in another (a sports desk's archive naming Brann the club more often
 * than it reports fires); a capital at the start of a sentence counts as a name's, so a word that
 * begins many headlines leans towards a name; a lower-case name whose stem also matches other words
 * ("kina" and the municipality Kinn share the Norwegian stem "kin") may fall short of the majority
 * and be searched by its stems only, which finds the same articles but no longer ranks the name
 * first.
 */
final class ArticleQueryParser extends MultiFieldQueryParser {
  private final ArticleQueryParser stems;
  private final IndexSearcher searcher;
  private final String names;

  /**
   * @param languageFields the fields of the article text under each language's analysis
   * @param names the field of name keys
   * @param analyzer the query analysis of every field
   * @param searcher the archive that decides whether a lower-case word is meant as a name; null to
   *     take every lower-case word as one (a syntax check, where no query runs)
   */
  ArticleQueryParser(String[] languageFields, String names, Analyzer analyzer, IndexSearcher searcher) {
    super(Stream.concat(Arrays.stream(languageFields), Stream.of(names)).toArray(String[]::new), analyzer);
    setDefaultOperator(Operator.AND);
    this.stems = new ArticleQueryParser(languageFields, analyzer);
    this.searcher = searcher;
    this.names = names;
  }

  /** The parser of the language fields alone. */
  private ArticleQueryParser(String[] languageFields, Analyzer analyzer) {
    super(languageFields, analyzer);
    setDefaultOperator(Operator.AND);
    this.stems = null;
    this.searcher = null;
    this.names = null;
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
    if (field == null && stems != null && !byNameKey(queryText, quoted)) {
      return stems.getFieldQuery(null, queryText, quoted);
    }
    return super.getFieldQuery(field, queryText, quoted);
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
    if (field == null && stems != null && !byNameKey(queryText, true)) {
      return stems.getFieldQuery(null, queryText, slop);
    }
    return super.getFieldQuery(field, queryText, slop);
  }

  /** Whether a word or phrase is searched by its name key too (see the class comment). */
  private boolean byNameKey(String text, boolean quoted) throws ParseException {
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
    Query byStems = stems.getFieldQuery(null, text, quoted);
    if (byStems == null) {
      return false; // a stop word in every language
    }
    long stemmed = count(byStems);
    if (stemmed == 0) {
      return true;
    }
    Query byKey = super.getFieldQuery(names, text, quoted);
    if (byKey == null) {
      return false;
    }
    long both = count(new BooleanQuery.Builder().add(byStems, Occur.FILTER).add(byKey, Occur.FILTER).build());
    return 2 * both > stemmed;
  }

  private long count(Query q) {
    try {
      return searcher.count(q);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean beginsWithCapital(String word) {
    int first = word.codePoints().filter(Character::isLetter).findFirst().orElse('a');
    return Character.isUpperCase(first) || Character.isTitleCase(first);
  }
}
