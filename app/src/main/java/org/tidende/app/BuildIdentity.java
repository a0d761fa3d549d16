package org.tidende.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tidende.store.Archive;

/**
 * Which build is running, as far as a data folder's stored story views are concerned: the app and
 * core jars' names, sizes and modification times. A view stored by the same build for the same
 * members is kept at a restart ({@link Archive.Options#viewsBuild}); any rebuild of either jar
 * (new code, models or word lists) builds every view again once.
 */
final class BuildIdentity {
  private BuildIdentity() {}

  /** This build's identity, or null when running from class folders (a development build, not told apart). */
  static String current() {
    List<String> parts = new ArrayList<>();
    for (Class<?> c : List.of(BuildIdentity.class, Archive.class)) {
      try {
        Path p = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (!Files.isRegularFile(p)) {
          return null;
        }
        parts.add(p.getFileName() + ":" + Files.size(p) + ":" + Files.getLastModifiedTime(p).toMillis());
      } catch (Exception e) { // no code source, not a file URI, unreadable: not known
        return null;
      }
    }
    return String.join(",", parts);
  }
}
