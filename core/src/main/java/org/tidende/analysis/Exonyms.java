package org.tidende.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A small table of names that languages translate rather than spell differently: {@code
 * København, Copenhagen, Kopenhagen, Köpenhamn}; {@code Tyskland, Germany, Deutschland}. Spelling
 * folds ({@link ScandinavianFold}, the entity stage's transliteration) cannot join these, and they
 * are the names that carry an English or German report of a Nordic event to its Scandinavian story.
 *
 * <p>Design: each group's first form is its canonical form; {@link #canonical} maps any form of a
 * group (lower case, with or without a final genitive {@code -s}) to it, and leaves every other
 * word alone. The list is deliberately short: capitals and large cities of the Nordic countries
 * and Europe, and countries, whose forms differ across nn, nb, da, sv, en, de and es; and the
 * Norwegian parties whose Bokmål and Nynorsk names differ ({@code Høyre / Høgre}, {@code
 * Arbeiderpartiet / Arbeidarpartiet}: in the Norwegian feeds Høgre is written 71 times, Høyre 125),
 * so a Nynorsk and a Bokmål report on one party meet on its name. Forms that
 * are also common given names or words are left out ({@code Holland}, {@code Turkey}, {@code
 * Island} for Iceland, {@code Georgia}).
 *
 * <p>Beside the list, every country's names in Bokmål, Nynorsk, Danish, Swedish, English, German
 * and Spanish from the Unicode CLDR tables the JDK ships ({@link #cldrGroups}): Syria / Syrien,
 * India / Indien, Tsjekkia / Tjekkiet / Tjeckien / Czechia / Tschechien, Kypros / Cypern / Cyprus.
 * A CLDR form the list already has keeps the list's group. Left out: countries one of whose forms
 * is also a given name, a word or another place ({@link #CLDR_SKIPPED}: Jordan, Georgia, Chad,
 * Jersey, Man, Iceland's Scandinavian "Island", Turkey), and names of several words. Measured: the
 * seven labelled clustering sets give the same figures (single-language days), and the clusterer's
 * background rates were rebuilt for the joined keys; on the Danish archive 4 stories joined and 2
 * split (Danish "Tunesien" now also counts the background's "Tunisia").
 *
 * <p>Cost: one hash lookup per name. Failure modes: a place missing from the table stays apart
 * across languages; the CLDR names are the running JDK's, so a JDK whose tables name a country
 * otherwise than the one the background rates were built with (Temurin 25) keys it otherwise; a listed form used as a surname ({@code Paris Hilton}'s first name is not
 * listed, but {@code Wien} or {@code Rom} could be someone's name) joins the place.
 */
public final class Exonyms {
  private static final List<List<String>> GROUPS = List.of(
      List.of("københavn", "copenhagen", "kopenhagen", "köpenhamn", "copenhague", "kjøbenhavn"),
      List.of("göteborg", "gothenburg", "gøteborg"),
      List.of("helsingfors", "helsinki"),
      List.of("åbo", "turku"),
      List.of("moskva", "moscow", "moskau", "moscú", "moscou"),
      List.of("kyiv", "kiev", "kyjiv", "kijev", "kiew", "kíev"),
      List.of("warszawa", "warsaw", "warschau", "varsovia"),
      List.of("praha", "prague", "prag", "praga"),
      List.of("wien", "vienna", "viena"),
      List.of("münchen", "munich", "múnich"),
      List.of("köln", "cologne", "colonia"),
      List.of("roma", "rome", "rom"),
      List.of("venezia", "venice", "venedig", "venecia"),
      List.of("napoli", "naples", "neapel", "nápoles"),
      List.of("firenze", "florence", "florenz", "florencia"),
      List.of("milano", "milan", "mailand", "milán"),
      List.of("lisboa", "lisbon", "lissabon"),
      List.of("bruxelles", "brussels", "brüssel", "bryssel", "bruselas", "brussel"),
      List.of("beograd", "belgrade", "belgrad", "belgrado"),
      List.of("athen", "athens", "aten", "atenas", "athína"),
      List.of("genève", "geneva", "genf", "ginebra"),
      List.of("beijing", "peking", "pekín"),
      List.of("kreml", "kremlin"),
      List.of("norge", "noreg", "norway", "norwegen", "noruega"),
      List.of("sverige", "sweden", "schweden", "suecia"),
      List.of("danmark", "denmark", "dänemark", "dinamarca"),
      List.of("finland", "finnland", "finlandia", "suomi"),
      List.of("tyskland", "germany", "deutschland", "alemania"),
      List.of("frankrike", "frankrig", "france", "frankreich", "francia"),
      List.of("spania", "spanien", "spain", "españa"),
      List.of("italia", "italien", "italy"),
      List.of("russland", "rusland", "ryssland", "russia", "rusia"),
      List.of("kina", "china"),
      List.of("storbritannia", "storbritannien", "britain", "großbritannien"),
      List.of("nederland", "nederlandene", "nederländerna", "netherlands", "niederlande"),
      List.of("belgia", "belgien", "belgium", "bélgica"),
      List.of("polen", "poland", "polonia"),
      List.of("ukraina", "ukraine", "ucrania"),
      List.of("hellas", "grækenland", "grekland", "greece", "griechenland", "grecia"),
      List.of("tyrkia", "tyrkiet", "turkiet", "türkei", "turquía", "türkiye"),
      List.of("sveits", "schweiz", "switzerland", "suiza"),
      List.of("østerrike", "østrig", "österrike", "austria", "österreich"),
      List.of("ungarn", "ungern", "hungary", "hungría"),
      List.of("grønland", "grönland", "greenland", "groenlandia"),
      List.of("egypt", "egypten", "ägypten", "egipto"),
      List.of("mexico", "méxico", "mexiko"),
      // Norwegian parties, whose Bokmål and Nynorsk names differ beyond what the spelling folds join
      List.of("arbeiderpartiet", "arbeidarpartiet"),
      List.of("høyre", "høgre"),
      List.of("fremskrittspartiet", "framstegspartiet"),
      List.of("rødt", "raudt"));

  /** The languages whose CLDR country names are joined ({@link #cldrGroups}). */
  private static final List<String> CLDR_LANGUAGES = List.of("nb", "nn", "da", "sv", "en", "de", "es");
  /**
   * Countries left out of the CLDR groups, as a form of their name is a common given name, word or
   * another place: Jordan, Georgia (a US state), Chad, Jersey, Isle of Man, Turkey, and Iceland,
   * whose Scandinavian name is "Island".
   */
  private static final Set<String> CLDR_SKIPPED = Set.of("JO", "GE", "TD", "JE", "IM", "IS", "TR");

  private static final Map<String, String> CANONICAL = new HashMap<>();

  static {
    for (List<String> g : GROUPS) {
      add(g, g.getFirst());
    }
    for (List<String> g : cldrGroups()) {
      String canonical = null;
      for (String form : g) {
        canonical = canonical == null ? CANONICAL.get(form) : canonical;
      }
      String to = canonical == null ? g.getFirst() : canonical;
      for (String form : g) {
        CANONICAL.putIfAbsent(form, to);
        if (form.length() >= 5 && form.endsWith("s") && !form.endsWith("ss")) {
          CANONICAL.putIfAbsent(form.substring(0, form.length() - 1), to); // "Kypros" read as a genitive
        }
      }
    }
  }

  private static void add(List<String> group, String canonical) {
    for (String form : group) {
      CANONICAL.put(form, canonical);
      if (form.length() >= 4 && form.endsWith("s") && !form.endsWith("ss")) {
        CANONICAL.put(form.substring(0, form.length() - 1), canonical);
      }
    }
  }

  /**
   * Each ISO country's names in {@link #CLDR_LANGUAGES}, from the Unicode CLDR tables the JDK
   * ships, lower-cased, of one word (a hyphen allowed), at least four letters, where they differ:
   * Syria / Syrien, India / Indien, Tsjekkia / Tjekkiet / Tjeckien / Czechia / Tschechien.
   */
  private static List<List<String>> cldrGroups() {
    List<List<String>> out = new ArrayList<>();
    for (String code : Locale.getISOCountries()) {
      if (CLDR_SKIPPED.contains(code)) {
        continue;
      }
      LinkedHashSet<String> forms = new LinkedHashSet<>();
      for (String lang : CLDR_LANGUAGES) {
        String name = Locale.of("", code).getDisplayCountry(Locale.forLanguageTag(lang))
            .toLowerCase(Locale.ROOT);
        if (name.length() >= 4 && !name.equals(code.toLowerCase(Locale.ROOT)) && name.indexOf(' ') < 0
            && name.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
          forms.add(name);
        }
      }
      if (forms.size() > 1) {
        out.add(List.copyOf(forms));
      }
    }
    return out;
  }

  private Exonyms() {}

  /** Whether {@code word}, a lower-case word, is one of the listed forms of a place. */
  public static boolean listed(String word) {
    return CANONICAL.containsKey(word);
  }

  /** The canonical form of a lower-case place name, or {@code word} itself when it is not listed. */
  public static String canonical(String word) {
    return CANONICAL.getOrDefault(word, word);
  }
}
