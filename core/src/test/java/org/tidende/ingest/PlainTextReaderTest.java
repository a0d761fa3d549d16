package org.tidende.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidende.TestData;
import org.tidende.model.Article;
import org.tidende.model.ArticleDate;

class PlainTextReaderTest {

  private static List<IngestEvent> read(String text) {
    List<IngestEvent> out = new ArrayList<>();
    new PlainTextReader().read("t.txt", text, out::add);
    return out;
  }

  private static Article only(String text) {
    List<IngestEvent> ev = read(text);
    assertThat(ev).hasSize(1).first().isInstanceOf(IngestEvent.Accepted.class);
    return ((IngestEvent.Accepted) ev.get(0)).article();
  }

  @Test
  void shortFirstLineIsTheTitle() {
    Article a = only("Ferja er i rute igjen\n\nFerja gjekk som normalt i dag. Alle var nøgde.");
    assertThat(a.title()).isEqualTo("Ferja er i rute igjen");
    assertThat(a.text()).startsWith("Ferja gjekk");
  }

  @Test
  void datePrefixIsMetadataAtItsPrecision() {
    Article a = only(" date 2019-04 Toppmøtet vert halde på eit universitet på ei øy, heilt aust i landet.\n\nMeir tekst.");
    assertThat(a.date()).isNotNull();
    assertThat(a.date().precision()).isEqualTo(ArticleDate.Precision.MONTH);
    assertThat(a.date().toString()).isEqualTo("2019-04");
    assertThat(a.text()).startsWith("Toppmøtet vert halde").doesNotContain("date");
    assertThat(a.title()).isEmpty();
  }

  @Test
  void aDatePrefixWithNoBreakSpacesIsRead() {
    Article a = only("date\u00a025.04.2019\u202fTittel her\n\nTekst.");
    assertThat(a.date()).isNotNull();
    assertThat(a.date().toString()).startsWith("2019-04-25");
  }

  @Test
  void dayPrecisionDatePrefix() {
    Article a = only("date 2019-04-25\nTittel her\n\nTekst.");
    assertThat(a.date()).isEqualTo(ArticleDate.ofDay(LocalDate.of(2019, 4, 25)));
    assertThat(a.title()).isEqualTo("Tittel her");
  }

  @Test
  void titleRunIntoTheLeadIsSplit() {
    Article a = only("Minister lovar nye pengar til ferjene i nord Regjeringa vil bruke 300 millionar kroner på nye "
        + "ferjer i Nordland og Troms neste år, seier statsråden.\n\nMeir tekst her.");
    assertThat(a.title()).isEqualTo("Minister lovar nye pengar til ferjene i nord");
    assertThat(a.text()).startsWith("Regjeringa vil bruke");
  }

  @Test
  void ordinaryLeadIsNotSplit() {
    String lead = "Statsministeren landa i byen lengst nord i landet torsdag, medan ministeren kom med tog dagen før "
        + "og heldt tale.";
    Article a = only(lead + "\n\nAndre avsnitt.");
    assertThat(a.title()).isEmpty();
    assertThat(a.text()).startsWith("Statsministeren landa");
  }

  @Test
  void headerLinesAreRead() {
    Article a = only("title: Ein tittel\nsource: Avisa\nurl: https://example.org/a\ndate: 2024-01-02\nid: my-id\n\nTeksten.");
    assertThat(a.id().value()).isEqualTo("my-id");
    assertThat(a.title()).isEqualTo("Ein tittel");
    assertThat(a.source()).isEqualTo("Avisa");
    assertThat(a.url()).isEqualTo("https://example.org/a");
    assertThat(a.text()).isEqualTo("Teksten.");
  }

  @Test
  void dateHeadersAreReadDayFirstAndAsRfc822AsInJsonAndFeeds() {
    assertThat(only("date: 25.04.2019\n\nTeksten.").date()).isEqualTo(ArticleDate.ofDay(LocalDate.of(2019, 4, 25)));
    assertThat(only("date: 18.01.2011 kl 10:46\n\nTeksten.").date())
        .isEqualTo(ArticleDate.parse("2011-01-18T10:46").orElseThrow());
    assertThat(only("date: Thu, 25 Apr 2019 10:00:00 +0200\n\nTeksten.").date())
        .isEqualTo(ArticleDate.parse("2019-04-25T10:00:00+02:00").orElseThrow());
    assertThat(only("date: 25/04/19\n\nTeksten.").date()).isEqualTo(ArticleDate.ofDay(LocalDate.of(2019, 4, 25)));
    assertThat(only("date: 2019-04\n\nTeksten.").date().precision()).isEqualTo(ArticleDate.Precision.MONTH);
    List<IngestEvent> bad = read("date: 31.02.2019\n\nTeksten.");
    assertThat(bad).hasSize(2);
    // as a JSON record's unreadable date says it, at its line; before, "t.txt: unreadable date '31.02.2019' ignored",
    // and until session 35 without the line
    assertThat(bad.get(0)).asString().isEqualTo("t.txt:1: date '31.02.2019' unreadable (ISO-8601, RFC 822, 25.04.2019 or "
        + "25 April 2019 expected); read as undated");
    assertThat(((IngestEvent.Accepted) bad.get(1)).article().date()).isNull();
  }

  @Test
  void aDatePrefixMayCarryATimeAndOffsetOrBeDayFirst() {
    Article timed = only("date 2019-04-25T10:00+02:00 Kim kom til Vladivostok onsdag. Han reiste med tog.");
    assertThat(timed.date()).isEqualTo(ArticleDate.parse("2019-04-25T10:00+02:00").orElseThrow());
    assertThat(timed.text()).startsWith("Kim kom til Vladivostok");
    assertThat(only("date 2019-04-25 10:00\nKim i Russland\n\nTeksten.").date())
        .isEqualTo(ArticleDate.parse("2019-04-25T10:00").orElseThrow());
    Article dotted = only("DATE 25.04.2019\nKim i Russland\nKim kom til Vladivostok onsdag.");
    assertThat(dotted.date()).isEqualTo(ArticleDate.ofDay(LocalDate.of(2019, 4, 25)));
    assertThat(dotted.title()).isEqualTo("Kim i Russland");
    assertThat(only("Date night in Paris\n\nTeksten.").title()).isEqualTo("Date night in Paris");
  }

  @Test
  void aDatePrefixTakesAnOffsetWrittenAfterItsTime() {
    // The README lists "25.04.2019 14:30 +0200" among the dates a .txt file may give; as a prefix the
    // offset was left behind and read as the title, and the time taken as local.
    Article dotted = only("date 25.04.2019 14:30 +0200\nKim i Russland\n\nKim kom til Vladivostok onsdag.");
    assertThat(dotted.date()).isEqualTo(ArticleDate.parse("2019-04-25T14:30+02:00").orElseThrow());
    assertThat(dotted.title()).isEqualTo("Kim i Russland");
    Article iso = only("date 2019-04-25 10:00 +02:00 Kim kom til Vladivostok onsdag. Han reiste med tog.");
    assertThat(iso.date()).isEqualTo(ArticleDate.parse("2019-04-25T10:00+02:00").orElseThrow());
    assertThat(iso.text()).startsWith("Kim kom til Vladivostok");
  }

  @Test
  void aFirstLineThatIsOnlyAWebAddressIsTheUrl() {
    Article a = only("https://www.nrk.no/urix/kim-1.234\n\nKim i Russland\n\nKim kom til Vladivostok onsdag.");
    assertThat(a.url()).isEqualTo("https://www.nrk.no/urix/kim-1.234");
    assertThat(a.title()).isEqualTo("Kim i Russland");
    assertThat(only("url: https://a.example/1\n\nhttps://b.example/2\nKim i Russland\n\nTeksten.").url())
        .isEqualTo("https://a.example/1");
    assertThat(only("https://b.example/2 melder at Kim kom\n\nTeksten.").url()).isNull();
  }

  @Test
  void contentIdIsStable() {
    assertThat(only("Tittel\n\nTekst.").id()).isEqualTo(only("Tittel\n\nTekst.").id());
    assertThat(only("Tittel\n\nTekst.").id()).isNotEqualTo(only("Tittel\n\nAnnan tekst.").id());
  }

  @Test
  void onlyMetadataIsRejected() {
    assertThat(read("date 2019-04   \n")).singleElement().isInstanceOf(IngestEvent.Rejected.class);
  }

  @Test
  void seedsAreReadAsTheyArrive() throws Exception {
    Path seeds = TestData.sharedOrSkip("samples/seeds");
    Article s000 = only(Files.readString(seeds.resolve("000_eb6f932521c15467.txt")));
    Article s001 = only(Files.readString(seeds.resolve("001_ca2d0a3c768ecaad.txt")));
    Article s004 = only(Files.readString(seeds.resolve("004_67ba073e76b943a6.txt")));
    assertThat(s000.title()).isEmpty();
    assertThat(s000.text()).startsWith("Putin landa i byen");
    assertThat(s001.date().toString()).isEqualTo("2019-04");
    assertThat(s001.text()).startsWith("Toppmøtet vert halde");
    assertThat(s004.title()).isEqualTo("Kim er på vej til Putin-møde i sit letgenkendelige grønne tog");
    assertThat(s004.text()).startsWith("Nordkoreas leder ventes at ankomme");
  }

  /**
   * What is said of a header names the header's line, counted from the file's first line over a
   * leading {@code date} line and blank lines: a too-long {@code id:} is rejected at its line, as a
   * JSON record's is; until session 35 it was "t.txt: header 'id:': ..." without one.
   */
  @Test
  void aHeaderIsNamedAtItsLine() {
    String id = "x".repeat(600);
    assertThat(read("\ndate 2024-01-02\ntitle: Tittel\nid: " + id + "\n\nTeksten.")).singleElement()
        .extracting(e -> ((IngestEvent.Rejected) e).rejection().toString())
        .isEqualTo("t.txt:4: header 'id:': article id has 600 chars, at most 512");
    assertThat(read("id: " + id + "\r\n\r\nTeksten.")).singleElement()
        .extracting(e -> ((IngestEvent.Rejected) e).rejection().toString()).asString().startsWith("t.txt:1: header 'id:'");
    assertThat(read("\n\ndate 31.02.2019\nsource: Avisa\n\nTeksten.").get(0)).asString()
        .startsWith("t.txt:3: date '31.02.2019' unreadable");
    assertThat(read("title: T\nsource: Avisa\ndate: 2019-02-31\n\nTeksten.").get(0)).asString()
        .startsWith("t.txt:3: date '2019-02-31' unreadable");
  }
}
