package org.tidende.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.tidende.model.ArticleDate;
import org.tidende.model.ArticleDate.Precision;
import org.tidende.model.Language;
import org.tidende.time.DateScanner.Found;
import org.tidende.time.TimeExpression.Day;
import org.tidende.time.TimeExpression.DayMonth;
import org.tidende.time.TimeExpression.Month;
import org.tidende.time.TimeExpression.MonthOfYear;
import org.tidende.time.TimeExpression.Shift;
import org.tidende.time.TimeExpression.Weekday;
import org.tidende.time.TimeExpression.Year;

/**
 * Resolves the date expressions of a text against its publication date, in Nynorsk, Bokmål,
 * Danish, Swedish and English.
 *
 * <p>Design: {@link DateScanner} finds the expressions; each is then resolved by what it needs of
 * the publication date:
 * <ul>
 *   <li>absolute days, months and years ({@code 2019-04-25}, {@code marts 2018}, {@code i 2018})
 *       need nothing;</li>
 *   <li>a day with a two-digit year in a form that is also something else ({@code 24.04.19}, a
 *       version or section number elsewhere; {@code 98/04/25}, year first) needs a publication
 *       year and is read only from two years before it to one after ({@link #near}; see {@link
 *       DateScanner} for what it read on the shared data);</li>
 *   <li>a day and month without year ({@code 25. april}) and a month alone ({@code i april}) need
 *       the year: the publication's, or the year before or after when that puts the date nearer
 *       (within half a year) to publication; among equally plausible years one whose calendar
 *       agrees with a written weekday wins. A year phrase right after the month names the year
 *       instead ({@code 22. mai i fjor}, {@code i juni i fjor}, {@code in June last year}): of the
 *       timeline entries of the Norwegian and Swedish feeds and the Norwegian archive
 *       (1997-2012), 25 such moved, 24 from a wrong nearest year to the written one ("i juni i
 *       fjor" in January is last June, not the coming one), one debatable (an article whose
 *       archive date is a year late). A listed past verb as the nearest tense cue, or "since"
 *       right before, keeps the day or month from falling after publication ("skrev allerede i
 *       februar" in September is last February; {@link TenseCues}, listed forms only, since
 *       the regular endings also end participles: "scheduled to be completed in December"):
 *       on the same data 16 entries moved, 11 from a wrong year to the right one, 1 from right
 *       to wrong (the past verb of the next clause), 4 wrong either way (history: "april og mai
 *       1940" read as April alone, "etter 11. september"). A past participle of the clause not
 *       after a future auxiliary ("utgitt på Aarhus Universitetsforlag i juni", "approved"), a
 *       Swedish past in {@code -ade}, and more listed past forms ("udkom", "släpptes",
 *       "begynte") count as well: 5 more moved, all to the right past month. Session 42: a day
 *       and month that the same text also writes with a year within one of publication's takes
 *       that year ({@link #withWrittenYear}: "vedtak av 3. juli" in January 2025 after "3. juli
 *       2024" is last July,
 *       where the nearest year made it the coming one); a year further off is an anniversary's
 *       old date ("22. juli 2011" ... "minnestunden 22. juli") and is not taken. On the timelines
 *       of the Norwegian and Swedish feeds, the Norwegian archive and Danish front pages
 *       20,001-32,000 (2,482 entries) 1 entry moved, rightly (2025-07-03 to 2024-07-03);
 *       stories samples unchanged. Failure mode: a text that writes last year's day and then
 *       names the coming one by day and month alone reads both as last year's. Session 43: a day
 *       and month followed in its sentence by a full date with a year within one of publication's
 *       takes that year ({@link #withLaterYear}: "starter den 1. juli og slutter den 23. juli 2023"
 *       in October 2022 starts in July 2023, where the nearest year made it the past July); on the
 *       slices read for {@link Spans} 1 entry moved, rightly, and nothing else. Session 45: a future
 *       auxiliary before the date in its clause keeps it from falling more than a month back
 *       ({@link #FUTURE_SLACK_DAYS}; "skal til december afholde" in February is the coming December; see
 *       {@link TenseCues});</li>
 *   <li>a written weekday that fits none of the years within half a year of publication picks the
 *       nearest year it fits, six years back to one ahead ({@link #dayOfMonth}): an old notice
 *       served again;</li>
 *   <li>a season ({@code i sommar}, {@code i somras}, {@code last winter}, {@code sidste
 *       sommer}, {@code neste haust}) needs a publication month, and is placed by its words or the
 *       tense as a month is ({@link SeasonRule}); last year's ({@code i fjor sommar}) needs only
 *       the year;</li>
 *   <li>years ago and {@code i fjor} need a publication year; months ago and {@code sidste
 *       måned} a publication month, and so do half years ago ({@code for halvannet år siden}: the
 *       season holding the day 18 months back);</li>
 *   <li>days, weeks and bare weekdays need a publication day (see {@link WeekdayRule}); weeks are
 *       ISO weeks (Monday first), so {@code i sidste uge} from Wednesday 2019-04-24 is the week of
 *       Monday 2019-04-15;</li>
 *   <li>a weekend ({@code i weekenden}, {@code i helga}, {@code förra helgen}, {@code last weekend})
 *       is the ISO week of its Saturday, placed by the weekday rule from its words ({@code sidste},
 *       {@code næste}) or else the tense around it: {@code Politiet anholdte i weekenden} from
 *       Wednesday 2019-04-24 is the week of Monday 2019-04-15. Of 25 such mentions read in the
 *       Danish, Norwegian and Swedish news, 23 came out right; a "forrige weekend" meant the one
 *       before last.</li>
 *   <li>a span written as two dates ({@code fra 4. til 20. november}, {@code mellom mandag og onsdag},
 *       {@code fra januar til og med september i år}) is resolved end first, its start the last such
 *       day or month not after the end, and kept as a span ({@link Spans}).</li>
 * </ul>
 * The publication day is the publisher's ({@link PublisherDay}): an Oslo item stamped {@code
 * 2025-01-13T23:28:00Z} was written on Tuesday the 14th, and its "i går" is the 13th.
 * A relative day with a written day right beside it ({@code i går, den 14. november}, {@code
 * yesterday, 9 June}, {@code onsdag 11.12.2024}, {@code Fredag kveld, den 31. oktober}) is left out:
 * the written day says which day it is, and where the two disagree the publication date is the one
 * off (a late archive date, an item stamped the day after). On the timelines of the five data sets
 * (as in {@link DateScanner}) 5 entries moved to the written day: 3 from a wrong day to the right
 * one, 2 to the same day. A copyright line or photo credit ({@link Sentences#isCredit}) is no
 * timeline entry, whatever year it names.
 * An expression whose need is not met (no publication date, or too coarse a one) is left out: a
 * resolver that guesses would put statements on the wrong day of a timeline.
 *
 * <p>Cost: linear in the text (see {@link DateScanner}). Thread-safe, stateless apart from a cache
 * of scanners per lexicon. Failure modes: those of the scanner and the weekday rule; dates in
 * quoted older material are resolved against the publication date all the same.
 */
public final class DateResolver {
  private DateResolver() {}

  private static final Map<DateLexicon, DateScanner> SCANNERS = new IdentityHashMap<>();

  /**
   * The resolved date mentions of {@code text}, in text order, without overlaps.
   *
   * @param text any text; null or empty gives an empty list
   * @param published the publication date at any precision, or null (then only absolute dates);
   *     a time the source gave with an offset counts on the publisher's clock ({@link PublisherDay})
   * @param lang the text's language; null or unknown reads all supported languages (and keeps a
   *     time given in UTC in UTC)
   */
  public static List<DateMention> resolve(String text, ArticleDate published, Language lang) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    List<DateMention> out = new ArrayList<>();
    ArticleDate reference = PublisherDay.of(published, lang);
    List<Found> found = Spans.join(text, scanner(lang).scan(text), DateLexicons.forLanguage(lang));
    Map<Integer, Integer> written = writtenYears(found);
    for (int i = 0; i < found.size(); i++) {
      Found f = found.get(i);
      if (relativeDay(f.expression()) && (written(text, i > 0 ? found.get(i - 1) : null, f)
          || written(text, f, i + 1 < found.size() ? found.get(i + 1) : null))) {
        continue; // "i går, 9. juni", "yesterday (June 9)": the written day says which day
      }
      TimeExpression e = withLaterYear(withWrittenYear(f.expression(), written, reference), found, i, text, reference);
      resolve(e, reference).ifPresent(r -> out.add(
          new DateMention(f.start(), f.end(), text.substring(f.start(), f.end()), r.date(), r.granularity(),
              r.relative(), r.until())));
    }
    return List.copyOf(out);
  }

  /**
   * The year each day and month is written with in the text ({@code month * 100 + day} to the year;
   * 0 when the text writes it with two different years).
   */
  private static Map<Integer, Integer> writtenYears(List<Found> found) {
    Map<Integer, Integer> out = new TreeMap<>();
    for (Found f : found) {
      if (TimeExpression.first(f.expression()) instanceof Day d) {
        out.merge(d.date().getMonthValue() * 100 + d.date().getDayOfMonth(), d.date().getYear(),
            (a, b) -> a.equals(b) ? a : 0);
      }
    }
    return out;
  }

  /**
   * A day and month without year ({@code vedtaket av 3. juli}) that the same text writes with a
   * year within one of publication's ({@code 3. juli 2024}) takes that year, where the nearest year
   * or the tense would pick another: the text says which 3 July it means. A year further off is
   * left alone, since an anniversary's article writes the old date with its year and this year's
   * with none ("22. juli 2011" ... "minnestunden 22. juli").
   */
  static TimeExpression withWrittenYear(TimeExpression e, Map<Integer, Integer> written, ArticleDate reference) {
    if (e instanceof DayMonth dm && dm.yearShift() == null && reference != null && reference.date() != null) {
      Integer year = written.get(dm.month() * 100 + dm.day());
      int shift = year == null ? Integer.MAX_VALUE : year - reference.date().getYear();
      if (year != null && year != 0 && Math.abs(shift) <= 1) {
        return new DayMonth(dm.day(), dm.month(), dm.weekday(), shift, dm.past(), dm.future());
      }
    }
    return e;
  }

  /** Characters after a day and month within which a later full date of its sentence lends it its year. */
  static final int LATER_YEAR_REACH = 80;

  /**
   * A day and month without year ({@code starter den 1. juli}) followed in its sentence, within {@value
   * #LATER_YEAR_REACH} characters, by a full date with a year within one of publication's ({@code og slutter den 23.
   * juli 2023}) is the last such day not after that date: the text writes the year once, on the last date of the
   * two, where the nearest year put the first in the publication's year (a race of the coming summer announced in
   * October, its start dated the past July). A full date further off is left alone ({@link #withWrittenYear}).
   */
  static TimeExpression withLaterYear(TimeExpression e, List<Found> found, int i, String text, ArticleDate reference) {
    if (!(e instanceof DayMonth dm) || dm.yearShift() != null || reference == null || reference.date() == null
        || i + 1 >= found.size()) {
      return e;
    }
    Found next = found.get(i + 1);
    int from = found.get(i).end();
    if (!(TimeExpression.first(next.expression()) instanceof Day d) || next.start() - from > LATER_YEAR_REACH
        || Math.abs(d.date().getYear() - reference.date().getYear()) > 1 || SENTENCE_END.matcher(
            text.substring(from, next.start())).find()) {
      return e;
    }
    LocalDate same = safeDate(d.date().getYear(), dm.month(), dm.day());
    int year = same.isAfter(d.date()) ? d.date().getYear() - 1 : d.date().getYear();
    return new DayMonth(dm.day(), dm.month(), dm.weekday(), year - reference.date().getYear(), dm.past(), dm.future());
  }

  /** A sentence's end between two dates: a stop, question or exclamation mark before a space, or a line break. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?]\\s|\\n");

  /** A day named relative to publication: "i går", "yesterday", a bare weekday. */
  private static boolean relativeDay(TimeExpression e) {
    return e instanceof Shift s && s.unit() == Granularity.DAY || e instanceof Weekday
        || e instanceof TimeExpression.WeekdayOfWeek;
  }

  /** What may stand between a relative day and the written day it is apposed to ("i går, den 9. juni"). */
  private static final Pattern APPOSED = Pattern.compile(
      "[\\s,(–-]*(?:(?:den|the|on|am|el|på|d\\.)\\s*)?");

  /**
   * True when one of {@code a} and {@code b} (in text order, either may be null) is a relative day and
   * the other a written day (with or without year) right next to it.
   */
  private static boolean written(String text, Found a, Found b) {
    if (a == null || b == null || a.end() > b.start()) {
      return false;
    }
    TimeExpression other = TimeExpression.first(relativeDay(a.expression()) ? b.expression() : a.expression());
    return (other instanceof Day || other instanceof DayMonth || other instanceof TimeExpression.NearDay)
        && APPOSED.matcher(text.substring(a.end(), b.start())).matches();
  }

  /**
   * The sentences of {@code text} that mention a resolvable date, with their mentions: the
   * entries of a story timeline ("sentence, resolved date, article"). Same parameters as {@link
   * #resolve}.
   */
  public static List<DatedSentence> datedSentences(String text, ArticleDate published, Language lang) {
    List<DateMention> mentions = resolve(text, published, lang);
    List<DatedSentence> out = new ArrayList<>();
    if (mentions.isEmpty()) {
      return out;
    }
    List<int[]> sentences = Sentences.split(text);
    // each mention to the one sentence holding it (sentences are disjoint), in mention order
    Map<Integer, List<DateMention>> inside = new TreeMap<>();
    for (DateMention m : mentions) {
      int i = Sentences.containing(sentences, m.start(), m.end());
      if (i >= 0) {
        inside.computeIfAbsent(i, k -> new ArrayList<>()).add(m);
      }
    }
    for (var e : inside.entrySet()) {
      int[] s = sentences.get(e.getKey());
      if (Sentences.isCredit(text.substring(s[0], s[1]))) {
        continue; // "© Tagesblatt 2024.": a copyright line or photo credit is no statement
      }
      out.add(new DatedSentence(s[0], s[1], text.substring(s[0], s[1]), List.copyOf(e.getValue())));
    }
    return List.copyOf(out);
  }

  static synchronized DateScanner scanner(Language lang) {
    return SCANNERS.computeIfAbsent(DateLexicons.forLanguage(lang), DateScanner::new);
  }

  /** A resolved period; {@code until} the first day of a span's last period, else null ({@link Spans}). */
  record Resolved(LocalDate date, Granularity granularity, boolean relative, LocalDate until) {
    Resolved(LocalDate date, Granularity granularity, boolean relative) {
      this(date, granularity, relative, null);
    }
  }

  /** Resolves one expression, or empty when the publication date does not allow it. */
  static Optional<Resolved> resolve(TimeExpression e, ArticleDate pub) {
    Precision p = pub == null ? null : pub.precision();
    return switch (e) {
      case TimeExpression.Span s -> Spans.resolve(s, pub);
      case Day d -> Optional.of(new Resolved(d.date(), Granularity.DAY, false));
      case TimeExpression.NearDay n -> at(p, Precision.YEAR) && near(n.date(), pub)
          ? Optional.of(new Resolved(n.date(), Granularity.DAY, false))
          : Optional.empty();
      case MonthOfYear m -> Optional.of(new Resolved(m.month().atDay(1), Granularity.MONTH, false));
      case Year y -> Optional.of(new Resolved(LocalDate.of(y.year(), 1, 1), Granularity.YEAR, false));
      case DayMonth dm -> at(p, Precision.YEAR)
          ? Optional.of(new Resolved(dm.yearShift() != null
              ? safeDate(pub.date().getYear() + dm.yearShift(), dm.month(), dm.day())
              : dayOfMonth(dm, pub), Granularity.DAY, true))
          : Optional.empty();
      case Month m -> at(p, Precision.YEAR)
          ? Optional.of(new Resolved(m.yearShift() != null
              ? LocalDate.of(pub.date().getYear() + m.yearShift(), m.month(), 1)
              : nearestYear(1, m.month(), null, pub, m.past(), m.future(), true), Granularity.MONTH, true))
          : Optional.empty();
      case Weekday w -> at(p, Precision.DAY)
          ? Optional.of(new Resolved(WeekdayRule.resolve(pub.date(), w.day(), w.direction()), Granularity.DAY, true))
          : Optional.empty();
      case TimeExpression.WeekdayOfWeek w -> at(p, Precision.DAY)
          ? Optional.of(new Resolved(Granularity.WEEK.start(pub.date()).plusWeeks(w.weekShift())
              .plusDays(w.day().getValue() - 1L), Granularity.DAY, true))
          : Optional.empty();
      case TimeExpression.Season s when s.yearShift() != null -> at(p, Precision.YEAR)
          ? Optional.of(new Resolved(SeasonRule.inYear(pub.date(), s.firstMonth(), s.yearShift()), Granularity.SEASON,
              true))
          : Optional.empty();
      case TimeExpression.Season s -> at(p, Precision.MONTH)
          ? SeasonRule.resolve(p == Precision.MONTH ? pub.date().withDayOfMonth(15) : pub.date(), s.firstMonth(),
              s.direction()).map(d -> new Resolved(d, Granularity.SEASON, true))
          : Optional.empty();
      case TimeExpression.Weekend w -> at(p, Precision.DAY)
          ? Optional.of(new Resolved(Granularity.WEEK.start(WeekdayRule.resolve(pub.date(), DayOfWeek.SATURDAY,
              w.direction())), Granularity.WEEK, true))
          : Optional.empty();
      case Shift s -> at(p, needed(s.unit()))
          ? Optional.of(new Resolved(s.unit().start(s.unit().shift(pub.date(), s.offset())), s.unit(), true))
          : Optional.empty();
    };
  }

  /**
   * True when {@code date} is at most {@value #NEAR_BEFORE_YEARS} years before the publication
   * date and at most {@value #NEAR_AFTER_YEARS} after it (a month or year of publication counted from its
   * first day): where a two-digit-year day ({@link TimeExpression.NearDay}) is read as a day.
   */
  static boolean near(LocalDate date, ArticleDate pub) {
    LocalDate ref = pub.date();
    return !date.isBefore(ref.minusYears(NEAR_BEFORE_YEARS)) && !date.isAfter(ref.plusYears(NEAR_AFTER_YEARS));
  }

  /** How far before and after publication a two-digit-year day is read ({@link #near}). */
  static final int NEAR_BEFORE_YEARS = 2;
  static final int NEAR_AFTER_YEARS = 1;

  private static Precision needed(Granularity unit) {
    return switch (unit) {
      case DAY, WEEK -> Precision.DAY;
      case MONTH, SEASON -> Precision.MONTH;
      case YEAR -> Precision.YEAR;
    };
  }

  private static boolean at(Precision have, Precision need) {
    return have != null && have.compareTo(need) >= 0;
  }

  /**
   * The day {@code day.month} in the year that puts it nearest the publication date (for a
   * year-precise publication, that year); a written weekday that fits one candidate year within
   * half a year of publication picks that year.
   */
  static LocalDate nearestYear(int day, int month, DayOfWeek weekday, ArticleDate pub) {
    return nearestYear(day, month, weekday, pub, false);
  }

  /**
   * As {@link #nearestYear(int, int, DayOfWeek, ArticleDate)}; with {@code past}, among the years
   * that do not put the day after publication (for a month-precise publication, after its month).
   */
  static LocalDate nearestYear(int day, int month, DayOfWeek weekday, ArticleDate pub, boolean past) {
    return nearestYear(day, month, weekday, pub, past, false, false);
  }

  /**
   * Days before publication a day with a future cue may still fall on: an item stamped a day or two after it was
   * written ("skal ... spille 15. marts" first seen on the 16th) says "will" of a day just past.
   */
  static final int FUTURE_SLACK_DAYS = 31;

  /**
   * As {@link #nearestYear(int, int, DayOfWeek, ArticleDate, boolean)}; with {@code future}, among the years that do
   * not put the day more than {@value #FUTURE_SLACK_DAYS} days before publication (for a {@code wholeMonth}, its
   * month before the month before publication's): a month or day the text says is coming ("skal til december
   * afholde", in February) is not the one just past, while one a day or a month back is more likely a late stamp or
   * another clause's verb than a year ahead.
   */
  static LocalDate nearestYear(int day, int month, DayOfWeek weekday, ArticleDate pub, boolean past, boolean future,
      boolean wholeMonth) {
    int y = pub.date().getYear();
    if (pub.precision() == Precision.YEAR) {
      return safeDate(y, month, day);
    }
    LocalDate anchor = pub.precision() == Precision.MONTH ? pub.date().withDayOfMonth(15) : pub.date();
    LocalDate latest = pub.precision() == Precision.MONTH ? pub.date().withDayOfMonth(pub.date().lengthOfMonth())
        : pub.date();
    LocalDate best = null;
    long bestScore = Long.MAX_VALUE;
    for (int cand = y - 1; cand <= y + 1; cand++) {
      LocalDate d = safeDate(cand, month, day);
      if (past && d.isAfter(latest)) {
        continue;
      }
      if (future && d.isBefore(wholeMonth || pub.precision() == Precision.MONTH
          ? pub.date().withDayOfMonth(1).minusMonths(1) : pub.date().minusDays(FUTURE_SLACK_DAYS))) {
        continue;
      }
      long score = Math.abs(ChronoUnit.DAYS.between(anchor, d));
      if (weekday != null && d.getDayOfWeek() == weekday && score <= 183) {
        score -= 1000; // the written weekday confirms this year
      }
      if (score < bestScore) {
        best = d;
        bestScore = score;
      }
    }
    return best;
  }

  /** Years back searched for one whose calendar fits a written weekday that fits none near publication. */
  static final int WEEKDAY_YEARS_BACK = 6;

  /**
   * The day a day and month without year names: the nearest year ({@link #nearestYear}); but when
   * a weekday is written and fits none of the years within half a year of publication, the
   * nearest year in which it fits, from {@value #WEEKDAY_YEARS_BACK} years back to the year after
   * publication (not after publication when a past verb says so), if any. Such a text is older
   * than its date says (an archive date years late, a feed re-serving an old notice: "Lørdag 11.
   * november er det klart ..." dated January 2025 is 2023's Saturday), or, rarely, the weekday is
   * a slip. The five data sets' timelines had 3 such entries: two read right with the weekday's
   * year (that notice; a hospital board meeting "måndag 7. oktober" ahead in an item dated 2005,
   * 2002 by the weekday), one cannot be told (a memoir's "tirsdag 21. september", now 2004).
   */
  static LocalDate dayOfMonth(DayMonth dm, ArticleDate pub) {
    LocalDate near = nearestYear(dm.day(), dm.month(), dm.weekday(), pub, dm.past(), dm.future(), false);
    if (dm.weekday() == null || near.getDayOfWeek() == dm.weekday() || pub.precision() == Precision.YEAR) {
      return near;
    }
    LocalDate best = near;
    long bestDays = Long.MAX_VALUE;
    for (int y = pub.date().getYear() + 1; y >= pub.date().getYear() - WEEKDAY_YEARS_BACK; y--) {
      if (dm.day() > YearMonth.of(y, dm.month()).lengthOfMonth()) {
        continue;
      }
      LocalDate d = LocalDate.of(y, dm.month(), dm.day());
      long days = Math.abs(ChronoUnit.DAYS.between(pub.date(), d));
      if (d.getDayOfWeek() == dm.weekday() && !(dm.past() && d.isAfter(pub.date())) && days < bestDays) {
        best = d;
        bestDays = days;
      }
    }
    return best;
  }

  private static LocalDate safeDate(int y, int month, int day) {
    LocalDate first = LocalDate.of(y, month, 1);
    return first.withDayOfMonth(Math.min(day, first.lengthOfMonth()));
  }
}
