package org.tidende.ingest;

import java.util.Objects;
import java.util.function.Consumer;
import org.tidende.model.Article;

/**
 * Passes one input's events on and adds a warning for each article whose date field could not be
 * read (the readers keep the raw value as the label {@code date_unreadable}), so a date format
 * Tidende does not know is seen rather than silently read as undated: the first {@value #SHOWN}
 * one by one, with the line and what was done instead, then, at {@link #finish}, how many more.
 */
public final class UnreadableDates implements Consumer<IngestEvent> {
  /** Unreadable dates reported one by one per input; the rest are counted. */
  public static final int SHOWN = 5;

  private final String input;
  private final Consumer<IngestEvent> sink;
  private int count;

  /**
   * @param input the file or feed read, named in the closing count
   * @param sink where every event goes
   */
  public UnreadableDates(String input, Consumer<IngestEvent> sink) {
    this.input = Objects.requireNonNull(input, "input");
    this.sink = Objects.requireNonNull(sink, "sink");
  }

  @Override
  public void accept(IngestEvent event) {
    sink.accept(event);
    if (event instanceof IngestEvent.Accepted a && a.article().label("date_unreadable") != null) {
      Article article = a.article();
      if (++count <= SHOWN) {
        sink.accept(new IngestEvent.Warning(article.file(), article.line(), message(article)));
      }
    }
  }

  /**
   * What to tell the person who sent {@code article} about its date, or null when its date field
   * was readable or absent: the raw value and whether another field dated the article instead.
   */
  public static String message(Article article) {
    String raw = article.label("date_unreadable");
    if (raw == null) {
      return null;
    }
    return "date '" + raw + "' unreadable (ISO-8601 or RFC 822 expected); "
        + (article.date() == null ? "read as undated" : "dated from its '" + article.label("date_from") + "' field instead");
  }

  /** Reports how many unreadable dates were not shown one by one, if any. */
  public void finish() {
    if (count > SHOWN) {
      sink.accept(new IngestEvent.Warning(input, 0, (count - SHOWN) + " more unreadable date(s) in this input, "
          + count + " in all"));
    }
  }
}
