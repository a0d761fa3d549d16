package org.tidende.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tidende.cluster.ClusterConfig;
import org.tidende.cluster.StoryEvents;
import org.tidende.model.Article;
import org.tidende.model.ArticleDate;
import org.tidende.model.ArticleId;
import org.tidende.model.Assignment;
import org.tidende.model.Language;
import org.tidende.model.LanguageGuess;
import org.tidende.model.StoryId;

/**
 * A session that forgets retired stories (a server's, run for years) holds what it tracks per
 * story and per source in bounded memory, and still answers where every story went.
 */
class SessionMemoryTest {
  /** Each article opens a story; a story sharing two words with an open one merges into it. */
  private static final ClusterConfig MERGING = ClusterConfig.defaults().with("threshold", "0.95")
      .with("shortThreshold", "0.95").with("mergeThreshold", "0.05").with("shortMergeThreshold", "0.05")
      .with("revisitAfter", "1").with("maxActiveStories", "16").with("lmAlpha", "0"); // no headline model: titles are in lower case

  private static final Pipeline PIPELINE = new Pipeline(MERGING, a -> new LanguageGuess(Language.EN, 1.0));

  /** A word of event {@code i} no other event writes: letters only, so it is kept as a term. */
  private static String word(int i, char kind) {
    StringBuilder b = new StringBuilder().append(kind);
    for (int n = i; ; n /= 26) {
      b.append((char) ('a' + n % 26));
      if (n < 26) {
        break;
      }
    }
    return b.append("ton").toString();
  }

  private static Article article(String id, int day, String source, String title) {
    return new Article(new ArticleId(id), "test", 1, null, source, title, "",
        ArticleDate.ofDay(LocalDate.of(2020, 1, 1).plusDays(day)), Language.EN, Map.of());
  }

  /** Feeds {@code events} events of two articles each, forgetting stories as they retire, as the archive does. */
  private static Map<String, StoryId> run(Pipeline.Session[] holder, int events, boolean oneSourcePerArticle,
      Map<StoryId, StoryId> everyMerge, Map<String, StoryId> everyMove) {
    List<StoryId> retiring = new ArrayList<>();
    Pipeline.Session session = PIPELINE.newSession(new StoryEvents() {
      @Override
      public void retired(StoryId story) {
        retiring.add(story);
      }

      @Override
      public void merged(StoryId from, StoryId into) {
        everyMerge.put(from, into);
      }

      @Override
      public void moved(ArticleId article, StoryId from, StoryId into) {
        everyMove.put(article.value(), into);
      }
    }, 1000);
    holder[0] = session;
    Map<String, StoryId> assigned = new HashMap<>();
    for (int i = 0; i < events; i++) {
      String a = word(i, 'k');
      String b = word(i, 'm');
      for (int k = 0; k < 2; k++) {
        String id = "e" + i + "-" + k;
        String source = oneSourcePerArticle ? "outlet" + i + "-" + k : "outlet";
        Assignment as = session.accept(article(id, i / 8, source,
            a + " " + b + " " + word(i, k == 0 ? 'p' : 'r') + " " + word(i, k == 0 ? 's' : 't')));
        assigned.put(id, as.story());
        retiring.forEach(session::forget);
        retiring.clear();
      }
    }
    return assigned;
  }

  @Test
  void mergesIntoForgottenStoriesLeaveMemoryAndStayFoundThroughTheirOpener() {
    Pipeline.Session[] s = new Pipeline.Session[1];
    Map<StoryId, StoryId> everyMerge = new HashMap<>();
    int events = 3000;
    Map<String, StoryId> everyMove = new HashMap<>();
    Map<String, StoryId> assigned = run(s, events, false, everyMerge, everyMove);
    Pipeline.Session session = s[0];
    assertThat(everyMerge).hasSizeGreaterThan(events * 9 / 10); // the two reports of (nearly) every event merge
    // the old session followed every merge of the run: 2,700 and more here, one per event for years
    assertThat(session.tracked().get("merges")).isLessThanOrEqualTo(Pipeline.FORGET_BATCH + 64);
    assertThat(session.tracked().get("chains")).isLessThanOrEqualTo(64);
    assertThat(session.tracked().get("retired")).isZero();
    assertThat(session.tracked().get("moves")).isLessThanOrEqualTo(64);
    // every story id handed out still leads to the story it is in: followed in memory, or through the
    // article that opened it (what the archive's store answers)
    int viaOpener = 0;
    for (Map.Entry<String, StoryId> e : assigned.entrySet()) {
      StoryId want = follow(everyMerge, e.getValue());
      StoryId now = session.current(e.getValue());
      if (now.equals(e.getValue()) && !now.equals(want)) {
        String opener = e.getValue().value().substring(1);
        StoryId stored = follow(everyMerge, everyMove.getOrDefault(opener, assigned.get(opener)));
        assertThat(stored).as(e.getKey()).isEqualTo(want);
        viaOpener++;
      } else {
        assertThat(now).as(e.getKey()).isEqualTo(want);
      }
    }
    assertThat(viaOpener).isGreaterThan(events / 2);
  }

  private static StoryId follow(Map<StoryId, StoryId> merges, StoryId s) {
    while (merges.containsKey(s)) {
      s = merges.get(s);
    }
    return s;
  }

  @Test
  void distinctSourcesHeldAreBounded() {
    Pipeline.Session[] s = new Pipeline.Session[1];
    run(s, 2600, true, new HashMap<>(), new HashMap<>());
    assertThat(s[0].tracked().get("sources")).isEqualTo(Pipeline.RUN_SOURCES); // 5,200 before
  }
}
