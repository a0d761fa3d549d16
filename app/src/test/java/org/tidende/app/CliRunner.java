package org.tidende.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** Runs the real command line in a separate JVM, as a user would, and captures its output. */
final class CliRunner {
  record Result(int exit, String out, String err) {
    List<String> outLines() {
      return out.isEmpty() ? List.of() : List.of(out.split("\n"));
    }
  }

  static Path projectRoot() {
    String p = System.getProperty("tidende.root");
    return p != null ? Path.of(p) : Path.of("..").toAbsolutePath().normalize();
  }

  static Result run(String... args) throws IOException, InterruptedException {
    return runWithInput(null, args);
  }

  /** Runs with {@code stdin} on standard input (null: none given, as {@link #run}). */
  static Result runWithInput(byte[] stdin, String... args) throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    // --enable-native-access as the app jar's manifest allows it (ONNX Runtime and Lucene load native code)
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx1g", "--enable-native-access=ALL-UNNAMED",
        "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    cmd.addAll(List.of(args));
    Path out = Files.createTempFile("tidende-out", ".txt");
    Path err = Files.createTempFile("tidende-err", ".txt");
    Process p = new ProcessBuilder(cmd).directory(projectRoot().toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (stdin != null) {
      try (var in = p.getOutputStream()) {
        in.write(stdin);
      }
    }
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException("tidende " + String.join(" ", args) + " did not finish in 5 minutes");
    }
    Result r = new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    Files.deleteIfExists(out);
    Files.deleteIfExists(err);
    return r;
  }

  /**
   * Starts the command line in a separate JVM without waiting, its standard error to {@code err} and
   * output to {@code out} (null: discarded), for a test that signals it while it runs.
   */
  static Process start(Path err, Path out, String... args) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx1g", "--enable-native-access=ALL-UNNAMED",
        "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).directory(projectRoot().toFile()).redirectError(err.toFile())
        .redirectOutput(out == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(out.toFile())).start();
  }

  /** {@code n} invented Bokmål records, one a line, dated over January 2025: a long input to stop midway. */
  static String manyRecords(int n) {
    StringBuilder b = new StringBuilder();
    String[] towns = {"Bergen", "Voss", "Lom", "Otta", "Hamar", "Moss", "Odda", "Vik"};
    for (int i = 0; i < n; i++) {
      b.append("{\"id\": \"m").append(i).append("\", \"lang\": \"nb\", \"date\": \"2025-01-")
          .append(String.format(Locale.ROOT, "%02d", 1 + i % 28)).append("\", \"title\": \"Melding ")
          .append(i).append(" fra ").append(towns[i % towns.length]).append("\", \"text\": \"Kommunen i ")
          .append(towns[(i / 8) % towns.length]).append(" melder sak nummer ").append(i).append(" om vegen.\"}\n");
    }
    return b.toString();
  }
}
