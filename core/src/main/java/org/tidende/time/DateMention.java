package org.tidende.time;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Objects;

/**
 * A date expression found in a text and the period it denotes.
 *
 * @param start offset of the first char of the expression in the text (0-based, inclusive)
 * @param end offset after its last char (exclusive), so {@code text.substring(start, end)} is it
 * @param text the expression as written ({@code "torsdag den 25. april"})
 * @param date the first day of the period: the day, the Monday of the week, the 1st of the month
 *     (for a season, of its first month) or 1 January
 * @param granularity how wide the period is
 * @param relative true when the publication date was needed to resolve it ({@code "i går"}, a
 *     bare weekday, a day and month without a year); false for absolute dates ({@code
 *     "2019-04-25"}, {@code "marts 2018"})
 * @param until for a span ({@code fra 4. til 20. november}, {@code mellom mandag og onsdag}, {@code fra
 *     juli 2019 til august 2022}: {@link Spans}), the first day of its last period at the same granularity (the
 *     20th, the Wednesday, 1 August 2022), after {@code date}; null for a single period
 */
public record DateMention(int start, int end, String text, LocalDate date, Granularity granularity, boolean relative,
    LocalDate until) {
  /** A single period, no span. */
  public DateMention(int start, int end, String text, LocalDate date, Granularity granularity, boolean relative) {
    this(start, end, text, date, granularity, relative, null);
  }

  public DateMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(granularity, "granularity");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for '" + text + "'");
    }
    if (!granularity.start(date).equals(date)) {
      throw new IllegalArgumentException(date + " does not start a " + granularity);
    }
    if (until != null && (!granularity.start(until).equals(until) || !until.isAfter(date))) {
      throw new IllegalArgumentException("span " + date + " to " + until + " is no span of whole " + granularity);
    }
  }

  /** The last day of the period, or of the span's last period (inclusive). */
  public LocalDate lastDay() {
    return granularity.end(until == null ? date : until);
  }

  /** True when {@code day} lies within the period. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(date) && !day.isAfter(lastDay());
  }

  /**
   * The period in ISO form: {@code 2019-04-25}, {@code 2019-W16}, {@code 2019-04}, {@code 2019}; a
   * season as the interval of its months, {@code 2019-06/2019-08}, {@code 2019-12/2020-02}; a span as
   * the interval of its ends, {@code 2019-03-03/2019-03-05}, {@code 2019-07/2022-08}, {@code 2016/2019}.
   */
  public String period() {
    if (until != null) {
      return iso(date) + "/" + iso(until);
    }
    return iso(date);
  }

  private String iso(LocalDate d) {
    return switch (granularity) {
      case DAY -> d.toString();
      case WEEK -> String.format(Locale.ROOT, "%d-W%02d",
          d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> String.format(Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue());
      case SEASON -> String.format(Locale.ROOT, "%04d-%02d/%04d-%02d", d.getYear(), d.getMonthValue(),
          d.plusMonths(2).getYear(), d.plusMonths(2).getMonthValue());
      case YEAR -> String.valueOf(d.getYear());
    };
  }
}
