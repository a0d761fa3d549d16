package org.tidende.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonSpansTest {
  private static List<NameSpan> repair(String sentence, NameSpan... spans) {
    return PersonSpans.repair(sentence.split(" "), List.of(spans));
  }

  @Test
  void initialsJoinThePersonTheyPrecede() {
    // "H. C." tagged apart from "Andersen"
    assertThat(repair("H. C. Andersen er verdensberømt", new NameSpan(0, 2, EntityType.PER),
        new NameSpan(2, 3, EntityType.PER))).containsExactly(new NameSpan(0, 3, EntityType.PER));
    // "H.L." left out of the span
    assertThat(repair("H.L. Hansen var en personlighed", new NameSpan(1, 2, EntityType.PER)))
        .containsExactly(new NameSpan(0, 2, EntityType.PER));
    // initials before a place, or already inside another name, stay as they are
    assertThat(repair("J. Oslo by", new NameSpan(1, 2, EntityType.LOC))).containsExactly(new NameSpan(1, 2, EntityType.LOC));
    assertThat(repair("A. B. Hansen", new NameSpan(0, 2, EntityType.ORG), new NameSpan(2, 3, EntityType.PER)))
        .containsExactly(new NameSpan(0, 2, EntityType.ORG), new NameSpan(2, 3, EntityType.PER));
  }

  @Test
  void aLeadingTitleIsCutFromAPersonButNotFromOtherNamesOrAOneWordName() {
    assertThat(repair("Fru Baumann ryster", new NameSpan(0, 2, EntityType.PER)))
        .containsExactly(new NameSpan(1, 2, EntityType.PER));
    assertThat(repair("Statsminister Erna Solberg sa", new NameSpan(0, 3, EntityType.PER)))
        .containsExactly(new NameSpan(1, 3, EntityType.PER));
    assertThat(repair("Kong Haakon VII flyttet", new NameSpan(0, 3, EntityType.MISC)))
        .containsExactly(new NameSpan(0, 3, EntityType.MISC));
    assertThat(repair("President kom", new NameSpan(0, 1, EntityType.PER)))
        .containsExactly(new NameSpan(0, 1, EntityType.PER));
    assertThat(repair("Dr. Dre spiller", new NameSpan(0, 2, EntityType.PER)))
        .as("Dr. is inside as often as outside in NorNE").containsExactly(new NameSpan(0, 2, EntityType.PER));
  }

  @Test
  void theOneWordAfterAVerbOfSayingAtAClausesEndIsThePerson() {
    assertThat(repair("Dette er høgst relevant i Noreg , meiner Hersoug .", new NameSpan(5, 6, EntityType.LOC),
        new NameSpan(8, 9, EntityType.ORG)))
        .containsExactly(new NameSpan(5, 6, EntityType.LOC), new NameSpan(8, 9, EntityType.PER));
    assertThat(repair("- Vi er klar , siger Frederiksen , og smiler", new NameSpan(6, 7, EntityType.LOC)))
        .containsExactly(new NameSpan(6, 7, EntityType.PER));
    // an acronym, a hyphenated compound, a longer name, or a word the clause goes on after keep their type
    assertThat(repair("Veksten fortsetter , sier OECD .", new NameSpan(4, 5, EntityType.ORG)))
        .containsExactly(new NameSpan(4, 5, EntityType.ORG));
    assertThat(repair("Det er feil , sier UP-sjefen .", new NameSpan(5, 6, EntityType.DRV)))
        .containsExactly(new NameSpan(5, 6, EntityType.DRV));
    assertThat(repair("Det går bra , sier Norsk Hydro .", new NameSpan(5, 7, EntityType.ORG)))
        .containsExactly(new NameSpan(5, 7, EntityType.ORG));
    assertThat(repair("Prisene stiger , sier Equinor i en melding .", new NameSpan(4, 5, EntityType.ORG)))
        .containsExactly(new NameSpan(4, 5, EntityType.ORG));
  }
}
