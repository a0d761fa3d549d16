package org.tidende.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.tidende.model.Language;

/**
 * Finds people, places, organisations and other names in text.
 *
 * <p>Bokmål, Nynorsk, Danish, Swedish (and text of unknown language, mostly Scandinavian in
 * Tidende's input) go through one joint statistical model trained by {@link NerTrainer}; other
 * languages (English, German, Spanish, ...) through {@link CapitalisedNameRecognizer}, a
 * capitalisation heuristic typed by a gazetteer. Types follow each corpus: Bokmål and Nynorsk get
 * NorNE's PER/ORG/LOC/PROD/EVT/DRV/MISC, Danish and Swedish PER/ORG/LOC/MISC.
 *
 * <p>Thread-safe: the OpenNLP finder (which keeps per-call state) is held per thread.
 *
 * <pre>{@code
 * EntityRecognizer ner = EntityRecognizer.load();
 * List<Mention> ms = ner.recognize("Jurij Usjakov kom til Vladivostok.", Language.NN);
 * }</pre>
 */
public final class EntityRecognizer {
  /** Classpath location of the shipped model. */
  public static final String MODEL_RESOURCE = "/org/tidende/entity/ner-sca.bin";
  /** Sentences longer than this are tagged in chunks, bounding the decoder's work per call. */
  private static final int MAX_SENTENCE = 250;

  private final ThreadLocal<NameFinderME> finders;
  private final CapitalisedNameRecognizer fallback;

  private EntityRecognizer(TokenNameFinderModel model, CapitalisedNameRecognizer fallback) {
    Objects.requireNonNull(model, "model");
    this.finders = ThreadLocal.withInitial(() -> new NameFinderME(model));
    this.fallback = Objects.requireNonNull(fallback, "fallback");
  }

  /**
   * The recognizer with the model and gazetteer bundled in core's resources.
   *
   * @throws IllegalStateException when the bundled model is missing or unreadable (a build error)
   */
  public static EntityRecognizer load() {
    try (InputStream in = EntityRecognizer.class.getResourceAsStream(MODEL_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("NER model " + MODEL_RESOURCE + " missing; run ./tidende ner-train");
      }
      return new EntityRecognizer(new TokenNameFinderModel(in), CapitalisedNameRecognizer.load());
    } catch (IOException e) {
      throw new IllegalStateException("NER model " + MODEL_RESOURCE + " unreadable", e);
    }
  }

  /**
   * A recognizer with the model in {@code modelFile} (as written by {@code ./tidende ner-train})
   * and the bundled fallback gazetteer.
   *
   * @throws UncheckedIOException when the file cannot be read as a name-finder model
   */
  public static EntityRecognizer fromFile(Path modelFile) {
    try (InputStream in = Files.newInputStream(modelFile)) {
      return new EntityRecognizer(new TokenNameFinderModel(in), CapitalisedNameRecognizer.load());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read NER model " + modelFile, e);
    }
  }

  /** A recognizer over an already loaded model (for the trainer and tests). */
  public static EntityRecognizer of(TokenNameFinderModel model) {
    return new EntityRecognizer(model, CapitalisedNameRecognizer.load());
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
    for (List<NameTokenizer.Token> sentence : NameTokenizer.sentences(text)) {
      List<String> words = sentence.stream().map(NameTokenizer.Token::text).toList();
      for (NameSpan n : recognizeTokens(words, language)) {
        int start = sentence.get(n.start()).start();
        int end = sentence.get(n.end() - 1).end();
        out.add(new Mention(text.substring(start, end), n.type(), start, end));
      }
    }
    return out;
  }

  /**
   * Names over one already tokenised sentence (tokens as the Universal Dependencies treebanks cut
   * them: punctuation apart). Never throws; null or empty tokens give an empty list.
   */
  public List<NameSpan> recognizeTokens(List<String> tokens, Language language) {
    List<NameSpan> out = new ArrayList<>();
    if (tokens == null || tokens.isEmpty()) {
      return out;
    }
    Language lang = language == null ? Language.UND : language;
    if (lang.isKnown() && !lang.isScandinavian()) {
      return fallback.recognize(tokens);
    }
    for (int from = 0; from < tokens.size(); from += MAX_SENTENCE) {
      int to = Math.min(tokens.size(), from + MAX_SENTENCE);
      String[] chunk = new String[to - from];
      for (int i = from; i < to; i++) {
        String t = tokens.get(i);
        chunk[i - from] = t == null || t.isBlank() ? "_" : t;
      }
      tag(chunk, lang, from, out);
    }
    return out;
  }

  private void tag(String[] tokens, Language lang, int offset, List<NameSpan> out) {
    NameFinderME finder = finders.get();
    try {
      for (Span s : finder.find(tokens)) {
        EntityType t = EntityType.parse(s.getType());
        if (t != null) {
          boolean coarse = lang.equals(Language.DA) || lang.equals(Language.SV);
          out.add(new NameSpan(s.getStart() + offset, s.getEnd() + offset, coarse ? t.coarse() : t));
        }
      }
    } catch (RuntimeException e) {
      // a model/feature failure on odd input loses this sentence's names, never the caller's call
    } finally {
      finder.clearAdaptiveData();
    }
  }
}
