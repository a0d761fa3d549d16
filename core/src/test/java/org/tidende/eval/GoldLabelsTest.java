package org.tidende.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidende.model.Article;
import org.tidende.model.ArticleId;
import org.tidende.model.Language;

class GoldLabelsTest {

  @Test
  void readsIdTabLabelLinesSkippingCommentsAndBlankLines(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("l.tsv");
    Files.writeString(f, "# a day\nnyo-1\te001\n\nnyo-2\te001\n nyo-3 \t e002 \n");
    assertThat(GoldLabels.read(f)).containsExactly(
        Map.entry("nyo-1", "e001"), Map.entry("nyo-2", "e001"), Map.entry("nyo-3", "e002"));
  }

  @Test
  void selectKeepsTheLabelledArticlesInOrderWithTheirLabelOnce() {
    List<Article> in = List.of(article("a"), article("b"), article("a"), article("c"));
    List<Article> out = GoldLabels.select(in, Map.of("c", "e2", "a", "e1"), "cluster");
    assertThat(out).extracting(x -> x.id().value()).containsExactly("a", "c");
    assertThat(out).extracting(x -> x.label("cluster")).containsExactly("e1", "e2");
  }

  private static Article article(String id) {
    return new Article(new ArticleId(id), "t", 1, null, null, "Titel " + id, "",
        null, Language.DA, Map.of());
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
