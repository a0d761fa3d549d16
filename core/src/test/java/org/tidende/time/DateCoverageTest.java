package org.tidende.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tidende.model.ArticleDate;
import org.tidende.model.Language;

/** Timeline coverage and precision found by reading the timelines of the five data sets. */
class DateCoverageTest {
  /** Wednesday. */
  private static final ArticleDate WED = ArticleDate.ofDay(LocalDate.of(2019, 4, 24));

  private static DateMention only(String code, String text, ArticleDate pub) {
    List<DateMention> m = DateResolver.resolve(text, pub, new Language(code));
    assertThat(m).as(m.toString()).hasSize(1);
    return m.getFirst();
  }

  static Stream<Arguments> numberWords() {
    return Stream.of(
        Arguments.of("nn", "Dei flytta hit for tri år sidan.", "for tri år sidan", "2016"),
        Arguments.of("nn", "Det hende for tjuefem år sidan.", "for tjuefem år sidan", "1994"),
        Arguments.of("nb", "Han kom til Norge for trettisyv år siden.", "for trettisyv år siden", "1982"),
        Arguments.of("nb", "Brua ble bygd for tretti år siden.", "for tretti år siden", "1989"),
        Arguments.of("sv", "Hon kom hit för trettio år sedan.", "för trettio år sedan", "1989"),
        Arguments.of("sv", "Det hände för tjugofem år sedan.", "för tjugofem år sedan", "1994"),
        Arguments.of("da", "Han kom til Danmark for femogtyve år siden.", "for femogtyve år siden", "1994"),
        Arguments.of("da", "Huset blev bygget for halvtreds år siden.", "for halvtreds år siden", "1969"),
        Arguments.of("en", "The plant opened twenty-five years ago.", "twenty-five years ago", "1994"),
        Arguments.of("en", "The mine closed forty years ago.", "forty years ago", "1979"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("numberWords")
  void readsNynorskTriAndNumberWordsAboveTwenty(String code, String text, String expression, String period) {
    DateMention m = only(code, text, WED);
    assertThat(m.text()).isEqualTo(expression);
    assertThat(m.period()).isEqualTo(period);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("rates")
  void aRatePerWeekIsNoDate(String code, String text) {
    assertThat(DateResolver.resolve(text, WED, new Language(code))).isEmpty();
  }

  static Stream<Arguments> rates() {
    return Stream.of(
        Arguments.of("nn", "Avisa kjem ut to gonger i veka."),
        Arguments.of("nb", "Hun trener seks dager i uka."),
        Arguments.of("nb", "Elevene måtte lese 9 timer i uken."),
        Arguments.of("da", "Han træner tre gange i ugen."),
        Arguments.of("sv", "Hon tränar tre gånger i veckan."));
  }

  @Test
  void thisWeekStillResolvesWithoutARateWord() {
    assertThat(only("nn", "Avisa kom ut med eit bilag i veka.", WED).period()).isEqualTo("2019-W17");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("indefiniteWeekdays")
  void aWeekdayAfterAnIndefiniteArticleIsAnyDayNotOne(String code, String text) {
    assertThat(DateResolver.resolve(text, WED, new Language(code))).isEmpty();
  }

  static Stream<Arguments> indefiniteWeekdays() {
    return Stream.of(
        Arguments.of("nb", "Han kalte inn til møte på en tirsdag med kort frist."),
        Arguments.of("nb", "Du har kanskje våknet litt for tidlig en søndag morgen."),
        Arguments.of("nn", "Eg vil bli køyrd heim etter ein laurdagskveld på byen."),
        Arguments.of("en", "It happened on a Tuesday, as such things do."));
  }

  static Stream<Arguments> weekdaysOfAnotherWeek() {
    return Stream.of(
        // published Wednesday 2019-04-24: last week is 15-21 April, next week 29 April - 5 May
        Arguments.of("nn", "Onsdag i førre veke offentleggjorde leiinga planen.", "Onsdag i førre veke", "2019-04-17"),
        Arguments.of("nn", "Barnet kom til verda natt til måndag i førre veke.", "måndag i førre veke", "2019-04-15"),
        Arguments.of("nn", "Dei fekk skryt av avisa torsdag førre veke.", "torsdag førre veke", "2019-04-18"),
        Arguments.of("nb", "Han ble pågrepet fredag i forrige uke.", "fredag i forrige uke", "2019-04-19"),
        Arguments.of("da", "Avisen lancerede fredag i sidste uge en video.", "fredag i sidste uge", "2019-04-19"),
        Arguments.of("sv", "Han greps i Malmö tisdag förra veckan.", "tisdag förra veckan", "2019-04-16"),
        Arguments.of("en", "The board met on Thursday last week.", "Thursday last week", "2019-04-18"),
        Arguments.of("nb", "Saken kommer opp mandag neste uke.", "mandag neste uke", "2019-04-29"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("weekdaysOfAnotherWeek")
  void aWeekdayOfLastOrNextWeekIsInThatWeek(String code, String text, String expression, String period) {
    DateMention m = only(code, text, WED);
    assertThat(m.text()).isEqualTo(expression);
    assertThat(m.period()).isEqualTo(period);
  }

  @Test
  void aWrittenWeekdayThatFitsNoNearYearTakesTheNearestYearItFits() {
    // an old notice served again in January 2025: 11 November was a Saturday in 2023, not in 2024
    ArticleDate jan2025 = ArticleDate.ofDay(LocalDate.of(2025, 1, 8));
    assertThat(only("nb", "Lørdag 11. november er det klart for konsert i kirken.", jan2025).period())
        .isEqualTo("2023-11-11");
    // a weekday that fits the nearest year keeps it, and one without a weekday is unchanged
    assertThat(only("nb", "Lørdag 11. januar går startskuddet.", jan2025).period()).isEqualTo("2025-01-11");
    assertThat(only("nb", "Konserten var 11. november.", jan2025).period()).isEqualTo("2024-11-11");
    // a fitting year ahead of publication counts as well: 11 October 2025 is a Saturday
    assertThat(only("nb", "Lørdag 11. oktober blir det konsert.", jan2025).period()).isEqualTo("2025-10-11");
  }

  static Stream<Arguments> seasons() {
    return Stream.of(
        // published Wednesday 2025-01-08 (winter)
        Arguments.of("nb", "2025-01-08", "Hun skal gifte seg i sommer.", "i sommer", "2025-06/2025-08"),
        Arguments.of("nn", "2025-01-08", "Bandet spelte på festivalen i haust.", "i haust", "2024-09/2024-11"),
        Arguments.of("nb", "2025-01-08", "Prosjektet startet i høst.", "i høst", "2024-09/2024-11"),
        Arguments.of("nb", "2025-01-08", "Det har vært lite snø i vinter.", "i vinter", "2024-12/2025-02"),
        Arguments.of("nb", "2025-01-08", "Skolen åpner i vår.", "i vår", "2025-03/2025-05"),
        Arguments.of("da", "2025-01-08", "Han tiltrådte i efteråret.", "i efteråret", "2024-09/2024-11"),
        Arguments.of("en", "2025-01-08", "The plant will open this summer.", "this summer", "2025-06/2025-08"),
        Arguments.of("en", "2025-01-08", "Prices soared last winter.", "last winter", "2023-12/2024-02"),
        // published Monday 2025-09-22 (autumn)
        Arguments.of("sv", "2025-09-22", "Båten sjönk i somras.", "i somras", "2025-06/2025-08"),
        Arguments.of("sv", "2025-09-22", "Hon avgick i våras.", "i våras", "2025-03/2025-05"),
        Arguments.of("nb", "2025-09-22", "Boka kom ut i våres.", "i våres", "2025-03/2025-05"),
        Arguments.of("da", "2025-09-22", "Han blev valgt i foråret.", "i foråret", "2025-03/2025-05"),
        Arguments.of("sv", "2025-09-22", "Beslutet väntas i vinter.", "i vinter", "2025-12/2026-02"),
        // "last summer" in September is the one just ended; in July, last year's
        Arguments.of("en", "2025-09-22", "The plant opened last summer.", "last summer", "2025-06/2025-08"),
        Arguments.of("en", "2025-07-10", "The plant opened last summer.", "last summer", "2024-06/2024-08"),
        // past or coming by the tense, as for "i juni": a past verb in May takes the last winter
        Arguments.of("nb", "2025-05-20", "Det kom mye snø i vinter.", "i vinter", "2024-12/2025-02"),
        Arguments.of("nb", "2009-05-17", "I vinter har hun måkt snø selv.", "I vinter", "2008-12/2009-02"),
        Arguments.of("nb", "2008-11-11", "Vi har merket svikten siden i sommer.", "i sommer", "2008-06/2008-08"),
        Arguments.of("nb", "2025-05-20", "Regjeringen skal legge fram planen i høst.", "i høst", "2025-09/2025-11"));
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @MethodSource("seasons")
  void seasonsAreDatedAsTheirMonths(String code, String published, String text, String expression, String period) {
    DateMention m = only(code, text, ArticleDate.ofDay(LocalDate.parse(published)));
    assertThat(m.text()).isEqualTo(expression);
    assertThat(m.granularity()).isEqualTo(Granularity.SEASON);
    assertThat(m.period()).isEqualTo(period);
  }

  static Stream<Arguments> noSeason() {
    return Stream.of(
        // "i vår" is also "in our"
        Arguments.of("nb", "2025-01-08", "Dette må vere sunne ideal i vår tid."),
        Arguments.of("nb", "2025-01-08", "Nyheten i vår avis gledet mange."),
        Arguments.of("sv", "2025-09-22", "Vi brast i vår research."),
        Arguments.of("nb", "2025-01-09", "Vi befinner oss i en landsdel der store strømanlegg er i vår midte."),
        // in early September the last winter and the next are three months away either way
        Arguments.of("nn", "2011-09-02", "Heftet byggjer på motmaktmøtet i vinter."),
        // a compound, not a season
        Arguments.of("nb", "2025-01-08", "Han vant gull i vinter-OL."),
        // in January the last summer and the next are five months away either way: no guess
        Arguments.of("nn", "2025-01-08", "Festivalen i sommar får nytt program."));
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @MethodSource("noSeason")
  void noSeasonWhereTheWordsSayOtherwiseOrNothingPlacesIt(String code, String published, String text) {
    assertThat(DateResolver.resolve(text, ArticleDate.ofDay(LocalDate.parse(published)), new Language(code))).isEmpty();
  }

  @Test
  void aYearAfterTheSeasonLeavesItToTheYear() {
    List<DateMention> m = DateResolver.resolve("Han var observatør frå 2002 til sommaren 2003.",
        ArticleDate.ofDay(LocalDate.of(2011, 8, 8)), new Language("nn"));
    assertThat(m).extracting(DateMention::period).containsExactly("2002", "2003");
  }

  @Test
  void aSeasonIsThreeMonthsFromItsFirst() {
    assertThat(Granularity.SEASON.start(LocalDate.of(2025, 1, 8))).isEqualTo(LocalDate.of(2024, 12, 1));
    assertThat(Granularity.SEASON.start(LocalDate.of(2025, 12, 31))).isEqualTo(LocalDate.of(2025, 12, 1));
    assertThat(Granularity.SEASON.start(LocalDate.of(2025, 5, 31))).isEqualTo(LocalDate.of(2025, 3, 1));
    assertThat(Granularity.SEASON.end(LocalDate.of(2024, 12, 1))).isEqualTo(LocalDate.of(2025, 2, 28));
    assertThat(Granularity.SEASON.shift(LocalDate.of(2024, 12, 1), -1)).isEqualTo(LocalDate.of(2024, 9, 1));
  }

  static Stream<Arguments> seasonsOfLastYearAndLastOrNext() {
    return Stream.of(
        // "i fjor sommar": last year's season, whatever season holds publication (was "i fjor", the year)
        Arguments.of("nn", "2025-01-08", "Festivalen i fjor sommar samla mange.", "i fjor sommar", "2024-06/2024-08"),
        Arguments.of("nb", "2025-01-09", "Brant i fjor sommer – nå vil eieren selge.", "i fjor sommer", "2024-06/2024-08"),
        Arguments.of("nn", "2025-09-22", "Boka kom ut på Samlaget i fjor haust.", "i fjor haust", "2024-09/2024-11"),
        Arguments.of("sv", "2025-01-08", "I fjol sommar kom det mycket regn.", "I fjol sommar", "2024-06/2024-08"),
        // a winter is the one whose January lies in that year
        Arguments.of("nb", "2025-01-08", "I fjor vinter ble det kjørt snø fra Larvik.", "I fjor vinter", "2023-12/2024-02"),
        // "sidste sommer", "förra sommaren", "sist høst": as English "last summer", the one before
        // the season holding publication (was nothing)
        Arguments.of("da", "2025-01-08", "Sidste sommer kom der meget regn.", "Sidste sommer", "2024-06/2024-08"),
        Arguments.of("da", "2022-10-28", "Manden blev fundet livløs i Avedøre sidste efterår.", "sidste efterår",
            "2021-09/2021-11"),
        Arguments.of("sv", "2025-01-08", "Förra sommaren kom det mycket regn.", "Förra sommaren", "2024-06/2024-08"),
        Arguments.of("nb", "2025-01-09", "Direktoratet sendte sist høst ut en folder.", "sist høst", "2024-09/2024-11"),
        Arguments.of("nn", "2005-11-12", "Fire born skal ha falle ned sist sommar.", "sist sommar", "2005-06/2005-08"),
        Arguments.of("nb", "2025-01-08", "Forrige vinter var kald.", "Forrige vinter", "2023-12/2024-02"),
        Arguments.of("en", "2025-01-08", "Last summer it rained a lot.", "Last summer", "2024-06/2024-08"),
        // and the next one
        Arguments.of("nn", "2000-10-26", "Han håpar på byggjestart neste sommar.", "neste sommar", "2001-06/2001-08"),
        Arguments.of("nn", "2003-09-02", "Skulen får heildagsskule frå neste haust.", "neste haust", "2004-09/2004-11"),
        Arguments.of("da", "2022-11-10", "Efter næste sommer flytter prinsen.", "næste sommer", "2023-06/2023-08"),
        Arguments.of("sv", "2025-09-22", "Bron ska vara klar nästa vinter.", "nästa vinter", "2025-12/2026-02"));
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @MethodSource("seasonsOfLastYearAndLastOrNext")
  void seasonsOfLastYearAndTheLastOrNextSeasonAreRead(String code, String published, String text, String expression,
      String period) {
    DateMention m = only(code, text, ArticleDate.ofDay(LocalDate.parse(published)));
    assertThat(m.text()).isEqualTo(expression);
    assertThat(m.granularity()).isEqualTo(Granularity.SEASON);
    assertThat(m.period()).isEqualTo(period);
  }

  @Test
  void lastYearsSeasonNeedsOnlyTheYearOfPublication() {
    ArticleDate year = ArticleDate.parse("2019").orElseThrow();
    assertThat(only("nb", "Skolen ble åpnet i fjor høst.", year).period()).isEqualTo("2018-09/2018-11");
    // "i vår" is also "in our": "neste vår" before a noun is no season
    assertThat(DateResolver.resolve("Dette er neste vår klubb.", WED, Language.NB)).isEmpty();
  }

  static Stream<Arguments> halfYearsAgo() {
    return Stream.of(
        // published Monday 2025-09-22: 18 months back is 2024-03-22, in the spring of 2024
        Arguments.of("nb", "Han døde for halvannet år siden.", "for halvannet år siden", "2024-03/2024-05"),
        Arguments.of("nn", "Han døydde for halvanna år sidan.", "for halvanna år sidan", "2024-03/2024-05"),
        Arguments.of("da", "Han døde for halvandet år siden.", "for halvandet år siden", "2024-03/2024-05"),
        Arguments.of("sv", "Han dog för ett och ett halvt år sedan.", "för ett och ett halvt år sedan", "2024-03/2024-05"),
        Arguments.of("sv", "Han dog för halvannat år sedan.", "för halvannat år sedan", "2024-03/2024-05"),
        Arguments.of("en", "He died a year and a half ago.", "a year and a half ago", "2024-03/2024-05"),
        Arguments.of("en", "He died one and a half years ago.", "one and a half years ago", "2024-03/2024-05"),
        Arguments.of("nb", "Han døde for 1,5 år siden.", "for 1,5 år siden", "2024-03/2024-05"),
        // half a year, and two and a half
        Arguments.of("nb", "Billettene ble bestilt for et halvt år siden.", "for et halvt år siden", "2025-03/2025-05"),
        Arguments.of("en", "The plant closed half a year ago.", "half a year ago", "2025-03/2025-05"),
        Arguments.of("nn", "Dei flytta for to og eit halvt år sidan.", "for to og eit halvt år sidan", "2023-03/2023-05"),
        Arguments.of("en", "The mine closed 2.5 years ago.", "2.5 years ago", "2023-03/2023-05"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("halfYearsAgo")
  void halfYearsAgoAreTheSeasonThatManyHalfYearsBack(String code, String text, String expression, String period) {
    DateMention m = only(code, text, ArticleDate.ofDay(LocalDate.of(2025, 9, 22)));
    assertThat(m.text()).isEqualTo(expression);
    assertThat(m.granularity()).isEqualTo(Granularity.SEASON);
    assertThat(m.period()).isEqualTo(period);
  }

  @Test
  void aDurationOfHalfYearsIsNoDate() {
    assertThat(DateResolver.resolve("I halvannet år har han ventet på svar.", WED, Language.NB)).isEmpty();
  }

  static Stream<Arguments> monthsByTheTenseOfTheirClause() {
    return Stream.of(
        // a past participle or an unlisted past form of the clause: the last such month
        Arguments.of("nn", "2025-01-02", "Boka, som er redigert av Lauridsen og utgitt på Aarhus Universitetsforlag i juni,"
            + " inneheld biografiar.", "2024-06"),
        Arguments.of("sv", "2025-01-08", "Albumet släpptes i juni.", "2024-06"),
        Arguments.of("da", "2025-01-08", "Albummet udkom i juni.", "2024-06"),
        Arguments.of("nb", "2008-12-06", "Han har vært målbevisst siden han begynte å trene igjen i februar.", "2008-02"),
        Arguments.of("nn", "2003-09-09", "Nyland deltok i samarbeidsmøte med oss i januar.", "2003-01"),
        Arguments.of("sv", "2025-09-25", "Redan i januari noterade polisen skeppet.", "2025-01"),
        Arguments.of("en", "2021-06-24", "In December, the federal government conditionally approved the first stage.",
            "2020-12"),
        // a future auxiliary or infinitive before the participle: the coming month, as before
        Arguments.of("nb", "2025-01-08", "Boka blir utgitt i juni.", "2025-06"),
        Arguments.of("da", "2025-01-08", "Bogen bliver udgivet i juni.", "2025-06"),
        Arguments.of("en", "2025-01-08", "The album will be released in June.", "2025-06"),
        Arguments.of("en", "2025-01-08", "The report, to be published in June, will say more.", "2025-06"),
        Arguments.of("sv", "2025-01-08", "De noterade bolagen rapporterar i juni.", "2025-06"));
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @MethodSource("monthsByTheTenseOfTheirClause")
  void aMonthWithoutYearTakesTheTenseOfItsClause(String code, String published, String text, String period) {
    DateMention m = only(code, text, ArticleDate.ofDay(LocalDate.parse(published)));
    assertThat(m.granularity()).isEqualTo(Granularity.MONTH);
    assertThat(m.period()).isEqualTo(period);
  }

  static Stream<Arguments> todayThatIsNotTheDay() {
    return Stream.of(
        // a name
        Arguments.of("nn", "Oddmund Hagen er forfattar og fast bokmeldar i Dag og Tid."),
        // "to this day"
        Arguments.of("nb", "Den dag i dag husker jeg nøyaktig hvor jeg stod."),
        // years later
        Arguments.of("nb", "I dag, 60 år senere, skjuler disse høyvokste trærne brakkene."),
        // a verb of being there, dwelling, owning or running: how things stand
        Arguments.of("nb", "Amedia eier i dag rundt 120 lokalaviser."),
        Arguments.of("nn", "Det finst i dag 50 - 60 slike kraftkontraktar."),
        Arguments.of("nn", "I dag bur åtte elevar ved internatet."),
        Arguments.of("sv", "I dag driver hon en möbelrenoveringsfirma i hembyn."),
        Arguments.of("en", "Only three such plants exist today."));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("todayThatIsNotTheDay")
  void todayAsANameOrNowadaysIsNoDate(String code, String text) {
    assertThat(DateResolver.resolve(text, WED, new Language(code))).isEmpty();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("todayThatIsTheDay")
  void todayOfAnEventIsThePublicationDay(String code, String text) {
    assertThat(only(code, text, WED).period()).isEqualTo("2019-04-24");
  }

  static Stream<Arguments> todayThatIsTheDay() {
    return Stream.of(
        Arguments.of("sv", "I dag är det val i Moldavien."),
        Arguments.of("nn", "Kriseleiinga møttest i dag."),
        Arguments.of("nb", "I DAG: Konsert i kirken."),
        Arguments.of("nb", "Jeg er spesielt stolt over å være her i dag."),
        Arguments.of("da", "Millioner af pakistanere blev i dag ramt af strømafbrydelser."));
  }
}
