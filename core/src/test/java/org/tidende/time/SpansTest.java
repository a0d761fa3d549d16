package org.tidende.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tidende.model.ArticleDate;
import org.tidende.model.Language;

/** Spans written as two dates keep both ends ({@link Spans}). Invented sentences. */
class SpansTest {
  /** Wednesday. */
  private static final ArticleDate WED = ArticleDate.ofDay(LocalDate.of(2019, 4, 24));
  /** Friday in October. */
  private static final ArticleDate OCT = ArticleDate.ofDay(LocalDate.of(2022, 10, 21));

  /** Language, text, publication, the expression expected, its period. */
  static Stream<Arguments> spans() {
    return Stream.of(
        Arguments.of("nb", "Festivalen varer fra 3. til 5. mars.", WED, "3. til 5. mars", "2019-03-03/2019-03-05"),
        Arguments.of("en", "The fair runs from 3 to 5 March.", WED, "3 to 5 March", "2019-03-03/2019-03-05"),
        Arguments.of("nn", "Skulen er stengd i perioden 1.-3. juni.", WED, "1.-3. juni", "2019-06-01/2019-06-03"),
        Arguments.of("da", "Mesterskabet strækker sig fra den 4. til den 20. november.", OCT, "4. til den 20. november",
            "2022-11-04/2022-11-20"),
        Arguments.of("da", "Undersøgelsen er lavet i perioden 29. august til 12. september 2022.", OCT,
            "29. august til 12. september 2022", "2022-08-29/2022-09-12"),
        Arguments.of("nb", "Vegen er stengd mellom mandag og onsdag.", WED, "mandag og onsdag", "2019-04-22/2019-04-24"),
        Arguments.of("nb", "Fra og med mandag kveld til tirsdag kveld er det ventet snøfokk.", WED,
            "mandag kveld til tirsdag kveld", "2019-04-22/2019-04-23"),
        Arguments.of("sv", "Vägen är avstängd från måndag till onsdag.", WED, "måndag till onsdag",
            "2019-04-22/2019-04-24"),
        Arguments.of("da", "I alt er 150 dræbt mellem onsdag og torsdag.", OCT, "onsdag og torsdag",
            "2022-10-19/2022-10-20"),
        // the start without a year takes the end's: January of this year, not the coming one
        Arguments.of("da", "Tallene viser, at 1.500 kom fra januar til og med september i år.", OCT,
            "januar til og med september i år", "2022-01/2022-09"),
        Arguments.of("da", "Ministeren fløj 71 gange i perioden fra juli 2019 til august 2022.", OCT,
            "juli 2019 til august 2022", "2019-07/2022-08"),
        Arguments.of("nb", "Han var ordfører fra 1993 til 2002.", WED, "1993 til 2002", "1993/2002"),
        // a month before a month and year: the scanner reads them together, and the start takes the end's year
        Arguments.of("da", "Priserne steg fra september til november 2021.", OCT, "september til november 2021",
            "2021-09/2021-11"),
        Arguments.of("en", "Prices rose from September to November 2021.", OCT, "September to November 2021",
            "2021-09/2021-11"),
        Arguments.of("sv", "Priserna steg mellan september och november 2021.", OCT, "september och november 2021",
            "2021-09/2021-11"),
        Arguments.of("nb", "Vegen var stengd i perioden september–november 2021.", OCT, "september–november 2021",
            "2021-09/2021-11"),
        // "i" before the first month and "til" before the second: one adverbial, a span without "fra"
        Arguments.of("da", "Udstillingen vises i august til november 2024.", OCT, "august til november 2024",
            "2024-08/2024-11"),
        Arguments.of("nb", "Bommen var åpen i mai til september.", OCT, "mai til september", "2022-05/2022-09"));
  }

  @ParameterizedTest
  @MethodSource("spans")
  void aSpanKeepsBothEnds(String code, String text, ArticleDate published, String expression, String period) {
    List<DateMention> got = DateResolver.resolve(text, published, new Language(code));
    assertThat(got).hasSize(1);
    assertThat(got.getFirst().text()).isEqualTo(expression);
    assertThat(got.getFirst().period()).isEqualTo(period);
  }

  /**
   * Two months joined by "og", "och" or "and" are a list, not a span ("i maj og juli" is no June): each is a mention of
   * its own, and the year written after the second is the first's too (in October, "i marts" alone is the coming
   * March, "i marts og april i år" this year's).
   */
  @Test
  void twoMonthsInAListAreEachDatedInTheYearWrittenAfterThem() {
    assertThat(DateResolver.resolve("Hun modtog pakker i marts og april i år.", OCT, Language.DA))
        .extracting(DateMention::text, DateMention::period)
        .containsExactly(tuple("marts", "2022-03"), tuple("april i år", "2022-04"));
    assertThat(DateResolver.resolve("Två personer smittades i april och maj i fjol.", OCT, Language.SV))
        .extracting(DateMention::text, DateMention::period)
        .containsExactly(tuple("april", "2021-04"), tuple("maj i fjol", "2021-05"));
    assertThat(DateResolver.resolve("Bandet spiller i januar og juni næste år.", OCT, Language.DA))
        .extracting(DateMention::period).containsExactly("2023-01", "2023-06");
    assertThat(DateResolver.resolve("Landet ble okkupert i april og mai 1940.", OCT, Language.NB))
        .extracting(DateMention::text, DateMention::period)
        .containsExactly(tuple("april", "1940-04"), tuple("mai 1940", "1940-05"));
  }

  @Test
  void aSpanEndsOnItsLastDay() {
    DateMention m = DateResolver.resolve("Festivalen varer fra 3. til 5. mars.", WED, Language.NB).getFirst();
    assertThat(m.date()).isEqualTo("2019-03-03");
    assertThat(m.lastDay()).isEqualTo("2019-03-05");
    assertThat(m.contains(LocalDate.of(2019, 3, 4))).isTrue();
  }

  /** Language, text: two dates that are no period. */
  static Stream<Arguments> noSpans() {
    return Stream.of(
        // a move names the old day and the new one
        Arguments.of("nb", "Møtet er flyttet fra mandag til onsdag."),
        Arguments.of("en", "The vote was postponed from 3 May to 10 May."),
        // a list, and "og" without "mellom"
        Arguments.of("nb", "Toppmøtet holdes torsdag og fredag."),
        // a "til" without a from-word
        Arguments.of("da", "Han flyttede 3. maj til Aarhus, og 5. maj begyndte han."),
        // a month and a month with a year: a list, and a move
        Arguments.of("nb", "Landet ble okkupert i april og mai 1940."),
        Arguments.of("nb", "Valget ble flyttet fra september til november 2021."),
        // "i" a month "til" a month after a verb of moving: the old month and the new one
        Arguments.of("da", "Mødet blev udsat i august til november."));
  }

  @ParameterizedTest
  @MethodSource("noSpans")
  void twoDatesThatAreNoPeriodStayApart(String code, String text) {
    assertThat(DateResolver.resolve(text, WED, new Language(code))).allSatisfy(m -> assertThat(m.until()).isNull());
  }

  @Test
  void theTimelineShowsASpanAsAnInterval() {
    List<DatedSentence> s = DateResolver.datedSentences("Vegen er stengd mellom mandag og onsdag. Det var ras i går.",
        WED, Language.NB);
    assertThat(s).extracting(x -> x.primary().period()).containsExactly("2019-04-22/2019-04-24", "2019-04-23");
  }
}
