package org.tidende.entity;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tidende.entity.NameMerger.KeyGroup;

/**
 * Builds an {@link EntityCluster} from merged key groups: display name, key, type and counts. The
 * type is the mentions' most frequent one, except that a country tagged mostly ORG (NorNE's
 * GPE_ORG, a country acting as a state) is shown as a place, LOC ({@link Countries}), and a ship
 * written with its prefix ({@code MS Havørn}) that the tagger took for a person is shown as MISC, as
 * is a nationality adjective ({@code Norwegian}; {@link Countries#isNationality}). A name shown
 * in capitals throughout is shown in title case ({@link #unshout}), and without the describing
 * words in lower case the tagger took into its span ({@code centrala Stockholm} is shown as
 * {@code Stockholm}; {@link NameKeys#withoutModifiers}). A genitive is not shown where another
 * form is written, nor for a country ({@code Kinas} is shown as {@code Kina}).
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
        .thenComparing(Comparator.comparingInt(Candidate::count).reversed())
        .thenComparingInt(c -> c.surface().length())
        .thenComparing(Candidate::surface);
    for (KeyGroup g : members) {
      for (Map.Entry<String, Integer> e : g.surfaces.entrySet()) {
        Candidate c = new Candidate(e.getKey(), g, variants.get(e.getKey()), isGenitive(e.getKey(), variants));
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
    String type = ShortNames.mostFrequent(types);
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
        sb.append(surface.charAt(i)).append(surface.substring(i + 1, j).toLowerCase(java.util.Locale.ROOT));
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
  private static final java.util.Set<String> VESSEL_PREFIXES =
      java.util.Set.of("MS", "MF", "MT", "MV", "MY", "FV", "RV", "SS", "HMS", "HMDS", "KNM", "USS",
          "M/S", "M/F", "M/T", "M/V");

  /** A name written with a ship prefix (the taggers often take a ship's name for a person's). */
  static boolean isVessel(String surface) {
    int space = surface.indexOf(' ');
    return space > 0 && VESSEL_PREFIXES.contains(surface.substring(0, space).replace(".", ""));
  }

  /**
   * A surface that is another variant plus a genitive ending ({@code Putins}, {@code Trump's}), or
   * ends in {@code -s} beside a variant of as many words that does not ({@code Sydkoreas} beside
   * {@code Sør-Korea}: their key already dropped the s).
   */
  static boolean isGenitive(String surface, Map<String, Integer> variants) {
    String s = surface.replace('’', '\'');
    for (String end : new String[] {"'s", "'", "s"}) {
      if (s.length() > end.length() && s.endsWith(end)
          && variants.containsKey(surface.substring(0, surface.length() - end.length()))) {
        return true;
      }
    }
    // a genitive of another spelling: "Sydkoreas" beside "Sør-Korea" (the key already dropped the s)
    if (s.endsWith("s") && !s.endsWith("ss")) {
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
