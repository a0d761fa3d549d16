package org.tidende.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tidende.model.ArticleDate;
import org.tidende.model.Language;

/** Relative dates count from the publisher's day, not the UTC day of a feed's stamp. */
class PublisherDayTest {

  /**
   * Language, publication date as the source wrote it, text, the expression, its resolved day, and
   * (in the comment) what the UTC day gave before.
   */
  static Stream<Arguments> nearMidnight() {
    return Stream.of(
        // Monday 23:28 UTC is Tuesday 00:28 in Oslo: "yesterday" is Monday (UTC day gave Sunday 12th)
        Arguments.of("nb", "2025-01-13T23:28:00Z", "Brannen startet i går kveld.", "i går kveld", "2025-01-13"),
        Arguments.of("nb", "2025-01-13T23:28:00Z", "Avtalen ble signert i går.", "i går", "2025-01-13"),
        // the night just ended: Tuesday the 14th (UTC Monday read the past "tirsdag" as the 7th, a week off)
        Arguments.of("nb", "2025-01-13T23:28:00Z", "Brannen startet natten til tirsdag.", "tirsdag", "2025-01-14"),
        Arguments.of("nb", "2025-01-13T23:28:00Z", "Det brenn i natt på Voss.", "i natt", "2025-01-14"),
        Arguments.of("nn", "2025-01-13T23:28:00Z", "Møtet vart halde i går.", "i går", "2025-01-13"),
        Arguments.of("nn", "2025-01-13T23:28:00+00:00", "Møtet vart halde i går.", "i går", "2025-01-13"),
        // Stockholm in summer time (+2): 22:30 UTC on Thursday is 00:30 on Friday (UTC gave the 17th)
        Arguments.of("sv", "2025-09-18T22:30:00Z", "Avtalet undertecknades igår.", "igår", "2025-09-18"),
        // an explicit offset is the publisher's clock: Tuesday 00:15 in Copenhagen (UTC day gave the 9th)
        Arguments.of("da", "2024-06-11T00:15:00+02:00", "Aftalen faldt på plads i går.", "i går", "2024-06-10"),
        Arguments.of("da", "2024-06-11T00:15:00+0200", "Mødet finder sted i morgen.", "i morgen", "2024-06-12"),
        // and beats the language's zone: 20:00 in New York is Monday there, Tuesday in UTC and in Oslo
        Arguments.of("nb", "2025-01-13T20:00:00-05:00", "Avtalen ble signert i går.", "i går", "2025-01-12"),
        // English has no likely zone: a UTC stamp stays a UTC day
        Arguments.of("en", "2025-01-13T23:28:00Z", "The deal was signed yesterday.", "yesterday", "2025-01-12"),
        // nor has an unknown language
        Arguments.of("und", "2025-01-13T23:28:00Z", "Avtalen ble signert i går.", "i går", "2025-01-12"),
        // a time without offset is local as written, never moved
        Arguments.of("nb", "2025-01-13T23:28", "Avtalen ble signert i går.", "i går", "2025-01-12"),
        Arguments.of("da", "2024-06-10T23:55", "Aftalen faldt på plads i går.", "i går", "2024-06-09"),
        // a day has no clock
        Arguments.of("nb", "2025-01-13", "Avtalen ble signert i går.", "i går", "2025-01-12"));
  }

  @ParameterizedTest(name = "{0} {1}: {3} = {4}")
  @MethodSource("nearMidnight")
  void relativeDatesCountFromThePublishersDay(String lang, String published, String text, String expression,
      String expected) {
    ArticleDate pub = ArticleDate.parse(published).orElseThrow();
    List<DateMention> found = DateResolver.resolve(text, pub, Language.parse(lang));
    assertThat(found).extracting(DateMention::text).containsExactly(expression);
    assertThat(found.getFirst().date()).isEqualTo(LocalDate.parse(expected));
  }

  @Test
  void middayStampsKeepTheirDayInEveryZone() {
    ArticleDate noon = ArticleDate.parse("2025-01-13T12:00:00Z").orElseThrow();
    for (Language lang : Language.SUPPORTED) {
      assertThat(PublisherDay.of(noon, lang).date()).as(lang.code()).isEqualTo(LocalDate.of(2025, 1, 13));
    }
  }

  @Test
  void zonesByLanguage() {
    assertThat(PublisherDay.zoneFor(Language.NB)).isEqualTo(ZoneId.of("Europe/Oslo"));
    assertThat(PublisherDay.zoneFor(Language.NN)).isEqualTo(ZoneId.of("Europe/Oslo"));
    assertThat(PublisherDay.zoneFor(Language.DA)).isEqualTo(ZoneId.of("Europe/Copenhagen"));
    assertThat(PublisherDay.zoneFor(Language.SV)).isEqualTo(ZoneId.of("Europe/Stockholm"));
    assertThat(PublisherDay.zoneFor(Language.DE)).isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(PublisherDay.zoneFor(Language.ES)).isEqualTo(ZoneId.of("Europe/Madrid"));
    assertThat(PublisherDay.zoneFor(Language.EN)).isNull();
    assertThat(PublisherDay.zoneFor(Language.UND)).isNull();
    assertThat(PublisherDay.zoneFor(null)).isNull();
    assertThat(PublisherDay.of(null, Language.NB)).isNull();
  }

  @Test
  void anUndatedArticleCountsItsStorysDaysOnItsPublishersClock() {
    // the story's only dated member appeared at 00:28 on Tuesday in Oslo: an undated Norwegian
    // member without other evidence takes the story's day, Tuesday, not the UTC Monday
    ArticleDate stamped = ArticleDate.parse("2025-01-13T23:28:00Z").orElseThrow();
    var inferred = DateInference.infer("Brannen startet i går kveld.", Language.NB, List.of(stamped));
    assertThat(inferred).map(ArticleDate::date).contains(LocalDate.of(2025, 1, 14));
  }
}
