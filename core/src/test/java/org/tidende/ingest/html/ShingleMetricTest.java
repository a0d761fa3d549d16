package org.tidende.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ShingleMetricTest {

  @Test
  void identicalTextsMatchFullyWhateverThePunctuationAndCase() {
    ShingleMetric.Overlap o = ShingleMetric.compare("Ferja stod i to timar, sa han.", "ferja STOD i to timar sa han");
    assertThat(o.precision()).isEqualTo(1.0);
    assertThat(o.recall()).isEqualTo(1.0);
    assertThat(o.tp()).isEqualTo(1.0);
  }

  @Test
  void extraTextCostsPrecisionAndMissingTextCostsRecall() {
    String truth = "one two three four five six";      // 3 shingles
    String pred = "one two three four five six seven"; // 4 shingles, 3 shared
    ShingleMetric.Overlap o = ShingleMetric.compare(truth, pred);
    assertThat(o.precision()).isCloseTo(0.75, within(1e-9));
    assertThat(o.recall()).isEqualTo(1.0);
    assertThat(o.tp() + o.fp() + o.fn()).isCloseTo(1.0, within(1e-9));

    ShingleMetric.Overlap missing = ShingleMetric.compare(pred, truth);
    assertThat(missing.precision()).isEqualTo(1.0);
    assertThat(missing.recall()).isCloseTo(0.75, within(1e-9));
  }

  @Test
  void repeatedShinglesCountAsAMultiset() {
    ShingleMetric.Overlap o = ShingleMetric.compare("a b c d", "a b c d a b c d");
    // prediction has 5 shingles: "a b c d" twice, three others once; truth has one.
    assertThat(o.precision()).isCloseTo(0.2, within(1e-9));
  }

  @Test
  void shortAndEmptyTexts() {
    assertThat(ShingleMetric.compare("Kort tekst", "kort tekst").precision()).isEqualTo(1.0);
    ShingleMetric.Overlap empty = ShingleMetric.compare("noko tekst her no", "");
    assertThat(empty.precision()).isNaN();
    assertThat(empty.recall()).isEqualTo(0.0);
    assertThat(ShingleMetric.compare("", "").tp()).isZero();
    assertThat(ShingleMetric.tokens("Ærlig talt: 3 år, ingen_tid!")).containsExactly("ærlig", "talt", "3", "år", "ingen_tid");
  }
}
