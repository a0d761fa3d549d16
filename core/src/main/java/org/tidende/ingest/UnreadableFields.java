package org.tidende.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.tidende.model.Article;

/**
 * Passes one input's events on and adds a warning for each field of an article that could not be
 * read, so a date format or a record layout Tidende does not know is seen rather than silently read
 * as missing: a date (the readers keep the raw value as the label {@code date_unreadable}) and a
 * {@code lang}, {@code source} or {@code url} of the wrong type (the JSON Lines reader keeps the raw
 * JSON as {@code lang_unreadable}, {@code source_unreadable}, {@code url_unreadable}), and an {@code
 * id} given blank (label {@code id_blank}), for which the content id was taken, and a key given
 * twice in one record (label {@code keys_given_twice}), of which the last value was kept. Of each kind,
 * the first {@value Tally#SHOWN} are reported one by one, with the line and what was done instead,
 * then, at {@link #finish}, how many more ({@link Tally}).
 */
public final class UnreadableFields implements Consumer<IngestEvent> {
  /** Fields the JSON Lines reader ignores, with a label, when they are not strings. */
  static final List<String> IGNORED = List.of("lang", "source", "url");

  private final String input;
  private final Consumer<IngestEvent> sink;
  private final Tally dates = new Tally("unreadable date(s) in this input");
  private final Tally ignored = new Tally("ignored field(s) in this input");

  /**
   * @param input the file or feed read, named in the closing counts
   * @param sink where every event goes
   */
  public UnreadableFields(String input, Consumer<IngestEvent> sink) {
    this.input = Objects.requireNonNull(input, "input");
    this.sink = Objects.requireNonNull(sink, "sink");
  }

  @Override
  public void accept(IngestEvent event) {
    sink.accept(event);
    if (event instanceof IngestEvent.Accepted a) {
      Article article = a.article();
      String date = message(article);
      if (date != null && dates.add()) {
        sink.accept(new IngestEvent.Warning(article.file(), article.line(), date));
      }
      for (String field : ignoredFields(article)) {
        if (ignored.add()) {
          sink.accept(new IngestEvent.Warning(article.file(), article.line(), field));
        }
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
    return undated(raw, article.date() == null ? null : article.label("date_from"));
  }

  /**
   * The warning for a date that cannot be read, the same for a JSON field, a feed's and a text's
   * {@code date:} header: {@code date '31.02.2019' unreadable (ISO-8601, ... expected); read as
   * undated}, or {@code dated from its 'published' field instead} when {@code from} is given.
   */
  public static String undated(String raw, String from) {
    return "date '" + raw + "' unreadable (ISO-8601, RFC 822, 25.04.2019 or 25 April 2019 expected); "
        + (from == null ? "read as undated" : "dated from its '" + from + "' field instead");
  }

  /**
   * One message per field of {@code article} ignored for its type, in field order, after one for a
   * blank {@code id} and one for keys its record gave twice (label {@code keys_given_twice}, {@link
   * DuplicateKeys}: the last value was kept, silently until session 34); empty when none.
   */
  public static List<String> ignoredFields(Article article) {
    List<String> out = new ArrayList<>();
    String blankId = article.label("id_blank");
    if (blankId != null) {
      out.add("field 'id' blank (" + blankId + "); given the id '" + article.id().value() + "' from its title and text");
    }
    String twice = article.label(JsonLinesReader.KEYS_TWICE);
    if (twice != null) {
      List<String> keys = List.of(twice.split(","));
      out.add((keys.size() == 1 ? "key '" + keys.get(0) + "'" : "keys '" + String.join("', '", keys) + "'")
          + " given twice in the record; the last value" + (keys.size() == 1 ? "" : " of each") + " kept");
    }
    String notACode = article.label(JsonLinesReader.LANG_NOT_A_CODE);
    if (notACode != null) {
      String shown = notACode.length() > 80 ? notACode.substring(0, 77) + "..." : notACode;
      out.add("field 'lang' ignored: '" + shown + "' is no language code (nb, nn, da, sv, en, de, es or another ISO 639 "
          + "code) nor a language's name; the language identified from the text");
    }
    for (String field : IGNORED) {
      String raw = article.label(field + "_unreadable");
      if (raw != null) {
        String shown = raw.length() > 80 ? raw.substring(0, 77) + "..." : raw;
        out.add("field '" + field + "' ignored (a string expected"
            + (field.equals("source") ? ", or an object with a string 'name'" : "") + "): " + shown);
      }
    }
    return out;
  }

  /** Reports how many unreadable dates and ignored fields were not shown one by one, if any. */
  public void finish() {
    dates.closing().ifPresent(m -> sink.accept(new IngestEvent.Warning(input, 0, m)));
    ignored.closing().ifPresent(m -> sink.accept(new IngestEvent.Warning(input, 0, m)));
  }
}
