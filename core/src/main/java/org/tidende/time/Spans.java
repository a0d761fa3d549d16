package org.tidende.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tidende.model.ArticleDate;
import org.tidende.time.DateResolver.Resolved;
import org.tidende.time.DateScanner.Found;
import org.tidende.time.TimeExpression.Day;
import org.tidende.time.TimeExpression.DayMonth;
import org.tidende.time.TimeExpression.Month;
import org.tidende.time.TimeExpression.MonthOfYear;
import org.tidende.time.TimeExpression.Span;
import org.tidende.time.TimeExpression.Weekday;
import org.tidende.time.TimeExpression.Year;

/**
 * Spans of time written as two dates: {@code fra og med mandag kveld til tirsdag kveld}, {@code mellem
 * onsdag og torsdag}, {@code fra den 4. til den 20. november}, {@code i perioden 29. august til 12. september
 * 2022}, {@code fra januar til og med september i år}, {@code from July 2019 to August 2022}.
 *
 * <p>Design: {@link DateScanner} finds each date on its own (and a range of days within one month, {@code 9.-11.
 * januar}, or of years in words, {@code fra 1993 til 2002}, as one {@link Span} already). Here two dates next to
 * each other become one span when they are of one kind (two days, two weekdays, two months, two years) and the
 * words between and before them make a span: a dash, or "til", "til og med", "till", "to", "until", "through" with
 * a from-word before the first ("fra", "fra og med", "frå", "från", "from", "i perioden"), or "og", "och", "and"
 * after "mellom", "mellem", "mellan", "between". A span is resolved end first: its end by the rules of its kind,
 * its start as the last such day, weekday or month not after the end, so that a start without a year takes the
 * end's ("fra januar til og med september i år" in October 2022 is January to September 2022, where January alone
 * had been put in January 2023, the nearest one; "29. august til 12. september 2022"), and a weekday span runs
 * forward from its first weekday as placed by the weekday rule ("mellem onsdag og torsdag" in a Friday article is
 * Wednesday to Thursday of that week). The timeline and {@code --json} show it as an ISO interval, {@code
 * 2022-11-04/2022-11-20}, where only its first day had been shown.
 *
 * <p>Measured (session 43) with {@code stories --json --min-size 2}, old build against new. On the slice read while
 * writing it (the Norwegian and Swedish feeds' first halves, the Norwegian archive's first 380 articles, the Danish
 * front pages' lines 1-6,000; 1,247 entries) 7 entries were spans shown as their first day, one of them also in the
 * wrong year ("fra januar til og med september i år" in October, January of the next year); the new build changed
 * 10 entries, all rightly (those 7, and "mellem 2004 og 2013", "mellem 1992 og 2012", "fra 31. oktober til 12.
 * november" shown as spans). On an untouched slice (the feeds' second halves, the archive's last 378 articles, the
 * Danish lines 6,001-12,000; 1,344 entries) 10 entries changed: 8 rightly (six spans of years, "mellem den 1. august
 * og 31. oktober i år", and "fra 8. september til 28. oktober 2023", which moved from September of the publication
 * year to the written one), 2 debatable ("natten mellem lørdag og søndag", now Saturday to Sunday; "halveret fra
 * august til oktober", a change between two months read as a span); nothing else moved, and {@code stories samples
 * --json} did not change. On a third slice, the Danish lines 12,001-20,000 (1,057 entries), 11 entries changed,
 * all rightly: 7 spans of years (one a new entry), "fra den 24.-27. december", "fra torsdag den 8. juni til lørdag
 * den 10. juni 2023", and two "fra juni til september" in December, which moved from June of the next year to June
 * to September of the publication year.
 * Cost: one look at the words between and before each pair of neighbouring dates. Failure modes: a move from one
 * date to another ("flyttet fra mandag til onsdag", "postponed from 1 March to 1 April") names two dates and no
 * period; a move word right before the from-word ({@link #MOVE}) keeps them apart, others are read as a span; a list
 * ("torsdag og fredag") is no span and stays its first day.
 *
 * <p>A span across months with a dash ("1. mars - 26. august", "1. november–26. februar 2021") showed only its first
 * day, as {@link DateScanner} dropped the day after the dash as the end of a range; now it reads that day, and the
 * dash joins the two as above (the start taking the end's year). The three slices' texts (2,591 + 1,058 timeline
 * entries) hold one such span, in a Nynorsk item of September (a closure from 1 March to 26 August of the next year, written with a dash and "neste år"), outside the
 * stories of two or more: it was read as March of the publication year, and is now March to August of the next
 * year, as written; no timeline entry, story or {@code stories samples --json} changed.
 *
 * <p>A month before a month and year ("fra september til november 2022", "mellan mars och maj 2022") is read by
 * {@link DateScanner} as one mention, the first month of that year; it asks {@link #spans} whether the words write a
 * span, and makes the mention one when they do (session 44; see {@link DateScanner} for what it moved).
 *
 * <p>Session 45. "i" or "in" right before the first of two months joined by "til", "till", "to" opens the span as a
 * from-word does ({@link #MONTH_FROM}: "i august til november 2024", "i mai til september"), since "til" between two
 * months of one adverbial can only be its end; a move keeps its guard ("udsat i august til november", {@link #MOVE}).
 * Two months joined by "og", "och", "and", "eller" are a list, not a span ("i maj og juli" names no June; "i marts og
 * april" covers the same two months either way), so each is dated on its own: the year written after the second
 * ({@code i år}, {@code sidste år}, {@code næste år}, or four digits, which {@link DateScanner} reads) is the first's
 * too ({@link #listWithYear}), where the first month had been put in the year nearest publication ("i marts og april
 * i år" in October: the coming March) and the second, with no cue word before it, had not been read. Measured by
 * resolving every text, old build against new: on the reading slices (the Norwegian and Swedish feeds, the Norwegian
 * archive, Danish front pages 1-20,000 and 40,001-48,000; 11,585 mentions) 7 mentions changed, all rightly (2 first
 * months from the coming year to the one written, "i år" and "sidste år"; 4 second months newly read with their
 * year; a month and year list now two mentions); on Danish 20,001-40,000 (5,306) 2, rightly (a second month newly
 * read; "i august til november 2024", 2024-08 to 2024-08/2024-11). The whole Scandinavian sets hold 10 such lists with
 * a year phrase and 1 such "i ... til" span.
 */
final class Spans {
  private Spans() {}

  /** A dash between the two dates, at most a space either side. */
  private static final Pattern DASH = Pattern.compile("\\s?[-–]\\s?");
  /** "til", "til og med", "to" and the like between the two dates, with "den" or "the" before the second. */
  private static final Pattern TO = Pattern.compile(
      "\\s+(?:til og med|till och med|til|till|to|until|through|up to)\\s+(?:den\\s+|the\\s+|d\\.\\s*)?");
  /** "og", "och", "and" between the two dates. */
  private static final Pattern AND = Pattern.compile("\\s+(?:og|och|and)\\s+(?:den\\s+|the\\s+|d\\.\\s*)?");
  /** A from-word right before the first date, which a "til" after it closes. */
  private static final Pattern FROM = Pattern.compile("(?<!\\p{L})(?:fra og med|frå og med|från och med|fra|frå|från"
      + "|from|perioden|perioda|period|mellom|mellem|mellan|between)\\s+(?:den\\s+|the\\s+|d\\.\\s*)?$");
  /**
   * Before a month, "i" or "in" opens a span as a from-word does ("i august til november 2024"): "til" between two
   * months in the one adverbial can only be the span's end, while a move names its verb before ("udsat fra august til
   * november", {@link #MOVE}).
   */
  private static final Pattern MONTH_FROM = Pattern.compile(FROM.pattern().replace("(?:fra og med", "(?:i|in|fra og med"));
  /** A between-word right before the first date, which an "og" after it closes. */
  private static final Pattern BETWEEN = Pattern.compile(
      "(?<!\\p{L})(?:mellom|mellem|mellan|between)\\s+(?:den\\s+|the\\s+|d\\.\\s*)?$");
  /** A word of moving a date before the from-word: the two dates are the old and the new one, no period. */
  private static final Pattern MOVE = Pattern.compile("(?<!\\p{L})(?:flytt\\p{L}*|utsatt|utsett\\p{L}*|udsat|udsætt"
      + "\\p{L}*|uppskj\\p{L}*|skjøv\\p{L}*|skjøve\\p{L}*|rykket|rykkes|rykke|moved?|postponed?|delayed?|brought forward"
      + "|endr\\p{L}*|ændr\\p{L}*|ändr\\p{L}*|changed?)\\s+(?:\\p{L}+\\s+){0,2}$");

  /**
   * {@code found} (in text order, disjoint) with each pair of neighbouring dates that writes a span joined into one
   * {@link Span} covering both.
   */
  static List<Found> join(String text, List<Found> found, DateLexicon lex) {
    List<Found> out = new ArrayList<>(found.size());
    for (int i = 0; i < found.size(); i++) {
      Found a = found.get(i);
      Found b = i + 1 < found.size() ? found.get(i + 1) : null;
      Found end = a.expression() instanceof Month || a.expression() instanceof MonthOfYear
          ? monthAfter(text, a, b, lex) : null;
      List<Found> list = end == null && a.expression() instanceof Month first && first.yearShift() == null
          ? listWithYear(text, a, b, lex) : List.of();
      if (!list.isEmpty()) {
        out.addAll(list);
        i++;
      } else if (end != null) {
        out.add(new Found(a.start(), end.end(), new Span(a.expression(), end.expression())));
        i += end.end() > a.end() && b != null && b.end() <= end.end() ? 1 : 0;
      } else if (b != null && spans(text, a, b)) {
        out.add(new Found(a.start(), b.end(), new Span(a.expression(), b.expression())));
        i++;
      } else {
        out.add(a);
      }
    }
    return out;
  }

  /** A month name alone after "til" or "og" (no cue word before it, so the scanner read none). */
  private static final Pattern MONTH_AFTER = Pattern.compile("(\\s+(?:til og med|till och med|til|till|to|until|through"
      + "|og|och|and)\\s+)(\\p{Ll}+)(?!\\p{L})");

  /**
   * The end of a span of months whose end month the scanner did not read, as no cue word stands before it ("fra
   * januar til og med september i år"): that month, in the year a year phrase right after it names ({@code i år},
   * {@code i fjor}: the next found expression, a shift in years, which the span then covers), else null when no such
   * span is written.
   */
  private static Found monthAfter(String text, Found a, Found b, DateLexicon lex) {
    var m = MONTH_AFTER.matcher(text).region(a.end(), text.length());
    if (!m.lookingAt() || !lex.months().containsKey(m.group(2))
        || !spans(text, a, new Found(a.end() + m.group(1).length(), m.end(), new Month(lex.months().get(m.group(2)))))) {
      return null;
    }
    int month = lex.months().get(m.group(2));
    if (b != null && b.start() < m.end()) {
      return null; // the scanner read the month after all, in a longer expression: the pair is joined as found
    }
    if (b != null && b.expression() instanceof TimeExpression.Shift sh && sh.unit() == Granularity.YEAR
        && text.substring(m.end(), b.start()).isBlank()) {
      return new Found(a.start(), b.end(), new Month(month, sh.offset(), false));
    }
    return new Found(a.start(), m.end(), new Month(month));
  }

  /** A month name alone after a list word ("og", "och", "and", "eller", "or"), then a year phrase. */
  private static final Pattern LISTED_MONTH = Pattern.compile("\\s+(?:og|och|and|eller|or)\\s+(\\p{Ll}+)\\s+$");

  /**
   * A month and a month joined by a list word, the year phrase after the second ({@code i marts og april i år},
   * {@code i april og maj sidste år}; {@code b}, a shift in years, right after the second month): both months, each
   * in the year the phrase names. The scanner reads the first month alone (no cue word stands before the second)
   * and the year phrase alone, so the first month had been put in the year nearest publication. A list is no span:
   * "i maj og juli" names two months, not June; each is a date of its own. Empty when no such list is written.
   */
  private static List<Found> listWithYear(String text, Found a, Found b, DateLexicon lex) {
    if (b == null || !(b.expression() instanceof TimeExpression.Shift sh) || sh.unit() != Granularity.YEAR
        || b.start() <= a.end()) {
      return List.of();
    }
    var m = LISTED_MONTH.matcher(text.substring(a.end(), b.start()));
    if (!m.matches() || !lex.months().containsKey(m.group(1))) {
      return List.of();
    }
    Month first = (Month) a.expression();
    int secondStart = a.end() + m.start(1);
    return List.of(new Found(a.start(), a.end(), new Month(first.month(), sh.offset(), false)),
        new Found(secondStart, b.end(), new Month(lex.months().get(m.group(1)), sh.offset(), false)));
  }

  /** True when the words between and before {@code a} and {@code b}, two dates of one kind, write a span. */
  static boolean spans(String text, Found a, Found b) {
    if (!sameKind(a.expression(), b.expression()) || a.end() > b.start()) {
      return false;
    }
    String gap = text.substring(a.end(), b.start()).toLowerCase(Locale.ROOT);
    String before = text.substring(Math.max(0, a.start() - 40), a.start()).toLowerCase(Locale.ROOT);
    if (DASH.matcher(gap).matches()) {
      return true;
    }
    boolean to = TO.matcher(gap).matches();
    boolean and = !to && AND.matcher(gap).matches();
    boolean months = a.expression() instanceof Month || a.expression() instanceof MonthOfYear;
    var from = (to ? months ? MONTH_FROM : FROM : BETWEEN).matcher(before);
    if (!(to || and) || !from.find()) {
      return false;
    }
    return !MOVE.matcher(before.substring(0, from.start())).find();
  }

  private static boolean sameKind(TimeExpression a, TimeExpression b) {
    return switch (a) {
      case Day d -> b instanceof Day || b instanceof DayMonth;
      case DayMonth d -> b instanceof Day || b instanceof DayMonth;
      case Weekday w -> b instanceof Weekday;
      case Month m -> b instanceof Month || b instanceof MonthOfYear;
      case MonthOfYear m -> b instanceof Month || b instanceof MonthOfYear;
      case Year y -> b instanceof Year;
      default -> false;
    };
  }

  /**
   * The span's first and last periods, or empty when its end cannot be resolved (then its start alone is read, as
   * a single date). A start that does not come before the end gives the start alone.
   */
  static Optional<Resolved> resolve(Span s, ArticleDate pub) {
    if (s.from() instanceof Weekday a && s.to() instanceof Weekday b) {
      Optional<Resolved> first = DateResolver.resolve(a, pub);
      return first.map(r -> spanned(r, r.date().plusDays(Math.floorMod(b.day().getValue() - a.day().getValue(), 7))));
    }
    Optional<Resolved> end = DateResolver.resolve(s.to(), pub);
    if (end.isEmpty()) {
      return DateResolver.resolve(s.from(), pub);
    }
    LocalDate last = end.get().date();
    Optional<Resolved> first = switch (s.from()) {
      case DayMonth dm when dm.yearShift() == null -> Optional.of(new Resolved(notAfter(last, dm.month(), dm.day()),
          Granularity.DAY, true));
      case Month m when m.yearShift() == null -> Optional.of(new Resolved(notAfter(last, m.month(), 1),
          Granularity.MONTH, true));
      default -> DateResolver.resolve(s.from(), pub);
    };
    return first.map(r -> r.granularity() == end.get().granularity() ? spanned(r, last) : r);
  }

  /** {@code first} as a span to {@code last}, or alone when {@code last} does not come after it. */
  private static Resolved spanned(Resolved first, LocalDate last) {
    return last.isAfter(first.date())
        ? new Resolved(first.date(), first.granularity(), first.relative(), last)
        : first;
  }

  /** The last day {@code day.month} (clipped to the month's length) not after {@code last}. */
  private static LocalDate notAfter(LocalDate last, int month, int day) {
    LocalDate d = clipped(last.getYear(), month, day);
    return d.isAfter(last) ? clipped(last.getYear() - 1, month, day) : d;
  }

  private static LocalDate clipped(int year, int month, int day) {
    LocalDate first = LocalDate.of(year, month, 1);
    return first.withDayOfMonth(Math.min(day, first.lengthOfMonth()));
  }
}
