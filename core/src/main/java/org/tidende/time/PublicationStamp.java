package org.tidende.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.tidende.time.DateScanner.Found;
import org.tidende.time.TimeExpression.Day;

/**
 * The publication stamp an article may carry at its top when copied from a web page: "Published:
 * August 2, 2013", "May 3, 2013 at 7:31 AM ET", "Friday, June 7, 2013", "Publisert 12.03.2024
 * kl. 10.15", "Opdateret 5. maj 2023".
 *
 * <p>Design: a stamp is a full date (day, month and year) on a short line (at most {@value
 * #MAX_LINE} characters) among the first {@value #LINES} non-blank lines of the title and text, where everything else on
 * the line is stamp words ("published", "updated", "publisert", "opdateret", "publicerad", ...), a
 * weekday, a time of day, a time zone or punctuation. A line with any other word ("Storm hits on 5
 * May 2013") is a headline or a sentence, and the date in it may be of any event. Several stamps
 * (posted, then updated) give the earliest, the publication.
 *
 * <p>Why: an article without a publication date is otherwise dated only through its story or a
 * weekday-dated mention (see {@link DateInference}); a stamp is the page saying when it appeared.
 * Measured: on ECB+ dev (undated texts), 255 of the 381 texts of its newer ECB+ half (copied
 * with their stamps) carry one and none of the 391 of its older ECB half (copied without); on the
 * Norwegian full articles (no-narc, dated), 5 of 758 carry one, each the day of publication; none
 * of the feed and front-page items (2,481 Norwegian, 1,386 Swedish, 50,219 Danish) does.
 *
 * <p>Cost: a look at the first lines and the dates already scanned there. Failure modes: a top
 * line that is a date and nothing else but names an event's day (a diary page's heading) is read
 * as a stamp; numeric dates are read day first ({@code 12.03.2024}), as in Europe, and the US
 * month-first {@code 05/02/2013} is not read at all.
 */
final class PublicationStamp {
  private PublicationStamp() {}

  /** Non-blank lines from the top searched: a title and five more (page tools, byline, stamp). */
  static final int LINES = 6;
  /** Longest line that can be a stamp. */
  static final int MAX_LINE = 80;

  /** Words that may stand on a stamp's line besides its date (lower case). */
  private static final Set<String> STAMP_WORDS = Set.copyOf(List.of(
      "published", "posted", "updated", "last", "first", "modified", "created", "on", "at", "the", "of", "by",
      "publisert", "oppdatert", "sist", "først", "kl", "klokka", "klokken", "den", "d",
      "udgivet", "opdateret", "offentliggjort", "publiceret", "senest",
      "publicerad", "publicerat", "uppdaterad", "uppdaterat", "senast", "klockan",
      "veröffentlicht", "aktualisiert", "zuletzt", "stand", "um", "uhr", "am",
      "publicado", "actualizado", "el", "a", "las", "los",
      "pm", "p", "m", "gmt", "utc", "cet", "cest", "bst", "et", "pt", "ct", "mt", "est", "edt", "pst", "pdt",
      "cst", "cdt", "mst", "mdt", "time", "local",
      // weekday abbreviations ("Fri Aug 2, 2013", "tor. 5. maj")
      "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
      "man", "tir", "tirs", "ons", "tor", "tors", "fre", "fr", "lør", "lör", "søn", "sön", "mån", "tis"));

  /**
   * The earliest stamp date in the first lines of {@code text}, given the expressions {@code found}
   * in it (by {@link DateScanner#scan}); empty when there is none.
   */
  static Optional<LocalDate> find(String text, List<Found> found, DateLexicon lexicon) {
    if (text == null || found.isEmpty()) {
      return Optional.empty();
    }
    LocalDate best = null;
    int lineStart = 0;
    for (int line = 0; line < LINES && lineStart < text.length(); ) {
      int nl = text.indexOf('\n', lineStart);
      int lineEnd = nl < 0 ? text.length() : nl;
      if (!text.substring(lineStart, lineEnd).isBlank()) {
        line++;
      }
      if (lineEnd - lineStart <= MAX_LINE) {
        for (Found f : found) {
          if (f.start() >= lineStart && f.end() <= lineEnd && f.expression() instanceof Day d
              && onlyStampWords(text, lineStart, f.start(), lexicon) && onlyStampWords(text, f.end(), lineEnd, lexicon)
              && (best == null || d.date().isBefore(best))) {
            best = d.date();
          }
        }
      }
      if (nl < 0) {
        break;
      }
      lineStart = nl + 1;
    }
    return Optional.ofNullable(best);
  }

  /** Whether {@code text[from, to)} holds only stamp words, weekdays, times of day and punctuation. */
  private static boolean onlyStampWords(String text, int from, int to, DateLexicon lexicon) {
    String[] words = text.substring(from, to).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    for (String w : words) {
      if (w.isEmpty() || STAMP_WORDS.contains(w) || lexicon.weekdays().containsKey(w) || isClockPart(w)) {
        continue;
      }
      return false;
    }
    return true;
  }

  /** "10", "07", "4pm", "11am", "1330": a time of day or part of one. */
  private static boolean isClockPart(String w) {
    return w.matches("\\d{1,2}(am|pm)?|\\d{4}|\\d{1,2}[ap]");
  }
}
