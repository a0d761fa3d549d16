package org.tidende.cluster;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tidende.analysis.ArticleAnalyzer;

/**
 * Calendar days and counted things written in a text, found in one pass over its digit runs.
 *
 * <p>Days: "November 11", "11 November", "11. november", "Jul 07" become language-neutral keys
 * {@code d<month>-<day>} ({@code d11-11}), so two reports of one event that name its day share a
 * feature and two same-kind events on different days do not (years are already number features).
 * Quantities: a number followed by a word ("23 pirates", "130 dræbte") becomes {@code
 * q<number>_<first five letters>} ({@code q23_pirat}): events of the same kind share vocabulary and
 * units but rarely their counts, so a shared quantity is strong evidence of one event where a bare
 * shared number is weak.
 *
 * <p>Method: scan for runs of digits; look at the word right before and right after each (English
 * and Scandinavian month names and abbreviations, or any word of three or more letters). Cost: one
 * pass over the first {@value #MAX_CHARS} characters (datelines and leads carry the event's day and
 * counts), no regular expressions. Failure modes: English "may" before a small number ("may 3") is
 * read as a date; days written as words and relative days ("on Thursday") are not seen; a report's
 * publication day and the event's day differ for follow-ups; units written before the number
 * ("magnitude 6.1") and adjectives between number and noun are missed. The time-resolution stage
 * ({@code org.tidende.time}) will resolve relative dates; this is the cheap subset the clusterer
 * needs now.
 *
 * <p>Day words ({@link #calendarWords}): an English text's capitalised weekdays and months ("on
 * Tuesday", "in April") as keys {@code wtuesday}, {@code wapril}, which the analysis no longer takes
 * for names (see {@code analysis.ArticleAnalyzer}). {@link FeatureVector} weighs them as names were
 * weighed: undated ECB+ has in them a stand-in for the event's day (five shuffled orders, mean
 * BCubed F1 0.9115 with them as names, 0.9062 without them, 0.9094 as day features at the number
 * weight, 0.9136 at the name weight; file order 0.9300, 0.9329, 0.9284, 0.9300). Failure mode: a
 * weekday is shared by every report of that week, so it links only with other evidence; "May" the
 * surname is read as the month.
 */
final class MentionedDates {
  static final int MAX_CHARS = 4_000;

  private MentionedDates() {}

  /** Day keys ({@code d11-11}) then quantity keys ({@code q23_pirat}), each without repeats. */
  static List<String> of(String text) {
    int end = Math.min(text.length(), MAX_CHARS);
    Set<String> days = new LinkedHashSet<>();
    Set<String> quantities = new LinkedHashSet<>();
    int i = 0;
    while (i < end) {
      char c = text.charAt(i);
      if (c < '0' || c > '9' || (i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '.'
          || text.charAt(i - 1) == ','))) {
        i++;
        continue;
      }
      int s = i;
      while (i < end && (Character.isDigit(text.charAt(i))
          || ((text.charAt(i) == '.' || text.charAt(i) == ',') && i + 1 < end && Character.isDigit(text.charAt(i + 1))))) {
        i++;
      }
      if (i < end && Character.isLetter(text.charAt(i))) {
        continue; // "3rd", "10km": not a standalone number
      }
      String number = text.substring(s, i);
      String after = wordAfter(text, i, end);
      String before = wordBefore(text, s);
      if (number.length() <= 2) {
        int day = Integer.parseInt(number);
        int month = month(after) > 0 ? month(after) : month(before);
        if (day >= 1 && day <= 31 && month > 0) {
          days.add("d" + month + "-" + day);
          continue;
        }
      }
      boolean year = number.length() == 4 && number.compareTo("1800") >= 0 && number.compareTo("2100") < 0;
      if (after.length() >= 3 && !year) { // a year is a number feature already, not a count
        quantities.add("q" + number.replace(',', '.') + "_" + after.substring(0, Math.min(5, after.length())));
      }
    }
    days.addAll(quantities);
    return List.copyOf(days);
  }

  private static final Pattern CALENDAR_WORD = Pattern.compile(
      "(?<![\\p{L}\\p{Nd}])(" + String.join("|", ArticleAnalyzer.EN_CALENDAR.stream()
          .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).sorted().toList())
      + ")(?:s|['’]s)?(?![\\p{L}\\p{Nd}])");

  /**
   * The English weekdays and months an English text names with a capital ("on Tuesday", "in
   * April", "Sunday's"), as keys {@code w<word>} ({@code wtuesday}, {@code wapril}), each once:
   * day words, which the analysis does not take for names.
   */
  static List<String> calendarWords(String text) {
    Matcher m = CALENDAR_WORD.matcher(text);
    m.region(0, Math.min(text.length(), MAX_CHARS));
    Set<String> out = new LinkedHashSet<>();
    while (m.find()) {
      out.add("w" + m.group(1).toLowerCase(Locale.ROOT));
    }
    return List.copyOf(out);
  }

  /** The lower-cased word starting after at most two spaces (and one '.') from {@code i}, or "". */
  private static String wordAfter(String text, int i, int end) {
    int j = i;
    if (j < end && text.charAt(j) == '.') {
      j++;
    }
    int spaces = 0;
    while (j < end && text.charAt(j) == ' ' && spaces < 2) {
      j++;
      spaces++;
    }
    if (spaces == 0) {
      return "";
    }
    int s = j;
    while (j < end && Character.isLetter(text.charAt(j))) {
      j++;
    }
    return text.substring(s, j).toLowerCase(Locale.ROOT);
  }

  /** The lower-cased word ending one or two spaces (after an optional '.') before {@code s}, or "". */
  private static String wordBefore(String text, int s) {
    int j = s - 1;
    int spaces = 0;
    while (j >= 0 && text.charAt(j) == ' ' && spaces < 2) {
      j--;
      spaces++;
    }
    if (spaces == 0) {
      return "";
    }
    if (j >= 0 && text.charAt(j) == '.') {
      j--;
    }
    int e = j + 1;
    while (j >= 0 && Character.isLetter(text.charAt(j))) {
      j--;
    }
    return e - (j + 1) > 12 ? "" : text.substring(j + 1, e).toLowerCase(Locale.ROOT);
  }

  /** 1..12 for a month name or its usual abbreviation (English, Danish, Norwegian, Swedish), else 0. */
  static int month(String w) {
    if (w.length() < 3 || w.length() > 9) {
      return 0;
    }
    int m = switch (w.substring(0, 3)) {
      case "jan" -> 1;
      case "feb" -> 2;
      case "mar" -> 3;
      case "apr" -> 4;
      case "may", "maj", "mai" -> 5;
      case "jun" -> 6;
      case "jul" -> 7;
      case "aug" -> 8;
      case "sep" -> 9;
      case "oct", "okt" -> 10;
      case "nov" -> 11;
      case "dec", "des" -> 12;
      default -> 0;
    };
    return m > 0 && MONTHS.contains(w) ? m : 0;
  }

  private static final Set<String> MONTHS = Set.of("jan", "january", "januar", "januari", "feb", "february", "februar",
      "februari", "mar", "march", "marts", "mars", "apr", "april", "may", "maj", "mai", "jun", "june", "juni", "jul",
      "july", "juli", "aug", "august", "augusti", "sep", "sept", "september", "oct", "october", "okt", "oktober", "nov",
      "november", "dec", "december", "des", "desember");
}
