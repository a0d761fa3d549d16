package org.tidende.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** How wide a resolved date is: one day, an ISO week (Monday to Sunday), a month or a year. */
public enum Granularity {
  DAY, WEEK, MONTH, YEAR;

  /** The first day of the period of this granularity that contains {@code day}. */
  public LocalDate start(LocalDate day) {
    return switch (this) {
      case DAY -> day;
      case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> day.withDayOfMonth(1);
      case YEAR -> day.withDayOfYear(1);
    };
  }

  /** The last day of the period of this granularity that starts at {@code start}. */
  public LocalDate end(LocalDate start) {
    return switch (this) {
      case DAY -> start;
      case WEEK -> start.plusDays(6);
      case MONTH -> start.plusMonths(1).minusDays(1);
      case YEAR -> start.plusYears(1).minusDays(1);
    };
  }

  /** {@code day} moved by {@code n} periods of this granularity (n may be negative). */
  public LocalDate shift(LocalDate day, int n) {
    return switch (this) {
      case DAY -> day.plusDays(n);
      case WEEK -> day.plusWeeks(n);
      case MONTH -> day.plusMonths(n);
      case YEAR -> day.plusYears(n);
    };
  }
}
