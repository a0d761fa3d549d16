package org.tidende.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.tidende.ingest.InvisibleChars;
import org.tidende.model.Language;

/**
 * Finds people, places, organisations and other names in text.
 *
 * <p>Bokmål and Nynorsk (and text of unknown language, mostly Scandinavian in Tidende's input) go
 * through the Norwegian statistical model, Danish and Swedish through the Danish/Swedish one (both
 * trained by {@link NerTrainer}, see {@link NerTrainer#shipped()} for why two); other
 * languages (English, German, Spanish, ...) through {@link CapitalisedNameRecognizer}, a
 * capitalisation heuristic typed by a gazetteer, which is also told the given names of the labelled
 * corpora ({@link #givenName}) so that a German run the part-of-speech tagger cuts keeps a first
 * name's surname. Types follow each corpus: Bokmål and Nynorsk get
 * NorNE's PER/ORG/LOC/PROD/EVT/DRV/MISC, Danish and Swedish PER/ORG/LOC/MISC.
 *
 * <p>Thread-safe: each name finder (which keeps per-call state) is held per thread and model. The
 * statistical models tag through {@link PerceptronNameFinder}, OpenNLP's beam search with each
 * token's features scored once (the same names; 79-81k tokens a CPU-second where {@code NameFinderME}
 * tagged 45-53k, session 40, README's NER rows).
 *
 * <pre>{@code
 * EntityRecognizer ner = EntityRecognizer.load();
 * List<Mention> ms = ner.recognize("Jurij Usjakov kom til Vladivostok.", Language.NN);
 * }</pre>
 */
public final class EntityRecognizer {
  /** Classpath folder of the shipped models ({@link NerTrainer#shipped()} names the files). */
  public static final String MODEL_FOLDER = "/org/tidende/entity/";
  /** Sentences longer than this are tagged in chunks, bounding the decoder's work per call. */
  private static final int MAX_SENTENCE = 250;

  /** Finder per language that has its own model; {@link #fallbackFinders} tags the others. */
  private final Map<Language, ThreadLocal<TokenNameFinder>> finders;
  private final ThreadLocal<TokenNameFinder> fallbackFinders;
  private final CapitalisedNameRecognizer fallback;
  /** The labelled-name lexicon stored in the Scandinavian model, if it has one. */
  private final NameLexicon lexicon;

  private EntityRecognizer(Map<Language, TokenNameFinderModel> models, TokenNameFinderModel other,
      CapitalisedNameRecognizer fallback) {
    Objects.requireNonNull(other, "model");
    Map<TokenNameFinderModel, ThreadLocal<TokenNameFinder>> shared = new IdentityHashMap<>();
    Map<Language, ThreadLocal<TokenNameFinder>> byLanguage = new HashMap<>();
    shared.put(other, ThreadLocal.withInitial(PerceptronNameFinder.finders(other)));
    models.forEach((lang, m) -> byLanguage.put(lang,
        shared.computeIfAbsent(m, k -> ThreadLocal.withInitial(PerceptronNameFinder.finders(k)))));
    this.finders = Map.copyOf(byLanguage);
    this.fallbackFinders = shared.get(other);
    this.lexicon = other.getArtifact("lexicon") instanceof NameLexicon l ? l : null;
    Objects.requireNonNull(fallback, "fallback"); // a German run cut by the tagger keeps the corpora's given names whole
    this.fallback = lexicon == null ? fallback : fallback.withGivenNames(lexicon::mostlyInPersonNames);
  }

  /**
   * Whether {@code word} is a given name by the labelled corpora the models learnt from: it stood
   * inside a person's name in most of its occurrences ({@link NameLexicon#mostlyInPersonNames});
   * false for a model without the lexicon.
   */
  public boolean givenName(String word) {
    return lexicon != null && word != null && lexicon.mostlyInPersonNames(word);
  }

  /**
   * The type of name {@code word} (as written) stood inside most often in the labelled corpora the
   * models learnt from, when it stood inside names of that type three times or more and that in
   * most of its occurrences ("Arena" LOC, "Viking" ORG, "Lund" PER); null otherwise, and for a
   * model without the lexicon.
   */
  public EntityType labelledType(String word) {
    if (lexicon == null || word == null) {
      return null;
    }
    int[] o = lexicon.occurrences(word);
    int best = 0;
    for (int i = 1; i < o.length - 1; i++) {
      best = o[i] > o[best] ? i : best;
    }
    return o[best] >= 3 && 2 * o[best] > o[o.length - 1] ? EntityType.values()[best] : null;
  }

  /**
   * Whether {@code word} (as written) stood inside a name of {@code type} at least once in the
   * labelled corpora the models learnt from ("Solna" LOC: a town and a club's name); false for a
   * model without the lexicon.
   */
  public boolean labelledAs(String word, EntityType type) {
    return lexicon != null && word != null && lexicon.occurrences(word)[type.ordinal()] > 0;
  }

  /**
   * Whether {@code word} is a given name by the labelled corpora ({@link #givenName}) or the first
   * word of a person's name of several words in the gazetteer the fallback recognizer reads
   * ("Ebba", "Erik", "Andrea"): the corpora alone know few Swedish given names.
   */
  public boolean knownFirstName(String word) {
    return givenName(word) || (word != null && fallback.isFirstName(word));
  }

  /**
   * Whether {@code word} ends in an {@code -s} that is a genitive by the labelled corpora the
   * models learnt from: the word without it stood inside names of {@code type} five times or more,
   * mostly so, and four times as often as {@code word} stood inside a name ("Anderssons" 0 beside
   * "Andersson" 19, "Viks" 0 beside "Vik" 13; not "Johannes" 8 beside "Johanne" 13, nor "News",
   * whose "New" is a place's word), and it is no given name of the gazetteer's persons: "Julia
   * Roberts", "Stormy Daniels" and general "Richards" are surnames of a given name and an s, which
   * the counts cannot tell from a genitive. False for a model without the lexicon.
   */
  public boolean labelledGenitive(String word, EntityType type) {
    if (lexicon == null || word == null || word.length() < 4 || !word.endsWith("s")) {
      return false;
    }
    String stem = word.substring(0, word.length() - 1);
    if (fallback.isFirstName(stem)) {
      return false;
    }
    int[] base = lexicon.occurrences(stem);
    int[] withS = lexicon.occurrences(word);
    int all = base.length - 1;
    int baseIn = 0;
    int withSIn = 0;
    for (int i = 0; i < all; i++) {
      baseIn += base[i];
      withSIn += withS[i];
    }
    int ofType = base[type.ordinal()];
    return ofType >= 5 && 2 * ofType > baseIn && 2 * baseIn > base[all] && 4 * withSIn <= baseIn;
  }

  /**
   * The recognizer with the models and gazetteer bundled in core's resources: the first shipped
   * model ({@link NerTrainer#shipped()}) also tags text of unknown language.
   *
   * @throws IllegalStateException when a bundled model is missing or unreadable (a build error)
   */
  public static EntityRecognizer load() {
    Map<Language, TokenNameFinderModel> models = new HashMap<>();
    TokenNameFinderModel first = null;
    for (NerTrainer.ShippedModel shipped : NerTrainer.shipped()) {
      TokenNameFinderModel model = bundled(shipped);
      first = first == null ? model : first;
      for (Language l : shipped.tags()) {
        models.put(l, model);
      }
    }
    return new EntityRecognizer(models, first, CapitalisedNameRecognizer.load());
  }

  /**
   * The bundled model of {@code shipped}, read from core's resources.
   *
   * @throws IllegalStateException when it is missing or unreadable (a build error)
   */
  static TokenNameFinderModel bundled(NerTrainer.ShippedModel shipped) {
    String resource = MODEL_FOLDER + shipped.file();
    try (InputStream in = EntityRecognizer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("NER model " + resource + " missing; run ./tidende ner-train");
      }
      return new TokenNameFinderModel(in);
    } catch (IOException e) {
      throw new IllegalStateException("NER model " + resource + " unreadable", e);
    }
  }

  /**
   * A recognizer with the model in {@code modelFile} (as written by {@code ./tidende ner-train})
   * for every language, and the bundled fallback gazetteer.
   *
   * @throws UncheckedIOException when the file cannot be read as a name-finder model
   */
  public static EntityRecognizer fromFile(Path modelFile) {
    return new EntityRecognizer(Map.of(), read(modelFile), CapitalisedNameRecognizer.load());
  }

  /**
   * A recognizer with the model in {@code modelFile} for every language except those in {@code
   * perLanguage}, which get the model in their file.
   *
   * @throws UncheckedIOException when a file cannot be read as a name-finder model
   */
  public static EntityRecognizer fromFiles(Path modelFile, Map<Language, Path> perLanguage) {
    Map<Path, TokenNameFinderModel> read = new HashMap<>();
    Map<Language, TokenNameFinderModel> models = new HashMap<>();
    perLanguage.forEach((l, f) -> models.put(l, read.computeIfAbsent(f, EntityRecognizer::read)));
    return new EntityRecognizer(models, read.computeIfAbsent(modelFile, EntityRecognizer::read),
        CapitalisedNameRecognizer.load());
  }

  private static TokenNameFinderModel read(Path modelFile) {
    try (InputStream in = Files.newInputStream(modelFile)) {
      return new TokenNameFinderModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read NER model " + modelFile, e);
    }
  }

  /**
   * A recognizer with the given model per language and {@code other} for text of other or unknown
   * Scandinavian language (for cross-validation, which trains the shipped configurations anew).
   */
  public static EntityRecognizer of(Map<Language, TokenNameFinderModel> perLanguage, TokenNameFinderModel other) {
    return new EntityRecognizer(perLanguage, other, CapitalisedNameRecognizer.load());
  }

  /** A recognizer over an already loaded model, for every language (for the trainer and tests). */
  public static EntityRecognizer of(TokenNameFinderModel model) {
    return new EntityRecognizer(Map.of(), model, CapitalisedNameRecognizer.load());
  }

  /**
   * Names in {@code text}, in text order, with char offsets into it.
   *
   * @param text any text; null or blank gives an empty list
   * @param language the text's language; null or {@link Language#UND} is read as Scandinavian
   * @return the mentions, never null; never throws on any input
   */
  public List<Mention> recognize(String text, Language language) {
    List<Mention> out = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return out;
    }
    Language lang = language == null ? Language.UND : language;
    boolean byFallback = lang.isKnown() && !lang.isScandinavian();
    List<List<NameTokenizer.Token>> sentences = NameTokenizer.sentences(text, !byFallback);
    List<List<NameSpan>> fallbackNames = null;
    if (byFallback) { // the whole text at once: names found once type repeats
      List<List<String>> words = new ArrayList<>();
      for (List<NameTokenizer.Token> sentence : sentences) {
        words.add(sentence.stream().map(t -> InvisibleChars.strip(t.text())).toList());
      }
      fallbackNames = fallback.recognizeDocument(words, lang);
    }
    for (int s = 0; s < sentences.size(); s++) {
      List<NameTokenizer.Token> sentence = sentences.get(s);
      List<String> words = sentence.stream().map(NameTokenizer.Token::text).toList();
      for (NameSpan n : fallbackNames != null ? fallbackNames.get(s) : recognizeTokens(words, language)) {
        int start = sentence.get(n.start()).start();
        int end = sentence.get(n.end() - 1).end();
        out.add(new Mention(text.substring(start, end), n.type(), start, end));
      }
    }
    return surnamesAsPeople(out);
  }

  /**
   * One text's one-word names that are the surname of a person it names in full, typed as people:
   * "Pernille Vermund ... Vermund", "Joe Biden ... Biden" (or "Bidens"). The models type a lone
   * surname by its shape and neighbours, one sentence at a time, and often call a foreign or rare
   * one a place or an organisation; news introduces a person in full and then writes the surname,
   * so within one text the full name settles what the surname is (label consistency across a
   * document, as in Krishnan and Manning 2006). In the stories of the two weeks of Swedish feeds,
   * the Norwegian feeds and the second labelled Danish day, 18 one-word names stood apart from a
   * person of their story whose surname they are (Biden, Netanyahu and Zelenskyj as places, Trump
   * as an organisation); this joins 11, each rightly. Of the 7 left, whose articles do not name the
   * person in full, 3 are rightly apart (a town named like a person of another article: Gjerstad).
   * Only the same text counts, so such a town stays a town. Failure mode: a place named like a
   * person the same text names in full is taken for the person.
   */
  static List<Mention> surnamesAsPeople(List<Mention> mentions) {
    Set<String> surnames = new HashSet<>();
    for (Mention m : mentions) {
      int space = m.text().lastIndexOf(' ');
      if (m.type() == EntityType.PER && space > 0) {
        surnames.add(m.text().substring(space + 1));
      }
    }
    if (surnames.isEmpty()) {
      return mentions;
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      String t = m.text();
      boolean surname = m.type() != EntityType.PER && t.indexOf(' ') < 0
          && (surnames.contains(t)
              || (t.length() > 3 && t.endsWith("s") && surnames.contains(t.substring(0, t.length() - 1))));
      out.add(surname ? new Mention(t, EntityType.PER, m.start(), m.end()) : m);
    }
    return out;
  }

  /**
   * Names over one already tokenised sentence (tokens as the Universal Dependencies treebanks cut
   * them: punctuation apart). Soft hyphens and the other {@link InvisibleChars} are dropped from
   * each token first, as the readers drop them from articles: "Volvo" with a soft hyphen before it
   * is tagged as "Volvo".
   * Never throws; null or empty tokens give an empty list.
   */
  public List<NameSpan> recognizeTokens(List<String> tokens, Language language) {
    List<NameSpan> out = new ArrayList<>();
    if (tokens == null || tokens.isEmpty()) {
      return out;
    }
    List<String> words = new ArrayList<>(tokens.size());
    for (String t : tokens) {
      String w = t == null ? null : InvisibleChars.strip(t);
      words.add(w == null || w.isBlank() ? "_" : w);
    }
    Language lang = language == null ? Language.UND : language;
    if (lang.isKnown() && !lang.isScandinavian()) {
      return fallback.recognize(words);
    }
    for (int from = 0; from < words.size(); from += MAX_SENTENCE) {
      int to = Math.min(words.size(), from + MAX_SENTENCE);
      tag(words.subList(from, to).toArray(String[]::new), lang, from, out);
    }
    return out;
  }

  private void tag(String[] tokens, Language lang, int offset, List<NameSpan> out) {
    TokenNameFinder finder = finders.getOrDefault(lang, fallbackFinders).get();
    try {
      List<NameSpan> found = new ArrayList<>();
      for (Span s : finder.find(tokens)) {
        EntityType t = EntityType.parse(s.getType());
        if (t != null) {
          boolean coarse = lang.equals(Language.DA) || lang.equals(Language.SV);
          found.add(new NameSpan(s.getStart(), s.getEnd(), coarse ? t.coarse() : t));
        }
      }
      for (NameSpan s : HeadNouns.repair(tokens, PersonSpans.repair(tokens, found), lang)) {
        out.add(new NameSpan(s.start() + offset, s.end() + offset, s.type()));
      }
    } catch (RuntimeException e) {
      // a model/feature failure on odd input loses this sentence's names, never the caller's call
    } finally {
      finder.clearAdaptiveData();
    }
  }
}
