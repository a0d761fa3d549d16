package org.tidende.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The eval command end to end, with the quality floor of the first clusterer on ECB+ dev. */
class EvalCommandTest {

  @Test
  void ecbPlusDevMeetsTheFloorAndPrintsEveryField() throws Exception {
    Path f = CliRunner.projectRoot().resolve("../shared/data/clustering/ecbplus-dev.jsonl");
    assumeTrue(Files.exists(f), "ECB+ dev not found at " + f);
    CliRunner.Result r = CliRunner.run("eval", f.toString(), "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode o = new ObjectMapper().readTree(r.out());
    for (String k : new String[] {"bcubed", "pairwise"}) {
      assertThat(o.get(k).get("p").asDouble()).isBetween(0.0, 1.0);
      assertThat(o.get(k).get("r").asDouble()).isBetween(0.0, 1.0);
      assertThat(o.get(k).get("f1").asDouble()).isBetween(0.0, 1.0);
    }
    assertThat(o.get("articles").asInt()).isEqualTo(772);
    assertThat(o.get("gold_clusters").asInt()).isEqualTo(66);
    assertThat(o.get("clusters").asInt()).isPositive();
    assertThat(o.get("articles_per_second").asDouble()).isPositive();
    assertThat(o.get("bcubed").get("f1").asDouble()).isGreaterThanOrEqualTo(0.84);
  }

  @Test
  void articlesWithoutAGoldLabelAreReportedFiveThenACount(@TempDir Path dir) throws Exception {
    StringBuilder b = new StringBuilder();
    b.append("{\"id\":\"g1\",\"title\":\"Brann i Bergen sentrum\",\"cluster\":\"a\"}\n");
    for (int i = 1; i <= 8; i++) {
      b.append("{\"id\":\"n").append(i).append("\",\"title\":\"Flom i dalen ").append(i).append("\"}\n");
    }
    Path f = dir.resolve("some-labelled.jsonl");
    Files.writeString(f, b);
    CliRunner.Result r = CliRunner.run("eval", f.toString(), "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err().lines().filter(l -> l.contains("no gold label"))).containsExactly(
        f + ":2: no gold label 'cluster'", f + ":3: no gold label 'cluster'", f + ":4: no gold label 'cluster'",
        f + ":5: no gold label 'cluster'", f + ":6: no gold label 'cluster'");
    assertThat(r.err()).contains(f + ": 3 more article(s) without gold label 'cluster', 8 in all\n")
        .contains("read 9 articles, rejected 8");
  }

  /**
   * A blank gold label ({@code "cluster": ""}, as an export writes an unlabelled row) is no story: it
   * is reported as unscored, where the blank-labelled articles were scored as one gold story together,
   * three unrelated reports counted as one story the clusterer had split.
   */
  @Test
  void aBlankGoldLabelIsReportedAndNotScoredAsOneStory(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("blank.jsonl");
    Files.writeString(f, String.join("\n",
        "{\"id\":\"g1\",\"title\":\"Brann i Bergen sentrum\",\"cluster\":\"a\"}",
        "{\"id\":\"b1\",\"title\":\"Flom i Trondheim\",\"cluster\":\"\"}",
        "{\"id\":\"b2\",\"title\":\"Valg i Sverige\",\"cluster\":\"  \"}",
        "{\"id\":\"b3\",\"title\":\"Snøstorm i Tromsø\",\"cluster\":\"\"}") + "\n");
    CliRunner.Result r = CliRunner.run("eval", f.toString(), "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains(f + ":2: blank gold label 'cluster', not scored\n")
        .contains(f + ":3: blank gold label 'cluster', not scored\n").contains("read 4 articles, rejected 3");
    JsonNode o = new ObjectMapper().readTree(r.out());
    assertThat(o.get("articles").asInt()).isEqualTo(1);
    assertThat(o.get("gold_clusters").asInt()).isEqualTo(1);
  }

  /**
   * Two reports of one earthquake told in other words join through their sentence vectors (the
   * same invented texts as core's SentenceEmbedderTest); {@code --no-embeddings} leaves them apart.
   */
  @Test
  void noEmbeddingsTurnsTheEnglishSentenceVectorsOff(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("quake.jsonl");
    Files.writeString(f, String.join("\n",
        "{\"id\":\"match\",\"lang\":\"en\",\"title\":\"United beat City in derby\",\"text\":\"United won the derby against "
            + "City on Sunday with two late goals. Fans celebrated in the streets after the final whistle. The coach "
            + "praised his players.\",\"cluster\":\"m\"}",
        "{\"id\":\"quake\",\"lang\":\"en\",\"title\":\"Earthquake shakes northern Chile\",\"text\":\"A strong earthquake "
            + "struck northern Chile on Tuesday, damaging homes in several towns. Residents fled into the streets as "
            + "buildings swayed. Officials said nobody had died.\",\"cluster\":\"q\"}",
        "{\"id\":\"tremor\",\"lang\":\"en\",\"title\":\"Quake rattles desert towns\",\"text\":\"A powerful tremor hit the "
            + "north of Chile overnight, cracking walls of homes in desert villages. People ran outside while the ground "
            + "moved. Authorities reported no fatalities.\",\"cluster\":\"q\"}") + "\n");
    CliRunner.Result with = CliRunner.run("eval", f.toString(), "--json");
    assertThat(with.exit()).as(with.err()).isZero();
    assertThat(new ObjectMapper().readTree(with.out()).get("clusters").asInt()).isEqualTo(2);
    CliRunner.Result without = CliRunner.run("eval", f.toString(), "--json", "--no-embeddings");
    assertThat(without.exit()).as(without.err()).isZero();
    assertThat(new ObjectMapper().readTree(without.out()).get("clusters").asInt()).isEqualTo(3);
    CliRunner.Result set = CliRunner.run("eval", f.toString(), "--json", "--set", "embeddingWeight=0");
    assertThat(new ObjectMapper().readTree(set.out()).get("clusters").asInt()).as("the same switch").isEqualTo(3);
  }

  @Test
  void negativeShufflesIsAUsageError(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("one.jsonl");
    Files.writeString(f, "{\"id\":\"g1\",\"title\":\"Brann i Bergen sentrum\",\"cluster\":\"a\"}\n");
    CliRunner.Result r = CliRunner.run("eval", f.toString(), "--shuffles", "-1");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("tidende eval: --shuffles must be >= 0, got -1\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void assignmentsListEveryArticleWithItsStoryOnArrivalAndAtTheEnd(@TempDir Path dir)
      throws Exception {
    Path f = CliRunner.projectRoot().resolve("../shared/data/clustering/business-energy-news.jsonl");
    assumeTrue(Files.exists(f), "business-energy-news not found at " + f);
    Path tsv = dir.resolve("a.tsv");
    CliRunner.Result r = CliRunner.run("eval", f.toString(), "--assignments", tsv.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> lines = Files.readAllLines(tsv);
    assertThat(lines.get(0)).isEqualTo("id\tgold\tstory\tstory_on_arrival\topened\tsimilarity_on_arrival");
    assertThat(lines).hasSize(101);
    int opened = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split("\t");
      assertThat(c).as(line).hasSize(6);
      assertThat(Double.parseDouble(c[5])).as(line).isBetween(0.0, 1.0);
      opened += Boolean.parseBoolean(c[4]) ? 1 : 0;
    }
    // every predicted story was opened by one article
    long stories = lines.stream().skip(1).map(l -> l.split("\t")[3]).distinct().count();
    assertThat(opened).isEqualTo((int) stories);
  }

  /**
   * An assignments file that cannot be written, and a threshold out of range, are refused before the
   * replay, exit 2: the first was said after the scores with exit 0, the file never written; the second
   * was a stack trace, exit 1.
   */
  @Test
  void anUnwritableAssignmentsFileOrABadThresholdIsRefusedBeforeTheReplay(@TempDir Path dir)
      throws Exception {
    Path f = CliRunner.projectRoot().resolve("../shared/data/clustering/business-energy-news.jsonl");
    assumeTrue(Files.exists(f), "business-energy-news not found at " + f);
    Path missingFolder = dir.resolve("no/such/folder/a.tsv");
    CliRunner.Result r = CliRunner.run("eval", f.toString(), "--assignments", missingFolder.toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("tidende eval: --assignments: cannot write " + missingFolder + ": no folder "
        + missingFolder.getParent() + "\n");
    assertThat(r.out()).isEmpty();
    CliRunner.Result folder = CliRunner.run("eval", f.toString(), "--assignments", dir.toString());
    assertThat(folder.exit()).isEqualTo(2);
    assertThat(folder.err()).endsWith(": it is a folder\n");
    CliRunner.Result threshold = CliRunner.run("eval", f.toString(), "--threshold", "5");
    assertThat(threshold.exit()).as(threshold.err()).isEqualTo(2);
    assertThat(threshold.err()).startsWith("tidende eval: ").contains("must be in (0, 1)").doesNotContain("Exception");
    assertThat(threshold.out()).isEmpty();
  }

  /** {@code eval -} scores standard input as the file, and names it "stdin" as its articles are named (it said "-"). */
  @Test
  void standardInputIsScoredAsTheFileAndNamedStdin() throws Exception {
    Path f = CliRunner.projectRoot().resolve("../shared/data/clustering/business-energy-news.jsonl");
    assumeTrue(Files.exists(f), "business-energy-news not found at " + f);
    CliRunner.Result file = CliRunner.run("eval", f.toString(), "--json");
    CliRunner.Result piped = CliRunner.runWithInput(Files.readAllBytes(f), "eval", "-", "--json");
    assertThat(piped.exit()).as(piped.err()).isZero();
    JsonNode a = new ObjectMapper().readTree(file.out());
    JsonNode b = new ObjectMapper().readTree(piped.out());
    assertThat(b.get("file").asText()).isEqualTo("stdin");
    assertThat(b.get("bcubed")).isEqualTo(a.get("bcubed"));
    assertThat(b.get("pairwise")).isEqualTo(a.get("pairwise"));
  }

  @Test
  void shufflesReportEachSeededOrderAndTheirMeanAndMinimum() throws Exception {
    Path f = CliRunner.projectRoot().resolve("../shared/data/clustering/business-energy-news.jsonl");
    assumeTrue(Files.exists(f), "business-energy-news not found at " + f);
    CliRunner.Result r = CliRunner.run("eval", f.toString(), "--shuffles", "3", "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode sh = new ObjectMapper().readTree(r.out()).get("shuffles");
    assertThat(sh.get("runs").asInt()).isEqualTo(3);
    JsonNode each = sh.get("each");
    assertThat(each).hasSize(3);
    double sum = 0;
    double min = 1;
    for (JsonNode run : each) {
      double f1 = run.get("bcubed").get("f1").asDouble();
      assertThat(f1).isBetween(0.0, 1.0);
      assertThat(run.get("articles").asInt()).isEqualTo(100);
      sum += f1;
      min = Math.min(min, f1);
    }
    assertThat(sh.get("bcubed_f1_mean").asDouble()).isCloseTo(sum / 3, Offset.offset(2e-4));
    assertThat(sh.get("bcubed_f1_min").asDouble()).isCloseTo(min, Offset.offset(1e-4));
    assertThat(each.get(0).get("seed").asInt()).isEqualTo(1);
  }

  @Test
  void labelsKeptApartSelectAndLabelADayOfAnArchive() throws Exception {
    Path f = CliRunner.projectRoot().resolve("../shared/data/scandinavian/sv-rss-2025-09.jsonl");
    assumeTrue(Files.exists(f), "Swedish feeds not found at " + f);
    Path labels = CliRunner.projectRoot().resolve("eval/labels/sv-2025-09-19.tsv");
    CliRunner.Result r = CliRunner.run("eval", f.toString(), "--labels", labels.toString(), "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("181 of 1,386 articles");
    JsonNode o = new ObjectMapper().readTree(r.out());
    assertThat(o.get("articles").asInt()).isEqualTo(181);
    assertThat(o.get("gold_clusters").asInt()).isEqualTo(132);
  }

  /** Counts of one read as words do: "1 article, 1 predicted cluster, 1 gold cluster", not "1 articles". */
  @Test
  void countsOfOneAreSingular(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("one.jsonl");
    Files.writeString(f, "{\"id\":\"a\",\"title\":\"Storm lukker broen\",\"cluster\":\"e1\"}\n");
    Path labels = dir.resolve("labels.tsv");
    Files.writeString(labels, "a\te1\nb\te2\n");
    CliRunner.Result r = CliRunner.run("eval", f.toString(), "--labels", labels.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains(": 1 article, 1 predicted cluster, 1 gold cluster\n");
    assertThat(r.err()).contains("1 of 1 article in " + f + " has a label in " + labels)
        .contains("1 labelled id not found in " + f);
  }

  @Test
  void titleAndDateFieldsReplaceTheRecordsOwn(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("a.jsonl");
    Files.writeString(f, String.join("\n",
        "{\"id\":\"a\",\"title\":\"Samfund Abonnement Storm lukker broen\",\"title_clean\":\"Storm lukker broen\","
            + "\"date\":\"2023-01-19T10:00\",\"first_seen\":\"2023-01-18T08:00\",\"cluster\":\"e1\"}",
        "{\"id\":\"b\",\"title\":\"Storm lukker broen igen\",\"first_seen\":\"2023-01-18T09:00\",\"cluster\":\"e1\"}"));
    Path tsv = dir.resolve("assign.tsv");
    CliRunner.Result r = CliRunner.run("eval", f.toString(), "--title-field", "title_clean", "--date-field", "first_seen",
        "--assignments", tsv.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    // a before b: a's first_seen (08:00) is used, not its date (the next day)
    List<String> lines = Files.readAllLines(tsv);
    assertThat(lines.get(1)).startsWith("a\t");
    assertThat(lines.get(2)).startsWith("b\t");
  }

  @Test
  void aBrokenLabelsFileIsReportedByLine(@TempDir Path dir) throws Exception {
    Path f = CliRunner.projectRoot().resolve("../shared/data/clustering/business-energy-news.jsonl");
    assumeTrue(Files.exists(f), "business-energy-news not found at " + f);
    Path labels = dir.resolve("l.tsv");
    Files.writeString(labels, "# ids\nx\te1\ny\n");
    CliRunner.Result r = CliRunner.run("eval", f.toString(), "--labels", labels.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("line 3 is not 'id TAB label'");
    CliRunner.Result missing = CliRunner.run("eval", f.toString(), "--labels", dir.resolve("none.tsv").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("none.tsv: no such file");
  }

  @Test
  void aRepeatedIdIsReportedAndTheAssignmentsAreStillWritten(@TempDir Path dir)
      throws Exception {
    Path f = dir.resolve("a.jsonl");
    Files.writeString(f, String.join("\n",
        "{\"id\":\"a\",\"title\":\"Earthquake hits northern Chile\",\"text\":\"A strong earthquake hit Chile.\",\"cluster\":\"q\"}",
        "{\"id\":\"b\",\"title\":\"Chile earthquake kills two\",\"text\":\"Two died in the Chile earthquake.\",\"cluster\":\"q\"}",
        "{\"id\":\"b\",\"title\":\"Cup final in London tonight\",\"text\":\"Fans travel to London.\",\"cluster\":\"f\"}",
        "{\"id\":\"d\",\"title\":\"London cup final\",\"text\":\"The final is played tonight.\",\"cluster\":\"f\"}"));
    Path tsv = dir.resolve("assign.tsv");
    CliRunner.Result r = CliRunner.run("eval", f.toString(), "--assignments", tsv.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains(f + ":3: repeated id b skipped").contains("read 4 articles, rejected 1; 3 scored");
    assertThat(r.out()).contains("3 articles");
    assertThat(Files.readAllLines(tsv)).hasSize(4).extracting(l -> l.split("\t")[0])
        .containsExactly("id", "a", "b", "d");
  }

  /**
   * With --shuffles, FILE holds the file order's assignments and FILE.shuffleN each seeded order's,
   * every article once (error analysis of the shuffled scores reads them).
   */
  @Test
  void assignmentsAreThoseOfTheFileOrderEvenWithShuffles(@TempDir Path dir) throws Exception {
    Path f = CliRunner.projectRoot().resolve("../shared/data/clustering/business-energy-news.jsonl");
    assumeTrue(Files.exists(f), "business-energy-news not found at " + f);
    Path plain = dir.resolve("plain.tsv");
    Path shuffled = dir.resolve("shuffled.tsv");
    assertThat(CliRunner.run("eval", f.toString(), "--assignments", plain.toString()).exit()).isZero();
    assertThat(CliRunner.run("eval", f.toString(), "--assignments", shuffled.toString(), "--shuffles", "2").exit())
        .isZero();
    assertThat(Files.readAllLines(shuffled)).hasSize(101).isEqualTo(Files.readAllLines(plain));
    List<String> ids = Files.readAllLines(plain).stream().map(l -> l.split("\t")[0]).sorted().toList();
    for (int seed = 1; seed <= 2; seed++) {
      Path order = dir.resolve("shuffled.tsv.shuffle" + seed);
      assertThat(order).exists();
      assertThat(Files.readAllLines(order).get(0)).isEqualTo(Files.readAllLines(plain).get(0));
      assertThat(Files.readAllLines(order).stream().map(l -> l.split("\t")[0]).sorted().toList()).isEqualTo(ids);
    }
    assertThat(dir.resolve("plain.tsv.shuffle1")).doesNotExist();
  }
}
