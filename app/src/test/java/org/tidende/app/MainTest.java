package org.tidende.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Command-line errors name what is wrong; `tidende --help` lists each command in a whole sentence. */
class MainTest {

  @Test
  void theCommandListGivesEachCommandAWholeFirstSentence() {
    // `tidende --help` shows only the first line of each command's description: "eval ... through the
    // same pipeline as" and "bench ... on the" were cut mid-sentence.
    new picocli.CommandLine(new Main()).getSubcommands().forEach((name, sub) ->
        assertThat(sub.getCommandSpec().usageMessage().description()[0]).as(name).endsWith("."));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "extract --bogus | Unknown option: '--bogus'",
      "extract --bogus=x | Unknown option: '--bogus=x'",
      "ingest -x | Unknown option: '-x'",
      "eval --bogus | Unknown option: '--bogus'",
      "langid-train --bogus | Unknown option: '--bogus'",
      "extract | Missing required parameter: 'PATH'"})
  void anUnknownOptionIsNamedEvenWhenARequiredParameterIsMissing(String line, String message) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream old = System.err;
    int code;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      code = Main.run(line.split(" "));
    } finally {
      System.setErr(old);
    }
    String printed = err.toString(StandardCharsets.UTF_8);
    assertThat(code).isEqualTo(2);
    assertThat(printed.lines().findFirst()).hasValue(message);
  }
}
