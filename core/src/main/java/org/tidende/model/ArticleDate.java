package org.tidende.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A publication date as precise as the source gave it: {@code 2019-04} (month), {@code 2019-04-25}
 * (day) or a time of day (UTC when an offset was given, else local as written).
 *
 * @param date the day; for month precision the first of the month, for year precision 1 January
 * @param time time of day, or null below {@link Precision#TIME}
 * @param precision how much of the value the source gave
 * @param inferred true when Tidende inferred the date from content, not read it from the source
 */
public record ArticleDate(LocalDate date, LocalTime time, Precision precision, boolean inferred)
    implements Comparable<ArticleDate> {

  /** How precise a date is. */
  public enum Precision { YEAR, MONTH, DAY, TIME }

  private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");

  public ArticleDate {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(precision, "precision");
    if ((time != null) != (precision == Precision.TIME)) {
      throw new IllegalArgumentException("time " + time + " does not fit precision " + precision);
    }
  }

  public static ArticleDate ofDay(LocalDate day) {
    return new ArticleDate(day, null, Precision.DAY, false);
  }

  /**
   * Reads the ISO-8601 forms found in news data: {@code 2019}, {@code 2019-04}, {@code 2019-04-25},
   * {@code 2022-10-05T18:21}, {@code 2025-01-09T07:12:00Z}, {@code 2025-01-09T07:12:00+01:00}, and
   * the same with a space for {@code T}. Empty for null or anything else; never throws.
   */
  public static Optional<ArticleDate> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String s = raw.strip().replace(' ', 'T');
    if (s.isEmpty()) {
      return Optional.empty();
    }
    try {
      if (s.length() > 10 && s.charAt(10) == 'T') {
        String t = s.endsWith("Z") || s.matches(".*[+-]\\d{2}:?\\d{2}$") ? s : null;
        LocalDateTime ldt;
        if (t != null) {
          ldt = OffsetDateTime.parse(fixOffset(t)).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        } else {
          ldt = LocalDateTime.parse(s.length() == 13 ? s + ":00" : s);
        }
        return Optional.of(new ArticleDate(ldt.toLocalDate(), ldt.toLocalTime(), Precision.TIME, false));
      }
      if (s.length() == 10) {
        return Optional.of(ofDay(LocalDate.parse(s)));
      }
      Matcher m = YEAR_MONTH.matcher(s);
      if (m.matches()) {
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
          return Optional.empty();
        }
        return Optional.of(new ArticleDate(LocalDate.of(Integer.parseInt(m.group(1)), month, 1),
            null, Precision.MONTH, false));
      }
      m = YEAR.matcher(s);
      if (m.matches()) {
        return Optional.of(new ArticleDate(LocalDate.of(Integer.parseInt(m.group(1)), 1, 1),
            null, Precision.YEAR, false));
      }
    } catch (DateTimeParseException | NumberFormatException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static String fixOffset(String s) {
    // "+0100" is common in feeds; java.time wants "+01:00".
    return s.replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2");
  }

  /** This date marked as inferred from content. */
  public ArticleDate asInferred() {
    return new ArticleDate(date, time, precision, true);
  }

  /**
   * Event time in epoch seconds (UTC), at the middle of the period for coarse precisions, so a
   * month-precise date sits mid-month. Used by time-aware stages; never the wall clock.
   */
  public long epochSecond() {
    return switch (precision) {
      case TIME -> date.atTime(time).toEpochSecond(ZoneOffset.UTC);
      case DAY -> date.atTime(12, 0).toEpochSecond(ZoneOffset.UTC);
      case MONTH -> date.withDayOfMonth(Math.min(15, date.lengthOfMonth())).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
      case YEAR -> date.withDayOfYear(182).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
    };
  }

  /** Half the width of the period the precision allows, in seconds: how uncertain the time is. */
  public long uncertaintySeconds() {
    return switch (precision) {
      case TIME -> 0;
      case DAY -> 12 * 3600;
      case MONTH -> 15 * 86400;
      case YEAR -> 182 * 86400;
    };
  }

  @Override
  public int compareTo(ArticleDate o) {
    return Long.compare(epochSecond(), o.epochSecond());
  }

  /** ISO form at the given precision: {@code 2019-04}, {@code 2019-04-25}, {@code 2019-04-25T10:00}. */
  @Override
  public String toString() {
    return switch (precision) {
      case YEAR -> String.valueOf(date.getYear());
      case MONTH -> String.format(java.util.Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue());
      case DAY -> date.toString();
      case TIME -> date + "T" + time;
    };
  }
}
