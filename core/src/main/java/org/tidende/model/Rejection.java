package org.tidende.model;

import java.util.Objects;

/**
 * Input that could not become an article, and why. Reported, never thrown.
 *
 * @param file input file (or source name)
 * @param line 1-based line or item number; 0 for the whole file
 * @param reason what was wrong, for a person to read
 */
public record Rejection(String file, int line, String reason) {
  public Rejection {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(reason, "reason");
  }

  /** {@code file:line: reason}, or {@code file: reason} for whole files. */
  @Override
  public String toString() {
    return (line > 0 ? file + ":" + line : file) + ": " + reason;
  }
}
