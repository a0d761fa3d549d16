package org.tidende.flink.rows;

import java.util.Map;
import java.util.TreeMap;
import org.tidende.flink.live.Identified;
import org.tidende.model.Article;
import org.tidende.model.ArticleId;
import org.tidende.model.Language;

/**
 * An {@link Article} as it travels between Flink operators: strings, numbers and string arrays
 * only, so Flink's POJO serializer handles it without Kryo. Lossless: {@link #toArticle()} gives
 * back an equal article.
 *
 * <p>Besides the article it carries its place in event order: {@code clusterTime} is the
 * article's event time (epoch seconds) or, when undated, the time of the dated article before it
 * in the input, files read in order as one ({@code Long.MIN_VALUE} before any), as {@code
 * Pipeline.inEventOrder} orders (a reader sees one file: {@link CarryAcrossFiles} carries the time
 * into the next files);
 * {@code dedupTime} is the same with 0 before any dated article, as the duplicate grouping
 * orders; {@code pos} is the input position ({@code fileIndex << 32 | line}) that breaks ties.
 */
public record ArticleRow(
    String id,
    String file,
    int line,
    String url,
    String source,
    String title,
    String text,
    int datePrecision,
    long dateDay,
    long dateNanos,
    boolean dateInferred,
    int dateOffset,
    String lang,
    String[] labels,
    long clusterTime,
    long dedupTime,
    long pos) implements Identified {

  /** The row of {@code a}, read from input file number {@code fileIndex}. */
  public static ArticleRow of(Article a, int fileIndex, long clusterTime, long dedupTime) {
    String[] labels = new String[a.labels().size() * 2];
    int i = 0;
    for (Map.Entry<String, String> e : a.labels().entrySet()) {
      labels[i++] = e.getKey();
      labels[i++] = e.getValue();
    }
    return new ArticleRow(a.id().value(), a.file(), a.line(), a.url(), a.source(), a.title(), a.text(),
        Dates.precision(a.date()), Dates.day(a.date()), Dates.nanos(a.date()), a.date() != null && a.date().inferred(),
        Dates.offset(a.date()), a.declaredLanguage().code(), labels, clusterTime, dedupTime, position(fileIndex, a.line()));
  }

  /** The same row with another cluster-order time. */
  public ArticleRow withClusterTime(long t) {
    return new ArticleRow(id, file, line, url, source, title, text, datePrecision, dateDay, dateNanos, dateInferred,
        dateOffset, lang, labels, t, dedupTime, pos);
  }

  /** Input position of a line of a file: file index in the high 32 bits. */
  public static long position(int fileIndex, int line) {
    return ((long) fileIndex << 32) | (line & 0xFFFFFFFFL);
  }

  /** The article, equal to the one the row was made from. */
  public Article toArticle() {
    Map<String, String> map = new TreeMap<>();
    for (int i = 0; i + 1 < labels.length; i += 2) {
      map.put(labels[i], labels[i + 1]);
    }
    return new Article(new ArticleId(id), file, line, url, source, title, text,
        Dates.of(datePrecision, dateDay, dateNanos, dateInferred, dateOffset), new Language(lang), map);
  }
}
