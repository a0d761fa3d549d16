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
 *   <li><b>Window.</b> Candidate days {@code R ± 3} (clipped to the article's own month or year
 *       when it has one); with no story, the days around the text's latest absolute date (from
 *       seven days before to three after) within the own period.</li>
 *   <li><b>Evidence.</b> Days written in the text (ISO, {@code 25. april 2019}, and {@code
 *       torsdag den 25. april} with the year that puts it nearest the reference), and bare
 *       weekdays with the direction their context gives ({@link WeekdayRule}).</li>
 *   <li><b>Cost</b> of candidate {@code D}: for each written day {@code x}, {@code min(|x − D|,
 *       7)}; for each bare weekday, {@code min(|offset under D|, 3)}, which is 0 when the article
 *       names its own publication day by weekday, as news does; plus {@code 0.25 |D − R|} to prefer
 *       the story's centre. The cheapest day wins (ties: nearer {@code R}, then earlier).</li>
 *   <li><b>Precision.</b> DAY when there is a reference and evidence, or (without a story) when a
 *       weekday backs the written dates; otherwise MONTH. With no evidence at all, the story median
 *       at DAY precision when the story's dates lie within a day of it, else its MONTH.</li>
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

  private static final double PRIOR_WEIGHT = 0.25;

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
    boolean dayPrecise = ref != null || !weekdays.isEmpty();
    return Optional.of(dayPrecise ? ArticleDate.ofDay(best).asInferred() : month(best));
  }

  private static double cost(LocalDate d, List<LocalDate> written, List<Weekday> weekdays, LocalDate ref) {
    double c = 0;
    for (LocalDate x : written) {
      c += Math.min(Math.abs(ChronoUnit.DAYS.between(d, x)), 7);
    }
    for (Weekday w : weekdays) {
      c += Math.min(Math.abs(WeekdayRule.offset(d, w.day(), w.direction())), 3);
    }
    return ref == null ? c : c + PRIOR_WEIGHT * Math.abs(ChronoUnit.DAYS.between(ref, d));
  }

  /** Candidate days in order; empty when there is nothing to centre a window on. */
  private static List<LocalDate> window(LocalDate ref, ArticleDate own, List<LocalDate> written) {
    LocalDate from;
    LocalDate to;
    if (ref != null) {
      from = ref.minusDays(3);
      to = ref.plusDays(3);
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
    boolean tight = story.stream().allMatch(d -> Math.abs(ChronoUnit.DAYS.between(ref, d.date())) <= 1);
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
