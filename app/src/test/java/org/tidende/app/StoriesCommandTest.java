package org.tidende.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: the real CLI in its own JVM on the seeds, the bundled samples and bad input. */
class StoriesCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<JsonNode> parse(String jsonLines) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String l : jsonLines.split("\n")) {
      if (!l.isBlank()) {
        out.add(JSON.readTree(l));
      }
    }
    return out;
  }

  @Test
  void seedsFormOneStoryInNynorskAndDanish() throws Exception {
    Path seeds = CliRunner.projectRoot().resolve("../shared/samples/seeds");
    assumeTrue(Files.isDirectory(seeds), "seeds not found at " + seeds);
    CliRunner.Result r = CliRunner.run("stories", "--json", seeds.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    List<JsonNode> stories = parse(r.out());
    assertThat(stories).hasSize(1);
    JsonNode s = stories.get(0);
    assertThat(s.get("id").asText()).isNotBlank();
    assertThat(s.get("headline").asText()).isNotBlank();
    List<String> langs = new ArrayList<>();
    s.get("articles").forEach(a -> langs.add(a.get("language").asText()));
    assertThat(langs).containsExactlyInAnyOrder("nn", "nn", "da");
    s.get("articles").forEach(a -> {
      assertThat(a.get("id").asText()).isNotBlank();
      assertThat(a.get("file").asText()).endsWith(".txt");
      assertThat(a.has("title")).isTrue();
      assertThat(a.has("date")).isTrue();
      // only 001 is dated ("date 2019-04"); the undated two take the story's month, marked inferred
      assertThat(a.get("date").asText()).isEqualTo("2019-04");
      assertThat(a.path("date_inferred").asBoolean()).isEqualTo(!a.get("file").asText().contains("001_"));
    });
    assertThat(r.err()).contains("read 3 articles, rejected 0");
    // why the Danish report is with the Nynorsk ones: the names it shares, as it writes them
    String danishId = null;
    for (JsonNode a : s.get("articles")) {
      if (a.get("file").asText().contains("004_")) {
        danishId = a.get("id").asText();
      }
    }
    JsonNode danish = null;
    for (JsonNode l : s.get("links")) {
      if (l.get("article").asText().equals(danishId)) {
        danish = l;
      }
    }
    assertThat(danish).isNotNull();
    assertThat(danish.get("names").toString()).contains("Juri Ushakov", "Vladivostok", "Putin");
    CliRunner.Result text = CliRunner.run("stories", seeds.toString());
    assertThat(text.out()).contains("why together (names and numbers shared with the others):")
        .containsPattern("004_\\S+\\s+.*Juri Ushakov");
  }

  @Test
  void samplesGiveReadableStoriesAndKeepEventsOfTheSameKindApart() throws Exception {
    CliRunner.Result r = CliRunner.run("stories", "samples");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("== ").contains("articles ·");
    // the Quickstart's first command: the samples' README is named as skipped, a note, no warning
    assertThat(r.err()).contains("samples: README.md skipped as documentation (note)").doesNotContain("warning");
    // the NTB text printed twice is one "copies" line, and the passages listed first are the other members'
    assertThat(r.out()).contains("   copies: fvn-havoern-evakuert.txt = ntb-havoern-brann.txt");
    String longest = r.out().lines().dropWhile(l -> !l.startsWith("   shared passages:")).skip(1).findFirst().orElseThrow();
    assertThat(longest).doesNotContain("ntb-havoern-brann.txt").doesNotContain("fvn-havoern-evakuert.txt ~ ntb");
    CliRunner.Result j = CliRunner.run("stories", "--json", "samples");
    List<JsonNode> stories = parse(j.out());
    JsonNode fire = stories.stream().filter(s -> s.toString().contains("ntb-havoern-brann.txt")).findFirst().orElseThrow();
    assertThat(fire.toString()).contains("fvn-havoern-evakuert.txt", "ritzau-havoern.txt", "tt-havoern.txt")
        .doesNotContain("later-ferry-grounding.txt");
    // English reports join the Scandinavian stories through shared names and numbers alone
    assertThat(fire.toString()).contains("sample-havorn-en-1");
    JsonNode reef = stories.stream().filter(s -> s.toString().contains("sample-reef-nn-1")).findFirst().orElseThrow();
    assertThat(reef.toString()).contains("sample-reef-en-1", "sample-reef-sv-1").doesNotContain("sample-quake");
    // the English report's first sentence translates the Swedish lead: a translated passage, and the
    // summary gives one of the two only
    List<JsonNode> translated = new ArrayList<>();
    reef.get("passages").forEach(p -> {
      if (p.get("translated").asBoolean()) {
        translated.add(p);
      }
    });
    assertThat(translated).anySatisfy(p -> {
      assertThat(p.get("a").asText() + p.get("b").asText()).contains("sample-reef-en-1").contains("sample-reef-sv-1");
      assertThat(p.get("cross_language").asBoolean()).isTrue();
    });
    assertThat(reef.get("summary").toString()).doesNotContain("Norwegian research vessel G.O. Sars");
    assertThat(r.out()).contains("of them translated)");
    // a translated passage's score is the share of anchors matched, not of words: the line says so
    assertThat(r.out().lines().filter(l -> l.contains("~ ") && l.contains("nordic-wire.rss:15")))
        .anyMatch(l -> l.endsWith("(translated: names and numbers agree)"));
    JsonNode metro = stories.stream().filter(s -> s.toString().contains("sample-metro-da-1")).findFirst().orElseThrow();
    assertThat(metro.toString()).contains("sample-metro-sv-1").doesNotContain("sample-reef");
    // the English report names Copenhagen only at sentence starts, Denmark only as "Danish": read across languages
    assertThat(metro.toString()).contains("sample-metro-en-1");
    // a time the source gave with an offset is printed on its clock with that offset, not as a bare UTC time
    assertThat(metro.get("first").asText()).isEqualTo("2025-05-20T07:15+02:00");
    JsonNode english = StreamSupport.stream(fire.get("articles").spliterator(), false)
        .filter(a -> a.get("id").asText().equals("sample-havorn-en-1")).findFirst().orElseThrow();
    assertThat(english.get("date").asText()).isEqualTo("2025-03-11T16:05+01:00");
    assertThat(r.out()).contains("2025-03-11T16:05+01:00  en   nordic-wire.rss:8").doesNotContain("T15:05");
  }

  @Test
  void badInputIsReportedWithFileAndLineAndTheRestIsProcessed(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.jsonl"), "{\"id\":\"ok1\",\"title\":\"Ferja er tilbake i rute\",\"text\":\"Alt er normalt.\"}\n"
        + "{broken json\n");
    Files.write(dir.resolve("b.txt"), new byte[0]);
    CliRunner.Result r = CliRunner.run("stories", "--json", dir.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.err()).contains(dir.resolve("a.jsonl") + ":2: malformed JSON").contains(dir.resolve("b.txt") + ": empty file")
        .contains("read 1 article, rejected 2");
    assertThat(parse(r.out())).hasSize(1);
  }

  @Test
  void nothingReadableExitsWithTwo(@TempDir Path dir) throws Exception {
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    CliRunner.Result r = CliRunner.run("stories", dir.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("empty file");
  }

  @Test
  void noEmbeddingsWithADataFolderIsAUsageError(@TempDir Path dir) throws Exception {
    CliRunner.Result r = CliRunner.run("stories", "--data", dir.toString(), "--no-embeddings");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("tidende stories: --no-embeddings clusters the files given (PATH...); a data folder's "
        + "stories are clustered already\n");
  }

  @Test
  void unknownOptionIsAUsageError() throws Exception {
    CliRunner.Result r = CliRunner.run("stories", "--qqqq", "samples"); // "--no-such-option": did you mean --no-embeddings?
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("tidende stories: unknown option '--qqqq'\nsee 'tidende stories --help'\n");
  }

  @Test
  void titleAndDateFieldsAreTakenFromTheRecordsWhereTheyHaveThem(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("frontpages.jsonl");
    Files.writeString(f, "{\"id\":\"a\",\"title\":\"Samfund Abonnement Storm lukker Storebæltsbroen\","
        + "\"title_clean\":\"Storm lukker Storebæltsbroen\",\"date\":\"2023-01-19T10:00\",\"first_seen\":\"2023-01-18T08:00\"}\n");
    CliRunner.Result r = CliRunner.run("stories", "--json", "--title-field", "title_clean", "--date-field", "first_seen",
        f.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode a = parse(r.out()).get(0).get("articles").get(0);
    assertThat(a.get("title").asText()).isEqualTo("Storm lukker Storebæltsbroen");
    assertThat(a.get("date").asText()).startsWith("2023-01-18");
    JsonNode raw = parse(CliRunner.run("stories", "--json", f.toString()).out()).get(0).get("articles").get(0);
    assertThat(raw.get("title").asText()).startsWith("Samfund Abonnement");
  }

  @Test
  void aTitleOrDateFieldNoArticleHasIsWarnedAbout(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("a.jsonl");
    Files.writeString(f, "{\"id\":\"a\",\"title\":\"Storm lukker broen\",\"first_seen\":\"2023-01-18T08:00\"}\n");
    CliRunner.Result typo = CliRunner.run("stories", "--brief", f.toString(), "--date-field", "frist_seen",
        "--title-field", "title_clena");
    assertThat(typo.exit()).as(typo.err()).isZero();
    assertThat(typo.err())
        .contains("--date-field frist_seen: no article has a readable date in this field; dates are kept as read (warning)")
        .contains("--title-field title_clena: no article has a title in this field; titles are kept as read (warning)")
        .contains("read 1 article, rejected 0, 2 warning(s)");
    CliRunner.Result right = CliRunner.run("stories", "--brief", f.toString(), "--date-field", "first_seen");
    assertThat(right.err()).doesNotContain("warning");
    // the reader's own fields: nothing to take from elsewhere, and no misspelling to warn of
    Path dated = dir.resolve("dated.jsonl");
    Files.writeString(dated, "{\"id\":\"a\",\"title\":\"Storm lukker broen\",\"date\":\"2023-01-18T08:00\"}\n");
    CliRunner.Result own = CliRunner.run("stories", "--brief", dated.toString(), "--title-field", "title",
        "--date-field", "date");
    assertThat(own.exit()).as(own.err()).isZero();
    assertThat(own.err()).doesNotContain("warning");
  }

  @Test
  void aMinSizeBelowOneIsAUsageError() throws Exception {
    for (String bad : new String[] {"0", "-3"}) {
      CliRunner.Result r = CliRunner.run("stories", "samples", "--min-size", bad);
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).isEqualTo("tidende stories: --min-size must be >= 1, got " + bad + "\n");
      assertThat(r.out()).isEmpty();
    }
  }

  /**
   * The story views are counted on stderr as the reading and clustering are: on the 50,219 Danish
   * front pages stderr said nothing for the 100 s they took after the clustering's count. Only the
   * stories --min-size shows are built and counted; the summary still counts every story.
   */
  @Test
  void buildingTheStoriesShowsProgressAndBuildsOnlyThoseShown() throws Exception {
    CliRunner.Result all = CliRunner.run("stories", "--brief", "--progress", "samples");
    assertThat(all.exit()).as(all.err()).isZero();
    assertThat(all.err()).contains("\rclustering: ").contains("\rstories: 1/5 (20%)")
        .contains("; 5 stories (5 shown)");
    CliRunner.Result big = CliRunner.run("stories", "--brief", "--progress", "--min-size", "2", "samples");
    assertThat(big.exit()).as(big.err()).isZero();
    assertThat(big.err()).contains("\rstories: 1/3 (33%)").contains("; 5 stories (3 shown)");
    String[] blocks = all.out().split("\n\n");
    assertThat(big.out()).isEqualTo(blocks[0] + "\n\n" + blocks[1] + "\n\n" + blocks[2] + "\n\n");
  }

  /** {@code -} reads standard input: {@code zcat x.jsonl.gz | tidende stories -}; it was "-: no such file or folder". */
  @Test
  void aDashReadsStandardInput() throws Exception {
    byte[] metro = Files.readAllBytes(CliRunner.projectRoot().resolve("samples/metro-and-reef.jsonl"));
    CliRunner.Result piped = CliRunner.runWithInput(metro, "stories", "--json", "-");
    assertThat(piped.exit()).as(piped.err()).isZero();
    assertThat(piped.err()).isEqualTo("read 6 articles, rejected 0; 3 stories (3 shown)\n");
    CliRunner.Result file = CliRunner.run("stories", "--json", "samples/metro-and-reef.jsonl");
    assertThat(piped.out()).isEqualTo(file.out().replace("\"samples/metro-and-reef.jsonl\"", "\"stdin\""));
    CliRunner.Result empty = CliRunner.runWithInput(new byte[0], "stories", "-");
    assertThat(empty.exit()).isEqualTo(2);
    assertThat(empty.err()).startsWith("stdin: empty file\n");
  }

  /** --brief shortens the text only; --json with it printed whole stories, which --help did not say. */
  @Test
  void theHelpSaysBriefIsForTheTextOnly() throws Exception {
    CliRunner.Result help = CliRunner.run("stories", "--help");
    assertThat(help.out().replaceAll("\\s+", " ")).contains("the text only: --json prints whole stories");
    CliRunner.Result both = CliRunner.run("stories", "--json", "--brief", "samples/metro-and-reef.jsonl");
    CliRunner.Result json = CliRunner.run("stories", "--json", "samples/metro-and-reef.jsonl");
    assertThat(both.out()).isEqualTo(json.out());
  }

  /** A threshold out of (0, 1) was a stack trace and exit 1, after every file had been read. */
  @Test
  void aThresholdOutOfRangeIsAUsageErrorBeforeReading() throws Exception {
    for (String bad : new String[] {"-3", "1.5", "0"}) {
      CliRunner.Result r = CliRunner.run("stories", "samples", "--threshold", bad);
      assertThat(r.exit()).as(r.err()).isEqualTo(2);
      assertThat(r.err()).startsWith("tidende stories: --threshold: ").contains("must be in (0, 1)")
          .doesNotContain("Exception").doesNotContain("skipped");
      assertThat(r.err().lines()).hasSize(1);
      assertThat(r.out()).isEmpty();
    }
  }

  /** Each usage error of stories names the command as its parse errors do ("tidende stories: ..."); these said "stories:". */
  @Test
  void usageErrorsNameTheCommandAsParseErrorsDo() throws Exception {
    CliRunner.Result noPath = CliRunner.run("stories");
    assertThat(noPath.exit()).isEqualTo(2);
    assertThat(noPath.err()).isEqualTo(
        "tidende stories: give the files or folders to read (PATH...), or a data folder with --data DIR\n"
        + "see 'tidende stories --help'\n");
    CliRunner.Result filterWithoutData = CliRunner.run("stories", "samples", "--story", "x");
    assertThat(filterWithoutData.exit()).isEqualTo(2);
    assertThat(filterWithoutData.err()).startsWith("tidende stories: --story, --sort, ").endsWith("add --data DIR\nsee 'tidende stories --help'\n");
    assertThat(filterWithoutData.out()).isEmpty();
  }

  /**
   * A stop (SIGTERM, as Ctrl-C) while stories are clustered ends the progress line and says nothing
   * was written, exit 130; it left the line unfinished, said nothing and ended 143.
   */
  @Test
  void aStopWhileClusteringEndsTheLineAndSaysNothingWasWritten(@TempDir Path dir) throws Exception {
    Path input = dir.resolve("many.jsonl");
    Files.writeString(input, CliRunner.manyRecords(30_000));
    Path err = dir.resolve("err.txt");
    Path out = dir.resolve("out.txt");
    Process p = CliRunner.start(err, out, "stories", input.toString(), "--no-embeddings", "--progress", "--quiet");
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
    while (p.isAlive() && System.nanoTime() < deadline
        && !(Files.exists(err) && Files.readString(err).matches("(?s).*clustering: [1-9][\\d,]*/.*"))) {
      Thread.sleep(100);
    }
    assertThat(p.isAlive()).as("still clustering when stopped: %s", Files.readString(err)).isTrue();
    p.destroy(); // SIGTERM
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).isEqualTo(130);
    assertThat(Files.readString(err)).endsWith("\r" + " ".repeat(78) + "\rtidende stories: stopped; nothing was written\n");
    assertThat(Files.readString(out)).isEmpty();
  }
}
