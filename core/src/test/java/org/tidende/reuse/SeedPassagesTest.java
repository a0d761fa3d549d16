package org.tidende.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidende.TestData;
import org.tidende.model.ArticleId;
import org.tidende.model.Language;

/** The seed articles 000 and 001 (Nynorsk) and 004 (Danish) on the 2019 Putin–Kim summit. */
class SeedPassagesTest {
  private static ReuseText s000;
  private static ReuseText s001;
  private static ReuseText s004;
  private final PassageFinder finder = new PassageFinder(ReuseConfig.defaults());

  @BeforeAll
  static void read() throws IOException {
    Path dir = TestData.sharedOrSkip("samples/seeds");
    s000 = new ReuseText(new ArticleId("000"), Files.readString(dir.resolve("000_eb6f932521c15467.txt")), Language.NN);
    s001 = new ReuseText(new ArticleId("001"), Files.readString(dir.resolve("001_ca2d0a3c768ecaad.txt")), Language.NN);
    s004 = new ReuseText(new ArticleId("004"), Files.readString(dir.resolve("004_67ba073e76b943a6.txt")), Language.DA);
  }

  @Test
  void sharedQuotesAndTheMedvedevSentenceAreFoundWhole() {
    List<SharedPassage> found = finder.find(s000, s001);
    assertWhole(found, "Eg er trygg på at besøket ditt til Russland",
        "kan gjere for å støtte dei positive prosessane", "Eg er trygg på at ditt besøk");
    assertWhole(found, "Med verdas auge retta mot Koreahalvøya, trur eg vi vil ha ein svært meningsfylt dialog",
        "Med verdas auge retta mot Koreahalvøya, trur eg vi vil ha ein svært meningsfylt dialog", "kjem til å få ein svært meiningsfylt dialog");
    assertWhole(found, "Fokuset vil vere på ein politisk og diplomatisk løysing på atomproblemet på Koreahalvøya.",
        "Russland er innstilt på å gjere alt for å styrke ei positiv utvikling, sa Usjakov", "Fokuset vil vere på ei politisk");
    assertWhole(found, "Sist ein russisk president og ein nordkoreansk leiar møttest",
        "Dmitrij Medvedev møtte Kim Jong-il for åtte år sidan", "leiar møtte kvarandre, var då Dmitrij Medvedev møtte Kim Jong-il for åtte år sidan");
    assertThat(found).allSatisfy(p -> assertThat(p.crossLanguage()).isFalse());
  }

  /** The passage in 000 containing {@code startA} must also contain {@code endA}; its partner in 001 contains {@code inB}. */
  private static void assertWhole(List<SharedPassage> found, String startA, String endA, String inB) {
    int from = s000.text().indexOf(startA);
    int to = s000.text().indexOf(endA) + endA.length();
    assertThat(from).as("fixture text in 000").isNotNegative();
    assertThat(found).as("passage covering 000[%d,%d): %s", from, to, startA)
        .anySatisfy(p -> {
          assertThat(p.aStart()).isLessThanOrEqualTo(from);
          assertThat(p.aEnd()).isGreaterThanOrEqualTo(to);
          assertThat(p.textInB(s001.text())).contains(inB);
          assertThat(p.score()).isGreaterThan(0.7);
        });
  }

  @Test
  void usjakovQuoteMatchesItsDanishVersion() {
    for (ReuseText nn : List.of(s000, s001)) {
      List<SharedPassage> found = finder.find(nn, s004);
      assertThat(found).anySatisfy(p -> {
        assertThat(p.crossLanguage()).isTrue();
        assertThat(p.textInA(nn.text())).contains("politisk og diplomatisk løysing på atomproblemet");
        assertThat(p.textInB(s004.text())).contains("Fokus vil være en politisk og diplomatisk løsning på atomvåbenproblemet");
        assertThat(p.score()).isBetween(0.6, 0.95);
      });
    }
  }

  @Test
  void sameInputSameOutput() {
    assertThat(finder.find(List.of(s000, s001, s004))).isEqualTo(finder.find(List.of(s000, s001, s004)));
  }

  @Test
  void additionsOfTheSecondArticleExcludeTheSharedQuotes() {
    List<ArticleAdditions> adds = Additions.compute(List.of(s000, s001, s004), ReuseConfig.defaults());
    assertThat(adds.get(0).novelty()).isEqualTo(1.0);
    String newIn001 = String.join(" | ", adds.get(1).newSentences().stream().map(s -> s.of(s001.text())).toList());
    assertThat(newIn001).contains("skriv The Guardian").doesNotContain("Med verdas auge")
        .doesNotContain("Eg er trygg på at").doesNotContain("Fokuset vil vere");
    assertThat(adds.get(1).novelty()).isBetween(0.2, 0.8);
    String newIn004 = String.join(" | ", adds.get(2).newSentences().stream().map(s -> s.of(s004.text())).toList());
    assertThat(newIn004).doesNotContain("Fokus vil være en politisk").contains("Interfax");
  }
}
