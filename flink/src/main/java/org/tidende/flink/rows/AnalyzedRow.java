package org.tidende.flink.rows;

import java.util.Arrays;
import org.tidende.cluster.PreparedArticle;
import org.tidende.flink.live.Identified;
import org.tidende.model.AnalyzedArticle;
import org.tidende.model.Article;
import org.tidende.model.ArticleId;
import org.tidende.model.Language;
import org.tidende.model.LanguageGuess;

/**
 * What the story clusterer needs of an analysed article, as Flink POJO fields: id, event time and
 * input position (cluster order), date, language, the analysed features, and the article's
 * clustering features as core prepares them ({@link PreparedArticle}: feature hashes, base weights,
 * distinct terms). Title and text are left behind (segments hold thousands of these in state): the
 * clusterer reads the text only to find mentioned days and quantities, which the prepared features
 * already hold, so the clusterer must be given {@link #toPrepared()}, not {@link #toAnalyzed()}.
 *
 * @param featureKeys {@link PreparedArticle#keys()}
 * @param featureBase {@link PreparedArticle#base()}
 * @param distinctTerms {@link PreparedArticle#distinctTerms()}
 * @param caseless {@link PreparedArticle#caseless()} (read from the text this row leaves behind)
 * @param specificTerms {@link PreparedArticle#specificTerms()} (found in parallel with the rest, so
 *     the ordered assigner does not fold terms again)
 * @param acrossAdded {@link PreparedArticle#acrossAdded()} (read from the text this row leaves
 *     behind: sentence-initial places, counts; made again from an empty text they would differ)
 * @param acrossDropped {@link PreparedArticle#acrossDropped()}
 * @param embedding {@link PreparedArticle#embedding()}: an English article's sentence vector (384
 *     floats, made in the parallel analysis as core makes it), null for others; carried so the
 *     Flink jobs cluster English articles as core does, at 1.5 KB per English row in state
 * @param file where the row was read ({@link ArticleRow#file()}), and {@code line} its line: the live
 *     job's threading stage names a copy of an id it drops there ({@code ThreadStage})
 */
public record AnalyzedRow(
    String id,
    long time,
    long pos,
    int datePrecision,
    long dateDay,
    long dateNanos,
    boolean dateInferred,
    int dateOffset,
    String lang,
    double langConfidence,
    String[] titleTerms,
    String[] bodyTerms,
    String[] names,
    String[] numbers,
    String[] givenNames,
    long[] featureKeys,
    float[] featureBase,
    int distinctTerms,
    boolean caseless,
    long[] specificTerms,
    long[] acrossAdded,
    long[] acrossDropped,
    float[] embedding,
    String file,
    int line) implements Identified {

  /** The row of an analysed and prepared article read as {@code row}. */
  public static AnalyzedRow of(ArticleRow row, PreparedArticle p) {
    AnalyzedArticle a = p.article();
    return new AnalyzedRow(row.id(), row.clusterTime(), row.pos(), row.datePrecision(), row.dateDay(),
        row.dateNanos(), row.dateInferred(), row.dateOffset(), a.lang().code(), a.language().confidence(),
        a.titleTerms().toArray(String[]::new), a.bodyTerms().toArray(String[]::new),
        a.names().toArray(String[]::new), a.numbers().toArray(String[]::new), a.givenNames().toArray(String[]::new),
        p.keys(), p.base(),
        p.distinctTerms(), p.caseless(), p.specificTerms(), p.acrossAdded(), p.acrossDropped(), p.embedding(),
        row.file(), row.line());
  }

  /** The prepared article, as core's {@code StoryClusterer.prepare} made it from the full article. */
  public PreparedArticle toPrepared() {
    return new PreparedArticle(toAnalyzed(), featureKeys, featureBase, distinctTerms, caseless, specificTerms,
        acrossAdded, acrossDropped, embedding);
  }

  /**
   * An analysed article equal in id, date, language and analysed features; its title and text are
   * empty (see the class comment).
   */
  public AnalyzedArticle toAnalyzed() {
    Article a = new Article(new ArticleId(id), "flink", 0, null, null, "", "",
        Dates.of(datePrecision, dateDay, dateNanos, dateInferred, dateOffset), new Language(lang), null);
    return new AnalyzedArticle(a, new LanguageGuess(new Language(lang), langConfidence), Arrays.asList(titleTerms),
        Arrays.asList(bodyTerms), Arrays.asList(names), Arrays.asList(numbers), Arrays.asList(givenNames));
  }
}
