package org.tidende.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No acknowledged article is lost to {@code kill -9}: a real server in its own JVM takes concurrent
 * posts, is killed mid-flight (no shutdown hook, no index commit), restarts, and must serve every
 * acknowledged article in the story its acknowledgement named.
 */
class DurabilityTest {
  @TempDir Path dir;

  static String article(int n) {
    int topic = n % 12;
    String place = "Zorvik" + topic;
    String who = "Kvamsdal" + (topic * 7);
    return String.format(Locale.ROOT,
        "{\"id\":\"k-%d\",\"lang\":\"nn\",\"source\":\"Avis %d\",\"title\":\"Storbrann i %s: %s leier innsatsen (%d)\","
        + "\"text\":\"Ein storbrann i %s har øydelagt fleire bygg. Brannsjef %s seier at %d personar er evakuerte. Melding %d.\"}",
        n, n % 5, place, who, n, place, who, 100 + topic, n);
  }

  record Ack(String id, String story) {}

  static void post(String url, int from, int count, Map<String, Ack> acked) throws Exception {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < from + count; i++) {
      b.append(article(i)).append('\n');
    }
    Http.Response r = Http.post(url, b.toString());
    if (r.status() == 200) {
      for (JsonNode item : r.json().get("items")) {
        assertThat(item.get("status").asText()).isEqualTo("accepted");
        acked.put(item.get("id").asText(), new Ack(item.get("id").asText(), item.get("story").asText()));
      }
    }
  }

  /**
   * Each story's size, from one page of {@code GET /stories}; when the answer is not a 200 with a
   * list, the failure says the whole answer and the server's log.
   */
  static Map<String, Integer> storySizes(ServerProcess s) throws Exception {
    Http.Response r = Http.get(s.url("/stories?limit=500&articles=0"));
    JsonNode stories = r.status() == 200 ? r.json().get("stories") : null;
    if (stories == null || !stories.isArray()) {
      throw new AssertionError("GET /stories answered " + r.status() + ": " + r.body() + "\nserver log:\n"
          + Files.readString(s.errLog));
    }
    assertThat(r.json().get("total").asInt()).as("GET /stories answered: %s", r.body()).isLessThanOrEqualTo(500);
    Map<String, Integer> sizes = new HashMap<>();
    for (JsonNode st : stories) {
      sizes.put(st.get("id").asText(), st.get("size").asInt());
    }
    return sizes;
  }

  @Test
  void everyAcknowledgedArticleSurvivesKill9() throws Exception {
    Path data = dir.resolve("data");
    Map<String, Ack> acked = new ConcurrentHashMap<>();
    Map<String, Integer> sizesBefore = new HashMap<>();
    try (ServerProcess s = ServerProcess.start("--data", data.toString(), "--commit-seconds", "3600")) {
      String url = s.url("/articles");
      ExecutorService pool = Executors.newFixedThreadPool(8);
      for (int c = 0; c < 8; c++) {
        int client = c;
        pool.submit(() -> {
          for (int k = 0; k < 8; k++) {
            post(url, (client * 8 + k) * 5, 5, acked);
          }
          return null;
        });
      }
      pool.shutdown();
      assertThat(pool.awaitTermination(3, TimeUnit.MINUTES)).isTrue();
      assertThat(acked).hasSize(320);
      sizesBefore.putAll(storySizes(s));
      assertThat(sizesBefore.size()).isBetween(2, 300);

      // Phase two: clients keep posting while the process is killed.
      AtomicBoolean stop = new AtomicBoolean();
      AtomicInteger next = new AtomicInteger(1000);
      ExecutorService load = Executors.newFixedThreadPool(6);
      for (int c = 0; c < 6; c++) {
        load.submit(() -> {
          while (!stop.get()) {
            try {
              post(url, next.getAndAdd(3), 3, acked);
            } catch (Exception e) {
              return null; // connection refused or reset once killed: not acknowledged
            }
          }
          return null;
        });
      }
      long deadline = System.nanoTime() + 60_000_000_000L;
      while (acked.size() < 420 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      s.kill9();
      stop.set(true);
      load.shutdown();
      assertThat(load.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
    }
    assertThat(acked.size()).isGreaterThanOrEqualTo(420);

    try (ServerProcess s = ServerProcess.start("--data", data.toString())) {
      Http.Response ready = Http.get(s.url("/health"));
      assertThat(ready.status()).as("GET /health once ready: %s", ready.body()).isEqualTo(200);
      JsonNode health = ready.json().get("archive");
      assertThat(health.get("recovered_from_log").asInt()).as("index never committed: all from the log")
          .isGreaterThanOrEqualTo(acked.size());
      for (Ack a : acked.values()) {
        Http.Response r = Http.get(s.url("/articles/" + a.id()));
        assertThat(r.status()).as("acknowledged %s", a.id()).isEqualTo(200);
        assertThat(r.json().get("story").asText()).as("story of %s", a.id()).isEqualTo(a.story());
      }
      Map<String, Integer> after = storySizes(s);
      sizesBefore.forEach((id, size) -> assertThat(after.get(id)).as("story %s", id).isNotNull().isGreaterThanOrEqualTo(size));
      long stored = health.get("articles").asLong();
      // A clean stop (SIGTERM) commits; the next start needs nothing from the log.
      s.close();
      try (ServerProcess again = ServerProcess.start("--data", data.toString())) {
        JsonNode h = Http.get(again.url("/health")).json().get("archive");
        assertThat(h.get("articles").asLong()).isEqualTo(stored);
        assertThat(h.get("recovered_from_log").asInt()).isZero();
        assertThat(List.of(Http.get(again.url("/articles/k-0")).status())).containsExactly(200);
      }
    }
  }
}
