package org.tidende.app;

import java.util.List;
import org.tidende.ingest.JsonLinesReader;
import org.tidende.model.Article;
import picocli.CommandLine.Option;

/**
 * {@code --title-field} and {@code --date-field}, for commands that read records whose cleaned title
 * or usable date sits in another field (the Danish front-page archive's {@code title_clean}, free of
 * section and paywall prefixes, and {@code first_seen}, the day its labelled days use).
 */
final class FieldOptions {
  @Option(names = "--title-field", paramLabel = "FIELD",
      description = "Take each record's title from this field where it has one (e.g. title_clean).")
  String titleField;

  @Option(names = "--date-field", paramLabel = "FIELD",
      description = "Take each record's date from this field where it has a readable one (e.g. first_seen).")
  String dateField;

  /**
   * The articles read with title and date taken from the chosen fields, warning through {@code in}
   * about a field no article has (a misspelt name would otherwise change nothing without a word).
   */
  List<Article> apply(Inputs in) {
    List<Article> out = apply(in.articles);
    if (out.isEmpty()) {
      return out;
    }
    if (titleField != null && !titleField.equals("title") && in.articles.stream().allMatch(a -> a.label(titleField) == null || a.label(titleField).isBlank())) {
      in.warn("--title-field " + titleField + ": no article has a title in this field; titles are kept as read");
    }
    if (dateField != null && !dateField.equals("date") && out.stream().noneMatch(a -> dateField.equals(a.label("date_from")))) {
      in.warn("--date-field " + dateField + ": no article has a readable date in this field; dates are kept as read");
    }
    return out;
  }

  /**
   * The articles with title and date taken from the chosen fields ({@link JsonLinesReader#withFields}); {@code title}
   * and {@code date} are the fields the reader takes them from already, so naming them changes nothing (and is no
   * misspelt field: until session 37 {@code --title-field title} warned that no article had a title there).
   */
  List<Article> apply(List<Article> articles) {
    if (titleField == null && dateField == null) {
      return articles;
    }
    return articles.stream().map(a -> JsonLinesReader.withFields(a, titleField, dateField)).toList();
  }
}
