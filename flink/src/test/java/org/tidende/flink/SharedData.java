package org.tidende.flink;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates {@code ../shared/data} beside the project root for tests; skips when absent. */
public final class SharedData {
  private SharedData() {}

  /** {@code ../shared/<relative>}, or the calling test is skipped with a message. */
  public static Path orSkip(String relative) {
    String prop = System.getProperty("tidende.root");
    Path root = prop != null && !prop.isBlank() ? Path.of(prop) : Path.of("").toAbsolutePath().getParent();
    Path p = root.resolve("../shared").resolve(relative).normalize();
    assumeTrue(Files.exists(p), () -> "shared data not found at " + p + "; skipping (CI always has it)");
    return p;
  }
}
