package org.tidende.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tidende.ingest.Dates;
import org.tidende.model.ArticleDate;

class DateReadingTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "2019-11-19T10:15:30.123Z | 2019-11-19T10:15:30",
    "2019-11-19T10:15:30.000+0100 | 2019-11-19T09:15:30",
    "2019/11/19 10:15 | 2019-11-19T10:15",
    "'Tue, 19 Nov 2019 10:15:30 GMT' | 2019-11-19T10:15:30",
    "20191119 | 2019-11-19",
    "19.11.2019 | 2019-11-19",
    "'November 19, 2019 at 5:00 PM' | 2019-11-19",
    "'Nov. 19th, 2019' | 2019-11-19",
    "'Publisert 19. november 2019 kl. 10.15' | 2019-11-19",
    "'19 de noviembre de 2019' | 2019-11-19",
    "'19. März 2019' | 2019-03-19",
    "'Oppdatert: 3. mai 2021' | 2021-05-03",
  })
  void readsTheFormsPagesUse(String raw, String expected) {
    Optional<ArticleDate> d = DateReading.parse(raw);
    assertThat(d).isPresent();
    assertThat(d.get().toString()).startsWith(expected);
  }

  /** Inside longer text, a candidate is read by Dates with the time after it, else as a day. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "'Publisert 19. november 2019 kl. 10.15' | 2019-11-19T10:15",
    "'Oppdatert 19. nov 2019 kl. 10.15' | 2019-11-19T10:15",
    "'Posted on November 19th, 2019 at 5:00 PM by Staff' | 2019-11-19T17:00",
    "'By Staff, 19th November 2019' | 2019-11-19",
    "'Veröffentlicht am 19. Nov 2019' | 2019-11-19",
    "'Publicado el 19 de noviembre de 2019 a las 10:15' | 2019-11-19",
    "'Publisert 19. november 2019 kl. 25.15' | 2019-11-19",
    "'By Staff on Tuesday, November 19, 2019' | 2019-11-19",
    "'Oppdatert tirsdag 19. november 2019 kl. 10.15' | 2019-11-19T10:15",
    "'Updated Nov 19 2019' | 2019-11-19",
    "'Posted 19 Nov, 2019' | 2019-11-19",
    "'The Sun 19 November 2019' | 2019-11-19",
    "'Tue. 19 Nov. 2019' | 2019-11-19",
  })
  void readsAWrittenDateInsideText(String raw, String expected) {
    assertThat(DateReading.parse(raw).map(ArticleDate::toString)).contains(expected);
  }

  /** A weekday that does not fit leaves the date unread, in a byline as in a feed. */
  @ParameterizedTest
  @ValueSource(strings = {
    "Thursday, 19 November 2019", "By Staff on Thursday, November 19, 2019 at 5:00 PM",
    "Oppdatert torsdag 19. november 2019", "Thu. 19 Nov. 2019", "Donnerstag, 19. Nov 2019 um 10:15 Uhr"})
  void aWeekdayThatDoesNotFitLeavesTheDateUnread(String raw) {
    assertThat(DateReading.parse(raw)).as(raw).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "yesterday", "1850-01-01", "2019-13-45", "page 12 of 30", "12345678901"})
  void refusesWhatIsNoDate(String raw) {
    assertThat(DateReading.parse(raw)).isEmpty();
  }

  /** A string a feed or JSON field could carry is read in a page as {@link Dates} reads it there. */
  @ParameterizedTest
  @ValueSource(strings = {
    "Fri, 26 Apr 2019 08:00 CEST", "Tue, 11 Jun 2024 00:15:00 +0200", "Mon, 13 Jan 2025 20:00:00 EST",
    "14.01.2025 kl 00:28", "1.2.2020 10.46", "Freitag, 26. April 2019", "2019/04/25"})
  void readsAnIsolatedDateAsFeedsAreRead(String raw) {
    ArticleDate asFeeds = Dates.parse(raw);
    assertThat(asFeeds).as(raw).isNotNull();
    assertThat(DateReading.parse(raw)).as(raw).contains(asFeeds);
    assertThat(DateReading.parse(raw).get().offset()).as(raw).isEqualTo(asFeeds.offset());
  }

  @Test
  void nullIsEmpty() {
    assertThat(DateReading.parse(null)).isEmpty();
    assertThat(DateReading.parse("2019-04-25")).contains(ArticleDate.ofDay(LocalDate.of(2019, 4, 25)));
  }
}
