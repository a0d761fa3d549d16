package org.tidende.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Fallback name finder for languages without training data (English, German, Spanish, ...):
 * maximal runs of capitalised tokens, typed by clues.
 *
 * <p>Algorithm: a run is a maximal sequence of tokens starting with an upper-case letter,
 * allowing inner connectors ("of", "de", "van", "&amp;") when a capitalised token follows. A
 * sentence-initial token is dropped when it is a known function word ("The", "Der", "El"), or when
 * it stands alone and nothing else vouches for it. Honorifics ("Mr", "President") mark the run
 * after them as PER and stay outside it. The type is then, in order: an organisation suffix or head
 * ("Inc", "University", "Party") → ORG; the gazetteer (names typed in the Scandinavian training
 * data, which share many international names, plus a short list of English country names); a name
 * seen earlier in the same document (a surname repeated alone); an all-capital acronym → ORG; a
 * preceding locative preposition ("in", "from", "nach", "desde") → LOC; a known first name or two
 * to four capitalised tokens → PER; a demonym-like suffix ("-ian", "-ese", "-ish") → MISC;
 * otherwise MISC.
 *
 * <p>Why: no annotated English/German/Spanish data is available here, and capitalisation is the
 * strongest single cue for names in these languages. Cost: linear in tokens, hash look-ups only.
 *
 * <p>Limits: German capitalises every noun, so German output has many false names (nouns in
 * mid-sentence runs); title-case headlines become one long run; lower-case names ("iPhone",
 * "de Gaulle" at run start) and sentence-initial single names not in the gazetteer are missed;
 * typing beyond the gazetteer is a guess (measured accuracy unknown, no test data). Thread-safe
 * (immutable after load).
 */
public final class CapitalisedNameRecognizer {
  /** Classpath location of the gazetteer written by {@link NerTrainer}. */
  public static final String GAZETTEER_RESOURCE = "/org/tidende/entity/ner-gazetteer.tsv";

  private static final Set<String> CONNECTORS = Set.of("of", "de", "del", "della", "di", "da", "van",
      "von", "der", "den", "la", "le", "du", "des", "al", "bin", "&", "for", "zu");
  private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "this", "that", "these",
      "those", "in", "on", "at", "for", "from", "to", "with", "by", "as", "after", "before", "when",
      "while", "if", "but", "and", "or", "so", "yet", "he", "she", "it", "we", "they", "i", "you",
      "his", "her", "its", "our", "their", "my", "there", "here", "what", "who", "why", "how", "where",
      "all", "some", "many", "most", "one", "two", "no", "not", "yes", "today", "yesterday", "tomorrow",
      "however", "meanwhile", "also", "now", "then", "last", "next", "new", "more", "according",
      "der", "die", "das", "ein", "eine", "im", "am", "auch", "und", "aber", "wie", "was", "wer", "es",
      "er", "sie", "wir", "ich", "nach", "bei", "mit", "für", "von", "zu", "auf", "dem", "den", "des",
      "el", "la", "los", "las", "un", "una", "en", "por", "para", "con", "del", "al", "pero", "y", "que",
      "según", "este", "esta", "ese", "esa", "su", "sus", "se", "lo", "como", "cuando", "hoy", "ayer");
  private static final Set<String> NOT_NAMES = Set.of("i", "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
      "june", "july", "august", "september", "october", "november", "december", "montag", "dienstag",
      "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "januar", "februar", "märz", "juni",
      "juli", "oktober", "dezember", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado",
      "domingo", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
      "septiembre", "octubre", "noviembre", "diciembre", "ok", "tv", "ceo");
  private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "prof",
      "professor", "sir", "dame", "lord", "lady", "president", "senator", "sen", "rep", "governor",
      "gov", "minister", "chancellor", "king", "queen", "prince", "princess", "pope", "judge", "gen",
      "general", "col", "capt", "captain", "herr", "frau", "señor", "señora", "sr", "sra", "don",
      "doña", "presidente", "präsident", "kanzler", "kanzlerin", "ministerin", "bundeskanzler");
  private static final Set<String> ORG_WORDS = Set.of("inc", "ltd", "llc", "plc", "corp",
      "corporation", "company", "co", "group", "bank", "university", "universität", "universidad",
      "college", "school", "party", "partei", "partido", "council", "association", "ministry",
      "department", "agency", "institute", "institut", "instituto", "foundation", "stiftung",
      "fundación", "committee", "commission", "union", "federation", "fc", "ag", "gmbh", "sa", "ab",
      "asa", "times", "news", "post", "press", "airlines", "airways", "motors", "systems",
      "technologies", "holdings", "club", "team", "army", "police", "court", "parliament", "congress",
      "senate", "house", "office", "board", "organization", "organisation", "network", "media",
      "journal", "herald", "guardian", "tribune", "bundestag", "congreso", "ministerio", "ministerium");
  private static final Set<String> LOCATIVES = Set.of("in", "from", "to", "at", "near", "across",
      "into", "nach", "aus", "im", "en", "desde", "hacia", "cerca");
  private static final Map<String, EntityType> BUILT_IN = builtIn();
  /** Adjectives of nationality or origin ("Norwegian", "Chinese", "British", "Deutsche"). */
  private static final java.util.regex.Pattern DEMONYM =
      java.util.regex.Pattern.compile("\\p{Lu}\\p{L}+(ian|ean|an|ese|ish|ic|i|ischen|ische|isch|ano|ana|és|esa)s?");

  private final Map<String, EntityType> gazetteer;
  private final Set<String> firstNames;

  private CapitalisedNameRecognizer(Map<String, EntityType> gazetteer, Set<String> firstNames) {
    this.gazetteer = gazetteer;
    this.firstNames = firstNames;
  }

  /** The recognizer with the bundled gazetteer (only the built-in lists when it is absent). */
  public static CapitalisedNameRecognizer load() {
    Map<String, EntityType> gaz = new HashMap<>(BUILT_IN);
    Map<String, EntityType> read = new HashMap<>();
    try (InputStream in = CapitalisedNameRecognizer.class.getResourceAsStream(GAZETTEER_RESOURCE)) {
      if (in != null) {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          int tab = line.indexOf('\t');
          EntityType t = tab > 0 ? EntityType.parse(line.substring(tab + 1)) : null;
          if (t != null) {
            read.put(line.substring(0, tab), t.coarse());
          }
        }
      }
    } catch (IOException e) {
      // the gazetteer only sharpens types; without it the built-in lists still work
    }
    read.forEach(gaz::putIfAbsent);
    Set<String> first = new java.util.HashSet<>();
    read.forEach((name, type) -> {
      int sp = name.indexOf(' ');
      if (type == EntityType.PER && sp > 0) {
        first.add(name.substring(0, sp));
      }
    });
    return new CapitalisedNameRecognizer(Map.copyOf(gaz), Set.copyOf(first));
  }

  /** Names in one tokenised sentence. Never throws; null tokens are treated as punctuation. */
  public List<NameSpan> recognize(List<String> tokens) {
    return recognizeDocument(List.of(tokens)).get(0);
  }

  /** Names per sentence of one document; names found earlier type lone repeats later. */
  public List<List<NameSpan>> recognizeDocument(List<List<String>> sentences) {
    Map<String, EntityType> seen = new HashMap<>();
    List<List<NameSpan>> out = new ArrayList<>();
    for (List<String> s : sentences) {
      out.add(sentence(s == null ? List.of() : s, seen));
    }
    return out;
  }

  private List<NameSpan> sentence(List<String> tokens, Map<String, EntityType> seen) {
    List<NameSpan> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (!capitalised(tokens.get(i))) {
        i++;
        continue;
      }
      int end = runEnd(tokens, i);
      int start = i;
      boolean honorific = start > 0 && HONORIFICS.contains(bare(tokens.get(start - 1)));
      while (start < end && (HONORIFICS.contains(bare(tokens.get(start)))
          || (start == firstWord(tokens) && FUNCTION_WORDS.contains(bare(tokens.get(start))))
          || NOT_NAMES.contains(bare(tokens.get(start))))) {
        honorific |= HONORIFICS.contains(bare(tokens.get(start)));
        start++;
      }
      if (start < end && !(start == firstWord(tokens) && end - start == 1 && !vouched(tokens.get(start), seen))) {
        EntityType type = type(tokens, start, end, honorific, seen);
        out.add(new NameSpan(start, end, type));
        remember(tokens, start, end, type, seen);
      }
      i = Math.max(end, i + 1);
    }
    return out;
  }

  private int runEnd(List<String> tokens, int start) {
    int end = start + 1;
    while (end < tokens.size()) {
      String t = tokens.get(end);
      if (capitalised(t) && !NOT_NAMES.contains(bare(t))) {
        end++;
      } else if (t != null && CONNECTORS.contains(t) && end + 1 < tokens.size() && capitalised(tokens.get(end + 1))) {
        end += 2;
      } else {
        break;
      }
    }
    return end;
  }

  private EntityType type(List<String> tokens, int start, int end, boolean honorific, Map<String, EntityType> seen) {
    String name = String.join(" ", tokens.subList(start, end));
    if (honorific) {
      return EntityType.PER;
    }
    for (int k = start; k < end; k++) {
      if (ORG_WORDS.contains(bare(tokens.get(k))) && (k == end - 1 || k == start)) {
        return EntityType.ORG;
      }
    }
    EntityType known = gazetteer.get(name);
    if (known == null) {
      known = seen.get(name);
    }
    if (known != null) {
      return known;
    }
    String first = tokens.get(start);
    if (end - start == 1 && first.length() >= 2 && first.equals(first.toUpperCase(Locale.ROOT))) {
      return EntityType.ORG;
    }
    if (start > 0 && LOCATIVES.contains(bare(tokens.get(start - 1))) && end - start <= 2) {
      return EntityType.LOC;
    }
    if (end - start == 1 && DEMONYM.matcher(first).matches()) {
      return EntityType.MISC;
    }
    if (firstNames.contains(first) || (end - start >= 2 && end - start <= 4)) {
      return EntityType.PER;
    }
    return EntityType.MISC;
  }

  private static void remember(List<String> tokens, int start, int end, EntityType type, Map<String, EntityType> seen) {
    seen.putIfAbsent(String.join(" ", tokens.subList(start, end)), type);
    if (type == EntityType.PER && end - start >= 2) {
      seen.putIfAbsent(tokens.get(end - 1), EntityType.PER); // "Barack Obama" ... "Obama"
    }
  }

  private boolean vouched(String token, Map<String, EntityType> seen) {
    return gazetteer.containsKey(token) || seen.containsKey(token);
  }

  private static int firstWord(List<String> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i);
      if (t != null && !t.isEmpty() && Character.isLetterOrDigit(t.codePointAt(0))) {
        return i;
      }
    }
    return 0;
  }

  private static boolean capitalised(String t) {
    return t != null && !t.isEmpty() && Character.isUpperCase(t.codePointAt(0));
  }

  private static String bare(String t) {
    if (t == null) {
      return "";
    }
    String s = t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    return s.toLowerCase(Locale.ROOT);
  }

  private static Map<String, EntityType> builtIn() {
    Map<String, EntityType> m = new HashMap<>();
    for (String c : List.of("United States", "America", "United Kingdom", "Britain", "Great Britain",
        "England", "Scotland", "Wales", "Ireland", "France", "Germany", "Spain", "Italy", "Portugal",
        "Netherlands", "Belgium", "Switzerland", "Austria", "Poland", "Russia", "Ukraine", "China",
        "Japan", "India", "Pakistan", "Iran", "Iraq", "Syria", "Israel", "Turkey", "Egypt", "Mexico",
        "Canada", "Brazil", "Argentina", "Australia", "Norway", "Sweden", "Denmark", "Finland",
        "Iceland", "Greece", "Afghanistan", "Korea", "North Korea", "South Korea", "Africa", "Europe",
        "Asia", "Gaza", "Washington", "New York", "London", "Paris", "Berlin", "Moscow", "Beijing",
        "Tokyo", "Brussels", "Deutschland", "Frankreich", "Spanien", "España", "Francia", "Alemania",
        "Estados Unidos", "Reino Unido", "Madrid", "Barcelona", "Munich", "München", "Vienna", "Wien")) {
      m.put(c, EntityType.LOC);
    }
    for (String o : List.of("UN", "EU", "NATO", "WHO", "FBI", "CIA", "BBC", "CNN", "Reuters", "Google",
        "Apple", "Microsoft", "Amazon", "Facebook", "Meta", "Twitter", "Congress", "Senate", "Pentagon")) {
      m.put(o, EntityType.ORG);
    }
    return m;
  }
}
