package org.tidende.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.tidende.model.ArticleDate;
import org.tidende.model.ArticleDate.Precision;
import org.tidende.model.Language;
import org.tidende.time.DateScanner.Found;
import org.tidende.time.TimeExpression.Day;
import org.tidende.time.TimeExpression.DayMonth;
import org.tidende.time.TimeExpression.MonthOfYear;
import org.tidende.time.TimeExpression.Weekday;
import org.tidende.time.TimeExpression.Year;

/**
 * Infers a publication date for an article that has none (or only a coarse one), from its text
 * and from the dates of the other articles of its story. The result is always marked {@link
 * ArticleDate#inferred()}.
 *
 * <p>Design: a one-dimensional robust location estimate over candidate days.
 * <ol>
 *   <li><b>Reference.</b> The lower median {@code R} of the story's known dates; else the
 *       article's own coarse date (month or year) bounds the search; else the text's own
 *       absolute dates.</li>
 *   <li><b>Window.</b> Candidate days {@code R ± 5} (clipped to the article's own month or year
 *       when it has one); with no story, the days around the text's latest absolute date (from
 *       seven days before to three after) within the own period.</li>
 *   <li><b>Evidence.</b> Days written in the text (ISO, {@code 25. april 2019}, and {@code
 *       torsdag den 25. april} with the year that puts it nearest the reference), and bare
 *       weekdays with the direction their context gives ({@link WeekdayRule}).</li>
 *   <li><b>Cost</b> of candidate {@code D}, a sum of soft penalties: a past-tense weekday (or
 *       "sidste tirsdag") that would lie more than two days before {@code D}, or a future one more
 *       than two days after, costs 0.5 a day beyond those two (news reports what happened
 *       yesterday and announces what comes tomorrow); a weekday without cue costs 0.25 a day away
 *       from {@code D}; a written day 0.25 a day away, capped at eight days (far dates say nothing);
 *       and 0.25 a day away from {@code R}, the story's centre. The cheapest day wins (ties: nearer
 *       {@code R}, then earlier). The costs are constraints more than attractors: they rule out
 *       days on which the text's weekdays would read oddly, and the story decides among the rest.</li>
 *   <li><b>Precision.</b> DAY when there is a story; without one, MONTH, because the text alone
 *       is a poor guide to the day (measured on Norwegian full articles with the month known, a
 *       day chosen from the text alone was right only one time in seven: the dates an article
 *       writes are mostly of other events). With no evidence at all, the story median
 *       at DAY precision when the median absolute deviation of the story's dates is at most a day,
 *       else its MONTH.</li>
 * </ol>
 * An article that already has a day-precise date gets nothing (there is nothing to infer); an
 * article with no story, no coarse date and no absolute date in its text gets nothing either.
 *
 * <p>Cost: at most a few dozen candidates times the mentions, after one scan of the text.
 * Failure modes: an article about an event a week away is pulled toward that event; a story whose
 * articles span weeks gives a weak reference (the window follows its median).
 */
public final class DateInference {
  private DateInference() {}

  /** Days either side of the story median searched. */
  static final int STORY_RADIUS = 5;
  /** Cost per day away from the story median. */
  static final double PRIOR_WEIGHT = 0.25;
  /** Cost per day between publication and a date written in the text, up to a cap. */
  static final double WRITTEN_WEIGHT = 0.25;
  static final int WRITTEN_CAP = 8;
  /** Days a past (future) weekday may lie before (after) publication at no cost. */
  static final int FREE_LAG = 2;
  static final double LAG_WEIGHT = 0.5;
  static final double NEAREST_WEIGHT = 0.25;

  /** Same as {@link #infer(String, Language, ArticleDate, List)} for an article with no date. */
  public static Optional<ArticleDate> infer(String text, Language lang, List<ArticleDate> storyDates) {
    return infer(text, lang, null, storyDates);
  }

  /**
   * An inferred publication date, or empty when nothing can be said beyond what is known.
   *
   * @param text the article's title and text; null is read as empty
   * @param lang its language; null or unknown reads all supported languages
   * @param own the article's own date when coarse ({@code 2019-04}), or null; a DAY or TIME
   *     precise one gives an empty result
   * @param storyDates known publication dates of the story's other articles; nulls are ignored
   */
  public static Optional<ArticleDate> infer(String text, Language lang, ArticleDate own, List<ArticleDate> storyDates) {
    if (own != null && own.precision().compareTo(Precision.DAY) >= 0) {
      return Optional.empty();
    }
    boolean hasStory = storyDates != null && storyDates.stream().anyMatch(Objects::nonNull);
    if (!hasStory && own != null && own.precision() == Precision.MONTH) {
      return Optional.empty(); // without a story, text alone gives a month at best: known already
    }
    List<ArticleDate> story = storyDates == null ? List.of()
        : storyDates.stream().filter(Objects::nonNull).sorted().toList();
    LocalDate ref = story.isEmpty() ? null : story.get((story.size() - 1) / 2).date();
    List<Found> found = text == null ? List.of() : DateResolver.scanner(lang).scan(text);
    ArticleDate yearContext = ref != null ? ArticleDate.ofDay(ref) : own != null ? own : textYear(found);

    List<LocalDate> written = new ArrayList<>();
    List<Weekday> weekdays = new ArrayList<>();
    for (Found f : found) {
      switch (f.expression()) {
        case Day d -> written.add(d.date());
        case DayMonth dm when yearContext != null ->
            written.add(DateResolver.nearestYear(dm.day(), dm.month(), dm.weekday(), yearContext));
        case Weekday w -> weekdays.add(w);
        default -> { }
      }
    }
    if (ref == null) {
      return fromTextAlone(found, own);
    }
    List<LocalDate> window = window(ref, own, written);
    if (ref == null && window.isEmpty()) {
      return Optional.empty();
    }
    List<LocalDate> inWindow = window.isEmpty() ? List.of()
        : written.stream().filter(x -> Math.abs(days(x, window.getFirst(), window.getLast())) <= 7).toList();
    if (inWindow.isEmpty() && weekdays.isEmpty() || window.isEmpty()) {
      return storyOnly(story, ref, own);
    }
    LocalDate centre = ref != null ? ref : written.stream().max(Comparator.naturalOrder()).orElseThrow();
    LocalDate best = window.stream().min(Comparator
        .comparingDouble((LocalDate d) -> cost(d, inWindow, weekdays, ref))
        .thenComparingLong(d -> Math.abs(ChronoUnit.DAYS.between(centre, d)))
        .thenComparing(Comparator.naturalOrder())).orElseThrow();
    return Optional.of(ref != null ? ArticleDate.ofDay(best).asInferred() : month(best));
  }

  /**
   * Without a story: only dates written with their weekday ({@code torsdag den 25. april}, {@code
   * Sundag 15. juni 2008}) are taken as near publication, since news adds the weekday only to days
   * a week or so away; the year of a date without one is the year, among those the text mentions
   * (and the one after the latest), whose calendar fits the weekday, latest first. The month of the
   * median such date is the answer. Other written dates are mostly of other events and are not used.
   */
  private static Optional<ArticleDate> fromTextAlone(List<Found> found, ArticleDate own) {
    List<Integer> years = new ArrayList<>();
    if (own != null) {
      years.add(own.date().getYear());
    } else {
      ArticleDate y = textYear(found);
      found.forEach(f -> {
        switch (f.expression()) {
          case Day d -> years.add(d.date().getYear());
          case MonthOfYear m -> years.add(m.month().getYear());
          case Year y2 -> years.add(y2.year());
          default -> { }
        }
      });
      if (y != null) {
        years.add(years.stream().max(Integer::compare).orElseThrow() + 1);
      }
    }
    List<LocalDate> dated = new ArrayList<>();
    for (Found f : found) {
      switch (f.expression()) {
        case Day d when d.weekday() != null && d.date().getDayOfWeek() == d.weekday() -> dated.add(d.date());
        case DayMonth dm when dm.weekday() != null -> years.stream().sorted(Comparator.reverseOrder()).distinct()
            .map(y -> LocalDate.of(y, dm.month(), 1))
            .filter(first -> dm.day() <= first.lengthOfMonth())
            .map(first -> first.withDayOfMonth(dm.day()))
            .filter(d -> d.getDayOfWeek() == dm.weekday()).findFirst().ifPresent(dated::add);
        default -> { }
      }
    }
    if (dated.isEmpty()) {
      return Optional.empty();
    }
    LocalDate median = dated.stream().sorted().toList().get((dated.size() - 1) / 2);
    if (own != null && !within(median, own)) {
      return Optional.empty();
    }
    ArticleDate out = month(median);
    return own != null && own.precision().compareTo(out.precision()) >= 0 ? Optional.empty() : Optional.of(out);
  }

  /**
   * How badly publication on {@code d} fits the evidence: news reports what happened up to a couple
   * of days before, announces what comes a couple of days after, and names nearby days by weekday.
   */
  static double cost(LocalDate d, List<LocalDate> written, List<Weekday> weekdays, LocalDate ref) {
    double c = 0;
    for (LocalDate x : written) {
      c += WRITTEN_WEIGHT * Math.min(Math.abs(ChronoUnit.DAYS.between(d, x)), WRITTEN_CAP);
    }
    for (Weekday w : weekdays) {
      int off = WeekdayRule.offset(d, w.day(), w.direction());
      c += switch (w.direction()) {
        case PAST, PREVIOUS, FUTURE, NEXT -> LAG_WEIGHT * Math.max(0, Math.abs(off) - FREE_LAG);
        case NEAREST -> NEAREST_WEIGHT * Math.abs(off);
      };
    }
    return ref == null ? c : c + PRIOR_WEIGHT * Math.abs(ChronoUnit.DAYS.between(ref, d));
  }

  /** Candidate days in order; empty when there is nothing to centre a window on. */
  private static List<LocalDate> window(LocalDate ref, ArticleDate own, List<LocalDate> written) {
    LocalDate from;
    LocalDate to;
    if (ref != null) {
      from = ref.minusDays(STORY_RADIUS);
      to = ref.plusDays(STORY_RADIUS);
    } else {
      List<LocalDate> usable = own == null ? written : written.stream().filter(x -> within(x, own)).toList();
      if (usable.isEmpty()) {
        return List.of();
      }
      LocalDate latest = usable.stream().max(Comparator.naturalOrder()).orElseThrow();
      from = latest.minusDays(7);
      to = latest.plusDays(3);
    }
    List<LocalDate> out = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      if (own == null || within(d, own)) {
        out.add(d);
      }
    }
    return out;
  }

  private static Optional<ArticleDate> storyOnly(List<ArticleDate> story, LocalDate ref, ArticleDate own) {
    if (ref == null || own != null && !within(ref, own)) {
      return Optional.empty();
    }
    // Median absolute deviation of the story's dates from their median: tight stories give a day.
    List<Long> dev = story.stream().map(d -> Math.abs(ChronoUnit.DAYS.between(ref, d.date()))).sorted().toList();
    boolean tight = dev.get((dev.size() - 1) / 2) <= 1;
    ArticleDate out = tight ? ArticleDate.ofDay(ref).asInferred() : month(ref);
    if (own != null && own.precision().compareTo(out.precision()) >= 0) {
      return Optional.empty(); // the article already says as much
    }
    return Optional.of(out);
  }

  /** The most frequent year among absolute mentions (latest on ties), at YEAR precision, or null. */
  private static ArticleDate textYear(List<Found> found) {
    Map<Integer, Integer> years = new TreeMap<>();
    for (Found f : found) {
      Integer y = switch (f.expression()) {
        case Day d -> d.date().getYear();
        case MonthOfYear m -> m.month().getYear();
        case Year y2 -> y2.year();
        default -> null;
      };
      if (y != null) {
        years.merge(y, 1, Integer::sum);
      }
    }
    return years.entrySet().stream()
        .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(e -> new ArticleDate(LocalDate.of(e.getKey(), 1, 1), null, Precision.YEAR, false))
        .orElse(null);
  }

  private static boolean within(LocalDate d, ArticleDate period) {
    return switch (period.precision()) {
      case YEAR -> d.getYear() == period.date().getYear();
      case MONTH -> d.getYear() == period.date().getYear() && d.getMonth() == period.date().getMonth();
      case DAY, TIME -> d.equals(period.date());
    };
  }

  private static long days(LocalDate x, LocalDate from, LocalDate to) {
    if (x.isBefore(from)) {
      return ChronoUnit.DAYS.between(x, from);
    }
    return x.isAfter(to) ? ChronoUnit.DAYS.between(to, x) : 0;
  }

  private static ArticleDate month(LocalDate d) {
    return new ArticleDate(d.withDayOfMonth(1), null, Precision.MONTH, true);
  }
}
