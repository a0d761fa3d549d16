package org.tidende.flink.rows;

import java.util.Arrays;
import org.tidende.model.AnalyzedArticle;
import org.tidende.model.Article;
import org.tidende.model.ArticleId;
import org.tidende.model.Language;
import org.tidende.model.LanguageGuess;

/**
 * What the story clusterer needs of an analysed article, as Flink POJO fields: id, event time and
 * input position (cluster order), date, language and the analysed features. Title and text are
 * left behind: the clusterer never reads them, and segments hold thousands of these in state.
 */
public record AnalyzedRow(
    String id,
    long time,
    long pos,
    int datePrecision,
    long dateDay,
    long dateNanos,
    boolean dateInferred,
    String lang,
    double langConfidence,
    String[] titleTerms,
    String[] bodyTerms,
    String[] names,
    String[] numbers) implements org.tidende.flink.live.Identified {

  /** The row of an analysed article read as {@code row}. */
  public static AnalyzedRow of(ArticleRow row, AnalyzedArticle a) {
    return new AnalyzedRow(row.id(), row.clusterTime(), row.pos(), row.datePrecision(), row.dateDay(),
        row.dateNanos(), row.dateInferred(), a.lang().code(), a.language().confidence(),
        a.titleTerms().toArray(String[]::new), a.bodyTerms().toArray(String[]::new),
        a.names().toArray(String[]::new), a.numbers().toArray(String[]::new));
  }

  /** An analysed article equal in everything the clusterer reads (id, date, language, features). */
  public AnalyzedArticle toAnalyzed() {
    Article a = new Article(new ArticleId(id), "flink", 0, null, null, "", "",
        Dates.of(datePrecision, dateDay, dateNanos, dateInferred), new Language(lang), null);
    return new AnalyzedArticle(a, new LanguageGuess(new Language(lang), langConfidence), Arrays.asList(titleTerms),
        Arrays.asList(bodyTerms), Arrays.asList(names), Arrays.asList(numbers));
  }
}
