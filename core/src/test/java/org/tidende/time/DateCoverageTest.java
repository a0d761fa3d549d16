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

}
