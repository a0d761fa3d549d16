package org.tidende.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.tidende.model.Language;

/**
 * Nationality adjectives of Danish, Norwegian and Swedish news mapped to their country's name key
 * ({@link ArticleAnalyzer#nameKey}): "græsk ø" names Grækenland as "Grækenland" does, "russiske
 * styrker" Rusland, "ukrainska drönare" Ukraina. Scandinavian writes these adjectives in lower
 * case, so the name stage does not see them, and a headline may name a country either way
 * ("Mindst 15 migranter mister livet i bådulykke ud for græsk ø", "15 døde og 20 savnet efter
 * ulykke i Grækenland").
 *
 * <p>Source: the Unicode CLDR tables the JDK ships. In these languages a language's name is its
 * nationality adjective ("græsk", "gresk", "grekiska"), so each national language's name in the
 * article's language, stemmed by the language's own analysis chain (so "græske" and "grekisk" meet it), maps
 * to the country whose national language it is ({@link #NATIONAL}). Languages of many countries
 * (English, Arabic), regional languages and names that are no adjective ("thai") are left out.
 * CLDR has no adjectives of countries as such; so, since session 45, a country whose name in the
 * article's language is one word ending in "land" also gets the adjective the three languages
 * regularly form of it ({@link #landAdjective}: "thailandsk", "grønlandsk", "isländsk"), where the
 * language's name gives none ("thai" in Danish and Norwegian; Swedish's "thailändska" was there).
 * The rule guesses no ending: of such a name the adjective is formed one way, and where it is not
 * in use ("tysklandsk", "finlandsk" beside "tysk", "finsk") the word made is one no headline
 * writes. A list from a general source for the four languages was looked for and not found: the
 * reachable package registries hold one, Norwegian only, with errors (Niger's and Nigeria's
 * adjectives swapped, English forms). da-2022-10-06 0.9022 to 0.9066 (precision 0.950 kept,
 * pairwise F1 0.591 to 0.606; five shuffled orders' mean 0.9048 to 0.9083, minimum 0.8990 to
 * 0.8996), by a headline naming nothing but the adjective that joined its event's story (with
 * {@link #countryTerm}; as a name feature alone it changed nothing, the headline having no
 * names); the other labelled Scandinavian days unchanged.
 *
 * <p>Likewise, since session 48, a country whose name is one word ending in "ien" or "ia" (Danish
 * and Swedish write most such names in "-ien", Norwegian in "-ia") gets the adjective formed of
 * its stem with "-isk" ({@link #iskAdjective}:
 * "Tunesien", "tunesisk"; "Belgien", "belgisk"; "Syria", "syrisk"), the regular form of these
 * peoples' adjectives, which CLDR's language names do not give (their languages are other
 * countries' too). Where the language's name gives one it stays ("spansk", not "spanisk"); where
 * another form is in use ("italiensk", "brasiliansk") the word made is one no text writes, or
 * rarely a neighbour's ("nigerisk" of Nigeria, where Niger's adjective may be written so). Why:
 * a match report writing the opponent's adjective and another naming the country, or a court's
 * "belgiske myndigheder" and a "Belgisk anklager", named one country in two ways. da-2023-01-18
 * 0.9045 to 0.9084 (precision 0.978 kept; pairwise F1 0.7543 to 0.7635; five shuffled orders' mean
 * 0.9024 to 0.9048, minimum 0.8997 to 0.9019, each of the five up), two right joins and no wrong one;
 * da-2022-10-06 (0.9066; shuffled mean 0.9083), the Norwegian (0.9670) and Swedish (0.9677) days
 * unchanged; ECB+ (0.9768) and Google News (0.8793) file order unchanged (Scandinavian only). On
 * the Danish archive (50,219 items, each its own label) 26 groups joined and 23 split (30,255
 * stories to 30,253); of the joins about 19 read as one event (an earthquake's, a country's arrests
 * or crashes named by adjective in one headline and by name in another), about 6 not (a World Cup's
 * coaches of several countries, two prison sentences); about half the splits cut one event, the
 * rest undid wrong joins, as the order of joins moved: as for the "-land" rule, the archive does
 * not say the change is better there, the labelled days do. Not
 * rebuilt into the background table: an item writing only the adjective is not counted under the
 * country there, which undercounts a rare country slightly.
 *
 * <p>Use: the clusterer ({@code cluster.FeatureVector}) gives an article the country of each such
 * adjective as a name feature, when the article has names or numbers of its own and the country
 * is not an everyday name of the background news (Rusland, Ukraine, Danmark, USA: in more than 2 %
 * of items, where "russiske" would tie every Russia headline to every other). The names the
 * analysis reports ({@link org.tidende.model.AnalyzedArticle#names}) stay what the text writes.
 * In an article with no names nor numbers, the adjective of a country not everyday is read as the
 * country's name among its words instead ({@link #countryTerm}: "Tysk minister går af" shares
 * "tyskland" with "Ny minister i Tyskland"), not as a name feature, which would give the headline
 * specifics where it has none and set them against the story's (session 45: as a name feature, a
 * headline without names left a report of its event that named a speaker, the Swedish day 0.9618
 * to 0.9591). As a word: da-2023-01-18 0.9003 to 0.9019 (precision 0.978 kept; five shuffled
 * orders' mean 0.9001 to 0.9018), one right join, a headline with the adjective to one with the
 * country; the other labelled Scandinavian days unchanged; without the everyday bar, the Swedish
 * day fell to 0.9589 (a headline whose one name stood first, so was no name, met another of the
 * same person's on an everyday country's adjective). Since a later step of session 45 the
 * adjective is the country's word in an article with names too (beside the name feature), so a
 * named report's "tyske" and a name-less one's meet as one word "tyskland", where the first step
 * had left them apart: da-2023-01-18's five shuffled orders' mean 0.9018 to 0.9024 (minimum 0.8979
 * to 0.9006; file order 0.9019 kept), the other labelled days unchanged. On the Danish archive
 * (50,219 items, each its own label) the two steps together joined 144 groups and split 99
 * (30,137 stories to 30,076; the first step alone 89 / 80); of 10 joins read about 7 were one
 * event, 2 were not and 1 was a quiz series; but about 8 of 10 splits read cut one event (the
 * order of joins moved; several of those stories hold adjectives), so the archive does not say
 * the change is better there, only the labelled days do.
 *
 * <p>Tried and not kept: adjectives of peoples guessed from the CLDR country names by regular
 * endings ("irak-isk", "belg-isk" of "Belgien", "mexica-nsk", "thai-ländsk") and kept where the
 * background news holds the word (about 50 per language: "indisk", "iransk", "syrisk",
 * "thailandsk"). The second Danish day rose over five shuffled orders from 0.8989 to 0.9020
 * (file order 0.9011 to 0.9020), every other labelled set was unchanged, and on the Danish
 * archive 88 stories joined and 62 split, the joins read about 8 of 14 right (a Pogacar story
 * took a Belgian rider's win): too close to noise for the guesswork. Its "-ien" ending alone, formed for
 * every such country rather than kept by the background news, is the rule above (session 48).
 *
 * <p>Nor the English, German and Spanish names of the same languages as adjectives of their
 * countries ("Danish", "dänische", "danés"), so an English report's "Danish Labour Court" names
 * Danmark: ECB+ fell from 0.9300 to 0.9211 (five shuffled orders' mean 0.9115 to 0.9100), Google
 * News and business news were unchanged, and the sample's English report of the Copenhagen metro
 * strike still stayed a story apart. Since session 34 they are read against stories of another
 * language group only ({@link #across}), where no English-to-English comparison sees them.
 *
 * <p>Cost: built once per language (about 55 adjectives, 10 of "-land" names and about 28 of
 * "-ien" or "-ia" names, each stemmed once); one map lookup per term. Failure modes: an adjective of a people rather than a language
 * ("amerikansk", "iransk") is not known, except a "-land", "-ien" or "-ia" country's; "tysk" is Tyskland also where an Austrian is meant; an
 * adjective of a language used as such ("hun taler græsk") names the country all the same.
 */
public final class Demonyms {
  /**
   * The national languages whose name is read as an adjective of their country, each with that
   * country's ISO code. Regional and minority languages ("baskisk", "walisisk", "tatarisk") are
   * not listed: their adjective does not name the state.
   */
  private static final Map<String, String> NATIONAL = Map.ofEntries(Map.entry("sq", "AL"), Map.entry("hy", "AM"),
      Map.entry("az", "AZ"), Map.entry("be", "BY"), Map.entry("bs", "BA"), Map.entry("bg", "BG"), Map.entry("hr", "HR"),
      Map.entry("cs", "CZ"), Map.entry("da", "DK"), Map.entry("nl", "NL"), Map.entry("et", "EE"), Map.entry("fi", "FI"),
      Map.entry("fr", "FR"), Map.entry("ka", "GE"), Map.entry("de", "DE"), Map.entry("el", "GR"), Map.entry("hu", "HU"),
      Map.entry("is", "IS"), Map.entry("it", "IT"), Map.entry("ja", "JP"), Map.entry("kk", "KZ"), Map.entry("ko", "KR"),
      Map.entry("lv", "LV"), Map.entry("lt", "LT"), Map.entry("lb", "LU"), Map.entry("mk", "MK"), Map.entry("mt", "MT"),
      Map.entry("mn", "MN"), Map.entry("nb", "NO"), Map.entry("nn", "NO"), Map.entry("no", "NO"), Map.entry("fa", "IR"),
      Map.entry("pl", "PL"), Map.entry("pt", "PT"), Map.entry("ro", "RO"), Map.entry("ru", "RU"), Map.entry("sr", "RS"),
      Map.entry("sk", "SK"), Map.entry("sl", "SI"), Map.entry("es", "ES"), Map.entry("sv", "SE"), Map.entry("tr", "TR"),
      Map.entry("uk", "UA"), Map.entry("vi", "VN"), Map.entry("zh", "CN"), Map.entry("he", "IL"), Map.entry("ky", "KG"),
      Map.entry("tg", "TJ"), Map.entry("tk", "TM"), Map.entry("uz", "UZ"), Map.entry("id", "ID"), Map.entry("am", "ET"),
      Map.entry("so", "SO"), Map.entry("km", "KH"), Map.entry("lo", "LA"), Map.entry("th", "TH"), Map.entry("kl", "GL"),
      Map.entry("fo", "FO"), Map.entry("ne", "NP"), Map.entry("my", "MM"));

  private static final Map<Language, Demonyms> BY_LANGUAGE = new ConcurrentHashMap<>();
  private static final Map<Language, Demonyms> ACROSS = new ConcurrentHashMap<>();

  private final Map<String, String> byStem;
  /** Each adjective's country name as a term of the same chain ("thailandsk" to "thailand"). */
  private final Map<String, String> termByStem;

  private Demonyms(Map<String, String> byStem, Map<String, String> termByStem) {
    this.byStem = byStem;
    this.termByStem = termByStem;
  }

  /** The adjectives of {@code language} (none outside Scandinavia), stemmed by its analysis chain. */
  public static Demonyms of(Language language) {
    Language key = LanguageProfiles.of(language).language();
    return BY_LANGUAGE.computeIfAbsent(key, l -> {
      try (Analyzer a = LanguageProfiles.of(l).newAnalyzer()) {
        return of(l, a);
      }
    });
  }

  /**
   * The adjectives of {@code language} for comparisons across language groups only ({@code
   * cluster.FeatureVector#across}): the Scandinavian ones of {@link #of}, and for any
   * other language its names of the same national languages, of one word, stemmed by its chain
   * (English "Danish" names Danmark, "Greek" Grækenland; German "dänisch", Spanish "danés"). Not
   * used where both sides write one language group: "Danish Labour Court" as Danmark cost ECB+
   * 0.9300 to 0.9211 (class comment).
   */
  public static Demonyms across(Language language) {
    Language key = LanguageProfiles.of(language).language();
    if (key.isScandinavian()) {
      return of(key);
    }
    return ACROSS.computeIfAbsent(key, l -> {
      try (Analyzer a = LanguageProfiles.of(l).newAnalyzer()) {
        return of(l, a, true);
      }
    });
  }

  static Demonyms of(Language language, Analyzer analyzer) {
    return of(language, analyzer, false);
  }

  /** {@code anyLanguage}: also outside Scandinavia, and any one-word adjective ("Danish", "Greek"). */
  private static Demonyms of(Language language, Analyzer analyzer, boolean anyLanguage) {
    Map<String, String> out = new HashMap<>();
    Map<String, String> terms = new HashMap<>();
    if (!language.isScandinavian() && !anyLanguage) {
      return new Demonyms(out, terms);
    }
    Locale in = Locale.forLanguageTag(language.code());
    for (Map.Entry<String, String> e : new TreeMap<>(NATIONAL).entrySet()) {
      String adjective = Locale.of(e.getKey()).getDisplayLanguage(in).toLowerCase(Locale.ROOT);
      String countryName = Locale.of("", e.getValue()).getDisplayCountry(in);
      if (adjective.indexOf(' ') >= 0 || !anyLanguage && !adjective.endsWith("sk") && !adjective.endsWith("ska")
          || countryName.isBlank() || countryName.indexOf(' ') >= 0) {
        continue; // "thai", "norsk bokmål": no adjective of one word
      }
      List<String> stems = ArticleAnalyzer.terms(analyzer, adjective);
      if (stems.size() == 1) {
        put(out, terms, stems.get(0), countryName, analyzer);
      }
    }
    if (language.isScandinavian()) {
      for (String code : new TreeSet<>(Set.of(Locale.getISOCountries()))) {
        String countryName = Locale.of("", code).getDisplayCountry(in);
        for (String adjective : new String[] {landAdjective(language, countryName), iskAdjective(countryName)}) {
          List<String> stems = adjective == null ? List.of() : ArticleAnalyzer.terms(analyzer, adjective);
          if (stems.size() == 1) {
            put(out, terms, stems.get(0), countryName, analyzer);
          }
        }
      }
    }
    return new Demonyms(out, terms);
  }

  private static void put(Map<String, String> out, Map<String, String> terms, String stem, String countryName,
      Analyzer analyzer) {
    if (out.putIfAbsent(stem, ArticleAnalyzer.nameKey(countryName)) == null) {
      List<String> countryTerms = ArticleAnalyzer.terms(analyzer, countryName);
      if (countryTerms.size() == 1) {
        terms.put(stem, countryTerms.get(0));
      }
    }
  }

  /**
   * The adjective of a country whose name (one word) ends in "land", formed as the three languages
   * form it: Danish and Norwegian add {@code -sk} ("Thailand", "thailandsk"; "Grønland",
   * "grønlandsk"), Swedish writes {@code -ländsk} ("Island", "isländsk"); null for any other name.
   * Where no such adjective is in use ("Tyskland": "tysk"), the form made is a word no text writes.
   */
  static String landAdjective(Language language, String countryName) {
    String name = countryName.toLowerCase(Locale.ROOT);
    if (name.indexOf(' ') >= 0 || name.indexOf('-') >= 0 || name.length() < 6 || !name.endsWith("land")) {
      return null;
    }
    return language == Language.SV ? name.substring(0, name.length() - 4) + "ländsk" : name + "sk";
  }

  /**
   * The adjective of a country whose name (one word, no hyphen) ends in "ien" or "ia", formed as
   * "-isk" of the name's stem ("Tunesien", "tunesisk"; "Syria", "syrisk"); null for any other name.
   * Where another form is in use ("brasiliansk") the word made is one no text writes.
   */
  static String iskAdjective(String countryName) {
    String name = countryName.toLowerCase(Locale.ROOT);
    if (name.indexOf(' ') >= 0 || name.indexOf('-') >= 0 || name.length() < 5) {
      return null;
    }
    return name.endsWith("ien") ? name.substring(0, name.length() - 3) + "isk"
        : name.endsWith("ia") ? name.substring(0, name.length() - 2) + "isk" : null;
  }

  /** The name key of the country {@code term} (an analysed term) is the adjective of, or null. */
  public String country(String term) {
    return byStem.get(term);
  }

  /**
   * The country name of {@code term} (an analysed term) as a term of the same analysis chain
   * ("thailandsk" gives "thailand", "græske" "grækenland"), or null: what the adjective is read as
   * among an article's words ({@code cluster.FeatureVector}).
   */
  public String countryTerm(String term) {
    return termByStem.get(term);
  }

  /** Number of adjectives known. */
  int size() {
    return byStem.size();
  }
}
