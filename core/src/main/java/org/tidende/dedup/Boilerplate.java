package org.tidende.dedup;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes boilerplate that outlets add around the same wire text, so that copies compare equal.
 *
 * <p>Design: line-level rules, conservative by construction. A line is dropped only when it is
 * short and matches a known form: photo credits ({@code Foto: AP}, {@code Bilde:}, {@code
 * Billede:}), cross-links ({@code Les også}, {@code Læs også}, {@code Läs också}, {@code Read
 * more}), share/social lines ({@code Del på Facebook}, {@code Dela}), cookie/consent lines,
 * advertisement markers ({@code Annonse}, {@code Annons}) and publish/update stamps. Inside a line,
 * a trailing photo credit ({@code "... i eit pansra tog. Foto: AP"}) and agency tags ({@code
 * (NTB)}, {@code (TT)}, {@code (Ritzau)}) are cut. Everything else is kept verbatim.
 *
 * <p>Why: wire copies differ mostly by such lines; removing them lets the exact hash catch copies
 * that differ only in furniture, and raises the Jaccard of near copies. Cost: one regex pass per
 * line, linear in the text. Failure modes: an article whose real sentence starts with "Les også"
 * and is under the length cap loses it (harmless for dedup, which only compares); boilerplate in a
 * language or form not listed stays and lowers similarity a little.
 *
 * <p>Stateless and thread-safe.
 */
public final class Boilerplate {
  private static final int U = Pattern.UNICODE_CHARACTER_CLASS;
  /**
   * The words that open a link to another article ("Les også", "Læs også", "Läs också", "Read
   * more"), lower case; the story view blanks such links inside a text too.
   */
  public static final String CROSS_LINK_MARKER = "(?:les|læs|läs|read|se|sjå)\\s+(?:også|ogso|òg|också|more|mer|mere|meir)";
  private static final int MAX_BOILERPLATE_WORDS = 16;
  private static final int MAX_COOKIE_WORDS = 40;

  private static final List<Pattern> LINE_RULES = List.of(
      // Photo, video and graphic credits.
      Pattern.compile("^(foto|photo|bilde|bild|billede|fotograf|illustrasjon|illustration|grafikk|grafik|video|kilde|källa)\\s*:.*", U),
      // Cross-links to other articles.
      Pattern.compile("^" + CROSS_LINK_MARKER + "\\b.*", U),
      // Share and social lines.
      Pattern.compile("^(del|dela|share|tweet|kopier\\s+lenke|kopiér\\s+link|kopiera\\s+länk|copy\\s+link|e-?post|email|facebook|twitter|x|linkedin|messenger|whatsapp)"
          + "(\\s+(på|paa|on|via|artikkelen|artiklen|artikeln|this|article|saken|lenke|link|facebook|twitter|x|linkedin|e-?post))*\\s*$", U),
      // Advertisement markers and publish/update stamps.
      Pattern.compile("^(annonse|annons|annonce|advertisement|reklame|reklam|sponset|sponsored)\\s*$", U),
      Pattern.compile("^(publisert|oppdatert|publicerad|uppdaterad|publiceret|opdateret|published|updated|sist\\s+oppdatert)\\b.*\\d.*", U));

  /**
   * The first words the line rules can start with: each rule's first alternative is followed by a
   * non-letter, so a line whose leading run of letters is not one of these matches no rule and the
   * regexes are skipped (most lines). {@code e} stands for {@code e-post}.
   */
  private static final Set<String> FIRST_WORDS = Set.of(
      "foto", "photo", "bilde", "bild", "billede", "fotograf", "illustrasjon", "illustration", "grafikk", "grafik",
      "video", "kilde", "källa", "les", "læs", "läs", "read", "se", "sjå", "del", "dela", "share", "tweet", "kopier",
      "kopiér", "kopiera", "copy", "e", "epost", "email", "facebook", "twitter", "x", "linkedin", "messenger",
      "whatsapp", "annonse", "annons", "annonce", "advertisement", "reklame", "reklam", "sponset", "sponsored",
      "publisert", "oppdatert", "publicerad", "uppdaterad", "publiceret", "opdateret", "published", "updated", "sist");

  private static final Pattern TRAILING_CREDIT =
      Pattern.compile("(?i)(?<=[.!?»”\"]|^)\\s*(foto|photo|bilde|bild|billede)\\s*:\\s*[^.!?\\n]{1,60}$", U);
  /**
   * The wire agencies, as they write their names: their credit tags ({@link #AGENCY_TAG}) and the
   * names {@link #isAgencyName} knows come from this one list.
   */
  private static final List<String> AGENCIES = List.of("NTB", "TT", "Ritzau", "AFP", "AP", "Reuters", "dpa", "NWT",
      "NTB Scanpix", "Ritzau Scanpix");
  private static final Pattern AGENCY_TAG = Pattern.compile("(?i)[(\\[]\\s*(©\\s*)?("
      + String.join("|", AGENCIES.stream().map(a -> a.toLowerCase(Locale.ROOT).replace(" ", "\\s+")).toList())
      + ")\\s*[)\\]]", U);

  private Boilerplate() {}

  /**
   * Returns the text without boilerplate lines and inline credits; line breaks of kept lines are
   * kept. Null gives the empty string.
   */
  public static String strip(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    StringBuilder out = null; // made only once a line changes: most texts come back as they are
    int start = 0;
    while (true) {
      int end = text.indexOf('\n', start);
      String line = text.substring(start, end < 0 ? text.length() : end);
      String kept = keep(line);
      if (out == null && !kept.equals(line)) {
        out = new StringBuilder(text.length()).append(text, 0, start);
      }
      if (out != null) {
        out.append(kept);
        if (end >= 0) {
          out.append('\n');
        }
      }
      if (end < 0) {
        return out == null ? text : out.toString();
      }
      start = end + 1;
    }
  }

  /** The line as kept: empty when it is boilerplate, else without inline credits and agency tags. */
  private static String keep(String line) {
    if (isBoilerplateLine(line)) {
      return "";
    }
    String kept = line;
    // Cheap guards first: the regexes run only on lines that can match.
    if (line.indexOf(':') >= 0 && mayHoldCredit(line)) {
      kept = TRAILING_CREDIT.matcher(kept).replaceAll("");
    }
    if (line.indexOf('(') >= 0 || line.indexOf('[') >= 0) {
      kept = AGENCY_TAG.matcher(kept).replaceAll(" ");
    }
    return kept;
  }

  /**
   * True when {@code s}, stripped, is an agency tag and nothing else: "(NTB)", "(©NTB)", "[TT]", "(Ritzau)"; the
   * story view's list of what each article adds leaves such a credit out.
   */
  public static boolean isAgencyTag(String s) {
    return s != null && s.length() <= 24 && AGENCY_TAG.matcher(s.strip()).matches();
  }

  /**
   * True when {@code name}, as written or in capitals, is a wire agency's name ("NTB", "TT", "Ritzau",
   * "Reuters", "DPA"):
   * an organisation, which the story view types so wherever the name finders read it (they typed
   * "NTB" ORG and "TT" MISC).
   */
  public static boolean isAgencyName(String name) {
    String n = name == null ? "" : name.strip();
    return AGENCIES.stream().anyMatch(a -> a.equals(n) || a.toUpperCase(Locale.ROOT).equals(n)); // "dpa" or "DPA"
  }

  /** True when the whole line is boilerplate by the rules above. */
  public static boolean isBoilerplateLine(String line) {
    int words = countWords(line, MAX_COOKIE_WORDS + 1);
    if (words == 0 || words > MAX_COOKIE_WORDS) {
      return false;
    }
    String s = line.strip().toLowerCase(Locale.ROOT);
    if (s.contains("cookie") || s.contains("informasjonskapsl") || s.contains("informationskaps")) {
      return true;
    }
    if (words > MAX_BOILERPLATE_WORDS || !FIRST_WORDS.contains(leadingLetters(s))) {
      return false;
    }
    for (Pattern p : LINE_RULES) {
      if (p.matcher(s).matches()) {
        return true;
      }
    }
    return false;
  }

  private static String leadingLetters(String s) {
    int end = 0;
    while (end < s.length() && Character.isLetter(s.charAt(end))) {
      end++;
    }
    return s.substring(0, end);
  }

  private static boolean mayHoldCredit(String line) {
    return containsIgnoreCase(line, "foto") || containsIgnoreCase(line, "photo") || containsIgnoreCase(line, "bild");
  }

  /** Case-insensitive search for a lower-case ASCII needle, without copying the line. */
  private static boolean containsIgnoreCase(String line, String needle) {
    char first = needle.charAt(0);
    for (int i = 0; i + needle.length() <= line.length(); i++) {
      char c = line.charAt(i);
      if ((c == first || c == first - 32) && line.regionMatches(true, i, needle, 0, needle.length())) {
        return true;
      }
    }
    return false;
  }

  /** Whitespace-separated words, counting stops at {@code limit}. */
  private static int countWords(String line, int limit) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < line.length() && n < limit; i++) {
      boolean ws = Character.isWhitespace(line.charAt(i));
      if (!ws && !in) {
        n++;
      }
      in = !ws;
    }
    return n;
  }
}
