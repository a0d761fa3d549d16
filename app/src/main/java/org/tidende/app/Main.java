package org.tidende.app;

import java.io.PrintWriter;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code tidende} command line. */
@Command(
    name = "tidende",
    mixinStandardHelpOptions = true,
    version = "tidende 0.1.0",
    description = "Open news intelligence: which articles report the same story, what they share, who, where, when.",
    subcommands = {
        StoriesCommand.class,
        EvalCommand.class,
        ExtractCommand.class,
        ExtractEvalCommand.class,
        LangidEvalCommand.class,
        LangidTrainCommand.class,
        DedupBenchCommand.class,
        NerTrainCommand.class,
        NerEvalCommand.class,
        CompoundsTrainCommand.class,
        CommonWordsTrainCommand.class,
        BackgroundTrainCommand.class,
        IngestCommand.class,
        SearchCommand.class,
        ServeCommand.class,
        ServeBenchCommand.class,
        BenchCommand.class,
        // "tidende help stories", as git and most command lines take it; was "unknown command 'help'"
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  /**
   * Lucene's notice, at its first index, that the incubating Vector API would be faster: nothing a
   * user of the command line can act on, so only its errors are shown. Held here because the
   * logging framework keeps loggers only weakly, and a collected logger forgets its level.
   */
  private static final Logger LUCENE_VECTORS =
      Logger.getLogger("org.apache.lucene.internal.vectorization");

  public static void main(String[] args) {
    LUCENE_VECTORS.setLevel(Level.SEVERE);
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code (for tests). */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
    // "Putin -Kim": a word after a minus is part of the query (Lucene's "not"), not an unknown option
    cli.getSubcommands().get("search").setUnmatchedOptionsArePositionalParams(true);
    cli.setParameterExceptionHandler(shortParseErrors());
    return cli.execute(args);
  }

  /**
   * Every command's parse errors (an unknown option, a bad option value, a missing parameter) as the
   * README promises them: one line on stderr naming the command and what is wrong, a hint line, exit
   * 2. Picocli's own handler printed its message and then the whole usage text (40 lines for
   * {@code stories}), where the error scrolled out of sight. Set on the root, which picocli copies to
   * every subcommand, so no command handles these itself.
   *
   * <p>Picocli checks required parameters before it reports unmatched arguments, so {@code tidende
   * extract --bogus} said "Missing required parameter: 'PATH'" and never named the option; no parser
   * setting changes that order. The unknown arguments are reported instead when there are any.
   */
  private static CommandLine.IParameterExceptionHandler shortParseErrors() {
    return (ex, args) -> {
      CommandLine c = ex.getCommandLine();
      if (ex instanceof CommandLine.MissingParameterException && !c.getUnmatchedArguments().isEmpty()) {
        ex = new CommandLine.UnmatchedArgumentException(c, c.getUnmatchedArguments());
      }
      PrintWriter err = c.getErr();
      String name = c.getCommandSpec().qualifiedName();
      err.println(name + ": " + ParseErrors.describe(ex));
      String hint = ParseErrors.suggestion(ex);
      err.println((hint == null ? "" : hint + " ") + "see '" + name + " --help'");
      err.flush();
      return c.getCommandSpec().exitCodeOnInvalidInput();
    };
  }

  /**
   * A usage error a command finds in {@code call()} (a missing argument picocli cannot declare, such
   * as {@code stories}' PATH or {@code --data}; an option out of range), thrown so that picocli hands
   * it to {@link #shortParseErrors()}: the same two lines as a parse error, the second pointing to
   * {@code --help}, and exit 2. Printed by the command itself it lacked the pointer.
   */
  static CommandLine.ParameterException usageError(CommandLine.Model.CommandSpec spec, String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
