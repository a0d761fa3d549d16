package org.tidende.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A language, by its ISO 639-1 code ({@code nb}, {@code nn}, {@code da}, ...), or {@link #UND} when
 * unknown. A record, not an enum, so a new language needs a profile, not an edit here.
 *
 * @param code lower-case ISO 639-1 code, or {@code "und"}
 */
public record Language(String code) {
  public static final Language NN = new Language("nn");
  public static final Language NB = new Language("nb");
  public static final Language DA = new Language("da");
  public static final Language SV = new Language("sv");
  public static final Language EN = new Language("en");
  public static final Language DE = new Language("de");
  public static final Language ES = new Language("es");
  public static final Language UND = new Language("und");

  /** The languages Tidende identifies, in a fixed order. */
  public static final List<Language> SUPPORTED = List.of(NN, NB, DA, SV, EN, DE, ES);

  public Language {
    Objects.requireNonNull(code, "code");
    if (!code.matches("[a-z]{2,3}")) {
      throw new IllegalArgumentException("language code '" + code + "' is not 2-3 lower-case letters");
    }
  }

  /**
   * Parses a code as sources write it: case-insensitive, ISO 639-1 or -2/3 ({@code nob}, {@code
   * nno}, {@code dan}, {@code swe}), {@code no} read as Bokmål, region suffixes dropped ({@code
   * en-GB}). Returns {@link #UND} for null, blank or unreadable codes; never throws.
   */
  public static Language parse(String code) {
    if (code == null) {
      return UND;
    }
    String c = code.strip().toLowerCase(Locale.ROOT);
    int dash = c.indexOf('-') >= 0 ? c.indexOf('-') : c.indexOf('_');
    if (dash > 0) {
      c = c.substring(0, dash);
    }
    return switch (c) {
      case "nb", "nob", "no", "nor" -> NB;
      case "nn", "nno" -> NN;
      case "da", "dan" -> DA;
      case "sv", "swe" -> SV;
      case "en", "eng" -> EN;
      case "de", "deu", "ger" -> DE;
      case "es", "spa" -> ES;
      default -> c.matches("[a-z]{2,3}") && !c.equals("und") ? new Language(ISO_639_2.getOrDefault(c, c)) : UND;
    };
  }

  /** The ISO 639-1 codes Java knows (184, {@code aa} to {@code zu}), and {@code no}. */
  private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

  /**
   * ISO 639-2 codes to their ISO 639-1 code: the terminology codes Java knows ({@code fra}, {@code
   * rus}, {@code nob}) and the bibliographic ones that differ ({@code fre}, {@code ger}, {@code chi}).
   */
  private static final Map<String, String> ISO_639_2 = iso6392();

  private static Map<String, String> iso6392() {
    Map<String, String> m = new HashMap<>();
    for (String c : Locale.getISOLanguages()) {
      String three = Locale.of(c).getISO3Language();
      if (three.length() == 3) {
        m.put(three, Locale.of(c).getLanguage()); // "he", not the legacy "iw" Java also lists
      }
    }
    String[] bibliographic = {"alb", "sq", "arm", "hy", "baq", "eu", "bur", "my", "chi", "zh", "cze", "cs", "dut", "nl",
        "fre", "fr", "geo", "ka", "ger", "de", "gre", "el", "ice", "is", "mac", "mk", "mao", "mi", "may", "ms", "per",
        "fa", "rum", "ro", "slo", "sk", "tib", "bo", "wel", "cy"};
    for (int i = 0; i < bibliographic.length; i += 2) {
      m.put(bibliographic[i], bibliographic[i + 1]);
    }
    return Map.copyOf(m);
  }

  /**
   * Every code {@link #parse} reads as this language, this one first: {@code fr}, then {@code fra}
   * and {@code fre}; {@code nb}, then {@code no}, {@code nob} and {@code nor}. A build before {@link
   * #parse} mapped ISO 639-2 codes kept a declared {@code fra} as the language {@code fra}, and the
   * data folders it wrote hold that code; a filter of this language matches all of these, so such a
   * folder answers {@code ?lang=fr} without being indexed again.
   */
  public List<String> writtenCodes() {
    return WRITTEN.getOrDefault(code, List.of(code));
  }

  /** {@link #writtenCodes} of every language with more than one. */
  private static final Map<String, List<String>> WRITTEN = written();

  private static Map<String, List<String>> written() {
    TreeSet<String> all = new TreeSet<>(ISO_639_1);
    all.addAll(ISO_639_2.keySet());
    all.addAll(List.of("no", "nor", "nob", "nno", "dan", "swe", "eng", "deu", "ger", "spa"));
    Map<String, List<String>> m = new HashMap<>();
    for (String c : all) {
      String to = parse(c).code();
      if (!to.equals(c)) {
        m.computeIfAbsent(to, k -> new ArrayList<>(List.of(k))).add(c);
      }
    }
    m.replaceAll((k, v) -> List.copyOf(v));
    return Map.copyOf(m);
  }

  /**
   * Reads a language filter as a user writes it ({@code ?lang=}, {@code --lang}): one code or
   * several joined by commas ({@code nb,nn}), case-insensitive, ISO 639-1 or ISO 639-2 ({@code
   * nob}, {@code swe}, {@code fre}), a region suffix dropped ({@code en-GB}); {@code no} (and {@code
   * nor}) is Norwegian in both its written standards, {@code nb} and {@code nn}, as a reader asking
   * for Norwegian means; {@code und} the articles no language was identified in. Unlike {@link
   * #parse}, which reads what sources declare and takes {@code no} as Bokmål, a code that is no
   * ISO 639 language ({@code norwegian}, {@code x1}, {@code qq}) is refused, not read as a language
   * no article is in (an empty answer that looked like an answer).
   *
   * @return the codes, canonical (ISO 639-1 where there is one), without repeats, in the order given
   * @throws IllegalArgumentException naming the first value that is not a language code, with the
   *     code meant where the value is a language's English name ({@code norwegian}: {@code no})
   */
  public static List<Language> parseFilter(String value) {
    LinkedHashSet<Language> out = new LinkedHashSet<>();
    for (String part : (value == null ? "" : value).split(",", -1)) {
      String raw = part.strip();
      String c = raw.toLowerCase(Locale.ROOT);
      int dash = c.indexOf('-') >= 0 ? c.indexOf('-') : c.indexOf('_');
      String base = dash > 0 ? c.substring(0, dash) : c;
      if (base.equals("no") || base.equals("nor")) {
        out.add(NB);
        out.add(NN);
      } else if (base.equals("und")) {
        out.add(UND);
      } else if (ISO_639_1.contains(base) || ISO_639_2.containsKey(base)) {
        out.add(parse(base));
      } else {
        String named = byName(raw);
        throw new IllegalArgumentException(raw.isEmpty() ? "an empty language code" : "not a language code: '" + raw + "'"
            + (named == null ? "" : " (" + englishName(named) + " is " + (named.equals("no") ? "no: nb and nn" : named) + ")"));
      }
    }
    return List.copyOf(out);
  }

  /**
   * The language a declared value names by its name rather than its code ({@code Norwegian},
   * {@code norsk}: nb as the code {@code no} is; {@code Danish}, {@code dansk}: da; {@code
   * nynorsk}: nn), or null when it names none ({@code klingon}).
   */
  public static Language named(String name) {
    String code = name == null || name.isBlank() ? null : byName(name);
    return code == null ? null : parse(code);
  }

  /**
   * The ISO 639-1 code whose name is {@code name}, in English or in the language itself ({@code
   * Norwegian} and {@code norsk}: {@code no}; {@code dansk}: {@code da}; {@code svenska}: {@code
   * sv}), or the second word of a two-word name ({@code nynorsk}: {@code nn}, {@code bokmål}: {@code
   * nb}); null when none. A reader of the archive's languages writes their own names as often as
   * the English ones; before, only the English name was recognised.
   */
  private static String byName(String name) {
    String n = name.strip();
    for (String c : Locale.getISOLanguages()) {
      Locale l = Locale.of(c);
      if (l.getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(n) || l.getDisplayLanguage(l).equalsIgnoreCase(n)) {
        return c;
      }
    }
    for (String c : Locale.getISOLanguages()) {
      Locale l = Locale.of(c);
      for (String shown : List.of(l.getDisplayLanguage(Locale.ENGLISH), l.getDisplayLanguage(l))) {
        String[] words = shown.split(" ");
        if (words.length == 2 && words[1].equalsIgnoreCase(n)) {
          return c;
        }
      }
    }
    return null;
  }

  /**
   * This language's English name as Java knows it ({@code Russian}, {@code Norwegian Bokmål}), or
   * its code when it has none ({@code und}: "no language identified").
   */
  public String englishName() {
    return equals(UND) ? "no language identified" : englishName(code);
  }

  private static String englishName(String code) {
    String n = Locale.of(code).getDisplayLanguage(Locale.ENGLISH);
    return n.isEmpty() || n.equals(code) ? code : n;
  }

  /** True for Nynorsk, Bokmål, Danish and Swedish, the mutually readable group. */
  public boolean isScandinavian() {
    return equals(NN) || equals(NB) || equals(DA) || equals(SV);
  }

  public boolean isKnown() {
    return !equals(UND);
  }

  @Override
  public String toString() {
    return code;
  }
}
