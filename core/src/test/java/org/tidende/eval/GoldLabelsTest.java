package org.tidende.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldLabelsTest {

  @Test
  void readsIdTabLabelLinesSkippingCommentsAndBlankLines(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("l.tsv");
    Files.writeString(f, "# a day\nnyo-1\te001\n\nnyo-2\te001\n nyo-3 \t e002 \n");
    assertThat(GoldLabels.read(f)).containsExactly(
        java.util.Map.entry("nyo-1", "e001"), java.util.Map.entry("nyo-2", "e001"), java.util.Map.entry("nyo-3", "e002"));
  }

  @Test
  void aLineWithoutALabelOrARepeatedIdIsNamed(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("l.tsv");
    Files.writeString(f, "nyo-1\te001\nnyo-2\n");
    assertThatThrownBy(() -> GoldLabels.read(f)).hasMessage("line 2 is not 'id TAB label'");
    Files.writeString(f, "nyo-1\te001\nnyo-1\te002\n");
    assertThatThrownBy(() -> GoldLabels.read(f)).hasMessage("line 2 repeats id nyo-1");
  }
}
