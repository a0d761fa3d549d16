package org.tidende.langid;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tidende.TestData;

/**
 * Quality floor on the shared langid dev sentences: each floor sits a little under the accuracy
 * measured with {@code tidende langid-eval ../shared/data/langid} when the model was bundled.
 */
class LanguageIdQualityTest {
  private static LanguageIdEvaluation.Report report;

  @BeforeAll
  static void evaluate() throws Exception {
    Path dir = TestData.sharedOrSkip("data/langid");
    report = LanguageIdEvaluation.run(LanguageIdentifier.load(), dir);
  }

  static Stream<Arguments> floors() {
    return Map.of("nb", 0.895, "nn", 0.92, "da", 0.965, "sv", 0.975, "en", 0.98, "de", 0.98, "es", 0.98,
            "fi", 0.97, "is", 0.97)
        .entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest
  @MethodSource("floors")
  void sentenceAccuracyStaysAboveFloor(String language, double floor) {
    LanguageIdEvaluation.Row row = report.rows().stream()
        .filter(r -> r.language().equals(language) && r.kind().equals("sentences"))
        .findFirst().orElseThrow();
    assertThat(row.items()).isGreaterThan(100);
    assertThat(row.accuracy()).as("%s sentences (%s)", language, row.predicted()).isGreaterThanOrEqualTo(floor);
  }
}
