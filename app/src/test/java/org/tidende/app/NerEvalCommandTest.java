package org.tidende.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ner-eval command end to end: every dev split scored, timed over the asked number of passes. */
class NerEvalCommandTest {

  @Test
  void scoresEveryLanguageAndReportsItsTimedPasses() throws Exception {
    Path ner = CliRunner.projectRoot().resolve("../shared/data/ner");
    assumeTrue(Files.isDirectory(ner), "NER data not found at " + ner);
    CliRunner.Result r = CliRunner.run("ner-eval", "--json", "--rounds", "2", "--pass-tokens", "20000");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode o = new ObjectMapper().readTree(r.out());
    assertThat(o.get("timedPasses").asInt()).isEqualTo(2);
    assertThat(o.get("trainedOnDev").asBoolean()).isTrue();
    for (String lang : new String[] {"nb", "nn", "da", "sv"}) {
      JsonNode l = o.get("languages").get(lang);
      assertThat(l).as(lang).isNotNull();
      assertThat(l.get("f1").asDouble()).as(lang).isGreaterThan(0.65);
      assertThat(l.get("tokensPerCpuSecond").asLong()).as(lang).isPositive();
      assertThat(l.get("passTokens").asLong()).as(lang).isBetween(20000L, 20000L + l.get("tokens").asLong());
    }
  }

  /** --errors in a language without dev sentences printed the scores and no errors, exit 0, no word why. */
  @Test
  void refusesErrorsOfALanguageWithoutDevSentences() throws Exception {
    Path ner = CliRunner.projectRoot().resolve("../shared/data/ner");
    assumeTrue(Files.isDirectory(ner), "NER data not found at " + ner);
    CliRunner.Result r = CliRunner.run("ner-eval", "--errors", "xx", "--rounds", "1");
    assertThat(r.exit()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("tidende ner-eval: --errors: no dev sentences in 'xx'; the dev files' languages: "
        + "nb, nn, da, sv\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void refusesFewerThanOneTimedPass() throws Exception {
    CliRunner.Result r = CliRunner.run("ner-eval", "--rounds", "0");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--rounds must be at least 1");
    CliRunner.Result negative = CliRunner.run("ner-eval", "--pass-tokens", "-1");
    assertThat(negative.exit()).isEqualTo(2);
    assertThat(negative.err()).contains("--pass-tokens must be 0 or more");
  }

  @Test
  void refusesAFoldCountUnderTwoFoldsWithAModelFileAndIterationsWithoutFolds() throws Exception {
    CliRunner.Result one = CliRunner.run("ner-eval", "--folds", "1");
    assertThat(one.exit()).isEqualTo(2);
    assertThat(one.err()).contains("--folds takes a count of at least 2");
    CliRunner.Result withModel = CliRunner.run("ner-eval", "--folds", "2", "--model", "ner-custom.bin");
    assertThat(withModel.exit()).isEqualTo(2);
    CliRunner.Result iterationsAlone = CliRunner.run("ner-eval", "--iterations", "5");
    assertThat(iterationsAlone.exit()).isEqualTo(2);
    assertThat(iterationsAlone.err()).contains("--iterations goes with --folds");
  }

  @Test
  void scoresHandAnnotatedNameListsOfWholeTexts(@TempDir Path dir) throws Exception {
    Path texts = dir.resolve("texts.txt");
    Files.writeString(texts, "Barack Obama visited Oslo on Monday.\nNothing here.\n");
    Path gold = dir.resolve("gold.tsv");
    Files.writeString(gold, "id\tname\ttype\n1\tBarack Obama\tPER\n1\tOslo\tLOC\n");
    CliRunner.Result r = CliRunner.run("ner-eval", "--names-gold", gold.toString(), "--articles", texts.toString(),
        "--lang", "en", "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode o = new ObjectMapper().readTree(r.out());
    assertThat(o.get("typed").get("f1").asDouble()).isEqualTo(1.0);
    assertThat(o.get("texts").asInt()).isEqualTo(1);
    Files.writeString(gold, "id\tname\ttype\n1\tOslo\tCITY\n");
    CliRunner.Result bad = CliRunner.run("ner-eval", "--names-gold", gold.toString(), "--articles", texts.toString());
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("gold.tsv:2");
    CliRunner.Result withModel = CliRunner.run("ner-eval", "--names-gold", gold.toString(), "--model", "m.bin");
    assertThat(withModel.exit()).isEqualTo(2);
    assertThat(withModel.err()).contains("scores the bundled recognizer");
  }
}
