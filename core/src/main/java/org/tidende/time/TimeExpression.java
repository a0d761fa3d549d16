package org.tidende.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What a date expression says before it is resolved against a publication date. Found by {@link
 * DateScanner}; resolved by {@link DateResolver} and weighed by {@link DateInference}.
 */
sealed interface TimeExpression {

  /**
   * A full calendar day: ISO {@code 2019-04-25}, {@code 25.04.2019}, {@code 25. april 2019}; with
   * the weekday when one was written before it ({@code torsdag 25. april 2019}), else null.
   */
  record Day(LocalDate date, DayOfWeek weekday) implements TimeExpression {
    Day(LocalDate date) {
      this(date, null);
    }
  }

  /**
   * A full calendar day written with a two-digit year in a form that is also something else: dotted
   * {@code 24.04.19} (a version number, a section number, a time) and slashed year first {@code
   * 98/04/25}. Taken for that day only near the publication date ({@link DateResolver}), else
   * nothing.
   */
  record NearDay(LocalDate date) implements TimeExpression {}

  /**
   * A day and month without a year ({@code 25. april}), with the weekday if one was written; {@code
   * yearShift} is the year a phrase after it gives, in years from publication ({@code 22. mai i
   * fjor}: -1), or null when none was written; {@code past} when a past verb is the nearest
   * tense cue or "since" comes right before ({@code siden 20. januar}), so the day is not after
   * publication; {@code future} when a future auxiliary is the nearest cue ({@code skal ... 20. januar}), so the day
   * is not before publication.
   */
  record DayMonth(int day, int month, DayOfWeek weekday, Integer yearShift, boolean past, boolean future)
      implements TimeExpression {
    DayMonth(int day, int month, DayOfWeek weekday) {
      this(day, month, weekday, null, false);
    }

    DayMonth(int day, int month, DayOfWeek weekday, Integer yearShift, boolean past) {
      this(day, month, weekday, yearShift, past, false);
    }
  }

  /** A month and year ({@code marts 2018}). */
  record MonthOfYear(YearMonth month) implements TimeExpression {}

  /**
   * A month name alone after a preposition ({@code i april}); {@code yearShift} as for {@link
   * DayMonth} ({@code i juni i fjor}, {@code in June last year}: -1), else null; {@code past} as
   * for {@link DayMonth} ({@code presidenten gikk av i september}).
   */
  record Month(int month, Integer yearShift, boolean past, boolean future) implements TimeExpression {
    Month(int month) {
      this(month, null, false);
    }

    Month(int month, Integer yearShift, boolean past) {
      this(month, yearShift, past, false);
    }
  }

  /** A year alone after a preposition ({@code i 2018}). */
  record Year(int year) implements TimeExpression {}

  /** A bare weekday and the direction its context points to. */
  record Weekday(DayOfWeek day, Direction direction) implements TimeExpression {}

  /**
   * A weekday of the week before or after the publication week ({@code onsdag i førre veke},
   * {@code torsdag forrige uke}, {@code Thursday last week}): {@code weekShift} is -1 or 1.
   */
  record WeekdayOfWeek(DayOfWeek day, int weekShift) implements TimeExpression {}

  /**
   * A weekend ({@code i weekenden}, {@code i helga}, {@code förra helgen}, {@code last weekend}) and
   * the direction its words or context point to; resolved to the week holding its Saturday.
   */
  record Weekend(Direction direction) implements TimeExpression {}

  /**
   * A season ({@code i sommar}, {@code i høst}, {@code i somras}, {@code last winter}) by its first
   * month (3, 6, 9 or 12) and the direction its words or context give ({@link SeasonRule}); {@code
   * yearShift} is the year its words name, in years from publication ({@code i fjor sommar}: -1),
   * or null, and then the direction places it.
   */
  record Season(int firstMonth, Direction direction, Integer yearShift) implements TimeExpression {
    Season(int firstMonth, Direction direction) {
      this(firstMonth, direction, null);
    }
  }

  /** A whole number of periods away from publication ({@code i går}, {@code for åtte år sidan}). */
  record Shift(Granularity unit, int offset) implements TimeExpression {}

  /**
   * A span from one date to a later one of the same kind ({@code fra 4. til 20. november}, {@code mellom
   * mandag og onsdag}, {@code from July 2019 to August 2022}): two days ({@link Day}, {@link DayMonth}), two
   * weekdays, two months ({@link Month}, {@link MonthOfYear}) or two years; see {@link Spans}.
   */
  record Span(TimeExpression from, TimeExpression to) implements TimeExpression {}

  /** The expression a date is placed by: a span's first, else itself. */
  static TimeExpression first(TimeExpression e) {
    return e instanceof Span s ? s.from() : e;
  }

  /** Where a bare weekday lies relative to the publication day. */
  enum Direction {
    /** No cue: the nearest such day, at most three days away. */
    NEAREST,
    /** Past tense nearby: the most recent such day, today included. */
    PAST,
    /**
     * Present perfect nearby ("har", "has"): as {@link #PAST} when that is at most four days back,
     * else as {@link #NEAREST}.
     */
    RECENT,
    /** Future auxiliary or "på" before a bare weekday: today or the next such day. */
    FUTURE,
    /** "sidste/forrige/last/i": the previous such day, never today. */
    PREVIOUS,
    /** "neste/næste/next": the next such day, never today. */
    NEXT
  }
}
