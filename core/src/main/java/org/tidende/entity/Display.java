package org.tidende.entity;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.tidende.entity.NameMerger.KeyGroup;
import org.tidende.model.Language;

/**
 * Builds an {@link EntityCluster} from merged key groups: display name, key, type and counts. The
 * type is the most frequent one of the mentions of names of two or more words, or of all mentions
 * when there are none ({@code Quentin Tarantino} typed PER twice decides over six {@code
 * Tarantino} typed LOC: the tagger types a bare surname by its context; in corpus scope a cluster's
 * names are all of one length, so this changes nothing there), except that a country tagged mostly ORG (NorNE's
 * GPE_ORG, a country acting as a state) is shown as a place, LOC ({@link Countries}), and a ship
 * written with its prefix ({@code MS Havørn}) that the tagger took for a person is shown as MISC, as
 * is a nationality adjective ({@code Norwegian}; {@link Countries#isNationality}). A name shown
 * in capitals throughout is shown in title case ({@link #unshout}), and without the describing
 * words in lower case the tagger took into its span ({@code centrala Stockholm} is shown as
 * {@code Stockholm}; {@link NameKeys#withoutModifiers}). A genitive is not shown where another
 * form is written, nor for a country ({@code Kinas} is shown as {@code Kina}); in English and
 * Spanish a plain {@code -s} is a plural, not a genitive ({@code Chargers}). A rare form of the
 * capitalisation fallback that adds words to the end of a commoner one is a run-on and is not
 * shown ({@code Bettie Page T-shirts}; {@link #RARE_LONGER}). A given name one slip from a known
 * one that the merger joined to it is not shown before it, however often written ({@code Vladimr
 * Putin}; {@link NameMerger}). This changed 19 of the 1,728 entity
 * names of the ECB+ stories and 2 of business-energy-news, each to the form a reader would use;
 * the 7,000 of the Norwegian, Swedish and Danish labelled sets are unchanged.
 */
final class Display {
  private Display() {}

  private record Candidate(String surface, KeyGroup group, int count, boolean genitive) {}

  static EntityCluster cluster(List<KeyGroup> members) {
    Map<String, Integer> variants = new TreeMap<>();
    Map<String, Integer> types = new TreeMap<>();
    int total = 0;
    for (KeyGroup g : members) {
      g.surfaces.forEach((s, c) -> variants.merge(s, c, Integer::sum));
      g.types.forEach((t, c) -> types.merge(t, c, Integer::sum));
      total += g.count;
    }
    Candidate best = null;
    Comparator<Candidate> order = Comparator
        .comparingInt((Candidate c) -> c.group().tokens.size()).reversed()
        .thenComparing(Candidate::genitive)
        .thenComparing(c -> c.group().slip) // "Vladimir Putin" over a slip of the given name, "Vladimr Putin"
        .thenComparing(Comparator.comparingInt(Candidate::count).reversed())
        .thenComparingInt(c -> c.surface().length())
        .thenComparing(Candidate::surface);
    int commonestFull = 0; // the most frequent form of two or more key tokens
    for (KeyGroup g : members) {
      if (g.tokens.size() >= 2) {
        for (String surface : g.surfaces.keySet()) {
          commonestFull = Math.max(commonestFull, variants.get(surface));
        }
      }
    }
    for (KeyGroup g : members) {
      for (Map.Entry<String, Integer> e : g.surfaces.entrySet()) {
        int count = variants.get(e.getKey());
        Language lang = g.languages.get(e.getKey());
        if (g.tokens.size() >= 2 && count * RARE_LONGER < commonestFull && lang != null && lang.isKnown()
            && !lang.isScandinavian() && longerThanACommonerForm(g, members, count)) {
          continue; // a rare run-on of a commoner full name: "Regina Benjamin U. S." beside "Regina Benjamin"
        }
        Candidate c = new Candidate(e.getKey(), g, count,
            isGenitive(e.getKey(), g.languages.get(e.getKey()), variants));
        if (best == null || order.compare(c, best) < 0) {
          best = c;
        }
      }
    }
    String shown = NameKeys.withoutModifiers(best.surface());
    String country = Countries.countryName(shown);
    if (country != null) {
      shown = country; // a country named only in the genitive: "Kinas" is "Kina"
    }
    shown = NameKeys.withoutAcronymGenitive(shown); // "NATOs" is NATO, "FHs" FH
    Map<String, Integer> fullTypes = new TreeMap<>(); // the types of the names of two or more words
    for (KeyGroup g : members) {
      if (g.tokens.size() >= 2) {
        g.types.forEach((t, c) -> fullTypes.merge(t, c, Integer::sum));
      }
    }
    // "Quentin Tarantino" (PER) decides, not the six "Tarantino" typed LOC
    Map<String, Integer> voting = fullTypes.isEmpty() ? types : fullTypes;
    String type = ShortNames.mostFrequent(voting);
    String own = ShortNames.dominantType(best.group());
    if (own != null && voting.containsKey(own) && voting.get(own).equals(voting.get(type))) {
      type = own; // a tie goes to the shown form's type: "Pernille Vermund" (PER) beside one "Vermund" (LOC)
    }
    if ("ORG".equals(type) && Countries.isCountry(shown)) {
      type = "LOC";
    } else if ("PER".equals(type) && isVessel(shown)) {
      type = "MISC";
    } else if (shown.indexOf(' ') < 0 && Countries.isNationality(shown)) {
      type = "MISC";
    }
    return new EntityCluster(best.group().key(), unshout(shown), type, variants, total);
  }

  /**
   * A form of several words is passed over for display when a form of at least two words it begins
   * with is written this many times as often, unless its last word is also written alone: the
   * fullest form is usually the introduction of a person ("Jonas Gahr Støre" beside "Gahr Støre"),
   * but a rare longer one that only adds a word at the end is more often a tagger's run-on into the
   * next word ("Bettie Page T-shirts" once beside "Bettie Page" 41 times). Only for names the
   * capitalisation fallback found (English, German, Spanish): the trained Scandinavian models rarely
   * run on, and there a first name written alone ("Thor Ola" beside "Thor Ola Engen") is common.
   */
  private static final int RARE_LONGER = 4;

  private static boolean longerThanACommonerForm(KeyGroup g, List<KeyGroup> members, int count) {
    String lastWord = g.tokens.get(g.tokens.size() - 1);
    for (KeyGroup o : members) {
      if (o.tokens.size() == 1 && o.tokens.get(0).equals(lastWord)) {
        return false; // its last word is written alone too: a surname ("Thor Ola Engen", "Engen")
      }
    }
    for (KeyGroup o : members) {
      if (o.tokens.size() >= 2 && o.tokens.size() < g.tokens.size()
          && o.tokens.equals(g.tokens.subList(0, o.tokens.size()))) {
        for (int c : o.surfaces.values()) {
          if (c > count) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * A name written in capitals throughout (a kicker or byline: {@code THOMAS HYLLAND ERIKSEN}) with
   * each word of five letters or more in title case; shorter words may be acronyms ({@code NRK},
   * {@code NATO}, {@code NY TID}) and stay as they are.
   */
  static String unshout(String surface) {
    for (int i = 0; i < surface.length(); i++) {
      if (Character.isLowerCase(surface.charAt(i))) {
        return surface;
      }
    }
    StringBuilder sb = new StringBuilder(surface.length());
    int i = 0;
    while (i < surface.length()) {
      int j = i;
      while (j < surface.length() && Character.isLetter(surface.charAt(j))) {
        j++;
      }
      if (j - i >= 5) {
        sb.append(surface.charAt(i)).append(surface.substring(i + 1, j).toLowerCase(Locale.ROOT));
      } else {
        sb.append(surface, i, j);
      }
      if (j < surface.length()) {
        sb.append(surface.charAt(j));
      }
      i = j + 1;
    }
    return sb.toString();
  }

  /** Ship prefixes: {@code MS Havørn}, {@code MF Lofotodden}, {@code HMS Victory}, {@code M/S Estonia}. */
  private static final Set<String> VESSEL_PREFIXES =
      Set.of("MS", "MF", "MT", "MV", "MY", "FV", "RV", "SS", "HMS", "HMDS", "KNM", "USS",
          "M/S", "M/F", "M/T", "M/V");

  /** A name written with a ship prefix (the taggers often take a ship's name for a person's). */
  static boolean isVessel(String surface) {
    int space = surface.indexOf(' ');
    return space > 0 && VESSEL_PREFIXES.contains(surface.substring(0, space).replace(".", ""));
  }

  /**
   * A surface that is another variant plus a genitive ending ({@code Putins}, {@code Trump's}), or
   * ends in {@code -s} beside a variant of as many words that does not ({@code Sydkoreas} beside
   * {@code Sør-Korea}: their key already dropped the s). A plain {@code -s} is a genitive only in
   * the Scandinavian languages and German (or an unknown language); in English and Spanish it makes
   * a plural name ("Chargers" beside a stray "Charger").
   */
  static boolean isGenitive(String surface, Language language, Map<String, Integer> variants) {
    String s = surface.replace('’', '\'');
    boolean plainS = language == null || !language.isKnown() || language.isScandinavian()
        || language.equals(Language.DE);
    for (String end : new String[] {"'s", "'", "s"}) {
      if (s.length() > end.length() && s.endsWith(end) && (plainS || !end.equals("s"))
          && variants.containsKey(surface.substring(0, surface.length() - end.length()))) {
        return true;
      }
    }
    // a genitive of another spelling: "Sydkoreas" beside "Sør-Korea" (the key already dropped the s)
    if (plainS && s.endsWith("s") && !s.endsWith("ss")) {
      int words = s.split(" ").length;
      for (String v : variants.keySet()) {
        if (!v.endsWith("s") && v.split(" ").length == words) {
          return true;
        }
      }
    }
    return false;
  }
}
