package org.tidende.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import org.junit.jupiter.api.Test;

/** The name-shape features ({@link NameShapeFeatureGeneratorFactory}). */
class NerFeatureTest {
  @Test
  void shapesCollapseRunsAndKeepHyphens() {
    assertThat(NameShapeFeatureGeneratorFactory.shape("Borten-regjeringen")).isEqualTo("Xx-x");
    assertThat(NameShapeFeatureGeneratorFactory.shape("NATO-sjefen")).isEqualTo("X-x");
    assertThat(NameShapeFeatureGeneratorFactory.shape("Oslo")).isEqualTo("Xx");
    assertThat(NameShapeFeatureGeneratorFactory.shape("1990-åra")).isEqualTo("d-x");
    assertThat(NameShapeFeatureGeneratorFactory.shape("")).isEmpty();
  }

  /**
   * The cluster generator keeps a sentence's features by position (the descriptor's window asks for
   * each token three times): asked in any order, and again after the array is refilled and the
   * finder cleared, it gives what a fresh generator gives.
   */
  @Test
  void clusterFeaturesOfTheLastSentenceAreKeptOnlyUntilCleared() throws Exception {
    ClusterDictionary clusters = new ClusterDictionary(Map.of("fjellet", "0110101", "Kari", "1110", "kom", "10"));
    String descriptor = "<featureGenerators><generator class=\"org.tidende.entity.ClusterFeatureGeneratorFactory\">"
        + "<str name=\"dict\">clusters</str><str name=\"lengths\">2,4</str></generator></featureGenerators>";
    Supplier<AdaptiveFeatureGenerator> make = () -> {
      try {
        return GeneratorFactory.create(
            new ByteArrayInputStream(descriptor.getBytes(StandardCharsets.UTF_8)), key -> clusters);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
    AdaptiveFeatureGenerator kept = make.get();
    String[] tokens = {"Kari", "kom", "til", "Fjellet"};
    for (int index : new int[] {1, 0, 2, 1, 3, 0}) {
      List<String> f = new ArrayList<>();
      kept.createFeatures(f, tokens, index, new String[0]);
      List<String> fresh = new ArrayList<>();
      make.get().createFeatures(fresh, tokens, index, new String[0]);
      assertThat(f).as("token %d", index).isEqualTo(fresh);
    }
    kept.clearAdaptiveData();
    tokens[0] = "Ukjent"; // a caller that refills its array for the next sentence
    List<String> f = new ArrayList<>();
    kept.createFeatures(f, tokens, 0, new String[0]);
    assertThat(f).containsExactly("wc=none");
    f.clear();
    kept.createFeatures(f, tokens, 3, new String[0]);
    assertThat(f).containsExactly("wc2=01", "wc4=0110");
  }

  @Test
  void compoundAndQuoteFeatures() {
    ClusterDictionary clusters = new ClusterDictionary(Map.of("NATO", "0110101", "sjefen", "1110"));
    AdaptiveFeatureGenerator g = new NameShapeFeatureGeneratorFactory.Generator(clusters);
    String[] tokens = {"NATO-sjefen", "så", "«", "Den", "store", "stilla", "»", "."};
    List<String> f = new ArrayList<>();
    g.createFeatures(f, tokens, 0, new String[0]);
    assertThat(f).contains("sh=X-x", "hh=sjefen", "hs=efen", "hf=X", "hc=011010").doesNotContain("q=in");
    f.clear();
    g.createFeatures(f, tokens, 4, new String[0]);
    assertThat(f).contains("q=in");
    f.clear();
    g.createFeatures(f, tokens, 7, new String[0]);
    assertThat(f).doesNotContain("q=in");
  }
}
