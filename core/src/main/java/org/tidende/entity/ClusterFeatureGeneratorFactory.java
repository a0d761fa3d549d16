package org.tidende.entity;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * OpenNLP feature-generator factory for {@link WordClusters} paths: for the current token it emits
 * the prefixes of the token's cluster path at the lengths given by {@code lengths} (for example
 * {@code 4,8,12}), as {@code <name>=<prefix>}. The token is looked up as is, then lower-cased,
 * then with only its first letter capitalised, so headline capitals still find a cluster.
 *
 * <p>Descriptor use: {@code <generator class="org.tidende.entity.ClusterFeatureGeneratorFactory">
 * <str name="dict">clusters</str><str name="lengths">4,8,12</str></generator>}; the dictionary is
 * a {@link ClusterDictionary} resource stored in the model.
 */
public final class ClusterFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
  @Override
  public AdaptiveFeatureGenerator create() throws InvalidFormatException {
    String dictName = getStr("dict");
    Object dict = resourceManager == null ? null : resourceManager.getResource(dictName);
    if (!(dict instanceof ClusterDictionary clusters)) {
      throw new InvalidFormatException("cluster dictionary '" + dictName + "' missing from the model");
    }
    String[] parts = getStr("lengths", "4,8,12").split(",");
    int[] lengths = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      lengths[i] = Integer.parseInt(parts[i].strip());
    }
    return new Generator(clusters, getStr("name", "wc"), lengths);
  }

  @Override
  public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
    return Map.of(getStr("dict"), new ClusterDictionary.Serializer());
  }

  private record Generator(ClusterDictionary clusters, String name, int[] lengths)
      implements AdaptiveFeatureGenerator {
    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
      String path = lookup(tokens[index]);
      if (path == null) {
        features.add(name + "=none");
        return;
      }
      for (int len : lengths) {
        features.add(name + len + "=" + (path.length() > len ? path.substring(0, len) : path));
      }
    }

    private String lookup(String token) {
      String p = clusters.lookup(token);
      if (p == null) {
        String lower = token.toLowerCase(Locale.ROOT);
        p = clusters.lookup(lower);
        if (p == null && lower.length() > 1) {
          p = clusters.lookup(Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
        }
      }
      return p;
    }
  }
}
