package org.tidende.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidende.model.Language;

class HeadNounsTest {
  private static List<NameSpan> repair(String sentence, Language lang, NameSpan... spans) {
    return HeadNouns.repair(sentence.split(" "), List.of(spans), lang);
  }

  @Test
  void aPlaceTakesInTheLowerCaseHeadNounOfTheInstitutionItNames() {
    // invented sentences of the shapes Nynorsk dev showed, where the finder tagged the place alone
    assertThat(repair("I fjor vart ho vald til leiar for nemnda Lundeby sokneråd oppnemnde .", Language.NN,
        new NameSpan(9, 10, EntityType.LOC))).containsExactly(new NameSpan(9, 11, EntityType.ORG));
    assertThat(repair("opplyser politiadvokat Kari Nordbø i Møre og Romsdal politidistrikt til BT .", Language.NN,
        new NameSpan(2, 4, EntityType.PER), new NameSpan(5, 8, EntityType.LOC), new NameSpan(10, 11, EntityType.ORG)))
        .containsExactly(new NameSpan(2, 4, EntityType.PER), new NameSpan(5, 9, EntityType.ORG),
            new NameSpan(10, 11, EntityType.ORG));
    // a compound's tail is the head; the type follows the head, not the finder
    assertThat(repair("å få Lundebyheia fjellkyrkje ferdig i år", Language.NN, new NameSpan(2, 3, EntityType.PER)))
        .containsExactly(new NameSpan(2, 4, EntityType.LOC));
    assertThat(repair("forskare vid gamla Cambridges universitet i England", Language.SV,
        new NameSpan(3, 4, EntityType.PER), new NameSpan(6, 7, EntityType.LOC)))
        .containsExactly(new NameSpan(3, 5, EntityType.ORG), new NameSpan(6, 7, EntityType.LOC));
  }

  @Test
  void aDefiniteNameRunIntoALowerCaseWordAfterItIsCutBack() {
    // invented sentences: a definite name (or its genitive) and a verb or common noun the finder took in
    assertThat(repair("Redningstjenesten varsler at det er glatt .", Language.NN, new NameSpan(0, 2, EntityType.ORG)))
        .containsExactly(new NameSpan(0, 1, EntityType.ORG));
    assertThat(repair("i morgon testar Beredskapet sirenene i heile landet", Language.NB,
        new NameSpan(3, 5, EntityType.ORG))).containsExactly(new NameSpan(3, 4, EntityType.ORG));
    assertThat(repair("i nat advarer Trafikcentralen bilisterne om glat føre", Language.DA,
        new NameSpan(3, 5, EntityType.ORG))).containsExactly(new NameSpan(3, 4, EntityType.ORG));
    // a head noun after a definite name or a genitive is the name's own, and so is a person's lower-case part
    List<NameSpan> hospital = List.of(new NameSpan(2, 4, EntityType.LOC));
    assertThat(HeadNouns.repair("kjørt til Nordlandet sykehus".split(" "), hospital, Language.NB)).isEqualTo(hospital);
    List<NameSpan> roads = List.of(new NameSpan(0, 2, EntityType.ORG));
    assertThat(HeadNouns.repair("Statens vegvesen varsler".split(" "), roads, Language.NB)).isEqualTo(roads);
    assertThat(HeadNouns.repair("Fylkesmannen beredskapsförbundet".split(" "), roads, Language.DA)).isEqualTo(roads);
    List<NameSpan> person = List.of(new NameSpan(0, 2, EntityType.PER));
    assertThat(HeadNouns.repair("Torsten af Lundeby".split(" "), person, Language.SV)).isEqualTo(person);
    // a genitive, a short place in -en/-et, a direction and an indefinite singular stay
    List<NameSpan> two = List.of(new NameSpan(0, 2, EntityType.ORG));
    assertThat(HeadNouns.repair("Trafikcentrets vejmeldinger".split(" "), two, Language.DA)).isEqualTo(two);
    assertThat(HeadNouns.repair("Lunden sjøbuer".split(" "), two, Language.NB)).isEqualTo(two);
    assertThat(HeadNouns.repair("Trafikksentralen vest".split(" "), two, Language.NB)).isEqualTo(two);
    assertThat(HeadNouns.repair("Lundefallet kraftanlegg".split(" "), two, Language.NB)).isEqualTo(two);
    // a name not in a definite ending keeps its lower-case word ("Nobels fredspris")
    List<NameSpan> prize = List.of(new NameSpan(0, 2, EntityType.MISC));
    assertThat(HeadNouns.repair("Lundebys fredspris delas ut".split(" "), prize, Language.SV)).isEqualTo(prize);
  }

  @Test
  void oneWeakAdjectiveMayStandBeforeTheHead() {
    assertThat(repair("klokka heng no inne i Lundeby gamle kyrkje .", Language.NN, new NameSpan(5, 6, EntityType.LOC)))
        .containsExactly(new NameSpan(5, 8, EntityType.LOC));
    assertThat(repair("lærar ved Lundeby vidaregåande skule", Language.NN, new NameSpan(2, 3, EntityType.LOC)))
        .containsExactly(new NameSpan(2, 5, EntityType.LOC));
    // an adjective not followed by a head, a superlative, a verb, or an adjective after a genitive is not taken in
    assertThat(repair("i Lundeby gamle dagar", Language.NN, new NameSpan(1, 2, EntityType.LOC)))
        .containsExactly(new NameSpan(1, 2, EntityType.LOC));
    assertThat(repair("ein kopi av Noreg eldste stavkyrkje", Language.NN, new NameSpan(3, 4, EntityType.LOC)))
        .containsExactly(new NameSpan(3, 4, EntityType.LOC));
    assertThat(repair("har Lundeby vore vertskommune", Language.NN, new NameSpan(1, 2, EntityType.LOC)))
        .containsExactly(new NameSpan(1, 2, EntityType.LOC));
    assertThat(repair("byggvaregrossist Brødrene Hansens døgnopne servicesenter", Language.NN,
        new NameSpan(1, 3, EntityType.ORG))).containsExactly(new NameSpan(1, 3, EntityType.ORG));
  }

  @Test
  void otherWordsNamesAndLanguagesAreLeftAlone() {
    // a head the name already holds, a common noun, an acronym's genitive, a capitalised head
    List<NameSpan> whole = List.of(new NameSpan(1, 3, EntityType.ORG));
    assertThat(HeadNouns.repair("i Asker kommune".split(" "), whole, Language.NB)).isEqualTo(whole);
    assertThat(repair("i Bergen bor mange", Language.NB, new NameSpan(1, 2, EntityType.LOC)))
        .containsExactly(new NameSpan(1, 2, EntityType.LOC));
    assertThat(repair("i SSBs sentralbyrå", Language.NB, new NameSpan(1, 2, EntityType.ORG)))
        .containsExactly(new NameSpan(1, 2, EntityType.ORG));
    assertThat(repair("i Oslo Kommune", Language.NB, new NameSpan(1, 2, EntityType.LOC)))
        .containsExactly(new NameSpan(1, 2, EntityType.LOC));
    assertThat(repair("i Oslo kommune", Language.NB, new NameSpan(1, 2, EntityType.LOC)))
        .as("the lower-case head, as Bokmål writes it").containsExactly(new NameSpan(1, 3, EntityType.ORG));
    // a work's title or a derived word keeps its span; Danish writes no lower-case heads inside names
    assertThat(repair("i Oslo-boka kommune", Language.NB, new NameSpan(1, 2, EntityType.DRV)))
        .containsExactly(new NameSpan(1, 2, EntityType.DRV));
    assertThat(repair("i Odense kommune", Language.DA, new NameSpan(1, 2, EntityType.LOC)))
        .containsExactly(new NameSpan(1, 2, EntityType.LOC));
    assertThat(repair("i Botkyrka kommun", Language.SV, new NameSpan(1, 2, EntityType.LOC)))
        .containsExactly(new NameSpan(1, 3, EntityType.LOC));
    // "råd" is a council as a compound's tail ("sokneråd" above) but advice alone
    assertThat(repair("Skal me følgje Platon råd no ?", Language.NN, new NameSpan(3, 4, EntityType.PER)))
        .containsExactly(new NameSpan(3, 4, EntityType.PER));
    assertThat(repair("årsmeldingane frå Bergen helseråd", Language.NB, new NameSpan(2, 3, EntityType.LOC)))
        .containsExactly(new NameSpan(2, 4, EntityType.ORG));
    // the head noun of another language's list is no head here
    assertThat(repair("i Uppsala tingsrätt", Language.NN, new NameSpan(1, 2, EntityType.LOC)))
        .containsExactly(new NameSpan(1, 2, EntityType.LOC));
  }
}
