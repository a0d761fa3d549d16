package org.tidende.app;

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
        BenchCommand.class})
public final class Main implements Runnable {
  /**
   * Lucene's notice, at its first index, that the incubating Vector API would be faster: nothing a
   * user of the command line can act on, so only its errors are shown. Held here because the
   * logging framework keeps loggers only weakly, and a collected logger forgets its level.
   */
  private static final java.util.logging.Logger LUCENE_VECTORS =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  public static void main(String[] args) {
    LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code (for tests). */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
    // "Putin -Kim": a word after a minus is part of the query (Lucene's "not"), not an unknown option
    cli.getSubcommands().get("search").setUnmatchedOptionsArePositionalParams(true);
    cli.setParameterExceptionHandler(unknownBeforeMissing(cli.getParameterExceptionHandler()));
    return cli.execute(args);
  }

  /**
   * Picocli checks required parameters before it reports unmatched arguments, so {@code tidende
   * extract --bogus} said "Missing required parameter: 'PATH'" and never named the option; no
   * parser setting changes that order. This handler, set on the root (picocli copies it to every
   * subcommand), reports the unknown arguments instead when there are any, and leaves every other
   * error to {@code standard}.
   */
  private static CommandLine.IParameterExceptionHandler unknownBeforeMissing(
      CommandLine.IParameterExceptionHandler standard) {
    return (ex, args) -> {
      CommandLine c = ex.getCommandLine();
      if (ex instanceof CommandLine.MissingParameterException && !c.getUnmatchedArguments().isEmpty()) {
        ex = new CommandLine.UnmatchedArgumentException(c, c.getUnmatchedArguments());
      }
      return standard.handleParseException(ex, args);
    };
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
