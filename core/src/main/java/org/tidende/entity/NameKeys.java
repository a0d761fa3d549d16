package org.tidende.entity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.tidende.analysis.Exonyms;
import org.tidende.model.Language;

/**
 * Language-neutral keys for names, so the spellings of one person or place across languages and
 * transliterations meet: {@code Usjakov, Ushakov, Ушаков → "usakov"}; {@code Nord-Korea,
 * Nordkorea, North Korea, Nordkoreas → "north korea"}; {@code Russkijøya, Russky-øen, Russky
 * Island → "ruski island"}.
 *
 * <p>Design: a pipeline of small, deterministic steps over the surface form:
 * <ol>
 *   <li>Leading describing words in lower case go ({@link #withoutModifiers}: {@code centrala
 *       Stockholm}); an ordinal in digits is none ({@code 97th Avenue} stays whole, where it was keyed and
 *       shown "Avenue": ECB+ dev story view, session 34; ECB+ BCubed 0.9364 unchanged).</li>
 *   <li>NFC, lower case ({@link Locale#ROOT}), possessive apostrophes dropped ({@code Putin's});
 *       split into tokens on anything that is not a letter or digit (hyphens, spaces, dots), so
 *       {@code Kim Jong-un, Kim Jong Un, Kim Jong-Un} give the same tokens.</li>
 *   <li>A leading article goes where the language uses one before names ({@code the} in English;
 *       {@code den/det} in Danish and Norwegian when at least two words follow, which keeps {@code
 *       Den Haag}).</li>
 *   <li>A leading title or form of address goes when a name follows it ({@code Kaptein Henrik
 *       Åsland, President Putin, Mr. Obama, Señor García}): the sentence-initial title the tagger
 *       takes into the span would otherwise keep two spellings of one person apart. The list
 *       ({@link #TITLES}) holds words that are only titles in nb, nn, da, sv, en, de and es;
 *       ambiguous ones ({@code General Motors}, {@code Miss Universe}, {@code King's College},
 *       {@code Don Johnson}, {@code SR}) are left out.</li>
 *   <li>Genitive: a final {@code -s} on the last token is dropped (token of 4+ letters, or 3+ in a
 *       name of several tokens such as {@code Kim Jong-uns}; not {@code -ss}; and after an acronym
 *       of any length, {@code FHs}, {@code DR's}, see {@link #withoutAcronymGenitive}). This runs in every
 *       language, not only where {@code -s} is a genitive, because a key must be the same in every
 *       language: {@code Thomas} in English and in Norwegian must meet,
 *       so both become {@code toma}. The price is that names differing only by a final s meet
 *       ({@code Marco/Marcos}); the upside is that {@code Athens/Athen} and {@code
 *       Brussels/Brussel} meet too.</li>
 *   <li>Island suffixes: a last token {@code øya, øy, øen, ø, ön, ö, island} (hyphenated or a word
 *       of its own), or a glued {@code -øya/-øen/-ön} after at least four letters, becomes the
 *       marker {@code island}.</li>
 *   <li>Compass prefixes: a first token {@code nord/north/norr, sør/syd/south/söder/süd,
 *       aust/øst/öst/east/ost, vest/väst/west} becomes {@code north/south/east/west}; glued
 *       Scandinavian forms ({@code Nordkorea, Sydkorea, Østfold}) are split when at least four
 *       letters follow ({@code Sydney} stays whole).</li>
 *   <li>A one-word place name that languages translate becomes its canonical form ({@link
 *       org.tidende.analysis.Exonyms}: {@code Copenhagen, Köpenhamn → københavn}; {@code Germany →
 *       tyskland}). Only whole one-word names: {@code Milan Kundera} keeps his given name.</li>
 *   <li>Each other token is folded by {@link SpellingFold} (transliteration, {@code sh/sj/sch},
 *       {@code j/y}, {@code w/v}, vowels, doubled letters), but for an acronym of two or three
 *       capitals, which is kept as its letters ({@code TT → tt}, {@code UNN → unn}, {@code SJ →
 *       sj}): its letters are the name, where folding made the Swedish agency TT the key {@code t}
 *       and the hospital UNN the UN's {@code un} (until session 38). Longer acronyms, and Roman
 *       numerals ({@code John Smith III}), are folded still, so {@code OSSE} meets {@code Osse}.</li>
 * </ol>
 * Tokens are joined by one space. {@link #sameEntity} adds one fuzzy rule on top for people:
 * equal last token and compatible given names ({@code J. Usjakov ~ Jurij Usjakov}).
 *
 * <p>Decisions: a compound such as {@code Hanoi-toppmøtet} or {@code Putin-møde} is a different
 * entity (an event) from {@code Hanoi} or {@code Putin}, so it keeps its second token and does not
 * merge. A bare surname ({@code Usjakov}) is not the same as a full name ({@code Jurij Usjakov})
 * out of context; {@link NameMerger} joins them within one story when that is unambiguous.
 *
 * <p>Cost: linear in the surface length, a few short-lived strings. Thread-safe, stateless.
 * Failure modes: see {@link SpellingFold}; translated names meet only where the short exonym table
 * lists them ({@code Kreml/Kremlin} and {@code Tyskland/Germany} do; {@code Utenriksdepartementet /
 * Foreign Ministry} does not); a compass word that is part of a
 * name ({@code Vestager}) is split, harmlessly, since every spelling of that name is split alike.
 */
public final class NameKeys {
  private NameKeys() {}

  /** Titles and forms of address dropped before a name (lower case, without a final dot). */
  static final Set<String> TITLES = Set.of(
      // nb, nn, da, sv
      "kaptein", "kaptajn", "kapten", "president", "presidenten", "præsident", "præsidenten", "statsminister",
      "statsministeren", "statsministern", "minister", "ministeren", "utenriksminister", "utanriksminister",
      "udenrigsminister", "utrikesminister", "finansminister", "justisminister", "justitsminister", "forsvarsminister",
      "försvarsminister", "professor", "dr", "doktor", "direktør", "direktör", "ordfører", "ordførar",
      "borgmester", "borgmästare", "biskop", "biskopen", "fru", "frøken", "fröken", "herr", "hr", "kong", "kongen",
      "kung", "konge", "dronning", "drottning", "redaktør", "sjefredaktør", "pave", "paven", "påve",
      "prins", "prinsesse", "prinsessan", "kronprins", "kronprinsesse", "kronprinsessan", "oberst", "kommandør",
      "statsråd", "statsrådet", "generalsekretær", "generalsekreterare", "senator", "guvernør", "guvernör",
      // en
      "mr", "mrs", "ms", "prof", "captain", "capt", "sir", "princess", "governor", "gov",
      "colonel", "col", "lt", "sgt", "sergeant", "chancellor", "pope", "rev", "reverend", "mayor", "ambassador",
      // de
      "frau", "präsident", "präsidentin", "bundeskanzler", "bundeskanzlerin", "kanzler", "kanzlerin", "ministerin",
      "kapitän", "könig", "königin",
      // es
      "señor", "señora", "doña", "presidente", "presidenta", "capitán", "reina", "ministro",
      "ministra", "doctora");

  private static final Map<String, String> COMPASS = Map.ofEntries(
      Map.entry("nord", "north"), Map.entry("north", "north"), Map.entry("norr", "north"),
      Map.entry("nordre", "north"), Map.entry("sør", "south"), Map.entry("syd", "south"),
      Map.entry("south", "south"), Map.entry("söder", "south"), Map.entry("søndre", "south"),
      Map.entry("süd", "south"), Map.entry("sud", "south"), Map.entry("aust", "east"),
      Map.entry("øst", "east"), Map.entry("öst", "east"), Map.entry("east", "east"),
      Map.entry("ost", "east"), Map.entry("vest", "west"), Map.entry("väst", "west"),
      Map.entry("west", "west"));
  /** Glued compass prefixes (Scandinavian and German compounds); English writes two words. */
  private static final List<String> GLUED_COMPASS =
      List.of("nord", "norr", "sør", "syd", "süd", "øst", "öst", "vest", "väst");
  private static final Set<String> ISLAND_WORDS =
      Set.of("øya", "øy", "øyna", "øen", "ø", "ön", "ö", "island", "insel", "isla");
  /** Lower-case words that begin names (nobiliary and patronymic particles, Arabic and Dutch articles). */
  static final Set<String> PARTICLES = Set.of("von", "van", "der", "den", "de", "da", "di", "du", "dos", "das", "del",
      "della", "la", "le", "af", "av", "zu", "ter", "ten", "al", "el", "bin", "ben", "ibn", "mac", "st");

  private static final List<String> GLUED_ISLAND = List.of("øya", "øen", "ön");
  private static final Set<String> MARKERS = Set.of("north", "south", "east", "west", "island");
  private static final Pattern ACRONYM_SPLIT = Pattern.compile("[^\\p{L}\\p{M}\\p{Nd}]+");

  /**
   * The key of a name: lower-case folded tokens joined by single spaces, or {@code ""} when the
   * surface has no letters or digits.
   *
   * @param surface the name as written ({@code "Nord-Koreas"}); null is read as empty
   * @param lang the language it was written in; selects the leading-article rule, may be null
   */
  public static String key(String surface, Language lang) {
    return String.join(" ", keyTokens(surface, lang));
  }

  /**
   * True when two names are variants of one entity: equal keys, or (for names of two or more
   * tokens) the same last token with compatible given names, each given name of the shorter
   * matching, in order, a given name of the longer one exactly or by its initial. Compass and
   * island markers must match exactly, so {@code North Korea} and {@code South Korea} differ.
   */
  public static boolean sameEntity(String a, Language la, String b, Language lb) {
    return sameTokens(keyTokens(a, la), keyTokens(b, lb));
  }

  /** {@link #sameEntity} on key token lists. */
  static boolean sameTokens(List<String> ta, List<String> tb) {
    if (ta.isEmpty() || tb.isEmpty()) {
      return false;
    }
    if (ta.equals(tb)) {
      return true;
    }
    if (ta.size() < 2 || tb.size() < 2 || !ta.getLast().equals(tb.getLast())) {
      return false;
    }
    List<String> ga = ta.subList(0, ta.size() - 1);
    List<String> gb = tb.subList(0, tb.size() - 1);
    return ga.size() <= gb.size() ? givenNamesFit(ga, gb) : givenNamesFit(gb, ga);
  }

  /** True when {@code token} is a compass or island marker rather than a name part. */
  static boolean isMarker(String token) {
    return MARKERS.contains(token);
  }

  /** The key as a token list (see {@link #key}). */
  static List<String> keyTokens(String surface, Language lang) {
    if (surface == null || surface.isBlank()) {
      return List.of();
    }
    String cased = Normalizer.normalize(withoutAcronymGenitive(withoutModifiers(surface)), Normalizer.Form.NFC).strip();
    Set<String> acronyms = new HashSet<>(); // "TT", "UNN": kept as written, lower-cased
    for (String t : ACRONYM_SPLIT.split(cased)) {
      if (t.length() >= 2 && t.length() <= 3 && t.codePoints().allMatch(Character::isUpperCase)
          && !t.matches("[IVX]+")) { // "John Smith III": a numeral, folded as before
        acronyms.add(t.toLowerCase(Locale.ROOT));
      }
    }
    String s = cased.toLowerCase(Locale.ROOT);
    s = s.replace('’', '\'').replace('`', '\'');
    s = s.replaceAll("'s?(?=[^\\p{L}\\p{Nd}]|$)", "");
    List<String> tokens = new ArrayList<>(List.of(s.split("[^\\p{L}\\p{M}\\p{Nd}]+")));
    tokens.removeIf(String::isEmpty);
    dropArticle(tokens, lang);
    while (tokens.size() >= 2 && TITLES.contains(tokens.getFirst())) {
      tokens.removeFirst();
    }
    if (tokens.isEmpty()) {
      return List.of();
    }
    dropGenitive(tokens);
    if (tokens.size() == 1) {
      tokens.set(0, Exonyms.canonical(tokens.getFirst()));
    }
    markIsland(tokens);
    markCompass(tokens);
    List<String> out = new ArrayList<>(tokens.size());
    for (String t : tokens) {
      String f = MARKERS.contains(t) || acronyms.contains(t) ? t : SpellingFold.fold(t);
      if (!f.isEmpty()) {
        out.add(f);
      }
    }
    return List.copyOf(out);
  }

  /**
   * The surface without leading words written all in lower case before the capitalised name
   * ("centrala Stockholm", "sydvästra Pakistan", "statsminister Mette Frederiksen"): the tagger
   * takes a describing word into the span, and the name is the place or person it describes, so
   * the key and the name shown leave it out. Name particles stay ({@link #PARTICLES}: "von der
   * Leyen", "de Gaulle"), as do words with a capital anywhere ("iPhone") and the last word; a name
   * written all in lower case (case-less text) is returned whole. An ordinal in digits stays too
   * ({@link #ORDINAL}: "97th Avenue", "117th Street"): it is the street's name, not a description
   * (session 34; before, "97th Avenue" was keyed and shown as "Avenue", so every numbered street of
   * a story met in one entry).
   */
  static String withoutModifiers(String surface) {
    String[] words = surface.strip().split("\\s+");
    int first = 0;
    boolean capital = Arrays.stream(words).anyMatch(NameKeys::hasCapital);
    while (capital && first < words.length - 1 && isLowerWord(words[first])
        && !ORDINAL.matcher(words[first]).matches() && !PARTICLES.contains(words[first].toLowerCase(Locale.ROOT))) {
      first++;
    }
    return first == 0 ? surface : String.join(" ", Arrays.copyOfRange(words, first, words.length));
  }

  /**
   * An English ordinal in digits, the name of a numbered street: "97th", "42nd", "1st" (the name
   * finder's street rule and the story view's why-together line read it too).
   */
  public static final String ORDINAL_WORD = "\\d{1,4}(?:st|nd|rd|th)";
  static final Pattern ORDINAL = Pattern.compile(ORDINAL_WORD);

  private static final Pattern ACRONYM_GENITIVE =
      Pattern.compile("(?:^|.*\\s)\\p{Lu}{2,}['’]?s");

  /**
   * The surface without the genitive ending of an acronym that ends it, written the Scandinavian
   * way without an apostrophe ({@code NATOs}, {@code FHs}) or with one ({@code DR's}, {@code
   * NRK’s}): capitals, then one lower-case s, is not a word. The genitive rule of the key needs
   * four letters, which most acronyms have not. With the apostrophe this changed the shown name of
   * 4 story entities on the Swedish and Norwegian feeds, the Norwegian archive and a 2,000-line
   * Danish slice ("DR's" three times, "EU's" once), all to the name.
   */
  static String withoutAcronymGenitive(String surface) {
    String s = surface.strip();
    if (!ACRONYM_GENITIVE.matcher(s).matches()) {
      return surface;
    }
    char before = s.charAt(s.length() - 2);
    return s.substring(0, s.length() - (before == '\'' || before == '’' ? 2 : 1));
  }

  private static boolean hasCapital(String t) {
    return t.chars().anyMatch(c -> Character.isUpperCase(c) || Character.isTitleCase(c));
  }

  private static boolean isLowerWord(String t) {
    return !hasCapital(t) && t.chars().anyMatch(Character::isLetter);
  }

  private static void dropArticle(List<String> tokens, Language lang) {
    if (tokens.size() < 2 || lang == null) {
      return;
    }
    String first = tokens.getFirst();
    boolean english = lang.equals(Language.EN) && first.equals("the");
    boolean danoNorwegian = (lang.equals(Language.DA) || lang.equals(Language.NB) || lang.equals(Language.NN))
        && (first.equals("den") || first.equals("det")) && tokens.size() >= 3;
    if (english || danoNorwegian) {
      tokens.removeFirst();
    }
  }

  private static void dropGenitive(List<String> tokens) {
    String last = tokens.getLast();
    int min = tokens.size() >= 2 ? 3 : 4; // Jong-uns, Jae-ins
    if (last.length() >= min && last.endsWith("s") && !last.endsWith("ss")) {
      tokens.set(tokens.size() - 1, last.substring(0, last.length() - 1));
    }
  }

  private static void markIsland(List<String> tokens) {
    String last = tokens.getLast();
    if (tokens.size() >= 2 && ISLAND_WORDS.contains(last)) {
      tokens.set(tokens.size() - 1, "island");
      return;
    }
    for (String suffix : GLUED_ISLAND) {
      if (last.endsWith(suffix) && last.length() - suffix.length() >= 4) {
        tokens.set(tokens.size() - 1, last.substring(0, last.length() - suffix.length()));
        tokens.add("island");
        return;
      }
    }
  }

  private static void markCompass(List<String> tokens) {
    String first = tokens.getFirst();
    String dir = COMPASS.get(first);
    if (dir != null && tokens.size() >= 2) {
      tokens.set(0, dir);
      return;
    }
    for (String prefix : GLUED_COMPASS) {
      if (first.startsWith(prefix) && first.length() - prefix.length() >= 4) {
        tokens.set(0, first.substring(prefix.length()));
        tokens.addFirst(COMPASS.get(prefix));
        return;
      }
    }
  }

  /** Each of {@code shorter}'s given names matches, in order, one of {@code longer}'s. */
  private static boolean givenNamesFit(List<String> shorter, List<String> longer) {
    if (shorter.isEmpty()) {
      return false;
    }
    if (!compatible(shorter.getFirst(), longer.getFirst())) {
      return false;
    }
    int j = 1;
    for (int i = 1; i < shorter.size(); i++) {
      while (j < longer.size() && !compatible(shorter.get(i), longer.get(j))) {
        j++;
      }
      if (j == longer.size()) {
        return false;
      }
      j++;
    }
    return true;
  }

  private static boolean compatible(String x, String y) {
    if (x.equals(y)) {
      return true;
    }
    // A marker (north, island) meets only itself or its initial: N. Korea ~ North Korea.
    return (x.length() == 1 && y.startsWith(x)) || (y.length() == 1 && x.startsWith(y));
  }
}
