package org.tidende.ingest;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tidende.model.ArticleDate;

/**
 * Publication dates as feeds and exports write them: ISO-8601 ({@link ArticleDate#parse}) and the
 * RFC 822/1123 dates of RSS, which JSON exported from feeds often keeps ("Wed, 24 Apr 2019
 * 10:00:00 +0200"), the day-first dotted dates of Scandinavian sites ("25.04.2019"), dates with the
 * month written out in English, Norwegian, Danish, Swedish, German or Spanish, with or without a
 * weekday, an abbreviation with or without its dot, an English ordinal day ("the 25th of April 2019" too), and a local time after
 * ("25 April 2019", "April 25th, 2019", "Friday, 26 April 2019", "25. april 2019", "25. apr 2019",
 * "Freitag, 26. April 2019", "26 de abril de 2019", "25. april 2019 kl. 10.46", "April 25, 2019
 * 10:00 AM"), and year-first "2019/04/25" and "20190425". Dotted dates with a two-digit year, as
 * Scandinavian sites write them ("24.04.19", "24.04.19 14:30"), are 1970 to 2069; slashed ones
 * ("25/04/2019", "04/25/2019 14:30", and with a two-digit year as dotted ones, "25/04/19") are read in the order the numbers force, and one both orders
 * could read ("05/04/2019") only with the article's language ({@link #parse(String, String)}: day
 * first in Norwegian, Danish, Swedish, German, Spanish; unread in English, where Britain and the
 * United States read it apart, and when the language is not known: the JSON Lines reader passes
 * the record's {@code lang} and the feed reader the item's or channel's {@code language}; the HTML
 * reader reads its dates before any language is known, so a page leaves it unread). A time
 * with an offset or zone ("+0200", "GMT", "CEST", German "MESZ" and "MEZ", RFC 822's "PST"; also after a written or dotted
 * date: "25 April 2019 10:00 CET", "24.04.2019 14:30 +0200", which were not read at all before) is kept in UTC with the offset as written
 * ({@link ArticleDate#ofOffset}), so the time stage can find the publisher's own day. The HTML
 * reader asks it first for each date string it isolates (a meta tag's content, a byline), so a page
 * and a feed read the same string alike. The two-digit years, German zones and slashed dates
 * changed no article date in the shared data (ECB+ dev, the Norwegian and Swedish feeds, the 90
 * HTML pages, read before and after); they are tested on
 * invented strings. A slashed date with a two-digit year ("25/04/19") is read day or month first as
 * a four-digit one, year first only where the first number can be no day: "19/04/25" is 19 April
 * 2025, as a European reader reads it, though a site writing years first (Japanese and Korean
 * style, some CMS exports) would mean 25 April 2019; "98/04/25" is 25 April 1998 (a first number
 * from 32 to 99, years 2032 to 2069 and 1970 to 1999, then month and day, as "2019/04/25" is read).
 * A site that writes its two-digit years first and the year is 2001 to 2031 is misread, or left
 * unread where the day first reading is no date ("19/02/30").
 * A no-break or other Unicode space in the string (U+00A0 of {@code &nbsp;}, the narrow U+202F, a
 * thin space) is read as a space, as the readers make them in texts ({@code ReaderText.plainSpaces}):
 * before session 33's walk-through, {@code "25.\u00a0april\u00a02019"} in a JSON field or a text's
 * {@code date:} header and {@code "Thu,&#160;25&#160;Apr 2019 ..."} in a feed were unreadable, since
 * {@code \s}, {@code strip()} and the formatters' literal spaces match no U+00A0. Cost: one pass over
 * the date string.
 * Not read: zones outside {@link #ZONES}. Stateless and thread-safe.
 */
public final class Dates {
  /** RFC 822 forms, most specific first (built once: a formatter is immutable and thread-safe). */
  private static final String[] PATTERNS = {
      "d MMM yyyy HH:mm:ss Z", "d MMM yyyy HH:mm Z", "d MMM yyyy HH:mm:ss", "d MMM yyyy"};
  private static final DateTimeFormatter[] FORMATS = Arrays.stream(PATTERNS)
      .map(p -> DateTimeFormatter.ofPattern(p, Locale.ENGLISH)).toArray(DateTimeFormatter[]::new);

  /**
   * Zone abbreviations feeds and sites write after a time (RFC 822's, and Europe's), as offsets.
   * Summer and winter names are told apart by the name itself, so "CET" in July stays +01:00, as written.
   */
  private static final Map<String, String> ZONES = Map.ofEntries(Map.entry("GMT", "+0000"), Map.entry("UTC", "+0000"),
      Map.entry("UT", "+0000"), Map.entry("Z", "+0000"), Map.entry("EST", "-0500"), Map.entry("EDT", "-0400"),
      Map.entry("CET", "+0100"), Map.entry("CEST", "+0200"), Map.entry("CST", "-0600"), Map.entry("CDT", "-0500"),
      Map.entry("MST", "-0700"), Map.entry("MDT", "-0600"), Map.entry("PST", "-0800"), Map.entry("PDT", "-0700"),
      Map.entry("EET", "+0200"), Map.entry("EEST", "+0300"), Map.entry("WET", "+0000"), Map.entry("WEST", "+0100"),
      Map.entry("BST", "+0100"), Map.entry("MEZ", "+0100"), Map.entry("MESZ", "+0200"));
  /** A zone after a time: an abbreviation of {@link #ZONES} or a numeric offset ("+0200", "+02:00"). */
  private static final String ZONE = "(?:\\s*\\(?\\s*([A-Za-z]{1,4}|[+-]\\d{2}:?\\d{2})\\)?)?";
  /** An optional local time after a numeric date, "14:30", "kl. 10.46", "10:46 Uhr", and a zone (groups 4 to 6). */
  private static final String TIME_OF_DAY =
      "(?:,?\\s+(?:kl\\.?\\s*)?(\\d{1,2})[:.](\\d{2})(?:\\s+uhr)?" + ZONE + ")?";

  /**
   * Day-first numeric dates with dots, as Scandinavian and German sites write them ("25.04.2019",
   * "18.01.2011 kl 10:46", "1.2.2020 10.46"); the dots rule out the month-first American order,
   * which uses slashes. A time is local, as written.
   */
  private static final Pattern DAY_FIRST = Pattern.compile(
      "(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})" + TIME_OF_DAY, Pattern.CASE_INSENSITIVE);
  /**
   * Slashed numeric dates with a four- or two-digit year ("25/04/2019", "04/25/2019 14:30",
   * "25/04/19", the two digits 1970 to 2069 as for dotted dates): read in the
   * order the numbers force (a number above 12 is the day), or when both orders give the same day
   * ("05/05/2019"); where both could be the month ("05/04/2019") only with a language that writes
   * numbers day first ({@link #parse(String, String)}), else unread, as Britain and the United
   * States read it apart.
   */
  private static final Pattern SLASHED = Pattern.compile(
      "(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})" + TIME_OF_DAY, Pattern.CASE_INSENSITIVE);
  /** Languages whose numeric dates are day first (as {@code DateLexicon#dayFirstNumbers} in the time stage). */
  private static final Set<String> DAY_FIRST_LANGUAGES = Set.of("nb", "nn", "no", "da", "sv", "de", "es");
  /**
   * Two-digit years ("24.04.19") as 1970 to 2069: news archives reach back to the 1990s
   * ("24.04.97" is 1997), and nothing is published in the 2070s yet. Fixed, not relative to the
   * clock, so a date reads the same on every run.
   */
  private static final int CENTURY_PIVOT = 70;

  /** Per language tag, the written forms read ("MMM": CLDR's abbreviation, its dot optional). */
  private static final String[][] FORMS = {
    {"en", "d MMMM[,] uuuu", "MMMM d[,] uuuu", "MMM d[,] uuuu", "d MMM[,] uuuu"},
    {"en-GB", "MMM d[,] uuuu", "d MMM[,] uuuu"},
    {"nb", "d. MMMM uuuu", "d. MMM uuuu", "d MMMM uuuu", "d MMM uuuu"},
    {"da", "d. MMMM uuuu", "d. MMM uuuu", "d MMMM uuuu", "d MMM uuuu"},
    {"sv", "d MMMM uuuu", "d MMM uuuu"},
    {"de", "d. MMMM uuuu", "d. MMM uuuu", "d MMMM uuuu"},
    {"de-AT", "d. MMMM uuuu", "d. MMM uuuu"},
    {"es", "d 'de' MMMM 'de' uuuu", "d MMMM uuuu", "d 'de' MMM 'de' uuuu", "d MMM uuuu"}};
  /**
   * Days with the month written out, per language: read by each locale's own month and weekday
   * names (CLDR's, full and abbreviated, the abbreviation's dot optional: "apr." and "apr" in
   * Norwegian, "Apr" and "Apr." in English, British "Sept", Austrian "Jänner"), case-insensitively,
   * strictly (no 31 April; a weekday that does not fit the day is not read). The languages are
   * those whose day-first numeric dates are read above.
   */
  private static final List<DateTimeFormatter> WRITTEN = written();
  /** Weekday names of those languages, lower case: full, and abbreviated (CLDR's, without a dot). */
  private static final Map<String, DayOfWeek> WEEKDAYS = weekdays(TextStyle.FULL);
  private static final Map<String, DayOfWeek> WEEKDAYS_ABBREVIATED = weekdays(TextStyle.SHORT);

  /**
   * A time after a written month, local as written: "kl. 10.46" (Norwegian, Danish, Swedish),
   * "at 10:00 AM", "10:46", "um 10:46 Uhr". With AM or PM the hour is 1 to 12.
   */
  private static final Pattern TIME_AFTER = Pattern.compile(
      "(.*\\d{4}),?\\s+(?:(?:at|kl\\.?|klockan|um)\\s*)?(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?"
          + "(?:\\s*([ap])\\.?m\\.?)?(?:\\s+uhr)?" + ZONE, Pattern.CASE_INSENSITIVE);
  /** An English ordinal day, "25th", "1st"; its suffix must fit the number ("25st" is not read). */
  private static final Pattern ORDINAL = Pattern.compile("\\b(\\d{1,2})(st|nd|rd|th)\\b", Pattern.CASE_INSENSITIVE);
  /** "the 25th of": the article and "of" around an English ordinal day, which the written forms do not take. */
  private static final Pattern ORDINAL_OF = Pattern.compile("(?i)(?:\\bthe\\s+)?\\b(\\d{1,2}(?:st|nd|rd|th))\\s+of\\s+");
  /** Year first with slashes, as Japanese-style and some CMS exports write it; never month-last. */
  private static final DateTimeFormatter YEAR_FIRST_SLASHED =
      DateTimeFormatter.ofPattern("uuuu/M/d", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern COMPACT = Pattern.compile("\\d{8}");

  private Dates() {}

  private static List<DateTimeFormatter> written() {
    String weekday = "[EEEE, ][EEEE ][EEE, ][EEE ]";
    List<DateTimeFormatter> out = new ArrayList<>();
    for (String[] f : FORMS) {
      Locale locale = Locale.forLanguageTag(f[0]);
      Map<Long, String> abbreviated = abbreviatedWithoutDot(locale);
      for (int i = 1; i < f.length; i++) {
        var b = new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(weekday);
        int at = f[i].indexOf("MMM");
        if (f[i].contains("MMMM") || at < 0) {
          b.appendPattern(f[i]);
        } else {
          // the abbreviation with or without its dot: CLDR's Norwegian "apr." is "apr" on many sites
          b.appendPattern(f[i].substring(0, at)).appendText(ChronoField.MONTH_OF_YEAR, abbreviated)
              .optionalStart().appendLiteral('.').optionalEnd().appendPattern(f[i].substring(at + 3));
        }
        out.add(b.toFormatter(locale).withResolverStyle(ResolverStyle.STRICT));
      }
    }
    return List.copyOf(out);
  }

  private static Map<String, DayOfWeek> weekdays(TextStyle style) {
    Map<String, DayOfWeek> names = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (String[] f : FORMS) {
      for (DayOfWeek d : DayOfWeek.values()) {
        String name = d.getDisplayName(style, Locale.forLanguageTag(f[0])).toLowerCase(Locale.ROOT);
        name = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        DayOfWeek before = names.put(name, d);
        if (before != null && before != d) {
          ambiguous.add(name);
        }
      }
    }
    names.keySet().removeAll(ambiguous);
    return Map.copyOf(names);
  }

  /**
   * The weekday {@code word} names in a language whose written dates are read: in full
   * ("Thursday", "torsdag", "Donnerstag"), or abbreviated with a dot or a comma after it ("Thu,",
   * "tor.", "jue."), so that a word such as "Sun" or "man" alone is not taken for one;
   * case-insensitive; null when none (and for null).
   */
  public static DayOfWeek weekday(String word) {
    if (word == null) {
      return null;
    }
    String w = word.strip().toLowerCase(Locale.ROOT);
    boolean marked = w.endsWith(",") || w.endsWith(".");
    w = w.replaceAll("[.,]+$", "");
    DayOfWeek full = WEEKDAYS.get(w);
    return full != null || !marked ? full : WEEKDAYS_ABBREVIATED.get(w);
  }

  private static Map<Long, String> abbreviatedWithoutDot(Locale locale) {
    Map<Long, String> names = new HashMap<>();
    for (Month m : Month.values()) {
      String name = m.getDisplayName(TextStyle.SHORT, locale);
      names.put((long) m.getValue(), name.endsWith(".") ? name.substring(0, name.length() - 1) : name);
    }
    return names;
  }

  /**
   * RFC 822/1123 dates of RSS ("Wed, 24 Apr 2019 10:00:00 +0200", "GMT", no weekday), ISO-8601 or
   * day-first with dots ("25.04.2019"), a written month ("25 April 2019", "April 25th, 2019",
   * "Friday, 26 April 2019", "25. apr 2019", "26 de abril de 2019"), with a local time after it or
   * not ("25 April 2019 10:46", "April 25, 2019 at 10:00 AM", "25. april 2019 kl. 10.46"), or
   * year-first "2019/04/25" and "20190425"; null when none of these (and for null or blank). The whole string must be the date:
   * no search inside longer text. Never throws.
   */
  public static ArticleDate parse(String raw) {
    return parse(raw, null);
  }

  /**
   * As {@link #parse(String)}, with the language of the article the date belongs to (a tag such
   * as "nb" or "en-GB", or null when not known): a slashed date that both orders could read
   * ("05/04/2019") is then read day first in a language that writes it so (Norwegian, Danish,
   * Swedish, German, Spanish), and left unread otherwise. Never throws.
   */
  public static ArticleDate parse(String raw, String language) {
    if (raw == null) {
      return null;
    }
    // a no-break or other Unicode space ("25.&nbsp;april&nbsp;2019", "Thu,&#160;25&#160;Apr ...") is a
    // space: the patterns' \s, strip() and isBlank() see none of them, so such a date was unread
    String s = ReaderText.plainSpaces(raw).strip();
    if (s.isEmpty()) {
      return null;
    }
    var iso = ArticleDate.parse(s);
    if (iso.isPresent()) {
      return iso.get();
    }
    Matcher m = DAY_FIRST.matcher(s);
    if (m.matches()) {
      int year = Integer.parseInt(m.group(3));
      year = m.group(3).length() == 2 ? year + (year < CENTURY_PIVOT ? 2000 : 1900) : year;
      return numeric(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)), m);
    }
    m = SLASHED.matcher(s);
    if (m.matches()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(2));
      int year = Integer.parseInt(m.group(3));
      if (a > 31 && m.group(1).length() == 2 && m.group(3).length() == 2) {
        // "98/04/25": a first number no day can be is the year, and then the month and day follow
        return numeric(a + (a < CENTURY_PIVOT ? 2000 : 1900), b, year, m);
      }
      year = m.group(3).length() == 2 ? year + (year < CENTURY_PIVOT ? 2000 : 1900) : year;
      String lang = language == null ? "" : language.toLowerCase(Locale.ROOT).split("[-_]")[0];
      if (a > 12 || a == b || b <= 12 && DAY_FIRST_LANGUAGES.contains(lang)) {
        return numeric(year, b, a, m);
      }
      return b > 12 ? numeric(year, a, b, m) : null;
    }
    String norm = s.replaceAll("\\s+", " ").replaceFirst("^[A-Za-z]{3},? ", "");
    norm = norm.replace(" GMT", " +0000").replace(" UTC", " +0000").replace(" UT", " +0000").replace(" Z", " +0000")
        .replace(" EST", " -0500").replace(" EDT", " -0400").replace(" CET", " +0100").replace(" CEST", " +0200")
        // the rest of RFC 822's zones (US feeds), and Europe's that feeds write
        .replace(" CST", " -0600").replace(" CDT", " -0500").replace(" MST", " -0700").replace(" MDT", " -0600")
        .replace(" PST", " -0800").replace(" PDT", " -0700").replace(" EET", " +0200").replace(" EEST", " +0300")
        .replace(" WET", " +0000").replace(" WEST", " +0100").replace(" BST", " +0100")
        .replace(" MESZ", " +0200").replace(" MEZ", " +0100"); // German sites' CEST and CET
    for (int i = 0; i < PATTERNS.length; i++) {
      String pattern = PATTERNS[i];
      DateTimeFormatter f = FORMATS[i];
      try {
        if (pattern.endsWith("Z")) {
          return ArticleDate.ofOffset(ZonedDateTime.parse(norm, f).toOffsetDateTime());
        } else if (pattern.contains("HH")) {
          var ldt = LocalDateTime.parse(norm, f);
          return new ArticleDate(ldt.toLocalDate(), ldt.toLocalTime(), ArticleDate.Precision.TIME, false);
        } else {
          return ArticleDate.ofDay(LocalDate.parse(norm, f));
        }
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    try {
      return ArticleDate.ofOffset(OffsetDateTime.parse(s));
    } catch (DateTimeParseException e) {
      return writtenOrYearFirst(s.replaceAll("\\s+", " "));
    }
  }

  /** The day, with the time and zone of a numeric date's match (groups 4 to 6) if any; null when no such day or time. */
  private static ArticleDate numeric(int year, int month, int day, Matcher m) {
    try {
      LocalDate d = LocalDate.of(year, month, day);
      return m.group(4) == null ? ArticleDate.ofDay(d)
          : at(d, LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5))), m.group(6));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static ArticleDate writtenOrYearFirst(String s) {
    try {
      if (COMPACT.matcher(s).matches()) {
        return ArticleDate.ofDay(LocalDate.parse(s, DateTimeFormatter.BASIC_ISO_DATE));
      }
      if (s.indexOf('/') == 4) {
        return ArticleDate.ofDay(LocalDate.parse(s, YEAR_FIRST_SLASHED));
      }
    } catch (DateTimeParseException e) {
      return null;
    }
    // "the 25th of April 2019", "Thursday, the 25th of April 2019": as "25th April 2019"
    String day = withoutOrdinal(ORDINAL_OF.matcher(s).replaceFirst("$1 "));
    if (day == null) {
      return null;
    }
    Matcher t = TIME_AFTER.matcher(day);
    if (!t.matches()) {
      LocalDate d = written(day);
      return d == null ? null : ArticleDate.ofDay(d);
    }
    LocalDate d = written(t.group(1));
    LocalTime time = time(t);
    return d == null || time == null ? null : at(d, time, t.group(6));
  }

  /**
   * The day and time, local as written when {@code zone} is null, else kept in UTC with the zone's
   * offset ("25 April 2019 10:00 CET", "24.04.2019 14:30 +0200"); an unknown zone ("10:00 XYZ")
   * reads nothing, as a bad offset would (the day may be another one on the publisher's clock).
   */
  private static ArticleDate at(LocalDate day, LocalTime time, String zone) {
    if (zone == null) {
      return new ArticleDate(day, time, ArticleDate.Precision.TIME, false);
    }
    String offset = ZONES.getOrDefault(zone.toUpperCase(Locale.ROOT), zone);
    try {
      return ArticleDate.ofOffset(OffsetDateTime.of(day, time, ZoneOffset.of(
          offset.length() == 5 ? offset.substring(0, 3) + ":" + offset.substring(3) : offset)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static LocalDate written(String s) {
    for (DateTimeFormatter f : WRITTEN) {
      try {
        return LocalDate.parse(s, f);
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return null;
  }

  /** The time TIME_AFTER matched, or null when there is no such time ("25:00", "13:00 PM"). */
  private static LocalTime time(Matcher t) {
    int hour = Integer.parseInt(t.group(2));
    String half = t.group(5);
    if (half != null) {
      if (hour < 1 || hour > 12) {
        return null;
      }
      hour = hour % 12 + (half.equalsIgnoreCase("p") ? 12 : 0);
    }
    try {
      return LocalTime.of(hour, Integer.parseInt(t.group(3)), t.group(4) == null ? 0 : Integer.parseInt(t.group(4)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** {@code s} with "25th" as "25"; null when a suffix does not fit its number ("25st"). */
  private static String withoutOrdinal(String s) {
    Matcher m = ORDINAL.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int n = Integer.parseInt(m.group(1));
      String fits = n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) {
        case 1 -> "st";
        case 2 -> "nd";
        case 3 -> "rd";
        default -> "th";
      };
      if (!m.group(2).equalsIgnoreCase(fits)) {
        return null;
      }
      m.appendReplacement(out, m.group(1));
    }
    m.appendTail(out);
    return out.toString();
  }
}
