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
 */
public record DateMention(int start, int end, String text, LocalDate date, Granularity granularity, boolean relative) {
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
  }

  /** The last day of the period (inclusive). */
  public LocalDate lastDay() {
    return granularity.end(date);
  }

  /** True when {@code day} lies within the period. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(date) && !day.isAfter(lastDay());
  }

  /**
   * The period in ISO form: {@code 2019-04-25}, {@code 2019-W16}, {@code 2019-04}, {@code 2019}; a
   * season as the interval of its months, {@code 2019-06/2019-08}, {@code 2019-12/2020-02}.
   */
  public String period() {
    return switch (granularity) {
      case DAY -> date.toString();
      case WEEK -> String.format(Locale.ROOT, "%d-W%02d",
          date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> String.format(Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue());
      case SEASON -> String.format(Locale.ROOT, "%04d-%02d/%04d-%02d", date.getYear(), date.getMonthValue(),
          date.plusMonths(2).getYear(), date.plusMonths(2).getMonthValue());
      case YEAR -> String.valueOf(date.getYear());
    };
  }
}
