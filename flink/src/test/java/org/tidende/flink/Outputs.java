package org.tidende.flink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads a job's finished part files (not in-progress ones, which start with a dot). */
public final class Outputs {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Outputs() {}

  /** All lines of the finished part files under {@code dir}, recursively. */
  public static List<String> lines(Path dir) {
    List<String> out = new ArrayList<>();
    if (!Files.exists(dir)) {
      return out;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList()) {
        out.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The JSON objects of {@link #lines}. */
  public static List<JsonNode> json(Path dir) {
    List<JsonNode> out = new ArrayList<>();
    for (String l : lines(dir)) {
      try {
        out.add(JSON.readTree(l));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }
}
