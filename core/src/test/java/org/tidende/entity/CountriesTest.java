package org.tidende.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
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
  void englishDemonymsAreKnownFromCountryNamesAndOtherWordsAreNot() {
    for (String d : new String[] {"Norwegian", "Australian", "Iranian", "Canadian", "Mexican", "Israeli", "Sudanese",
        "American", "British", "Japanese"}) {
      assertThat(Countries.isDemonym(d)).as(d).isTrue();
    }
    for (String w : new String[] {"Sea", "King", "Christian", "Brian", "Roman", "Energy", "Detroit", "Navy"}) {
      assertThat(Countries.isDemonym(w)).as(w).isFalse();
    }
  }
}
