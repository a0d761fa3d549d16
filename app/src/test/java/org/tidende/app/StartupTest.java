package org.tidende.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.tidende.store.ReplayListener.Step;

/** What a starting server reports at each step of its replay, and a stop that ends the replay. */
class StartupTest {

  @Test
  void eachStepIsReportedWithItsCountsAndTheArticlesReplayedSoFar() {
    Startup s = new Startup(m -> { });
    JsonNode opening = s.status();
    assertThat(opening.get("status").asText()).isEqualTo("starting");
    assertThat(opening.get("startup").get("step").asText()).isEqualTo("opening");
    assertThat(opening.get("startup").get("articles_total").isNull()).as("unknown yet").isTrue();
    assertThat(opening.get("retry_after_seconds").asInt()).isEqualTo(Startup.RETRY_AFTER_FALLBACK_SECONDS);

    s.progress(Step.READING, 4096, 52614);
    assertThat(s.status().get("startup").get("message").asText()).startsWith("reading 4,096 of 52,614 stored articles");
    assertThat(s.status().get("startup").get("articles_replayed").asLong()).isZero();

    s.progress(Step.CLUSTERING, 20480, 52614);
    JsonNode clustering = s.status().get("startup");
    assertThat(clustering.get("articles_replayed").asLong()).isEqualTo(20480);
    assertThat(clustering.get("message").asText()).startsWith("replaying the archive, 20,480 of 52,614 articles replayed");

    s.progress(Step.CLUSTERING, 52614, 52614);
    s.progress(Step.STORIES, 2048, 36469);
    JsonNode stories = s.status().get("startup");
    assertThat(stories.get("step").asText()).isEqualTo("stories");
    assertThat(stories.get("step_done").asLong()).isEqualTo(2048);
    assertThat(stories.get("step_total").asLong()).isEqualTo(36469);
    assertThat(stories.get("articles_replayed").asLong()).as("every article is through").isEqualTo(52614);
    assertThat(stories.get("message").asText()).startsWith("rebuilding stories, 2,048 of 36,469 stories written");
    assertThat(s.notReady().status).isEqualTo(503);
    assertThat(s.notReady().getMessage()).startsWith("the server is starting: rebuilding stories").endsWith("retry in 5 s");

    s.failed("disk full");
    assertThat(s.status().get("status").asText()).isEqualTo("failed");
    assertThat(s.status().get("error").asText()).isEqualTo("disk full");
    assertThat(s.notReady().getMessage()).contains("failed to start: disk full");
  }

  /**
   * Retry-After is the time the current step still needs at its rate over the last 10 s of
   * reports, from its first units on (a client that comes back then gets the next step's
   * estimate), within 1..120 s, and the fallback where there is no rate yet or nothing left of the
   * step to measure the next one by. The clock is the test's.
   */
  @Test
  void retryAfterEstimatesTheStepsTimeLeftFromItsRecentRate() {
    long[] nanos = {0};
    Startup s = new Startup(m -> { }, () -> nanos[0]);
    assertThat(s.retryAfterSeconds()).as("opening: no rate yet").isEqualTo(Startup.RETRY_AFTER_FALLBACK_SECONDS);

    nanos[0] = seconds(3);
    s.progress(Step.CLUSTERING, 0, 52614);
    assertThat(s.retryAfterSeconds()).as("nothing replayed yet").isEqualTo(Startup.RETRY_AFTER_FALLBACK_SECONDS);
    nanos[0] = seconds(3 + 20);
    s.progress(Step.CLUSTERING, 10240, 52614);
    assertThat(s.retryAfterSeconds()).as("the first units: the time before them may be set-up")
        .isEqualTo(Startup.RETRY_AFTER_FALLBACK_SECONDS);
    nanos[0] = seconds(3 + 20 + 30);
    s.progress(Step.CLUSTERING, 40960, 52614);
    assertThat(s.retryAfterSeconds()).as("11654 articles left at 1024/s").isEqualTo(12);
    nanos[0] = seconds(3 + 20 + 30 + 5);
    assertThat(s.retryAfterSeconds()).as("5 s later, with no report since").isEqualTo(7);
    assertThat(s.notReady().getMessage()).endsWith("retry in 7 s");
    assertThat(s.status().get("retry_after_seconds").asInt()).as("/health says it too").isEqualTo(7);
    nanos[0] = seconds(3 + 20 + 30 + 30);
    assertThat(s.retryAfterSeconds()).as("late: at least 1 s").isEqualTo(1);
    s.progress(Step.CLUSTERING, 52614, 52614);
    assertThat(s.retryAfterSeconds()).as("step done, the next one's length unknown")
        .isEqualTo(Startup.RETRY_AFTER_FALLBACK_SECONDS);

    nanos[0] = seconds(100);
    s.progress(Step.STORIES, 0, 36469);
    nanos[0] = seconds(108);
    s.progress(Step.STORIES, 2048, 36469);
    nanos[0] = seconds(118);
    s.progress(Step.STORIES, 4096, 36469);
    assertThat(s.retryAfterSeconds()).as("32373 stories left at 204.8/s is 158 s: at most 120")
        .isEqualTo(Startup.RETRY_AFTER_MAX_SECONDS);
    nanos[0] = seconds(128);
    s.progress(Step.STORIES, 20480, 36469);
    assertThat(s.retryAfterSeconds()).as("15989 left at the last 10 s's 1638/s, not the step's 922/s")
        .isEqualTo(10);

    s.failed("disk full");
    assertThat(s.retryAfterSeconds()).isEqualTo(Startup.RETRY_AFTER_FALLBACK_SECONDS);
    assertThat(s.status().has("retry_after_seconds")).as("failed: nothing to retry").isFalse();
  }

  private static long seconds(double s) {
    return (long) (s * 1e9);
  }

  @Test
  void aQuickReplayLogsNoProgressAndCancelStopsTheReplay() {
    List<String> log = new ArrayList<>();
    Startup s = new Startup(log::add);
    for (int i = 0; i <= 52614; i += 2048) {
      s.progress(Step.CLUSTERING, i, 52614);
    }
    assertThat(log).as("a quick replay says nothing until ready").isEmpty();
    s.cancel();
    assertThatThrownBy(() -> s.progress(Step.STORIES, 0, 10)).isInstanceOf(CancellationException.class)
        .hasMessageContaining("stopped while starting");
  }
}
