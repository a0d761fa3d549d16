package org.tidende.ingest.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tidende.model.ArticleDate;
import org.tidende.model.ArticleDate.Precision;

/**
 * Tolerant reading of the dates pages carry: first {@link ArticleDate#parse} (ISO-8601), then ISO
 * with fractional seconds or slashes, RFC 1123 ({@code Tue, 19 Nov 2019 10:00:00 GMT}), compact
 * {@code 20191119}, numeric day-first {@code 19.11.2019}, and written months in English,
 * Norwegian, Danish, Swedish, German and Spanish ({@code November 19, 2019}, {@code 19. november
 * 2019}, {@code 19 de noviembre de 2019}). Years outside 1990–2100 are refused as noise. Never
 * throws.
 */
final class DateReading {
  private static final Pattern ISO_LOOSE = Pattern.compile(
      "(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:[.,]\\d+)?"
          + "\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");
  private static final Pattern COMPACT = Pattern.compile("(?<!\\d)(\\d{4})(\\d{2})(\\d{2})(?!\\d)");
  private static final Pattern DAY_FIRST = Pattern.compile("(?<!\\d)(\\d{1,2})[./](\\d{1,2})[./](\\d{4})(?!\\d)");
  private static final Pattern DAY_MONTH_NAME = Pattern.compile(
      "(?<!\\d)(\\d{1,2})\\.?\\s+(?:de\\s+)?(\\p{L}{3,10})\\.?,?\\s+(?:de\\s+)?(\\d{4})(?!\\d)");
  private static final Pattern MONTH_NAME_DAY = Pattern.compile(
      "(\\p{L}{3,10})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");
  private static final Map<String, Integer> MONTHS = months();

  private DateReading() {}

  /** The date in {@code raw}, or empty. */
  static Optional<ArticleDate> parse(String raw) {
    if (raw == null || raw.isBlank() || raw.length() > 200) {
      return Optional.empty();
    }
    String s = raw.strip();
    Optional<ArticleDate> iso = ArticleDate.parse(s).filter(DateReading::plausible);
    if (iso.isPresent()) {
      return iso;
    }
    return loose(s).filter(DateReading::plausible);
  }

  private static Optional<ArticleDate> loose(String s) {
    try {
      Matcher m = ISO_LOOSE.matcher(s);
      if (m.find()) {
        return Optional.of(isoLoose(m));
      }
      if (s.matches("(?i)^[a-z]{3},.*")) {
        ZonedDateTime z = ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME);
        return Optional.of(ArticleDate.ofOffset(z.toOffsetDateTime()));
      }
    } catch (DateTimeException | NumberFormatException e) {
      // fall through to the written forms
    }
    return written(s);
  }

  private static ArticleDate isoLoose(Matcher m) {
    LocalDate day = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
    if (m.group(4) == null) {
      return ArticleDate.ofDay(day);
    }
    LocalTime time = LocalTime.of(num(m, 4), num(m, 5), m.group(6) == null ? 0 : num(m, 6));
    String zone = m.group(7);
    if (zone != null) {
      ZoneOffset off = zone.equals("Z") ? ZoneOffset.UTC
          : ZoneOffset.of(zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
      return ArticleDate.ofOffset(day.atTime(time).atOffset(off));
    }
    return new ArticleDate(day, time, Precision.TIME, false);
  }

  private static Optional<ArticleDate> written(String s) {
    try {
      Matcher m = DAY_MONTH_NAME.matcher(s);
      while (m.find()) {
        Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
        if (month != null) {
          return Optional.of(ArticleDate.ofDay(LocalDate.of(num(m, 3), month, num(m, 1))));
        }
      }
      m = MONTH_NAME_DAY.matcher(s);
      while (m.find()) {
        Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
        if (month != null) {
          return Optional.of(ArticleDate.ofDay(LocalDate.of(num(m, 3), month, num(m, 2))));
        }
      }
      m = COMPACT.matcher(s);
      if (m.find() && s.length() <= 14) {
        return Optional.of(ArticleDate.ofDay(LocalDate.of(num(m, 1), num(m, 2), num(m, 3))));
      }
      m = DAY_FIRST.matcher(s);
      if (m.find()) {
        return Optional.of(ArticleDate.ofDay(LocalDate.of(num(m, 3), num(m, 2), num(m, 1))));
      }
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

  private static boolean plausible(ArticleDate d) {
    int y = d.date().getYear();
    return y >= 1990 && y <= 2100;
  }

  private static Map<String, Integer> months() {
    Map<String, Integer> m = new java.util.HashMap<>();
    String[][] names = {
      {"january", "jan", "januar", "januari", "jänner", "enero", "ene"},
      {"february", "feb", "februar", "februari", "febrero"},
      {"march", "mar", "mars", "marts", "märz", "marzo"},
      {"april", "apr", "abril", "abr"},
      {"may", "mai", "maj", "mayo"},
      {"june", "jun", "juni", "junio"},
      {"july", "jul", "juli", "julio"},
      {"august", "aug", "augusti", "agosto", "ago"},
      {"september", "sep", "sept", "septiembre", "setiembre"},
      {"october", "oct", "oktober", "okt", "octubre"},
      {"november", "nov", "noviembre"},
      {"december", "dec", "desember", "dezember", "diciembre", "dic", "dez", "des"}
    };
    for (int i = 0; i < names.length; i++) {
      for (String n : names[i]) {
        m.put(n, i + 1);
      }
    }
    return Map.copyOf(m);
  }
}
