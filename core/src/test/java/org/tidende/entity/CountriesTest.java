package org.tidende.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidende.entity.NameMerger.Scope;
import org.tidende.model.Language;

class CountriesTest {
  @Test
  void countryNamesInEveryLanguageTidendeReads() {
    for (String name : List.of("Nord-Korea", "Nordkorea", "North Korea", "Corea del Norte", "Sør-Korea", "Sydkorea",
        "USA", "United States", "Estados Unidos", "Vereinigte Staaten", "Russland", "Rusland", "Ryssland", "Russia",
        "Noreg", "Norge", "Norway", "Tyskland", "Deutschland", "Storbritannia", "Storbritannien", "Kina", "Japan")) {
      assertThat(Countries.isCountry(name)).as(name).isTrue();
    }
  }

  @Test
  void genitivesAreCountriesOtherNamesAreNot() {
    assertThat(Countries.isCountry("Nord-Koreas")).isTrue();
    assertThat(Countries.isCountry("USAs")).isTrue();
    assertThat(Countries.isCountry("Russia's")).isTrue();
    for (String name : List.of("Stortinget", "Kreml", "Vladivostok", "Koreahalvøya", "Equinor", "FN", "NATO", "Putin", "Korea-s")) {
      assertThat(Countries.isCountry(name)).as(name).isFalse();
    }
  }

  @Test
  void aCountryTaggedAsOrganisationIsShownAsAPlacePeopleAndFirmsAreNot() {
    List<EntityCluster> merged = NameMerger.merge(List.of(
        new NameCount("Nord-Korea", Language.NN, "ORG", 11),
        new NameCount("Nord-Korea", Language.NN, "LOC", 3),
        new NameCount("USA", Language.NN, "ORG", 5),
        new NameCount("Jordan", Language.EN, "PER", 4),
        new NameCount("Equinor", Language.NB, "ORG", 6),
        new NameCount("Kreml", Language.DA, "ORG", 2)), Scope.STORY);
    assertThat(merged).extracting(EntityCluster::display, EntityCluster::type).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("Nord-Korea", "LOC"),
        org.assertj.core.groups.Tuple.tuple("USA", "LOC"),
        org.assertj.core.groups.Tuple.tuple("Jordan", "PER"),
        org.assertj.core.groups.Tuple.tuple("Equinor", "ORG"),
        org.assertj.core.groups.Tuple.tuple("Kreml", "ORG"));
  }
}
