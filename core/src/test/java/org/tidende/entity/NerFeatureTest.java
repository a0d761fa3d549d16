package org.tidende.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import org.junit.jupiter.api.Test;
import org.tidende.model.Language;

/** The name-shape features and the language copies of {@link LanguageNameFinderFactory}. */
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
  void languageCopiesOnlyForAKnownLanguageAndOnlyCoreFeatures() {
    AdaptiveFeatureGenerator words = new AdaptiveFeatureGenerator() {
      @Override
      public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        features.add("w=" + tokens[index].toLowerCase(java.util.Locale.ROOT));
        features.add("w&c=" + tokens[index]);
      }
    };
    LanguageNameFinderFactory.ContextGenerator context = new LanguageNameFinderFactory.ContextGenerator(words);
    String[] tokens = {"Ola", "bur", "i", "Oslo"};
    String[] preds = {"other", "other", "other"};
    context.language(Language.NN);
    List<String> nn = Arrays.asList(context.getContext(3, tokens, preds, null));
    assertThat(nn).contains("w=oslo", "w&c=Oslo", "nn|w=oslo", "nn|po=other").doesNotContain("nn|w&c=Oslo");
    context.language(Language.UND);
    List<String> und = Arrays.asList(context.getContext(3, tokens, preds, null));
    assertThat(und).contains("w=oslo").noneMatch(f -> f.contains("|"));
    assertThat(nn).hasSizeGreaterThan(und.size());
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
