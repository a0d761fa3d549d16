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

}
