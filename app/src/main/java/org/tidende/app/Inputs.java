package org.tidende.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.tidende.ingest.IngestEvent;
import org.tidende.ingest.Ingestor;
import org.tidende.ingest.Tally;
import org.tidende.model.Article;
import org.tidende.model.Rejection;

/**
 * Reads the paths given on the command line, reporting each rejection and warning on stderr as
 * {@code file:line: reason} as it comes, and a one-line summary at the end.
 */
final class Inputs {
  /** The articles read, in order; empty when they were handed on as read ({@link #stream}). */
  final List<Article> articles = new ArrayList<>();
  final List<Rejection> rejections = new ArrayList<>();
  int warnings;
  /** How many articles were read, whether kept or handed on. */
  int accepted;
  private final PrintStream err;
  private final boolean quiet;

  private Inputs(PrintStream err, boolean quiet) {
    this.err = err;
    this.quiet = quiet;
  }

  /** Reads every path, keeping the articles in {@link #articles}. */
  static Inputs read(List<Path> paths, PrintStream err, boolean quiet, Boolean progress) {
    Inputs in = new Inputs(err, quiet);
    in.ingest(paths, progress, in.articles::add);
    return in;
  }

  /**
   * Reads every path, handing each article to {@code sink} as it is read, in the order {@link
   * #read} keeps them, and keeping none: memory is that of one file's reading, not of all the
   * articles. {@link #articles} stays empty; {@link #accepted} counts them.
   */
  static Inputs stream(List<Path> paths, PrintStream err, boolean quiet, Boolean progress, Consumer<Article> sink) {
    Inputs in = new Inputs(err, quiet);
    in.ingest(paths, progress, sink);
    return in;
  }

  /**
   * Said before standard input is read from a terminal ({@code tidende stories -} typed without a
   * pipe; the launcher tells it in {@code tidende.stdin.tty}): the command waits for input, and
   * before it said nothing, as if it hung.
   */
  static final String STDIN_FROM_TERMINAL = "stdin: reading standard input from the terminal; type or paste the articles "
      + "(JSON Lines, a feed, a text) and end with Ctrl-D, or give a file or folder instead of -";

  private void ingest(List<Path> paths, Boolean progress, Consumer<Article> sink) {
    Inputs in = this;
    if (!quiet && "1".equals(System.getProperty("tidende.stdin.tty"))
        && paths.stream().anyMatch(p -> p.toString().equals(Ingestor.STANDARD_INPUT))) {
      err.println(STDIN_FROM_TERMINAL);
    }
    try (Progress p = new Progress("reading", 0, progress, err)) {
      new Ingestor().ingest(paths, ev -> {
        switch (ev) {
          case IngestEvent.Accepted a -> {
            in.accepted++;
            sink.accept(a.article());
            p.step(1);
          }
          case IngestEvent.Rejected r -> {
            in.rejections.add(r.rejection());
            if (!quiet) {
              p.clear();
              err.println(r.rejection());
            }
          }
          case IngestEvent.Warning w -> {
            in.warnings++;
            if (!quiet) {
              p.clear();
              err.println(w + " (warning)");
            }
          }
          case IngestEvent.Note n -> { // nothing lost: said, not counted as a warning
            if (!quiet) {
              p.clear();
              err.println(n + " (note)");
            }
          }
        }
      });
    }
  }

  void addRejections(List<Rejection> more) {
    for (Rejection r : more) {
      rejections.add(r);
      if (!quiet) {
        err.println(r);
      }
    }
  }

  /**
   * Adds rejections of one kind about {@code input}, reporting the first {@value Tally#SHOWN} one
   * by one and then how many more ({@link Tally}; {@code what} names them: "article(s) without
   * ..."), so a whole archive without gold labels is six lines, not 50,000; all count in the
   * summary.
   */
  void addRejections(List<Rejection> more, String input, String what) {
    Tally tally = new Tally(what);
    for (Rejection r : more) {
      rejections.add(r);
      if (tally.add() && !quiet) {
        err.println(r);
      }
    }
    tally.closing().ifPresent(m -> {
      if (!quiet) {
        err.println(input + ": " + m);
      }
    });
  }

  /** Reports a warning about the input as a whole (unless quiet) and counts it in the summary. */
  void warn(String message) {
    warnings++;
    if (!quiet) {
      err.println(message + " (warning)");
    }
  }

  /** {@code n} and the noun for it, the count grouped: "1 article", "1,200 articles". */
  static String count(long n, String one, String many) {
    return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
  }

  String summary() {
    return String.format(Locale.ROOT, "read %,d article%s, rejected %,d%s", accepted,
        accepted == 1 ? "" : "s", rejections.size(), warnings > 0 ? String.format(Locale.ROOT, ", %,d warning(s)", warnings) : "");
  }
}
