package org.tidende.entity;

import java.util.List;
import java.util.Map;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * OpenNLP feature-generator factory for the labelled-name lexicon ({@link NameLexicon}): what the
 * annotated corpora of all four languages say about the current word.
 *
 * <p>Method, for a word the lexicon knows (seen {@code n} times, {@code n_T} of them inside a name
 * of type T): {@code lx=T} for the most frequent name type, with its share bucketed
 * ({@code lxs=T|lo} under 1/2, {@code mid} under 9/10, {@code hi}), {@code lx2=T} for a second type
 * holding at least a quarter of the occurrences, and {@code lx=O} for a word seen at least twice
 * and never inside a name ("Regjeringen", "Statsministeren").
 *
 * <p>Why: names recur across the Scandinavian languages (people, countries, clubs, companies),
 * and Danish has only ~10k training tokens, so a Danish sentence profits from what NorNE and the
 * Swedish corpus saw. The perceptron learns how far to trust the lexicon per outcome, because the
 * jackknifed training lexicon is as incomplete on training sentences as the real one is on new
 * text. Cost: one look-up per word. Failure modes: the corpora's conventions differ (NorNE tags
 * GPE roles by context, so "Norge" is LOC and ORG), which the type shares carry through; common
 * words that are names in another language ("Bo", "Man") fire a name feature and rely on the
 * others.
 *
 * <p>Descriptor use: {@code <generator class="org.tidende.entity.NameLexiconFeatureGeneratorFactory">
 * <str name="dict">lexicon</str></generator>}; the lexicon is a resource stored in the model.
 */
public final class NameLexiconFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
  @Override
  public AdaptiveFeatureGenerator create() throws InvalidFormatException {
    String dictName = getStr("dict");
    Object dict = resourceManager == null ? null : resourceManager.getResource(dictName);
    if (!(dict instanceof NameLexicon lexicon)) {
      throw new InvalidFormatException("name lexicon '" + dictName + "' missing from the model");
    }
    return new Generator(lexicon);
  }

  @Override
  public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
    return Map.of(getStr("dict"), new NameLexicon.Serializer());
  }

  record Generator(NameLexicon lexicon) implements AdaptiveFeatureGenerator {
    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
      int[] c = lexicon.counts(tokens, index);
      if (c == null) {
        return;
      }
      int all = c[NameLexicon.TYPES.size()];
      int best = -1;
      int second = -1;
      for (int i = 0; i < NameLexicon.TYPES.size(); i++) {
        if (c[i] == 0) {
          continue;
        }
        if (best < 0 || c[i] > c[best]) {
          second = best;
          best = i;
        } else if (second < 0 || c[i] > c[second]) {
          second = i;
        }
      }
      if (best < 0) {
        if (all >= 2) {
          features.add("lx=O");
        }
        return;
      }
      String type = NameLexicon.TYPES.get(best).name();
      features.add("lx=" + type);
      double share = c[best] / (double) all;
      features.add("lxs=" + type + (share < 0.5 ? "|lo" : share < 0.9 ? "|mid" : "|hi"));
      if (second >= 0 && c[second] * 4 >= all) {
        features.add("lx2=" + NameLexicon.TYPES.get(second).name());
      }
    }
  }
}
