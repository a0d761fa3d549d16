package org.tidende.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.ConcurrentModificationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidende.ingest.IngestEvent;
import org.tidende.ingest.Ingestor;

/** The HTTP API against a real server on a free port: ingest, reads, and every error status as JSON. */
class HttpApiTest {
  @TempDir static Path dir;
  static Service service;
  static String base;

  @BeforeAll
  static void start() throws Exception {
    Service.Config cfg = new Service.Config(dir.resolve("data"), "127.0.0.1", 0, null, List.of(), Duration.ofMinutes(5),
        Duration.ofSeconds(5), new HttpApi.Limits(64 * 1024, 50));
    service = Service.start(cfg, m -> { });
    base = "http://127.0.0.1:" + service.port();
    Http.Response r = Http.post(base + "/articles", """
        [{"id": "nn-1", "lang": "nn", "date": "2025-03-11T09:00", "source": "NRK", "url": "https://nrk.example/1",
          "title": "Brann om bord på ferja Havørn i Skagerrak",
          "text": "Ferja Havørn fekk brann i maskinrommet i Skagerrak. Kaptein Åsland seier alle 212 passasjerar er trygge."},
         {"id": "da-1", "lang": "da", "date": "2025-03-11T10:00", "source": "DR", "url": "https://dr.example/1",
          "title": "Brand om bord på færgen Havørn i Skagerrak",
          "text": "Færgen Havørn fik brand i maskinrummet i Skagerrak. Kaptajn Åsland siger at alle 212 passagerer er i sikkerhed."},
         {"id": "sv-9", "lang": "sv", "date": "2025-05-20", "source": "SVT",
          "title": "Strejk stoppar Köpenhamns tunnelbana",
          "text": "Förarna i Köpenhamns tunnelbana strejkar på tisdag, meddelar facket Kjærgaard."}]
        """);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
  }

  @AfterAll
  static void stop() throws Exception {
    service.close();
  }

  @Test
  void postReportsEachItemAndStoriesForm() throws Exception {
    JsonNode stories = Http.get(base + "/stories?sort=biggest").json();
    assertThat(stories.get("total").asInt()).isGreaterThanOrEqualTo(2);
    JsonNode top = stories.get("stories").get(0);
    assertThat(top.get("size").asInt()).isEqualTo(2);
    assertThat(top.get("languages").toString()).contains("nn", "da");
    JsonNode one = Http.get(base + "/stories/" + top.get("id").asText()).json();
    assertThat(one.get("articles")).hasSize(2);
    JsonNode art = Http.get(base + "/articles/da-1").json();
    assertThat(art.get("story").asText()).isEqualTo(top.get("id").asText());
    assertThat(art.get("source").asText()).isEqualTo("DR");
    assertThat(art.get("language").asText()).isEqualTo("da");
    assertThat(Http.get(base + "/articles?id=nn-1").status()).isEqualTo(200);
  }

  @Test
  void jsonLinesWithDuplicatesByIdUrlAndContent() throws Exception {
    JsonNode r = Http.post(base + "/articles", """
        {"id": "nn-1", "title": "Same id", "text": "Other text."}
        {"id": "x-1", "url": "https://NRK.example/1#top", "title": "Same URL", "text": "Other text again."}
        {"id": "x-2", "lang": "da", "title": "Brand om bord på færgen  Havørn i Skagerrak", "text": "Færgen Havørn fik brand i maskinrummet i Skagerrak. Kaptajn Åsland siger at alle 212 passagerer er i sikkerhed."}
        {"id": "x-3", "lang": "en", "title": "Reykjanes quake", "text": "A magnitude 4.8 quake shook Reykjanes."}
        """).json();
    assertThat(r.get("accepted").asInt()).isEqualTo(1);
    assertThat(r.get("duplicates").asInt()).isEqualTo(3);
    List<String> by = new ArrayList<>();
    r.get("items").forEach(i -> by.add(i.get("status").asText() + ":" + i.path("by").asText("")));
    assertThat(by).containsExactly("duplicate:id", "duplicate:url", "duplicate:content", "accepted:");
    assertThat(r.get("items").get(1).get("of").asText()).isEqualTo("nn-1");
    assertThat(r.get("items").get(2).get("line").asInt()).isEqualTo(3);
    assertThat(r.get("items").get(3).has("warning")).isFalse();
  }

  @Test
  void anUnreadableDateIsStoredUndatedWithAWarning() throws Exception {
    JsonNode r = Http.post(base + "/articles", """
        {"id": "d-1", "lang": "nb", "title": "Flom i Gudbrandsdalen", "text": "Lågen gikk over sine bredder.", "date": "2025-13-45"}
        {"id": "d-2", "lang": "nb", "title": "Ras på E6", "text": "Veien er stengt.", "date": "i går", "published": "2026-02-01"}
        {"id": "d-3", "lang": "nb", "title": "Stengt bru", "text": "Brua er stengt.", "source": {"id": 5}}
        {"id": "d-4", "lang": "nb", "title": "Ikkje ei tid", "text": "Ei tid.", "date": 1556179.50}
        """).json();
    assertThat(r.get("accepted").asInt()).isEqualTo(4);
    assertThat(r.get("items").get(3).get("warning").asText()).as("as written, not 1556179.5")
        .startsWith("date '1556179.50' unreadable");
    assertThat(r.get("items").get(0).get("warning").asText())
        .isEqualTo("date '2025-13-45' unreadable (ISO-8601, RFC 822, 25.04.2019 or 25 April 2019 expected); read as undated");
    assertThat(r.get("items").get(1).get("warning").asText())
        .isEqualTo("date 'i går' unreadable (ISO-8601, RFC 822, 25.04.2019 or 25 April 2019 expected); dated from its 'published' field instead");
    assertThat(r.get("items").get(2).get("warning").asText())
        .isEqualTo("field 'source' ignored (a string expected, or an object with a string 'name'): {\"id\":5}");
  }

  /**
   * A body that is not UTF-8 is read as the CLI reads the same file: bytes that are not UTF-8 as
   * Windows-1252, with a warning for the body and for each line that held them; a body whose
   * Content-Type names its charset is read in it, without one. Until session 34 the API answered
   * 400 "not UTF-8 at byte N" for a file {@code tidende ingest} read whole.
   */
  @Test
  void aBodyThatIsNotUtf8IsReadAsTheCliReadsIt() throws Exception {
    byte[] body = ("{\"id\": \"w-1\", \"lang\": \"nb\", \"title\": \"Storm over Bod\u00f8\", \"text\": \"Vinden tok taket.\"}\n"
        + "{\"id\": \"w-2\", \"lang\": \"nb\", \"title\": \"Isbj\u00f8rn p\u00e5 Sval\u00adbard\", \"text\": \"Sett ved \u201cgruva\u201d.\"}\n")
        .getBytes(Charset.forName("windows-1252"));
    List<String> cli = new ArrayList<>();
    new Ingestor().readBytes("w.jsonl", body, Ingestor.Format.JSONL, e -> {
      if (e instanceof IngestEvent.Accepted a) {
        cli.add(a.article().title());
      }
    });
    assertThat(cli).containsExactly("Storm over Bod\u00f8", "Isbj\u00f8rn p\u00e5 Svalbard");
    Http.Response r = Http.post(base + "/articles", body);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().get("accepted").asInt()).isEqualTo(2);
    assertThat(r.json().get("warning").asText()).startsWith("invalid UTF-8 at byte 52 (line 1); the bytes that are not UTF-8 were read as Windows-1252");
    assertThat(r.json().get("items").get(1).get("warning").asText()).isEqualTo("line 2 is not UTF-8; read as Windows-1252");
    List<String> api = new ArrayList<>();
    for (String id : List.of("w-1", "w-2")) {
      api.add(Http.get(base + "/articles/" + id).json().get("title").asText());
    }
    assertThat(api).isEqualTo(cli);
    Http.Response named = Http.send(HttpRequest.newBuilder(URI.create(base + "/articles"))
        .header("Content-Type", "application/json; charset=windows-1252")
        .POST(HttpRequest.BodyPublishers.ofByteArray(new String(body, Charset.forName("windows-1252"))
            .replace("w-", "v-").replace("Vinden", "Vinden i natt").replace("Sett", "Sett i dag").getBytes(Charset.forName("windows-1252")))));
    assertThat(named.status()).as(named.body()).isEqualTo(200);
    assertThat(named.json().has("warning")).as(named.body()).isFalse();
    assertThat(named.json().get("items").get(1).has("warning")).as(named.body()).isFalse();
    assertThat(Http.get(base + "/articles/v-2").json().get("title").asText()).isEqualTo("Isbj\u00f8rn p\u00e5 Svalbard");
    Http.Response utf8 = Http.send(HttpRequest.newBuilder(URI.create(base + "/articles"))
        .header("Content-Type", "text/plain; charset=iso-8859-1") // valid UTF-8 wins over a declared charset
        .POST(HttpRequest.BodyPublishers.ofByteArray(
            "{\"id\": \"u-1\", \"title\": \"Fr\u00e5 Troms\u00f8\", \"text\": \"Nordlys.\"}".getBytes(StandardCharsets.UTF_8))));
    assertThat(utf8.status()).as(utf8.body()).isEqualTo(200);
    assertThat(Http.get(base + "/articles/u-1").json().get("title").asText()).isEqualTo("Fr\u00e5 Troms\u00f8");
  }

  /** A key given twice in an item is said in its warning, the item stored with the last value (session 34). */
  @Test
  void aKeyGivenTwiceIsSaidAndTheItemStored() throws Exception {
    JsonNode r = Http.post(base + "/articles", """
        [{"id": "k-1", "lang": "nb", "title": "Feil tittel", "text": "Elva flaumar over.", "title": "Flaum i Tana"}]
        """).json();
    assertThat(r.get("accepted").asInt()).as(r.toString()).isEqualTo(1);
    assertThat(r.get("items").get(0).get("warning").asText()).isEqualTo("key 'title' given twice in the record; the last value kept");
    assertThat(Http.get(base + "/articles/k-1").json().get("title").asText()).isEqualTo("Flaum i Tana");
  }

  /**
   * An item whose id is blank is stored under its content id, and the answer says so; before, the
   * id the sender gave was silently replaced, and the answer named an id it had not sent.
   */
  @Test
  void aBlankIdIsReplacedByTheContentIdWithAWarning() throws Exception {
    JsonNode r = Http.post(base + "/articles", """
        {"id": "", "lang": "nb", "title": "Snøskred i Lyngen", "text": "Et skred gikk over fylkesveien."}
        {"id": "   ", "lang": "nb", "title": "Isgang i Tana", "text": "Elva gikk over sine bredder."}
        """).json();
    assertThat(r.get("accepted").asInt()).isEqualTo(2);
    for (int i = 0; i < 2; i++) {
      JsonNode item = r.get("items").get(i);
      assertThat(item.get("id").asText()).startsWith("h");
      assertThat(item.path("warning").asText()).as(item.toString())
          .isEqualTo("field 'id' blank (" + (i == 0 ? "\"\"" : "\"   \"") + "); given the id '" + item.get("id").asText() + "' from its title and text");
    }
  }

  @Test
  void badInputIs400NamingFieldAndLineAndStoresNothing() throws Exception {
    long before = service.archive().stats().articles();
    Http.Response r = Http.post(base + "/articles", "{\"title\": \"ok\", \"text\": \"fine\"}\n{\"title\": 7}\n{\"lang\": \"nb\"}\n{oops\n");
    assertThat(r.status()).isEqualTo(400);
    assertError(r, 400);
    JsonNode d = r.json().get("details");
    assertThat(d).hasSize(3);
    assertThat(d.get(0).get("line").asInt()).isEqualTo(2);
    assertThat(d.get(0).get("field").asText()).isEqualTo("title");
    assertThat(d.get(1).get("reason").asText()).contains("no title or text");
    assertThat(d.get(2).get("line").asInt()).isEqualTo(4);
    assertThat(service.archive().stats().articles()).as("nothing half-written").isEqualTo(before);

    // a cut UTF-8 character is read as Windows-1252 ("Ã"), said, as the CLI reads it (a 400 until session 34)
    Http.Response bad8 = Http.post(base + "/articles", new byte[] {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC3, '"', '}'});
    assertThat(bad8.status()).as(bad8.body()).isEqualTo(200);
    assertThat(bad8.json().get("warning").asText()).contains("UTF-8", "byte 10", "Windows-1252");
    assertError(Http.post(base + "/articles", "[{\"title\": \"x\"},"), 400);
    Http.Response notJson = Http.post(base + "/articles", "hello");
    assertError(notJson, 400);
    assertThat(notJson.json().get("error").asText()).as("the character, not its code").contains("got 'h'");
    assertError(Http.post(base + "/articles", ""), 400);
    assertError(Http.post(base + "/articles", "[1, 2]"), 400);

    Http.Response partial = Http.post(base + "/articles?partial=true", "{\"title\": \"Partial ok\", \"text\": \"Stored.\"}\n{\"title\": 7}\n");
    assertThat(partial.status()).isEqualTo(200);
    assertThat(partial.json().get("accepted").asInt()).isEqualTo(1);
    assertThat(partial.json().get("items").get(1).get("status").asText()).isEqualTo("rejected");
  }

  @Test
  void tooLargeBodiesAndBatchesAre413() throws Exception {
    assertError(Http.post(base + "/articles", "{\"title\": \"" + "x".repeat(70 * 1024) + "\"}"), 413);
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 51; i++) {
      many.append("{\"title\": \"t").append(i).append("\"}\n");
    }
    Http.Response r = Http.post(base + "/articles", many.toString());
    assertError(r, 413);
    assertThat(r.json().get("error").asText()).contains("at most 50");
  }

  /**
   * A story id handed out at ingest that story revision later merged into another story redirects
   * to that story (a day of Swedish feeds from ../shared, posted 40 items at a time, holds such
   * merges); the article itself names its story as it is now.
   */
  @Test
  void aStoryMergedAwayRedirectsToTheStoryItJoined(@TempDir Path own) throws Exception {
    Path file = CliRunner.projectRoot().resolve("../shared/data/scandinavian/sv-rss-2025-09.jsonl");
    Assumptions.assumeTrue(Files.exists(file), "Swedish feeds not found at " + file);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    Service.Config cfg = new Service.Config(own.resolve("data"), "127.0.0.1", 0, null, List.of(), Duration.ofMinutes(5),
        Duration.ofSeconds(5), new HttpApi.Limits(4 << 20, 100));
    try (Service s = Service.start(cfg, m -> { })) {
      String at = "http://127.0.0.1:" + s.port();
      Map<String, String> handedOut = new LinkedHashMap<>();
      for (int i = 0; i < lines.size(); i += 40) {
        JsonNode r = Http.post(at + "/articles", String.join("\n", lines.subList(i, Math.min(lines.size(), i + 40)))).json();
        r.get("items").forEach(item -> {
          if (item.get("status").asText().equals("accepted")) {
            handedOut.put(item.get("id").asText(), item.get("story").asText());
          }
        });
      }
      int redirected = 0;
      for (var e : handedOut.entrySet()) {
        String now = Http.get(at + "/articles/" + URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).json().get("story").asText();
        if (now.equals(e.getValue())) {
          continue;
        }
        Http.Response old = Http.get(at + "/stories/" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        if (old.status() == 301) {
          redirected++;
          assertThat(old.location()).startsWith("/stories/");
          Http.Response joined = Http.get(at + old.location());
          assertThat(joined.status()).isEqualTo(200);
          // the story page of the merged id is a page of the story it joined, not a 404
          assertThat(Http.get(at + "/story/" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).status())
              .as("/story/%s", e.getValue()).isEqualTo(200);
          assertThat(URLEncoder.encode(joined.json().get("id").asText(), StandardCharsets.UTF_8))
              .isEqualTo(old.location().substring("/stories/".length()));
          if (joined.json().get("id").asText().equals(now)) {
            assertThat(joined.json().get("articles").toString()).contains(e.getKey());
          } // else the article moved on from the story its first story joined
        } else {
          // the article moved to another story; its first story lives on
          assertThat(old.status()).as(e.getValue()).isEqualTo(200);
        }
      }
      assertThat(redirected).as("stories merged away after their ids were handed out").isGreaterThan(5);
    }
  }

  @Test
  void unknownIdsAndRoutesAre404AndWrongMethod405() throws Exception {
    assertError(Http.get(base + "/stories/no-such-story"), 404);
    assertError(Http.get(base + "/articles/no-such-article"), 404);
    assertError(Http.get(base + "/nowhere"), 404);
    assertError(Http.send(HttpRequest.newBuilder(URI.create(base + "/stories")).DELETE()), 405);
  }

  /** An unknown route says so in the API's own words, as its other 404s do; before, Javalin's "Endpoint GET /nope not found". */
  @Test
  void anUnknownRouteIsNamedInTheApisOwnWords() throws Exception {
    assertThat(Http.get(base + "/nope").json().get("error").asText()).isEqualTo("no such endpoint: GET /nope");
    assertThat(Http.get(base + "/static/nope.js?q=1").json().get("error").asText()).isEqualTo("no such endpoint: GET /static/nope.js");
    Http.Response post = Http.post(base + "/nope", "{}");
    assertError(post, 404);
    assertThat(post.json().get("error").asText()).isEqualTo("no such endpoint: POST /nope");
  }

  /**
   * An image the server does not have (a page's stray {@code <img>}, a crawler's guess) is a plain
   * 404, as a file server's; it was the API's JSON "no such endpoint: GET /foo.png". Other unknown
   * routes stay JSON, and the icons it has are still answered.
   */
  @Test
  void anImageTheServerDoesNotHaveIsAPlain404() throws Exception {
    for (String path : List.of("/foo.png", "/img/logo.SVG", "/apple-touch-icon-precomposed-x.png", "/static/banner.jpg?v=2")) {
      Http.Response r = Http.get(base + path);
      assertThat(r.status()).as(path).isEqualTo(404);
      assertThat(r.contentType()).as(path).startsWith("text/plain");
      assertThat(r.body()).as(path).isEqualTo("not found: " + path.replaceAll("\\?.*", "") + "\n");
    }
    HttpClient client = HttpClient.newHttpClient();
    HttpResponse<Void> head = client.send(HttpRequest.newBuilder(URI.create(base + "/foo.webp")).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.discarding());
    assertThat(head.statusCode()).isEqualTo(404);
    assertThat(head.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
    assertThat(Http.get(base + "/foo.png.json").json().get("error").asText()).isEqualTo("no such endpoint: GET /foo.png.json");
    assertThat(Http.post(base + "/foo.png", "{}").json().get("error").asText()).isEqualTo("no such endpoint: POST /foo.png");
    assertThat(Http.get(base + "/apple-touch-icon-precomposed.png").status()).isEqualTo(200);
  }

  @Test
  void requestsTheServerCannotParseAreJsonErrorsToo() throws Exception {
    for (String target : List.of("/stories/%ZZ", "/articles/%2e%2e/%2e%2e/etc", "/stories/" + "a".repeat(20_000))) {
      String raw = rawGet(target);
      assertThat(raw).as(target).startsWith("HTTP/1.1 4").containsIgnoringCase("content-type: application/json")
          .doesNotContain("<h1>");
      JsonNode body = Json.MAPPER.readTree(raw.substring(raw.indexOf("\r\n\r\n") + 4));
      assertThat(body.get("status").asInt()).as(raw).isBetween(400, 499);
      assertThat(body.get("error").asText()).as(raw).startsWith("invalid URL: ");
    }
  }

  /**
   * A request Jetty's parser cannot read says what is wrong as the API's other 400s do, "invalid
   * WHAT: REASON" with the same words in its details; before, "request not readable: Bad Request"
   * for a bad escape, a '..' above the root and a NUL alike, and Jetty's own words for the rest
   * ("Illegal character VCHAR='@'", "No Host"). A bad chunk in a body was a 500 with an empty body.
   */
  @Test
  void aRequestJettyCannotParseSaysWhatIsWrongInTheApisWords() throws Exception {
    String[][] cases = {
        {"GET /stories/%ZZ HTTP/1.1\r\nHost: x\r\n", "400", "invalid URL: bad percent-escape: % and two hex digits expected (write % itself as %25)"},
        {"GET /a/../../health HTTP/1.1\r\nHost: x\r\n", "400", "invalid URL: its path cannot be resolved: a '..' segment goes above the root"},
        {"GET /stories/a%00b HTTP/1.1\r\nHost: x\r\n", "400", "invalid URL: a control character in its path (such as %00)"},
        {"GET /stories/a b HTTP/1.1\r\nHost: x\r\n", "400", "invalid URL: a space (percent-escape it as %20, or + in a query)"},
        {"GET /stories/" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\n", "414", "invalid URL: longer than 8192 bytes"},
        {"GET /health HTTP/1.1\r\nHost: x\r\nX-A: " + "a".repeat(20_000) + "\r\n", "431", "invalid headers: more than 8192 bytes"},
        {"GET /health HTTP/1.1\r\n", "400", "invalid header Host: missing (HTTP/1.1 requires it)"},
        {"GET /health HTTP/1.1\r\nHost: a b\r\n", "400", "invalid header Host: not a host name and port"},
        {"GET /health HTTP/9.9\r\nHost: x\r\n", "505", "invalid HTTP version: not HTTP/1.0 or HTTP/1.1"},
        {"G@T /health HTTP/1.1\r\nHost: x\r\n", "400", "invalid method: illegal character '@'"},
        {"\u0016\u0003\u0001 hello\r\n", "400", "invalid request: not HTTP (a TLS handshake? this port speaks plain http://)"},
        {"POST /articles HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n", "400", "invalid header Content-Length: not a number of bytes"},
        {"POST /articles HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 3\r\n", "400", "invalid header Content-Length: given more than once"},
        {"POST /articles HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n", "400",
            "invalid header Transfer-Encoding: chunked must come last (the server decodes only chunked)"},
        {"POST /articles HTTP/1.1\r\nHost: x\r\nExpect: foo\r\nContent-Length: 2\r\n", "417", "invalid header Expect: only 100-continue is understood"},
        {"POST /articles HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\n{}\r\n0\r\n", "400",
            "invalid body: bad chunked encoding: illegal character 'Z'"},
        {"GET http://elsewhere/health HTTP/1.1\r\nHost: x\r\n", "400", "invalid URL: its host differs from the Host header"},
    };
    for (String[] c : cases) {
      String head = c[0].contains("\r\n\r\n") ? c[0].replaceFirst("\r\n\r\n", "\r\nConnection: close\r\n\r\n") : c[0] + "Connection: close\r\n\r\n";
      String raw = rawRequest(head.getBytes(StandardCharsets.ISO_8859_1));
      assertThat(raw).as(c[2]).startsWith("HTTP/1.1 " + c[1]).containsIgnoringCase("content-type: application/json");
      JsonNode body = Json.MAPPER.readTree(raw.substring(raw.indexOf("\r\n\r\n") + 4));
      assertThat(body.get("status").asInt()).as(c[2]).isEqualTo(Integer.parseInt(c[1]));
      assertThat(body.get("error").asText()).isEqualTo(c[2]);
      assertThat("invalid " + body.get("error").asText().substring("invalid ".length())).as("details say the reason")
          .endsWith(": " + body.get("details").get(0).get("reason").asText());
    }
  }

  private static String rawRequest(byte[] request) throws Exception {
    try (Socket s = new Socket("127.0.0.1", service.port())) {
      s.setSoTimeout(30_000);
      s.getOutputStream().write(request);
      return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * A bad percent-escape in a query parameter is a 400 naming it; before, the parameter was taken as
   * missing: /search?q=%ZZ said "q: required" and /stories?lang=%ZZ listed every language's stories.
   */
  @Test
  void aBadPercentEscapeInAQueryParameterIsNamed() throws Exception {
    for (String[] c : new String[][] {{"/search?q=%ZZ", "q", "'%ZZ'"}, {"/search?q=Havørn%4", "q", "'%4'"},
        {"/stories?lang=%ZZ", "lang", "'%ZZ'"}, {"/search?q=%F8%00%01", "q", "neither UTF-8 nor text in Windows-1252"}}) {
      String raw = rawGet(c[0].replace("ø", "%C3%B8"));
      assertThat(raw).as(c[0]).startsWith("HTTP/1.1 400").containsIgnoringCase("content-type: application/json");
      JsonNode body = Json.MAPPER.readTree(raw.substring(raw.indexOf("\r\n\r\n") + 4));
      assertThat(body.get("error").asText()).as(c[0]).startsWith("invalid query parameter " + c[1] + ": ").contains(c[2]);
      assertThat(body.get("details").get(0).get("reason").asText()).as(c[0]).contains(c[2]);
    }
    assertThat(rawGet("/search?q=100%25+Havørn".replace("ø", "%C3%B8"))).as("a good escape").startsWith("HTTP/1.1 200");
    assertThat(rawGet("/?q=%ZZ")).as("the web page reads its own query").startsWith("HTTP/1.1 200").contains("<!doctype html>");
  }

  /**
   * A percent-escape of a Latin-1 byte ({@code Hav%F8rn}, as old clients and pages served as Latin-1
   * send "Havørn") is read as Windows-1252 where the bytes are not UTF-8, in query parameters and in
   * ids in the path; before, a query parameter so written was a 400 and an id a 404 for "Hav\uFFFDrn".
   */
  @Test
  void aLatin1EscapeIsReadAsTheLetterItEncodes() throws Exception {
    JsonNode utf8 = Http.get(base + "/search?q=Hav%C3%B8rn&lang=nn").json();
    Http.Response latin1 = Http.get(base + "/search?q=Hav%F8rn&lang=nn");
    assertThat(latin1.status()).as(latin1.body()).isEqualTo(200);
    assertThat(latin1.json().get("q").asText()).isEqualTo("Havørn");
    assertThat(latin1.json().get("total").asInt()).isEqualTo(utf8.get("total").asInt()).isEqualTo(1);
    assertThat(Http.get(base + "/search?q=K%F8benhavns+%93tunnelbana%94").json().get("total").asInt())
        .as("Windows-1252 quotes").isEqualTo(1);
    Http.Response article = Http.get(base + "/articles/%F8rn-404");
    assertError(article, 404);
    assertThat(article.json().get("error").asText()).isEqualTo("no article with id 'ørn-404'");
    assertThat(Http.get(base + "/stories/s%F8k").json().get("error").asText()).isEqualTo("no story with id 'søk'");
    assertThat(Http.get(base + "/articles?id=%F8rn-404").json().get("error").asText()).isEqualTo("no article with id 'ørn-404'");
    JsonNode page = Http.get(base + "/stories?source=S%D8R&limit=1").json();
    assertThat(page.get("total").asInt()).as("source SØR: none").isZero();
  }

  /**
   * A number out of a parameter's range says the range as a reader writes it: "must be at least 1"
   * where there is no upper bound (it said "must be in 1..2147483647"), and a number too large for
   * the server is too large, not "must be an integer".
   */
  @Test
  void aNumberOutOfRangeSaysTheRangeAsAReaderWritesIt() throws Exception {
    for (String[] c : new String[][] {{"/stories?min_size=-1", "invalid query parameter min_size: must be at least 1, got -1"},
        {"/stories?min_size=99999999999", "invalid query parameter min_size: too large, got 99999999999"},
        {"/search?q=x&limit=99999999999", "invalid query parameter limit: must be in 1..200, got 99999999999"},
        {"/search?q=x&limit=201", "invalid query parameter limit: must be in 1..200, got 201"},
        {"/search?q=x&limit=ten", "invalid query parameter limit: must be an integer, got 'ten'"}}) {
      Http.Response r = Http.get(base + c[0]);
      assertError(r, 400);
      assertThat(r.json().get("error").asText()).as(c[0]).isEqualTo(c[1]);
    }
  }

  /** JSON nested deeper than the parser allows is a 400 that names no line; before, "malformed JSON at line 0". */
  @Test
  void jsonNestedTooDeepIsA400WithoutALineZero() throws Exception {
    Http.Response r = Http.post(base + "/articles", "[".repeat(5000));
    assertError(r, 400);
    assertThat(r.json().get("error").asText()).isEqualTo("invalid body: record nested too deeply to read: a document nesting depth of 1,001 levels, over the 1,000 a record may hold");
    assertThat(r.json().get("details").get(0).has("line")).isFalse();
  }

  /** A 405 says which methods the path takes (Allow, as RFC 9110 requires), and OPTIONS answers them; before, both were bare 405s. */
  @Test
  void aWrongMethodNamesTheAllowedOnesAndOptionsAnswersThem() throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/stories/x"))
        .DELETE().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(405);
    assertThat(r.headers().firstValue("Allow")).hasValue("GET, HEAD, OPTIONS");
    assertThat(Json.MAPPER.readTree(r.body()).get("error").asText()).isEqualTo("method DELETE not allowed on /stories/x (allowed: GET, HEAD, OPTIONS)");
    HttpResponse<String> put = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/articles"))
        .PUT(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(put.statusCode()).isEqualTo(405);
    assertThat(put.headers().firstValue("Allow")).hasValue("GET, HEAD, POST, OPTIONS");
    for (String[] c : new String[][] {{"/articles", "GET, HEAD, POST, OPTIONS"}, {"/search?q=x", "GET, HEAD, OPTIONS"},
        {"/stories/x", "GET, HEAD, OPTIONS"}, {"/health", "GET, HEAD, OPTIONS"}}) {
      HttpResponse<String> o = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + c[0]))
          .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(o.statusCode()).as(c[0]).isEqualTo(204);
      assertThat(o.headers().firstValue("Allow")).as(c[0]).hasValue(c[1]);
      // a 204 has no body, so no type of one; before, "application/json"
      assertThat(o.headers().firstValue("Content-Type")).as(c[0]).isEmpty();
      assertThat(o.body()).as(c[0]).isEmpty();
    }
    assertError(Http.send(HttpRequest.newBuilder(URI.create(base + "/nowhere")).method("OPTIONS", HttpRequest.BodyPublishers.noBody())), 404);
  }

  /**
   * HEAD answers as GET does, without the body; before, Javalin answered every HEAD on a GET route
   * 200 with an empty JSON body, its handler unrun (HEAD / application/json, HEAD of a missing article 200).
   */
  @Test
  void headAnswersAsGetWithoutTheBody() throws Exception {
    for (String path : List.of("/", "/health", "/static/style.css", "/favicon.ico", "/robots.txt", "/apple-touch-icon.png",
        "/articles/no-such-article", "/search")) {
      Http.Response get = Http.get(base + path);
      Http.Response head = Http.send(HttpRequest.newBuilder(URI.create(base + path)).method("HEAD", HttpRequest.BodyPublishers.noBody()));
      assertThat(head.status()).as(path).isEqualTo(get.status());
      assertThat(head.contentType()).as(path).isEqualTo(get.contentType());
      assertThat(head.body()).as(path).isEmpty();
    }
  }

  /**
   * A browser asks for /favicon.ico on every page (the web page's and a JSON answer opened in a
   * tab): it was a JSON 404 each time; now a 16x16 icon, cached, also while the server starts.
   */
  @Test
  void theIconABrowserAsksForIsAnIcon() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(base + "/favicon.ico")).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("image/x-icon");
    assertThat(r.headers().firstValue("Cache-Control").orElse("")).contains("max-age=");
    ByteBuffer b = ByteBuffer.wrap(r.body()).order(ByteOrder.LITTLE_ENDIAN);
    assertThat(b.getShort(0)).as("reserved").isZero();
    assertThat(b.getShort(2)).as("type icon").isEqualTo((short) 1);
    assertThat(b.getShort(4)).as("one image").isEqualTo((short) 1);
    assertThat(b.get(6)).as("width").isEqualTo((byte) 16);
    assertThat(b.getInt(14) + b.getInt(18)).as("image size + offset = file size").isEqualTo(r.body().length);
    assertThat(b.getInt(22)).as("BITMAPINFOHEADER").isEqualTo(40);
    Startup starting = new Startup(m -> { });
    Javalin app = new HttpApi(starting, HttpApi.Limits.defaults(), () -> Json.MAPPER.createObjectNode().put("status", "starting")).create();
    app.start("127.0.0.1", 0);
    try {
      HttpResponse<byte[]> s = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/favicon.ico")).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      assertThat(s.statusCode()).as("while starting").isEqualTo(200);
      assertThat(s.body()).isEqualTo(r.body());
    } finally {
      app.stop();
    }
  }

  /**
   * A crawler asks for /robots.txt, and iOS and Safari for /apple-touch-icon.png (and
   * -precomposed): all three were JSON 404s ("no such endpoint"). Now a plain-text "Disallow: /"
   * and a 180x180 PNG, also while the server starts.
   */
  @Test
  void robotsTxtAndTheTouchIconAreAnswered() throws Exception {
    Http.Response robots = Http.get(base + "/robots.txt");
    assertThat(robots.status()).isEqualTo(200);
    assertThat(robots.contentType()).startsWith("text/plain");
    assertThat(robots.body()).contains("User-agent: *\nDisallow: /\n").doesNotContain("{");
    HttpClient client = HttpClient.newHttpClient();
    for (String path : List.of("/apple-touch-icon.png", "/apple-touch-icon-precomposed.png", "/apple-touch-icon-120x120-precomposed.png")) {
      HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
      assertThat(r.statusCode()).as(path).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type")).as(path).hasValue("image/png");
      BufferedImage img = ImageIO.read(new ByteArrayInputStream(r.body()));
      assertThat(img).as(path + " a PNG that decodes").isNotNull();
      assertThat(img.getWidth()).isEqualTo(180);
      assertThat(img.getHeight()).isEqualTo(180);
      assertThat(img.getRGB(0, 0) & 0xFFFFFF).as("background").isEqualTo(0x1D3557);
      assertThat(img.getRGB(90, 50) & 0xFFFFFF).as("the T's bar").isEqualTo(0xFFFFFF);
    }
    Startup starting = new Startup(m -> { });
    Javalin app = new HttpApi(starting, HttpApi.Limits.defaults(), () -> Json.MAPPER.createObjectNode().put("status", "starting")).create();
    app.start("127.0.0.1", 0);
    try {
      String b = "http://127.0.0.1:" + app.port();
      assertThat(Http.get(b + "/robots.txt").status()).as("while starting").isEqualTo(200);
      assertThat(Http.get(b + "/apple-touch-icon.png").status()).as("while starting").isEqualTo(200);
    } finally {
      app.stop();
    }
  }

  /**
   * A byte that is not ASCII written raw in the URL, not percent-escaped: as UTF-8 it is read
   * ("København"); as a lone Latin-1 byte, which Jetty cannot read, the 400 says so and how to
   * send it. Before, Jetty's generic "request not readable: Bad Request".
   */
  @Test
  void aRawByteThatIsNotAsciiInTheUrl() throws Exception {
    String utf8 = rawGetBytes("/search?q=Hav\u00f8rn".getBytes(StandardCharsets.UTF_8));
    assertThat(utf8).startsWith("HTTP/1.1 200");
    JsonNode found = Json.MAPPER.readTree(utf8.substring(utf8.indexOf("\r\n\r\n") + 4));
    assertThat(found.get("q").asText()).isEqualTo("Hav\u00f8rn");
    assertThat(found.get("total").asInt()).isPositive();
    for (String target : List.of("/search?q=Hav\u00f8rn", "/articles/\u00f8rn-1", "/stories?lang=n\u00f8")) {
      String raw = rawGet(target); // ISO-8859-1: one byte 0xF8
      assertThat(raw).as(target).startsWith("HTTP/1.1 400").containsIgnoringCase("content-type: application/json");
      JsonNode body = Json.MAPPER.readTree(raw.substring(raw.indexOf("\r\n\r\n") + 4));
      assertThat(body.get("status").asInt()).isEqualTo(400);
      assertThat(body.get("error").asText()).as(target)
          .isEqualTo(JettyErrors.NOT_UTF8_URL);
      assertThat(JettyErrors.NOT_UTF8_URL).contains("percent-escape", "%F8", "%C3%B8");
    }
  }

  private static String rawGetBytes(byte[] target) throws Exception {
    try (Socket s = new Socket("127.0.0.1", service.port())) {
      s.setSoTimeout(30_000);
      var out = new ByteArrayOutputStream();
      out.writeBytes("GET ".getBytes(StandardCharsets.US_ASCII));
      out.writeBytes(target);
      out.writeBytes(" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      s.getOutputStream().write(out.toByteArray());
      return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** A GET as sent on the wire, for targets java.net.URI refuses; the whole answer, headers and body. */
  private static String rawGet(String target) throws Exception {
    try (Socket s = new Socket("127.0.0.1", service.port())) {
      s.setSoTimeout(30_000);
      s.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * {@code ?lang=} as users write it: case and ISO 639-2 codes read, {@code no} both Norwegians, a
   * value that is no code a 400 naming the archive's languages, a code without articles a note.
   * Before, lang=xyz and lang=pl answered an empty page like any other, lang=no gave Bokmål alone.
   */
  @Test
  void aLanguageFilterIsReadAsUsersWriteIt() throws Exception {
    for (String route : List.of("/stories?lang=", "/search?q=Havørn&lang=")) {
      Function<String, Http.Response> get = v -> {
        try {
          return Http.get(base + route.replace("ø", "%C3%B8") + v);
        } catch (Exception e) {
          throw new RuntimeException(e);
        }
      };
      int nynorsk = get.apply("nn").json().get("total").asInt();
      assertThat(nynorsk).as(route).isPositive();
      for (String same : List.of("NN", "nno", "Nn")) {
        assertThat(get.apply(same).json().get("total").asInt()).as(route + same).isEqualTo(nynorsk);
      }
      // Norwegian: Bokmål and Nynorsk
      int norwegian = get.apply("no").json().get("total").asInt();
      assertThat(norwegian).as(route + "no").isEqualTo(get.apply("nb,nn").json().get("total").asInt())
          .isGreaterThanOrEqualTo(nynorsk).isGreaterThanOrEqualTo(get.apply("nb").json().get("total").asInt());
      assertThat(get.apply("nn,da").json().get("total").asInt()).as(route + "nn,da")
          .isGreaterThan(route.startsWith("/search") ? nynorsk : 0);
      for (String bad : List.of("norwegian", "x1", "xyz", "qq")) {
        Http.Response r = get.apply(bad);
        assertError(r, 400);
        assertThat(r.json().get("error").asText()).isEqualTo("invalid query parameter lang: " + r.json().at("/details/0/reason").asText());
        assertThat(r.json().at("/details/0/field").asText()).isEqualTo("lang");
        assertThat(r.json().at("/details/0/reason").asText()).as(route + bad).startsWith("not a language code: '" + bad + "'")
            .contains("the archive's languages: ").contains("nn").contains("da").contains("sv");
      }
      assertThat(get.apply("norwegian").json().at("/details/0/reason").asText()).contains("(Norwegian is no: nb and nn)");
      JsonNode polish = get.apply("pol").json(); // no test posts Polish
      assertThat(polish.get("total").asInt()).isZero();
      assertThat(polish.get("note").asText()).as(route).startsWith("no article is in Polish (pl); the archive's languages: ");
      assertThat(get.apply("nn").json().has("note")).isFalse();
    }
  }

  @Test
  void queryParametersAreValidatedTogether() throws Exception {
    Http.Response r = Http.get(base + "/stories?sort=oldest&limit=abc&offset=-1&lang=xx1&from=yesterday");
    assertError(r, 400);
    List<String> fields = new ArrayList<>();
    r.json().get("details").forEach(d -> fields.add(d.get("field").asText()));
    assertThat(fields).containsExactlyInAnyOrder("sort", "limit", "offset", "lang", "from");
    // the value refused, as /search says it: before, "must be newest or biggest" alone
    assertThat(r.json().get("details").get(0).get("reason").asText()).isEqualTo("must be newest or biggest, got 'oldest'");
    assertError(Http.get(base + "/search"), 400);
    assertError(Http.get(base + "/search?q=x&limit=0"), 400);
  }

  /**
   * {@code sort=newest} orders hits by publication date, latest first (the Swedish strike of May
   * before the ferry fire of March, 10:00 before 09:00), whatever their relevance; relevance is the
   * default; another value is a 400 naming sort. Before, sort was ignored (relevance order).
   */
  @Test
  void searchSortsByRelevanceOrNewest() throws Exception {
    String q = "/search?q=" + URLEncoder.encode("Havørn OR tunnelbana OR Skagerrak", StandardCharsets.UTF_8) + "&lang=nn,da,sv";
    JsonNode newest = Http.get(base + q + "&sort=newest").json();
    assertThat(newest.get("sort").asText()).isEqualTo("newest");
    List<String> dates = new ArrayList<>();
    newest.get("hits").forEach(h -> dates.add(h.get("date").asText()));
    assertThat(dates).hasSizeGreaterThanOrEqualTo(3).isSortedAccordingTo(Comparator.reverseOrder());
    assertThat(ids(newest)).startsWith("sv-9").containsSubsequence("da-1", "nn-1");
    JsonNode relevance = Http.get(base + q).json();
    assertThat(relevance.get("sort").asText()).isEqualTo("relevance");
    assertThat(ids(Http.get(base + q + "&sort=RELEVANCE").json())).isEqualTo(ids(relevance));
    assertThat(ids(relevance)).containsExactlyInAnyOrderElementsOf(ids(newest)).isNotEqualTo(ids(newest));
    Http.Response bad = Http.get(base + q + "&sort=oldest");
    assertError(bad, 400);
    assertThat(bad.json().get("details").get(0).get("field").asText()).isEqualTo("sort");
    assertThat(bad.json().get("details").get(0).get("reason").asText()).isEqualTo("must be relevance or newest, got 'oldest'");
  }

  /**
   * {@code q=*} lists every article, newest first (nothing to rank by), a filter and an exclusion
   * applying; before, 0 hits and Lucene's "'*' or '?' not allowed as first character".
   */
  @Test
  void aStarListsEveryArticleNewestFirst() throws Exception {
    JsonNode all = Http.get(base + "/search?q=*&limit=200").json();
    assertThat(all.get("sort").asText()).isEqualTo("newest");
    assertThat(all.get("read_as_plain_words").isNull()).as(all.toString()).isTrue();
    assertThat(all.get("total").asLong()).isEqualTo(Http.get(base + "/health").json().at("/archive/articles").asLong());
    List<String> dates = new ArrayList<>();
    all.get("hits").forEach(h -> dates.add(h.path("date").asText("")));
    assertThat(dates.stream().filter(d -> !d.isEmpty()).toList()).isSortedAccordingTo(Comparator.reverseOrder());
    assertThat(ids(Http.get(base + "/search?q=*&lang=nn,da,sv").json())).startsWith("sv-9").containsSubsequence("da-1", "nn-1");
    assertThat(ids(Http.get(base + "/search?q=" + URLEncoder.encode("* -Skagerrak", StandardCharsets.UTF_8) + "&lang=nn,da,sv").json()))
        .contains("sv-9").doesNotContain("da-1", "nn-1");
    // a field's stars: the articles that have the field (until session 39, Lucene's refusal and 0 hits)
    for (String q : List.of("story:*", "lang:*", "source:*")) {
      JsonNode page = Http.get(base + "/search?limit=200&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)).json();
      assertThat(page.get("read_as_plain_words").isNull()).as(page.toString()).isTrue();
      assertThat(page.get("sort").asText()).isEqualTo("newest");
      if (q.equals("source:*")) { // the articles given a source (the other tests post some without one)
        assertThat(page.get("total").asLong()).isBetween(3L, all.get("total").asLong());
        page.get("hits").forEach(h -> assertThat(h.path("source").asText("")).as(h.toString()).isNotBlank());
      } else {
        assertThat(page.get("total").asLong()).as(q).isEqualTo(all.get("total").asLong());
      }
    }
    JsonNode leading = Http.get(base + "/search?q=" + URLEncoder.encode("*rrak", StandardCharsets.UTF_8)).json();
    assertThat(leading.get("read_as_plain_words").asText()).contains("may not begin with * or ?", "source:*")
        .doesNotContain("WildcardQuery");
  }

  private static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.get("hits").forEach(h -> ids.add(h.get("id").asText()));
    return ids;
  }

  /** A parameter given twice is a 400 naming it; before, the first value was taken and the rest silently dropped. */
  @Test
  void aRepeatedQueryParameterIsA400NamingIt() throws Exception {
    for (String[] c : new String[][] {{"/search?q=a&q=b", "q", "2"}, {"/search?q=a&limit=5&limit=6", "limit", "2"},
        {"/stories?lang=nn&lang=nn&lang=da", "lang", "3"}, {"/articles?id=nn-1&id=da-1", "id", "2"}}) {
      Http.Response r = Http.get(base + c[0]);
      assertError(r, 400);
      assertThat(r.json().get("error").asText()).as(c[0]).isEqualTo("invalid query parameter " + c[1] + ": given " + c[2] + " times; give it once");
      assertThat(r.json().get("details").get(0).get("field").asText()).as(c[0]).isEqualTo(c[1]);
    }
    assertThat(Http.get(base + "/search?q=a&other=1&other=2").status()).as("parameters not read are not checked").isEqualTo(200);
  }

  /**
   * A query of many words, read once per language of the archive, can need more clauses than Lucene
   * takes: a 400 saying so; before, a 500 (TooManyNestedClauses).
   */
  @Test
  void aQueryTooLargeOnceExpandedIsA400() throws Exception {
    StringBuilder q = new StringBuilder();
    for (int i = 0; q.length() < 990; i++) {
      q.append("w").append(i).append(' ');
    }
    Http.Response r = Http.get(base + "/search?q=" + URLEncoder.encode(q.toString().strip(), StandardCharsets.UTF_8));
    assertError(r, 400);
    assertThat(r.json().get("error").asText()).startsWith("invalid query parameter q: the query expands to more than 1024 clauses");
    assertThat(r.json().at("/details/0/reason").asText()).startsWith("the query expands to more than 1024 clauses");
  }

  /** An article's id asked for as a story's: the 404 names the article's story; before, "no story with id" alone. */
  @Test
  void anArticleIdAskedForAsAStoryNamesItsStory() throws Exception {
    String story = Http.get(base + "/articles/nn-1").json().get("story").asText();
    Http.Response r = Http.get(base + "/stories/nn-1");
    assertError(r, 404);
    assertThat(r.json().get("error").asText()).isEqualTo("no story with id 'nn-1'; 'nn-1' is an article, in story " + story);
    assertThat(Http.get(base + "/stories/" + story).status()).isEqualTo(200);
    assertThat(Http.get(base + "/stories/no-such-thing").json().get("error").asText()).isEqualTo("no story with id 'no-such-thing'");
  }

  /**
   * A parameter spelt like one the route takes but not so (min-size, minSize, LIMIT, language) is a
   * 400 naming the one meant; before, it was ignored and /stories?min-size=2 listed every story.
   */
  @Test
  void aMisspeltParameterIsNamedWithTheOneMeant() throws Exception {
    for (String[] c : new String[][] {{"/stories?min-size=2", "min-size", "min_size"}, {"/stories?minSize=2", "minSize", "min_size"},
        {"/stories?LIMIT=1", "LIMIT", "limit"}, {"/stories?language=nn", "language", "lang"}, {"/search?q=Havørn&Lang=nn", "Lang", "lang"},
        {"/search?Q=Havørn", "Q", "q"}, {"/search?query=Havørn", "query", "q"}}) {
      Http.Response r = Http.get(base + c[0].replace("ø", "%C3%B8"));
      assertError(r, 400);
      assertThat(r.json().get("error").asText()).as(c[0]).startsWith("invalid query parameter " + c[1] + ": not a parameter here; did you mean " + c[2] + "?");
      assertThat(r.json().at("/details/0/reason").asText()).as(c[0]).startsWith("not a parameter here; did you mean " + c[2] + "?");
    }
    Http.Response post = Http.post(base + "/articles?Partial=true", "{\"title\": \"x\", \"text\": \"y\"}");
    assertError(post, 400);
    assertThat(post.json().at("/details/0/field").asText()).isEqualTo("Partial");
    // what looks like no parameter of the route is ignored: a cache-buster, a tracking tag
    assertThat(Http.get(base + "/stories?_=1700000000&utm_source=mail").status()).isEqualTo(200);
  }

  /** A source filter is exact: one in another case than stored found nothing without a word; now a note says which was meant. */
  @Test
  void aSourceInAnotherCaseIsNamedInANote() throws Exception {
    JsonNode lower = Http.get(base + "/stories?source=dr").json();
    assertThat(lower.get("total").asInt()).isZero();
    assertThat(lower.get("note").asText()).isEqualTo("no story has the source 'dr' (sources match exactly); did you mean 'DR'?");
    assertThat(Http.get(base + "/stories?source=DR").json().has("note")).isFalse();
    assertThat(Http.get(base + "/stories?source=no-such-source").json().has("note")).isFalse();
    // a word's beginning of a stored source, which until session 39 got no note
    assertThat(Http.get(base + "/stories?source=nr").json().get("note").asText())
        .isEqualTo("no story has the source 'nr' (sources match exactly); did you mean 'NRK'?");
    JsonNode search = Http.get(base + "/search?q=" + URLEncoder.encode("Havørn source:dr", StandardCharsets.UTF_8)).json();
    assertThat(search.get("total").asInt()).isZero();
    assertThat(search.get("note").asText()).isEqualTo("no article has the source 'dr' (sources match exactly); did you mean 'DR'?");
    assertThat(Http.get(base + "/search?q=" + URLEncoder.encode("Havørn source:DR", StandardCharsets.UTF_8)).json().has("note")).isFalse();
  }

  @Test
  void storiesFilterSortAndPage() throws Exception {
    assertThat(Http.get(base + "/stories?lang=sv").json().get("total").asInt()).isEqualTo(1);
    assertThat(Http.get(base + "/stories?source=DR").json().get("total").asInt()).isEqualTo(1);
    assertThat(Http.get(base + "/stories?from=2025-05-01&to=2025-05-31").json().get("stories").get(0).get("headline").asText())
        .contains("tunnelbana");
    assertThat(Http.get(base + "/stories?to=2025-03").json().get("total").asInt()).isEqualTo(1);
    JsonNode page = Http.get(base + "/stories?limit=1&sort=newest").json();
    assertThat(page.get("stories")).hasSize(1);
    assertThat(page.get("next").asText()).contains("offset=1");
    assertThat(Http.get(base + page.get("next").asText()).json().get("stories").get(0).get("id").asText())
        .isNotEqualTo(page.get("stories").get(0).get("id").asText());
  }

  @Test
  void searchFindsArticlesWithTheirStory() throws Exception {
    JsonNode r = Http.get(base + "/search?q=" + URLEncoder.encode("passagerer", StandardCharsets.UTF_8)).json();
    assertThat(r.get("total").asInt()).isEqualTo(1);
    assertThat(r.get("hits").get(0).get("id").asText()).isEqualTo("da-1");
    assertThat(r.get("hits").get(0).get("story").asText()).startsWith("s");
    assertThat(Http.get(base + "/search?q=Havørn&lang=nn").json().get("total").asInt()).isEqualTo(1);
  }

  /** A query Lucene cannot parse is searched as plain words, and the answer says so and why; before, silently. */
  @Test
  void aQueryLuceneCannotParseIsSaidToBeReadAsPlainWords() throws Exception {
    JsonNode r = Http.get(base + "/search?q=" + URLEncoder.encode("Havørn AND", StandardCharsets.UTF_8)).json();
    assertThat(r.get("total").asInt()).as("searched as the plain words").isEqualTo(2);
    assertThat(r.get("read_as_plain_words").asText()).isEqualTo("'AND' ends the query with no word after it");
    JsonNode quote = Http.get(base + "/search?q=" + URLEncoder.encode("\"Havørn", StandardCharsets.UTF_8)).json();
    assertThat(quote.get("read_as_plain_words").asText()).doesNotContain("\n", "at org.").isNotBlank();
    JsonNode fine = Http.get(base + "/search?q=Havørn").json();
    assertThat(fine.has("read_as_plain_words")).isTrue();
    assertThat(fine.get("read_as_plain_words").isNull()).as("read in Lucene's syntax").isTrue();
  }

  /**
   * A {@code lang:} clause whose value is no language code is left out and the rest searched, the
   * answer saying so; before, the query was read as plain words, requiring the word "norwegian":
   * no hits.
   */
  @Test
  void aLangClauseWithNoLanguageCodeIsLeftOutAndSaid() throws Exception {
    JsonNode r = Http.get(base + "/search?q=" + URLEncoder.encode("Havørn lang:norwegian", StandardCharsets.UTF_8)).json();
    assertThat(r.get("total").asInt()).as("Havørn alone").isEqualTo(Http.get(base + "/search?q=Havørn").json().get("total").asInt())
        .isPositive();
    assertThat(r.get("read_as_plain_words").isNull()).as("read in Lucene's syntax").isTrue();
    assertThat(r.get("left_out").asText()).isEqualTo("lang:norwegian: not a language code: 'norwegian' (Norwegian is no: nb and nn)");
    assertThat(Http.get(base + "/search?q=Havørn").json().get("left_out").isNull()).as("nothing left out").isTrue();
  }

  /**
   * /health lists the languages the archive's articles are in, with counts, so a filter can offer a
   * language no list names ("ru"); before, only the fixed list of the web page knew any.
   */
  @Test
  void healthListsTheArchivesLanguages() throws Exception {
    Http.Response r = Http.post(base + "/articles", """
        {"id": "ru-1", "lang": "ru", "title": "Пожар на пароме в Скагерраке", "text": "На пароме начался пожар."}
        """);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    // the index shows a new article a moment after the answer
    Await.until("ru in /health", () -> Http.get(base + "/health").json().get("archive").get("languages").toString().contains("\"ru\""));
    JsonNode languages = Http.get(base + "/health").json().get("archive").get("languages");
    List<String> codes = new ArrayList<>();
    languages.forEach(l -> codes.add(l.get("code").asText()));
    assertThat(codes).contains("nn", "da", "sv", "ru");
    languages.forEach(l -> assertThat(l.get("articles").asLong()).as(l.toString()).isPositive());
    for (int i = 1; i < languages.size(); i++) {
      assertThat(languages.get(i).get("articles").asLong()).as("most first").isLessThanOrEqualTo(languages.get(i - 1).get("articles").asLong());
    }
    assertThat(Http.get(base + "/stories?lang=ru").json().get("total").asInt()).isEqualTo(1);
    assertThat(Http.get(base + "/search?q=" + URLEncoder.encode("пароме", StandardCharsets.UTF_8) + "&lang=ru").json()
        .get("total").asInt()).isEqualTo(1);
  }

  @Test
  void healthAndPage() throws Exception {
    JsonNode h = Http.get(base + "/health").json();
    assertThat(h.get("status").asText()).isEqualTo("ok");
    assertThat(h.get("archive").get("articles").asInt()).isGreaterThanOrEqualTo(3);
    assertThat(h.get("archive").get("held_in_memory").asInt()).isBetween(0, h.get("archive").get("articles").asInt());
    assertThat(h.get("archive").get("embeddings").isBoolean()).as(h.toString()).isTrue();
    assertThat(h.get("archive").get("embeddings").asBoolean()).as("a new folder clusters with them").isTrue();
    Http.Response page = Http.get(base + "/");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.contentType()).startsWith("text/html");
    assertThat(page.body()).contains("/static/app.js");
    assertThat(Http.get(base + "/static/app.js").body()).contains("textContent").doesNotContain("innerHTML =");
  }

  /**
   * The page of a story that does not exist answers 404, as {@code GET /stories/{id}} does, still the
   * page (which says "No such story"); a story's page 200. Before, 200 for any id: a link checker or
   * a crawler took a dead link for a story.
   */
  @Test
  void aStoryPageOfAStoryThatDoesNotExistIs404() throws Exception {
    String story = Http.get(base + "/articles/nn-1").json().get("story").asText();
    Http.Response ok = Http.get(base + "/story/" + URLEncoder.encode(story, StandardCharsets.UTF_8));
    assertThat(ok.status()).isEqualTo(200);
    assertThat(ok.contentType()).startsWith("text/html");
    for (String id : List.of("unknown-id", "nn-1", "%E0", "x".repeat(700))) { // nn-1 is an article's id, not a story's
      Http.Response none = Http.get(base + "/story/" + id);
      assertThat(none.status()).as(id).isEqualTo(404);
      assertThat(none.contentType()).as(id).startsWith("text/html");
      assertThat(none.body()).as("the page, which says so itself").contains("<main id=\"main\"", "/static/app.js");
      if (id.length() < 600) { // a longer one the API refuses as no id (400): no story has it
        assertThat(Http.get(base + "/stories/" + id).status()).as("the API agrees on %s", id).isEqualTo(404);
      }
    }
    assertThat(Http.send(HttpRequest.newBuilder(URI.create(base + "/story/unknown-id"))
        .method("HEAD", HttpRequest.BodyPublishers.noBody())).status()).isEqualTo(404);
  }

  /**
   * /health says whether the archive clusters English with sentence vectors, the data folder's
   * setting (kept in clustering.properties since session 36): a folder made with
   * {@code --no-embeddings} says false, also when served again without the option; before, only the
   * start-up log said so.
   */
  @Test
  void healthSaysTheFoldersEmbeddingsSetting() throws Exception {
    Path data = dir.resolve("data-no-embeddings");
    for (Boolean asked : new Boolean[] {false, null}) {
      try (Service s = Service.start(new Service.Config(data, "127.0.0.1", 0, null, List.of(), Duration.ofMinutes(5),
          Duration.ofSeconds(5), HttpApi.Limits.defaults(), asked), m -> { })) {
        String url = "http://127.0.0.1:" + s.port() + "/health";
        Await.until("ready", () -> Http.get(url).status() == 200);
        JsonNode h = Http.get(url).json();
        assertThat(h.get("archive").get("embeddings").isBoolean()).as("asked %s: %s", asked, h).isTrue();
        assertThat(h.get("archive").get("embeddings").asBoolean()).as("asked %s", asked).isFalse();
      }
    }
  }

  @Test
  void watchedFolderIsIngested() throws Exception {
    Path watched = Files.createDirectories(dir.resolve("watched"));
    Path data = dir.resolve("data-watch");
    try (Service s = Service.start(new Service.Config(data, "127.0.0.1", 0, watched, List.of(), Duration.ofMinutes(5),
        Duration.ofSeconds(5), HttpApi.Limits.defaults()), m -> { })) {
      Files.writeString(watched.resolve("drop.jsonl"),
          "{\"id\": \"w1\", \"title\": \"Dropped in\", \"text\": \"A file in the watched folder.\"}\n");
      // The watcher counts a file read once the archive has acknowledged its articles: the archive's
      // count of articles goes up a moment before, so waiting for that alone and then reading
      // files_read could see 0 (a race on a loaded runner).
      Await.until("the watched file read", () ->
          Http.get("http://127.0.0.1:" + s.port() + "/health").json().get("watch").get("files_read").asInt() >= 1);
      assertThat(Http.get("http://127.0.0.1:" + s.port() + "/articles/w1").status()).isEqualTo(200);
      assertThat(Http.get("http://127.0.0.1:" + s.port() + "/health").json().get("watch").get("files_read").asInt()).isEqualTo(1);
    }
  }

  /**
   * An API response saved whole and posted ({@code curl --data-binary @newsapi.json}), its articles
   * in one array field, is its articles, as {@code tidende ingest} reads the file; until session 37
   * the API refused it as one item with "no title or text". Its items are counted against the batch
   * limit, and a wrapper whose array is not of objects is still one item without title or text.
   */
  @Test
  void anApiResponseWrappingItsArticlesIsItsArticles() throws Exception {
    // a server of its own: these articles would change the shared archive's counts other tests check
    try (Service s = Service.start(new Service.Config(dir.resolve("data-wrapped"), "127.0.0.1", 0, null, List.of(),
        Duration.ofMinutes(5), Duration.ofSeconds(5), new HttpApi.Limits(64 * 1024, 50)), m -> { })) {
      String own = "http://127.0.0.1:" + s.port();
      Http.Response r = Http.post(own + "/articles", """
          {"status": "ok", "totalResults": 2, "articles": [
            {"source": {"id": null, "name": "NRK"}, "title": "Ferja Havørn tilbake i rute", "description": "Ferja går igjen frå måndag.",
             "url": "https://nrk.example/wrapped-1", "publishedAt": "2025-03-17T08:00:00Z"},
            {"source": {"id": null, "name": "DR"}, "title": "Færgen Havørn sejler igen", "description": "Færgen sejler igen fra mandag.",
             "url": "https://dr.example/wrapped-2", "publishedAt": "2025-03-17T09:00:00Z"}]}
          """);
      assertThat(r.status()).as(r.body()).isEqualTo(200);
      JsonNode j = r.json();
      assertThat(j.get("accepted").asInt()).as(r.body()).isEqualTo(2);
      JsonNode second = j.get("items").get(1);
      assertThat(second.get("item").asInt()).isEqualTo(2);
      String url = own + "/articles?id=" + URLEncoder.encode(second.get("id").asText(), StandardCharsets.UTF_8);
      Await.until("the article indexed", () -> Http.get(url).status() == 200); // shown a moment after the answer
      JsonNode a = Http.get(url).json();
      assertThat(a.get("source").asText()).as(a.toString()).isEqualTo("DR");
      assertThat(a.get("title").asText()).isEqualTo("Færgen Havørn sejler igen");
      Http.Response notArticles = Http.post(own + "/articles", "{\"status\": \"ok\", \"ids\": [1, 2]}");
      assertError(notArticles, 400);
      assertThat(notArticles.json().get("details").get(0).get("reason").asText()).startsWith("no title or text");
      StringBuilder many = new StringBuilder("{\"articles\": [");
      for (int i = 0; i < 51; i++) { // --max-batch here is 50
        many.append(i == 0 ? "" : ",").append("{\"title\": \"Sak ").append(i).append("\"}");
      }
      Http.Response tooMany = Http.post(own + "/articles", many.append("]}").toString());
      assertThat(tooMany.status()).as(tooMany.body()).isEqualTo(413);
      // JSON Lines whose line holds an array of records: its records, at that line, as ingest reads them
      Http.Response lines = Http.post(own + "/articles", "{\"title\": \"Linje ein\"}\n"
          + "[{\"title\": \"Linje to a\"}, {\"title\": \"Linje to b\"}]\n");
      assertThat(lines.status()).as(lines.body()).isEqualTo(200);
      assertThat(lines.json().get("accepted").asInt()).as(lines.body()).isEqualTo(3);
      assertThat(lines.json().get("items").get(2).get("line").asInt()).isEqualTo(2);
      Http.Response arrays = Http.post(own + "/articles", "[{\"title\": \"Rad ein a\"}, {\"title\": \"Rad ein b\"}]\n"
          + "[{\"title\": \"Rad to\"}]\n");
      assertThat(arrays.status()).as(arrays.body()).isEqualTo(200);
      assertThat(arrays.json().get("accepted").asInt()).as(arrays.body()).isEqualTo(3);
      assertThat(Http.post(own + "/articles", "[{\"title\": \"Rad tre\"}]\n{\"x\": 1} junk").status())
          .as("a line that is no JSON is still a 400").isEqualTo(400);
    }
  }

  /**
   * A body of form fields ({@code curl -d 'title=x&text=y'}, curl's default encoding) is refused
   * saying so and what to send; before, only "not JSON: expected '{' or '[' first, got 't'".
   */
  @Test
  void aBodyOfFormFieldsIsNamedSo() throws Exception {
    Http.Response r = Http.post(base + "/articles", "title=Brann&text=Ferja+brann");
    assertError(r, 400);
    assertThat(r.json().get("error").asText()).isEqualTo("invalid body: not JSON: expected '{' or '[' first, got 't' "
        + "(the body reads as form fields, title=…; send the article as JSON: {\"title\": \"…\", \"text\": \"…\"})");
    assertThat(Http.post(base + "/articles", "hello").json().get("error").asText())
        .isEqualTo("invalid body: not JSON: expected '{' or '[' first, got 'h'");
  }

  /**
   * A page or a feed posted ({@code curl --data-binary @side.html}) is refused saying it is markup
   * and where such input is read (a watched folder, {@code --feed}, {@code ingest}); before, only
   * "not JSON: expected '{' or '[' first, got '<'" (session 34's walk-through).
   */
  @Test
  void aBodyOfMarkupIsNamedSo() throws Exception {
    for (String body : List.of("<!doctype html><html><head><title>Side</title></head></html>",
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>Sak</title></item></channel></rss>")) {
      Http.Response r = Http.post(base + "/articles", body);
      assertError(r, 400);
      assertThat(r.json().get("error").asText()).as(body)
          .isEqualTo("invalid body: not JSON: expected '{' or '[' first, got '<' (the body is markup, an HTML page or "
              + "an RSS/Atom feed: POST /articles takes JSON; a feed is polled with `tidende serve --feed URL`, and a "
              + "page or feed file is read from the folder `serve --watch DIR` watches or by `tidende ingest FILE`)");
    }
  }

  /**
   * Every 400 reads "invalid WHAT: REASON", the reason in the message as in the details; before, a
   * parameter checked alone said "invalid q: required" and the others "invalid query parameter:
   * limit", the reason in the details only.
   */
  @Test
  void every400ReadsInvalidWhatAndReason() throws Exception {
    String longId = "x".repeat(601);
    for (String[] c : new String[][] {
        {"/search", "invalid query parameter q: required"},
        {"/search?q=a&limit=0&offset=-1", "invalid query parameters limit: must be in 1..200, got 0; offset: must be in 0..10000, got -1"},
        {"/search?q=a&q=b", "invalid query parameter q: given 2 times; give it once"},
        {"/articles", "invalid query parameter id: required"},
        {"/articles?id=" + longId.substring(0, 513), "invalid query parameter id: an article id has 1..512 characters"},
        {"/articles/" + longId.substring(0, 513), "invalid article id: an article id has 1..512 characters"},
        {"/stories/" + longId, "invalid story id: a story id has 1..600 characters"}}) {
      Http.Response r = Http.get(base + c[0]);
      assertError(r, 400);
      assertThat(r.json().get("error").asText()).as(c[0]).isEqualTo(c[1]);
    }
    Http.Response partial = Http.post(base + "/articles?partial=maybe", "{\"title\": \"x\", \"text\": \"y\"}");
    assertThat(partial.json().get("error").asText()).isEqualTo("invalid query parameter partial: must be true or false, got 'maybe'");
    assertThat(Http.post(base + "/articles", "").json().get("error").asText()).startsWith("invalid body: empty");
    assertThat(Http.post(base + "/articles", "[{\"id\": \"no-text\"}]").json().get("error").asText())
        .isEqualTo("invalid body: 1 of 1 items invalid; nothing was stored (fix them, or send ?partial=true to store the valid ones)");
    assertThat(Http.post(base + "/articles", new byte[] {'{', (byte) 0x81, (byte) 0x8D, (byte) 0x8F, (byte) 0x90, '}'}).json().get("error").asText())
        .isEqualTo("invalid body: not UTF-8 at byte 1 (line 1), nor text in Windows-1252; send UTF-8, or name the charset (Content-Type: application/json; charset=...)");
    assertThat(Http.post(base + "/articles", "[{\"title\": \"x\"} {").json().get("error").asText()).startsWith("invalid body: malformed JSON at line 1: ");
  }

  @Test
  void errorDetailsNameTheFieldBeforeTheReasonOnEveryRun() throws Exception {
    // The README quotes this answer; its details were Map.of's, whose order changes with each JVM run.
    Http.Response r = Http.get(base + "/stories?limit=0");
    assertThat(r.body()).isEqualTo("{\"status\":400,\"error\":\"invalid query parameter limit: must be in 1..500, got 0\","
        + "\"details\":[{\"field\":\"limit\",\"reason\":\"must be in 1..500, got 0\"}]}");
    Map<String, Object> given = new LinkedHashMap<>();
    given.put("reason", "invalid UTF-8");
    given.put("byte", 7);
    given.put("field", "body");
    given.put("line", 2);
    assertThat(HttpApi.inDetailOrder(given)).containsExactly(Map.entry("line", 2),
        Map.entry("byte", 7), Map.entry("field", "body"), Map.entry("reason", "invalid UTF-8"));
  }

  static void assertError(Http.Response r, int status) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.contentType()).startsWith("application/json");
    JsonNode j = r.json();
    assertThat(j.get("status").asInt()).isEqualTo(status);
    assertThat(j.get("error").asText()).isNotBlank();
    assertThat(r.body()).doesNotContain("\tat ", "Exception:", "org.tidende.");
  }

  /**
   * An Error a handler throws (here /health's, as a class that cannot be loaded throws it) is the
   * API's own 500, JSON saying its kind; before, Javalin answered an Error 500 with an empty body,
   * and DurabilityTest's GET /stories once came back so, without its list.
   */
  /**
   * An Error outside a route's handler (a before-handler, an exception handler, an after-handler)
   * and an error page Jetty writes itself (sendError) are JSON too, and the web page's documents get
   * an HTML page; an Error names its kind as one in a handler does. Before, an Error there was a 500
   * with an empty body, and sendError Jetty's HTML page in Latin-1; then, until session 32, the
   * fallback "internal error; see the server log" without the kind, and an Error after a handler
   * the handler's own answer with status 500; and a sendError(500) "internal error; see the server
   * log", without a kind and with nothing in the log.
   * The failing handlers are added to the app for the test: the server's own cannot be made to fail.
   */
  @Test
  void everyErrorTheServerSendsIsJsonOrThePagesHtml() throws Exception {
    Startup ready = new Startup(m -> { });
    ready.ready(null);
    Javalin app = new HttpApi(ready, HttpApi.Limits.defaults(), () -> Json.MAPPER.createObjectNode().put("status", "ok")).create();
    app.before("/boom/before", ctx -> { throw new StackOverflowError(); });
    app.get("/boom/mapper", ctx -> { throw new ConcurrentModificationException(); });
    app.exception(ConcurrentModificationException.class, (e, ctx) -> { throw new OutOfMemoryError(); });
    app.get("/boom/after", ctx -> ctx.result("the handler's own answer"));
    app.after("/boom/after", ctx -> { throw new OutOfMemoryError("Java heap space"); });
    app.get("/boom/anonymous", ctx -> { throw new IllegalStateException("secret /etc/passwd") { }; });
    app.get("/boom/sent", ctx -> ctx.res().sendError(500));
    app.get("/boom/sent503", ctx -> ctx.res().sendError(503));
    app.get("/boom/sentWithMessage", ctx -> ctx.res().sendError(500, "secret db password"));
    app.before("/story/boom", ctx -> { throw new StackOverflowError(); });
    app.start("127.0.0.1", 0);
    try {
      String base = "http://127.0.0.1:" + app.port();
      for (String[] c : new String[][] {{"/boom/before", "500", "internal error (StackOverflowError); see the server log"},
          {"/boom/mapper", "500", "internal error (OutOfMemoryError); see the server log"},
          {"/boom/after", "500", "internal error (OutOfMemoryError); see the server log"},
          {"/boom/anonymous", "500", "internal error (IllegalStateException); see the server log"},
          {"/boom/sent", "500", "internal error (sendError, no exception); see the server log"},
          {"/boom/sentWithMessage", "500", "internal error (sendError, no exception); see the server log"},
          {"/boom/sent503", "503", "service unavailable"}}) {
        Http.Response r = Http.get(base + c[0]);
        assertThat(r.status()).as(c[0]).isEqualTo(Integer.parseInt(c[1]));
        assertThat(r.contentType()).as(c[0]).startsWith("application/json");
        assertThat(r.json().get("error").asText()).as(c[0]).isEqualTo(c[2]);
        assertThat(r.json().get("status").asInt()).as(c[0]).isEqualTo(Integer.parseInt(c[1]));
      }
      // a sendError(500) is logged with its request and message, which the answer does not show
      PrintStream oldErr = System.err;
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      Http.Response sent;
      try {
        sent = Http.get(base + "/boom/sentWithMessage");
      } finally {
        System.setErr(oldErr);
      }
      assertThat(sent.body()).doesNotContain("secret");
      assertThat(err.toString(StandardCharsets.UTF_8))
          .contains("GET /boom/sentWithMessage: 500 sent without an exception (sendError, saying 'secret db password')");
      Http.Response page = Http.get(base + "/story/boom");
      assertThat(page.status()).isEqualTo(500);
      assertThat(page.contentType()).startsWith("text/html");
      assertThat(page.body()).contains("<!doctype html>", "Error 500: internal error (StackOverflowError); see the server log");
    } finally {
      app.stop();
    }
  }

  @Test
  void anErrorInAHandlerIsTheApisOwn500() throws Exception {
    Javalin app = new HttpApi(new Startup(m -> { }), HttpApi.Limits.defaults(), () -> {
      throw new NoClassDefFoundError("org/tidende/store/StoryQuery");
    }).create();
    app.start("127.0.0.1", 0);
    try {
      Http.Response r = Http.get("http://127.0.0.1:" + app.port() + "/health");
      assertThat(r.status()).isEqualTo(500);
      assertThat(r.contentType()).startsWith("application/json");
      assertThat(r.body()).as("not empty").isNotBlank();
      assertThat(r.json().get("error").asText()).isEqualTo("internal error (NoClassDefFoundError); see the server log");
      assertThat(r.json().get("status").asInt()).isEqualTo(500);
    } finally {
      app.stop();
    }
  }
}
