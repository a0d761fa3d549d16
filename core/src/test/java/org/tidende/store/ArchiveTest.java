package org.tidende.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.tidende.TestData;
import org.tidende.ingest.IngestEvent;
import org.tidende.ingest.Ingestor;
import org.tidende.model.Article;
import org.tidende.model.ArticleDate;
import org.tidende.model.ArticleId;
import org.tidende.model.Language;
import org.tidende.model.Story;
import org.tidende.model.StoryId;
import org.tidende.pipeline.Pipeline;

class ArchiveTest {
  @TempDir Path dir;

  static JsonNode render(Story s) {
    ObjectNode o = ArticleCodec.JSON.createObjectNode();
    o.put("id", s.id().value());
    o.put("headline", s.headline());
    o.put("size", s.size());
    var arr = o.putArray("articles");
    s.articles().forEach(a -> arr.add(a.id().value()));
    o.putArray("entities").add("Kim Jong-un").addObject().put("key", "vladivostok");
    return o;
  }

  static Article article(String id, String lang, String date, String title, String text, String url) {
    return new Article(new ArticleId(id), "test", 0, url, "Avis " + id.charAt(0), title, text,
        ArticleDate.parse(date).orElse(null), Language.parse(lang), Map.of("cluster", "c1"));
  }

  static List<Article> fixtures() {
    return List.of(
        article("a1", "nn", "2019-04-25T10:00", "Kim og Putin møttest i Vladivostok",
            "Nordkoreas leiar Kim Jong-un møtte Russlands president Vladimir Putin i Vladivostok torsdag.", "https://nrk.no/a1"),
        article("b2", "da", "2019-04-25T11:00", "Kim Jong-un mødes med Putin i Vladivostok",
            "Nordkoreas leder Kim Jong-un mødtes torsdag med Ruslands præsident Vladimir Putin i Vladivostok.", "https://dr.dk/b2"),
        article("c3", "sv", "2019-06-01", "Strejk i Köpenhamns tunnelbana",
            "Tunnelbanans förare i Köpenhamn strejkar på tisdag, meddelar facket.", null));
  }

  Archive open(Duration commit) throws Exception {
    return Archive.open(dir, Pipeline.standard(), ArchiveTest::render,
        Archive.Options.defaults().withCommitInterval(commit), m -> { });
  }

  @Test
  void storesArticlesWithAllFieldsAndFindsThemAgainAfterRestart() throws Exception {
    List<IngestOutcome> out;
    List<String> storiesBefore;
    try (Archive a = open(Duration.ofSeconds(5))) {
      out = a.ingest(fixtures());
      assertThat(out).allMatch(o -> o instanceof IngestOutcome.Accepted);
      var first = (IngestOutcome.Accepted) out.get(0);
      var second = (IngestOutcome.Accepted) out.get(1);
      assertThat(first.opened()).isTrue();
      assertThat(second.story()).as("Danish report joins the Nynorsk one").isEqualTo(first.story());
      storiesBefore = a.stories(StoryQuery.newest(10)).stories();
      assertThat(storiesBefore).hasSize(2);
    }
    try (Archive a = open(Duration.ofSeconds(5))) {
      StoredArticle s = a.article(new ArticleId("b2")).orElseThrow();
      assertThat(s.article()).isEqualTo(fixtures().get(1));
      assertThat(s.language()).isEqualTo(Language.DA);
      assertThat(s.seq()).isEqualTo(2);
      assertThat(a.stories(StoryQuery.newest(10)).stories()).isEqualTo(storiesBefore);
      assertThat(a.stats().articles()).isEqualTo(3);
      assertThat(a.stats().replayedArticles()).isEqualTo(3);
    }
  }

  /**
   * A story id the session no longer follows (a merge into a story retired and written long ago,
   * which the session forgets) is found through the store: the article that opened it is stored
   * under the story holding it now. Shown with the id of the story the joining article would have
   * opened (the same lookup); before, such an id answered itself, and a forgotten merge a 404.
   */
  @Test
  void anIdNotFollowedInMemoryIsFoundThroughItsOpeningArticle() throws Exception {
    try (Archive a = open(Duration.ofSeconds(5))) {
      List<IngestOutcome> out = a.ingest(fixtures());
      StoryId kim = ((IngestOutcome.Accepted) out.get(0)).story();
      assertThat(a.currentStory(kim)).isEqualTo(kim);
      assertThat(a.currentStory(StoryId.openedBy(new ArticleId("b2")))).isEqualTo(kim);
      assertThat(a.currentStory(new StoryId("nope"))).isEqualTo(new StoryId("nope"));
    }
  }

  /**
   * The replay tells its listener that the folder is held, then each step with its counts, in
   * order; a listener that throws stops the open, releases the folder and leaves the archive as it
   * was (how a server stopped while it starts gives up its replay).
   */
  @Test
  void replayReportsItsStepsAndAListenerThatThrowsStopsItWithoutHarm() throws Exception {
    try (Archive a = open(Duration.ofSeconds(5))) {
      a.ingest(fixtures());
    }
    List<String> heard = new ArrayList<>();
    ReplayListener recording = new ReplayListener() {
      @Override
      public void locked() {
        heard.add("locked");
      }

      @Override
      public void progress(Step step, long done, long total) {
        heard.add(step + " " + done + "/" + total);
      }
    };
    try (Archive a = Archive.open(dir, Pipeline.standard(), ArchiveTest::render, Archive.Options.defaults(), m -> { },
        recording)) {
      assertThat(a.stats().replayedArticles()).isEqualTo(3);
    }
    assertThat(heard).containsExactly("locked", "READING 0/3", "READING 3/3", "CLUSTERING 0/3", "CLUSTERING 3/3",
        "STORIES 0/2", "STORIES 2/2", "COMMITTING 0/3");

    IllegalStateException stop = new IllegalStateException("stopped while starting");
    ReplayListener stopping = new ReplayListener() {
      @Override
      public void progress(Step step, long done, long total) {
        if (step == Step.STORIES) {
          throw stop;
        }
      }
    };
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Archive.open(dir, Pipeline.standard(), ArchiveTest::render,
        Archive.Options.defaults(), m -> { }, stopping)).isSameAs(stop);
    try (Archive a = open(Duration.ofSeconds(5))) {
      assertThat(a.stats().articles()).isEqualTo(3);
      assertThat(a.stories(StoryQuery.newest(10)).stories()).hasSize(2);
    }
  }

  /**
   * A replay tells its progress every ~5 % of a step (at least every 16 articles or stories here,
   * at most 128 on a large archive), not once a chunk of 2,048: before, a server's /health said
   * "rebuilding stories, 0 of 1888" until the step ended, and "12288 of 19433 articles replayed"
   * for 24 s on a 20,000-article archive.
   */
  @Test
  void replayReportsItsProgressEveryFewPercent() throws Exception {
    List<Article> many = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      many.add(article("p" + i, "nb", "2025-03-11", "Melding " + i + " om tema" + i, "Teksten om tema" + i + " og ingenting annet " + i + ".", null));
    }
    try (Archive a = open(Duration.ofSeconds(5))) {
      a.ingest(many);
    }
    Map<ReplayListener.Step, List<Long>> done = new EnumMap<>(ReplayListener.Step.class);
    Map<ReplayListener.Step, Long> totals = new EnumMap<>(ReplayListener.Step.class);
    ReplayListener recording = new ReplayListener() {
      @Override
      public void progress(Step step, long d, long total) {
        done.computeIfAbsent(step, k -> new ArrayList<>()).add(d);
        totals.put(step, total);
      }
    };
    try (Archive a = Archive.open(dir, Pipeline.standard(), ArchiveTest::render, Archive.Options.defaults(), m -> { }, recording)) {
      assertThat(a.stats().replayedArticles()).isEqualTo(60);
    }
    for (ReplayListener.Step step : List.of(ReplayListener.Step.CLUSTERING, ReplayListener.Step.STORIES)) {
      List<Long> d = done.get(step);
      assertThat(totals.get(step)).as(step.name()).isGreaterThan(32);
      assertThat(d.getFirst()).isZero();
      assertThat(d.getLast()).as(step.name()).isEqualTo(totals.get(step));
      for (int i = 1; i < d.size(); i++) {
        assertThat(d.get(i) - d.get(i - 1)).as(step + " " + d).isBetween(0L, 16L);
      }
    }
    assertThat(ArchiveState.progressSlice(19_433, 2048)).isEqualTo(128);
    assertThat(ArchiveState.progressSlice(1_888, 2048)).isEqualTo(94);
    assertThat(ArchiveState.progressSlice(3, 2)).isEqualTo(2);
  }

  /**
   * A replay writes at most one retired story's view per article of a slice before it reports: a
   * sweep that retires many stories at once (here 300 January stories, retired together when March
   * arrives) has them written over the next slices. Before, they were all built before the slice's
   * report, and /health stood still meanwhile: 3.5 s for a slice that retired 789 stories of the
   * 19,433 Danish front pages (7 s on a busier machine).
   */
  @Test
  void aSliceThatRetiresManyStoriesWritesThemOverTheNextSlices() throws Exception {
    List<Article> many = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      String w = word(i);
      many.add(article("r" + i, "nb", i < 300 ? "2025-01-10" : "2025-03-10", "Melding om " + w, "Teksten handler om " + w + " og " + word(i + 1000) + ".", null));
    }
    try (Archive a = open(Duration.ofSeconds(5))) {
      a.ingest(many);
    }
    AtomicLong built = new AtomicLong();
    List<long[]> clustering = new ArrayList<>(); // {articles done, views built by then}
    ReplayListener recording = new ReplayListener() {
      @Override
      public void progress(Step step, long d, long total) {
        if (step == Step.CLUSTERING) {
          clustering.add(new long[] {d, built.get()});
        }
      }
    };
    long stories;
    try (Archive a = Archive.open(dir, Pipeline.standard(), s -> { built.incrementAndGet(); return render(s); },
        Archive.Options.defaults(), m -> { }, recording)) {
      stories = a.stats().stories();
      assertThat(a.stories(StoryQuery.newest(1)).total()).as("every story's view stored").isEqualTo(stories);
    }
    assertThat(stories).as("January's stories and March's").isGreaterThan(250);
    long most = 0;
    for (int i = 1; i < clustering.size(); i++) {
      long articles = clustering.get(i)[0] - clustering.get(i - 1)[0];
      long views = clustering.get(i)[1] - clustering.get(i - 1)[1];
      most = Math.max(most, views);
      assertThat(views).as("views built in a slice of %d articles", articles).isLessThanOrEqualTo(articles);
    }
    assertThat(most).as("retired stories were written while clustering").isPositive();
    assertThat(built.get()).as("each story's view built once").isEqualTo(stories);
  }

  /** A made-up word for {@code i}, two to four letters, none of them a common word. */
  private static String word(int i) {
    String letters = "bdfgklmnprstvz";
    StringBuilder b = new StringBuilder("Kv");
    for (int n = i; ; n /= letters.length()) {
      b.append(letters.charAt(n % letters.length())).append("ø");
      if (n < letters.length()) {
        break;
      }
    }
    return b.toString();
  }

  /**
   * Articles from ../shared ingested in small groups with a read after each, so stories are rebuilt
   * while later articles still merge them and move their members: a day of Swedish feeds
   * (headlines and leads: merges and moves) and ECB+ (full texts: splits too, which move members
   * into a story no article opened). Every story in the index must then hold what one pipeline
   * session over the same articles gives, every article must be indexed under the story that holds
   * it, and no merged-away story may be left; the same after a restart, which replays the archive.
   * Before stories were revised in the archive, the first merge or split made every later refresh
   * and commit fail, and the folder could not be opened again.
   */
  @ParameterizedTest
  @CsvSource({"data/scandinavian/sv-rss-2025-09.jsonl, 2000",
      "data/clustering/ecbplus-dev.jsonl, 300"})
  void storiesRevisedByMergesMovesAndSplitsStayConsistentInTheIndexAndAfterRestart(String shared, int first)
      throws Exception {
    Path file = TestData.sharedOrSkip(shared);
    List<Article> articles = new ArrayList<>();
    new Ingestor().readFile(file, ev -> {
      if (ev instanceof IngestEvent.Accepted acc && articles.size() < first) {
        articles.add(acc.article());
      }
    });
    List<Article> kept = new ArrayList<>();
    Map<String, String> assigned = new HashMap<>();
    List<String> messages = new CopyOnWriteArrayList<>();
    try (Archive a = Archive.open(dir, Pipeline.standard(), ArchiveTest::render, Archive.Options.defaults(), messages::add)) {
      for (int i = 0; i < articles.size(); i += 40) {
        List<Article> group = articles.subList(i, Math.min(articles.size(), i + 40));
        List<IngestOutcome> out = a.ingest(group);
        for (int j = 0; j < group.size(); j++) {
          if (out.get(j) instanceof IngestOutcome.Accepted acc) {
            kept.add(group.get(j));
            assigned.put(acc.id().value(), acc.story().value());
          }
        }
        a.stories(StoryQuery.newest(1));
      }
      assertStories(a, reference(kept));
    }
    assertThat(messages).as("no failed refresh or commit").noneMatch(m -> m.contains("failed") || m.contains("error"));
    Map<String, Set<String>> expected = reference(kept);
    long revised = assigned.entrySet().stream()
        .filter(e -> expected.get(e.getValue()) == null || !expected.get(e.getValue()).contains(e.getKey())).count();
    assertThat(revised).as("articles whose story was merged, moved or split after they arrived").isGreaterThan(10);
    try (Archive a = open(Duration.ofSeconds(5))) {
      assertStories(a, expected);
    }
  }

  /** Each story of one pipeline session over {@code articles}, by id: its members' ids. */
  private static Map<String, Set<String>> reference(List<Article> articles) {
    Pipeline.Session reference = Pipeline.standard().newSession(true);
    Map<ArticleId, StoryId> assigned = new LinkedHashMap<>();
    articles.forEach(a -> assigned.put(a.id(), reference.accept(a).story()));
    Map<String, Set<String>> expected = new HashMap<>();
    assigned.forEach((id, story) -> expected.computeIfAbsent(reference.storyOf(id, story).value(), k -> new HashSet<>())
        .add(id.value()));
    return expected;
  }

  private static void assertStories(Archive a, Map<String, Set<String>> expected) throws Exception {
    Map<String, Set<String>> stored = new HashMap<>();
    for (int offset = 0; ; offset += StoryQuery.MAX_LIMIT) {
      StoryPage page = a.stories(new StoryQuery(StoryQuery.Sort.NEWEST, StoryQuery.MAX_LIMIT, offset, null, null, null, null, null));
      for (String json : page.stories()) {
        JsonNode story = ArticleCodec.JSON.readTree(json);
        Set<String> ids = new HashSet<>();
        story.path("articles").forEach(id -> ids.add(id.asText()));
        stored.put(story.path("id").asText(), ids);
      }
      if (page.stories().size() < StoryQuery.MAX_LIMIT) {
        break;
      }
    }
    assertThat(stored).isEqualTo(expected);
    expected.forEach((story, ids) -> ids.forEach(id ->
        assertThat(a.article(new ArticleId(id)).orElseThrow().story().value()).as(id).isEqualTo(story)));
  }

  /**
   * Issue 3's bounded memory: over 200 days of three-article local stories, stories older than the
   * clustering window retire and, once their records are written, leave the writer's memory; every
   * story is still served from the store, with each article under it, before and after a restart.
   * Before, the writer held every article it had stored (600 here).
   */
  @Test
  void retiredStoriesLeaveMemoryAndAreStillServed() throws Exception {
    List<Article> articles = new ArrayList<>();
    LocalDate start = LocalDate.of(2021, 1, 4);
    for (int d = 0; d < 200; d++) {
      String place = "Kval" + letters(d) + "vik";
      String word = "skur" + letters(d);
      String date = start.plusDays(d) + "T";
      for (int k = 0; k < 3; k++) {
        articles.add(article("d" + d + "-" + k, "nb", date + (8 + k) + ":00", "Brann i " + word + " i " + place,
            "Brannvesenet i " + place + " slukket brannen i " + word + " natt til "
                + List.of("mandag", "tirsdag", "onsdag").get(k) + ". Ingen ble skadd, opplyser politiet i " + place + ".",
            null));
      }
    }
    Map<String, Set<String>> expected = reference(articles);
    try (Archive a = open(Duration.ofSeconds(5))) {
      for (int d = 0; d < 200; d++) {
        a.ingest(articles.subList(3 * d, 3 * d + 3));
        if (d % 20 == 19) {
          a.stories(StoryQuery.newest(1)); // a reader: the writer flushes
        }
      }
      assertStories(a, expected);
      assertThat(a.stats().articles()).isEqualTo(600);
      assertThat(a.stats().stories()).isEqualTo(expected.size());
      assertThat(a.stats().heldArticles()).as("members of open stories only").isLessThan(100);
    }
    try (Archive a = open(Duration.ofSeconds(5))) {
      assertStories(a, expected);
      assertThat(a.stats().stories()).isEqualTo(expected.size());
      assertThat(a.stats().heldArticles()).as("after replay too").isLessThan(100);
    }
  }

  /** Three-article local stories, one a day for {@code days} days from 4 January 2021 (each retires after its window). */
  private static List<Article> localStories(int days) {
    List<Article> articles = new ArrayList<>();
    LocalDate start = LocalDate.of(2021, 1, 4);
    for (int d = 0; d < days; d++) {
      String place = "Kval" + letters(d) + "vik";
      String word = "skur" + letters(d);
      String date = start.plusDays(d) + "T";
      for (int k = 0; k < 3; k++) {
        articles.add(article("d" + d + "-" + k, "nb", date + (8 + k) + ":00", "Brann i " + word + " i " + place,
            "Brannvesenet i " + place + " slukket brannen i " + word + " natt til "
                + List.of("mandag", "tirsdag", "onsdag").get(k) + ". Ingen ble skadd, opplyser politiet i " + place + ".",
            null));
      }
    }
    return articles;
  }

  /** Every story's stored JSON, newest first. */
  private static List<String> allStories(Archive a) throws Exception {
    List<String> out = new ArrayList<>();
    for (int offset = 0; ; offset += StoryQuery.MAX_LIMIT) {
      StoryPage page = a.stories(new StoryQuery(StoryQuery.Sort.NEWEST, StoryQuery.MAX_LIMIT, offset, null, null, null, null, null));
      out.addAll(page.stories());
      if (page.stories().size() < StoryQuery.MAX_LIMIT) {
        return out;
      }
    }
  }

  /**
   * A restart's replay streams the archive: it holds the open stories' members and a chunk or two
   * of articles read, not every stored article (1,200 here, replayed 32 at a time; the clusterer
   * retires idle stories every 256 articles, so up to some 300 are held), and gives the
   * same stories, views and articles as the run that stored them; with the views built again (no
   * build known), with them kept (the same build), and after a crash that left half the archive in
   * the log only, which must interleave with the stored half in seq order. Before, the replay read
   * every stored article into a list first (a peak of 1,200).
   */
  @Test
  void aReplayHoldsTheOpenStoriesAndAChunkNotTheWholeArchive() throws Exception {
    List<Article> articles = localStories(400);
    Map<String, Set<String>> expected = reference(articles);
    Archive.Options build = Archive.Options.defaults().withViewsBuild("build-1");
    List<String> views;
    try (Archive a = Archive.open(dir, Pipeline.standard(), ArchiveTest::render, build, m -> { })) {
      for (int d = 0; d < 400; d++) {
        a.ingest(articles.subList(3 * d, 3 * d + 3));
      }
      views = allStories(a);
    }
    for (Archive.Options o : List.of(Archive.Options.defaults(), build, build)) {
      List<String> log = new ArrayList<>();
      try (Archive a = Archive.open(dir, Pipeline.standard(), ArchiveTest::render, o, log::add, ReplayListener.NONE, 32)) {
        assertThat(a.stats().replayedArticles()).isEqualTo(1200);
        assertThat(a.replayPeakHeld()).as("open stories' members and two chunks of 32").isLessThan(400);
        assertStories(a, expected);
        assertThat(allStories(a)).isEqualTo(views);
        assertThat(a.stats().stories()).isEqualTo(expected.size());
        assertThat(log).anyMatch(m -> m.contains("1,200 articles in " + expected.size() + " stories replayed"));
      }
    }
    // a crash: the first half committed, the second only in the log
    Path crashedDir = Files.createTempDirectory(dir.getParent(), "halves");
    Path crashed = Files.createTempDirectory(dir.getParent(), "crashed");
    try (Archive a = Archive.open(crashedDir, Pipeline.standard(), ArchiveTest::render, build, m -> { })) {
      a.ingest(articles.subList(0, 600));
    }
    Archive a = Archive.open(crashedDir, Pipeline.standard(), ArchiveTest::render, build.withCommitInterval(Duration.ofHours(1)), m -> { });
    for (int d = 200; d < 400; d++) {
      a.ingest(articles.subList(3 * d, 3 * d + 3));
    }
    copy(crashedDir, crashed);
    a.close();
    try (Archive b = Archive.open(crashed, Pipeline.standard(), ArchiveTest::render, build, m -> { }, ReplayListener.NONE, 32)) {
      assertThat(b.stats().recoveredFromLog()).isEqualTo(600);
      assertThat(b.replayPeakHeld()).isLessThan(400);
      assertStories(b, expected);
      assertThat(allStories(b)).isEqualTo(views);
    }
  }

  /**
   * The duplicate index holds in memory only the articles added since the readers last refreshed;
   * the store answers for the rest, by id, URL and content, before and after a restart. Before, it
   * held the keys of every article kept (1,200 here).
   */
  @Test
  void duplicatesOfOldArticlesAreFoundInTheStoreNotHeldInMemory() throws Exception {
    List<Article> articles = new ArrayList<>();
    for (Article x : localStories(400)) {
      articles.add(new Article(x.id(), x.file(), x.line(), "https://avis.no/" + x.id().value(), x.source(), x.title(),
          x.text(), x.date(), x.declaredLanguage(), x.labels()));
    }
    Article first = articles.get(0);
    List<Article> again = List.of(
        article("r1", "nb", null, "Annen tittel", "Annen tekst.", "HTTPS://AVIS.no/" + first.id().value() + "/#topp"),
        article("r2", "nb", null, "  " + first.title(), first.text(), null),
        article(first.id().value(), "nb", null, "Tredje", "Tredje tekst.", null));
    List<IngestOutcome> expected = List.of(new IngestOutcome.Duplicate(new ArticleId("r1"), first.id(), "url"),
        new IngestOutcome.Duplicate(new ArticleId("r2"), first.id(), "content"),
        new IngestOutcome.Duplicate(first.id(), first.id(), "id"));
    try (Archive a = open(Duration.ofSeconds(5))) {
      for (int d = 0; d < 400; d++) {
        a.ingest(articles.subList(3 * d, 3 * d + 3));
      }
      a.stories(StoryQuery.newest(1)); // a reader: the writer refreshes
      assertThat(a.duplicatesHeld()).as("keys held once the readers see every article").isLessThan(10);
      assertThat(a.ingest(again)).isEqualTo(expected);
      assertThat(a.ingest(List.of(articles.get(600)))).containsExactly(
          new IngestOutcome.Duplicate(articles.get(600).id(), articles.get(600).id(), "id"));
    }
    try (Archive a = open(Duration.ofSeconds(5))) {
      assertThat(a.duplicatesHeld()).isLessThan(10);
      assertThat(a.ingest(again)).isEqualTo(expected);
      assertThat(a.stats().articles()).isEqualTo(1200);
    }
  }

  /** {@code n} in letters, a word of its own per number ("ba", "bb", ...). */
  private static String letters(int n) {
    return "" + (char) ('b' + n / 20) + (char) ('b' + n % 20);
  }

  @Test
  void duplicatesByIdUrlAndContentAreNotStoredTwice() throws Exception {
    try (Archive a = open(Duration.ofSeconds(5))) {
      a.ingest(fixtures());
      Article sameId = article("a1", "nn", null, "Anna tittel", "Anna tekst.", null);
      Article sameUrl = article("x9", "nn", null, "Tredje tittel", "Tredje tekst.", "HTTPS://NRK.no/a1/#top");
      Article sameText = article("y8", "sv", null, "  Strejk i Köpenhamns   tunnelbana",
          "Tunnelbanans förare i Köpenhamn strejkar på tisdag, meddelar facket.", null);
      Article fresh = article("z7", "nb", null, "Ny sak", "Noko heilt anna.", null);
      Article freshAgain = article("z8", "nb", null, "Ny sak", "Noko heilt anna.", null);
      List<IngestOutcome> out = a.ingest(List.of(sameId, sameUrl, sameText, fresh, freshAgain));
      assertThat(out.get(0)).isEqualTo(new IngestOutcome.Duplicate(new ArticleId("a1"), new ArticleId("a1"), "id"));
      assertThat(out.get(1)).isEqualTo(new IngestOutcome.Duplicate(new ArticleId("x9"), new ArticleId("a1"), "url"));
      assertThat(out.get(2)).isEqualTo(new IngestOutcome.Duplicate(new ArticleId("y8"), new ArticleId("c3"), "content"));
      assertThat(out.get(3)).isInstanceOf(IngestOutcome.Accepted.class);
      assertThat(out.get(4)).isEqualTo(new IngestOutcome.Duplicate(new ArticleId("z8"), new ArticleId("z7"), "content"));
      assertThat(a.stats().articles()).isEqualTo(4);
    }
    try (Archive a = open(Duration.ofSeconds(5))) {
      assertThat(a.ingest(List.of(article("q1", "nb", null, "Ny sak", "Noko heilt anna.", null))).get(0))
          .as("duplicate index rebuilt on restart").isInstanceOf(IngestOutcome.Duplicate.class);
    }
  }

  @Test
  void searchesEachLanguageWithItsOwnStemming() throws Exception {
    try (Archive a = open(Duration.ofSeconds(5))) {
      a.ingest(fixtures());
      assertThat(ids(a.search("tunnelbanan", null, 10, 0))).containsExactly("c3");
      assertThat(ids(a.search("leiaren", null, 10, 0))).as("Nynorsk stem of leiar").containsExactly("a1");
      assertThat(ids(a.search("Vladivostok", null, 10, 0))).containsExactlyInAnyOrder("a1", "b2");
      assertThat(ids(a.search("Vladivostok", "da", 10, 0))).containsExactly("b2");
      assertThat(ids(a.search("Vladivostok AND (", null, 10, 0))).as("unparseable: plain words").hasSize(2);
      SearchPage dangling = a.search("Vladivostok AND", null, 10, 0);
      assertThat(ids(dangling)).as("plain words, the operator word left out").hasSize(2);
      assertThat(dangling.plainWords()).isEqualTo("'AND' ends the query with no word after it");
      assertThat(a.search("Vladivostok", null, 10, 0).plainWords()).isNull();
      assertThat(ids(a.search("-Vladivostok", null, 10, 0))).as("exclusions only: all but these").contains("c3")
          .doesNotContain("a1", "b2");
      assertThat(a.search("Vladivostok", null, 10, 0).hits().get(0).article().story()).isNotNull();
    }
  }

  /**
   * A hit's snippet is the passage where its text matched, its matched words marked (stems and name
   * keys as the search matched them); before, every snippet was the text's first 240 characters.
   */
  @Test
  void aHitsSnippetIsThePassageWhereItMatchedWithTheWordsMarked() throws Exception {
    String filler = "Kommunestyret diskuterte budsjettet for neste år i flere timer uten å bli enige om noe som helst. ";
    String text = filler.repeat(6) + "Brannen i lagerbygningen på Ålgård ble slukket etter to timer, opplyser Jurij Usjakov i brannvesenet. "
        + filler.repeat(4);
    try (Archive a = open(Duration.ofSeconds(5))) {
      a.ingest(List.of(article("s1", "nb", "2025-01-09", "Referat fra Tjøme", text, null)));
      a.ingest(fixtures());
      SearchPage.Hit hit = a.search("brann Ålgård", null, 10, 0).hits().get(0);
      assertThat(hit.snippet()).startsWith("… ").contains("Brannen i lagerbygningen på Ålgård").doesNotStartWith("Kommunestyret");
      assertThat(hit.marks()).extracting(m -> hit.snippet().substring(m.start(), m.end())).containsExactly("Brannen", "Ålgård");
      SearchPage.Hit name = a.search("Ushakov", null, 10, 0).hits().get(0);
      assertThat(name.article().article().id().value()).isEqualTo("s1");
      assertThat(name.marks()).as("a name key's match is marked").extracting(m -> name.snippet().substring(m.start(), m.end()))
          .containsExactly("Usjakov");
      SearchPage.Hit title = a.search("Tjøme", null, 10, 0).hits().get(0);
      assertThat(title.marks()).as("matched in the title only").isEmpty();
      assertThat(title.snippet()).startsWith("Kommunestyret diskuterte").endsWith(" …");
    }
  }

  /**
   * A phrase is marked as one span where it matched, and its words not where they stand alone;
   * before, "Kim", "Jong" and "un" were marked one by one.
   */
  @Test
  void aPhraseIsMarkedAsOneSpanWhereItMatched() throws Exception {
    String text = "Kim Jong-un inspiserte en ny rakett i går, melder statlige medier. Kim Kardashian var ikke der, "
        + "og ingen jong kom.";
    try (Archive a = open(Duration.ofSeconds(5))) {
      a.ingest(List.of(article("k1", "nb", "2025-01-09", "Kim Jong-un på inspeksjon", text, null)));
      a.ingest(fixtures());
      SearchPage.Hit hit = a.search("\"kim jong-un\"", null, 10, 0).hits().get(0);
      assertThat(hit.marks()).extracting(m -> hit.snippet().substring(m.start(), m.end())).containsExactly("Kim Jong-un");
      assertThat(hit.titleMarks()).extracting(m -> hit.article().article().title().substring(m.start(), m.end()))
          .containsExactly("Kim Jong-un");
      SearchPage.Hit both = a.search("\"kim jong-un\" rakett", null, 10, 0).hits().get(0);
      assertThat(both.marks()).extracting(m -> both.snippet().substring(m.start(), m.end()))
          .containsExactly("Kim Jong-un", "rakett");
    }
  }

  /**
   * A hit's title carries its matches too ({@code titleMarks}: offsets into the title as stored),
   * by stems and by name keys; before, a title was never marked.
   */
  @Test
  void aHitsTitleMarksItsMatches() throws Exception {
    try (Archive a = open(Duration.ofSeconds(5))) {
      a.ingest(List.of(article("t1", "nb", "2025-01-09", "  Brannen på Tjøme: Usjakov ble evakuert",
          "Kommunestyret diskuterte budsjettet for neste år.", null)));
      a.ingest(fixtures());
      SearchPage.Hit hit = a.search("brann Ushakov", "nb", 10, 0).hits().get(0);
      String title = hit.article().article().title();
      assertThat(hit.titleMarks()).extracting(m -> title.substring(m.start(), m.end())).containsExactly("Brannen", "Usjakov");
      assertThat(hit.marks()).as("the text did not match").isEmpty();
      SearchPage.Hit none = a.search("budsjettet", "nb", 10, 0).hits().get(0);
      assertThat(none.titleMarks()).isEmpty();
    }
  }

  /**
   * A query read as plain words keeps what the reader excluded: before, its operator words were
   * left out and every other character escaped, so {@code Vladivostok NOT Kim AND} and {@code
   * Vladivostok -tunnelbana "unclosed} required the very word excluded.
   */
  @Test
  void aQueryReadAsPlainWordsKeepsItsExclusions() throws Exception {
    try (Archive a = open(Duration.ofSeconds(5))) {
      a.ingest(fixtures());
      SearchPage not = a.search("Vladivostok NOT leiaren AND", null, 10, 0);
      assertThat(not.plainWords()).as("unparseable").isNotNull();
      assertThat(ids(not)).as("NOT leiaren kept: only the Danish one").containsExactly("b2");
      assertThat(ids(a.search("Vladivostok -leiaren \"unclosed", null, 10, 0))).as("unclosed is required").isEmpty();
      assertThat(ids(a.search("Vladivostok -leiaren (", null, 10, 0))).containsExactly("b2");
      assertThat(ids(a.search("Vladivostok !leiaren AND", null, 10, 0))).containsExactly("b2");
      assertThat(ids(a.search("NOT Vladivostok AND", null, 10, 0))).as("exclusions only: all but these")
          .containsExactly("c3");
      assertThat(ids(a.search("Vladivostok -\"Kim og Putin\" AND", null, 10, 0))).as("a closed phrase excluded")
          .containsExactly("b2");
      assertThat(ids(a.search("\"Ruslands præsident\" AND", null, 10, 0))).as("a closed phrase kept").containsExactly("b2");
      assertThat(ids(a.search("(leiaren OR tunnelbanan", null, 10, 0))).as("OR kept: either, not both")
          .containsExactlyInAnyOrder("a1", "c3");
    }
  }

  @Test
  void plainWordsKeepExclusionsAndClosedPhrases() {
    assertThat(LuceneStore.plainWords("Putin NOT Kim AND")).isEqualTo("Putin -Kim");
    assertThat(LuceneStore.plainWords("Putin -Kim \"unclosed")).isEqualTo("Putin -Kim unclosed");
    assertThat(LuceneStore.plainWords("(Putin OR Kim")).isEqualTo("(\\(Putin OR Kim)");
    assertThat(LuceneStore.plainWords("Trump Putin OR Kim || \"Xi Jinping\" AND")).isEqualTo("Trump (Putin OR Kim OR \"Xi Jinping\")");
    assertThat(LuceneStore.plainWords("OR Putin OR -Kim OR Xi OR")).as("an OR by an exclusion or at an end: left out")
        .isEqualTo("Putin -Kim Xi");
    assertThat(LuceneStore.plainWords("Putin OR NOT Kim (")).isEqualTo("Putin -Kim \\(");
    assertThat(LuceneStore.plainWords("NOT \"Kim Jong-un\" Putin && (")).isEqualTo("-\"Kim Jong\\-un\" Putin \\(");
    assertThat(LuceneStore.plainWords("- Putin NOT")).isEqualTo("Putin");
    assertThat(LuceneStore.plainWords("+Putin !Kim a:b")).isEqualTo("Putin -Kim b");
    assertThat(LuceneStore.plainWords("title:Putin -title:\"Kim Jong\" kl.10:30 ::")).isEqualTo("Putin -\"Kim Jong\" kl.10\\:30 \\:\\:");
    // a field articles have stays a filter: lang:, source:, id:, story:
    assertThat(LuceneStore.plainWords("Putin lang:nn -source:\"Avis b\" id:a-1 AND")).isEqualTo("Putin lang:nn -source:\"Avis b\" id:a\\-1");
  }

  /**
   * A query Lucene cannot parse is read as plain words with its {@code lang:} clause read as
   * {@code lang:} is when it parses: a code filters ({@code lang:da}), a value that is no code is
   * left out and said so. Before, the field's name was dropped and its value became a required
   * word: {@code Vladivostok lang:norwegian AND} required "norwegian" and found nothing, and {@code
   * Vladivostok lang:da AND} required "da".
   */
  @Test
  void aQueryReadAsPlainWordsKeepsItsLangClause() throws Exception {
    try (Archive a = open(Duration.ofSeconds(5))) {
      a.ingest(fixtures());
      SearchPage named = a.search("Vladivostok lang:norwegian AND", null, 10, 0);
      assertThat(named.plainWords()).isEqualTo("'AND' ends the query with no word after it");
      assertThat(ids(named)).containsExactlyInAnyOrder("a1", "b2");
      assertThat(named.leftOut()).isEqualTo("lang:norwegian: not a language code: 'norwegian' (Norwegian is no: nb and nn)");
      SearchPage danish = a.search("Vladivostok lang:da AND", null, 10, 0);
      assertThat(danish.plainWords()).isNotNull();
      assertThat(ids(danish)).containsExactly("b2");
      assertThat(danish.leftOut()).isNull();
      assertThat(ids(a.search("Vladivostok -source:\"Avis b\" (", null, 10, 0))).containsExactly("a1");
    }
  }

  /**
   * A field no article has ({@code title:}) is not searched as if it existed: the query is read as
   * plain words, and the page says there is no such field; before, it found nothing without a reason.
   */
  @Test
  void aFieldNoArticleHasIsNamedAndItsWordsSearched() throws Exception {
    try (Archive a = open(Duration.ofSeconds(5))) {
      a.ingest(fixtures());
      SearchPage title = a.search("title:Vladivostok", null, 10, 0);
      assertThat(title.plainWords()).isEqualTo("there is no field 'title:' (the fields are source:, lang:, id: and story:)");
      assertThat(ids(title)).containsExactlyInAnyOrder("a1", "b2");
      assertThat(ids(a.search("Vladivostok -headline:leiaren", null, 10, 0))).containsExactly("b2");
      assertThat(a.search("title:Vladiv*", null, 10, 0).plainWords()).as("a prefix too").startsWith("there is no field 'title:'");
      assertThat(a.search("lang:da Vladivostok", null, 10, 0).plainWords()).as("a field that exists").isNull();
      assertThat(a.search("id:b2", null, 10, 0).plainWords()).isNull();
    }
  }

  /**
   * A field given in the query matches an exact field as stored: the fixtures' sources are "Avis a",
   * "Avis b", … Before, the value went through the default analysis: {@code source:"Avis b"} became a
   * phrase query, which Lucene refuses on a field without positions (IllegalStateException, a 500 from
   * GET /search), and a source with a capital was looked up in lower case and not found.
   */
  @Test
  void aFieldInTheQueryIsMatchedAsStored() throws Exception {
    try (Archive a = open(Duration.ofSeconds(5))) {
      a.ingest(fixtures());
      assertThat(ids(a.search("source:\"Avis b\"", null, 10, 0))).containsExactly("b2");
      assertThat(ids(a.search("Vladivostok -source:\"Avis b\"", null, 10, 0))).containsExactly("a1");
      assertThat(ids(a.search("id:b2", null, 10, 0))).containsExactly("b2");
      assertThat(ids(a.search("Vladivostok lang:DA", null, 10, 0))).containsExactly("b2");
      // lang: reads codes as ?lang= does: ISO 639-2, no = nb or nn; a value that is no code is said
      assertThat(ids(a.search("Vladivostok lang:dan", null, 10, 0))).containsExactly("b2");
      assertThat(ids(a.search("Vladivostok lang:no", null, 10, 0))).containsExactly("a1");
      assertThat(ids(a.search("Vladivostok lang:NNO", null, 10, 0))).containsExactly("a1");
      // a value that is no code: that clause is left out, the rest searched, and the page says why
      // (before, the query was read as plain words, requiring the word "norwegian": no hits)
      SearchPage named = a.search("Vladivostok lang:norwegian", null, 10, 0);
      assertThat(ids(named)).containsExactlyInAnyOrderElementsOf(ids(a.search("Vladivostok", null, 10, 0))).isNotEmpty();
      assertThat(named.plainWords()).as("read in Lucene's syntax").isNull();
      assertThat(named.leftOut()).isEqualTo("lang:norwegian: not a language code: 'norwegian' (Norwegian is no: nb and nn)");
      assertThat(ids(a.search("source:\"avis b\"", null, 10, 0))).as("exact, as ?source= of /stories").isEmpty();
    }
  }

  /**
   * A regular expression whose automaton would be huge is searched as plain words. Before,
   * {@code /a{0,99999}/} kept a thread (and a core) building it for over a minute: the HTTP client
   * gave up after 20 s while the server went on.
   */
  @Test
  void aRegularExpressionTooLargeToBuildIsSearchedAsPlainWords() throws Exception {
    try (Archive a = open(Duration.ofSeconds(5))) {
      a.ingest(fixtures());
      SearchPage huge = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20),
          () -> a.search("/a{0,99999}/", null, 10, 0));
      assertThat(huge.total()).isZero();
      assertThat(ids(a.search("/vladivost[a-z]{2}/", null, 10, 0))).as("a small one is searched").contains("a1", "b2");
    }
  }

  @Test
  void aNameIsFoundInAnotherSpellingOrScript() throws Exception {
    try (Archive a = open(Duration.ofSeconds(5))) {
      a.ingest(List.of(
          article("u1", "nn", "2019-04-23T10:00", "Usjakov stadfester toppmøtet", "Rådgivaren Jurij Usjakov sa at møtet blir torsdag.", null),
          article("u2", "da", "2019-04-23T11:00", "Kreml bekræfter topmødet", "Rådgiveren Juri Ushakov siger, at mødet finder sted torsdag.", null),
          article("u3", "en", "2019-04-23T12:00", "Kremlin confirms summit", "Adviser Yuri Ушаков said the meeting is on Thursday.", null),
          article("u4", "da", "2019-04-23T13:00", "Nordkorea sender tog", "Et pansret tog kører fra Nordkorea mod grænsen.", null)));
      assertThat(ids(a.search("Usjakov", null, 10, 0))).containsExactlyInAnyOrder("u1", "u2", "u3");
      assertThat(ids(a.search("ushakov", null, 10, 0))).containsExactlyInAnyOrder("u1", "u2", "u3");
      assertThat(ids(a.search("\"Yuri Ushakov\"", null, 10, 0))).as("a phrase of keys").contains("u3");
      assertThat(ids(a.search("\"North Korea\"", null, 10, 0))).containsExactly("u4");
    }
  }

  /**
   * A word typed in lower case is searched by its name key only where the archive writes it as a
   * name: "brann", the fire, is written so in most articles that have it, and finds them by its
   * stem, not also the skier Brån, whose name has the key of "Brann" the club; "Brann" typed as a
   * name finds the club, and Brån with it, as "Usjakov" finds "Ushakov". Before, every query word
   * was keyed, so "brann" found Brån.
   */
  @Test
  void aLowerCaseWordIsSearchedAsANameOnlyWhereTheArchiveWritesItAsOne() throws Exception {
    try (Archive a = open(Duration.ofSeconds(5))) {
      a.ingest(List.of(
          article("f1", "nb", "2025-01-07T01:00", "Brann i bolig", "Nødetatene rykket ut til en brann i en enebolig natt til tirsdag.", null),
          article("f2", "nb", "2025-01-08T10:00", "Stor skade etter brannen i Hærland", "Brannvesenet fikk kontroll på brannen etter to timer.", null),
          article("f3", "nn", "2025-01-09T10:00", "Løa brann ned", "Ei løe i Vågå brann ned natt til torsdag, seier brannsjefen.", null),
          article("f4", "nb", "2025-01-10T10:00", "Tre branner på en uke", "Politiet etterforsker en ny brann i sentrum.", null),
          article("c1", "nb", "2025-01-11T10:00", "Erik vil bli hovedtrener i Brann", "Bergensklubben Brann har ennå ikke ansatt en ny trener.", null),
          article("b1", "nb", "2025-01-12T10:00", "Kari Brån vant femmila", "Langrennsløperen Kari Brån vant femmila i Holmenkollen.", null)));
      assertThat(ids(a.search("brann", null, 10, 0))).as("by stem, not by key").containsExactlyInAnyOrder("f1", "f2", "f3", "f4", "c1");
      assertThat(ids(a.search("Brann", null, 10, 0))).as("by stem and by key").contains("c1", "b1");
      assertThat(ids(a.search("\"ny brann\"", null, 10, 0))).as("a phrase in lower case").containsExactly("f4");
    }
  }

  /**
   * A lower-case word the archive lacks is searched by its name key (a misspelt name), but not
   * when the fold leaves little of it: "zzzz" keys to "s" and found every article naming the
   * Swedish party S; "zzzzqqq" found "SHK".
   */
  @Test
  void aNonsenseWordFoldedToALetterOrTwoFindsNothing() throws Exception {
    try (Archive a = open(Duration.ofSeconds(5))) {
      a.ingest(List.of(
          article("p1", "sv", "2025-09-19T10:00", "S vill sänka skatten", "Partiet S lägger fram sin budget i dag, säger partiledaren.", null),
          article("p2", "sv", "2025-09-19T11:00", "SHK granskar olyckan", "Statens haverikommission SHK utreder flygolyckan i Kiruna.", null),
          article("p3", "nb", "2025-01-07T10:00", "Kim møtte Putin i Vladivostok", "Toppmøtet i Vladivostok varte i tre timer.", null)));
      assertThat(ids(a.search("zzzz", null, 10, 0))).isEmpty();
      assertThat(ids(a.search("zzzzqqq", null, 10, 0))).isEmpty();
      assertThat(ids(a.search("wladiwostok", null, 10, 0))).as("a misspelt name still found by key").containsExactly("p3");
    }
  }

  /** Articles in six languages, each of which a reader's query with a stop word should find. */
  static List<Article> stopWordFixtures() {
    return List.of(
        article("s1", "nb", "2025-01-07T10:00", "Ulykke ved Lade", "Både brann og redning rykket ut til ulykken i natt.", null),
        article("s2", "nb", "2025-01-07T11:00", "Redning av hytte", "Redning av en hytte etter en brann natt til tirsdag.", null),
        article("s3", "nn", "2025-01-08T10:00", "Kommunestyret samlast", "Ordføraren flytta møtet til torsdag.", null),
        article("s4", "sv", "2025-01-08T11:00", "Kriget i Ukraina", "Striderna fortsatte längs fronten under natten.", null),
        article("s5", "da", "2025-01-09T10:00", "Kim Jong-un mødes med Putin", "Nordkoreas leder mødtes med Ruslands præsident.", null),
        article("s6", "en", "2025-01-09T11:00", "War in Ukraine enters its fourth year", "Fighting went on along the front.", null),
        article("s7", "de", "2025-01-10T10:00", "Der Krieg geht weiter", "Die Kämpfe an der Front dauern an.", null));
  }

  static Stream<Arguments> queriesWithStopWords() {
    return Stream.of(
        Arguments.of("brann og redning", List.of("s1", "s2")),
        Arguments.of("\"brann og redning\"", List.of("s1")),
        Arguments.of("møtet på torsdag", List.of("s3")),
        Arguments.of("kriget i Ukraina", List.of("s4")),
        Arguments.of("Kim og Putin", List.of("s5")),
        Arguments.of("the war in Ukraine", List.of("s6")),
        Arguments.of("der Krieg", List.of("s7")));
  }

  /**
   * A word that is a stop word in the article's language is not required of it: the query is read
   * in each language as that language's articles were indexed. Before, "og" (a Norwegian and Danish
   * stop word, not an English, German or Swedish one) was required through the other languages'
   * fields, which hold no Norwegian or Danish article, and each of these queries found nothing; a
   * quoted phrase keeps the stop word's place.
   */
  @ParameterizedTest
  @MethodSource("queriesWithStopWords")
  void aStopWordOfTheArticlesLanguageIsNotRequiredOfIt(String query, List<String> expected) throws Exception {
    try (Archive a = open(Duration.ofSeconds(5))) {
      a.ingest(stopWordFixtures());
      assertThat(ids(a.search(query, null, 10, 0))).containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  /**
   * Lucene syntax holds in every language's reading of a query: an exclusion applies within each
   * language, through the name keys too; a given field is searched as given; a stop word written as
   * an acronym ("WHO", an English stop word) is still searched by its key.
   */
  @Test
  void queriesKeepTheirSyntaxInEveryLanguage() throws Exception {
    try (Archive a = open(Duration.ofSeconds(5))) {
      a.ingest(List.of(
          article("f1", "nb", "2025-01-07T10:00", "Brann i bolig", "Brannvesenet slukket brannen i natt.", null),
          article("c1", "nb", "2025-01-08T10:00", "Brann slo Molde", "Fotball: Brann vant 2-0 over Molde.", null),
          article("e1", "en", "2025-01-09T10:00", "WHO warns of measles", "The WHO said cases rose in Europe.", null),
          article("n1", "nb", "2025-01-10T10:00", "Advarer mot meslinger", "Verdens helseorganisasjon WHO advarer mot meslinger.", null)));
      assertThat(ids(a.search("Brann -fotball", null, 10, 0))).containsExactly("f1");
      assertThat(ids(a.search("-brann", null, 10, 0))).containsExactlyInAnyOrder("e1", "n1");
      assertThat(ids(a.search("WHO", null, 10, 0))).containsExactlyInAnyOrder("e1", "n1");
      assertThat(ids(a.search("text_nb:brann", null, 10, 0))).containsExactlyInAnyOrder("f1", "c1");
      assertThat(ids(a.search("brann OR meslinger", null, 10, 0))).containsExactlyInAnyOrder("f1", "c1", "n1");
      assertThat(ids(a.search("+brann +og -Molde", null, 10, 0))).containsExactly("f1");
    }
  }

  @Test
  void aNorwegianWordIsFoundInEitherFormOfItsDoubleConsonant() throws Exception {
    try (Archive a = open(Duration.ofSeconds(5))) {
      a.ingest(List.of(article("n1", "nb", "2025-01-07T10:00", "Brann i Bodø", "Det brant i et bolighus natt til tirsdag.", null),
          article("n2", "sv", "2025-01-07T11:00", "Mannen greps", "Polisen grep mannen i Malmö på tisdagen.", null)));
      assertThat(ids(a.search("brannen", null, 10, 0))).containsExactly("n1");
      assertThat(ids(a.search("brann", null, 10, 0))).containsExactly("n1");
      assertThat(ids(a.search("mann", "sv", 10, 0))).containsExactly("n2");
    }
  }

  @Test
  void anIndexOfAnOlderAnalysisIsIndexedAgainWhenOpened() throws Exception {
    try (Archive a = open(Duration.ofSeconds(5))) {
      a.ingest(fixtures());
    }
    // as a build before the analysis version left it: the commit says its seq and nothing more
    recordAnalysisVersion(null);
    try (ArchiveSnapshot snapshot = ArchiveSnapshot.open(dir)) {
      assertThat(snapshot.analysisCurrent()).as("the command line can say the folder needs indexing again").isFalse();
    }
    for (String expected : List.of("3 re-indexed", "0 re-indexed")) {
      List<String> log = new ArrayList<>();
      try (Archive a = Archive.open(dir, Pipeline.standard(), ArchiveTest::render,
          Archive.Options.defaults().withCommitInterval(Duration.ofSeconds(5)), log::add)) {
        assertThat(ids(a.search("tunnelbanan", null, 10, 0))).containsExactly("c3");
      }
      assertThat(log).anyMatch(m -> m.contains("3 articles") && m.contains(expected));
      // the re-indexing is said before it begins, and only when there is one
      assertThat(log.stream().filter(m -> m.contains("indexed by an older build")).toList())
          .hasSize(expected.startsWith("3") ? 1 : 0)
          .allMatch(m -> m.contains("its 3 stored articles are indexed again"));
      if (expected.startsWith("3")) {
        assertThat(log.getFirst()).contains("indexed by an older build");
      }
      try (ArchiveSnapshot snapshot = ArchiveSnapshot.open(dir)) {
        assertThat(snapshot.analysisCurrent()).isTrue();
      }
    }
  }

  /**
   * Rewrites the last commit of the archive's index as a build of analysis {@code version} left it
   * (null: a build before versions were recorded), its seq kept.
   */
  private void recordAnalysisVersion(String version) throws Exception {
    try (var w = new IndexWriter(FSDirectory.open(dir.resolve("index")),
        new IndexWriterConfig())) {
      Map<String, String> user = new HashMap<>();
      w.getLiveCommitData().forEach(e -> user.put(e.getKey(), e.getValue()));
      assertThat(user).containsEntry(LuceneStore.ANALYSIS_KEY, LuceneStore.ANALYSIS_VERSION);
      if (version == null) {
        user.remove(LuceneStore.ANALYSIS_KEY);
      } else {
        user.put(LuceneStore.ANALYSIS_KEY, version);
      }
      w.setLiveCommitData(user.entrySet());
      w.commit();
    }
  }

  /**
   * A folder of analysis version 6 is indexed again at its next open: its {@code names} keys were
   * written before {@link org.tidende.entity.NameKeys} kept an acronym of two or three capitals as
   * its letters, so the Swedish agency TT was keyed {@code t}, the key of a lone {@code T}, and
   * {@code names:tt} missed it. Before version 7 such a folder was taken as current and kept its keys.
   */
  @Test
  void aFolderWhoseNameKeysPrecedeAcronymKeysIsIndexedAgain() throws Exception {
    try (Archive a = open(Duration.ofSeconds(5))) {
      a.ingest(List.of(article("t1", "sv", "2025-01-07T10:00", "Tåget stod still",
          "Ett tåg stod still i två timmar utanför Gävle på tisdagen, rapporterar TT.", null)));
    }
    recordAnalysisVersion("6");
    try (ArchiveSnapshot snapshot = ArchiveSnapshot.open(dir)) {
      assertThat(snapshot.analysisCurrent()).as("keys of version 6 are stale").isFalse();
    }
    List<String> log = new ArrayList<>();
    try (Archive a = Archive.open(dir, Pipeline.standard(), ArchiveTest::render,
        Archive.Options.defaults().withCommitInterval(Duration.ofSeconds(5)), log::add)) {
      assertThat(ids(a.search("names:TT", null, 10, 0))).containsExactly("t1");
    }
    assertThat(log).anyMatch(m -> m.contains("1 re-indexed"));
    try (ArchiveSnapshot snapshot = ArchiveSnapshot.open(dir)) {
      assertThat(snapshot.analysisCurrent()).isTrue();
    }
  }

  @Test
  void aRestartOfTheSameBuildKeepsTheViewsOfStoriesThatDidNotChange() throws Exception {
    AtomicInteger renders = new AtomicInteger();
    Function<Story, JsonNode> counting = st -> {
      renders.incrementAndGet();
      return render(st);
    };
    Archive.Options v1 = Archive.Options.defaults().withViewsBuild("build-1");
    List<String> before;
    try (Archive a = Archive.open(dir, Pipeline.standard(), counting, v1, m -> { })) {
      a.ingest(fixtures());
      before = a.stories(StoryQuery.newest(10)).stories();
    }
    for (var c : List.of(new Object[] {v1, 0, "2 story views kept"}, new Object[] {v1.withViewsBuild("build-2"), 2,
        "0 story views kept"}, new Object[] {Archive.Options.defaults(), 2, "0 story views kept"})) {
      renders.set(0);
      List<String> log = new ArrayList<>();
      try (Archive a = Archive.open(dir, Pipeline.standard(), counting, (Archive.Options) c[0], log::add)) {
        assertThat(renders.get()).as("views built at the restart").isEqualTo(c[1]);
        assertThat(log).anyMatch(m -> m.contains((String) c[2]));
        // the replay's line names what its last count is ("sources 3" was a bare word)
        assertThat(log).anyMatch(m -> m.matches(".*replayed in .*; \\d+ distinct sources held\\)"));
        assertThat(a.stories(StoryQuery.newest(10)).stories()).isEqualTo(before);
      }
    }
    // a story changed while served (its view built then, with its new fingerprint): the next restart
    // builds no view, and the views are those a replay that builds every one gives
    try (Archive a = Archive.open(dir, Pipeline.standard(), counting, v1, m -> { })) {
      a.ingest(List.of(article("d4", "sv", "2019-06-01T12:00", "Strejk i Köpenhamns tunnelbana fortsätter",
          "Tunnelbanans förare i Köpenhamn strejkar även på onsdag, meddelar facket.", null)));
      before = a.stories(StoryQuery.newest(10)).stories();
    }
    renders.set(0);
    try (Archive a = Archive.open(dir, Pipeline.standard(), counting, v1, m -> { })) {
      assertThat(renders.get()).isZero();
      assertThat(a.stories(StoryQuery.newest(10)).stories()).isEqualTo(before);
    }
    try (Archive a = Archive.open(dir, Pipeline.standard(), counting, Archive.Options.defaults(), m -> { })) {
      assertThat(a.stories(StoryQuery.newest(10)).stories()).as("every view built again").isEqualTo(before);
    }
  }

  @Test
  void filtersAndSortsStories() throws Exception {
    try (Archive a = open(Duration.ofSeconds(5))) {
      a.ingest(fixtures());
      assertThat(headlines(a, new StoryQuery(StoryQuery.Sort.NEWEST, 10, 0, null, null, null, null, null)))
          .first().asString().contains("tunnelbana");
      assertThat(a.stories(new StoryQuery(StoryQuery.Sort.BIGGEST, 10, 0, null, null, null, null, null)).stories().get(0))
          .contains("Vladivostok");
      assertThat(a.stories(new StoryQuery(StoryQuery.Sort.NEWEST, 10, 0, "da", null, null, null, null)).total()).isEqualTo(1);
      assertThat(a.stories(new StoryQuery(StoryQuery.Sort.NEWEST, 10, 0, null, "Avis c", null, null, null)).total()).isEqualTo(1);
      assertThat(a.stories(new StoryQuery(StoryQuery.Sort.NEWEST, 10, 0, null, null, "VLADIVOSTOK", null, null)).total()).isEqualTo(2);
      var may = ArticleDate.parse("2019-05").orElseThrow();
      assertThat(a.stories(new StoryQuery(StoryQuery.Sort.NEWEST, 10, 0, null, null, null, may, null)).total()).isEqualTo(1);
      assertThat(a.stories(new StoryQuery(StoryQuery.Sort.NEWEST, 10, 0, null, null, null, null, may)).total()).isEqualTo(1);
      assertThat(a.stories(new StoryQuery(StoryQuery.Sort.NEWEST, 1, 1, null, null, null, null, null)).stories()).hasSize(1);
      assertThat(a.storyJson(new StoryId("sa1"))).isPresent();
      assertThat(a.storyJson(new StoryId("nope"))).isEmpty();
    }
  }

  @Test
  void anArticleWithAHugeSourceIsStoredAndBreaksNeitherReadsNorCommitsNorRestart() throws Exception {
    Article huge = new Article(new ArticleId("h1"), "test", 0, null, "s".repeat(40_000), "Ferja er i rute",
        "Ferja går som normalt igjen.", null, Language.parse("nb"), Map.of());
    try (Archive a = open(Duration.ofMillis(1))) {
      a.ingest(fixtures());
      assertThat(a.ingest(List.of(huge)).get(0)).isInstanceOf(IngestOutcome.Accepted.class);
      assertThat(a.article(new ArticleId("h1")).orElseThrow().article().source()).hasSize(40_000);
      assertThat(a.stories(new StoryQuery(StoryQuery.Sort.NEWEST, 10, 0, null, null, null, null, null)).total()).isEqualTo(3);
      assertThat(a.stories(new StoryQuery(StoryQuery.Sort.NEWEST, 10, 0, null, "Avis c", null, null, null)).total()).isEqualTo(1);
    }
    try (Archive b = open(Duration.ofSeconds(5))) {
      assertThat(b.stats().articles()).isEqualTo(4);
      assertThat(b.stats().recoveredFromLog()).as("the index committed it").isZero();
      assertThat(b.article(new ArticleId("h1"))).isPresent();
    }
  }

  @Test
  void storiesAreFilteredByAnEntitysNameAsWrittenAndByItsFoldedKey() throws Exception {
    try (Archive a = Archive.open(dir, Pipeline.standard(), s -> {
      ObjectNode o = (ObjectNode) render(s);
      o.putArray("entities").addObject().put("key", "tromso").put("name", "Tromsø").putObject("variants")
          .put("Tromsø", 2).put("Tromsøs", 1);
      return o;
    }, Archive.Options.defaults(), m -> { })) {
      a.ingest(fixtures());
      // and by a spelling with the same name key, as search reads names: ø written oe, o or ö
      for (String entity : List.of("Tromsø", "TROMSØ", "tromso", "Tromsøs", "Tromsoe", "Tromso", "Tromsö")) {
        assertThat(a.stories(new StoryQuery(StoryQuery.Sort.NEWEST, 10, 0, null, null, entity, null, null)).total())
            .as(entity).isEqualTo(2);
      }
      assertThat(a.stories(new StoryQuery(StoryQuery.Sort.NEWEST, 10, 0, null, null, "Bergen", null, null)).total()).isZero();
    }
  }

  @Test
  void aLoneSurnameInAnotherSpellingFindsThePersonButAFirstNameFindsNoOne() throws Exception {
    try (Archive a = Archive.open(dir, Pipeline.standard(), s -> {
      ObjectNode o = (ObjectNode) render(s);
      var ents = o.putArray("entities");
      ents.addObject().put("key", "juri usakov").put("name", "Juri Ushakov").put("type", "PER").putObject("variants")
          .put("Juri Ushakov", 2).put("Jurij Usjakov", 2).put("Usjakov", 2);
      ents.addObject().put("key", "dmitri medvedev").put("name", "Dmitrij Medvedev").put("type", "PER")
          .putObject("variants").put("Dmitrij Medvedev", 2);
      ents.addObject().put("key", "kim larsen").put("name", "Kim Larsen").put("type", "PER").putObject("variants")
          .put("Kim Larsen", 1);
      ents.addObject().put("key", "kim jong un").put("name", "Kim Jong-un").put("type", "PER").putObject("variants")
          .put("Kim Jong-un", 3);
      ents.addObject().put("key", "new york").put("name", "New York").put("type", "LOC").putObject("variants")
          .put("New York", 1);
      return o;
    }, Archive.Options.defaults(), m -> { })) {
      a.ingest(fixtures());
      // a surname in another spelling meets a variant's key (Usjakov) or a person's surname (Medvedev,
      // which the story never writes alone); a full name in another spelling meets its variant's key
      for (String entity : List.of("Ushakov", "Ушаков", "usjakov", "Jurij Ushakov", "Medvedev", "MEDVEDEV")) {
        assertThat(a.stories(new StoryQuery(StoryQuery.Sort.NEWEST, 10, 0, null, null, entity, null, null)).total())
            .as(entity).isEqualTo(2);
      }
      // a first name, the given name ending a name in East Asian order, or a place's last word: no one
      for (String entity : List.of("Kim", "Jurij", "Un", "York", "Larsen Kim")) {
        assertThat(a.stories(new StoryQuery(StoryQuery.Sort.NEWEST, 10, 0, null, null, entity, null, null)).total())
            .as(entity).isZero();
      }
    }
  }

  @Test
  void recoversAcknowledgedArticlesFromTheLogWhenTheIndexNeverCommitted() throws Exception {
    Archive a = open(Duration.ofHours(1));
    a.ingest(fixtures().subList(0, 2));
    a.ingest(fixtures().subList(2, 3));
    // Simulate a crash: copy the folder as it is on disk while the archive is still open (no commit,
    // no close), plus a torn record at the end of the log.
    Path crashed = Files.createTempDirectory(dir.getParent(), "crashed");
    copy(dir, crashed);
    a.close();
    Path seg;
    try (var s = Files.list(crashed.resolve("wal"))) {
      seg = s.filter(p -> p.toString().endsWith(".log")).sorted().reduce((x, y) -> y).orElseThrow();
    }
    Files.write(seg, "0badc0de {\"seq\":4,\"articles\":[{\"id\":\"torn\"".getBytes(StandardCharsets.UTF_8),
        StandardOpenOption.APPEND);
    List<String> log = new ArrayList<>();
    try (Archive b = Archive.open(crashed, Pipeline.standard(), ArchiveTest::render, Archive.Options.defaults(), log::add)) {
      assertThat(b.stats().recoveredFromLog()).isEqualTo(3);
      assertThat(b.article(new ArticleId("c3"))).isPresent();
      assertThat(b.article(new ArticleId("b2")).orElseThrow().story()).isEqualTo(new StoryId("sa1"));
      assertThat(b.stories(StoryQuery.newest(10)).total()).isEqualTo(2);
      assertThat(String.join("\n", log)).contains("torn record");
      assertThat(b.ingest(List.of(article("d4", "nb", null, "Ny", "Tekst.", null))).get(0))
          .isEqualTo(new IngestOutcome.Accepted(new ArticleId("d4"), 4, new StoryId("sd4"), true));
    }
  }

  /**
   * Whether English is clustered with sentence vectors is the archive's (session 36): set when it is
   * made, taken by an open that does not ask, and an open asking otherwise is refused while it holds
   * articles, committed or only logged (a restart must cluster them as they were). An older build's
   * folder (no record) counts as on; a folder without articles takes what is asked. Before, serve
   * and ingest always clustered with the embedder, and nothing was recorded.
   */
  @Test
  void theEmbeddingsSettingIsKeptWithTheArchive() throws Exception {
    Archive.Options off = Archive.Options.defaults().withEmbeddings(false);
    Archive.Options on = Archive.Options.defaults().withEmbeddings(true);
    Path empty = dir.resolve("empty");
    try (Archive a = Archive.open(empty, Pipeline.standard(), ArchiveTest::render, on, m -> { })) {
      assertThat(a.embeddings()).isTrue();
    }
    try (Archive a = Archive.open(empty, Pipeline.standard(), ArchiveTest::render, off, m -> { })) {
      assertThat(a.embeddings()).as("no articles yet: takes the setting asked for").isFalse();
      a.ingest(fixtures());
    }
    assertThat(Files.readString(empty.resolve(Archive.SETTINGS_FILE))).contains("embeddings=false");
    try (Archive a = Archive.open(empty, Pipeline.standard(), ArchiveTest::render, Archive.Options.defaults(), m -> { })) {
      assertThat(a.embeddings()).as("not asked: the archive's").isFalse();
      assertThat(a.stats().articles()).isEqualTo(3);
    }
    List<ReplayListener.Step> told = new ArrayList<>();
    ReplayListener recording = new ReplayListener() {
      @Override
      public void locked() {
        told.add(null);
      }

      @Override
      public void progress(Step step, long done, long total) {
        told.add(step);
      }
    };
    assertThatThrownBy(() -> Archive.open(empty, Pipeline.standard(), ArchiveTest::render, on, m -> { }, recording))
        .isInstanceOfSatisfying(Archive.EmbeddingsConflict.class, e -> {
          assertThat(e.stored()).isFalse();
          assertThat(e.articles()).isEqualTo(3);
        }).hasMessageContaining("clusters English without sentence vectors");
    assertThat(told).as("refused before the folder counts as held").isEmpty();
    assertThat(Files.readString(empty.resolve(Archive.SETTINGS_FILE))).contains("embeddings=false");

    // an older build's folder: no record, counts as on, and gets one
    Files.delete(empty.resolve(Archive.SETTINGS_FILE));
    assertThatThrownBy(() -> Archive.open(empty, Pipeline.standard(), ArchiveTest::render, off, m -> { }))
        .isInstanceOfSatisfying(Archive.EmbeddingsConflict.class, e -> assertThat(e.stored()).isTrue());
    try (Archive a = Archive.open(empty, Pipeline.standard(), ArchiveTest::render, Archive.Options.defaults(), m -> { })) {
      assertThat(a.embeddings()).isTrue();
    }
    assertThat(Files.readString(empty.resolve(Archive.SETTINGS_FILE))).contains("embeddings=true");

    // articles only in the log (a crash before the first commit) count as held
    Path logged = dir.resolve("logged");
    Path crashed = dir.resolve("crashed");
    Archive a = Archive.open(logged, Pipeline.standard(), ArchiveTest::render, off.withCommitInterval(Duration.ofHours(1)), m -> { });
    a.ingest(fixtures().subList(0, 1));
    copy(logged, crashed);
    a.close();
    assertThatThrownBy(() -> Archive.open(crashed, Pipeline.standard(), ArchiveTest::render, on, m -> { }))
        .isInstanceOf(Archive.EmbeddingsConflict.class);
    try (Archive b = Archive.open(crashed, Pipeline.standard(), ArchiveTest::render, Archive.Options.defaults(), m -> { })) {
      assertThat(b.embeddings()).isFalse();
      assertThat(b.stats().recoveredFromLog()).isEqualTo(1);
    }
  }

  @Test
  void frequentBackgroundCommitsLoseNothingAndTrimTheLog() throws Exception {
    try (Archive a = open(Duration.ofMillis(1))) {
      for (int i = 0; i < 40; i++) {
        a.ingest(List.of(article("n" + i, "nb", null, "Sak nummer " + i, "Tekst om sak " + i + " i Bergen.", null)));
        Thread.sleep(5);
      }
      assertThat(a.article(new ArticleId("n39"))).isPresent();
      assertThat(a.stats().committedSeq()).isGreaterThan(0);
    }
    try (var s = Files.list(dir.resolve("wal"))) {
      assertThat(s.filter(p -> p.toFile().length() > 0).count()).as("committed segments dropped").isZero();
    }
    try (Archive a = open(Duration.ofSeconds(5))) {
      assertThat(a.stats().articles()).isEqualTo(40);
      assertThat(a.stats().recoveredFromLog()).isZero();
    }
  }

  /**
   * A reader who sees the article count grow (the watched folder's test polls it) finds those
   * articles: the writer marks readers stale before any count rises, not after indexing. Before
   * that order, a reader polling between the count and the mark read the old searcher and missed
   * the article (a CI failure of HttpApiTest.watchedFolderIsIngested).
   */
  @Test
  void anArticleCountedInTheStatsIsReadable() throws Exception {
    int n = 150;
    try (Archive a = open(Duration.ofSeconds(5))) {
      var missed = new AtomicReference<String>();
      var writing = new AtomicBoolean(true);
      Thread reader = new Thread(() -> {
        while (writing.get() && missed.get() == null) {
          long seen = a.stats().articles();
          if (seen > 0 && a.article(new ArticleId("w" + seen)).isEmpty()) {
            missed.set("w" + seen + " counted but not found");
          }
        }
      });
      reader.start();
      try {
        for (int i = 1; i <= n && missed.get() == null; i++) {
          a.ingest(List.of(article("w" + i, "nb", "2024-01-01T10:00", "Sak nummer " + i,
              "Dette er den " + i + ". saka om noko heilt eige, nummer " + i + " i rekka.", null)));
        }
      } finally {
        writing.set(false);
        reader.join();
      }
      assertThat(missed.get()).isNull();
    }
  }

  private static void copy(Path from, Path to) throws Exception {
    try (var walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else if (!p.getFileName().toString().equals("write.lock")) {
          Files.copy(p, t);
        }
      }
    }
  }

  private static List<String> ids(SearchPage p) {
    return p.hits().stream().map(h -> h.article().article().id().value()).toList();
  }

  private static List<String> headlines(Archive a, StoryQuery q) throws Exception {
    List<String> out = new ArrayList<>();
    for (String j : a.stories(q).stories()) {
      out.add(ArticleCodec.JSON.readTree(j).get("headline").asText());
    }
    return out;
  }
}
