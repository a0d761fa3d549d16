package org.tidende.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * How wide a resolved date is: one day, an ISO week (Monday to Sunday), a month, a season (three
 * meteorological months: March to May, June to August, September to November, December to
 * February) or a year. Declared finest first.
 */
public enum Granularity {
  DAY, WEEK, MONTH, SEASON, YEAR;

  /** The first day of the period of this granularity that contains {@code day}. */
  public LocalDate start(LocalDate day) {
    return switch (this) {
      case DAY -> day;
      case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> day.withDayOfMonth(1);
      case SEASON -> day.withDayOfMonth(1).minusMonths(day.getMonthValue() % 3);
      case YEAR -> day.withDayOfYear(1);
    };
  }

  /** The last day of the period of this granularity that starts at {@code start}. */
  public LocalDate end(LocalDate start) {
    return switch (this) {
      case DAY -> start;
      case WEEK -> start.plusDays(6);
      case MONTH -> start.plusMonths(1).minusDays(1);
      case SEASON -> start.plusMonths(3).minusDays(1);
      case YEAR -> start.plusYears(1).minusDays(1);
    };
  }

  /** {@code day} moved by {@code n} periods of this granularity (n may be negative). */
  public LocalDate shift(LocalDate day, int n) {
    return switch (this) {
      case DAY -> day.plusDays(n);
      case WEEK -> day.plusWeeks(n);
      case MONTH -> day.plusMonths(n);
      case SEASON -> day.plusMonths(3L * n);
      case YEAR -> day.plusYears(n);
    };
  }
}
