package org.tidende.flink.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MinHashKeysTest {
  private final MinHashKeys keys = MinHashKeys.defaults();
  private static final String TEXT = "Regjeringen la torsdag fram et forslag om å halvere utslippene fra "
      + "veitrafikken innen 2030. Forslaget får støtte fra flere partier på Stortinget, men møter motstand i "
      + "distriktene, der mange er avhengige av bil. Samferdselsministeren sier tiltakene skal treffe "
      + "rettferdig og at det kommer kompensasjon til dem som trenger det mest.";

  @Test
  void copiesDifferingOnlyInBoilerplateAreExact() {
    DuplicateSketch a = keys.sketch("Vil halvere utslipp fra veitrafikken", TEXT);
    DuplicateSketch b = keys.sketch("Vil halvere utslipp fra veitrafikken", TEXT + "\nFoto: NTB\nLes også: Slik blir bompengene");
    assertThat(b.keys()).containsExactly(a.keys());
    assertThat(keys.verify(keys.exactKind(), a, 0, b, 60)).isEqualTo(new DuplicateMatch(DuplicateMatch.Kind.EXACT, 1.0));
  }

  @Test
  void aLightlyEditedCopyIsNearAndAnUnrelatedTextIsNot() {
    DuplicateSketch a = keys.sketch("Vil halvere utslipp", TEXT);
    DuplicateSketch b = keys.sketch("Vil halvere utslipp", TEXT.replace("torsdag", "fredag").replace("flere", "mange"));
    DuplicateSketch c = keys.sketch("Storm i nord", "Uværet stengte veier og fjelloverganger i Troms og Finnmark natt til lørdag.");
    DuplicateMatch near = keys.verify(0, a, 0, b, 0);
    assertThat(near).isNotNull();
    assertThat(near.kind()).isEqualTo(DuplicateMatch.Kind.NEAR);
    assertThat(near.similarity()).isBetween(0.6, 0.99);
    assertThat(keys.verify(0, a, 0, c, 0)).isNull();
    int shared = 0;
    for (int i = 0; i < 42; i++) {
      shared += a.keys()[i] == b.keys()[i] ? 1 : 0;
    }
    assertThat(shared).as("bands shared by a near copy").isPositive();
  }

  @Test
  void sameHeadlineCountsOnlyWithinTheHeadlineWindow() {
    DuplicateSketch a = keys.sketch("Brann i lagerhall på Sandnes", "Brannvesenet rykket ut til en lagerhall.");
    DuplicateSketch b = keys.sketch("Brann i lagerhall på Sandnes", "Flere mannskap er på stedet, og røyken ses langt unna.");
    assertThat(keys.verify(keys.headlineKind(), a, 0, b, 3600).kind()).isEqualTo(DuplicateMatch.Kind.HEADLINE);
    assertThat(keys.verify(keys.headlineKind(), a, 0, b, 40 * 3600)).isNull();
  }

  @Test
  void emptyTextsHaveNoKeysAndSketchesAreDeterministic() {
    assertThat(keys.sketch("", "  ... ").keys()).isEmpty();
    assertThat(keys.sketch("T", TEXT).minHashes()).containsExactly(MinHashKeys.defaults().sketch("T", TEXT).minHashes());
  }
}
