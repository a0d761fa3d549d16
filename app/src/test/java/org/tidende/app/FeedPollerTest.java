package org.tidende.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidende.store.Archive;

/** Feed polling against a local HTTP server: items stored once, conditional GET, a broken feed reported. */
class FeedPollerTest {
  @TempDir Path dir;

  static final String FEED = """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0"><channel><title>Test wire</title><language>en</language>
      <item><title>Ferry fire in Skagerrak</title><link>https://wire.example/ferry</link>
        <description>The ferry Havørn caught fire in the Skagerrak; all 212 passengers are safe.</description>
        <pubDate>Tue, 11 Mar 2025 09:30:00 +0100</pubDate></item>
      <item><title>Coral reef found off Røst</title><link>https://wire.example/reef</link>
        <description>Researchers found an unknown cold-water coral reef off Røst.</description>
        <pubDate>Tue, 03 Jun 2025 08:00:00 +0200</pubDate></item>
      </channel></rss>
      """;

  @Test
  void pollsWithConditionalGetAndKeepsGoingPastABrokenFeed() throws Exception {
    AtomicInteger full = new AtomicInteger();
    AtomicInteger notModified = new AtomicInteger();
    HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    http.createContext("/feed.rss", ex -> {
      if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        notModified.incrementAndGet();
        ex.sendResponseHeaders(304, -1);
      } else {
        full.incrementAndGet();
        byte[] b = FEED.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("ETag", "\"v1\"");
        ex.sendResponseHeaders(200, b.length);
        ex.getResponseBody().write(b);
      }
      ex.close();
    });
    answer(http, "/broken.rss", "<rss><channel><item><title>cut");
    http.start();
    String base = "http://127.0.0.1:" + http.getAddress().getPort();
    List<String> log = new CopyOnWriteArrayList<>();
    try (Archive archive = Service.openArchive(dir, Duration.ofSeconds(5), m -> { })) {
      FeedPoller poller = new FeedPoller(List.of(URI.create(base + "/missing.rss"), URI.create(base + "/broken.rss"),
          URI.create(base + "/feed.rss")), Duration.ofMinutes(5), archive, log::add);
      poller.pollAll();
      poller.pollAll();
      var feeds = poller.feeds();
      assertThat(feeds.get(0).error).isEqualTo("HTTP 404");
      assertThat(feeds.get(1).error).contains("truncated");
      assertThat(log).as("the broken feed is said at its first failing poll, not again for the same reason")
          .filteredOn(m -> m.contains("broken.rss")).hasSize(1)
          .allSatisfy(m -> assertThat(m).startsWith("feed: " + base + "/broken.rss:1: ").containsOnlyOnce("broken.rss"));
      assertThat(feeds.get(2).error).isNull();
      assertThat(feeds.get(2).accepted).isEqualTo(2);
      assertThat(full.get()).isEqualTo(1);
      assertThat(notModified.get()).as("second poll is a conditional GET answered 304").isEqualTo(1);
      assertThat(archive.stats().articles()).isEqualTo(2);
      assertThat(poller.hasErrors()).isTrue();
      assertThat(poller.status().get(0).get("error").asText()).isEqualTo("HTTP 404");
    } finally {
      http.stop(0);
    }
  }

  @Test
  void aFeedThatTricklesOrNeverEndsIsCutOffAndTheNextFeedIsPolled() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    http.setExecutor(Executors.newCachedThreadPool());
    http.createContext("/trickle.rss", ex -> { // headers at once, then one byte and silence
      ex.sendResponseHeaders(200, 1000);
      ex.getResponseBody().write('<');
      ex.getResponseBody().flush();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      ex.close();
    });
    http.createContext("/endless.rss", ex -> {
      ex.sendResponseHeaders(200, 0);
      byte[] chunk = new byte[8192];
      Arrays.fill(chunk, (byte) 'a');
      try (var out = ex.getResponseBody()) {
        while (release.getCount() > 0) {
          out.write(chunk);
        }
      } catch (IOException e) {
        // the poller hung up
      }
    });
    answer(http, "/feed.rss", FEED);
    http.start();
    String base = "http://127.0.0.1:" + http.getAddress().getPort();
    try (Archive archive = Service.openArchive(dir, Duration.ofSeconds(5), m -> { })) {
      FeedPoller poller = new FeedPoller(List.of(URI.create(base + "/trickle.rss"), URI.create(base + "/endless.rss"),
          URI.create(base + "/feed.rss")), Duration.ofMinutes(5), Duration.ofSeconds(2), 256 * 1024, archive, m -> { });
      Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30), poller::pollAll);
      var feeds = poller.feeds();
      assertThat(feeds.get(0).error).contains("no complete answer within 2 s");
      assertThat(feeds.get(1).error).contains("larger than 262144 bytes");
      assertThat(feeds.get(2).error).isNull();
      assertThat(feeds.get(2).accepted).isEqualTo(2);
      assertThat(archive.stats().articles()).isEqualTo(2);
    } finally {
      release.countDown();
      http.stop(0);
    }
  }

  @Test
  void anItemWithAnUnreadableDateIsStoredAndLoggedOnceAcrossPolls() throws Exception {
    String feed = FEED.replace("Tue, 03 Jun 2025 08:00:00 +0200", "Tuesday morning");
    HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    answer(http, "/feed.rss", feed); // no ETag: every poll fetches the whole feed again
    http.start();
    List<String> log = new CopyOnWriteArrayList<>();
    try (Archive archive = Service.openArchive(dir, Duration.ofSeconds(5), m -> { })) {
      FeedPoller poller = new FeedPoller(List.of(URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/feed.rss")),
          Duration.ofMinutes(5), archive, log::add);
      poller.pollAll();
      poller.pollAll();
      assertThat(archive.stats().articles()).isEqualTo(2);
      assertThat(poller.feeds().get(0).duplicates).isEqualTo(2);
      assertThat(log).filteredOn(m -> m.contains("unreadable")).singleElement().asString()
          .contains("'Tuesday morning'").contains("read as undated");
      assertThat(poller.status().get(0).get("unreadable_dates").asLong()).isEqualTo(1);
      assertThat(poller.hasErrors()).isFalse();
    } finally {
      http.stop(0);
    }
  }

  /**
   * A feed whose server is down says so: Java's HTTP client fails a refused connection with no
   * message, which {@code /health} and the log showed as {@code ConnectException: null}.
   */
  @Test
  void aFeedWhoseServerIsDownSaysItCannotConnect() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      port = free.getLocalPort(); // closed again: nothing listens there
    }
    List<String> log = new CopyOnWriteArrayList<>();
    try (Archive archive = Service.openArchive(dir, Duration.ofSeconds(5), m -> { })) {
      FeedPoller poller = new FeedPoller(List.of(URI.create("http://127.0.0.1:" + port + "/feed.rss")),
          Duration.ofMinutes(5), archive, log::add);
      poller.pollAll();
      String said = "cannot connect to 127.0.0.1:" + port + " (connection refused or nothing listening)";
      assertThat(poller.feeds().get(0).error).isEqualTo(said);
      assertThat(log).containsExactly("feed: http://127.0.0.1:" + port + "/feed.rss: " + said);
    }
    assertThat(FeedPoller.reason(new IOException("x", new RuntimeException()), URI.create("http://a.example/")))
        .isEqualTo("IOException: x");
    assertThat(FeedPoller.reason(new IOException(null, new RuntimeException("why")), URI.create("http://a.example/")))
        .isEqualTo("IOException: why");
  }

  /**
   * A failing feed is logged when it starts failing and when its reason changes, and once when it
   * is fetched again; {@code /health} shows each poll's error. It was logged at every poll.
   */
  @Test
  void aFailingFeedIsLoggedWhenItStartsOrChangesAndWhenItRecovers() throws Exception {
    AtomicReference<Integer> status = new AtomicReference<>(503);
    HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    http.createContext("/feed.rss", ex -> {
      byte[] b = status.get() == 200 ? FEED.getBytes(StandardCharsets.UTF_8) : new byte[0];
      ex.sendResponseHeaders(status.get(), b.length == 0 ? -1 : b.length);
      ex.getResponseBody().write(b);
      ex.close();
    });
    http.start();
    String url = "http://127.0.0.1:" + http.getAddress().getPort() + "/feed.rss";
    List<String> log = new CopyOnWriteArrayList<>();
    try (Archive archive = Service.openArchive(dir, Duration.ofSeconds(5), m -> { })) {
      FeedPoller poller = new FeedPoller(List.of(URI.create(url)), Duration.ofMinutes(5), archive, log::add);
      for (int i = 0; i < 3; i++) {
        poller.pollAll();
        assertThat(poller.status().get(0).get("error").asText()).isEqualTo("HTTP 503");
      }
      status.set(404);
      poller.pollAll();
      assertThat(poller.status().get(0).get("error").asText()).isEqualTo("HTTP 404");
      assertThat(log).containsExactly("feed: " + url + ": HTTP 503", "feed: " + url + ": HTTP 404");
      status.set(200);
      poller.pollAll();
      poller.pollAll();
      assertThat(poller.hasErrors()).isFalse();
      assertThat(poller.feeds().get(0).failures).isEqualTo(4);
      assertThat(log).containsExactly("feed: " + url + ": HTTP 503", "feed: " + url + ": HTTP 404",
          "feed: " + url + ": fetched again after 4 failed polls");
      status.set(503);
      poller.pollAll();
      assertThat(log).as("failing again is said again").hasSize(4).last().isEqualTo("feed: " + url + ": HTTP 503");
    } finally {
      http.stop(0);
    }
  }

  /** Serves {@code body} at {@code path}, whole, on every request. */
  private static void answer(HttpServer http, String path, String body) {
    http.createContext(path, ex -> {
      byte[] b = body.getBytes(StandardCharsets.UTF_8);
      ex.sendResponseHeaders(200, b.length);
      ex.getResponseBody().write(b);
      ex.close();
    });
  }
}
