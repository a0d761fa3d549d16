package org.tidende.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidende.TestData;

/**
 * {@link PerceptronNameFinder} against OpenNLP's {@link NameFinderME} on the shipped models: the
 * same spans, types and span probabilities, bit for bit.
 */
class PerceptronNameFinderTest {
  private static List<TokenNameFinderModel> models;
  /** Invented words: names, ordinary words of the four languages, punctuation, quotes, hyphens, digits. */
  private static final String[] WORDS = {
    "Kari", "Nordvik", "Sigrun", "Åsheim", "Jens", "Lykkegård", "Britta", "Sjöberg", "Hallvard", "Tveitan",
    "Fjellby", "Storvika", "Vesterhavn", "Nordlund", "Bergsund", "Fjellbyen", "Storvika-saka", "Nordvik-utvalet",
    "Havnerådet", "Bergsund", "Kommune", "AS", "Fjordkraft", "Tidsskrift", "NORDAVIS", "EU", "FN-sjefen",
    "og", "i", "på", "til", "med", "som", "har", "sa", "sier", "siger", "säger", "att", "det", "den", "ikkje",
    "ikke", "inte", "kom", "møtet", "mødet", "mötet", "regjeringa", "regeringen", "torsdag", "2024", "12",
    "3,5", "prosent", "millioner", "kroner", "ministeren", "ordføraren", "Det", "I", "Men", "Han", "Hun",
    ".", ",", ":", "-", "«", "»", "\"", "(", ")", "?", "!", "–", "nye", "store", "gamle", "Nye", "Store",
  };

  @BeforeAll
  static void loadTheShippedModels() {
    models = NerTrainer.shipped().stream().map(EntityRecognizer::bundled).toList();
  }

  @Test
  void tagsInventedSentencesAsNameFinderMe() {
    Random random = new Random(40);
    List<String[]> sentences = new ArrayList<>();
    sentences.add(new String[0]);
    sentences.add(new String[] {"Kari"});
    for (int i = 0; i < 300; i++) {
      int length = i % 30 == 0 ? 100 + random.nextInt(160) : 1 + random.nextInt(30); // some past OpenNLP's 100-token cache
      String[] s = new String[length];
      for (int t = 0; t < length; t++) {
        s[t] = WORDS[random.nextInt(WORDS.length)];
      }
      sentences.add(s);
    }
    models.forEach(model -> assertSameTags(model, sentences));
  }

  @Test
  void tagsTheDevSentencesAsNameFinderMe() {
    List<NerCorpus.Split> splits = NerCorpus.splits(TestData.sharedOrSkip("data/ner"));
    for (int m = 0; m < models.size(); m++) {
      NerTrainer.ShippedModel shipped = NerTrainer.shipped().get(m);
      List<String[]> sentences = new ArrayList<>();
      for (NerCorpus.Split split : splits) {
        if (shipped.tags().contains(split.language())) {
          for (int i = 0; i < split.dev().size(); i += 4) { // a quarter keeps the test short (~20k tokens a model)
            sentences.add(split.dev().get(i).tokens().toArray(String[]::new));
          }
        }
      }
      assertThat(sentences).hasSizeGreaterThan(250);
      assertSameTags(models.get(m), sentences);
    }
  }

  @Test
  void theShippedModelsTakeThePerceptronPath() {
    assertThat(models).hasSize(NerTrainer.shipped().size())
        .allSatisfy(m -> assertThat(PerceptronNameFinder.finders(m).get()).isInstanceOf(PerceptronNameFinder.class));
  }

  /**
   * Of two models alike but for the trainer, the perceptron takes this class's path and the
   * maximum-entropy one, whose scores are computed another way, keeps OpenNLP's own finder.
   */
  @Test
  void onlyPerceptronModelsTakeThisPath() throws IOException {
    assertThat(PerceptronNameFinder.finders(tinyModel("PERCEPTRON")).get()).isInstanceOf(PerceptronNameFinder.class);
    assertThat(PerceptronNameFinder.finders(tinyModel("MAXENT")).get()).isInstanceOf(NameFinderME.class);
  }

  /** A model trained on two invented sentences with a cached one-generator descriptor and BILOU outcomes. */
  private static TokenNameFinderModel tinyModel(String algorithm) throws IOException {
    List<NameSample> samples = List.of(
        NameSample.parse("<START:person> Kari Nordvik <END> kom til <START:location> Fjellby <END> .", false),
        NameSample.parse("Møtet i <START:location> Storvika <END> var kort .", false));
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
    params.put(TrainingParameters.ITERATIONS_PARAM, 5);
    params.put(TrainingParameters.CUTOFF_PARAM, 0);
    byte[] descriptor = ("<featureGenerators cache=\"true\" name=\"nameFinder\"><generator "
        + "class=\"opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory\"/></featureGenerators>")
        .getBytes(StandardCharsets.UTF_8);
    return NameFinderME.train("no", null, ObjectStreamUtils.createObjectStream(samples), params,
        new TokenNameFinderFactory(descriptor, Map.of(),
            new BilouCodec()));
  }

  private static void assertSameTags(TokenNameFinderModel model, List<String[]> sentences) {
    NameFinderME reference = new NameFinderME(model);
    TokenNameFinder fast = PerceptronNameFinder.finders(model).get();
    int names = 0;
    for (String[] tokens : sentences) {
      Span[] expected = reference.find(tokens);
      reference.clearAdaptiveData();
      Span[] actual = fast.find(tokens.clone()); // a fresh array, as OpenNLP's cache is keyed by the array
      fast.clearAdaptiveData();
      assertThat(actual).as(String.join(" ", tokens)).containsExactly(expected);
      for (int i = 0; i < expected.length; i++) {
        assertThat(Double.doubleToRawLongBits(actual[i].getProb())).as(String.join(" ", tokens))
            .isEqualTo(Double.doubleToRawLongBits(expected[i].getProb()));
      }
      names += expected.length;
    }
    assertThat(names).as("names found").isGreaterThan(sentences.size() / 4);
  }
}
