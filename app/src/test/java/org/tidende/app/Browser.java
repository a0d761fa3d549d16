package org.tidende.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Headless Chromium driven through chromedriver's WebDriver protocol, for what {@code --dump-dom}
 * cannot see: layout (widths), clicks and history. One browser per instance; close it.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private final Process driver;
  private final String session;

  /**
   * @param width the window's width in CSS pixels (headless Chromium makes a window at least 500 wide)
   * @param profile a directory for the browser's profile, made if missing
   */
  Browser(int width, Path profile) throws Exception {
    this(width, profile, false);
  }

  /**
   * @param phone the page laid out as on a phone {@code width} CSS pixels wide (Chromium's device
   *     emulation), below the 500 px least width of a headless window, so that the page's narrow-screen
   *     rules apply
   */
  Browser(int width, Path profile, boolean phone) throws Exception {
    // A free port is free only until someone else takes it (another test's server, another job on
    // the runner): a driver that could not listen exits, and is started again on another port.
    // Started on a loaded 2-core runner it may take seconds to answer; the bound is generous.
    Process started = null;
    String base = null;
    for (int attempt = 1; started == null; attempt++) {
      int port;
      try (ServerSocket s = new ServerSocket(0)) {
        port = s.getLocalPort();
      }
      Process p = new ProcessBuilder(CHROMEDRIVER.toString(), "--port=" + port)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      base = "http://127.0.0.1:" + port;
      long end = System.nanoTime() + Await.BOUND.toNanos();
      while (true) {
        try {
          if (Http.get(base + "/status").body().contains("\"ready\"")) { // chromedriver's, not another server's
            started = p;
            break;
          }
        } catch (IOException e) {
          // not listening yet
        }
        if (!p.isAlive() && attempt < 3) {
          break; // the port was taken: another one
        }
        if (System.nanoTime() > end || !p.isAlive()) {
          p.destroyForcibly();
          throw new IOException("chromedriver did not answer on port " + port + (p.isAlive() ? "" : " (it exited)"));
        }
        Thread.sleep(100);
      }
    }
    driver = started;
    ObjectNode caps = Json.MAPPER.createObjectNode();
    ObjectNode options = caps.putObject("capabilities").putObject("alwaysMatch").putObject("goog:chromeOptions");
    if (phone) {
      options.putObject("mobileEmulation").putObject("deviceMetrics").put("width", width).put("height", 844)
          .put("pixelRatio", 1);
    }
    options.put("binary", WebPageTest.CHROMIUM.toString())
        .set("args", Json.MAPPER.valueToTree(List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--disable-background-networking", "--window-size=" + width + ",900",
            "--user-data-dir=" + Files.createDirectories(profile))));
    Http.Response r = Http.post(base + "/session", caps.toString());
    if (r.status() != 200) {
      driver.destroyForcibly();
      throw new IOException("chromedriver refused a session: " + r.body());
    }
    session = base + "/session/" + r.json().get("value").get("sessionId").asText();
  }

  /** Opens {@code url} and waits until the page says it is ready ({@code data-ready}). */
  void open(String url) throws Exception {
    command("/url", Json.MAPPER.createObjectNode().put("url", url));
    awaitReady();
  }

  /** Waits (up to {@link Await#BOUND}: a loaded runner can be slow) for the page's {@code data-ready} after a navigation. */
  void awaitReady() throws Exception {
    Await.until("the page getting ready (data-ready)", () ->
        script("return document.body && document.body.getAttribute('data-ready') === '1'").asBoolean());
  }

  /** Runs {@code js} (a function body; {@code return} a value) in the page and answers its value. */
  JsonNode script(String js) throws Exception {
    ObjectNode b = Json.MAPPER.createObjectNode().put("script", js);
    b.putArray("args");
    return command("/execute/sync", b);
  }

  /** Presses and releases one key at the focused element (WebDriver's key code points: U+E004 is Tab, U+E007 Enter). */
  void key(String key) throws Exception {
    ObjectNode b = Json.MAPPER.createObjectNode();
    var actions = b.putArray("actions").addObject().put("type", "key").put("id", "keyboard").putArray("actions");
    actions.addObject().put("type", "keyDown").put("value", key);
    actions.addObject().put("type", "keyUp").put("value", key);
    command("/actions", b);
  }

  private JsonNode command(String path, JsonNode body) throws Exception {
    Http.Response r = Http.send(HttpRequest.newBuilder(URI.create(session + path))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    if (r.status() != 200) {
      throw new IOException("webdriver " + path + ": " + r.body());
    }
    return r.json().get("value");
  }

  @Override
  public void close() throws Exception {
    try {
      Http.send(HttpRequest.newBuilder(URI.create(session)).DELETE());
    } finally {
      driver.destroy();
      driver.waitFor();
    }
  }
}
