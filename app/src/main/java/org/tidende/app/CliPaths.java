package org.tidende.app;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the shared data folder ({@code ../shared} beside the project root) for commands that default to it. */
final class CliPaths {
  private CliPaths() {}

  /**
   * {@code ../shared/<relative>} from the project root: the {@code tidende.root} property, else the
   * folder two levels above the running jar ({@code app/target/tidende.jar}), else the working folder.
   * May not exist.
   */
  static Path shared(String relative) {
    String prop = System.getProperty("tidende.root");
    if (prop != null && !prop.isBlank()) {
      return Path.of(prop).resolve("../shared").resolve(relative).normalize();
    }
    try {
      Path jar = Path.of(CliPaths.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path root = jar.getParent() == null ? null : jar.getParent().getParent();
      if (root != null && root.getParent() != null) {
        Path p = root.getParent().resolve("../shared").resolve(relative).normalize();
        if (Files.exists(p)) {
          return p;
        }
      }
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      // fall back to the working folder
    }
    return Path.of("../shared").resolve(relative).toAbsolutePath().normalize();
  }
}
