package org.tidende.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tidende.cluster.ClusterConfig;
import picocli.CommandLine;

/** Command-line errors name what is wrong; `tidende --help` lists each command in a whole sentence. */
class MainTest {

  @Test
  void theCommandListGivesEachCommandAWholeFirstSentence() {
    // `tidende --help` shows only the first line of each command's description: "eval ... through the
    // same pipeline as" and "bench ... on the" were cut mid-sentence.
    new CommandLine(new Main()).getSubcommands().forEach((name, sub) ->
        assertThat(sub.getCommandSpec().usageMessage().description()[0]).as(name).endsWith("."));
  }

  /**
   * Every option and parameter that takes a value names it in the usage (--min-size=N, --data=DIR):
   * 63 options and langid-eval's folder showed picocli's field names ({@code --data=<data>}, {@code
   * --min-size=<minSize>}, {@code <dir>}).
   */
  @Test
  void everyValueIsNamedForTheUserNotByTheFieldItIsHeldIn() {
    new CommandLine(new Main()).getSubcommands().forEach((name, sub) -> {
      sub.getCommandSpec().options().stream().filter(o -> o.arity().max() > 0)
          .forEach(o -> assertThat(o.paramLabel()).as(name + " " + o.longestName()).doesNotStartWith("<"));
      sub.getCommandSpec().positionalParameters()
          .forEach(p -> assertThat(p.paramLabel()).as(name + " " + p.paramLabel()).doesNotStartWith("<"));
    });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "extract --bogus | tidende extract: unknown option '--bogus'",
      "extract --bogus=x | tidende extract: unknown option '--bogus=x'",
      "ingest -x | tidende ingest: unknown option '-x'",
      "eval --bogus | tidende eval: unknown option '--bogus'",
      "langid-train --bogus | tidende langid-train: unknown option '--bogus'",
      "extract | tidende extract: missing PATH"})
  void anUnknownOptionIsNamedEvenWhenARequiredParameterIsMissing(String line, String message) {
    Parsed p = parse(line);
    assertThat(p.code).isEqualTo(2);
    assertThat(p.err.lines().findFirst()).hasValue(message);
  }

  /**
   * A bad option value, an unknown option or a missing value is one line saying what is wrong and a
   * hint, exit 2, in every command (picocli's handler printed its message and then the whole usage
   * text, 40 lines for stories).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "stories --data D --sort oldest | tidende stories: --sort: expected one of biggest, newest, got 'oldest'",
      "search --data D --limit abc x | tidende search: --limit: expected a whole number, got 'abc'",
      "stories samples --min-size x | tidende stories: --min-size: expected a whole number, got 'x'",
      "search --data D x --offset | tidende search: --offset: expected a value after it, got none",
      "eval x.jsonl --shuffles 1.5 | tidende eval: --shuffles: expected a whole number, got '1.5'",
      "serve --port 99999999999 | tidende serve: --port: a whole number too large, got '99999999999'",
      "stories samples --limitt 3 | tidende stories: unknown option '--limitt'",
      "stoires samples | tidende: unknown command 'stoires'",
      "eval x.jsonl --set threshold | tidende eval: --set: expected KEY=VALUE, got 'threshold'"})
  void aBadOptionValueIsOneLineAndAHintNotTheUsage(String line, String message) {
    Parsed p = parse(line);
    assertThat(p.code).isEqualTo(2);
    List<String> lines = p.err.lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).isEqualTo(message);
    String command = message.substring(0, message.indexOf(':'));
    assertThat(lines.get(1)).endsWith("see '" + command + " --help'");
  }

  @Test
  void aCloseSpellingIsSuggested() {
    assertThat(parse("stories samples --limitt 3").err.lines().toList().get(1))
        .isEqualTo("did you mean --limit? see 'tidende stories --help'");
    // the closest first, and those much farther left out: picocli said "serve or serve-bench or search"
    // and "stories or ingest" (until session 38)
    assertThat(parse("serach x").err.lines().toList()).containsExactly("tidende: unknown command 'serach'",
        "did you mean search? see 'tidende --help'");
    assertThat(parse("stoires samples").err.lines().toList()).containsExactly("tidende: unknown command 'stoires'",
        "did you mean stories? see 'tidende --help'");
    Parsed json = parse("stories --jsn samples");
    assertThat(json.code).isEqualTo(2);
    assertThat(json.err.lines().toList()).containsExactly("tidende stories: unknown option '--jsn'",
        "did you mean --json? see 'tidende stories --help'");
  }

  /**
   * {@code tidende help stories} shows the command's help, as most command lines take it, and
   * {@code tidende version} points to --version; before, "unknown command 'help'", and for
   * "version" picocli's closest spellings, "did you mean serve or serve-bench or ner-eval?".
   */
  @Test
  void helpIsACommandAndAnOptionWithoutItsDashesIsNamed() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream old = System.out;
    int code;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      code = Main.run("help", "stories");
    } finally {
      System.setOut(old);
    }
    assertThat(code).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Usage: tidende stories ").contains("--min-size=N");
    Parsed version = parse("version");
    assertThat(version.code).isEqualTo(2);
    assertThat(version.err.lines().toList()).containsExactly("tidende: unknown command 'version'",
        "did you mean --version? see 'tidende --help'");
  }

  /**
   * Every command's missing argument is the same two lines: what is missing, then the pointer to
   * {@code --help}, exit 2. {@code stories} (no PATH and no --data, or a filter without --data) and
   * {@code serve-bench} (no --input and no shared data) printed their first line alone.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "stories | tidende stories: give the files or folders to read (PATH...), or a data folder with --data DIR",
      "stories samples --story x | tidende stories: --story, --sort, --lang, --source, --entity, --from, --to, --limit and --offset read a data folder: add --data DIR",
      "eval | tidende eval: missing FILE",
      "extract | tidende extract: missing PATH",
      "ingest | tidende ingest: missing PATH",
      "search | tidende search: missing QUERY",
      "langid-eval | tidende langid-eval: missing DIR",
      "langid-train | tidende langid-train: missing --out"})
  void aMissingArgumentIsOneLineAndAPointerToHelpInEveryCommand(String line, String message) {
    assertMissingArgument(parse(line), message);
  }

  @Test
  void serveBenchWithoutInputPointsToHelp() {
    String old = System.getProperty("tidende.root");
    try {
      System.setProperty("tidende.root", "/nowhere/tidende/main"); // no ../shared/data/scandinavian there
      assertMissingArgument(parse("serve-bench"),
          "tidende serve-bench: no input (../shared/data/scandinavian not found; give --input)");
    } finally {
      if (old == null) {
        System.clearProperty("tidende.root");
      } else {
        System.setProperty("tidende.root", old);
      }
    }
  }

  private static void assertMissingArgument(Parsed p, String message) {
    assertThat(p.code).isEqualTo(2);
    String command = message.substring(0, message.indexOf(':'));
    assertThat(p.err.lines().toList()).containsExactly(message, "see '" + command + " --help'");
  }

  private record Parsed(int code, String err) {}

  /**
   * A command's own checks (not picocli's) named it as "bench: ..." or "extract-eval: ...", while
   * stories, search, ingest and serve said "tidende stories: ..."; every command now says "tidende
   * <command>: ". Each line here fails one of the command's own checks before any data is read.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "bench|bench --items 0",
      "extract-eval|extract-eval --data /nowhere/tidende",
      "serve-bench|serve-bench --articles 0",
      "dedup-bench|dedup-bench --originals 0",
      "ner-eval|ner-eval --rounds 0",
      "ner-train|ner-train --data /nowhere/tidende",
      "eval|eval /nowhere/tidende.jsonl --shuffles -1",
      "langid-eval|langid-eval /nowhere/tidende",
      "langid-train|langid-train --data /nowhere/tidende --out /nowhere/tidende.bin",
      "background-train|background-train --data /nowhere/tidende",
      "common-words-train|common-words-train --data /nowhere/tidende",
      "compounds-train|compounds-train --data /nowhere/tidende"})
  void aCommandsOwnErrorsStartWithTidendeAndItsName(String command, String line) {
    Parsed p = parse(line);
    assertThat(p.code).isEqualTo(2);
    assertThat(p.err.lines().toList()).isNotEmpty()
        .allSatisfy(l -> assertThat(l).startsWith("tidende " + command + ": "));
  }

  private static Parsed parse(String line) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream old = System.err;
    int code;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      code = Main.run(line.split(" "));
    } finally {
      System.setErr(old);
    }
    return new Parsed(code, err.toString(StandardCharsets.UTF_8));
  }
  /**
   * Every option that takes a value and has a default (a number, a default value) says it in --help
   * ("(default 0)", picocli's ${DEFAULT-VALUE}), or says what leaving it out does: eval's
   * --threshold and --shuffles, extract-eval's --worst and ner-eval's --folds did not.
   */
  @Test
  void everyOptionWithADefaultStatesIt() {
    CommandLine cli = new CommandLine(new Main());
    List<String> silent = new ArrayList<>();
    for (CommandLine sub : cli.getSubcommands().values()) {
      for (CommandLine.Model.OptionSpec o : sub.getCommandSpec().options()) {
        Object initial = o.initialValue();
        boolean hasDefault = o.defaultValue() != null || Number.class.isAssignableFrom(o.type())
            || o.type().isPrimitive() || initial instanceof String;
        if (o.usageHelp() || o.versionHelp() || o.arity().max() == 0 || !hasDefault) {
          continue; // flags (on when given) and options that are off until given (a filter, a file to write)
        }
        String description = String.join(" ", o.description()).toLowerCase(Locale.ROOT);
        if (!description.contains("default") && !description.contains("(all)")) {
          silent.add(sub.getCommandName() + " " + o.longestName());
        }
      }
    }
    assertThat(silent).as("options whose --help states no default (or what leaving them out does)").isEmpty();
    String threshold = String.join(" ", cli.getSubcommands().get("eval").getCommandSpec().findOption("--threshold").description());
    assertThat(threshold).as("the default said is the configuration's")
        .contains(String.valueOf(ClusterConfig.defaults().threshold()))
        .contains(String.valueOf(ClusterConfig.defaults().shortThreshold()).replaceAll("0+$", "0"));
  }
}
