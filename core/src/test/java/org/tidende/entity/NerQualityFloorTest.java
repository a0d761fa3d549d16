package org.tidende.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tidende.TestData;
import org.tidende.model.Language;

/**
 * Replays the shipped models on the dev splits (NorNE nb/nn dev, DaNE dev, the held-out last 10 % of
 * the Swedish corpus) and asserts entity-level F1 a little under what {@code ./tidende ner-eval}
 * measured, so a regression in the model, the features or the readers fails the build.
 */
class NerQualityFloorTest {
  /** Measured dev F1 (nb 0.866, nn 0.825, da 0.709, sv 0.750) minus about 0.02. */
  private static final Map<Language, Double> FLOORS = Map.of(
      Language.NB, 0.845, Language.NN, 0.805, Language.DA, 0.70, Language.SV, 0.73);

  @Test
  void devF1StaysAboveTheFloors() {
    Path ner = TestData.sharedOrSkip("data/ner");
    List<NerEvaluator.LanguageResult> results = NerEvaluator.evaluate(EntityRecognizer.load(), NerCorpus.splits(ner));
    assertThat(results).hasSize(4);
    for (NerEvaluator.LanguageResult r : results) {
      double f1 = r.score().total().f1();
      assertThat(f1).as("dev F1 of %s", r.language()).isGreaterThanOrEqualTo(FLOORS.get(r.language()));
      assertThat(r.score().total().gold()).as("gold names of %s", r.language()).isGreaterThan(100);
    }
  }
}
