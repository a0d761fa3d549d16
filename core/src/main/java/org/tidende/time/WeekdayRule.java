package org.tidende.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.tidende.time.TimeExpression.Direction;

/**
 * Which calendar day a bare weekday names, given the publication day.
 *
 * <p>News names days near publication by weekday alone ("Tirsdag bekræftede ...", "Her skal han
 * torsdag mødes ..."). With {@code d} the number of days forward from the publication day to the
 * next such weekday (0..6):
 * <ul>
 *   <li>{@link Direction#PAST} (a past-tense verb nearby): the most recent one, today included:
 *       offset {@code d == 0 ? 0 : d - 7}, so -6..0;</li>
 *   <li>{@link Direction#FUTURE} (a future auxiliary nearby, or "på torsdag"): today or the next
 *       one: offset {@code d}, 0..6;</li>
 *   <li>{@link Direction#PREVIOUS} ("sidste/forrige/förra/last tirsdag", Norwegian "i tirsdag",
 *       Danish and Swedish "i tirsdags"): strictly before today, -7..-1;</li>
 *   <li>{@link Direction#NEXT} ("neste/næste/nästa/next"): strictly after today, 1..7;</li>
 *   <li>{@link Direction#NEAREST} (no cue): the publication day itself if it is that weekday, else
 *       the nearest one within three days: forward when {@code d <= 3}, back when {@code d >= 4}.
 *       Seven is odd, so there is never a tie; in effect the three days ahead win over the fourth
 *       day back, which keeps "torsdag" in a Monday article on the coming Thursday.</li>
 * </ul>
 * Cost: constant. Failure modes: a past verb in a subordinate clause about another time, reported
 * speech ("sa tirsdag at møtet blir torsdag" resolves both right only because the nearest cue wins),
 * and weekly habits ("hver torsdag") are read as one day.
 */
final class WeekdayRule {
  private WeekdayRule() {}

  /** Days from {@code published} to the day {@code day} names under {@code direction}. */
  static int offset(LocalDate published, DayOfWeek day, Direction direction) {
    int d = Math.floorMod(day.getValue() - published.getDayOfWeek().getValue(), 7);
    return switch (direction) {
      case PAST -> d == 0 ? 0 : d - 7;
      case FUTURE -> d;
      case PREVIOUS -> d == 0 ? -7 : d - 7;
      case NEXT -> d == 0 ? 7 : d;
      case NEAREST -> d <= 3 ? d : d - 7;
    };
  }

  /** The day {@code day} names when published on {@code published}. */
  static LocalDate resolve(LocalDate published, DayOfWeek day, Direction direction) {
    return published.plusDays(offset(published, day, direction));
  }
}
