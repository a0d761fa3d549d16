package org.tidende.app;

import java.nio.file.Path;
import org.tidende.eval.HoldOut;
import picocli.CommandLine.Option;

/**
 * The options the commands that rebuild shipped resources from the unlabeled news share ({@code
 * compounds-train}, {@code common-words-train}, {@code background-train}): where the data is, and
 * how many days around each evaluation day to leave out.
 */
final class NewsDataOptions {
  @Option(names = "--data", paramLabel = "DIR", description = "Data folder holding scandinavian/ (and ner/, whose "
      + "training splits the word lists count too) (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("../shared/data");

  @Option(names = "--hold-out-margin", paramLabel = "DAYS", description = "Days either side of each evaluation day "
      + "(2022-10-06, 2023-01-18, 2025-01-07, 2025-09-19) whose news items are left out, by date and first_seen; "
      + "-1 keeps every item (default: ${DEFAULT-VALUE}).")
  int holdOutMargin = HoldOut.DEFAULT_MARGIN_DAYS;

  /** The items to leave out. */
  HoldOut holdOut() {
    return HoldOut.evaluationDays(holdOutMargin);
  }
}
