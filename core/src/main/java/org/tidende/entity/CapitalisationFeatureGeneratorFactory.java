package org.tidende.entity;

import java.util.List;
import java.util.Map;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * OpenNLP feature-generator factory for name-likeness learned from unlabeled news
 * ({@link CapitalisationTable}): {@code cap=B} with the current word's capitalisation bucket B
 * (0-4, {@code cap=none} for a capitalised word not in the table), and {@code cap0=B} as well when
 * the word stands first in the sentence, where its own capital says nothing and the bucket is the
 * main evidence.
 *
 * <p>Why: the stock features see a capital, not whether the word is capitalised elsewhere; a
 * sentence-initial or headline "Regjeringen" and "Rudbjerg" look alike to them. Cost: one look-up
 * per word. Failure modes: see {@link CapitalisationTable}.
 *
 * <p>Descriptor use: {@code <generator class="org.tidende.entity.CapitalisationFeatureGeneratorFactory">
 * <str name="dict">capitals</str></generator>}; the table is a resource stored in the model.
 */
public final class CapitalisationFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
  @Override
  public AdaptiveFeatureGenerator create() throws InvalidFormatException {
    String dictName = getStr("dict");
    Object dict = resourceManager == null ? null : resourceManager.getResource(dictName);
    if (!(dict instanceof CapitalisationTable table)) {
      throw new InvalidFormatException("capitalisation table '" + dictName + "' missing from the model");
    }
    return new Generator(table);
  }

  @Override
  public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
    return Map.of(getStr("dict"), new CapitalisationTable.Serializer());
  }

  record Generator(CapitalisationTable table) implements AdaptiveFeatureGenerator {
    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
      String t = tokens[index];
      if (t.isEmpty() || !Character.isLetter(t.charAt(0))) {
        return;
      }
      int b = table.bucket(t);
      if (b < 0 && !Character.isUpperCase(t.charAt(0))) {
        return;
      }
      String v = b < 0 ? "none" : Integer.toString(b);
      features.add("cap=" + v);
      if (index == 0) {
        features.add("cap0=" + v);
      }
    }
  }
}
