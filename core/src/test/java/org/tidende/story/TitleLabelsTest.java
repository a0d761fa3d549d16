package org.tidende.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.tidende.model.StoryId;

class TitleLabelsTest {
  /**
   * A lead heading titles of three stories and named nowhere else is a label; a speaker heading as
   * many is named inside other titles too, and stays a headline's subject.
   */
  @Test
  void aLeadHeadingUnrelatedStoriesAndNamedNowhereElseIsALabel() {
    TitleLabels t = new TitleLabels();
    t.add("Analyse: Derfor er Lidegaard begyndt at kalde Løkke for Fætter Højben", new StoryId("1"));
    t.add("Analyse: Nu ligger rapporten klar", new StoryId("2"));
    t.add("Analyse: Biden har sjusket", new StoryId("3"));
    t.add("Trump: Vapenvila nära i Gaza", new StoryId("4"));
    t.add("Trump: Ukraina kan vinna", new StoryId("5"));
    t.add("Trump: Minst 32 ur gisslan döda", new StoryId("6"));
    t.add("Trump hotar Venezuela", new StoryId("7"));
    t.add("Trump bjuder in Erdogan", new StoryId("8"));
    t.add("Bussulykken i Hadsel: Tre turister omkom", new StoryId("9"));
    t.add("Bussulykken i Hadsel: Kinesisk kvinne omkom", new StoryId("9"));
    t.add("Bussulykken i Hadsel: Fransk gutt omkom", new StoryId("9"));
    assertThat(t.labels(UnaryOperator.identity())).containsExactly("analyse");
    // stories merged into one count once
    assertThat(t.labels(s -> s.value().equals("3") ? new StoryId("2") : s)).isEmpty();
  }

  /**
   * Merges told by {@link TitleLabels#relabel} count as merges followed by {@code labels}'s
   * argument: a session that forgets merges into long-retired stories tells the labels first.
   */
  @Test
  void relabelledMergesCountAsFollowedMerges() {
    TitleLabels t = new TitleLabels();
    t.add("Analyse: Nu ligger rapporten klar", new StoryId("1"));
    t.add("Analyse: Biden har sjusket", new StoryId("2"));
    t.add("Analyse: Derfor er Lidegaard begyndt", new StoryId("3"));
    t.add("Analyse: Rapporten er klar igen", new StoryId("4"));
    int entries = t.entries();
    // 2 and 3 merged into 1: two stories left, no label
    UnaryOperator<StoryId> followed = s -> s.value().equals("2") || s.value().equals("3") ? new StoryId("1") : s;
    assertThat(t.labels(followed)).isEmpty();
    t.relabel(Map.of(new StoryId("2"), new StoryId("1"), new StoryId("3"), new StoryId("1")));
    assertThat(t.labels(UnaryOperator.identity())).isEmpty();
    assertThat(t.entries()).isEqualTo(entries - 2);
    t.add("Analyse: Et nyt emne", new StoryId("5"));
    assertThat(t.labels(UnaryOperator.identity())).containsExactly("analyse");
  }

  /** A long lead in capitals is a label; an acronym ("UNICEF:") and a speaker ("Støre: – Vi må") are not. */
  @Test
  void aLongLeadInCapitalsIsALabel() {
    assertThat(TitleLabels.capitalLead("BILDESERIE: Politiet flyttet inn på Nesodden")).isTrue();
    assertThat(TitleLabels.capitalLead("FRA ARKIVET: Se 20 bilder")).isTrue();
    assertThat(TitleLabels.capitalLead("UNICEF: Flere lande misser mål")).isFalse();
    assertThat(TitleLabels.lead("Støre: – Vi må stå sammen")).isEqualTo("støre");
    assertThat(TitleLabels.lead("– Vi må: stå sammen")).isNull();
    assertThat(TitleLabels.lead("Dette er en lang innledning på fire ord: og mer")).isNull();
  }

  /**
   * 200,000 distinct titles, each with its own lead and words, leave at most two generations of
   * (lead, story) entries; the labels of the last titles still come out, and a speaker named inside
   * other titles stays a speaker.
   */
  @Test
  void memoryIsBoundedOverAnUnboundedVocabulary() {
    TitleLabels t = new TitleLabels();
    for (int i = 0; i < 200_000; i++) {
      t.add("Lead" + i + ": ord" + i + " tekst" + (i * 7) + " og " + Integer.toString(i, 36) + " slutt", new StoryId("s" + i));
      assertThat(t.entries()).isLessThanOrEqualTo(2 * TitleLabels.GENERATION_TITLES);
    }
    assertThat(t.entries()).isGreaterThan(TitleLabels.GENERATION_TITLES / 2);
    t.add("Analyse: Derfor er Lidegaard begyndt at kalde Løkke for Fætter Højben", new StoryId("a1"));
    t.add("Analyse: Nu ligger rapporten klar", new StoryId("a2"));
    t.add("Analyse: Biden har sjusket", new StoryId("a3"));
    t.add("Trump: Vapenvila nära i Gaza", new StoryId("t1"));
    t.add("Trump: Ukraina kan vinna", new StoryId("t2"));
    t.add("Trump: Minst 32 ur gisslan döda", new StoryId("t3"));
    t.add("Trump hotar Venezuela", new StoryId("t4"));
    assertThat(t.labels(UnaryOperator.identity())).containsExactly("analyse");
    assertThat(t.elsewhere("trump")).isEqualTo(1);
  }
}
