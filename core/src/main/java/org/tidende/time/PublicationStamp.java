package org.tidende.time;

import java.text.DateFormatSymbols;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
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
 * <p>Session 32: a time zone or place in capitals right after the time ("11: 39am UK, Monday 09
 * September 2013", "Updated: November 11, 2011 18: 50 IST", "POSTED: 1052 GMT (1852 HKT), April 10,
 * 2007"; zones are too many to list, and capitals of two to five letters after a time are one) and
 * a second full date on the line (posted, then updated: "PUBLISHED: 16: 05 GMT, 9 June 2013 |
 * UPDATED: 06: 55 GMT, 10 June 2013", whose words are blanked before the others are looked at) no
 * longer keep a line from being a stamp; "hrs" is a stamp word. Found on ECB+ dev's timelines (the
 * stamps the list missed, 10 of them); old build (main a66aca7) against new on ECB+ dev: those 10
 * timeline entries gone, 15 members dated to the day by their stamps (257 → 272; each day checked
 * against the stamp), 4 of them dated to the month before; the timelines of their stories changed
 * with their dates ("A jury on Tuesday convicted ..." is 29 April 2008, no longer April 2007); no
 * member, timeline or summary of the Scandinavian slices, business/energy or the seeds changed
 * (they hold no such stamps), and ECB+ clustering is as before (BCubed F1 0.9300). Session 33: the
 * capitals after the time are a zone only when they are two letters (a place: "UK") or a zone's
 * shape, three to five ending in "T" or one of the JDK's zone abbreviations ({@link #zone}), so a
 * line of a date, a time and an acronym that is no zone ("5 May 2013, 10:00 NATO") is no stamp;
 * every capitals word after a time on the first lines of ECB+, business news and the Scandinavian
 * sets (GMT, EDT, BST, IST, UK, PDT, AEST, CST, HKT; no MVC is after a stamp's time) keeps its
 * reading. Failure mode: a two-letter acronym after the time ("10:00 EU") still reads as a
 * place, and a zone outside the JDK's names not ending in "T" ("ChST") is none. A stamp with another word ("Reuters Sep 18, 2013, 02.", "Posted 1
 * year, 160 days ago [downloaded on 2 October 2013]") is still none.
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
      "cst", "cdt", "mst", "mdt", "time", "local", "hrs",
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
        String blanked = withoutDates(text, lineStart, lineEnd, found);
        for (Found f : found) {
          if (f.start() >= lineStart && f.end() <= lineEnd && TimeExpression.first(f.expression()) instanceof Day d
              && onlyStampWords(blanked, 0, f.start() - lineStart, lexicon)
              && onlyStampWords(blanked, f.end() - lineStart, blanked.length(), lexicon)
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

  /**
   * The line {@code text[from, to)} with every full date found in it blanked: a stamp may
   * give two days ("on April 30, 2008 at 4: 31 AM, updated April 30, 2008 at 8: 33 AM", "PUBLISHED:
   * 16: 05 GMT, 9 June 2013 | UPDATED: 06: 55 GMT, 10 June 2013"), whose words are no other words.
   */
  private static String withoutDates(String text, int from, int to, List<Found> found) {
    char[] line = text.substring(from, to).toCharArray();
    for (Found f : found) {
      if (f.start() >= from && f.end() <= to && TimeExpression.first(f.expression()) instanceof Day) {
        Arrays.fill(line, f.start() - from, f.end() - from, ' ');
      }
    }
    return new String(line);
  }

  /**
   * Whether {@code text[from, to)} holds only stamp words, weekdays, times of day and punctuation,
   * and, right after a time of day, a time zone or place in capitals of two to five letters ("11:
   * 39am UK", "18: 50 IST", "9: 03am AEST", "1052 GMT (1852 HKT)": zones are too many to list).
   */
  private static boolean onlyStampWords(String text, int from, int to, DateLexicon lexicon) {
    String[] words = text.substring(from, to).split("[^\\p{L}\\p{N}]+");
    boolean afterClock = false;
    for (String word : words) {
      String w = word.toLowerCase(Locale.ROOT);
      if (w.isEmpty()) {
        continue;
      }
      boolean clock = isClockPart(w);
      if (STAMP_WORDS.contains(w) || lexicon.weekdays().containsKey(w) || clock
          || afterClock && zone(word)) {
        afterClock = clock;
        continue;
      }
      return false;
    }
    return true;
  }

  /**
   * Whether a word in capitals right after a time of day is a time zone or place: two letters (a
   * country or region, "UK"), or three to five ending in "T" ("GMT", "IST", "AEST", "HKT": the T of
   * "Time", as 49 of the 53 such abbreviations the JDK's English zone names give end), or one of
   * the JDK's zone abbreviations that does not ("MSK", "WIB"). An acronym that is no zone ("5 May
   * 2013, 10:00 NATO", "UNHCR") is none, and keeps its line from being a stamp.
   */
  static boolean zone(String word) {
    if (word.length() < 2 || word.length() > 5 || !word.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
      return false;
    }
    return word.length() == 2 || word.endsWith("T") || ZONES.contains(word);
  }

  /** The JDK's English short zone names (standard and daylight) in capitals of three to five letters. */
  private static final Set<String> ZONES = jdkZones();

  private static Set<String> jdkZones() {
    Set<String> out = new HashSet<>();
    for (String[] z : DateFormatSymbols.getInstance(Locale.ENGLISH).getZoneStrings()) {
      for (int i : new int[] {2, 4}) {
        if (z.length > i && z[i] != null && z[i].matches("[A-Z]{3,5}")) {
          out.add(z[i]);
        }
      }
    }
    return Set.copyOf(out);
  }

  /** "10", "07", "4pm", "11am", "1330": a time of day or part of one. */
  private static boolean isClockPart(String w) {
    return w.matches("\\d{1,2}(am|pm)?|\\d{4}|\\d{1,2}[ap]");
  }
}
