package org.tidende.flink.dedup;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Removes the furniture outlets add around the same wire text (photo credits, "read also" links,
 * share lines, advertisement markers, publish stamps, cookie notices, agency tags), line by line,
 * so copies compare equal. The same rules as core's {@code org.tidende.dedup.Boilerplate} (branch
 * {@code reuse}), kept identical so sketches match; replaced by it after the merge.
 *
 * <p>Conservative: a line is dropped only when it is short and matches a known form. Cost: one
 * regex pass per line. Stateless; thread-safe.
 */
final class BoilerplateLines {
  private static final int U = Pattern.UNICODE_CHARACTER_CLASS;
  private static final int MAX_BOILERPLATE_WORDS = 16;
  private static final int MAX_COOKIE_WORDS = 40;

  private static final List<Pattern> LINE_RULES = List.of(
      Pattern.compile("^(foto|photo|bilde|bild|billede|fotograf|illustrasjon|illustration|grafikk|grafik|video|kilde|källa)\\s*:.*", U),
      Pattern.compile("^(les|læs|läs|read|se|sjå)\\s+(også|ogso|òg|också|more|mer|mere|mer\\s+om|mere\\s+om|også\\s+om)\\b.*", U),
      Pattern.compile("^(del|dela|share|tweet|kopier\\s+lenke|kopiér\\s+link|kopiera\\s+länk|copy\\s+link|e-?post|email|facebook|twitter|x|linkedin|messenger|whatsapp)"
          + "(\\s+(på|paa|on|via|artikkelen|artiklen|artikeln|this|article|saken|lenke|link|facebook|twitter|x|linkedin|e-?post))*\\s*$", U),
      Pattern.compile("^(annonse|annons|annonce|advertisement|reklame|reklam|sponset|sponsored)\\s*$", U),
      Pattern.compile("^(publisert|oppdatert|publicerad|uppdaterad|publiceret|opdateret|published|updated|sist\\s+oppdatert)\\b.*\\d.*", U));

  private static final Pattern COOKIE = Pattern.compile(".*\\b(cookies?|informasjonskapsler|informationskapslar)\\b.*", U);
  private static final Pattern TRAILING_CREDIT =
      Pattern.compile("(?i)(?<=[.!?»”\"]|^)\\s*(foto|photo|bilde|bild|billede)\\s*:\\s*[^.!?\\n]{1,60}$", U);
  private static final Pattern AGENCY_TAG =
      Pattern.compile("(?i)[(\\[]\\s*(©\\s*)?(ntb|tt|ritzau|afp|ap|reuters|dpa|nwt|ntb\\s+scanpix)\\s*[)\\]]", U);

  private BoilerplateLines() {}

  /** The text without boilerplate lines and inline credits; null gives the empty string. */
  static String strip(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (String line : text.split("\n", -1)) {
      if (isBoilerplateLine(line)) {
        out.append('\n');
        continue;
      }
      String kept = TRAILING_CREDIT.matcher(line).replaceAll("");
      kept = AGENCY_TAG.matcher(kept).replaceAll(" ");
      out.append(kept).append('\n');
    }
    out.setLength(out.length() - 1);
    return out.toString();
  }

  static boolean isBoilerplateLine(String line) {
    String s = line.strip().toLowerCase(Locale.ROOT);
    if (s.isEmpty()) {
      return false;
    }
    int words = s.split("\\s+").length;
    if (words <= MAX_COOKIE_WORDS && COOKIE.matcher(s).matches()) {
      return true;
    }
    if (words > MAX_BOILERPLATE_WORDS) {
      return false;
    }
    for (Pattern p : LINE_RULES) {
      if (p.matcher(s).matches()) {
        return true;
      }
    }
    return false;
  }
}
