package org.tidende.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidende.model.Article;
import org.tidende.model.ArticleId;
import org.tidende.model.Language;
import org.tidende.store.Archive;
import org.tidende.store.SearchPage;
import picocli.CommandLine;

/**
 * {@code tidende search} and {@code tidende stories --data} on a real data folder made by {@code
 * tidende ingest}: the analyzers' word forms, JSON output, errors, and the same answers as the HTTP
 * API while a server holds the folder.
 */
class DataFolderCommandsTest {
  @TempDir static Path dir;
  static Path data;
  static Path input;

  static final String ARTICLES = """
      {"id": "nn-1", "lang": "nn", "date": "2025-03-11T09:00", "source": "NRK", "url": "https://nrk.example/1", "title": "Brann om bord på ferja Havørn i Skagerrak", "text": "Ferja Havørn fekk brann i maskinrommet i Skagerrak. Kaptein Åsland seier alle 212 passasjerar er trygge."}
      {"id": "da-1", "lang": "da", "date": "2025-03-11T10:00", "source": "DR", "url": "https://dr.example/1", "title": "Brand om bord på færgen Havørn i Skagerrak", "text": "Færgen Havørn fik brand i maskinrummet i Skagerrak. Kaptajn Åsland siger at alle 212 passagerer er i sikkerhed."}
      {"id": "sv-1", "lang": "sv", "date": "2025-05-20T07:40", "source": "Sydsvenskan", "title": "Strejk stoppar Köpenhamns tunnelbana", "text": "Förarna i Köpenhamns tunnelbana strejkar på tisdag, meddelar facket. Pendlare från Malmö drabbas."}
      {"id": "da-2", "lang": "da", "date": "2025-05-20T05:15", "source": "Københavns Avis", "title": "Metroen i København holder stille", "text": "Lokoførerne i Københavns metro strejker tirsdag, oplyser fagforeningen. Pendlere fra Malmø rammes."}
      {"id": "nb-1", "lang": "nb", "date": "2025-06-03T12:00", "source": "Havforskaren", "title": "Stort korallrev funnet utenfor Røst", "text": "Forskere har funnet et ukjent korallrev utenfor Røst i Lofoten. Revet er like stort som en liten by."}
      """;

  record Run(int exit, String out, String err) {
    List<String> lines() {
      return out.isBlank() ? List.of() : Arrays.asList(out.split("\n"));
    }
  }

  /** The command line in this JVM, its output captured. */
  static Run tidende(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    int code;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      code = Main.run(args);
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static List<JsonNode> jsonLines(String out) throws Exception {
    List<JsonNode> nodes = new ArrayList<>();
    for (String l : out.split("\n")) {
      if (!l.isBlank()) {
        nodes.add(Json.MAPPER.readTree(l));
      }
    }
    return nodes;
  }

  @BeforeAll
  static void ingest() throws Exception {
    input = Files.writeString(dir.resolve("news.jsonl"), ARTICLES);
    data = dir.resolve("data");
    Run r = tidende("ingest", input.toString(), "--data", data.toString(), "--quiet");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("stored 5 new");
  }

  @Test
  void findsAnArticleByAnotherFormOfItsWords() throws Exception {
    // "færgerne" (the ferries) is in no article; the Danish chain stems it as it stems "færgen"
    assertThat(ARTICLES).doesNotContain("færgerne");
    Run r = tidende("search", "--data", data.toString(), "færgerne");
    assertThat(r.exit()).as(r.err()).isZero();
    // not a terminal: the matched words in brackets, in the title and the snippet
    assertThat(r.out()).contains("1. Brand om bord på [færgen] Havørn i Skagerrak")
        .contains("2025-03-11T10:00 · DR · da · story ").contains("article da-1")
        .contains("[Færgen] Havørn fik brand i maskinrummet");
    assertThat(r.err()).contains("1–1 of 1 hit for 'færgerne' in " + data);
    // Swedish "strejken" finds the Swedish "strejkar" and the Danish "strejker" each under its own chain
    assertThat(ARTICLES).doesNotContain("strejken");
    List<String> ids = jsonLines(tidende("search", "--data", data.toString(), "--json", "strejken").out()).stream()
        .map(h -> h.get("id").asText()).toList();
    assertThat(ids).containsExactlyInAnyOrder("sv-1", "da-2");
  }

  /**
   * The plain-text output marks the matched words: in brackets where standard output is no terminal
   * (a pipe, a file, this test), bold on a terminal, or as {@code --marks} says; before, the plain
   * output showed no marks at all, which the JSON and the web page had.
   */
  @Test
  void thePlainOutputMarksTheMatchedWords() throws Exception {
    Run brackets = tidende("search", "--data", data.toString(), "Havørn", "--lang", "nn");
    assertThat(brackets.exit()).as(brackets.err()).isZero();
    assertThat(brackets.out()).contains("1. Brann om bord på ferja [Havørn] i Skagerrak\n")
        .contains("   Ferja [Havørn] fekk brann").doesNotContain("\u001b");
    Run bold = tidende("search", "--data", data.toString(), "Havørn", "--lang", "nn", "--marks", "bold");
    assertThat(bold.out()).contains("1. Brann om bord på ferja \u001b[1mHavørn\u001b[22m i Skagerrak\n")
        .contains("   Ferja \u001b[1mHavørn\u001b[22m fekk brann");
    Run none = tidende("search", "--data", data.toString(), "Havørn", "--lang", "nn", "--marks", "none");
    assertThat(none.out()).contains("1. Brann om bord på ferja Havørn i Skagerrak\n").contains("   Ferja Havørn fekk brann")
        .doesNotContain("[").doesNotContain("\u001b");
    assertThat(SearchCommand.resolved(SearchCommand.MarkStyle.AUTO, true, null, "xterm-256color"))
        .isEqualTo(SearchCommand.MarkStyle.BOLD);
    assertThat(SearchCommand.resolved(SearchCommand.MarkStyle.AUTO, false, null, "xterm")).as("a pipe")
        .isEqualTo(SearchCommand.MarkStyle.BRACKETS);
    assertThat(SearchCommand.resolved(SearchCommand.MarkStyle.AUTO, true, "1", "xterm")).as("NO_COLOR")
        .isEqualTo(SearchCommand.MarkStyle.BRACKETS);
    assertThat(SearchCommand.resolved(SearchCommand.MarkStyle.AUTO, true, "", "dumb")).isEqualTo(SearchCommand.MarkStyle.BRACKETS);
    assertThat(SearchCommand.resolved(SearchCommand.MarkStyle.NONE, true, null, "xterm")).isEqualTo(SearchCommand.MarkStyle.NONE);
    // a phrase is one mark; marks past a title cut at 100 characters are dropped with it
    assertThat(SearchCommand.marked("Kim Jong-un møtte Putin", List.of(new SearchPage.Mark(0, 11),
        new SearchPage.Mark(18, 23)), SearchCommand.MarkStyle.BRACKETS)).isEqualTo("[Kim Jong-un] møtte [Putin]");
  }

  /** {@code search '*'} lists every article, newest first; before, exit 2 with Lucene's "'*' not allowed as first character". */
  @Test
  void aStarListsEveryArticleNewestFirst() throws Exception {
    Run r = tidende("search", "--data", data.toString(), "--json", "*");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(jsonLines(r.out()).stream().map(h -> h.get("id").asText()).toList()).containsExactly("nb-1", "sv-1", "da-2", "da-1", "nn-1");
    assertThat(r.err()).contains("1–5 of 5 hits for '*'", ", newest first");
  }

  /** An untitled hit is named by its file and line, as the web page names it; before, "(no title)" alone, two alike. */
  @Test
  void anUntitledHitIsNamedByItsFile() throws Exception {
    Path untitled = Files.writeString(dir.resolve("untitled.jsonl"),
        "{\"id\":\"u-1\",\"lang\":\"nb\",\"text\":\"Kvernhuset ved elva brant ned natt til fredag.\"}\n"
            + "{\"id\":\"u-2\",\"lang\":\"nb\",\"text\":\"Eieren av kvernhuset vil bygge det opp igjen.\"}\n");
    Path folder = dir.resolve("untitled-data");
    assertThat(tidende("ingest", untitled.toString(), "--data", folder.toString(), "--quiet").exit()).isZero();
    Run r = tidende("search", "--data", folder.toString(), "kvernhuset");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains(". untitled.jsonl:1 (no title)\n", ". untitled.jsonl:2 (no title)\n");
  }

  @Test
  void jsonHitsParseAndFollowTheFilters() throws Exception {
    Run r = tidende("search", "--data", data.toString(), "--json", "Havørn", "-Kaptajn");
    assertThat(r.exit()).as(r.err()).isZero();
    List<JsonNode> hits = jsonLines(r.out());
    assertThat(hits).hasSize(1);
    JsonNode h = hits.get(0);
    assertThat(h.get("id").asText()).isEqualTo("nn-1");
    assertThat(h.get("source").asText()).isEqualTo("NRK");
    assertThat(h.get("url").asText()).isEqualTo("https://nrk.example/1");
    assertThat(h.get("language").asText()).isEqualTo("nn");
    assertThat(h.get("story").asText()).startsWith("s");
    assertThat(h.get("score").asDouble()).isPositive();
    assertThat(h.get("snippet").asText()).startsWith("Ferja Havørn fekk brann");
    assertThat(h.get("highlights").get(0).get(0).asInt()).as("Havørn marked").isEqualTo(6);
    assertThat(h.get("highlights").get(0).get(1).asInt()).isEqualTo(12);
    // the title's match too: "Brann om bord på ferja Havørn i Skagerrak"
    assertThat(h.get("title_highlights").toString()).isEqualTo("[[23,29]]");
    // `search --help` names every field a hit has (it listed 9 of 12: no file, line or highlights)
    String jsonHelp = String.join(" ", new CommandLine(new SearchCommand()).getCommandSpec()
        .findOption("--json").description());
    List<String> named = List.of(jsonHelp.substring(jsonHelp.lastIndexOf('(') + 1, jsonHelp.lastIndexOf(')')).split(", "));
    List<String> fields = new ArrayList<>();
    h.fieldNames().forEachRemaining(fields::add);
    assertThat(named).as("--json help").containsExactlyElementsOf(fields);
    List<String> danish = jsonLines(tidende("search", "--data", data.toString(), "--json", "--lang", "da", "Havørn").out())
        .stream().map(x -> x.get("id").asText()).toList();
    assertThat(danish).containsExactly("da-1");
    List<JsonNode> second = jsonLines(tidende("search", "--data", data.toString(), "--json", "--limit", "1", "--offset", "1",
        "Havørn").out());
    assertThat(second).hasSize(1);
  }

  @Test
  void badInputIsOneLineAndExitTwoAndNoHitsExitZero() throws Exception {
    Run bad = tidende("search", "--data", data.toString(), "Putin AND");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.out()).isEmpty();
    assertThat(bad.err().strip()).doesNotContain("\n")
        .startsWith("tidende search: cannot read the query 'Putin AND': 'AND' ends the query with no word after it");
    // GET /search leaves such a clause out and says so; the command refuses it, as it refuses title:Putin
    Run badLang = tidende("search", "--data", data.toString(), "Havørn lang:norwegian");
    assertThat(badLang.exit()).isEqualTo(2);
    assertThat(badLang.err().strip()).startsWith("tidende search: cannot read the query 'Havørn lang:norwegian': "
        + "lang: not a language code: 'norwegian' (Norwegian is no: nb and nn)");
    Run none = tidende("search", "--data", data.toString(), "blåbærsyltetøj");
    assertThat(none.exit()).isZero();
    assertThat(none.out().strip()).isEqualTo("no articles match 'blåbærsyltetøj'");
    Run missing = tidende("search", "--data", dir.resolve("nope").toString(), "Havørn");
    assertThat(missing.exit()).isEqualTo(2);
    // how to make one, said where a new user first meets it; before, "does not exist" alone
    assertThat(missing.err().strip()).isEqualTo("tidende search: data folder " + dir.resolve("nope") + " does not exist "
        + "(`tidende ingest PATH... --data " + dir.resolve("nope") + "` makes one, or give the folder `serve` writes with --data DIR)");
    Run notData = tidende("search", "--data", dir.toString(), "Havørn");
    assertThat(notData.exit()).isEqualTo(2);
    assertThat(notData.err().strip()).startsWith("tidende search: " + dir + " is not a Tidende data folder").doesNotContain("\n");
    Run limit = tidende("search", "--data", data.toString(), "--limit", "0", "Havørn");
    assertThat(limit.exit()).isEqualTo(2);
    assertThat(limit.err()).contains("--limit must be in 1..200, got 0");
    Run sort = tidende("search", "--data", data.toString(), "--sort", "oldest", "Havørn");
    assertThat(sort.exit()).isEqualTo(2);
    assertThat(sort.err().lines().toList()).containsExactly("tidende search: --sort: expected one of newest, relevance, got 'oldest'",
        "see 'tidende search --help'");
    Run story = tidende("stories", "--data", data.toString(), "--story", "sno-such");
    assertThat(story.exit()).isEqualTo(2);
    assertThat(story.err().strip()).isEqualTo("tidende stories: no story with id 'sno-such' in " + data);
    // an article's id taken for a story's: its story is named; a page past the end says so on stdout, as search does
    String opened = jsonLines(tidende("search", "--data", data.toString(), "--json", "Røst").out()).get(0).get("story").asText();
    Run article = tidende("stories", "--data", data.toString(), "--story", "nb-1");
    assertThat(article.exit()).isEqualTo(2);
    assertThat(article.err().strip()).isEqualTo("tidende stories: no story with id 'nb-1' in " + data + "; 'nb-1' is an article, in story "
        + opened);
    List<String> many = new ArrayList<>(List.of("search", "--data", data.toString()));
    for (int i = 0, chars = 0; chars < 990; i++) { // 300 distinct words (a0 b0 ... z11) read in 4 languages
      String w = (char) ('a' + i % 26) + String.valueOf(i / 26);
      many.add(w);
      chars += w.length() + 1;
    }
    Run tooLarge = tidende(many.toArray(String[]::new));
    assertThat(tooLarge.exit()).isEqualTo(2);
    assertThat(tooLarge.err().strip()).startsWith("tidende search: the query expands to more than 1024 clauses").doesNotContain("\n");
    Run dayFirst = tidende("stories", "--data", data.toString(), "--from", "24.04.2019");
    assertThat(dayFirst.exit()).isEqualTo(2);
    assertThat(dayFirst.err().strip()).isEqualTo("tidende stories: --from is not an ISO date (2019-04, 2019-04-25, 2019-04-25T10:00): "
        + "'24.04.2019'");
    Run backwards = tidende("stories", "--data", data.toString(), "--from", "2025-06-01", "--to", "2025-05-01");
    assertThat(backwards.exit()).isEqualTo(2);
    assertThat(backwards.err().strip()).isEqualTo("tidende stories: --from is after --to");
    Run past = tidende("stories", "--data", data.toString(), "--offset", "10", "--brief");
    assertThat(past.exit()).isZero();
    assertThat(past.out().strip()).isEqualTo("no stories past --offset 10 (3 in all)");
    Run both = tidende("stories", input.toString(), "--data", data.toString());
    assertThat(both.exit()).isEqualTo(2);
    Run storiesMissing = tidende("stories", "--data", dir.resolve("nope").toString());
    assertThat(storiesMissing.exit()).isEqualTo(2);
    assertThat(storiesMissing.err().strip()).startsWith("tidende stories: data folder " + dir.resolve("nope") + " does not exist "
        + "(`tidende ingest PATH... --data ");
  }

  /** --lang is read as ?lang= is: codes as users write them, a refusal naming the folder's languages, a note. */
  @Test
  void aLanguageOptionIsReadAsTheApiReadsIt() throws Exception {
    List<String> nynorsk = jsonLines(tidende("search", "--data", data.toString(), "--json", "--lang", "NN", "Havørn").out())
        .stream().map(x -> x.get("id").asText()).toList();
    assertThat(nynorsk).containsExactly("nn-1");
    List<String> norwegian = jsonLines(tidende("stories", "--data", data.toString(), "--json", "--lang", "no").out())
        .stream().flatMap(x -> StreamSupport.stream(x.get("articles").spliterator(), false))
        .map(a -> a.get("id").asText()).toList();
    assertThat(norwegian).contains("nn-1", "nb-1");
    for (String command : List.of("search", "stories")) {
      Run bad = command.equals("search") ? tidende("search", "--data", data.toString(), "--lang", "norwegian", "Havørn")
          : tidende("stories", "--data", data.toString(), "--lang", "norwegian");
      assertThat(bad.exit()).isEqualTo(2);
      assertThat(bad.err().strip()).isEqualTo("tidende " + command + ": --lang: not a language code: 'norwegian' "
          + "(Norwegian is no: nb and nn); the archive's languages: da, nb, nn, sv");
    }
    Run none = tidende("search", "--data", data.toString(), "--lang", "ru", "Havørn");
    assertThat(none.exit()).isZero();
    assertThat(none.out().strip()).isEqualTo("no articles match 'Havørn': no article is in Russian (ru); the archive's "
        + "languages: da, nb, nn, sv");
    Run noStories = tidende("stories", "--data", data.toString(), "--lang", "rus");
    assertThat(noStories.exit()).isZero();
    assertThat(noStories.out().strip()).isEqualTo("no stories match: no article is in Russian (ru); the archive's "
        + "languages: da, nb, nn, sv");
    Run json = tidende("stories", "--data", data.toString(), "--lang", "ru", "--json");
    assertThat(json.out()).isEmpty();
    assertThat(json.err()).contains("tidende stories: no article is in Russian (ru)");
  }

  /** --source is exact, as ?source= is; one in another case than stored says which was meant, as the API's note does. */
  @Test
  void aSourceInAnotherCaseIsNamed() throws Exception {
    Run lower = tidende("stories", "--data", data.toString(), "--source", "nrk");
    assertThat(lower.exit()).isZero();
    assertThat(lower.out().strip()).isEqualTo("no stories match: no story has the source 'nrk' (sources match exactly); "
        + "did you mean 'NRK'?");
    assertThat(tidende("stories", "--data", data.toString(), "--source", "nobody").out().strip()).isEqualTo("no stories match");
    Run search = tidende("search", "--data", data.toString(), "source:nrk");
    assertThat(search.exit()).isZero();
    assertThat(search.out().strip()).isEqualTo("no articles match 'source:nrk': no article has the source 'nrk' (sources match exactly); "
        + "did you mean 'NRK'?");
  }

  @Test
  void storedStoriesPrintAsTheStoriesOfTheFilesPrint() throws Exception {
    // the same articles clustered from the file and stored by ingest: the same stories, in text and JSON
    Run files = tidende("stories", input.toString());
    Run stored = tidende("stories", "--data", data.toString());
    assertThat(stored.exit()).as(stored.err()).isZero();
    assertThat(blocks(stored.out())).containsExactlyInAnyOrderElementsOf(blocks(files.out()));
    assertThat(stored.out()).contains("who/where:").contains("Havørn");
    List<JsonNode> fromFiles = jsonLines(tidende("stories", "--json", input.toString()).out());
    List<JsonNode> fromStore = jsonLines(tidende("stories", "--data", data.toString(), "--json").out());
    assertThat(fromStore).containsExactlyInAnyOrderElementsOf(fromFiles);
    // read back and written again, each stored story is the JSON it was
    fromStore.forEach(s -> assertThat(Json.story(Json.storyFrom(s))).isEqualTo(s));
    List<JsonNode> big = jsonLines(tidende("stories", "--data", data.toString(), "--json", "--min-size", "2").out());
    assertThat(big).hasSize(2).allMatch(s -> s.get("size").asInt() == 2);
    assertThat(stored.err()).contains("3 of 3 stories shown (biggest first) from " + data + " (5 articles)");
  }

  /**
   * A folder an older build indexed (its index of an older analysis version) is said so by {@code
   * stories --data} as by {@code search}: its story views are that build's until an ingest or a
   * server opens it; before, only search said it.
   */
  @Test
  void anOlderBuildsFolderIsSaidSoByStoriesAsBySearch() throws Exception {
    Path old = dir.resolve("older");
    Run made = tidende("ingest", input.toString(), "--data", old.toString(), "--quiet");
    assertThat(made.exit()).as(made.err()).isZero();
    try (var w = new IndexWriter(FSDirectory.open(old.resolve("index")),
        new IndexWriterConfig())) {
      Map<String, String> user = new HashMap<>();
      w.getLiveCommitData().forEach(e -> user.put(e.getKey(), e.getValue()));
      user.put("analysis", "5"); // as the build before index version 6 left it
      w.setLiveCommitData(user.entrySet());
      w.commit();
    }
    assertThat(tidende("search", "--data", old.toString(), "Havørn").err()).contains("; indexed by an older build (analysis version 5");
    Run stories = tidende("stories", "--data", old.toString());
    assertThat(stories.exit()).as(stories.err()).isZero();
    assertThat(stories.err()).contains("3 of 3 stories shown (biggest first) from " + old + " (5 articles); indexed by an older "
        + "build, so its story views are that build's and --entity may miss name spellings until `tidende serve`");
    assertThat(tidende("stories", "--data", data.toString()).err()).doesNotContain("older build");
  }

  private static List<String> blocks(String out) {
    return Arrays.stream(out.split("\n\n")).map(String::strip).filter(b -> !b.isEmpty()).toList();
  }

  @Test
  void whileAnArchiveHoldsTheFolderTheLastCommitIsReadAndTheRestCounted() throws Exception {
    Path held = dir.resolve("held");
    tidende("ingest", input.toString(), "--data", held.toString(), "--quiet");
    try (Archive archive = Service.openArchive(held, Duration.ofHours(1), m -> { })) {
      archive.ingest(List.of(new Article(new ArticleId("nb-2"), "test", 0, null,
          "NRK", "Ny brann på Havørn", "Ferja Havørn fikk ny brann i Skagerrak onsdag.", null,
          Language.NB, Map.of())));
      Run r = tidende("search", "--data", held.toString(), "--json", "Havørn");
      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(jsonLines(r.out())).extracting(h -> h.get("id").asText()).containsExactlyInAnyOrder("nn-1", "da-1");
      assertThat(r.err()).contains("1 article in the write-ahead log, not yet committed to the index, is not in it yet "
          + "(a running server commits every --commit-seconds; else the next serve or ingest on the folder commits it)");
      Run s = tidende("stories", "--data", held.toString(), "--brief");
      assertThat(s.exit()).as(s.err()).isZero();
      assertThat(s.err()).contains("of 3 stories shown").contains("1 article in the write-ahead log, not yet committed")
          .doesNotContain("the server took");
      // the holder is undisturbed: it stores and answers as before
      assertThat(archive.ingest(List.of(new Article(new ArticleId("nb-3"), "test", 0,
          null, "NRK", "Havørn i opplag", "Ferja Havørn blir liggende i opplag.", null,
          Language.NB, Map.of())))).hasSize(1);
      assertThat(archive.search("Havørn", null, 10, 0).total()).isEqualTo(4);
    }
    Run after = tidende("search", "--data", held.toString(), "--json", "Havørn");
    assertThat(jsonLines(after.out())).hasSize(4);
    assertThat(after.err()).doesNotContain("not in it yet");
  }

  @Test
  void besideARunningServerTheAnswersAreTheApis() throws Exception {
    Path served = dir.resolve("served");
    tidende("ingest", input.toString(), "--data", served.toString(), "--quiet");
    Service.Config cfg = new Service.Config(served, "127.0.0.1", 0, null, List.of(), Duration.ofMinutes(5),
        Duration.ofSeconds(1), HttpApi.Limits.defaults());
    try (Service service = Service.start(cfg, m -> { })) {
      String base = "http://127.0.0.1:" + service.port();
      Http.Response post = Http.post(base + "/articles", """
          {"id": "da-3", "lang": "da", "date": "2025-05-21T08:00", "source": "DR", "title": "Metrostrejken i København fortsætter", "text": "Strejken i Københavns metro fortsætter onsdag. Pendlere fra Malmø må tage bussen."}
          """);
      assertThat(post.status()).as(post.body()).isEqualTo(200);
      Await.until("seq 6 committed", () -> Http.get(base + "/health").json().at("/archive/committed_seq").asLong() >= 6);
      assertThat(Http.get(base + "/health").json().at("/archive/committed_seq").asLong()).isEqualTo(6);
      // a process of its own, as a user runs it beside the server
      CliRunner.Result search = CliRunner.run("search", "--data", served.toString(), "--json", "strejke", "København");
      assertThat(search.exit()).as(search.err()).isZero();
      JsonNode api = Http.get(base + "/search?q=" + URLEncoder.encode("strejke København", StandardCharsets.UTF_8)).json();
      assertThat(api.get("total").asInt()).isGreaterThanOrEqualTo(2);
      assertThat(jsonLines(search.out())).containsExactlyElementsOf(api.get("hits"));
      assertThat(jsonLines(search.out())).extracting(h -> h.get("id").asText()).contains("da-3");
      // newest first: the same order as ?sort=newest, by publication date
      Run newest = tidende("search", "--data", served.toString(), "--json", "--sort", "newest", "strejke", "København");
      assertThat(newest.exit()).as(newest.err()).isZero();
      JsonNode apiNewest = Http.get(base + "/search?sort=newest&q=" + URLEncoder.encode("strejke København", StandardCharsets.UTF_8)).json();
      assertThat(jsonLines(newest.out())).containsExactlyElementsOf(apiNewest.get("hits"));
      assertThat(jsonLines(newest.out())).extracting(h -> h.get("date").asText()).hasSizeGreaterThanOrEqualTo(2)
          .isSortedAccordingTo(Comparator.reverseOrder());
      assertThat(jsonLines(newest.out()).get(0).get("id").asText()).isEqualTo("da-3");
      assertThat(newest.err()).contains(", newest first in ");

      CliRunner.Result list = CliRunner.run("stories", "--data", served.toString(), "--json", "--sort", "newest");
      assertThat(list.exit()).as(list.err()).isZero();
      JsonNode page = Http.get(base + "/stories?sort=newest&limit=500&articles=1000").json();
      assertThat(jsonLines(list.out())).containsExactlyElementsOf(page.get("stories"));
      JsonNode biggest = Http.get(base + "/stories?sort=biggest&lang=da&min_size=2&articles=1000").json();
      Run listed = tidende("stories", "--data", served.toString(), "--json", "--lang", "da", "--min-size", "2");
      assertThat(jsonLines(listed.out())).containsExactlyElementsOf(biggest.get("stories")).isNotEmpty();
      // the API's other filters, as options
      JsonNode filtered = Http.get(base + "/stories?sort=biggest&articles=1000&source=DR&entity=Havoern&from=2025-03-01&to=2025-03-31").json();
      Run listedFiltered = tidende("stories", "--data", served.toString(), "--json", "--source", "DR", "--entity", "Havoern",
          "--from", "2025-03-01", "--to", "2025-03-31");
      assertThat(listedFiltered.exit()).as(listedFiltered.err()).isZero();
      assertThat(jsonLines(listedFiltered.out())).containsExactlyElementsOf(filtered.get("stories")).hasSize(1);
      JsonNode may = Http.get(base + "/stories?sort=biggest&articles=1000&from=2025-05").json();
      assertThat(jsonLines(tidende("stories", "--data", served.toString(), "--json", "--from", "2025-05").out()))
          .containsExactlyElementsOf(may.get("stories")).isNotEmpty();
      JsonNode norwegian = Http.get(base + "/stories?sort=biggest&lang=no&articles=1000").json();
      Run listedNo = tidende("stories", "--data", served.toString(), "--json", "--lang", "NO");
      assertThat(jsonLines(listedNo.out())).containsExactlyElementsOf(norwegian.get("stories")).hasSize(2);

      String id = page.get("stories").get(0).get("id").asText();
      Run one = tidende("stories", "--data", served.toString(), "--json", "--story", id);
      assertThat(one.exit()).as(one.err()).isZero();
      assertThat(jsonLines(one.out())).containsExactly(Http.get(base + "/stories/" + id).json());
    }
  }

  /**
   * A folder an older build indexed (here analysis version 5, before session 34's version 6) is
   * said to miss numbers written with a narrow no-break space, with the command that indexes it
   * again; that command, an {@code ingest} of an empty folder, indexes it again (the note is gone).
   * Before, the note said "some word forms and name spellings", and no command.
   */
  @Test
  void anOlderFolderIsToldWhatItMissesAndHowToIndexItAgain(@TempDir Path tmp) throws Exception {
    Path old = tmp.resolve("old");
    Path file = Files.writeString(tmp.resolve("n.jsonl"),
        "{\"id\": \"n-1\", \"lang\": \"nb\", \"title\": \"Stor dugnad\", \"text\": \"Over 10\u202f000 frivillige ryddet strender.\"}\n");
    assertThat(tidende("ingest", file.toString(), "--data", old.toString(), "--quiet").exit()).isZero();
    try (var w = new IndexWriter(FSDirectory.open(old.resolve("index")),
        new IndexWriterConfig())) {
      Map<String, String> user = new HashMap<>();
      w.getLiveCommitData().forEach(e -> user.put(e.getKey(), e.getValue()));
      user.put("analysis", "5");
      w.setLiveCommitData(user.entrySet());
      w.commit();
    }
    Run before = tidende("search", "--data", old.toString(), "strender");
    assertThat(before.err()).contains("indexed by an older build (analysis version 5, this build's 7), so a search here misses "
        + "numbers written with a no-break or narrow space ('10\u202f000' for '10 000'), two- and three-letter acronyms by name key "
        + "('TT' keyed as 'T'); to index it again from its stored texts, run "
        + "`tidende ingest --data " + old + " DIR` once (any file, or an empty folder, as DIR) or start `tidende serve --data " + old + "`");
    Path empty = Files.createDirectory(tmp.resolve("empty"));
    Run again = tidende("ingest", "--data", old.toString(), empty.toString());
    assertThat(again.exit()).as(again.err()).isZero();
    Run after = tidende("search", "--data", old.toString(), "10 000");
    assertThat(after.err()).doesNotContain("older build").contains("1–1 of 1 hit");
    assertThat(SearchCommand.olderBuild(0, 7, old)).contains("version unrecorded", "by their stem", "other spellings", "10\u202f000",
        "acronyms");
    assertThat(SearchCommand.olderBuild(6, 7, old)).contains("misses two- and three-letter acronyms by name key ('TT' keyed as 'T');");
  }
}
