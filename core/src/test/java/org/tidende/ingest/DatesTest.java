package org.tidende.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.tidende.model.Article;
import org.tidende.model.ArticleDate;

/** Ingest keeps what the source said about its clock: the time in UTC and the offset it wrote. */
class DatesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // raw | UTC day and time | offset kept ('-' none)
      "2025-01-13T23:28:00Z | 2025-01-13T23:28 | Z",
      "2025-01-14T00:28:00+01:00 | 2025-01-13T23:28 | +01:00",
      "2025-01-14T00:28:00+0100 | 2025-01-13T23:28 | +01:00",
      "2025-01-13T23:28:00+00:00 | 2025-01-13T23:28 | Z",
      "Mon, 13 Jan 2025 23:28:00 GMT | 2025-01-13T23:28 | Z",
      "Tue, 14 Jan 2025 00:28:00 +0100 | 2025-01-13T23:28 | +01:00",
      "Tue, 11 Jun 2024 00:15 CEST | 2024-06-10T22:15 | +02:00",
      "Mon, 13 Jan 2025 20:00:00 EST | 2025-01-14T01:00 | -05:00",
      "Fri, 26 Apr 2019 08:00:00 PST | 2019-04-26T16:00 | -08:00",
      "Fri, 26 Apr 2019 08:00:00 PDT | 2019-04-26T15:00 | -07:00",
      "Fri, 26 Apr 2019 08:00:00 CDT | 2019-04-26T13:00 | -05:00",
      "Fri, 26 Apr 2019 08:00 EEST | 2019-04-26T05:00 | +03:00",
      "Fri, 26 Apr 2019 08:00 BST | 2019-04-26T07:00 | +01:00",
      "2025-01-14T00:28 | 2025-01-14T00:28 | -",
      "14.01.2025 kl 00:28 | 2025-01-14T00:28 | -",
      "14 Jan 2025 00:28:00 | 2025-01-14T00:28 | -"})
  void keepsTheOffsetTheSourceWrote(String raw, String utc, String offset) {
    ArticleDate d = Dates.parse(raw);
    assertThat(d.toString()).isEqualTo(utc);
    assertThat(d.offset()).isEqualTo(offset.equals("-") ? null : ZoneOffset.of(offset));
  }

  @Test
  void theLocalDayIsThePublishersAndTheUtcOneIsKeptForOrder() {
    ArticleDate oslo = Dates.parse("Mon, 13 Jan 2025 23:28:00 GMT");
    assertThat(oslo.date()).isEqualTo(LocalDate.of(2025, 1, 13));
    assertThat(oslo.local(ZoneId.of("Europe/Oslo")))
        .isEqualTo(new ArticleDate(LocalDate.of(2025, 1, 14), LocalTime.of(0, 28), ArticleDate.Precision.TIME, false));
    assertThat(oslo.local(null).date()).isEqualTo(LocalDate.of(2025, 1, 13));
    ArticleDate copenhagen = Dates.parse("Tue, 11 Jun 2024 00:15:00 +0200");
    // an explicit offset is the publisher's clock whatever zone is offered for UTC
    assertThat(copenhagen.local(ZoneId.of("America/New_York")).toString()).isEqualTo("2024-06-11T00:15");
    ArticleDate local = Dates.parse("14.01.2025 kl 00:28");
    assertThat(local.local(ZoneId.of("Europe/Oslo"))).isSameAs(local);
  }

  @Test
  void jsonLinesKeepTheOffset() {
    List<Article> a = new ArrayList<>();
    new JsonLinesReader().read("t.jsonl", """
        {"id":"a","lang":"nb","title":"Brann i natt","date":"2025-01-13T23:28:00Z"}
        {"id":"b","lang":"da","title":"Aftale i går","date":"2024-06-11T00:15:00+02:00"}
        {"id":"c","lang":"nb","title":"Lokal tid","date":"2025-01-13T23:28"}
        """.getBytes(StandardCharsets.UTF_8), e -> {
          if (e instanceof IngestEvent.Accepted ok) {
            a.add(ok.article());
          }
        });
    assertThat(a).extracting(x -> x.date().offset()).containsExactly(ZoneOffset.UTC, ZoneOffset.ofHours(2), null);
    assertThat(a).extracting(x -> x.date().toString())
        .containsExactly("2025-01-13T23:28", "2024-06-10T22:15", "2025-01-13T23:28");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "25 April 2019 | 2019-04-25",
      "April 25, 2019 | 2019-04-25",
      "Apr 25, 2019 | 2019-04-25",
      "Friday, 26 April 2019 | 2019-04-26",
      "Fri, 26 April 2019 | 2019-04-26",
      "friday 26 april 2019 | 2019-04-26",
      "Friday, April 26, 2019 | 2019-04-26",
      "2019/04/25 | 2019-04-25",
      "2019/4/5 | 2019-04-05",
      "20190425 | 2019-04-25",
      "25. april 2019 | 2019-04-25",
      "fredag 26. april 2019 | 2019-04-26",
      "fredag, 26. april 2019 | 2019-04-26",
      "17. mai 2019 | 2019-05-17",
      "24. desember 2019 | 2019-12-24",
      "3. des. 2019 | 2019-12-03",
      "1. marts 2019 | 2019-03-01",
      "25 april 2019 | 2019-04-25",
      "1 maj 2019 | 2019-05-01",
      "28 augusti 2019 | 2019-08-28",
      "Freitag, 26. April 2019 | 2019-04-26",
      "1. März 2019 | 2019-03-01",
      "26 de abril de 2019 | 2019-04-26",
      "viernes, 26 de abril de 2019 | 2019-04-26",
      "1 de diciembre de 2019 | 2019-12-01"})
  void readsWrittenMonthsAndYearFirstDays(String raw, String day) {
    ArticleDate d = Dates.parse(raw);
    assertThat(d).as(raw).isNotNull();
    assertThat(d.toString()).isEqualTo(day);
    assertThat(d.precision()).isEqualTo(ArticleDate.Precision.DAY);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "31 April 2019", "Thursday, 26 April 2019", "2019/02/30", "2019/13/01", "20190230", "12345678",
      "2019042", "201904251", "25 Aprill 2019", "April 2019", "05/04/2019", "13/13/2019", "31/04/2019",
      "25/04/1", "24.4.2", "24.04.19 25:00", "25/04/19 25:00", "05/04/19", "31/04/19"})
  void leavesImpossibleOrAmbiguousDaysUnread(String raw) {
    assertThat(Dates.parse(raw)).as(raw).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "25. april 2019 kl. 10.46 | 2019-04-25T10:46",
      "25. april 2019 kl 10:46 | 2019-04-25T10:46",
      "25 april 2019 klockan 10.46 | 2019-04-25T10:46",
      "'25. April 2019, 10:46 Uhr' | 2019-04-25T10:46",
      "'25. April 2019 um 10:46 Uhr' | 2019-04-25T10:46",
      "25 April 2019 10:46 | 2019-04-25T10:46",
      "25 April 2019 10:46:05 | 2019-04-25T10:46:05",
      "'April 25, 2019 10:00 AM' | 2019-04-25T10:00",
      "'April 25, 2019 at 12:15 am' | 2019-04-25T00:15",
      "'April 25, 2019, 12:05 PM' | 2019-04-25T12:05",
      "'Friday, April 26, 2019 at 5:00 p.m.' | 2019-04-26T17:00",
      "25 Apr 2019 10:46 | 2019-04-25T10:46"})
  void readsATimeAfterAWrittenMonthAsLocal(String raw, String time) {
    ArticleDate d = Dates.parse(raw);
    assertThat(d).as(raw).isNotNull();
    assertThat(d.toString()).isEqualTo(time);
    assertThat(d.precision()).isEqualTo(ArticleDate.Precision.TIME);
    assertThat(d.offset()).isNull();
  }

  /** A zone or offset after the time of a written or dotted date: the day is read, the time kept in UTC with the offset. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "25 April 2019 10:00 CET | 2019-04-25T09:00 | +01:00",
      "25 April 2019 10:00 CEST | 2019-04-25T08:00 | +02:00",
      "'Thursday, 25 April 2019 10:00 CET' | 2019-04-25T09:00 | +01:00",
      "'April 25, 2019 10:00 AM CET' | 2019-04-25T09:00 | +01:00",
      "'April 25, 2019 at 1:30 a.m. (GMT)' | 2019-04-25T01:30 | Z",
      "24. april 2019 kl. 14.30 CET | 2019-04-24T13:30 | +01:00",
      "24. april 2019 kl. 00.30 +0200 | 2019-04-23T22:30 | +02:00",
      "'25. April 2019, 10:46 Uhr MESZ' | 2019-04-25T08:46 | +02:00",
      "'25. Januar 2019, 10:46 Uhr MEZ' | 2019-01-25T09:46 | +01:00",
      "25.04.2019 10:46 MESZ | 2019-04-25T08:46 | +02:00",
      "'25.04.2019, 10:46 Uhr MESZ' | 2019-04-25T08:46 | +02:00",
      "24.01.2019 14:30 MEZ | 2019-01-24T13:30 | +01:00",
      "24.04.2019 14:30 CEST | 2019-04-24T12:30 | +02:00",
      "'Fri, 26 Apr 2019 08:00 MESZ' | 2019-04-26T06:00 | +02:00",
      "24.04.19 14:30 MESZ | 2019-04-24T12:30 | +02:00",
      "25.04.2019 10:00 CET | 2019-04-25T09:00 | +01:00",
      "25.04.2019 kl. 10.00 +02:00 | 2019-04-25T08:00 | +02:00",
      "25 April 2019 10:00 XYZ | - | -"})
  void readsAZoneAfterATime(String raw, String utc, String offset) {
    ArticleDate d = Dates.parse(raw);
    if (utc.equals("-")) {
      assertThat(d).as(raw).isNull(); // a zone not known is not guessed
      return;
    }
    assertThat(d).as(raw).isNotNull();
    assertThat(d.date() + "T" + d.time()).isEqualTo(utc);
    assertThat(d.offset()).isEqualTo(ZoneOffset.of(offset));
  }

  /** Two-digit years as Scandinavian sites write them, 1970 to 2069; a time after is local as written. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "24.04.19 | 2019-04-24",
      "1.2.20 | 2020-02-01",
      "24.04.97 | 1997-04-24",
      "31.12.69 | 2069-12-31",
      "01.01.70 | 1970-01-01",
      "24.04.19 14:30 | 2019-04-24T14:30",
      "24.04.19 kl. 14.30 | 2019-04-24T14:30",
      "'25.04.2019, 10:46 Uhr' | 2019-04-25T10:46"})
  void readsTwoDigitYears(String raw, String day) {
    ArticleDate d = Dates.parse(raw);
    assertThat(d).as(raw).isNotNull();
    assertThat(d.toString()).isEqualTo(day);
    assertThat(d.offset()).isNull();
  }

  /** Slashed dates in the order their numbers force; one both orders could read only with a day-first language. */
  @ParameterizedTest(name = "{0} ({1})")
  @CsvSource(delimiter = '|', value = {
      "25/04/2019 | - | 2019-04-25",
      "04/25/2019 | - | 2019-04-25",
      "05/05/2019 | - | 2019-05-05",
      "25/04/2019 14:30 | - | 2019-04-25T14:30",
      "04/25/2019 10:00 | en | 2019-04-25T10:00",
      "'25/04/2019, 14:30 CEST' | - | 2019-04-25T12:30",
      "05/04/2019 | nb | 2019-04-05",
      "05/04/2019 | sv | 2019-04-05",
      "05/04/2019 | de-AT | 2019-04-05",
      "05/04/2019 | en | -",
      "05/04/2019 | - | -",
      "25/04/2019 | en | 2019-04-25",
      "04/25/2019 | da | 2019-04-25",
      "31/04/2019 | nb | -",
      "13/13/2019 | nb | -",
      // a two-digit year as in dotted dates (1970 to 2069), in the same order as a four-digit one
      "25/04/19 | - | 2019-04-25",
      "04/25/19 | - | 2019-04-25",
      "25/04/97 | - | 1997-04-25",
      "25/04/19 14:30 | - | 2019-04-25T14:30",
      "05/04/19 | nb | 2019-04-05",
      "05/04/19 | en | -",
      "31/04/19 | nb | -",
      // day first though a site writing years first would mean 25 April 2019; year first only where
      // the first number can be no day
      "19/04/25 | - | 2025-04-19",
      "19/04/25 | nb | 2025-04-19",
      "98/04/25 | - | 1998-04-25",
      "45/12/03 | en | 2045-12-03",
      "98/02/30 | - | -",
      "98/13/01 | - | -",
      "32/04/2019 | - | -"})
  void readsSlashedDatesInTheOrderTheNumbersOrTheLanguageForce(String raw, String lang, String day) {
    ArticleDate d = Dates.parse(raw, lang.equals("-") ? null : lang);
    if (day.equals("-")) {
      assertThat(d).as(raw).isNull();
      return;
    }
    assertThat(d).as(raw).isNotNull();
    assertThat(d.toString()).isEqualTo(day);
  }

  @Test
  void jsonLinesReadASlashedDateWithTheRecordsLanguage() {
    List<Article> a = new ArrayList<>();
    new JsonLinesReader().read("t.jsonl", """
        {"id":"a","lang":"nb","title":"Møte i dag","date":"05/04/2019"}
        {"id":"b","lang":"en","title":"Meeting today","date":"05/04/2019"}
        {"id":"c","language":"sv","title":"Möte i dag","date":"05/04/2019 10:00"}
        {"id":"d","title":"Meeting today","date":"25/04/2019"}
        {"id":"e","lang":"da","title":"Møde i dag","date":"05/04/19"}
        """.getBytes(StandardCharsets.UTF_8), e -> {
          if (e instanceof IngestEvent.Accepted ok) {
            a.add(ok.article());
          }
        });
    assertThat(a).extracting(x -> String.valueOf(x.date()))
        .containsExactly("2019-04-05", "null", "2019-04-05T10:00", "2019-04-25", "2019-04-05");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "'April 25th, 2019' | 2019-04-25",
      "25th April 2019 | 2019-04-25",
      "'Friday, April 26th, 2019' | 2019-04-26",
      "'April 1st, 2019' | 2019-04-01",
      "'April 2nd, 2019' | 2019-04-02",
      "'April 3rd, 2019' | 2019-04-03",
      "'April 11th, 2019' | 2019-04-11",
      "'April 22nd, 2019' | 2019-04-22",
      "'Nov. 19th, 2019' | 2019-11-19",
      "the 25th of April 2019 | 2019-04-25",
      "'Thursday, the 25th of April, 2019' | 2019-04-25",
      "25th of April 2019 | 2019-04-25"})
  void readsEnglishOrdinalDays(String raw, String day) {
    ArticleDate d = Dates.parse(raw);
    assertThat(d).as(raw).isNotNull();
    assertThat(d.toString()).isEqualTo(day);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "25. apr 2019 | 2019-04-25",
      "3. des 2019 | 2019-12-03",
      "3 des 2019 | 2019-12-03",
      "3. dec 2019 | 2019-12-03",
      "3 okt 2019 | 2019-10-03",
      "3. Dez 2019 | 2019-12-03",
      "3. Okt. 2019 | 2019-10-03",
      "'Sept 3, 2019' | 2019-09-03",
      "3 Sept. 2019 | 2019-09-03",
      "3 Nov. 2019 | 2019-11-03",
      "3. Jänner 2019 | 2019-01-03",
      "3 dic 2019 | 2019-12-03",
      "'Dec 3 2019' | 2019-12-03",
      "'December 3 2019' | 2019-12-03",
      "'3 Dec, 2019' | 2019-12-03"})
  void readsAbbreviationsWithOrWithoutTheirDot(String raw, String day) {
    ArticleDate d = Dates.parse(raw);
    assertThat(d).as(raw).isNotNull();
    assertThat(d.toString()).isEqualTo(day);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "31 April 2019 10:00", "31. apr 2019", "'Thursday, April 26th, 2019'", "'Thursday, 26 April 2019 10:00'",
      "'April 25st, 2019'", "'April 12nd, 2019'", "'April 21th, 2019'", "25. april 2019 kl. 25.00",
      "25. april 2019 kl. 10.60", "'April 25, 2019 13:00 PM'", "'April 25, 2019 0:30 AM'", "25 apri 2019",
      "25. april 2019 kl."})
  void leavesImpossibleTimesOrdinalsAndAbbreviationsUnread(String raw) {
    assertThat(Dates.parse(raw)).as(raw).isNull();
  }

  @Test
  void namesWeekdaysInFullOrAbbreviatedWithADotOrComma() {
    assertThat(Stream.of("Thursday", "torsdag", "Donnerstag", "jueves", "Thu,", "tor.", "Do.", "jue.")
        .map(Dates::weekday)).containsOnly(DayOfWeek.THURSDAY);
    assertThat(Stream.of("Sun", "man", "Dom", "Published", "april", "").map(Dates::weekday))
        .containsOnlyNulls();
    assertThat(Dates.weekday(null)).isNull();
  }

  @Test
  void jsonReadsAnEightDigitNumberAsADayNotAUnixTime() {
    var mapper = new ObjectMapper();
    assertThat(JsonLinesReader.dateOf(mapper.valueToTree(20190425)).toString()).isEqualTo("2019-04-25");
    assertThat(JsonLinesReader.dateOf(mapper.valueToTree(20191325))).isNull();
    assertThat(JsonLinesReader.dateOf(mapper.valueToTree(1556179200)).toString()).isEqualTo("2019-04-25T08:00");
  }

  /** A date written with no-break or other Unicode spaces (a page's {@code &nbsp;}, a feed's {@code &#160;}) reads as with spaces. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // raw, its odd spaces written as backslash-u escapes | the same date with plain spaces
      "25.\\u00a0april\\u00a02019 | 25. april 2019",
      "April\\u00a025,\\u00a02019 | April 25, 2019",
      "Thu,\\u00a025\\u00a0Apr\\u00a02019 10:00:00\\u202f+0200 | Thu, 25 Apr 2019 10:00:00 +0200",
      "\\u00a025.04.2019 14:30\\u2009+0200\\u00a0 | 25.04.2019 14:30 +0200",
      "25\\u202fde abril de 2019 | 25 de abril de 2019"})
  void aDateWithNoBreakOrOtherUnicodeSpacesReadsAsWithSpaces(String escaped, String plain) {
    String raw = escaped.replace("\\u00a0", "\u00a0").replace("\\u202f", "\u202f").replace("\\u2009", "\u2009");
    assertThat(raw).doesNotContain("\\u");
    ArticleDate expected = Dates.parse(plain);
    assertThat(expected).isNotNull();
    assertThat(Dates.parse(raw)).isEqualTo(expected);
    assertThat(Dates.parse(raw, "nb")).isEqualTo(Dates.parse(plain, "nb"));
  }

  @Test
  void onlyUnicodeSpacesAreNoDate() {
    assertThat(Dates.parse("\u00a0\u202f\u2009")).isNull();
    assertThat(Dates.parse("\u00a0")).isNull();
  }
}
