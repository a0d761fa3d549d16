package org.tidende.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
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

  @Test
  void compoundAndQuoteFeatures() {
    ClusterDictionary clusters = new ClusterDictionary(java.util.Map.of("NATO", "0110101", "sjefen", "1110"));
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
