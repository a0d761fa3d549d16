package org.tidende.langid;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tidende.model.Language;
import org.tidende.model.LanguageGuess;

/**
 * Identifies the language of a text among {@link Language#SUPPORTED} (nn, nb, da, sv, en, de, es),
 * answering {@link Language#UND} when unsure. Thread-safe and immutable once loaded.
 *
 * <p>Design: a two-stage character n-gram naive Bayes.
 *
 * <ol>
 *   <li><b>Letters</b> (13 classes): every in-word letter n-gram of orders 1–5 is scored against the
 *       log relative frequency of that n-gram in each class. The classes are the seven supported
 *       languages plus six “other” languages (fi, is, nl, fr, it, pt). Tables of nn, nb, da, sv and
 *       en are counted from the shared corpora, those of de, es and the others are converted from
 *       Lingua's published tables ({@link LinguaTables}); every table is cut at the same frequency
 *       floor per order so the two sources have the same coverage. Stage 1 decides the family:
 *       Scandinavian, English, German, Spanish, or other.
 *   <li><b>Words</b> (nn, nb, da, sv): a multinomial naive Bayes over whole words and
 *       boundary-marked n-grams ({@code _ikk}, {@code kje_}, {@code ar_}) trained only on the
 *       Scandinavian corpora. It splits stage 1's Scandinavian mass. Function words and spellings
 *       ({@code ikkje/ikke}, {@code eg/jeg}, {@code frå/fra}, {@code af}, {@code och}, {@code -ede},
 *       æ/ø against ä/ö) are learned here rather than listed by hand.
 * </ol>
 *
 * Each stage's log-likelihoods are divided by a temperature fitted on held-out training text (naive
 * Bayes counts correlated n-grams as independent and is far too sure of itself otherwise), and
 * turned into posteriors. The posterior of a Scandinavian language is P(Scandinavian) × P(language |
 * words); the “other” classes' mass stays with {@code und}.
 *
 * <p>Bokmål against Nynorsk: the Norwegian mass of stage 2 is split again, by the log-odds of nb
 * against nn over <em>plain</em> words only (capitalised words inside a sentence, i.e. names, left
 * out) and only over their whole-word and boundary-anchored n-gram features ({@code _ikk}, {@code
 * ar_}, {@code ikkje}), with a temperature of its own fitted on held-out nb/nn text. The two written
 * standards differ in function words and inflectional endings, not in names or word stems: with
 * every feature counted, a Bokmål sentence about a firm in Sunnfjord was Nynorsk, because the
 * Nynorsk training text happened to cover the west coast and words like “fylkesrådmannen”. On the
 * dev sentences this split took Bokmål from 0.890 to 0.898 and Nynorsk from 0.926 to 0.936 at the
 * same prior.
 *
 * <p>Function words: when the letter stage picks German, English or Spanish for a text that holds
 * two or more Scandinavian function words and none of that language's ({@link FunctionWords}), the
 * family is Scandinavian after all (“Leipzig og Dortmund haler ind på Bayern” is Danish, not
 * German). On the dev sentences: sv 0.980 → 0.986, nb 0.906 → 0.908, nn 0.930 → 0.932, nothing
 * else changed; on the 61,554 real articles of the shared Scandinavian and clustering files it
 * changed 28 answers: 26 to the right language (Danish front-page titles about German clubs read
 * as German, a Swedish film review read as English), one Spanish guess to {@code und} (a Bokmål
 * radio listing) and one German to Bokmål (a Danish title). Words that are function words on both
 * sides (“for”, “at”, “er”, “den”, “de”) count for neither side (nb dev sentences 0.908 → 0.910; 6
 * more real titles and leads back in the Scandinavian family; see {@link FunctionWords}).
 *
 * <p>Rule for {@code und}: the answer is {@code und} when the text has no letter features the
 * model knows, or when the best supported language's posterior is below {@value #MIN_CONFIDENCE}
 * (so also when the “other” classes hold most of the mass, as for Finnish or Icelandic). A single
 * ambiguous word such as {@code menn} therefore comes back {@code und} rather than a coin toss.
 *
 * <p>Rounding: a posterior is the product P(Scandinavian) × P(language | words), each a sum of
 * softmax terms, and for a text beyond doubt it can come out one ulp above 1 (1.0000000000000002).
 * Such a value is clamped to 1, and only NaN counts as no answer: the check that once took any value
 * outside [0, 1] for NaN answered {@code und} at confidence 0 for the clearest texts. It hit 14 of
 * the 21 {@code und} answers of the Norwegian feeds read without their {@code lang} field (“Ein
 * mann vart skadd i handa …”, “Robin må sette karrierestopp …”; Nynorsk or Bokmål at 1.0), and
 * every text so read that had no declared language to fall back on (plain text, HTML, feeds).
 *
 * <p>Hint: a declared language multiplies its own posterior by {@value #HINT_WEIGHT} before
 * normalising: it tips a near tie (a short Nynorsk/Bokmål title) but cannot override a text whose
 * evidence is clear, so a source that labels everything {@code no} (read as nb) does not turn its
 * Nynorsk articles into Bokmål.
 *
 * <p>Prior: stage 2 is trained with balanced classes; its posterior is re-weighted by the Bokmål
 * share {@link #BOKMAL_SHARE} of Norwegian text (the only setting chosen on the dev sentences).
 *
 * <p>Cost: at most {@value #MAX_CHARS} characters are read, in chunks, stopping once both stages
 * are decided; about ten hash-table probes per letter, no allocation beyond a few small arrays.
 * {@code tidende langid-eval} prints the time per ~1.5 KB article (70–200 µs on the shared 2-core
 * machine, depending on load: over the 50 µs target; the probes into a 10 MB table miss the cache).
 * Model: 4 MB gzip resource, about 12 MB in memory.
 *
 * <p>Failure modes: Bokmål written in the conservative (Riksmål) style and Danish share most words;
 * radical Bokmål (“boka”, “kasta”, “blei”) leans toward Nynorsk, because the Bokmål training text
 * (NorNE, Oslo papers) is conservative. Most of the 38 Bokmål dev sentences answered nn are in fact
 * Nynorsk by our reading (the Leipzig labels go by source), and several Nynorsk dev sentences are
 * Bokmål. A Bokmål sentence made only of names and words both standards share is decided by the
 * prior. Leaving out names costs nothing for a Norwegian text, but a one-word sentence start that is
 * a name still counts. A logistic-regression stage 2 was tried and
 * did worse on that out-of-domain text than naive Bayes. Single words shared by several languages
 * are {@code und}; languages outside the 13 classes land on the nearest class with a low posterior.
 *
 * <p>Tried and not kept, against Danish headlines read as Bokmål (29 of 5,000 undeclared Danish
 * front-page lines) and Bokmål ones read as Danish (12 of the Norwegian feeds' 2,481): a word
 * the table knows scored by its whole-word feature alone, without its boundary n-grams, which
 * inflate small corpus differences of words spelled alike ("mennesker": 0.2 nats as a whole word,
 * 10.7 with n-grams), the temperatures refitted each time. Alone for every known word, Danish dev
 * sentences fell from 0.978 to 0.960 and the undeclared Danish lines read as Bokmål rose from 29
 * to 57: the n-grams also carry real Danish spellings and endings ("æ", "-ede"). With a known
 * word's n-grams capped at 8 to 64 nats instead, the best cap (48) kept every dev line within two
 * sentences (Danish single words 0.450 to 0.470, Nynorsk pairs 0.550 to 0.554) but left the 29
 * Danish lines as they were and lost one more Danish line than it fixed. Most of those headlines
 * lean Bokmål word by word ("Vi insisterer på at være de hele og uperfekte mennesker, vi er"):
 * the small per-word lean of the training text adds up, with or without n-grams.
 *
 * <p>Reproducing the model: {@code ./tidende langid-train --data ../shared/data --out
 * core/src/main/resources/org/tidende/langid/langid-model.bin.gz} (needs the Lingua 1.2.2 jar in
 * the local Maven repository: {@code ./mvnw dependency:get
 * -Dartifact=com.github.pemistahl:lingua:1.2.2 -Dtransitive=false}). Training is deterministic.
 * The {@code langid/} dev sentences are not read by training.
 *
 * <p>References: Cavnar &amp; Trenkle, N-gram-based text categorization (1994); Lui &amp; Baldwin,
 * langid.py (ACL 2012); Lingua (github.com/pemistahl/lingua) for the de/es/other tables.
 */
public final class LanguageIdentifier {
  /** Characters read from the start of a text. */
  public static final int MAX_CHARS = 2000;
  /** Below this posterior the answer is {@code und}. */
  public static final double MIN_CONFIDENCE = 0.5;
  /** Factor applied to the declared language's posterior. */
  public static final double HINT_WEIGHT = 3.0;
  /**
   * Prior share of Bokmål in Norwegian text, which re-weights stage 2's (balanced-class) posterior
   * of nb against nn. Bokmål is about 85–90 % of written Norwegian; the value 0.65 is deliberately
   * milder. It is the one setting chosen by looking at the {@code langid/} dev sentences: from the
   * grid 0.5, 0.6, 0.65, 0.7, 0.75, 0.8 (with the plain-word split) it has the highest nb + nn
   * accuracy together with 0.75, and the wider margin over the Nynorsk floor (0.5: nb 0.894 / nn
   * 0.938; 0.6: 0.898 / 0.936; 0.65: 0.906 / 0.930; 0.7: 0.906 / 0.926; 0.8: 0.908 / 0.924).
   */
  public static final double BOKMAL_SHARE = 0.65;
  /** Plain-word features (names left out) needed before they alone split Bokmål from Nynorsk. */
  static final int MIN_PLAIN_HITS = 3;
  /**
   * Temperature-scaled log-odds by which the plain words alone must tell the country (nb and nn
   * one) before names are left out of the four-way split of an undeclared text; see {@link #evidence}.
   */
  static final double NAMES_ASIDE = 3;
  private static final int CHUNK = 100;
  private static final float DECIDED = 8f;
  static final String RESOURCE = "langid-model.bin.gz";

  private static volatile LanguageIdentifier cached;

  private final LanguageModel model;
  private final int[] letterToSupported;
  private final int[] wordToLetter;
  private final double[] wordPrior;
  private final int nb;
  private final int nn;

  LanguageIdentifier(LanguageModel model) {
    this.model = model;
    List<String> supported = Language.SUPPORTED.stream().map(Language::code).toList();
    letterToSupported = model.letterClasses().stream().mapToInt(supported::indexOf).toArray();
    wordToLetter = model.wordClasses().stream().mapToInt(c -> model.letterClasses().indexOf(c)).toArray();
    wordPrior = model.wordClasses().stream()
        .mapToDouble(c -> c.equals("nb") ? 2 * BOKMAL_SHARE : c.equals("nn") ? 2 * (1 - BOKMAL_SHARE) : 1)
        .toArray();
    nb = model.wordClasses().indexOf("nb");
    nn = model.wordClasses().indexOf("nn");
    for (int i : wordToLetter) {
      if (i < 0) {
        throw new IllegalArgumentException("word classes " + model.wordClasses() + " not all in " + model.letterClasses());
      }
    }
  }

  /**
   * The bundled model, loaded once and shared (about 100 ms the first time).
   *
   * @throws UncheckedIOException if the resource is missing or corrupt (a broken build)
   */
  public static LanguageIdentifier load() {
    LanguageIdentifier id = cached;
    if (id == null) {
      synchronized (LanguageIdentifier.class) {
        id = cached;
        if (id == null) {
          try (InputStream in = LanguageIdentifier.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
              throw new IOException("resource org/tidende/langid/" + RESOURCE + " not found");
            }
            id = new LanguageIdentifier(LanguageModel.read(in));
          } catch (IOException e) {
            throw new UncheckedIOException("cannot load the language model", e);
          }
          cached = id;
        }
      }
    }
    return id;
  }

  /**
   * A model read from a file written by {@code tidende langid-train} (for evaluating a new model
   * before bundling it); not cached.
   *
   * @throws IOException when the file cannot be read or is not a model
   */
  public static LanguageIdentifier load(Path modelFile) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(modelFile))) {
      return new LanguageIdentifier(LanguageModel.read(in));
    }
  }

  /** The language of {@code text} (null, empty or letterless text gives {@code und}, confidence 0). */
  public LanguageGuess identify(String text) {
    return identify(text, Language.UND);
  }

  /**
   * The language of {@code text}, with the declared language {@code hint} as a weak prior ({@code
   * null} or {@code und} for none). Never throws on any text.
   */
  public LanguageGuess identify(String text, Language hint) {
    double[] p = posterior(text, hint);
    if (p == null) {
      return LanguageGuess.unknown();
    }
    int best = 0;
    for (int i = 1; i < Language.SUPPORTED.size(); i++) {
      if (p[i] > p[best]) {
        best = i;
      }
    }
    if (Double.isNaN(p[best])) {
      return LanguageGuess.unknown();
    }
    double conf = Math.min(1, Math.max(0, p[best]));
    Language lang = conf >= MIN_CONFIDENCE ? Language.SUPPORTED.get(best) : Language.UND;
    return new LanguageGuess(lang, conf);
  }

  /**
   * Posterior of each supported language, in {@link Language#SUPPORTED} order; the remainder up to
   * 1 is the mass of the “other language” classes. All zero for a text without known features.
   */
  public Map<Language, Double> scores(String text) {
    double[] p = posterior(text, Language.UND);
    Map<Language, Double> out = new LinkedHashMap<>();
    for (int i = 0; i < Language.SUPPORTED.size(); i++) {
      out.put(Language.SUPPORTED.get(i), p == null || Double.isNaN(p[i]) ? 0.0 : Math.min(1, Math.max(0, p[i])));
    }
    return out;
  }

  /** Supported-language posteriors (plus “other” mass last), or null when nothing is known. */
  private double[] posterior(String text, Language hint) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    boolean declared = hint != null && hint.isKnown();
    Veto veto = new Veto(text);
    Evidence e = evidence(text, veto);
    if (e.plainHits() >= MIN_PLAIN_HITS && (declared || countryGap(e.plainWords()) >= NAMES_ASIDE)) {
      e = e.withoutNames();
    }
    if (e.letterHits == 0) {
      return null;
    }
    double[] p = combine(e, model.letterTemperature(), model.wordTemperature(), model.splitTemperature());
    applyFunctionWordVeto(veto, p);
    if (hint != null && hint.isKnown()) {
      int h = Language.SUPPORTED.indexOf(hint);
      if (h >= 0) {
        p[h] *= HINT_WEIGHT;
        double sum = 0;
        for (double v : p) {
          sum += v;
        }
        for (int i = 0; i < p.length; i++) {
          p[i] /= sum;
        }
      }
    }
    return p;
  }

  /**
   * When the best language is German, English or Spanish but {@link FunctionWords} vetoes it, its
   * mass goes to the Scandinavian languages in the proportions the stages gave them.
   */
  private void applyFunctionWordVeto(Veto veto, double[] p) {
    int best = 0;
    for (int i = 1; i < Language.SUPPORTED.size(); i++) {
      best = p[i] > p[best] ? i : best;
    }
    Language winner = Language.SUPPORTED.get(best);
    if (winner.isScandinavian() || !veto.vetoes(best)) {
      return;
    }
    double scandinavian = 0;
    for (int i = 0; i < Language.SUPPORTED.size(); i++) {
      scandinavian += Language.SUPPORTED.get(i).isScandinavian() ? p[i] : 0;
    }
    if (!(scandinavian > 0)) {
      return;
    }
    double moved = p[best];
    p[best] = 0;
    for (int i = 0; i < Language.SUPPORTED.size(); i++) {
      if (Language.SUPPORTED.get(i).isScandinavian()) {
        p[i] += moved * p[i] / scandinavian;
      }
    }
  }

  /**
   * Raw evidence of both stages. The word stage is accumulated twice over: all words, and the
   * “plain” words only, leaving out capitalised words that do not start a sentence. Names (Kim
   * Jong-un, Molde, Vladivostok) tell countries apart (Swedish places against Danish ones), but
   * not the two written standards of one country: a Bokmål sentence about a west-coast firm is
   * pulled to Nynorsk by place names the Nynorsk training text happened to cover. So the
   * Bokmål/Nynorsk split uses only the plain words (see {@link #combine}). A declared language is
   * weighed against plain words alone: names were the main cause of false contradictions (a
   * Nynorsk report on a topic the Danish training text covered came out Danish at 0.9998). Without
   * a declared language the four-way split leaves names out too once the plain words alone tell the
   * country by {@value #NAMES_ASIDE} temperature-scaled nats (Bokmål and Nynorsk counted as one
   * country): names then only break a tie. Names are topical, not linguistic: “Storbritannia
   * fordømmer ikke Trumps Grønland-uttalelse”, Bokmål by its plain words, was Danish at 0.98 from
   * “Grønland” and “Trumps”. Measured on the four Scandinavian files read without their {@code
   * lang} field ({@code tidende extract --json}): Norwegian feeds answered Danish 15 → 12, Danish
   * front pages (first 5,000) answered Bokmål 30 → 29, Swedish feed and no-narc unchanged; dev
   * sentences unchanged except Nynorsk 0.932 → 0.934. Names left out always cost the sentences
   * made only of names (sv 0.986 → 0.978: “Birgitta Hedvall, Ordförande,”); the threshold is from
   * the grid 1, 2.2, 3, 4.6 (1: one Swedish dev sentence lost; 2.2: front pages 3 new errors and 1
   * fixed; 3: none new; 4.6: one Norwegian fix fewer).
   *
   * <p>The text is read in chunks of about {@value #CHUNK} characters, cut at a space, and reading
   * stops early once both stages (and, for Norwegian, the split) are decided by more than {@value
   * #DECIDED} temperature-scaled nats: long articles are usually settled within their first few
   * hundred characters. Only plain words decide the word stage here (names do not stop the
   * reading), and a family outside Scandinavia is not taken as decided when {@link FunctionWords}
   * would veto it on the whole text: the veto then handed the Scandinavian mass of one chunk of
   * English firm names (“Westcon Power &amp; Automation AS (Westcon P&amp;A) har blitt …”, whose
   * names lean Swedish) the answer, Swedish at 0.97, for a Bokmål item that is Bokmål at 0.99999
   * when read on. Package-private for calibration in training.
   */
  Evidence evidence(String text) {
    return evidence(text, new Veto(text));
  }

  /** {@link #evidence(String)}, asking the function-word veto through {@code veto}. */
  Evidence evidence(String text, Veto veto) {
    float[] letters = new float[model.letterClasses().size()];
    float[] words = new float[model.wordClasses().size()];
    float[] names = new float[words.length];
    int[] hits = new int[3];
    FeatureTable lt = model.letters();
    FeatureTable wt = model.words();
    TextFeatures.Sink letterSink = (key, order) -> {
      if (lt.accumulate(key, letters)) {
        hits[0]++;
      }
    };

    float[] split = new float[words.length];
    int[] splitHits = new int[1];
    TextFeatures.Sink wordSink = (key, order) -> {
      int row = wt.row(key);
      if (row >= 0) {
        wt.add(row, words);
        hits[1]++;
        if (order == 0 || (order & (TextFeatures.PREFIX | TextFeatures.SUFFIX)) != 0) {
          wt.add(row, split);
          splitHits[0]++;
        }
      }
    };
    TextFeatures.Sink nameSink = (key, order) -> {
      if (wt.accumulate(key, names)) {
        hits[2]++;
      }
    };
    int end = Math.min(text.length(), MAX_CHARS);
    int start = 0;
    while (start < end) {
      int stop = Math.min(end, start + CHUNK);
      while (stop < end && !Character.isWhitespace(text.charAt(stop))) {
        stop++;
      }
      TextFeatures.extract(text.subSequence(start, stop), CHUNK * 4, letterSink, wordSink, nameSink);
      start = stop;
      if (start < end && decided(veto, letters, words, split)) {
        break;
      }
    }
    float[] all = words.clone();
    for (int c = 0; c < all.length; c++) {
      all[c] += names[c];
    }
    return new Evidence(letters, all, hits[0], hits[1] + hits[2], words, hits[1], split, splitHits[0]);
  }

  private boolean decided(Veto veto, float[] letters, float[] words, float[] split) {
    int best = 0;
    for (int c = 1; c < letters.length; c++) {
      best = letters[c] > letters[best] ? c : best;
    }
    if (gap(letters, best) / model.letterTemperature() < DECIDED) {
      return false;
    }
    boolean scandinavian = false;
    for (int i : wordToLetter) {
      scandinavian |= i == best;
    }
    if (!scandinavian) {
      int s = letterToSupported[best];
      return s < 0 || !veto.vetoes(s);
    }
    int bestWord = 0;
    for (int c = 1; c < words.length; c++) {
      bestWord = words[c] > words[bestWord] ? c : bestWord;
    }
    if (gap(words, bestWord) / model.wordTemperature() < DECIDED) {
      return false;
    }
    if (bestWord != nb && bestWord != nn) {
      return true;
    }
    return Math.abs(split[nb] - split[nn]) / model.splitTemperature() >= DECIDED;
  }

  /**
   * {@link FunctionWords#vetoes} of one text, each language asked at most once: the reading asks
   * it of the letters' family at every chunk it would stop at, and the final answer asks it again
   * of the winner, usually the same language, over the same first {@link #MAX_CHARS} characters.
   * Not thread-safe: one per text.
   */
  static final class Veto {
    private final String text;
    private final Boolean[] answers = new Boolean[Language.SUPPORTED.size()];

    Veto(String text) {
      this.text = text;
    }

    /** Whether the text's function words overrule the supported language at index {@code s}. */
    boolean vetoes(int s) {
      if (answers[s] == null) {
        answers[s] = FunctionWords.vetoes(text, Language.SUPPORTED.get(s), MAX_CHARS);
      }
      return answers[s];
    }
  }

  /** Temperature-scaled log-odds of the best word class against the best class of another country. */
  double countryGap(float[] words) {
    int best = 0;
    for (int c = 1; c < words.length; c++) {
      best = words[c] > words[best] ? c : best;
    }
    float second = Float.NEGATIVE_INFINITY;
    for (int c = 0; c < words.length; c++) {
      if (c != best && !(isNorwegian(c) && isNorwegian(best))) {
        second = Math.max(second, words[c]);
      }
    }
    return (words[best] - second) / model.wordTemperature();
  }

  private boolean isNorwegian(int wordClass) {
    return wordClass == nb || wordClass == nn;
  }

  private static float gap(float[] v, int best) {
    float second = Float.NEGATIVE_INFINITY;
    for (int c = 0; c < v.length; c++) {
      if (c != best) {
        second = Math.max(second, v[c]);
      }
    }
    return v[best] - second;
  }

  /** Combines the two stages at the given temperatures: supported posteriors, then “other” mass. */
  double[] combine(Evidence e, float letterTemperature, float wordTemperature, float splitTemperature) {
    double[] p1 = softmax(e.letters, letterTemperature);
    double[] out = new double[Language.SUPPORTED.size() + 1];
    double scandinavian = 0;
    for (int i : wordToLetter) {
      scandinavian += p1[i];
    }
    double[] p2 = e.wordHits > 0 ? softmax(e.words, wordTemperature) : null;
    if (p2 != null) {
      applyPrior(p2);
      if (e.splitHits >= MIN_PLAIN_HITS && nb >= 0 && nn >= 0) {
        double norwegian = p2[nb] + p2[nn];
        double logOdds = (e.split[nb] - e.split[nn]) / splitTemperature
            + Math.log(wordPrior[nb] / wordPrior[nn]);
        double pNb = 1 / (1 + Math.exp(-logOdds));
        p2[nb] = norwegian * pNb;
        p2[nn] = norwegian * (1 - pNb);
      }
    }
    for (int c = 0; c < p1.length; c++) {
      int s = letterToSupported[c];
      if (s < 0) {
        out[out.length - 1] += p1[c];
      } else {
        out[s] = p1[c];
      }
    }
    if (p2 != null) {
      for (int w = 0; w < wordToLetter.length; w++) {
        out[letterToSupported[wordToLetter[w]]] = scandinavian * p2[w];
      }
    }
    return out;
  }

  /** Re-weights the balanced-class stage-2 posterior by {@link #wordPrior} and renormalises. */
  private void applyPrior(double[] p2) {
    double sum = 0;
    for (int w = 0; w < p2.length; w++) {
      p2[w] *= wordPrior[w];
      sum += p2[w];
    }
    for (int w = 0; w < p2.length; w++) {
      p2[w] /= sum;
    }
  }

  private static double[] softmax(float[] logLikelihood, float temperature) {
    double max = Double.NEGATIVE_INFINITY;
    for (float v : logLikelihood) {
      max = Math.max(max, v);
    }
    double[] p = new double[logLikelihood.length];
    double sum = 0;
    for (int i = 0; i < p.length; i++) {
      p[i] = Math.exp((logLikelihood[i] - max) / temperature);
      sum += p[i];
    }
    for (int i = 0; i < p.length; i++) {
      p[i] /= sum;
    }
    return p;
  }

  LanguageModel model() {
    return model;
  }

  /**
   * Raw evidence (log-likelihoods, and how many features each found in its table): stage-1
   * letters; stage-2 words, all of them and the plain ones (names left out); and the split
   * evidence, plain words' whole-word and boundary-anchored n-gram features only.
   */
  record Evidence(float[] letters, float[] words, int letterHits, int wordHits, float[] plainWords, int plainHits,
      float[] split, int splitHits) {
    /** The same evidence with names left out of the word stage altogether. */
    Evidence withoutNames() {
      return new Evidence(letters, plainWords, letterHits, plainHits, plainWords, plainHits, split, splitHits);
    }
  }

  /**
   * True when {@code text} holds at least one Scandinavian function word and, outside capitalised
   * names, none of {@code other}'s (German, English or Spanish; see {@link FunctionWords}): the
   * evidence on which a source's declared Scandinavian language stands against a guess of {@code
   * other}.
   */
  public static boolean scandinavianFunctionWordsOnly(String text, Language other) {
    return FunctionWords.vetoes(text, other, MAX_CHARS, 1);
  }
}
