package org.tidende.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The first five of a kind reported one by one, then one line counting the rest. */
class TallyTest {

  @Test
  void theFirstFiveAreShownAndTheRestCountedInOneLine() {
    Tally t = new Tally("unreadable date(s) in this input");
    List<Boolean> shown = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      shown.add(t.add());
    }
    assertThat(shown).containsExactly(true, true, true, true, true, false, false, false, false);
    assertThat(t.count()).isEqualTo(9);
    assertThat(t.closing()).contains("4 more unreadable date(s) in this input, 9 in all");
  }

  @Test
  void fiveOrFewerNeedNoClosingLine() {
    Tally t = new Tally("line(s)");
    assertThat(t.closing()).isEmpty();
    for (int i = 0; i < Tally.SHOWN; i++) {
      assertThat(t.add()).isTrue();
    }
    assertThat(t.closing()).isEmpty();
  }
}
