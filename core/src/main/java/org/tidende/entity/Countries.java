package org.tidende.entity;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Country names in Tidende's languages, from the Unicode CLDR data the JDK ships ({@link
 * Locale#getDisplayCountry(Locale)}): {@code Nord-Korea} (nb, nn), {@code Nordkorea} (da, sv, de),
 * {@code North Korea}, {@code Corea del Norte}; {@code USA}, {@code United States}, {@code Estados
 * Unidos}.
 *
 * <p>Why: NorNE tags a country acting as a state ("USA innførte sanksjonar") GPE_ORG, which its
 * training files fold to ORG, so the Norwegian model calls countries organisations about as often
 * as places. A story view that answers "where" should list {@code Nord-Korea} as a place. The JDK's
 * CLDR tables are maintained, cover all 249 ISO countries in every language Tidende reads, and
 * cost nothing to ship.
 *
 * <p>Nationality adjectives ({@link #isNationality}) come from the same tables' language names.
 *
 * <p>Design: one set of lower-cased names, each also without a final genitive {@code s}
 * ({@code Russlands} → {@code russland}) when looking up. Cost: built once (about 2,000 names),
 * then one hash lookup per name. Failure modes: only the CLDR short names are known ({@code
 * Storbritannia}, not {@code Det forente kongerike}); country names that are also given names
 * ({@code Jordan}, {@code Chad}) are only used to re-type ORG mentions, never PER ones (see {@link
 * Display}); regions and cities are not listed.
 */
public final class Countries {
  private static final String[] LANGUAGES = {"nb", "nn", "no", "da", "sv", "en", "de", "es"};
  private static final Set<String> NAMES = new HashSet<>();
  /** Lower-cased language names of the two-letter ISO languages ("norsk", "norska", "Norwegian"). */
  private static final Set<String> LANGUAGE_NAMES = new HashSet<>();
  /** Lower-cased English country names ("australia", "iran"), the stems of English demonyms. */
  private static final Set<String> ENGLISH_NAMES = new HashSet<>();
  /** English demonyms no language or country name gives: of a continent, a people, or irregular. */
  private static final Set<String> IRREGULAR_DEMONYMS = Set.of("american", "british", "european", "african",
      "asian", "arab", "scottish", "swiss", "belgian", "lebanese", "afghan", "saudi", "palestinian", "filipino",
      "emirati", "qatari", "peruvian", "argentine", "moroccan");

  static {
    for (String code : Locale.getISOLanguages()) {
      Locale language = Locale.of(code);
      for (String lang : LANGUAGES) {
        String name = language.getDisplayLanguage(Locale.forLanguageTag(lang));
        if (name.length() > 3 && !name.equals(code) && name.indexOf(' ') < 0) {
          LANGUAGE_NAMES.add(name.toLowerCase(Locale.ROOT));
        }
      }
    }
    for (String code : Locale.getISOCountries()) {
      Locale country = Locale.of("", code);
      for (String lang : LANGUAGES) {
        String name = country.getDisplayCountry(Locale.forLanguageTag(lang));
        if (!name.isBlank() && !name.equals(code)) {
          NAMES.add(name.toLowerCase(Locale.ROOT));
          if (lang.equals("en")) {
            ENGLISH_NAMES.add(name.toLowerCase(Locale.ROOT));
          }
        }
      }
    }
    NAMES.add("usa");
  }

  private Countries() {}

  /**
   * Whether {@code word} is a nationality adjective: a language's name in one of Tidende's
   * languages ({@code Norwegian}, {@code norsk}, {@code norska}), also with a Scandinavian plural or
   * definite {@code -e} ({@code norske}, {@code danske}). The story view shows it as MISC (as
   * CoNLL does), and drops it when only common nouns follow ("Norska forskare" is a description,
   * not a name).
   */
  public static boolean isNationality(String word) {
    String w = word.strip().toLowerCase(Locale.ROOT);
    return LANGUAGE_NAMES.contains(w)
        || (w.length() > 5 && w.endsWith("e") && LANGUAGE_NAMES.contains(w.substring(0, w.length() - 1)));
  }

  /**
   * Whether {@code word} is an English adjective of a nationality or origin: a nationality adjective
   * ({@link #isNationality}: "Norwegian", "Japanese"), an English country name with a demonym's
   * ending, the name's last vowel dropped or not ("Australia-n", "Iran-ian", "Canad-ian",
   * "Mexic-an", "Israel-i", "Sudan-ese"), or one of a few irregular ones ("American", "British",
   * "European"). Only English writes these with a capital; Scandinavian, German and Spanish ones
   * are lower case. Used by the story view, not by clustering ({@code analysis.Demonyms} says why
   * English demonyms are no country feature there).
   */
  public static boolean isDemonym(String word) {
    String w = word.strip().toLowerCase(Locale.ROOT);
    if (isNationality(w) || IRREGULAR_DEMONYMS.contains(w)) {
      return true;
    }
    for (String end : new String[] {"n", "an", "ian", "i", "ese"}) {
      if (w.length() > end.length() + 2 && w.endsWith(end)) {
        String stem = w.substring(0, w.length() - end.length());
        if (ENGLISH_NAMES.contains(stem) || ENGLISH_NAMES.contains(stem + "a") || ENGLISH_NAMES.contains(stem + "o")
            || ENGLISH_NAMES.contains(stem + "y") || ENGLISH_NAMES.contains(stem + "e")) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether {@code name} as written (any case, no ending taken off) names a country: "Belarus" and
   * "Bahamas" do, "Frankrigs" does not.
   */
  public static boolean isCountryAsWritten(String name) {
    return NAMES.contains(name.strip().toLowerCase(Locale.ROOT));
  }

  /** Whether {@code name} (any case, optionally with a genitive {@code s} or {@code 's}) names a country. */
  public static boolean isCountry(String name) {
    return countryName(name) != null;
  }

  /**
   * The country {@code name} names, as written but without a genitive ending ("Kinas" and "Kina's"
   * give "Kina"; "Bahamas" stays), or null when it names none.
   */
  static String countryName(String name) {
    String s = name.strip().replace('’', '\'');
    String n = s.toLowerCase(Locale.ROOT);
    if (NAMES.contains(n)) {
      return s;
    }
    for (String end : new String[] {"'s", "s"}) {
      if (n.length() > end.length() + 1 && n.endsWith(end) && NAMES.contains(n.substring(0, n.length() - end.length()))) {
        return s.substring(0, s.length() - end.length());
      }
    }
    return null;
  }
}
