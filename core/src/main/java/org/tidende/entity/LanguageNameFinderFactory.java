package org.tidende.entity;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.DefaultNameContextGenerator;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderEventStream;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import org.tidende.model.Language;

/**
 * OpenNLP name-finder factory for a model shared by several languages whose corpora annotate
 * differently: every sentence's features come twice, once as they are (shared by all languages)
 * and, for a chosen subset, once more prefixed with the sentence's language ("feature
 * augmentation", Daumé III 2007, "Frustratingly easy domain adaptation").
 *
 * <p>Why: one model over NorNE, DaNE and the Swedish corpus lets the small Danish and Swedish sets
 * borrow from Norwegian, but their conventions differ (NorNE tags "NATO-sjefen" DRV and
 * newspapers PROD; the others leave both untagged) and a plain joint model averaged the
 * conventions, costing Norwegian 4 F1 points. The language copies let the learner keep what is
 * shared in the plain weights and each corpus's habits in its own.
 *
 * <p>Only the current token's core features are copied (word, class, shape, cluster, affixes,
 * neighbours' words, previous outcome, the outcome bias), so tagging costs about a third more
 * than without; text of unknown language uses the shared weights alone. The language reaches the
 * context generator through {@link Finder#find(String[], Language)} at tagging and through the
 * sample order at training ({@link #train}); OpenNLP's own per-sentence "additional context" is
 * unusable here (it adds an uncached 17-token window of features).
 *
 * <p>Failure modes: a wrong language label (Danish text declared Norwegian) tags with the other
 * corpus's conventions; a language absent from training has no copies and falls back to shared
 * weights.
 */
public final class LanguageNameFinderFactory extends TokenNameFinderFactory {
  /** Feature-name prefixes that get a language copy (see the class comment). */
  private static final String[] CONJOINED = {"w=", "wc=", "sh=", "po=", "pow=", "suf=", "pre=", "def", "p1w=",
      "n1w=", "hh=", "q=", "lc=", "wc4=", "wc8="};

  /** For OpenNLP, which instantiates the factory named in a model's manifest. */
  public LanguageNameFinderFactory() {}

  @Override
  public NameContextGenerator createContextGenerator() {
    AdaptiveFeatureGenerator features = createFeatureGenerators();
    if (features == null) {
      throw new IllegalStateException("name finder without a feature descriptor");
    }
    return new ContextGenerator(features);
  }

  /**
   * Trains a model over {@code samples}, where {@code languages.get(i)} is the language of
   * sample i, with OpenNLP's event trainer named in {@code params}.
   */
  static TokenNameFinderModel train(List<NameSample> samples, List<Language> languages, TrainingParameters params,
      byte[] featureDescriptor, Map<String, Object> resources) throws IOException {
    if (samples.size() != languages.size()) {
      throw new IllegalArgumentException("one language per sample");
    }
    LanguageNameFinderFactory factory = (LanguageNameFinderFactory) TokenNameFinderFactory.create(
        LanguageNameFinderFactory.class.getName(), featureDescriptor, resources,
        new opennlp.tools.namefind.BilouCodec());
    ContextGenerator context = (ContextGenerator) factory.createContextGenerator();
    ObjectStream<NameSample> stream = new ObjectStream<>() {
      private int next;

      @Override
      public NameSample read() {
        if (next >= samples.size()) {
          return null;
        }
        context.language(languages.get(next)); // events of a sample are made when it is read
        return samples.get(next++);
      }

      @Override
      public void reset() {
        next = 0;
      }
    };
    Map<String, String> manifest = new HashMap<>();
    ObjectStream<Event> events = new NameFinderEventStream(stream, null, context, factory.createSequenceCodec());
    EventTrainer trainer = TrainerFactory.getEventTrainer(params, manifest);
    MaxentModel model = trainer.train(events);
    int beam = params.getIntParameter("BeamSize", NameFinderME.DEFAULT_BEAM_SIZE);
    return new TokenNameFinderModel("sca", model, beam, factory.getFeatureGenerator(), factory.getResources(),
        manifest, factory.getSequenceCodec(), factory);
  }

  /** A name finder that tells its context generator the sentence's language (one per thread). */
  static final class Finder extends NameFinderME {
    Finder(TokenNameFinderModel model) {
      super(model);
    }

    /** Names in {@code tokens}, a sentence in {@code language} (null or UND: shared weights only). */
    Span[] find(String[] tokens, Language language) {
      if (contextGenerator instanceof ContextGenerator c) {
        c.language(language);
      }
      return find(tokens);
    }
  }

  /** The stock context generator plus language copies of the {@link #CONJOINED} features. */
  static final class ContextGenerator extends DefaultNameContextGenerator {
    private String prefix; // "da|", or null for no copies

    ContextGenerator(AdaptiveFeatureGenerator features) {
      super(features);
    }

    void language(Language language) {
      prefix = language == null || !language.isKnown() ? null : language.code().toLowerCase(Locale.ROOT) + "|";
    }

    @Override
    public String[] getContext(int index, String[] tokens, String[] preds, Object[] additionalContext) {
      String[] base = super.getContext(index, tokens, preds, additionalContext);
      if (prefix == null) {
        return base;
      }
      List<String> out = new ArrayList<>(base.length + 24);
      for (String f : base) {
        out.add(f);
      }
      for (String f : base) {
        for (String p : CONJOINED) {
          if (f.startsWith(p)) {
            out.add(prefix + f);
            break;
          }
        }
      }
      return out.toArray(String[]::new);
    }
  }
}
