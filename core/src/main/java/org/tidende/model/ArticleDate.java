package org.tidende.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A publication date as precise as the source gave it: {@code 2019-04} (month), {@code 2019-04-25}
 * (day) or a time of day (UTC when an offset was given, else local as written).
 *
 * <p>A time given with an offset is kept in UTC, so dates from different sources order by instant
 * and print and store as before, and the offset the source wrote is kept beside it ({@link
 * #offset()}): the publisher's own day, which a "yesterday" in the text counts from, is {@link
 * #local(ZoneId)}, not the UTC {@link #date()} (an Oslo item stamped {@code 2025-01-13T23:28:00Z}
 * appeared on Tuesday the 14th there).
 *
 * @param date the day; for month precision the first of the month, for year precision 1 January;
 *     in UTC when {@code offset} is set
 * @param time time of day, or null below {@link Precision#TIME}; in UTC when {@code offset} is set
 * @param precision how much of the value the source gave
 * @param inferred true when Tidende inferred the date from content, not read it from the source
 * @param offset the offset the source wrote with the time ({@link ZoneOffset#UTC} for {@code Z},
 *     {@code GMT}, {@code UTC} and {@code +00:00}), or null when it wrote none (then date and time
 *     are local as written) or gave no time; only with {@link Precision#TIME}
 */
public record ArticleDate(LocalDate date, LocalTime time, Precision precision, boolean inferred, ZoneOffset offset)
    implements Comparable<ArticleDate> {

  /** How precise a date is. */
  public enum Precision { YEAR, MONTH, DAY, TIME }

  private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  /** An offset at the end ({@code +01:00}, {@code +0100}, {@code +01}); compiled once, as the two below. */
  private static final Pattern OFFSET_END = Pattern.compile(".*[+-]\\d{2}(?::?\\d{2})?$");
  private static final Pattern OFFSET_HHMM = Pattern.compile("([+-]\\d{2})(\\d{2})$");
  private static final Pattern OFFSET_HH = Pattern.compile("([+-]\\d{2})$");

  public ArticleDate {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(precision, "precision");
    if ((time != null) != (precision == Precision.TIME)) {
      throw new IllegalArgumentException("time " + time + " does not fit precision " + precision);
    }
    if (offset != null && precision != Precision.TIME) {
      throw new IllegalArgumentException("offset " + offset + " without a time (precision " + precision + ")");
    }
  }

  /** A date without a source offset: local as written, or coarser than a time of day. */
  public ArticleDate(LocalDate date, LocalTime time, Precision precision, boolean inferred) {
    this(date, time, precision, inferred, null);
  }

  /**
   * A time the source gave with an offset: stored in UTC, the offset kept. {@code 2025-01-14T00:28+01:00}
   * gives date 2025-01-13, time 23:28, offset +01:00.
   */
  public static ArticleDate ofOffset(OffsetDateTime t) {
    LocalDateTime utc = t.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
    return new ArticleDate(utc.toLocalDate(), utc.toLocalTime(), Precision.TIME, false, t.getOffset());
  }

  public static ArticleDate ofDay(LocalDate day) {
    return new ArticleDate(day, null, Precision.DAY, false);
  }

  /**
   * Reads the ISO-8601 forms found in news data: {@code 2019}, {@code 2019-04}, {@code 2019-04-25},
   * {@code 2022-10-05T18:21}, {@code 2025-01-09T07:12:00Z}, {@code 2025-01-09T07:12:00+01:00} (or
   * {@code +0100}, {@code +01}), and the same with a space for {@code T}. Empty for null or anything
   * else; never throws.
   *
   * <p>Cost: the common forms {@code 2022-10-05T18:21}, {@code 2022-10-05T18:21:09} and the same
   * with {@code Z} are read digit by digit ({@link #fixedLocal}), the others with {@code java.time}'s
   * ISO parsers and regular expressions compiled once. Reading dates had been 4.8 % of the bench's
   * CPU samples (session 36; regular expressions compiled per call, {@code DateTimeFormatter}); the
   * same dates (ArticleDateTest compares with the ISO parsers on random strings).
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
      int n = s.length();
      if (n == 16 || n == 19) {
        LocalDateTime ldt = fixedLocal(s, n);
        if (ldt != null) {
          return Optional.of(new ArticleDate(ldt.toLocalDate(), ldt.toLocalTime(), Precision.TIME, false));
        }
      } else if ((n == 17 || n == 20) && s.charAt(n - 1) == 'Z') {
        LocalDateTime ldt = fixedLocal(s, n - 1);
        if (ldt != null) {
          return Optional.of(ofOffset(OffsetDateTime.of(ldt, ZoneOffset.UTC)));
        }
      }
      if (s.length() > 10 && s.charAt(10) == 'T') {
        if (s.endsWith("Z") || OFFSET_END.matcher(s).matches()) {
          return Optional.of(ofOffset(OffsetDateTime.parse(fixOffset(s))));
        }
        LocalDateTime ldt = LocalDateTime.parse(s.length() == 13 ? s + ":00" : s);
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
    } catch (DateTimeException | NumberFormatException e) { // DateTimeParseException, or a field out of range
      return Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * {@code s[0, n)} read as {@code yyyy-MM-ddTHH:mm} ({@code n} 16) or {@code yyyy-MM-ddTHH:mm:ss}
   * ({@code n} 19), ASCII digits only; null when it has another form (then the ISO parser reads
   * it). Throws {@link DateTimeException} for a field out of range (month 13, 30 February, hour 24),
   * where the ISO parser, strict, fails too.
   */
  private static LocalDateTime fixedLocal(String s, int n) {
    if (s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
        || (n == 19 && s.charAt(16) != ':')) {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = n == 19 ? digits(s, 17, 2) : 0;
    if ((year | month | day | hour | minute | second) < 0) {
      return null;
    }
    return LocalDateTime.of(year, month, day, hour, minute, second);
  }

  /** The value of the {@code count} ASCII digits at {@code from}, or -1 when one is not an ASCII digit. */
  private static int digits(String s, int from, int count) {
    int v = 0;
    for (int i = from; i < from + count; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static String fixOffset(String s) {
    // "+0100" is common in feeds, "+01" in database dumps (PostgreSQL's timestamptz); java.time
    // wants "+01:00".
    return OFFSET_HH.matcher(OFFSET_HHMM.matcher(s).replaceFirst("$1:$2")).replaceFirst("$1:00");
  }

  /** This date marked as inferred from content. */
  public ArticleDate asInferred() {
    return new ArticleDate(date, time, precision, true, offset);
  }

  /** This date with the source offset {@code o} (null: none); the date and time are not moved. */
  public ArticleDate withOffset(ZoneOffset o) {
    return new ArticleDate(date, time, precision, inferred, o);
  }

  /**
   * This date on the publisher's clock, without an offset: a time the source gave with a non-zero
   * offset is moved to that offset ({@code 2025-01-13T22:28Z} written as {@code +02:00} is {@code
   * 2025-01-14T00:28}); one it gave in UTC ({@code Z}, {@code GMT}, {@code +00:00}, which feeds
   * write whatever the publisher's zone) is moved to {@code utcZone}, the publisher's likely zone;
   * anything else (a local time, a day, a month) is returned as it is.
   *
   * @param utcZone zone for a time given in UTC, or null to keep it in UTC
   */
  public ArticleDate local(ZoneId utcZone) {
    if (offset == null) {
      return this;
    }
    ZoneId zone = offset.equals(ZoneOffset.UTC) ? (utcZone == null ? ZoneOffset.UTC : utcZone) : offset;
    LocalDateTime there = date.atTime(time).atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).toLocalDateTime();
    return new ArticleDate(there.toLocalDate(), there.toLocalTime(), precision, inferred, null);
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

  /**
   * The ISO form a person and a program read: as {@link #toString()}, except that a time the source
   * gave with an offset is on the source's clock with that offset ({@code 2025-03-11T16:05+01:00},
   * {@code 2025-06-04T06:30Z}) where {@link #toString()} gives the UTC time without a mark ({@code
   * 2025-03-11T15:05}), which reads as a local time. {@link #parse} reads it back to an equal date.
   */
  public String written() {
    return precision == Precision.TIME && offset != null
        ? date.atTime(time).atOffset(ZoneOffset.UTC).withOffsetSameInstant(offset).toString()
        : toString();
  }

  /** ISO form at the given precision: {@code 2019-04}, {@code 2019-04-25}, {@code 2019-04-25T10:00}. */
  @Override
  public String toString() {
    return switch (precision) {
      case YEAR -> String.valueOf(date.getYear());
      case MONTH -> String.format(Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue());
      case DAY -> date.toString();
      case TIME -> date + "T" + time;
    };
  }
}
