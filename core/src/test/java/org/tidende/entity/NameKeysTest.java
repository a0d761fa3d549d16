package org.tidende.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tidende.model.Language;

class NameKeysTest {
  private static final Language NN = Language.NN;
  private static final Language NB = Language.NB;
  private static final Language DA = Language.DA;
  private static final Language SV = Language.SV;
  private static final Language EN = Language.EN;
  private static final Language DE = Language.DE;
  private static final Language RU = new Language("ru");

  static Stream<Arguments> variants() {
    return Stream.of(
        Arguments.of("Usjakov", NN, "Ushakov", DA),
        Arguments.of("Usjakov", NN, "Ушаков", RU),
        Arguments.of("Ushakov", EN, "Ушаков", RU),
        Arguments.of("Jurij", NN, "Juri", DA),
        Arguments.of("Jurij", NN, "Yuri", EN),
        Arguments.of("Jurij Usjakov", NN, "Juri Ushakov", DA),
        Arguments.of("Jurij Usjakov", NN, "Yuri Ushakov", EN),
        Arguments.of("Jurij Usjakov", NN, "Юрий Ушаков", RU),
        Arguments.of("Kim Jong-un", NN, "Kim Jong Un", EN),
        Arguments.of("Kim Jong-un", NN, "Kim Jong-Un", DA),
        Arguments.of("Kim Jong-uns", NB, "Kim Jong-un", NB),
        Arguments.of("Russkijøya", NN, "Russky-øen", DA),
        Arguments.of("Russkijøya", NN, "Russky Island", EN),
        Arguments.of("Russkijøya", NN, "Russkij-øya", NB),
        Arguments.of("Russky-ø", DA, "Russky Island", EN),
        Arguments.of("Russkijön", SV, "Russky Island", EN),
        Arguments.of("Nord-Korea", NN, "Nordkorea", DA),
        Arguments.of("Nord-Korea", NN, "North Korea", EN),
        // Swedish and Danish write ч as tj, Norwegian tsj, English ch, German tsch; ж as zj or zh
        Arguments.of("Tjernobyl", SV, "Tsjernobyl", NB),
        Arguments.of("Tjernobyl", DA, "Chernobyl", EN),
        Arguments.of("Tjajkovskij", SV, "Tchaikovsky", EN),
        Arguments.of("Prigozjin", NB, "Prigozhin", EN),
        Arguments.of("Prigozjin", SV, "Prigoschin", DE),
        Arguments.of("Brezjnev", NN, "Brezhnev", EN),
        // -ёв after a hush is -ov in Scandinavian and German, -ev in English
        Arguments.of("Gorbatsjov", NB, "Gorbachev", EN),
        Arguments.of("Gorbatjov", SV, "Gorbatschow", DE),
        Arguments.of("Khrusjtsjov", NB, "Khrushchev", EN),
        // country names in each language, from CLDR
        Arguments.of("Syria", NB, "Syrien", DA),
        Arguments.of("Indien", SV, "India", EN),
        Arguments.of("Tsjekkia", NB, "Tjekkiet", DA),
        Arguments.of("Tjeckien", SV, "Czechia", EN),
        Arguments.of("Kypros", NB, "Cyprus", EN),
        Arguments.of("Cypern", DA, "Zypern", DE),
        Arguments.of("Etiopia", NN, "Äthiopien", DE),
        Arguments.of("Nord-Korea", NN, "Nordkoreas", DA),
        Arguments.of("Nord-Koreas", NN, "North Korea", EN),
        Arguments.of("North Korea's", EN, "Nordkorea", SV),
        Arguments.of("Vladivostok", NN, "Wladiwostok", DE),
        Arguments.of("Vladivostoks", DA, "Владивосток", RU),
        Arguments.of("Putins", NN, "Putin", EN),
        Arguments.of("Putin's", EN, "Путин", RU),
        Arguments.of("Sør-Korea", NN, "Sydkorea", DA),
        Arguments.of("Sør-Korea", NB, "South Korea", EN),
        Arguments.of("Sydkoreas", SV, "Südkorea", DE),
        Arguments.of("FHs", DA, "FH", DA),
        Arguments.of("Høgre", NN, "Høyre", NB),
        Arguments.of("Arbeidarpartiet", NN, "Arbeiderpartiet", NB),
        Arguments.of("NATOs", NB, "Nato", SV),
        Arguments.of("Dmitrij Medvedev", NN, "Dmitry Medvedev", EN),
        Arguments.of("Zelenskyj", NB, "Zelensky", EN),
        Arguments.of("Thomas", EN, "Thomas", NB),
        Arguments.of("The Guardian", EN, "Guardian", NB),
        Arguments.of("J. Usjakov", NB, "Jurij Usjakov", NN),
        Arguments.of("Donald J. Trump", EN, "Donald Trump", NB),
        Arguments.of("N. Korea", EN, "North Korea", EN),
        // translated place names (the exonym table)
        Arguments.of("København", DA, "Copenhagen", EN),
        Arguments.of("Köpenhamns", SV, "Kopenhagen", DE),
        Arguments.of("Tyskland", NB, "Germany", EN),
        Arguments.of("Noreg", NN, "Norwegen", DE),
        Arguments.of("Kreml", NN, "Kremlin", EN),
        Arguments.of("Moskva", NB, "Moscow's", EN),
        Arguments.of("Brussel", NN, "Brussels", EN),
        Arguments.of("Kyiv", NB, "Kiev", EN),
        // a leading title taken into the span
        Arguments.of("Kaptein Henrik Åsland", NB, "Henrik Aasland", SV),
        Arguments.of("President Putin", EN, "Putin", NN),
        Arguments.of("Mr. Obama", EN, "Obama", DE),
        Arguments.of("Statsminister Mette Frederiksen", DA, "Mette Frederiksen", NB),
        Arguments.of("Kong Harald", NB, "Harald", NN),
        // a describing word in lower case taken into the span
        Arguments.of("centrala Stockholm", SV, "Stockholm", SV),
        Arguments.of("södra Stockholms", SV, "Stockholm", SV),
        Arguments.of("statsminister Mette Frederiksen", DA, "Mette Frederiksen", NB),
        Arguments.of("vestre Viken", NB, "Viken", NB),
        Arguments.of("kommissionens ordförande Ursula von der Leyen", SV, "Ursula von der Leyen", EN));
  }

  static Stream<Arguments> distinct() {
    return Stream.of(
        Arguments.of("Kim Jong-un", NN, "Kim Jong-il", NN),
        Arguments.of("Kim Jong-un", EN, "Kim Jong Il", EN),
        Arguments.of("Nord-Korea", NN, "Sør-Korea", NN),
        Arguments.of("North Korea", EN, "South Korea", EN),
        Arguments.of("Nordkorea", DA, "Sydkorea", DA),
        Arguments.of("Moon Jae-in", NN, "Kim Jong-un", NN),
        Arguments.of("Trump", EN, "Truman", EN),
        Arguments.of("Fhs", DA, "FH", DA),
        Arguments.of("Donald Trump", EN, "Harry Truman", EN),
        // Decision: the compound names an event (the Hanoi summit), not the city.
        Arguments.of("Hanoi", NN, "Hanoi-toppmøtet", NN),
        Arguments.of("Putin", DA, "Putin-møde", DA),
        Arguments.of("Korea", NN, "Nord-Korea", NN),
        Arguments.of("Russky", EN, "Russky Island", EN),
        Arguments.of("Vladimir Putin", EN, "Ljudmila Putin", NB),
        Arguments.of("Usjakov", NN, "Jurij Usjakov", NN),
        Arguments.of("Den Haag", NB, "Haag", NB),
        Arguments.of("Sydney", EN, "Sydkorea", DA),
        Arguments.of("Tromsø", NB, "Troms", NB),
        Arguments.of("Milan Kundera", EN, "Milano", EN),
        Arguments.of("Copenhagen Airport", EN, "København", DA),
        Arguments.of("Moskva", NB, "Minsk", NB),
        Arguments.of("Sverige", SV, "Norge", NB),
        // titles that are also names or parts of other names are kept
        Arguments.of("General Motors", EN, "Motors", EN),
        Arguments.of("King's College", EN, "College", EN),
        Arguments.of("Don Johnson", EN, "Johnson", EN),
        Arguments.of("President", NB, "Presidenten", NB),
        // name particles, capitals inside a word and case-less names are kept
        Arguments.of("von der Leyen", DE, "Leyen", DE),
        Arguments.of("de Gaulle", EN, "Gaulle", EN),
        Arguments.of("iPhone 15", EN, "15", EN),
        Arguments.of("donald trump", EN, "trump", EN),
        Arguments.of("Nordre Land", NB, "Land", NB),
        // st before j is not ч: Stjernø is not a Tsjernø; -ev without a hush stays
        Arguments.of("Stjernø", NB, "Tsjernø", NB),
        Arguments.of("Medvedev", EN, "Medvedov", EN),
        // a country whose name is also a US state or a given name is not joined across languages
        Arguments.of("Georgia", EN, "Georgien", DA),
        Arguments.of("Jordan", EN, "Jordanien", DA));
  }

  @ParameterizedTest(name = "{0} ({1}) ~ {2} ({3})")
  @MethodSource("variants")
  void variantsMerge(String a, Language la, String b, Language lb) {
    assertThat(NameKeys.sameEntity(a, la, b, lb)).as(NameKeys.key(a, la) + " vs " + NameKeys.key(b, lb)).isTrue();
    assertThat(NameKeys.sameEntity(b, lb, a, la)).as("symmetric").isTrue();
  }

  @ParameterizedTest(name = "{0} ({1}) != {2} ({3})")
  @MethodSource("distinct")
  void distinctNamesStayApart(String a, Language la, String b, Language lb) {
    assertThat(NameKeys.sameEntity(a, la, b, lb)).as(NameKeys.key(a, la) + " vs " + NameKeys.key(b, lb)).isFalse();
    assertThat(NameKeys.key(a, la)).isNotEqualTo(NameKeys.key(b, lb));
  }

  @Test
  void keysAreReadableAndLanguageNeutral() {
    assertThat(NameKeys.key("Nord-Koreas", NN)).isEqualTo("north korea");
    assertThat(NameKeys.key("Russkijøya", NN)).isEqualTo("ruski island");
    assertThat(NameKeys.key("Usjakov", NN)).isEqualTo("usakov");
    assertThat(NameKeys.key("Kim Jong-Un", EN)).isEqualTo("kim jong un");
    assertThat(NameKeys.key("Sør-Korea", NB)).isEqualTo(NameKeys.key("South Korea", EN));
  }

  /**
   * An acronym of two or three capitals keeps its letters: the agency TT was keyed "t", and the
   * hospital UNN met the UN (until session 38); a longer one is folded as words are, so OSSE meets Osse.
   */
  @Test
  void shortAcronymsKeepTheirLetters() {
    assertThat(NameKeys.key("TT", SV)).isEqualTo("tt");
    assertThat(NameKeys.key("UNN", NB)).isEqualTo("unn").isNotEqualTo(NameKeys.key("UN", EN));
    assertThat(NameKeys.key("NTB Scanpix", NB)).startsWith("ntb ");
    assertThat(NameKeys.key("John Smith III", EN)).as("a numeral").isEqualTo(NameKeys.key("John Smith Iii", EN));
    assertThat(NameKeys.key("OSSE", SV)).isEqualTo(NameKeys.key("Osse", SV));
    assertThat(NameKeys.key("Tt", SV)).as("no acronym").isEqualTo("t");
  }

  @Test
  void badInputGivesEmptyKeyAndNeverMatches() {
    assertThat(NameKeys.key(null, NB)).isEmpty();
    assertThat(NameKeys.key("  ", NB)).isEmpty();
    assertThat(NameKeys.key("– ... –", null)).isEmpty();
    assertThat(NameKeys.sameEntity("", NB, "", NB)).isFalse();
    assertThat(NameKeys.key("\u0000\uFFFF", UND())).isEmpty();
  }

  @Test
  void keyIsDeterministicAndStable() {
    String k = NameKeys.key("Владимир Путин", RU);
    assertThat(k).isEqualTo("vladimir putin").isEqualTo(NameKeys.key("Wladimir Putin", DE));
  }

  private static Language UND() {
    return Language.UND;
  }
}
