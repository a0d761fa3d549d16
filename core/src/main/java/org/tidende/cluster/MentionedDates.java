package org.tidende.cluster;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar days written in a text ("November 11", "11 November", "11. november", "Jul 07"), as
 * language-neutral keys {@code d<month>-<day>} ({@code d11-11}), so two reports of one event that
 * both name its day share a feature and two same-kind events on different days do not.
 *
 * <p>Method: one regular expression over the English and Scandinavian month names and their usual
 * abbreviations, day before or after the month. Years are already number features. Cost: linear in
 * the scanned text, which is capped at {@value #MAX_CHARS} characters (datelines and leads carry
 * the event's day). Failure modes: English "may" as a verb before a small number ("may 3") is read
 * as a date; days written as words ("the eleventh") and relative days ("on Thursday") are not seen;
 * a report's publication day and the event's day differ for follow-ups. The time-resolution stage
 * ({@code org.tidende.time}) will resolve relative dates; this is the cheap subset the clusterer
 * needs now.
 */
final class MentionedDates {
  static final int MAX_CHARS = 4_000;
  private static final String MONTH = "(jan(?:uary|uar|\\.)?|feb(?:ruary|ruar|\\.)?|mar(?:ch|ts|s|\\.)?|apr(?:il|\\.)?"
      + "|may|maj|mai|jun(?:e|i|\\.)?|jul(?:y|i|\\.)?|aug(?:ust|\\.)?|sep(?:tember|t\\.?|\\.)?|o[ck]t(?:ober|\\.)?"
      + "|nov(?:ember|\\.)?|de[cs](?:ember|\\.)?)";
  private static final Pattern MONTH_DAY = Pattern.compile(
      "(?iu)(?<![\\p{L}])" + MONTH + "\\s{1,3}(\\d{1,2})(?![\\d\\p{L}])");
  private static final Pattern DAY_MONTH = Pattern.compile(
      "(?iu)(?<![\\p{L}\\d])(\\d{1,2})\\.?\\s{1,3}" + MONTH + "(?![\\p{L}])");

  private MentionedDates() {}

  /** Day keys found in {@code text}, in order of first appearance, without repeats. */
  static List<String> of(String text) {
    String t = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    Set<String> out = new LinkedHashSet<>();
    Matcher m = MONTH_DAY.matcher(t);
    while (m.find()) {
      add(out, m.group(1), m.group(2));
    }
    m = DAY_MONTH.matcher(t);
    while (m.find()) {
      add(out, m.group(2), m.group(1));
    }
    return List.copyOf(out);
  }

  private static void add(Set<String> out, String month, String day) {
    int d = Integer.parseInt(day);
    int mo = month(month.toLowerCase(Locale.ROOT));
    if (d >= 1 && d <= 31 && mo > 0) {
      out.add("d" + mo + "-" + d);
    }
  }

  private static int month(String m) {
    String p = m.length() >= 3 ? m.substring(0, 3) : m;
    return switch (p) {
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
  }
}
