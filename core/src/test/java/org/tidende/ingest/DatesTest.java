package org.tidende.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
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
        """.getBytes(java.nio.charset.StandardCharsets.UTF_8), e -> {
          if (e instanceof IngestEvent.Accepted ok) {
            a.add(ok.article());
          }
        });
    assertThat(a).extracting(x -> x.date().offset()).containsExactly(ZoneOffset.UTC, ZoneOffset.ofHours(2), null);
    assertThat(a).extracting(x -> x.date().toString())
        .containsExactly("2025-01-13T23:28", "2024-06-10T22:15", "2025-01-13T23:28");
  }
}
