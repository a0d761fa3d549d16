package org.tidende.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tidende.model.ArticleDate;
import org.tidende.model.ArticleDate.Precision;
import org.tidende.model.Language;

class DateInferenceTest {
  private static ArticleDate day(String iso) {
    return ArticleDate.parse(iso).orElseThrow();
  }

  private static final List<ArticleDate> STORY = List.of(day("2019-04-24"), day("2019-04-25"), day("2019-04-25"));

  /** A text naming the publication day (Wednesday 2019-04-24) the way news does, per language. */
  static Stream<Arguments> wednesdayArticles() {
    return Stream.of(
        Arguments.of("nn", "Kim kom til byen tysdag. Onsdag kveld skal han ete middag med guvernøren."),
        Arguments.of("nb", "Kim kom til byen tirsdag. Onsdag kveld skal han spise middag med guvernøren."),
        Arguments.of("da", "Kim ankom tirsdag. Onsdag aften skal han spise middag med guvernøren."),
        Arguments.of("sv", "Kim anlände i tisdags. På onsdag kväll ska han äta middag med guvernören."),
        Arguments.of("en", "Kim arrived on Tuesday. On Wednesday evening he will dine with the governor."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wednesdayArticles")
  void storyNeighboursNarrowedByWeekdays(String code, String text) {
    assertThat(DateInference.infer(text, new Language(code), STORY)).hasValueSatisfying(d -> {
      assertThat(d.date()).isEqualTo("2019-04-24");
      assertThat(d.precision()).isEqualTo(Precision.DAY);
      assertThat(d.inferred()).isTrue();
    });
  }

  @Test
  void withoutEvidenceATightStoryGivesItsMedianDay() {
    assertThat(DateInference.infer("Ingen datoar her.", Language.NN, STORY))
        .contains(ArticleDate.ofDay(LocalDate.of(2019, 4, 25)).asInferred());
  }

  @Test
  void withoutEvidenceASpreadStoryGivesAMonth() {
    List<ArticleDate> spread = List.of(day("2019-04-02"), day("2019-04-12"), day("2019-04-25"));
    assertThat(DateInference.infer("Ingen datoar her.", Language.NN, spread)).hasValueSatisfying(d -> {
      assertThat(d.precision()).isEqualTo(Precision.MONTH);
      assertThat(d.date()).isEqualTo("2019-04-01");
    });
  }

  @Test
  void textAloneWithAWeekdayDateGivesItsMonthWithTheYearFromContext() {
    String text = "Toppmøtet er torsdag den 25. april i Vladivostok. Siden marts 2018 har Kim mødt Xi fire gange.";
    assertThat(DateInference.infer(text, Language.DA, List.of())).hasValueSatisfying(d -> {
      assertThat(d.precision()).isEqualTo(Precision.MONTH);
      assertThat(d.toString()).isEqualTo("2019-04"); // 25 April fell on a Thursday in 2019, not 2018
      assertThat(d.inferred()).isTrue();
    });
  }

  @Test
  void nothingToInfer() {
    assertThat(DateInference.infer("Han kom i 1998 og drog 3. mai.", Language.NB, List.of())).isEmpty();
    assertThat(DateInference.infer("Onsdag kom han.", Language.NB, day("2019-04-24"), STORY)).isEmpty();
    assertThat(DateInference.infer("Torsdag den 25. april.", Language.DA, day("2019-04"), List.of())).isEmpty();
    assertThat(DateInference.infer(null, null, null)).isEmpty();
    assertThat(DateInference.infer("", Language.UND, Arrays.asList(null, null))).isEmpty();
  }

  @Test
  void coarseStoryDatesBoundAnUndatedArticleButNeverGiveADay() {
    List<ArticleDate> april = List.of(day("2019-04"), day("2019-04"));
    assertThat(DateInference.infer("Putin landa i byen torsdag, medan Kim kom dagen før.", Language.NN, april))
        .hasValueSatisfying(d -> {
          assertThat(d.precision()).isEqualTo(Precision.MONTH);
          assertThat(d.toString()).isEqualTo("2019-04");
          assertThat(d.inferred()).isTrue();
        });
    assertThat(DateInference.infer("Ingen datoar her.", Language.NN, List.of(day("2019-03"), day("2019-04"))))
        .hasValueSatisfying(d -> {
          assertThat(d.precision()).isEqualTo(Precision.YEAR);
          assertThat(d.toString()).isEqualTo("2019");
        });
    assertThat(DateInference.infer("Ingen datoar her.", Language.NN, List.of(day("2018-12"), day("2019-01")))).isEmpty();
    // an article with its own coarse date is not told the same thing again
    assertThat(DateInference.infer("Ingen datoar her.", Language.NN, day("2019-04"), april)).isEmpty();
  }

  @Test
  void storyDatesOutsideTheArticlesOwnMonthAreNotUsed() {
    List<ArticleDate> march = List.of(day("2019-03-30"), day("2019-03-31"));
    assertThat(DateInference.infer("Ingen datoar.", Language.NN, day("2019-05"), march)).isEmpty();
  }
}
