package org.tidende.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidende.model.Article;
import org.tidende.model.ArticleDate;

class JsonLinesReaderTest {
  private static List<Article> read(String jsonl) {
    List<Article> out = new ArrayList<>();
    new JsonLinesReader().read("t.jsonl", jsonl.getBytes(StandardCharsets.UTF_8), e -> {
      if (e instanceof IngestEvent.Accepted a) {
        out.add(a.article());
      }
    });
    return out;
  }

  @Test
  void softHyphensAndZeroWidthSpacesAreDroppedFromTitleAndText() {
    Article a = read("{\"id\":\"a\",\"title\":\"Omkom i trafikk\u00adulykke\",\"text\":\"Syklisten\u200b omkom.\ufeff\"}\n").get(0);
    assertThat(a.title()).isEqualTo("Omkom i trafikkulykke");
    assertThat(a.text()).isEqualTo("Syklisten omkom.");
    assertThat(InvisibleChars.strip("trafikkulykke")).isSameAs("trafikkulykke");
  }

  /**
   * An id is a string or a number ({@code 12345} is "12345"); a boolean or an object is refused,
   * naming its type. A boolean was the id "true", so every record with {@code "id": true} after the
   * first was stored as its duplicate.
   */
  @Test
  void anIdIsAStringOrANumberAndABooleanIsRefused() {
    List<String> said = new ArrayList<>();
    List<Article> out = new ArrayList<>();
    new JsonLinesReader().read("t.jsonl", """
        {"id": 12345, "title": "Nummer", "text": "Ein tekst."}
        {"id": true, "title": "Sann", "text": "Ein annan tekst."}
        {"id": {"x": 1}, "title": "Objekt", "text": "Ein tredje tekst."}
        """.getBytes(StandardCharsets.UTF_8), e -> {
          if (e instanceof IngestEvent.Accepted a) {
            out.add(a.article());
          } else if (e instanceof IngestEvent.Rejected r) {
            said.add(r.rejection().toString());
          }
        });
    assertThat(out).extracting(a -> a.id().value()).containsExactly("12345");
    assertThat(said).containsExactly("t.jsonl:2: field 'id' must be a string or number, got boolean",
        "t.jsonl:3: field 'id' must be a string or number, got object");
  }

  /**
   * Lines that end in a comma after their object (an array's items cut into lines) are read without
   * a rejection: the comma separates, nothing is lost. Each was "malformed JSON after 1 value(s) on
   * the line", counted as rejected though its article was read. A comma before another value is
   * still malformed.
   */
  @Test
  void aCommaAfterALinesObjectIsASeparator() {
    List<String> said = new ArrayList<>();
    List<Article> out = new ArrayList<>();
    new JsonLinesReader().read("t.jsonl", """
        {"id": "a", "title": "Ein", "text": "Første."},
        {"id": "b", "title": "To", "text": "Andre."} ,
        {"id": "c", "title": "Tre", "text": "Tredje."}, 7
        """.getBytes(StandardCharsets.UTF_8), e -> {
          if (e instanceof IngestEvent.Accepted a) {
            out.add(a.article());
          } else {
            said.add(e instanceof IngestEvent.Rejected r ? r.rejection().toString() : e.toString());
          }
        });
    assertThat(out).extracting(a -> a.id().value()).containsExactly("a", "b", "c");
    assertThat(said).hasSize(1).allMatch(x -> x.startsWith("t.jsonl:3: malformed JSON after 1 value(s) on the line"));
  }

  @Test
  void titleAndDateCanBeTakenFromOtherFieldsOfTheRecord() {
    List<Article> a = read("""
        {"id":"a","title":"Samfund Abonnement Storm lukker broen","title_clean":"Storm lukker broen","date":"2023-01-19T10:00","first_seen":"2023-01-18T08:00"}
        {"id":"b","title":"Storm lukker broen igen","first_seen":"ikke en dato"}
        """);
    Article clean = JsonLinesReader.withFields(a.get(0), "title_clean", "first_seen");
    assertThat(clean.title()).isEqualTo("Storm lukker broen");
    assertThat(clean.date()).isEqualTo(ArticleDate.parse("2023-01-18T08:00").orElseThrow());
    assertThat(clean.labels()).containsEntry("date_from", "first_seen");
    Article kept = JsonLinesReader.withFields(a.get(1), "title_clean", "first_seen");
    assertThat(kept.title()).isEqualTo("Storm lukker broen igen"); // no such field: unchanged
    assertThat(kept.date()).isNull(); // unreadable: unchanged
    assertThat(JsonLinesReader.withFields(a.get(0), null, null)).isEqualTo(a.get(0));
  }

  @Test
  void aMissingDateFallsBackToWhenTheItemWasFirstSeenAndSaysSoAndRssDatesAreRead() {
    List<Article> a = read("""
        {"id":"a","title":"Uden dato","date":null,"first_seen":"2022-10-06T08:52:00+00:00"}
        {"id":"b","title":"Med dato","date":"2022-10-05T10:00","first_seen":"2022-10-06T08:52:00+00:00"}
        {"id":"c","title":"Ulæselig dato","date":"i går","published":"2022-10-04"}
        {"id":"d","title":"Ingen dato"}
        {"id":"e","title":"RSS-dato","date":"Wed, 24 Apr 2019 10:00:00 +0200"}
        """);
    assertThat(a).hasSize(5);
    assertThat(a.get(0).date()).isEqualTo(ArticleDate.parse("2022-10-06T08:52:00+00:00").orElseThrow());
    assertThat(a.get(0).labels()).containsEntry("date_from", "first_seen");
    assertThat(a.get(1).date()).isEqualTo(ArticleDate.parse("2022-10-05T10:00").orElseThrow());
    assertThat(a.get(1).labels()).doesNotContainKey("date_from");
    assertThat(a.get(2).date()).isEqualTo(ArticleDate.parse("2022-10-04").orElseThrow());
    assertThat(a.get(2).labels()).containsEntry("date_from", "published").containsEntry("date_unreadable", "i går");
    assertThat(a.get(3).date()).isNull();
    assertThat(a.get(4).date()).isEqualTo(ArticleDate.parse("2019-04-24T10:00:00+02:00").orElseThrow());
    assertThat(a.get(4).labels()).doesNotContainKeys("date_from", "date_unreadable");
  }

  @Test
  void aJsonArrayCutOffOrWithABadElementKeepsTheObjectsBeforeIt() throws Exception {
    String array = """
        [
          {"id": "a1", "title": "Første", "text": "Ein tekst."},
          5,
          {"id": "a3", "title": "Tredje", "text": "Ein tredje tekst."},
          {"id": "a4", "title": "Fjer""";
    List<IngestEvent> events = new ArrayList<>();
    new JsonLinesReader().read("t.json", array.getBytes(StandardCharsets.UTF_8), events::add);
    assertThat(events).hasSize(4);
    assertThat(((IngestEvent.Accepted) events.get(0)).article().id().value()).isEqualTo("a1");
    // each item at the line it opens on, a rejected one with its item number (it was "t.json:2", the
    // line of the item before it)
    assertThat(events.get(1)).asString().contains("t.json:3: item 2: expected a JSON object");
    assertThat(((IngestEvent.Accepted) events.get(2)).article().line()).isEqualTo(4);
    assertThat(((IngestEvent.Accepted) events.get(2)).article().id().value()).isEqualTo("a3");
    assertThat(events.get(3)).isInstanceOfSatisfying(IngestEvent.Rejected.class, r -> assertThat(r.rejection())
        .asString().startsWith("t.json:5: malformed JSON array at item 4 (line 5)"));

    List<IngestEvent> streamed = new ArrayList<>();
    new JsonLinesReader().read("big.json", new ByteArrayInputStream(
        "\ufeff[{\"id\":\"s1\",\"title\":\"Strøymd\"}]".getBytes(StandardCharsets.UTF_8)), streamed::add);
    assertThat(streamed).singleElement().isInstanceOfSatisfying(IngestEvent.Accepted.class,
        a -> assertThat(a.article().title()).isEqualTo("Strøymd"));
  }

  @Test
  void aLineOfWindows1252IsReadAsSuchWithAWarningAsTextFilesAre() throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write("{\"id\":\"u\",\"title\":\"Blåbær på Østlandet\"}\n".getBytes(StandardCharsets.UTF_8));
    for (int i = 1; i <= 7; i++) {
      b.write(("{\"id\":\"w" + i + "\",\"title\":\"Blåbær på Østlandet\"}\n").getBytes(Charset.forName("windows-1252")));
    }
    List<IngestEvent> events = new ArrayList<>();
    new JsonLinesReader().read("t.jsonl", b.toByteArray(), events::add);
    List<Article> articles = events.stream().filter(e -> e instanceof IngestEvent.Accepted)
        .map(e -> ((IngestEvent.Accepted) e).article()).toList();
    assertThat(articles).hasSize(8).allSatisfy(a -> assertThat(a.title()).isEqualTo("Blåbær på Østlandet"));
    assertThat(events).filteredOn(e -> e instanceof IngestEvent.Warning).map(Object::toString).containsExactly(
        "t.jsonl:2: invalid UTF-8 at byte 22 of the line; read as Windows-1252 (if it is in another encoding, such as "
            + "Shift_JIS, GB18030 or KOI8-R, convert it to UTF-8, e.g. iconv -f SHIFT_JIS -t UTF-8 t.jsonl > utf8-t.jsonl)",
        "t.jsonl:3: invalid UTF-8 at byte 22 of the line; read as Windows-1252",
        "t.jsonl:4: invalid UTF-8 at byte 22 of the line; read as Windows-1252",
        "t.jsonl:5: invalid UTF-8 at byte 22 of the line; read as Windows-1252",
        "t.jsonl:6: invalid UTF-8 at byte 22 of the line; read as Windows-1252",
        "t.jsonl: 2 more line(s) of invalid UTF-8 read as Windows-1252 in this input, 7 in all");
    assertThat(events).noneMatch(e -> e instanceof IngestEvent.Rejected);
  }

  private static List<String> events(String name, String json) {
    List<String> out = new ArrayList<>();
    new JsonLinesReader().read(name, json.getBytes(StandardCharsets.UTF_8), e -> out.add(
        e instanceof IngestEvent.Accepted a ? a.article().id().value() + "@" + a.article().line()
        : e instanceof IngestEvent.Rejected r ? r.rejection().toString() : e.toString()));
    return out;
  }

  @Test
  void objectsRunTogetherOnOneLineAreAllReadAndTrailingJunkIsReported() {
    assertThat(events("t.jsonl", """
        {"id":"a","title":"Første"}{"id":"b","title":"Andre"} {"id":"c","title":"Tredje"}
        {"id":"d","title":"Fjerde"} ]x
        """)).containsExactly("a@1", "b@1", "c@1", "d@2",
        "t.jsonl:2: malformed JSON after 1 value(s) on the line: Unexpected close marker ']': no open Array to close");
  }

  @Test
  void anUnclosedObjectIsReportedWithoutJacksonsSourceLocation() {
    assertThat(events("t.jsonl", """
        {"id":"a","title":"Første"}
        {"id":"b","title":"Andre"
        """)).containsExactly("a@1",
        "t.jsonl:2: malformed JSON: Unexpected end-of-input: expected close marker for Object");
  }

  @Test
  void objectsPrintedOverManyLinesAreReadEachAtItsFirstLine() {
    assertThat(events("t.json", """
        {
          "id": "a",
          "title": "Første"
        }
        {
          "id": "b",
          "title": "Andre",
          "text": "Tekst."
        }
        """)).containsExactly("a@1", "b@5");
    assertThat(events("t.json", "{\n \"id\": \"a\", \"title\": \"Første\"\n}\n{\n \"id\": \"b\",\n \"title\""))
        .containsExactly("a@1", "t.json:6: malformed JSON after 1 value(s); the rest of the file is not read: "
            + "Unexpected end-of-input within/between Object entries");
  }

  @Test
  void aBrokenRecordAmongObjectsPrintedOverManyLinesLosesOnlyItself() {
    // an unescaped quote in b, then c cut off where its writer stopped (no closing brace)
    assertThat(events("t.json", """
        {
          "id": "a",
          "title": "Første"
        }
        {
          "id": "b",
          "title": "Han sa "nei" i dag"
        }
        {
          "id": "c",
          "title": "Tredje",
          "nested": {
            "x": 1
          },
        {
          "id": "d",
          "title": "Fjerde"
        }
        """)).containsExactly("a@1",
        "t.json:7: malformed JSON after 1 value(s); read on from line 9, the next to open an object: "
            + "Unexpected character ('n' (code 110)): was expecting comma to separate Object entries",
        "t.json:15: malformed JSON after 1 value(s); read on from line 15, the next to open an object: "
            + "Unexpected character ('{' (code 123)): was expecting double-quote to start field name",
        "d@15");
    // junk between records: read on at the next record
    assertThat(events("t.json", "{\n \"id\": \"a\", \"title\": \"A\"\n}\nx\n{\n \"id\": \"b\", \"title\": \"B\"\n}\n"))
        .hasSize(3).first().isEqualTo("a@1");
    assertThat(events("t.json", "{\n \"id\": \"a\", \"title\": \"A\"\n}\nx\n{\n \"id\": \"b\", \"title\": \"B\"\n}\n"))
        .last().isEqualTo("b@5");
  }

  @Test
  void aBrokenItemOfAPrettyPrintedArrayLosesOnlyItself() {
    assertThat(events("t.json", """
        [
          {
            "id": "a",
            "title": "Første"
          },
          {
            "id": "b",
            "title": "Han sa "nei" i dag"
          },
          {
            "id": "c",
            "title": "Tredje",
            "nested": {"x": 1}
          }
        ]
        """)).containsExactly("a@2",
        "t.json:8: malformed JSON array at item 2 (line 8): Unexpected character ('n' (code 110)): "
            + "was expecting comma to separate Object entries; read on from line 10, the next to open an item",
        "c@10");
    // items sharing a line with the array's bracket give no indentation to read on at
    assertThat(events("t.json", "[{\"id\": \"a\", \"title\": \"A\"},\n {\"id\": \"b\", \"title\": \"B\" x},\n"
        + " {\"id\": \"c\", \"title\": \"C\"}]")).hasSize(2).first().isEqualTo("a@1");
  }

  @Test
  void anApiResponseWrappingItsArticlesInOneArrayIsReadForThem() {
    assertThat(events("t.json", """
        {"status": "ok", "totalResults": 2, "articles": [{"title": "Første", "source": {"id": null, "name": "NRK"}},
         {"title": "Andre", "url": "https://example.org/2"}]}
        {"status": "ok", "articles": []}
        """)).hasSize(3).last().asString().startsWith("t.json:3: no title or text");
    assertThat(read("{\"status\": \"ok\", \"articles\": [{\"title\": \"Første\", \"source\": {\"name\": \"NRK\"}},"
        + " {\"title\": \"Andre\"}]}\n")).extracting(Article::title, Article::source)
        .containsExactly(Tuple.tuple("Første", "NRK"), Tuple.tuple("Andre", null));
  }

  /**
   * Lines holding arrays of records ({@code jq -c .articles} of each saved response) are read for
   * their records, each at its line; a line of other values is still rejected. Before session 37 a
   * line of records after an object line was rejected ("expected a JSON object, got array"), and a
   * file opening with such a line was read as one array: its first line, every later line dropped
   * without a word. A one-line array and a pretty-printed one are read as before.
   */
  @Test
  void linesOfArraysOfRecordsAreReadForTheirRecords() {
    assertThat(events("t.jsonl", """
        [{"id": "a", "title": "A"}, {"id": "b", "title": "B"}]
        [{"id": "c", "title": "C"}]
        {"id": "d", "title": "D"}
        [{"id": "e", "title": "E"}, {"id": "f", "title": "F"}]
        [1, 2]
        """)).containsExactly("a@1", "b@1", "c@2", "d@3", "e@4", "f@4", "t.jsonl:5: expected a JSON object, got array");
    // a file that is one array: each item at the line it opens on, as a line's array's items are
    // (until session 48 its item number, "b@2" on line 1 and "a@1" on line 2)
    assertThat(events("t.json", "[{\"id\": \"a\", \"title\": \"A\"}, {\"id\": \"b\", \"title\": \"B\"}]\n"))
        .containsExactly("a@1", "b@1");
    assertThat(events("t.json", "[\n  {\"id\": \"a\", \"title\": \"A\"},\n  {\"id\": \"b\", \"title\": \"B\"}\n]\n"))
        .containsExactly("a@2", "b@3");
  }

  /**
   * A response whose articles sit one or two objects deeper (Event Registry's {"articles":
   * {"results": [...]}}, a {"response": {"results": [...]}}) is read for them; before, the whole
   * response was one record, "no title or text". Two wrappers side by side, or an array beside the
   * object, are not guessed between.
   */
  @Test
  void aResponseWrappingItsArticlesInAnObjectIsReadForThem() {
    assertThat(read("""
        {"articles": {"results": [{"title": "Første", "body": "Ferja er tilbake."}, {"title": "Andre"}], "totalResults": 2, "page": 1}}
        {"status": "ok", "response": {"meta": {"took": 3}, "data": {"items": [{"headline": "Tredje"}]}}}
        """)).extracting(Article::title).containsExactly("Første", "Andre", "Tredje");
    assertThat(events("t.json", """
        {"a": {"results": [{"title": "X"}]}, "b": {"results": [{"title": "Y"}]}}
        {"warnings": ["slow"], "data": {"results": [{"title": "Z"}]}}
        {"x": {"y": {"z": {"results": [{"title": "too deep"}]}}}}
        """)).hasSize(3).allSatisfy(e -> assertThat(e).contains("no title or text"));
  }

  /**
   * A saved NewsAPI response reads whole: its description and cut-off content make the text (the
   * marker dropped), publishedAt the date; other exports' headline, body and link are read too.
   * Before, the text was empty, the date missing and the URL only a label.
   */
  @Test
  void otherExportsNamesForTitleTextDateAndUrlAreRead() {
    List<Article> a = read("""
        {"status": "ok", "articles": [{"source": {"id": null, "name": "NRK"}, "author": "Kari", "title": "Ferja er tilbake", "description": "Ferja går igjen frå måndag.", "url": "https://example.org/a", "publishedAt": "2025-03-17T08:00:00Z", "content": "Ferja går igjen frå måndag. Reiarlaget har fått ny motor på plass etter brannen… [+1834 chars]"}]}
        {"headline": "Brann i Bergen", "body": "Ein bygård brann i natt.", "link": "https://example.org/b", "published_at": "2025-03-18"}
        {"title": "Berre tittel", "summary": "Kort samandrag."}
        {"headline": "", "content": "  "}
        """);
    assertThat(a).hasSize(3);
    assertThat(a.get(0).text()).isEqualTo("Ferja går igjen frå måndag. Reiarlaget har fått ny motor på plass etter brannen");
    assertThat(a.get(0).date()).hasToString("2025-03-17T08:00");
    assertThat(a.get(0).source()).isEqualTo("NRK");
    assertThat(a.get(0).labels()).containsEntry("text_from", "content").containsEntry("date_from", "publishedAt")
        .containsEntry("author", "Kari").doesNotContainKeys("description", "content");
    assertThat(a.get(1)).extracting(Article::title, Article::text, Article::url)
        .containsExactly("Brann i Bergen", "Ein bygård brann i natt.", "https://example.org/b");
    assertThat(a.get(1).date()).hasToString("2025-03-18");
    assertThat(a.get(1).labels()).containsEntry("title_from", "headline").containsEntry("text_from", "body");
    assertThat(a.get(2).text()).isEqualTo("Kort samandrag.");
  }

  @Test
  void unixTimesInSecondsOrMillisecondsAreDatesOtherNumbersAreNot() {
    List<Article> a = read("""
        {"id":"s","title":"Sekund","date":1556179200}
        {"id":"m","title":"Millisekund","date":1556179200000}
        {"id":"f","title":"Fall-back","date":null,"published":871300800}
        {"id":"x","title":"Ikkje ei tid","date":2019}
        {"id":"y","title":"Ikkje ei tid","date":12.5}
        """);
    assertThat(a).extracting(x -> String.valueOf(x.date())).containsExactly(
        "2019-04-25T08:00", "2019-04-25T08:00", "1997-08-11T12:00", "null", "null");
    assertThat(a.get(0).date().offset()).isEqualTo(ZoneOffset.UTC);
    assertThat(a.get(2).labels()).containsEntry("date_from", "published");
    assertThat(a.get(3).labels()).containsEntry("date_unreadable", "2019");
  }

  /**
   * An unreadable date that is a number with a fraction is reported as written; it was Java's form
   * of a double ("1.5561792E6" for 1556179.5, "12.5" for 12.50).
   */
  @Test
  void anUnreadableNumberDateIsReportedAsWritten() {
    List<Article> a = read("""
        {"id":"a","title":"Ikkje ei tid","date":1556179.5}
        {"id":"b","title":"Ikkje ei tid","date":12.50}
        {"id":"c","title":"Eksponent","date":1.7E20}
        {"id":"d","title":"Merke","date":2019,"score":0.10,"lang":1.0}
        """);
    assertThat(a).extracting(x -> x.date()).containsOnlyNulls();
    assertThat(a).extracting(x -> x.label("date_unreadable")).containsExactly("1556179.5", "12.50", "1.7E20", "2019");
    assertThat(a.get(3).labels()).containsEntry("score", "0.10").containsEntry("lang_unreadable", "1.0");
  }

  /**
   * A Unix time with a fraction (Python's time.time(), Reddit's created_utc) or quoted as a string
   * of digits is that time, to the second; both were "unreadable" and the article undated.
   */
  @Test
  void aUnixTimeWithAFractionOrAsAStringOfDigitsIsATime() {
    List<Article> a = read("""
        {"id":"f","title":"Brøk","date":1556179200.75}
        {"id":"e","title":"Brøk","date":1.5561792E9}
        {"id":"s","title":"Streng","date":"1556179200"}
        {"id":"m","title":"Streng","date":"1556179200000"}
        {"id":"p","title":"Fall-back","published":1556179200.5}
        {"id":"d","title":"Dag","date":"20190425"}
        {"id":"n","title":"Millisekund med brøk","date":1556179200000.5}
        {"id":"k","title":"Millisekund med brøk","date":1556179260123.75}
        """);
    assertThat(a).extracting(x -> String.valueOf(x.date())).containsExactly(
        "2019-04-25T08:00", "2019-04-25T08:00", "2019-04-25T08:00", "2019-04-25T08:00", "2019-04-25T08:00", "2019-04-25",
        "2019-04-25T08:00", "2019-04-25T08:01:00.123");
    assertThat(a.get(6).label("date_unreadable")).as("a millisecond time with a fraction was unreadable").isNull();
    assertThat(a.get(0).date().offset()).isEqualTo(ZoneOffset.UTC);
  }

  /**
   * A Unix time with a fraction quoted as a string is read as the number is (it was unreadable);
   * a string that is no such time stays unreadable.
   */
  @Test
  void aQuotedUnixTimeWithAFractionIsATime() {
    List<Article> a = read("""
        {"id":"s","title":"Streng med brøk","date":"1556179200.75"}
        {"id":"m","title":"Streng med brøk","date":" 1556179260123.456 "}
        {"id":"x","title":"Ikkje ei tid","date":"1556179200."}
        {"id":"y","title":"Ikkje ei tid","date":"1556179200.5.5"}
        {"id":"z","title":"Ikkje ei tid","date":"12345.5"}
        """);
    assertThat(a).extracting(x -> String.valueOf(x.date())).containsExactly(
        "2019-04-25T08:00", "2019-04-25T08:01:00.123", "null", "null", "null");
    assertThat(a.get(1).label("date_unreadable")).isNull();
    assertThat(a.get(2).label("date_unreadable")).isEqualTo("1556179200.");
  }

  @Test
  void aJsonArrayOrPrettyPrintedJsonInWindows1252IsReadAsSuchWithAWarningAsLinesAre() {
    Charset cp1252 = Charset.forName("windows-1252");
    for (String json : List.of(
        "[{\"id\": \"a\", \"title\": \"Blåbær på Østlandet\"},\n {\"id\": \"b\", \"title\": \"Ærlig talt\"}]",
        "{\n  \"id\": \"a\",\n  \"title\": \"Blåbær på Østlandet\"\n}\n{\n  \"id\": \"b\",\n  \"title\": \"Ærlig talt\"\n}\n")) {
      List<IngestEvent> events = new ArrayList<>();
      new JsonLinesReader().read("t.json", json.getBytes(cp1252), events::add);
      assertThat(events).filteredOn(e -> e instanceof IngestEvent.Accepted)
          .map(e -> ((IngestEvent.Accepted) e).article().title()).containsExactly("Blåbær på Østlandet", "Ærlig talt");
      assertThat(events).filteredOn(e -> !(e instanceof IngestEvent.Accepted)).map(Object::toString)
          .singleElement().asString().matches("t\\.json: invalid UTF-8 at byte \\d+; read as Windows-1252 \\(if it is in another encoding, .*, "
              + "convert it to UTF-8, e\\.g\\. iconv -f SHIFT_JIS -t UTF-8 t\\.json > utf8-t\\.json\\)");
    }
    // A character cut by the reader's buffer is still read whole.
    StringBuilder big = new StringBuilder("[");
    for (int i = 0; i < 30_000; i++) {
      big.append(i == 0 ? "" : ",").append("{\"id\": \"x").append(i).append("\", \"title\": \"Blåbær\"}");
    }
    List<Article> all = new ArrayList<>();
    new JsonLinesReader().read("big.json", big.append("]").toString().getBytes(StandardCharsets.UTF_8), e -> {
      assertThat(e).isInstanceOf(IngestEvent.Accepted.class);
      all.add(((IngestEvent.Accepted) e).article());
    });
    assertThat(all).hasSize(30_000).allSatisfy(a -> assertThat(a.title()).isEqualTo("Blåbær"));
  }

  /**
   * A record whose text passes the JSON parser's bound (20 million chars) is said to be too long,
   * with the figures, and the lines around it are read; before, it was "malformed JSON: String value
   * length (20000001) exceeds the maximum allowed (20000000, from
   * `StreamReadConstraints.getMaxStringLength()`)", as if the JSON were broken.
   */
  @Test
  void aTextPastTheParsersBoundIsSaidToBeTooLong() {
    String big = "{\"id\":\"big\",\"title\":\"Enorm\",\"text\":\"" + "a".repeat(20_000_001) + "\"}";
    List<String> said = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    new JsonLinesReader().read("t.jsonl", ("{\"id\":\"a\",\"title\":\"Liten\",\"text\":\"Tekst.\"}\n" + big
        + "\n{\"id\":\"b\",\"title\":\"Liten\",\"text\":\"Tekst.\"}\n").getBytes(StandardCharsets.UTF_8), ev -> {
          if (ev instanceof IngestEvent.Accepted a) {
            ids.add(a.article().id().value());
          } else if (ev instanceof IngestEvent.Rejected r) {
            said.add(r.rejection().toString());
          }
        });
    assertThat(ids).containsExactly("a", "b");
    assertThat(said).containsExactly(
        "t.jsonl:2: record too long to read: a string value of 20,000,001 chars, over the 20,000,000 a record may hold");
  }

  /**
   * A key given twice in one record keeps the record (its last value, as JSON parsers take) and is
   * said, naming the record's line and the key, for lines and for an array's items alike; before
   * (session 34), the first title was dropped without a word. A key repeated in a nested object is
   * named by its path ({@code source.name}, {@code tags[1].k}); until session 35 it was not said.
   */
  @Test
  void aKeyGivenTwiceKeepsTheRecordAndIsSaid(@TempDir Path dir) throws Exception {
    Path lines = dir.resolve("t.jsonl");
    Files.writeString(lines, """
        {"id": "a", "title": "Fyrste", "text": "Ein tekst.", "title": "Andre"}
        {"id": "b", "title": "Berre ein", "text": "Ein annan tekst.", "source": {"name": "X", "name": "Y"}}
        {"id": "c", "text": "x", "title": "T", "text": "Tredje tekst.", "id": "c", "lang": "nn"}
        {"id": "c2", "title": "Fjerde linje", "text": "Tekst.", "tags": [{"k": 1}, {"k": 2, "k": 3}], "title": "Fjerde"}
        """);
    Path array = dir.resolve("a.json");
    Files.writeString(array, """
        [
          {"id": "d", "title": "Fjerde", "text": "Fjerde tekst."},
          {"id": "e", "title": "Femte", "text": "Femte tekst.", "text": "Femte tekst, rett."}
        ]
        """);
    List<String> said = new ArrayList<>();
    List<Article> out = new ArrayList<>();
    for (Path p : List.of(lines, array)) {
      new Ingestor().readFile(p, e -> {
        if (e instanceof IngestEvent.Accepted a) {
          out.add(a.article());
        } else {
          said.add(e.toString().replace(dir + "/", ""));
        }
      });
    }
    assertThat(out).extracting(a -> a.id().value()).containsExactly("a", "b", "c", "c2", "d", "e");
    assertThat(out.get(0).title()).isEqualTo("Andre");
    assertThat(out.get(5).text()).isEqualTo("Femte tekst, rett.");
    assertThat(said).containsExactly(
        "t.jsonl:1: key 'title' given twice in the record; the last value kept",
        "t.jsonl:2: key 'source.name' given twice in the record; the last value kept",
        "t.jsonl:3: keys 'text', 'id' given twice in the record; the last value of each kept",
        "t.jsonl:4: keys 'title', 'tags[1].k' given twice in the record; the last value of each kept",
        "a.json:3: key 'text' given twice in the record; the last value kept");
  }

  /** Nesting past the parser's bound is said so, not "too long"; a number past its bound is too long. */
  @Test
  void aRecordNestedTooDeeplyIsSaidSo() {
    List<String> said = new ArrayList<>();
    String deep = "{\"id\":\"d\",\"title\":\"Dyp\",\"text\":\"Tekst.\",\"x\":" + "[".repeat(1100) + "]".repeat(1100) + "}";
    String digits = "{\"id\":\"n\",\"title\":\"Tall\",\"text\":\"Tekst.\",\"x\":" + "1".repeat(1200) + "}";
    new JsonLinesReader().read("t.jsonl", (deep + "\n" + digits + "\n").getBytes(StandardCharsets.UTF_8), ev -> {
      if (ev instanceof IngestEvent.Rejected r) {
        said.add(r.rejection().toString());
      }
    });
    assertThat(said).containsExactly(
        "t.jsonl:1: record nested too deeply to read: a document nesting depth of 1,001 levels, over the 1,000 a record may hold",
        "t.jsonl:2: record too long to read: a number value of 1,200 digits, over the 1,000 a record may hold");
  }
}
