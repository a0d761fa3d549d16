package org.tidende.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes paywall teasers from an article's text before it is analysed: the sentence a feed puts
 * where a subscriber-only article's lead would be ("Dette er en pluss artikkel, log inn og les
 * videre på www.stangeavisa.no", "Denne artikel er kun for abonnenter", "Logga in för att läsa
 * vidare") and the subscription kicker Aftonbladet puts before a lead ("PLUS Trenden håller i
 * sig").
 *
 * <p>Why: the teaser is the same words under many unrelated headlines. When it is the only text
 * under a short headline, its words outweigh the headline's, and 28 local Norwegian items of a
 * week (of 58 carrying it) formed one story on "pluss artikkel, log inn og les videre". The
 * idf lowers such words but cannot remove them, as the teaser is all the text these items have.
 *
 * <p>The same holds for the footer WordPress puts under every item of a feed, "The post {title}
 * appeared first on NY TID." (English under Norwegian text): 12 unrelated book reviews of one
 * Norwegian outlet, in Danish, Bokmål and Nynorsk, formed one story on "post appeared first" and
 * the site's name. It is dropped when it closes the text ({@link #footerStart}), and so is
 * its translation ("Innlegget {title} dukket først opp på Energi24.no.", under 30 items of the
 * Norwegian feeds).
 *
 * <p>Method: a sentence (up to the next full stop, exclamation mark or question mark before a space,
 * or the line end; a full stop inside "www.avisa.no" does not end it) is dropped when
 * it opens with one of the listed paywall phrases, in Norwegian (both written forms), Danish,
 * Swedish or English, and is at most {@value #MAX_TEASER_CHARS} characters long; a leading
 * all-capitals {@code PLUS} before a capitalised word is dropped too. Everything else is kept
 * verbatim. Cost: one pass over the text to find sentence starts, and the pattern tried at each
 * (0.4 µs a text on the shared Scandinavian news; tried at every character it cost 16 µs, a tenth of
 * the pipeline). Failure modes: a teaser worded otherwise stays (and counts as text, as
 * before); a real sentence opening "Logg inn og les ..." in an article about logging in would go.
 *
 * <p>Stateless and thread-safe.
 */
public final class Teasers {
  static final int MAX_TEASER_CHARS = 160;

  private static final Pattern TEASER = Pattern.compile(
      "(?iu)(?:"
          // nb / nn: "Dette er en pluss artikkel", "Denne artikkelen er for abonnenter", "Logg inn og les videre"
          + "det(?:te|ta) er ei?n? pluss-?\\s?artikkel"
          + "|denne artikkelen er (?:berre |bare |kun )?for abonnent(?:er|ar)"
          + "|logg? inn (?:og|for å) les[ea]? (?:videre|vidare|meir|mer|resten)"
          + "|du må (?:være|vere) (?:innlogg(?:et|a)|logg(?:et|a) inn) for å (?:se|sjå|lese?) "
          + "(?:innholdet|innhaldet|saken|artikkelen)"
          // da: "Denne artikel er kun for abonnenter", "Log ind for at læse videre"
          + "|denne artikel er (?:kun )?for abonnenter"
          + "|log ind (?:og|for at) læs(?:e)? (?:videre|mere|resten)"
          // sv: "Denna artikel är endast för prenumeranter", "Logga in för att läsa vidare"
          + "|denna artikel är (?:endast |bara )?för (?:prenumeranter|plusprenumeranter)"
          + "|logga in (?:och|för att) läs(?:a)? (?:vidare|mer|resten)"
          // en
          + "|this (?:article|story|content) is (?:only )?(?:available )?(?:to|for) subscribers"
          + "|subscribe (?:now )?to (?:continue|read)"
          + ")(?:[^.!?\\n]|[.!?](?=\\S)){0," + MAX_TEASER_CHARS + "}(?:[.!?]+(?=\\s|$)|\\s*(?=\\n)|\\s*$)"
          + "(?:\\s*log\\s?in\\b)?"); // the button text some feeds keep after it
  private static final Pattern PLUS_KICKER = Pattern.compile("^\\s*PLUS\\s+(?=\\p{Lu})");

  private Teasers() {}

  /** Longest title and site name a feed footer ({@link #footerStart}) is taken to hold. */
  static final int MAX_FOOTER_TITLE = 300;
  static final int MAX_FOOTER_SITE = 60;

  /**
   * {@code text} without paywall teaser sentences, a leading {@code PLUS} kicker and a closing feed
   * footer ({@link #removals}).
   */
  public static String strip(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    for (int[] r : removals(text)) {
      out.append(text, at, r[0]);
      at = r[1];
    }
    return out.append(text, at, text.length()).toString().strip();
  }

  /**
   * {@code text} with what {@link #strip} removes overwritten by spaces, line ends kept: the same
   * length, so character offsets into it are offsets into {@code text} (the story view's passage
   * spans).
   */
  public static String blank(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    char[] out = text.toCharArray();
    for (int[] r : removals(text)) {
      for (int i = r[0]; i < r[1]; i++) {
        if (out[i] != '\n') {
          out[i] = ' ';
        }
      }
    }
    return new String(out);
  }

  /**
   * The {start, end} character ranges of {@code text} that are not analysed, in order: a leading
   * {@code PLUS} kicker, each teaser sentence with the spaces before it (the pattern is tried at
   * sentence starts only), a closing feed footer.
   */
  private static List<int[]> removals(String text) {
    List<int[]> out = new ArrayList<>();
    Matcher k = PLUS_KICKER.matcher(text);
    int from = k.lookingAt() ? k.end() : 0;
    if (from > 0) {
      out.add(new int[] {0, from});
    }
    int footer = footerStart(text);
    int n = footer < from ? text.length() : footer;
    Matcher m = TEASER.matcher(text);
    int i = from;
    while (i < n) {
      int s = i;
      while (s < n && (text.charAt(s) == ' ' || text.charAt(s) == '\t')) {
        s++;
      }
      if (s < n && m.region(s, n).lookingAt()) {
        out.add(new int[] {i, m.end()});
        i = m.end();
        continue;
      }
      i = nextSentence(text, s);
    }
    if (n < text.length()) {
      out.add(new int[] {n, text.length()});
    }
    return out;
  }
  /**
   * The footer WordPress feeds close every item with, as {prefix, marker} around the title: English
   * ("The post {title} appeared first on {site}."), which many Scandinavian sites print whatever
   * the item's language, and WordPress's own Norwegian (seen in the Norwegian feeds), Nynorsk,
   * Danish, Swedish, German and Spanish translations.
   */
  private static final String[][] FOOTERS = {
      {"The post ", " appeared first on "},
      {"Innlegget ", " dukket først opp på "},
      {"Innlegget ", " dukka først opp på "},
      {"Indlægget ", " blev vist første gang på "},
      {"Inlägget ", " dök först upp på "},
      {"Der Beitrag ", " erschien zuerst auf "},
      {"La entrada ", " se publicó primero en "}};

  /**
   * Where the footer WordPress feeds close every item with ({@link #FOOTERS}) starts in {@code t},
   * or -1: it must end the text, a title then a site name of at most {@value #MAX_FOOTER_SITE}
   * characters ("NY TID", "vg.no") with no comma, question or exclamation mark and no full stop but
   * its last.
   */
  private static int footerStart(String t) {
    for (String[] f : FOOTERS) {
      int p = footerStart(t, f[0], f[1]);
      if (p >= 0) {
        return p;
      }
    }
    return -1;
  }

  /** Where a closing footer "{prefix}{title}{marker}{site}" starts in {@code t}, or -1. */
  private static int footerStart(String t, String prefix, String marker) {
    int a = t.lastIndexOf(marker);
    if (a < 0) {
      return -1;
    }
    int p = t.lastIndexOf(prefix, a);
    String site = t.substring(a + marker.length()).strip();
    site = site.endsWith(".") ? site.substring(0, site.length() - 1).strip() : site;
    if (p < 0 || a <= p + prefix.strip().length() || a - p > MAX_FOOTER_TITLE || site.isEmpty()
        || site.length() > MAX_FOOTER_SITE
        || site.contains(". ") || site.chars().anyMatch(c -> c == ',' || c == '!' || c == '?' || c == '\n')) {
      return -1;
    }
    return p;
  }

  /** The position after the next full stop, exclamation or question mark, or line end from {@code i}. */
  private static int nextSentence(String t, int i) {
    for (int j = i; j < t.length(); j++) {
      char c = t.charAt(j);
      if (c == '.' || c == '!' || c == '?' || c == '\n') {
        return j + 1;
      }
    }
    return t.length();
  }
}
