package org.tidende.ingest.html;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tidende.ingest.Dates;
import org.tidende.model.ArticleDate;
import org.tidende.model.ArticleDate.Precision;

/**
 * Tolerant reading of the dates pages carry. A date string the page isolates (a meta tag's content,
 * a {@code <time datetime>}, a byline's text) is first read as feeds and JSON fields are, by
 * {@link Dates#parse}, so the same string gets the same date in a page as in a feed. What that
 * refuses is searched for a date inside it: ISO with fractional seconds or slashes and a time
 * ({@code 2019/11/19 10:15}), compact {@code 20191119} in a short string, numeric day-first
 * {@code 19.11.2019}, and a written month ({@code Publisert 19. november 2019 kl. 10.15}, {@code
 * Nov. 19th, 2019}), each candidate found read by {@link Dates#parse} again, with the time after it
 * if Dates reads that, else the day alone, and with the weekday just before it, which must fit:
 * month and weekday names are Dates' (CLDR's), not a table of this class. Years outside 1990–2100
 * are refused as noise (a stray "1850" or a product number), whoever read them. Never throws.
 */
final class DateReading {
  private static final Pattern ISO_LOOSE = Pattern.compile(
      "(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:[.,]\\d+)?"
          + "\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");
  private static final Pattern COMPACT = Pattern.compile("(?<!\\d)(\\d{4})(\\d{2})(\\d{2})(?!\\d)");
  private static final Pattern DAY_FIRST = Pattern.compile("(?<!\\d)(\\d{1,2})[./](\\d{1,2})[./](\\d{4})(?!\\d)");
  /** A time after a written date, left for {@link Dates} to read: "kl. 10.15", "at 5:00 PM". */
  private static final String TIME_AFTER =
      "(?:,?\\s+(?:(?:at|kl\\.?|klockan|um)\\s*)?\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?(?!\\p{L}))?)?";
  /** The word just before a written date, with its dot or comma, if any: a weekday perhaps. */
  private static final Pattern WEEKDAY_BEFORE = Pattern.compile("(?<!\\p{L})(\\p{L}+\\.?,?)\\s+$");
  private static final Pattern DAY_MONTH_NAME = Pattern.compile(
      "(?<![\\d\\p{L}])(\\d{1,2}(?:st|nd|rd|th)?\\.?\\s+(?:de\\s+)?\\p{L}{3,10}\\.?,?\\s+(?:de\\s+)?\\d{4})(?!\\d)"
          + TIME_AFTER, Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_NAME_DAY = Pattern.compile(
      "(?<!\\p{L})(\\p{L}{3,10}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})(?!\\d)" + TIME_AFTER,
      Pattern.CASE_INSENSITIVE);

  private DateReading() {}

  /** The date in {@code raw}, or empty. */
  static Optional<ArticleDate> parse(String raw) {
    if (raw == null || raw.isBlank() || raw.length() > 200) {
      return Optional.empty();
    }
    String s = raw.strip();
    Optional<ArticleDate> whole = Optional.ofNullable(Dates.parse(s)).filter(DateReading::plausible);
    if (whole.isPresent()) {
      return whole;
    }
    return loose(s).filter(DateReading::plausible);
  }

  private static Optional<ArticleDate> loose(String s) {
    try {
      Matcher m = ISO_LOOSE.matcher(s);
      if (m.find()) {
        return Optional.of(isoLoose(m));
      }
    } catch (DateTimeException | NumberFormatException e) {
      // fall through to the written forms
    }
    return written(s);
  }

  private static ArticleDate isoLoose(Matcher m) {
    LocalDate day = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
    if (m.group(4) == null) {
      return ArticleDate.ofDay(day);
    }
    LocalTime time = LocalTime.of(num(m, 4), num(m, 5), m.group(6) == null ? 0 : num(m, 6));
    String zone = m.group(7);
    if (zone != null) {
      ZoneOffset off = zone.equals("Z") ? ZoneOffset.UTC
          : ZoneOffset.of(zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
      return ArticleDate.ofOffset(day.atTime(time).atOffset(off));
    }
    return new ArticleDate(day, time, Precision.TIME, false);
  }

  private static Optional<ArticleDate> written(String s) {
    try {
      for (Pattern p : new Pattern[] {DAY_MONTH_NAME, MONTH_NAME_DAY}) {
        Matcher m = p.matcher(s);
        while (m.find()) {
          Optional<ArticleDate> read = candidate(s, m);
          if (read.isPresent()) {
            return read;
          }
        }
      }
      Matcher m = COMPACT.matcher(s);
      if (m.find() && s.length() <= 14) {
        return Optional.of(ArticleDate.ofDay(LocalDate.of(num(m, 1), num(m, 2), num(m, 3))));
      }
      m = DAY_FIRST.matcher(s);
      if (m.find()) {
        return Optional.of(ArticleDate.ofDay(LocalDate.of(num(m, 3), num(m, 2), num(m, 1))));
      }
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * The written date {@code m} found, read by {@link Dates} with the time after it if it reads that,
   * else the day alone; a weekday just before it ({@link Dates#weekday}) must fit the day, else the
   * date is left unread, as in a feed.
   */
  private static Optional<ArticleDate> candidate(String s, Matcher m) {
    ArticleDate read = Dates.parse(m.group());
    read = read != null ? read : Dates.parse(s.substring(m.start(), m.end(1)));
    if (read == null) {
      return Optional.empty();
    }
    Matcher w = WEEKDAY_BEFORE.matcher(s.substring(Math.max(0, m.start() - 24), m.start()));
    DayOfWeek weekday = w.find() ? Dates.weekday(w.group(1)) : null;
    return weekday == null || weekday == read.date().getDayOfWeek() ? Optional.of(read) : Optional.empty();
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

  private static boolean plausible(ArticleDate d) {
    int y = d.date().getYear();
    return y >= 1990 && y <= 2100;
  }
}
