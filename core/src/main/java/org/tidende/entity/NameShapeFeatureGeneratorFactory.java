package org.tidende.entity;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * OpenNLP feature-generator factory for the name-shape features that the stock generators miss.
 *
 * <p>Method, per token:
 * <ul>
 *   <li>{@code sh=} the collapsed word shape ({@code Xx-x} for "Borten-regjeringen", {@code X-x}
 *       for "NATO-sjefen", {@code Xx} for "Oslo"), and the shapes of the two neighbours;
 *   <li>for hyphenated compounds (NorNE's DRV type, "Ap-regjering", "Obama-administrasjonen"):
 *       the lower-cased head after the last hyphen, its 4-letter suffix, and the word-cluster path
 *       (coarse) of the part before the first hyphen, so that an unseen "Solberg-regjeringen"
 *       shares features with "Borten-regjeringen";
 *   <li>{@code q=in} when the token stands inside quotation marks (titles of works, PROD);
 *   <li>for a capitalised token: whether its lower-cased form is a clustered (so ordinary,
 *       frequent) word, which separates sentence-initial capitals from names.
 * </ul>
 *
 * <p>Why: on the NorNE dev files the stock generators found 13 % of DRV names and under half of
 * PROD; these are the cues a person uses for them. Cost: a few string operations per token (the
 * aggregated generators are cached per sentence). Failure modes: quotes that do not pair (a
 * sentence cut inside a quotation) invert the quote feature for the rest of the sentence;
 * hyphenated ordinary compounds ("TV-kanal") look like DRV and rely on the other features.
 *
 * <p>Descriptor use: {@code <generator class="org.tidende.entity.NameShapeFeatureGeneratorFactory">
 * <str name="dict">clusters</str></generator>}; the dictionary (a {@link ClusterDictionary}
 * resource in the model) is optional.
 */
public final class NameShapeFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
  @Override
  public AdaptiveFeatureGenerator create() throws InvalidFormatException {
    String dictName = getStr("dict", null);
    ClusterDictionary clusters = null;
    if (dictName != null) {
      Object dict = resourceManager == null ? null : resourceManager.getResource(dictName);
      if (!(dict instanceof ClusterDictionary c)) {
        throw new InvalidFormatException("cluster dictionary '" + dictName + "' missing from the model");
      }
      clusters = c;
    }
    return new Generator(clusters);
  }

  @Override
  public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
    String dictName = getStr("dict", null);
    return dictName == null ? Map.of() : Map.of(dictName, new ClusterDictionary.Serializer());
  }

  record Generator(ClusterDictionary clusters) implements AdaptiveFeatureGenerator {
    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
      String token = tokens[index];
      String shape = shape(token);
      features.add("sh=" + shape);
      features.add("shp=" + (index > 0 ? shape(tokens[index - 1]) : "BOS") + "|" + shape);
      features.add("shn=" + shape + "|" + (index + 1 < tokens.length ? shape(tokens[index + 1]) : "EOS"));
      int hyphen = token.indexOf('-');
      if (hyphen > 0 && hyphen < token.length() - 1) {
        String head = token.substring(token.lastIndexOf('-') + 1).toLowerCase(Locale.ROOT);
        features.add("hh=" + head);
        if (head.length() > 4) {
          features.add("hs=" + head.substring(head.length() - 4));
        }
        String first = token.substring(0, hyphen);
        features.add("hf=" + shape(first));
        if (clusters != null) {
          String path = clusters.lookup(first);
          features.add("hc=" + (path == null ? "none" : path.substring(0, Math.min(6, path.length()))));
        }
      }
      if (insideQuotes(tokens, index)) {
        features.add("q=in");
      }
      if (clusters != null && !token.isEmpty() && Character.isUpperCase(token.charAt(0))) {
        String lower = token.toLowerCase(Locale.ROOT);
        if (!lower.equals(token)) {
          features.add(clusters.lookup(lower) != null ? "lc=known" : "lc=unknown");
        }
      }
    }

    /** True when an odd number of quotation marks precede the token (straight quotes pair up). */
    private static boolean insideQuotes(String[] tokens, int index) {
      int open = 0;
      for (int i = 0; i < index; i++) {
        String t = tokens[i];
        if (t.length() == 1) {
          char c = t.charAt(0);
          if (c == '«' || c == '“' || c == '„') {
            open++;
          } else if (c == '»' || c == '”') {
            open = Math.max(0, open - 1);
          } else if (c == '"') {
            open = open > 0 ? open - 1 : open + 1;
          }
        }
      }
      return open > 0 && !isQuote(tokens[index]);
    }

    private static boolean isQuote(String t) {
      return t.length() == 1 && "«»“”„\"".indexOf(t.charAt(0)) >= 0;
    }
  }

  /** Collapsed shape: upper X, lower x, digit d, other characters as themselves; runs folded to one. */
  static String shape(String token) {
    StringBuilder sb = new StringBuilder(8);
    char last = 0;
    for (int i = 0; i < token.length() && sb.length() < 12; i++) {
      char c = token.charAt(i);
      char k = Character.isUpperCase(c) ? 'X' : Character.isLetter(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
      if (k != last) {
        sb.append(k);
        last = k;
      }
    }
    return sb.toString();
  }
}
