package org.tidende.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code tidende serve} in its own JVM, as a user runs it, so a test can kill -9 it. */
final class ServerProcess implements AutoCloseable {
  /** The line on stdout saying the server is ready (it listens before, while it replays its archive). */
  private static final Pattern LISTENING = Pattern.compile("ready: .*listening on http://[^:]+:(\\d+)/");

  final Process process;
  final int port;
  final Path errLog;

  private ServerProcess(Process process, int port, Path errLog) {
    this.process = process;
    this.port = port;
    this.errLog = errLog;
  }

  static ServerProcess start(String... args) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx1g", "--enable-native-access=ALL-UNNAMED", "-Dfile.encoding=UTF-8",
        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve", "--port", "0"));
    cmd.addAll(List.of(args));
    Path err = Files.createTempFile("tidende-serve-err", ".txt");
    Process p = new ProcessBuilder(cmd).directory(CliRunner.projectRoot().toFile())
        .redirectError(err.toFile()).start();
    // A platform thread of its own: blocking reads must not sit in the common pool (one thread on 2 cores).
    CompletableFuture<Integer> port = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          Matcher m = LISTENING.matcher(line);
          if (m.find()) {
            port.complete(Integer.parseInt(m.group(1)));
          }
        }
      } catch (IOException e) {
        // the process died
      }
      port.complete(-1);
    }, "server-stdout");
    reader.setDaemon(true);
    reader.start();
    int n;
    try {
      n = port.get(3, TimeUnit.MINUTES);
    } catch (Exception e) {
      p.destroyForcibly();
      throw new IllegalStateException("server did not start: " + Files.readString(err), e);
    }
    if (n < 0) {
      p.destroyForcibly();
      throw new IllegalStateException("server exited: " + Files.readString(err));
    }
    return new ServerProcess(p, n, err);
  }

  String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  /** SIGKILL: no shutdown hook, no commit, no flush. */
  void kill9() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws Exception {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
    Files.deleteIfExists(errLog);
  }
}
