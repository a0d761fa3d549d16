package org.tidende;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the shared data folder ({@code ../shared} beside the project root) for tests. Article
 * texts are read from there at test time, never copied into the repository.
 */
public final class TestData {
  private TestData() {}

  /** The project root: the {@code tidende.root} system property set by Maven, else the working dir's parent search. */
  public static Path projectRoot() {
    String prop = System.getProperty("tidende.root");
    if (prop != null && !prop.isBlank()) {
      return Path.of(prop).toAbsolutePath().normalize();
    }
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.exists(p.resolve("mvnw"))) {
      p = p.getParent();
    }
    return p == null ? Path.of("").toAbsolutePath() : p;
  }

  /** {@code ../shared/<relative>} from the project root; may not exist. */
  public static Path shared(String relative) {
    return projectRoot().resolve("../shared").resolve(relative).normalize();
  }

  /** Like {@link #shared}, but skips the calling test with a clear message when the path is absent. */
  public static Path sharedOrSkip(String relative) {
    Path p = shared(relative);
    assumeTrue(Files.exists(p), () -> "shared data not found at " + p + "; skipping (CI always has it)");
    return p;
  }
}
