package org.tidende.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidende.store.ReplayListener;

/**
 * A server listens while it replays its archive, against a real server on a free port: {@code
 * /health} answers 503 "starting" with the replay's progress, the API answers 503 with {@code
 * Retry-After} and takes no article, an unknown route answers 404 and a wrong method 405 as they
 * do after start-up, the web page loads; once the replay is done everything answers as before. The replay is held by a latch in a {@link ReplayListener}, not slowed by data
 * and timed. Before, {@code Service.start} listened only after the replay: a starting server
 * refused connections like a dead one.
 */
class ServiceStartupTest {
  @TempDir Path dir;

  static final String THREE = """
      [{"id": "nn-1", "lang": "nn", "date": "2025-03-11T09:00", "source": "NRK",
        "title": "Brann om bord på ferja Havørn i Skagerrak",
        "text": "Ferja Havørn fekk brann i maskinrommet i Skagerrak. Kaptein Åsland seier alle 212 passasjerar er trygge."},
       {"id": "da-1", "lang": "da", "date": "2025-03-11T10:00", "source": "DR",
        "title": "Brand om bord på færgen Havørn i Skagerrak",
        "text": "Færgen Havørn fik brand i maskinrummet i Skagerrak. Kaptajn Åsland siger at alle 212 passagerer er i sikkerhed."},
       {"id": "sv-9", "lang": "sv", "date": "2025-05-20", "source": "SVT",
        "title": "Strejk stoppar Köpenhamns tunnelbana",
        "text": "Förarna i Köpenhamns tunnelbana strejkar på tisdag, meddelar facket Kjærgaard."}]
      """;
  static final String FOURTH = """
      {"id": "nb-4", "lang": "nb", "title": "Ras stenger E6 ved Kvam", "text": "Et steinras har stengt E6 ved Kvam i Gudbrandsdalen."}
      """;

  Service.Config config(Path data) {
    return new Service.Config(data, "127.0.0.1", 0, null, List.of(), Duration.ofMinutes(5), Duration.ofSeconds(5),
        HttpApi.Limits.defaults());
  }

  /** A data folder holding the three articles, written by a server that has stopped. */
  Path seeded() throws Exception {
    Path data = dir.resolve("data");
    try (Service s = Service.start(config(data), m -> { })) {
      assertThat(Http.post("http://127.0.0.1:" + s.port() + "/articles", THREE).status()).isEqualTo(200);
    }
    return data;
  }

  /** Holds the replay when its clustering is done (every article replayed, stories not yet rebuilt). */
  static final class Hold implements ReplayListener {
    final CountDownLatch reached = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);

    @Override
    public void progress(Step step, long done, long total) {
      if (step == Step.CLUSTERING && done == total && total > 0) {
        reached.countDown();
        try {
          release.await(3, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }

    void awaitReached() throws InterruptedException {
      assertThat(reached.await(3, TimeUnit.MINUTES)).as("the replay reached the hold").isTrue();
    }
  }

  @Test
  void whileReplayingHealthSaysStartingAndTheApiRefusesWithRetryAfterThenAllServes() throws Exception {
    Path data = seeded();
    Hold hold = new Hold();
    Service s = Service.begin(config(data), m -> { }, hold);
    try {
      String base = "http://127.0.0.1:" + s.port();
      hold.awaitReached();

      Http.Response health = Http.get(base + "/health");
      assertThat(health.status()).as(health.body()).isEqualTo(503);
      JsonNode h = health.json();
      assertThat(h.get("status").asText()).isEqualTo("starting");
      assertThat(h.get("startup").get("step").asText()).isEqualTo("clustering");
      assertThat(h.get("startup").get("articles_replayed").asLong()).isEqualTo(3);
      assertThat(h.get("startup").get("articles_total").asLong()).isEqualTo(3);
      assertThat(h.get("startup").get("message").asText()).contains("3 of 3 articles replayed");
      assertThat(h.has("uptime_seconds")).isTrue();

      Http.Response post = Http.post(base + "/articles", FOURTH);
      HttpApiTest.assertError(post, 503);
      assertThat(post.retryAfter()).as("the step is done and the next one's length unknown: the fallback")
          .isEqualTo(String.valueOf(Startup.RETRY_AFTER_FALLBACK_SECONDS));
      assertThat(post.json().get("error").asText()).contains("starting", "3 of 3 articles replayed", "retry");
      assertThat(h.get("retry_after_seconds").asText()).as("/health tells the wait the API asks for").isEqualTo(post.retryAfter());
      for (String path : List.of("/stories", "/stories/s1", "/articles/nn-1", "/articles?id=nn-1", "/search?q=Havørn")) {
        Http.Response r = Http.get(base + path);
        HttpApiTest.assertError(r, 503);
        assertThat(r.retryAfter()).as(path).isNotNull();
      }
      List<String> unknown = List.of("/nowhere", "/api/stories", "/static/missing.js");
      Map<String, String> startingBodies = new LinkedHashMap<>();
      for (String path : unknown) {
        Http.Response r = Http.get(base + path);
        HttpApiTest.assertError(r, 404);
        assertThat(r.retryAfter()).as(path).isNull();
        startingBodies.put(path, r.body());
      }
      HttpApiTest.assertError(Http.post(base + "/nowhere", FOURTH), 404);
      Http.Response delete = Http.send(HttpRequest.newBuilder(URI.create(base + "/stories")).DELETE());
      HttpApiTest.assertError(delete, 405);
      Http.Response page = Http.get(base + "/");
      assertThat(page.status()).isEqualTo(200);
      assertThat(page.contentType()).startsWith("text/html");
      assertThat(Http.get(base + "/static/app.js").status()).isEqualTo(200);

      hold.release.countDown();
      s.awaitReady();
      Http.Response ready = Http.get(base + "/health");
      assertThat(ready.status()).as(ready.body()).isEqualTo(200);
      assertThat(ready.json().get("status").asText()).isEqualTo("ok");
      assertThat(ready.json().get("archive").get("replayed_at_start").asLong()).isEqualTo(3);
      assertThat(ready.json().has("startup")).isFalse();
      for (String path : unknown) {
        assertThat(Http.get(base + path).body()).as("%s: the 404 of a ready server", path).isEqualTo(startingBodies.get(path));
      }
      assertThat(Http.send(HttpRequest.newBuilder(URI.create(base + "/stories")).DELETE()).body()).isEqualTo(delete.body());
      Http.Response again = Http.post(base + "/articles", FOURTH);
      assertThat(again.status()).as(again.body()).isEqualTo(200);
      assertThat(again.json().get("accepted").asInt()).as("refused while starting, so not a duplicate now").isEqualTo(1);
      assertThat(Http.get(base + "/articles/nb-4").status()).isEqualTo(200);
      assertThat(Http.get(base + "/stories").json().get("total").asInt()).isEqualTo(3);
    } finally {
      hold.release.countDown();
      s.close();
    }
  }

  /**
   * No window between "starting" and the stories: at every report of the replay (each slice of
   * clustering, each slice of stories rebuilt, the commit), {@code /health} is a 503 "starting" and
   * {@code /stories} a 503 with {@code Retry-After}; from the moment {@code /health} says ok,
   * {@code /stories} is a 200 listing every story. Asked from the replay's own thread (the listener
   * runs on it), so the replay cannot move on between the report and the answers.
   * (DurabilityTest once saw a /stories without a list after a restart; this rules out the server
   * saying ready before its stories are written.)
   */
  @Test
  void atEveryReportOfTheReplayTheServerIsStartingAndOnceReadyEveryStoryIsListed() throws Exception {
    Path data = dir.resolve("data");
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      many.append(DurabilityTest.article(i)).append('\n');
    }
    try (Service s = Service.start(config(data), m -> { })) {
      assertThat(Http.post("http://127.0.0.1:" + s.port() + "/articles", many.toString()).status()).isEqualTo(200);
    }
    CompletableFuture<String> base = new CompletableFuture<>();
    List<String> seen = new CopyOnWriteArrayList<>();
    List<String> wrong = new CopyOnWriteArrayList<>();
    ReplayListener ask = new ReplayListener() {
      @Override
      public void progress(Step step, long done, long total) {
        try {
          String at = base.get(1, TimeUnit.MINUTES);
          String report = step + " " + done + "/" + total;
          seen.add(report);
          Http.Response h = Http.get(at + "/health");
          if (h.status() != 503 || !h.json().path("status").asText().equals("starting")) {
            wrong.add(report + ": /health " + h.status() + " " + h.body());
          }
          Http.Response st = Http.get(at + "/stories?limit=500");
          if (st.status() != 503 || st.retryAfter() == null) {
            wrong.add(report + ": /stories " + st.status() + " " + st.body());
          }
        } catch (Exception e) {
          wrong.add(step + " " + done + "/" + total + ": " + e);
        }
      }
    };
    Service s = Service.begin(config(data), m -> { }, ask);
    try {
      base.complete("http://127.0.0.1:" + s.port());
      s.awaitReady();
      assertThat(wrong).as("answers while replaying").isEmpty();
      assertThat(seen).as("reports heard").anyMatch(r -> r.startsWith("CLUSTERING 16/60"))
          .anyMatch(r -> r.startsWith("STORIES")).anyMatch(r -> r.startsWith("COMMITTING"));
      Http.Response h = Http.get(base.get() + "/health");
      assertThat(h.status()).as(h.body()).isEqualTo(200);
      long stories = h.json().get("archive").get("stories").asLong();
      assertThat(stories).isBetween(2L, 60L);
      Http.Response page = Http.get(base.get() + "/stories?limit=500&articles=1000");
      assertThat(page.status()).as(page.body()).isEqualTo(200);
      assertThat(page.json().get("total").asLong()).as(page.body()).isEqualTo(stories);
      assertThat(page.json().get("stories")).as(page.body()).hasSize((int) stories);
      int members = 0;
      for (JsonNode st : page.json().get("stories")) {
        members += st.get("articles").size();
      }
      assertThat(members).as("every replayed article in a listed story").isEqualTo(60);
    } finally {
      s.close();
    }
  }

  /**
   * A replay that fails turns "starting" into "failed" with the reason, for /health and the API;
   * {@link Service#awaitReady} throws it, and the archive is as it was (nothing of the replay is
   * committed).
   */
  @Test
  void aFailedReplayIsReportedAndLeavesTheArchiveAsItWas() throws Exception {
    Path data = seeded();
    ReplayListener failing = new ReplayListener() {
      @Override
      public void progress(Step step, long done, long total) {
        if (step == Step.STORIES) {
          throw new IllegalStateException("story view broke");
        }
      }
    };
    Service s = Service.begin(config(data), m -> { }, failing);
    try {
      String base = "http://127.0.0.1:" + s.port();
      assertThatThrownBy(s::awaitReady).isInstanceOf(IOException.class).hasMessageContaining("story view broke");
      Http.Response health = Http.get(base + "/health");
      assertThat(health.status()).isEqualTo(503);
      assertThat(health.json().get("status").asText()).isEqualTo("failed");
      assertThat(health.json().get("error").asText()).contains("IllegalStateException", "see the server log");
      Http.Response post = Http.post(base + "/articles", FOURTH);
      HttpApiTest.assertError(post, 503);
      assertThat(post.json().get("error").asText()).contains("failed to start", "IllegalStateException");
    } finally {
      s.close();
    }
    try (Service s2 = Service.start(config(data), m -> { })) {
      assertThat(s2.archive().stats().articles()).isEqualTo(3);
      assertThat(s2.archive().stats().stories()).isEqualTo(2);
    }
  }

  /** Stopped while it replays, a server gives up the replay, closes its port and releases the folder. */
  @Test
  void aStopWhileStartingEndsTheReplayAndReleasesTheFolder() throws Exception {
    Path data = seeded();
    Hold hold = new Hold();
    Service s = Service.begin(config(data), m -> { }, hold);
    String base = "http://127.0.0.1:" + s.port();
    hold.awaitReached();
    CompletableFuture<Void> closed = CompletableFuture.runAsync(() -> {
      try {
        s.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    while (!s.closing()) {
      Thread.onSpinWait();
    }
    hold.release.countDown();
    closed.get(3, TimeUnit.MINUTES);
    assertThatThrownBy(s::awaitReady).isInstanceOf(IOException.class).hasMessageContaining("stopped while starting");
    assertThatThrownBy(() -> Http.get(base + "/health")).isInstanceOf(ConnectException.class);
    try (Service s2 = Service.start(config(data), m -> { })) {
      assertThat(s2.archive().stats().articles()).isEqualTo(3);
    }
  }
}
