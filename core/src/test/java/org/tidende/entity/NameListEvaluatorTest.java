package org.tidende.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidende.TestData;
import org.tidende.model.Language;

class NameListEvaluatorTest {
  @Test
  void countsDistinctNamesPerTextWithAndWithoutTypes() {
    Map<String, Map.Entry<String, Language>> texts = Map.of(
        "a", Map.entry("Barack Obama visited Oslo on Monday. Obama's plane landed in Oslo.", Language.EN));
    List<NameListEvaluator.Gold> gold = List.of(
        new NameListEvaluator.Gold("a", "Barack Obama", EntityType.PER),
        new NameListEvaluator.Gold("a", "Obama", EntityType.PER),
        new NameListEvaluator.Gold("a", "Oslo", EntityType.ORG),
        new NameListEvaluator.Gold("a", "Norway", EntityType.LOC));
    NameListEvaluator.Result r = NameListEvaluator.score(EntityRecognizer.load(), texts, gold);
    // found: Barack Obama PER, Obama PER (from "Obama's"), Oslo LOC (twice, counted once)
    assertThat(r.typed()).isEqualTo(new NerScore.Counts(2, 1, 2));
    assertThat(r.untyped()).isEqualTo(new NerScore.Counts(3, 0, 1));
    assertThat(r.errors()).contains("a\tSPUR\tOslo\tLOC", "a\tMISS\tOslo\tORG", "a\tMISS\tNorway\tLOC");
  }

  @Test
  void excerptsCutAtASpaceAndNamesCompareWithoutPossessiveOrFinalDot() {
    String text = "word ".repeat(200);
    assertThat(NameListEvaluator.excerpt(text)).hasSizeLessThanOrEqualTo(NameListEvaluator.EXCERPT_CHARS).endsWith("word");
    assertThat(NameListEvaluator.excerpt("short text")).isEqualTo("short text");
    assertThat(NameListEvaluator.normal(" Microsoft's ")).isEqualTo("Microsoft");
    assertThat(NameListEvaluator.normal("Troy,  Mich.")).isEqualTo("Troy, Mich");
  }

  @Test
  void aMalformedGoldLineIsNamed(@TempDir Path dir) throws Exception {
    Path tsv = dir.resolve("gold.tsv");
    Files.writeString(tsv, "id\tname\ttype\na\tOslo\tLOC\nb\tBergen\tCITY\n");
    assertThatThrownBy(() -> NameListEvaluator.readGold(tsv)).hasMessageContaining("gold.tsv:3");
  }

  /**
   * Floors of the capitalisation fallback on hand-annotated names (eval/names), each about 0.03-0.05
   * under the measured typed F1: English ECB+ excerpts, the dev list (66 texts, read while writing
   * the rules; 0.739) and the held-out list (40 other texts, scored once the rules were set; 0.677);
   * German sentences (dev 0.453, held-out 0.352 with the part-of-speech cut and session 34's rules; 0.347 and 0.327 without it,
   * under the dev floor); Spanish sentences (dev 0.367, held-out 0.366).
   */
  @Test
  void fallbackMeetsItsFloors() throws Exception {
    Path ecb = TestData.sharedOrSkip("data/clustering/ecbplus-dev.jsonl");
    assertThat(typedF1("en-ecbplus-dev", ecb, Language.EN)).isGreaterThanOrEqualTo(0.70);
    assertThat(typedF1("en-ecbplus-heldout", ecb, Language.EN)).isGreaterThanOrEqualTo(0.62);
    Path de = TestData.sharedOrSkip("data/langid/sentences-de.txt");
    assertThat(typedF1("de-langid-dev", de, Language.DE)).isGreaterThanOrEqualTo(0.39);
    assertThat(typedF1("de-langid-heldout", de, Language.DE)).isGreaterThanOrEqualTo(0.31);
    Path es = TestData.sharedOrSkip("data/langid/sentences-es.txt");
    assertThat(typedF1("es-langid-dev", es, Language.ES)).isGreaterThanOrEqualTo(0.33);
    assertThat(typedF1("es-langid-heldout", es, Language.ES)).isGreaterThanOrEqualTo(0.33);
  }

  private static double typedF1(String list, Path texts, Language lang) throws Exception {
    List<NameListEvaluator.Gold> gold = NameListEvaluator.readGold(
        TestData.projectRoot().resolve("eval/names/" + list + ".tsv"));
    Set<String> ids = new HashSet<>();
    gold.forEach(g -> ids.add(g.id()));
    Map<String, Map.Entry<String, Language>> read = NameListEvaluator.texts(texts, ids, lang);
    assertThat(read).hasSize(ids.size());
    return NameListEvaluator.score(EntityRecognizer.load(), read, gold).typed().f1();
  }
}
