package org.tidende.cluster;

import com.carrotsearch.hppc.LongDoubleHashMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.tidende.analysis.ArticleAnalyzer;
import org.tidende.analysis.Demonyms;
import org.tidende.analysis.ScandinavianFold;
import org.tidende.model.AnalyzedArticle;
import org.tidende.model.Article;
import org.tidende.model.Language;

/**
 * An article as a sparse TF-IDF vector over three kinds of features: analysed terms (namespaced by
 * language group, so English "gift" and Scandinavian "gift" do not meet), name keys, and numbers and
 * mentioned calendar days and quantities ({@link MentionedDates}), which are shared by all languages
 * and carry cross-language links; an English article's weekdays and months ({@link
 * MentionedDates#calendarWords}: no names) weigh as names do. Terms of Nynorsk, Bokmål, Danish and Swedish are folded with
 * {@link ScandinavianFold} into one group, so the four spellings of a word meet.
 *
 * <p>A Scandinavian nationality adjective ({@link org.tidende.analysis.Demonyms}: "græsk",
 * "ukrainska") adds its country's name feature, as "Grækenland" would, where the article has names
 * or numbers of its own and the country is held by at most {@code everydayRate} of the background
 * news items; its word then counts under the country, as a name's own word does. The adjective of
 * such a country is hashed as the country's name term ({@link
 * org.tidende.analysis.Demonyms#countryTerm}: "græsk" as "grækenland"), so it meets the country
 * among the words too, also in an article without names or numbers, which gets no specifics of it.
 *
 * <p>Tried in session 45 and not kept: a Scandinavian verbal noun in {@code -ning} hashed as its
 * verb's stem (the term less "ning", at least 4 letters left: "stigning" as "stig" of "stiger"), so
 * a noun and the verb of one report meet. da-2022-10-06 fell from 0.9066 to 0.9044 (precision 0.950
 * to 0.945; five shuffled orders' mean 0.9083 to 0.9061): two kidnappings of one day met on
 * "kidnap", and the sea-level reports it aimed at stayed apart; the other labelled days unchanged.
 *
 * <p>Also tried in session 45 and not kept: a Danish, Norwegian or Swedish headline's first word
 * (capitalised, at least 3 letters, not in capitals, the first title term its stem) taken as a name
 * too where the background news holds its name feature at least half as often as its term ({@link
 * BackgroundRates}: a surname is a name wherever it is written), so a name's word at a headline's
 * start, where a capital says nothing, meets the same name written mid-sentence. Stateless, in
 * every comparison (unlike session 35's trial against a story naming the word, StoryClusterer's
 * comment). da-2023-01-18 rose from 0.9019 to 0.9053 (five shuffled orders' mean 0.9024 to 0.9058;
 * a singer's three concert headlines met), but da-2022-10-06 fell from 0.9066 to 0.9001 (precision
 * 0.950 to 0.943, pairwise F1 0.606 to 0.565; shuffled mean 0.9083 to 0.9029): debate headlines
 * opening with a party leader's surname left the debate's story for an election call's report
 * naming the same leader, one person across two events, and the election call's own reports it
 * aimed at stayed apart (their words differ too). The Norwegian (0.9582) and Swedish (0.9618) days
 * were unchanged. A stricter share would not separate the two: the singer's name feature is held at
 * 0.66 of its term's rate, the leader's surname at 0.55 (its term also counts the headlines that
 * open with it, the asymmetry itself), a head of government's at 0.97, "Bil" and "Ny" at 0.04.
 *
 * <p>Against a story of another language group the clusterer scores an article with a variant of
 * its vector ({@link #across(PreparedArticle)}): sentence-initial listed places and the countries
 * of nationality adjectives added, English weekdays and counts keyed by their noun left out.
 * It is made only for such comparisons and never counted in the document frequencies, so
 * comparisons within a group see nothing of it. A story keeps what it changes in each member
 * ({@link Shift}), so the story's side is read the same way whichever language came first.
 *
 * <p>Features are seeded 64-bit hashes of the namespaced strings (bit 63 marks names, numbers and
 * days, the "specifics"): centroids and indexes then hold primitive longs, and at 2^-63 per pair a
 * collision changes nothing measurable. The two parts, topic terms and specifics, are each
 * normalised, so a long article's many terms do not drown its few names; the clusterer blends the
 * two cosines. Terms go to unit length. Specifics go to unit length only when they weigh at least
 * {@code specificNormFloor} times one name seen once (the rarest, heaviest name there is); weaker
 * ones stay shorter, so a headline whose only name is an everyday one ("Danmark" in Danish news)
 * does not meet every other such headline with a specifics cosine of 1. Only the {@code
 * articleFeatures} heaviest features are kept (bounded cost per article). Preparing counts term
 * frequencies and boosts in primitive maps (HPPC's {@code LongDoubleHashMap}, where boxed {@code
 * HashMap<Long, Double>} cost a node, a Long and a Double per occurrence; its {@code addTo} sums
 * {@code old + delta} in occurrence order as {@code merge} did, and the keys are sorted before use, so
 * its iteration order reaches nothing) and folds each distinct term once (its
 * skeleton also gives its name key when the two fold the same word): preparation (language ID,
 * analysis, vector) of 18,239 Scandinavian articles 1,376/1,379 -> 1,224/1,274 ms CPU, one thread,
 * load 3.5-4 (session 33), with the same vectors.
 *
 * @param keys feature hashes, sorted by descending weight (ties by key)
 * @param weights matching weights; terms have unit length, specifics at most unit length
 * @param hasTerms whether there is any term feature
 * @param hasSpecifics whether there is any name or number feature
 * @param named whether it has a name, number or day that is not an everyday one: for a Danish,
 *     Norwegian or Swedish article, one held by at most {@code everydayRate} of the background news
 *     items of its language group ({@link BackgroundRates#of}; "Danmark", "USA" are held by more of
 *     the Danish ones); for any other article, as
 *     {@code hasSpecifics}. Where false, its specifics do not speak for it ({@link ActiveStory#blend}:
 *     it is judged by its words, as a headline without names is)
 * @param distinctTerms number of distinct term features before the bound (length of the text, for
 *     length-aware thresholds)
 * @param group the bit of its terms' language group ({@link #groupBit}): term cosines between
 *     groups are 0 by construction, not evidence of different topics
 * @param embedding the article's sentence vector ({@link PreparedArticle#embedding}), or null
 */
public record FeatureVector(long[] keys, float[] weights, boolean hasTerms, boolean hasSpecifics, boolean named,
    int distinctTerms, int group, float[] embedding) {
  private static final long SEED = 0x5eed_f00d_cafe_1234L;
  private static final long NAMES = Hashing.hash64("N:", SEED);
  private static final long NUMBERS = Hashing.hash64("#:", SEED);

  /** Without a sentence vector, its specifics (if any) not everyday ones. */
  public FeatureVector(long[] keys, float[] weights, boolean hasTerms, boolean hasSpecifics, int distinctTerms,
      int group) {
    this(keys, weights, hasTerms, hasSpecifics, hasSpecifics, distinctTerms, group, null);
  }

  /** True for name, number and day features ("specifics"), false for topic terms. */
  public static boolean isSpecific(long key) {
    return key < 0;
  }

  /**
   * The feature hash of a term of {@code lang} (as the analyser gave it, before folding), or 0 when
   * nothing of it is left after folding.
   */
  public static long termKey(Language lang, String term) {
    return hashTerm(lang, lang.isScandinavian() ? ScandinavianFold.skeleton(term) : term);
  }

  /** The feature hash of a term already folded as {@link #termKey} folds it for {@code lang}. */
  private static long hashTerm(Language lang, String folded) {
    if (folded.isEmpty()) {
      return 0;
    }
    long h = Hashing.hash64(folded, Hashing.hash64(group(lang), SEED)) & Long.MAX_VALUE;
    return h == 0 ? 1 : h;
  }

  /** The feature hash of a name key. */
  public static long nameKey(String name) {
    return Hashing.hash64(name, NAMES) | Long.MIN_VALUE;
  }

  /** The feature hash of a number, day or quantity key. */
  public static long numberKey(String number) {
    return Hashing.hash64(number, NUMBERS) | Long.MIN_VALUE;
  }

  /** The stateless half: feature hashes with their tf and boosts. Thread-safe. */
  static PreparedArticle prepare(AnalyzedArticle a, ClusterConfig cfg) {
    Terms terms = Terms.of(a, cfg.everydayRate()); // each distinct term folded and hashed once
    Map<String, Long> termKeys = terms.keys();
    LongDoubleHashMap tf = new LongDoubleHashMap(termKeys.size() + a.names().size() + a.numbers().size() + 4);
    for (String t : a.bodyTerms()) {
      long k = termKeys.get(t);
      if (k != 0) { // a term without a feature (key 0) counts nowhere
        tf.addTo(k, 1.0);
      }
    }
    for (String t : a.titleTerms()) {
      long k = termKeys.get(t);
      if (k != 0) {
        tf.addTo(k, cfg.titleBoost());
      }
    }
    int distinctTerms = tf.size();
    LongDoubleHashMap boost = new LongDoubleHashMap(a.names().size() + a.numbers().size() + 4);
    for (String n : a.names()) {
      long k = nameKey(n);
      tf.addTo(k, 1.0);
      boost.put(k, cfg.nameBoost());
    }
    for (String c : terms.countries()) {
      long k = nameKey(c);
      tf.addTo(k, 1.0);
      boost.put(k, cfg.nameBoost());
    }
    for (String n : a.numbers()) {
      long k = numberKey(n);
      tf.addTo(k, 1.0);
      boost.put(k, cfg.numberBoost());
    }
    List<String> dates = MentionedDates.of(a.article().fullText());
    for (String d : dates) {
      long k = numberKey(d);
      tf.addTo(k, 1.0);
      boost.put(k, cfg.numberBoost());
    }
    List<String> calendar = Language.EN.equals(a.language().language())
        ? MentionedDates.calendarWords(a.article().fullText()) : List.of();
    for (String d : calendar) {
      long k = numberKey(d);
      tf.addTo(k, 1.0);
      boost.put(k, cfg.nameBoost());
    }
    long[] keys = tf.keys().toArray();
    Arrays.sort(keys); // deterministic order before anything depends on it
    float[] base = new float[keys.length];
    for (int i = 0; i < keys.length; i++) {
      base[i] = (float) ((1 + Math.log(tf.get(keys[i]))) * boost.getOrDefault(keys[i], 1.0));
    }
    Across change = across(a, keys, dates, calendar); // here, on the preparing threads, with the dates read once
    boolean caseless = caseless(a.article());
    float[] embedding = cfg.embeddingWeight() > 0 && !caseless && Language.EN.equals(a.language().language())
        ? SentenceEmbedder.embed(a.article()) : null; // case-less headlines left out (StoryClusterer's comment)
    return new PreparedArticle(a, keys, base, distinctTerms, caseless, terms.specificTerms(),
        change.added(), change.dropped(), embedding);
  }

  /**
   * The feature hash of each distinct title and body term of an article, and the hashes of the terms
   * that are its names' and numbers' own words, ascending and distinct (a term is a number's word
   * when it is one of the article's numbers, "2024"; a name's word when its {@link
   * ScandinavianFold} skeleton is one of the name keys, which are folded the same way, or one cut
   * short by the stemmer, or when its own name key is one: a translated place name's key is its
   * group's first form, so Swedish "Ryssland" has the key of "Russland" while its word stays
   * "ryssland"); and the name features of its given names ({@link AnalyzedArticle#givenNames}).
   * With them the countries its nationality adjectives name ({@code countries}, the name keys the
   * article gets; see the class comment), the adjective then being the country's word too.
   * Failure mode: a content word that begins a name of the article ("brand" beside "Brandt") is
   * taken for the name's word.
   */
  private record Terms(Map<String, Long> keys, long[] specificTerms, List<String> countries) {
    /** What lies between words, hyphens kept in them ({@link #hyphenatedNameParts}). */
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}-]+");
    private static final Pattern HYPHEN = Pattern.compile("-");

    static Terms of(AnalyzedArticle a, double everyday) {
      Language lang = a.lang();
      Set<String> names = a.names().isEmpty() ? Set.of() : new HashSet<>(a.names());
      Set<String> numbers = a.numbers().isEmpty() ? Set.of() : new HashSet<>(a.numbers());
      Map<String, Long> keys = new HashMap<>();
      // an adjective names its country only beside the article's own names or numbers
      Demonyms demonyms = Demonyms.of(lang);
      boolean named = !names.isEmpty() || !numbers.isEmpty();
      List<String> countries = new ArrayList<>(1);
      long[] specificTerms = new long[4];
      int n = 0;
      Set<String> parts = lang.isScandinavian() && !names.isEmpty() ? hyphenatedNameParts(a, names) : Set.of();
      for (List<String> list : List.of(a.titleTerms(), a.bodyTerms())) {
        for (String t : list) {
          if (keys.containsKey(t)) {
            continue;
          }
          String skeleton = lang.isScandinavian() || !names.isEmpty() ? ScandinavianFold.skeleton(t) : t;
          String country = demonyms.country(t);
          // the pooled rate, not the group's: see BackgroundRates
          boolean rare = country != null && BackgroundRates.shipped().rate(nameKey(country)) <= everyday;
          String countryTerm = rare ? demonyms.countryTerm(t) : null;
          long key = countryTerm != null ? hashTerm(lang, ScandinavianFold.skeleton(countryTerm))
              : hashTerm(lang, lang.isScandinavian() ? skeleton : t);
          keys.put(t, key);
          if (rare && named && !names.contains(country) && !countries.contains(country)) {
            countries.add(country);
          }
          if (key != 0 && (names.contains(skeleton) || stemOfName(skeleton, names) || numbers.contains(t)
              || (!parts.isEmpty() && (parts.contains(skeleton) || stemOfName(skeleton, parts)))
              || (country != null && (names.contains(country) || countries.contains(country)))
              || (!names.isEmpty() && names.contains(ArticleAnalyzer.nameKey(t, skeleton))))) {
            specificTerms = n == specificTerms.length ? Arrays.copyOf(specificTerms, 2 * n) : specificTerms;
            specificTerms[n++] = key;
          }
        }
      }
      for (String g : a.givenNames()) { // a longer name's first word: the name counts once
        specificTerms = n == specificTerms.length ? Arrays.copyOf(specificTerms, 2 * n) : specificTerms;
        specificTerms[n++] = nameKey(g);
      }
      Arrays.sort(specificTerms, 0, n);
      int u = 0; // two terms may fold to one key
      for (int i = 0; i < n; i++) {
        if (u == 0 || specificTerms[i] != specificTerms[u - 1]) {
          specificTerms[u++] = specificTerms[i];
        }
      }
      return new Terms(keys, Arrays.copyOf(specificTerms, u), countries);
    }

    /**
     * The name keys of the parts of the article's hyphenated names whose every part is capitalised
     * ("Vest" and "Agder" of "Vest-Agder", "Hansen" and "Berg" of "Hansen-Berg"; invented): such a
     * name is one place or person, as a longer name's first words are ({@link
     * AnalyzedArticle#givenNames}), so its parts, which the analysis also gives as words, count
     * under the name (session 48, see StoryClusterer). A part in lower case ("Agder-planen") is a
     * word of its own and stays one. Only hyphenated words the name stage took as names are read;
     * Danish, Norwegian and Swedish articles only (measured there). Cost: for articles with names, one
     * pass over the title and text for a hyphen before a capital, and a split into words only where
     * one stands. Failure mode: a double surname's first part, written alone
     * in another report, is no longer a word the two share.
     */
    private static Set<String> hyphenatedNameParts(AnalyzedArticle a, Set<String> names) {
      Set<String> out = new HashSet<>();
      for (String text : new String[] {a.article().title(), a.article().text()}) {
        if (text == null || !capitalAfterHyphen(text)) {
          continue; // the split below only where such a name may stand
        }
        for (String w : NOT_WORD.split(text)) {
          if (w.indexOf('-') <= 0 || w.endsWith("-") || !names.contains(ArticleAnalyzer.nameKey(w))) {
            continue;
          }
          String[] ps = HYPHEN.split(w);
          boolean caps = true;
          for (String q : ps) {
            caps &= !q.isEmpty() && Character.isUpperCase(q.charAt(0));
          }
          if (caps) {
            for (String q : ps) { // "Troms": the key drops a final s, the word keeps it
              out.add(ArticleAnalyzer.nameKey(q));
              out.add(ScandinavianFold.skeleton(q.toLowerCase(Locale.ROOT)));
            }
          }
        }
      }
      return out;
    }

    /** Whether a hyphen in {@code text} stands before a capital ("Vest-Agder"): one pass, no allocation. */
    private static boolean capitalAfterHyphen(String text) {
      for (int i = text.indexOf('-'); i >= 0 && i + 1 < text.length(); i = text.indexOf('-', i + 1)) {
        if (Character.isUpperCase(text.charAt(i + 1))) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether {@code skeleton} is a name key cut short by the stemmer ("bod" of "Boden"): the start
     * of a name key at most 3 letters longer, itself at least 3 letters.
     */
    private static boolean stemOfName(String skeleton, Set<String> names) {
      if (skeleton.length() < 3) {
        return false;
      }
      for (String n : names) {
        if (n.length() > skeleton.length() && n.length() - skeleton.length() <= 3 && n.startsWith(skeleton)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * The term features of {@code a} that are its names' and numbers' own words, ascending: a
   * capitalised word is both a name feature and a term feature ("Norrköping"), a number both a
   * number feature and a term ("2024"), and the clusterer does not count that word twice when it
   * asks what an article shares with a story; with them the name features of its given names,
   * which count under the name they begin ("Donald" of "Donald Trump": one person).
   */
  static long[] specificTermKeys(AnalyzedArticle a) {
    return Terms.of(a, ClusterConfig.defaults().everydayRate()).specificTerms();
  }

  /** Whether the article's title and text have letters but none in upper case (a case-less feed). */
  private static boolean caseless(Article a) {
    boolean letters = false;
    for (String part : new String[] {a.title(), a.text()}) {
      for (int i = 0; part != null && i < part.length(); i++) {
        char c = part.charAt(i);
        if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
          return false;
        }
        letters |= Character.isLetter(c);
      }
    }
    return letters;
  }

  /**
   * Weights a prepared article by idf, first counting it in {@code df} (so idf includes it). A
   * Danish, Norwegian or Swedish article's idf also counts {@code backgroundWeight} pseudo-items of
   * background news of its language group ({@link BackgroundRates#of}).
   */
  public static FeatureVector of(PreparedArticle p, DocumentFrequencies df, ClusterConfig cfg) {
    return weigh(p, p.keys(), p.base(), df.addDocumentAndCounts(p.keys()), df, cfg);
  }

  /** Weights {@code keys} (of {@code p}, with their {@code base} and document {@code counts}) by idf. */
  private static FeatureVector weigh(PreparedArticle p, long[] keys, float[] base, int[] counts,
      DocumentFrequencies df, ClusterConfig cfg) {
    double m = p.article().lang().isScandinavian() ? cfg.backgroundWeight() : 0;
    BackgroundRates background = BackgroundRates.shipped().of(p.article().lang());
    double[] w = new double[counts.length];
    for (int i = 0; i < w.length; i++) {
      double prior = m == 0 ? 0 : background.rate(keys[i]) * m;
      w[i] = base[i] * df.idf(counts[i], m, prior);
    }
    // the weight of one name seen once (the rarest there is): weaker specifics stay shorter than unit
    double floor = cfg.specificNormFloor() * cfg.nameBoost() * df.idf(1, m, 0);
    FeatureVector v = build(keys, w, cfg.articleFeatures(), p.distinctTerms(), floor, groupBit(p.article().lang()));
    boolean named = v.hasSpecifics && (!p.article().lang().isScandinavian() || notEveryday(v.keys, background, cfg));
    return named == v.hasSpecifics && p.embedding() == null ? v
        : new FeatureVector(v.keys, v.weights, v.hasTerms, v.hasSpecifics, named, v.distinctTerms, v.group, p.embedding());
  }

  /**
   * Whether {@code keys} hold a name, number or day held by at most {@code everydayRate} of the
   * background news items (any, when {@code everydayRate} is 1 or more: the rule switched off).
   */
  private static boolean notEveryday(long[] keys, BackgroundRates background, ClusterConfig cfg) {
    if (cfg.everydayRate() >= 1) {
      return true;
    }
    for (long k : keys) {
      if (isSpecific(k) && !background.everyday(k, cfg.everydayRate())) {
        return true;
      }
    }
    return false;
  }

  /**
   * How {@code p}'s specifics change when it is compared with a story of another language group
   * ({@link StoryClusterer}): the name features it then adds ({@code added}, ascending, none of
   * them its own) and the features it then leaves out ({@code dropped}, ascending, all its own).
   * Added: the places {@link org.tidende.analysis.Exonyms} lists that it writes at a sentence start
   * ({@link ArticleAnalyzer#sentenceInitialPlaces}: "Copenhagen's driverless metro" gives the key
   * of København), and the countries of its nationality adjectives ({@link
   * org.tidende.analysis.Demonyms#across}: English "Danish" gives Danmark; for Danish, Norwegian
   * and Swedish those the vector leaves out as everyday or unnamed). Dropped: the name feature of
   * such an adjective ("Danish": it counts under its country, as a Scandinavian adjective's word
   * does), and an English text's weekdays and months ({@link MentionedDates#calendarWords}), which
   * no other language has as features. Within one language group the additions each cost ECB+
   * (StoryClusterer's class comment); across groups no term is shared, and these are the names
   * that carry the link.
   */
  record Across(long[] added, long[] dropped) {
    boolean isEmpty() {
      return added.length == 0 && dropped.length == 0;
    }
  }

  /**
   * {@code p}'s {@link Across} change: as {@link #prepare} made it, or (for an article prepared
   * elsewhere, without it) made now. Cost: one lookup per term, the places as the analysis
   * collected them ({@link AnalyzedArticle#sentenceInitialPlaces}; a scan of the text when it did
   * not), and the dates read again.
   */
  static Across across(PreparedArticle p) {
    if (p.acrossAdded() != null) {
      return new Across(p.acrossAdded(), p.acrossDropped());
    }
    String text = p.article().article().fullText();
    return across(p.article(), p.keys(), MentionedDates.of(text),
        Language.EN.equals(p.article().language().language()) ? MentionedDates.calendarWords(text) : List.of());
  }

  /** The {@link Across} change of {@code a}, whose features are {@code keys} (ascending), given its dates. */
  private static Across across(AnalyzedArticle a, long[] keys, List<String> dates, List<String> calendar) {
    TreeSet<Long> added = new TreeSet<>();
    TreeSet<Long> dropped = new TreeSet<>();
    List<String> places = a.sentenceInitialPlaces() != null ? a.sentenceInitialPlaces()
        : ArticleAnalyzer.sentenceInitialPlaces(a.article()); // analysed elsewhere: read from the text
    for (String place : places) {
      added.add(nameKey(place));
    }
    Demonyms demonyms = Demonyms.across(a.lang());
    for (List<String> list : List.of(a.titleTerms(), a.bodyTerms())) {
      for (String t : list) {
        String country = demonyms.country(t);
        if (country != null) {
          added.add(nameKey(country));
          if (a.names().contains(ArticleAnalyzer.nameKey(t))) {
            dropped.add(nameKey(ArticleAnalyzer.nameKey(t)));
          }
        }
      }
    }
    for (String d : calendar) {
      dropped.add(numberKey(d));
    }
    for (String d : dates) {
      if (d.startsWith("q")) { // a count with its noun in the article's words: "q300.000_daily"
        dropped.add(numberKey(d));
      }
    }
    added.removeIf(k -> Arrays.binarySearch(keys, k) >= 0);
    dropped.removeIf(k -> Arrays.binarySearch(keys, k) < 0 || added.contains(k));
    return new Across(added.stream().mapToLong(Long::longValue).toArray(),
        dropped.stream().mapToLong(Long::longValue).toArray());
  }

  /**
   * {@code p}'s vector changed by {@code change} ({@link #across(PreparedArticle)}), each added
   * feature weighed as a name seen once, for a comparison across language groups. {@code p} must
   * already be counted in {@code df} ({@link #of(PreparedArticle, DocumentFrequencies,
   * ClusterConfig)}); the added features are not counted there (their idf is read as if they were),
   * so the document frequencies every other comparison reads stay as they were.
   */
  static FeatureVector across(PreparedArticle p, Across change, DocumentFrequencies df, ClusterConfig cfg) {
    int n = p.keys().length;
    int size = n - change.dropped().length + change.added().length;
    long[] keys = new long[size];
    float[] base = new float[size];
    int[] counts = new int[size];
    int j = 0;
    for (int i = 0; i < n; i++) {
      if (Arrays.binarySearch(change.dropped(), p.keys()[i]) < 0) {
        keys[j] = p.keys()[i];
        base[j] = p.base()[i];
        counts[j++] = df.count(p.keys()[i]);
      }
    }
    for (long k : change.added()) {
      keys[j] = k;
      base[j] = (float) cfg.nameBoost();
      counts[j++] = df.count(k) + 1;
    }
    return weigh(p, keys, base, counts, df, cfg);
  }

  /**
   * What a story member's {@link #across} vector changes in its plain vector {@code v}, as the story
   * keeps it (its {@code ActiveStory#acrossShift}): minus the weight of each dropped feature, plus
   * each added feature at its weight in {@code u} scaled to {@code v}'s specifics length (the ratio
   * of the two weights of a specific both hold, 1 when none is). So a story opened by an English
   * report is met by a Danish one with "Copenhagen" read as København in its centroid too, not
   * only the other way round. Not renormalised: the member's other specifics keep their weights,
   * so only the changed features need keeping. {@code u} is null when {@code change} is empty.
   */
  record Shift(long[] keys, float[] deltas) {
    static final Shift NONE = new Shift(new long[0], new float[0]);
  }

  /** {@code v}'s {@link Shift} to {@code u}, its vector across groups made with {@code change}. */
  static Shift shift(FeatureVector v, FeatureVector u, Across change) {
    if (u == null || change.isEmpty()) {
      return Shift.NONE;
    }
    LongFloatMap plain = v.asMap();
    LongFloatMap other = u.asMap();
    double scale = 1;
    for (int i = 0; i < v.keys.length; i++) {
      float w = other.get(v.keys[i]);
      if (isSpecific(v.keys[i]) && w > 0 && v.weights[i] > 0) {
        scale = v.weights[i] / w;
        break;
      }
    }
    long[] keys = new long[change.dropped().length + change.added().length];
    float[] deltas = new float[keys.length];
    int n = 0;
    for (long k : change.dropped()) {
      float w = plain.get(k);
      if (w != 0f) {
        keys[n] = k;
        deltas[n++] = -w;
      }
    }
    for (long k : change.added()) {
      float w = other.get(k);
      if (w != 0f) {
        keys[n] = k;
        deltas[n++] = (float) (w * scale);
      }
    }
    return n == 0 ? Shift.NONE : new Shift(Arrays.copyOf(keys, n), Arrays.copyOf(deltas, n));
  }

  /** Builds the vector in one step (prepare, then weight); counts the article in {@code df}. */
  public static FeatureVector of(AnalyzedArticle a, DocumentFrequencies df, ClusterConfig cfg) {
    return of(prepare(a, cfg), df, cfg);
  }

  /**
   * Sorts by descending weight (ties by key), keeps the {@code max} heaviest, normalises each part:
   * the terms to unit length, the specifics by their length or {@code specificFloor}, whichever is
   * larger. {@code group} is the terms' language group bit ({@link #groupBit}).
   */
  static FeatureVector build(long[] keys, double[] w, int max, int distinctTerms, double specificFloor, int group) {
    Integer[] order = new Integer[keys.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> w[x] != w[y] ? Double.compare(w[y], w[x]) : Long.compare(keys[x], keys[y]));
    int n = Math.min(max, keys.length);
    double normTerms = 0;
    double normSpecific = 0;
    for (int i = 0; i < n; i++) {
      double x = w[order[i]];
      if (isSpecific(keys[order[i]])) {
        normSpecific += x * x;
      } else {
        normTerms += x * x;
      }
    }
    normTerms = Math.sqrt(normTerms);
    normSpecific = Math.sqrt(normSpecific);
    boolean hasSpecifics = normSpecific > 0;
    if (hasSpecifics) {
      normSpecific = Math.max(normSpecific, specificFloor);
    }
    long[] k = new long[n];
    float[] f = new float[n];
    for (int i = 0; i < n; i++) {
      k[i] = keys[order[i]];
      double norm = isSpecific(k[i]) ? normSpecific : normTerms;
      f[i] = norm == 0 ? 0f : (float) (w[order[i]] / norm);
    }
    return new FeatureVector(k, f, normTerms > 0, hasSpecifics, distinctTerms, group);
  }

  /**
   * The bit of a language's term namespace ({@link #group}): bit 0 for the Scandinavian group, a
   * hashed one of the other 31 bits for any other language (two languages sharing a bit only
   * means the term floor applies between them).
   */
  static int groupBit(Language lang) {
    return lang.isScandinavian() ? 1 : 1 << (1 + Math.floorMod(lang.code().hashCode(), 31));
  }

  static String group(Language lang) {
    if (lang.isScandinavian()) {
      return "s:";
    }
    return lang.code() + ":";
  }

  public int size() {
    return keys.length;
  }

  /**
   * How much less than unit length its specifics are: 1 minus their squared length (0 when they
   * have unit length or there are none). A story counts every member's specifics as of unit
   * length in its norm ({@link ActiveStory}), so this is what the norm holds beyond the exact one.
   */
  double specificSlack() {
    if (!hasSpecifics) {
      return 0;
    }
    double sq = 0;
    for (int i = 0; i < keys.length; i++) {
      if (isSpecific(keys[i])) {
        sq += weights[i] * weights[i];
      }
    }
    return Math.max(0, 1 - sq);
  }

  /** This vector as a map, for repeated dot products against it. */
  LongFloatMap asMap() {
    LongFloatMap m = new LongFloatMap(keys.length);
    for (int i = 0; i < keys.length; i++) {
      m.add(keys[i], weights[i]);
    }
    return m;
  }

  /** Term and specifics dot products with a vector given as a map: {@code {terms, specifics}}. */
  double[] dot(LongFloatMap other) {
    double t = 0;
    double s = 0;
    for (int i = 0; i < keys.length; i++) {
      float o = other.get(keys[i]);
      if (o != 0f) {
        if (isSpecific(keys[i])) {
          s += o * weights[i];
        } else {
          t += o * weights[i];
        }
      }
    }
    return new double[] {t, s};
  }
}
