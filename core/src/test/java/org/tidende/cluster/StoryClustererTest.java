package org.tidende.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.tidende.analysis.ArticleAnalyzer;
import org.tidende.model.AnalyzedArticle;
import org.tidende.model.Article;
import org.tidende.model.ArticleDate;
import org.tidende.model.ArticleId;
import org.tidende.model.Assignment;
import org.tidende.model.Language;
import org.tidende.model.LanguageGuess;
import org.tidende.model.StoryId;

class StoryClustererTest {
  private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer();

  static AnalyzedArticle article(String id, LocalDate day, String title, String text) {
    Article a = new Article(new ArticleId(id), "test", 1, null, null, title, text,
        day == null ? null : ArticleDate.ofDay(day), Language.EN, Map.of());
    return ANALYZER.analyze(a, new LanguageGuess(Language.EN, 1.0));
  }

  /** {@code a} analysed again with {@code day} as its date. */
  static AnalyzedArticle dated(AnalyzedArticle a, LocalDate day) {
    return ANALYZER.analyze(a.article().withDate(ArticleDate.ofDay(day)), a.language());
  }

  static AnalyzedArticle article(String id, Language lang, LocalDate day, String title, String text) {
    Article a = new Article(new ArticleId(id), "test", 1, null, null, title, text,
        day == null ? null : ArticleDate.ofDay(day), lang, Map.of());
    return ANALYZER.analyze(a, new LanguageGuess(lang, 1.0));
  }

  /** Twelve case-less headlines of one game, "patriots" in every one: a big story with a concentrated word. */
  private static final String[] PATRIOTS = {
      "patriots rally past broncos in overtime", "brady leads patriots comeback against broncos",
      "patriots beat broncos after missed punt", "broncos fall to patriots in the cold",
      "patriots defense stops manning late", "welker injury clouds broncos loss to patriots",
      "patriots win thriller over broncos", "manning and brady duel again as patriots win",
      "patriots coach praises comeback", "broncos players blame turnovers after patriots loss",
      "patriots overtime call pays off", "patriots erase deficit to beat broncos"};

  /**
   * Lower-cased headlines (no names, as in the Google News set): one word concentrated in a big
   * story ("patriots") carries a new headline into it through the headline model, where its cosine
   * with the story's diverse centroid stays under the threshold; without the model it opens a
   * story of its own. A headline sharing only a common word with the story stays apart, and so
   * does the same headline in cased text, where the model is not used.
   */
  @Test
  void caselessHeadlineJoinsTheStoryItsWordIsConcentratedIn() {
    String[] story = PATRIOTS;
    String[] others = {"central bank holds interest rates", "storm brings snow to the midwest",
        "new phone goes on sale this week", "city council approves budget", "scientists find water on distant moon",
        "oil prices fall on weak demand", "school board debates new calendar", "film festival opens downtown",
        "retail sales rise before the holidays", "airline adds routes to europe", "farmers warn of poor harvest",
        "museum unveils new wing", "court hears appeal in fraud case", "hospital opens new cancer ward",
        "team signs young goalkeeper", "markets end week higher", "volcano erupts on remote island",
        "election results delayed by recount", "company recalls faulty heaters", "new bridge opens to traffic"};
    List<AnalyzedArticle> stream = new ArrayList<>();
    for (int i = 0; i < Math.max(story.length, others.length); i++) {
      if (i < others.length) {
        stream.add(article("o" + i, null, others[i].split(" ")[0], others[i]));
      }
      if (i < story.length) {
        stream.add(article("p" + i, null, story[i].split(" ")[0], story[i]));
      }
    }
    AnalyzedArticle probe = article("x", null, "pundits", "pundits call patriots underdogs");
    AnalyzedArticle common = article("y", null, "new", "new week sale");
    AnalyzedArticle cased = article("x", null, "Pundits", "Pundits call patriots underdogs");
    assertThat(joinsStory(ClusterConfig.defaults(), stream, probe)).as("joins through the headline model").isTrue();
    assertThat(joinsStory(ClusterConfig.defaults().with("lmAlpha", "0"), stream, probe)).as("cosine alone").isFalse();
    assertThat(joinsStory(ClusterConfig.defaults(), stream, common)).isFalse();
    assertThat(joinsStory(ClusterConfig.defaults(), stream, cased))
        .as("cased text: a headline without names is not joined on its words' concentration").isFalse();
  }

  /**
   * The headline model does not overrule the cosine rule's join into a story beyond a fragment
   * (session 48): a headline that the cosine puts in an established story of its own event (four
   * headlines on a trade, all naming the player) stays there, though its one word concentrated in a
   * big story (the patriots') would have the model carry it into that one.
   */
  @Test
  void headlineModelDoesNotOverruleACosineJoinIntoAnEstablishedStory() {
    List<AnalyzedArticle> stream = new ArrayList<>();
    String[] story = PATRIOTS;
    for (int i = 0; i < story.length; i++) {
      stream.add(article("p" + i, null, story[i].split(" ")[0], story[i]));
    }
    String[] trade = {"jets trade linebacker harlow", "jets trade linebacker harlow for pick",
        "jets linebacker harlow trade", "linebacker harlow trade by jets", "jets complete linebacker harlow trade"};
    for (int i = 0; i < trade.length; i++) {
      stream.add(article("t" + i, null, trade[i].split(" ")[0], trade[i]));
    }
    AnalyzedArticle probe = article("x", null, "harlow", "harlow trade to patriots");
    Map<String, StoryId> f = storiesAfter(ClusterConfig.defaults(), stream, probe);
    assertThat(f.get("t4")).as("the trade headlines form one story").isEqualTo(f.get("t0"));
    assertThat(f.get("x")).as("stays in the trade story").isEqualTo(f.get("t0"));
  }

  /**
   * Two stories of case-less headlines (snow closing a mountain pass, a weekend of discounts at
   * the malls) meet in one headline that tells both; it joins one of them, and the two centroids
   * then agree at the merge threshold (0.21 against 0.20) through that one headline only: without
   * it they lie under the bar (0.16), so they stay two stories (session 43: such bridges chained
   * stories of one kind in shuffled orders of the Google News set).
   */
  @Test
  void caselessStoriesDoNotMergeThroughTheOneHeadlineThatBridgesThem() {
    List<AnalyzedArticle> stream = new ArrayList<>();
    String[] snow = {"heavy snow closes mountain pass", "mountain pass shut after heavy snow"};
    String[] malls = {"shoppers crowd malls for discount weekend", "discount weekend draws shoppers to malls"};
    String[] others = {"central bank holds interest rates", "new phone goes on sale this week",
        "city council approves budget", "scientists find water on distant moon", "oil prices fall on weak demand",
        "film festival opens downtown", "museum unveils new wing", "court hears appeal in fraud case"};
    for (int i = 0; i < others.length; i++) {
      stream.add(article("o" + i, null, others[i].split(" ")[0], others[i]));
      if (i < snow.length) {
        stream.add(article("s" + i, null, snow[i].split(" ")[0], snow[i]));
        stream.add(article("m" + i, null, malls[i].split(" ")[0], malls[i]));
      }
    }
    AnalyzedArticle bridge = article("b", null, "snow", "heavy snow shuts mountain pass as shoppers crowd malls for discount weekend");
    Map<String, StoryId> f = storiesAfter(ClusterConfig.defaults(), stream, bridge);
    assertThat(f.get("s1")).as("the snow headlines form one story").isEqualTo(f.get("s0"));
    assertThat(f.get("m1")).as("the mall headlines form one story").isEqualTo(f.get("m0"));
    assertThat(f.get("m0")).as("not merged through the bridge").isNotEqualTo(f.get("s0"));
  }

  /**
   * The merge vote (session 47, {@code StoryClusterer.modelAgrees}): two stories of case-less
   * headlines merge only where at least one kept headline of the smaller, judged alone, is likelier
   * by the headline model in the larger story than in a new one. A story of hymn-book auction
   * headlines has no headline that the phone-sale story would take; a story of phone headlines from
   * another stream of the same fillers has. A fragment of three is left to the lone rule, and a
   * story of cased headlines (the model does not read them) is not judged. lmMu is lowered so that
   * an invented stream of a few dozen headlines is not all background to the model.
   */
  @Test
  void caselessStoriesMergeOnlyWhereAHeadlineOfTheSmallerWouldJoinTheLarger() {
    ClusterConfig cfg = ClusterConfig.defaults().with("lmMu", "5");
    String[] phones = {"new phone goes on sale with early shipping", "phone sale starts as shipping begins early",
        "early shipping for the new phone sale", "phone maker opens sale and shipping early",
        "shoppers order the new phone before shipping", "phone sale brings early shipping dates"};
    String[] hymns = {"rare hymn book fetches record at auction", "hymn book sells for record sum at auction",
        "auction of hymn book sets a record", "record price for hymn book at auction house",
        "collector buys hymn book at record auction"};
    String[] later = {"new phone sale ships early", "early phone shipping after sale opens",
        "phone sale and shipping start early", "shipping of the new phone sale comes early"};
    StoryClusterer c = new StoryClusterer(cfg);
    ClusterState state = new ClusterState();
    ClusterState other = new ClusterState();
    Recorder events = new Recorder();
    for (int i = 0; i < 20; i++) {
      c.assign(state, filler(i), events);
      c.assign(other, filler(i), events);
    }
    List<Assignment> p = new ArrayList<>();
    for (int i = 0; i < phones.length; i++) {
      p.add(c.assign(state, article("p" + i, null, phones[i].split(" ")[0], phones[i]), events));
    }
    List<Assignment> h = new ArrayList<>();
    for (int i = 0; i < hymns.length; i++) {
      h.add(c.assign(state, article("h" + i, null, hymns[i].split(" ")[0], hymns[i]), events));
    }
    List<Assignment> l = new ArrayList<>();
    for (int i = 0; i < later.length; i++) {
      l.add(c.assign(other, article("l" + i, null, later[i].split(" ")[0], later[i]), events));
    }
    ActiveStory phoneStory = state.active.get(p.get(p.size() - 1).story());
    ActiveStory hymnStory = state.active.get(h.get(h.size() - 1).story());
    ActiveStory laterStory = other.active.get(l.get(l.size() - 1).story());
    assertThat(phoneStory.size).isEqualTo(phones.length);
    assertThat(hymnStory.size).isEqualTo(hymns.length);
    assertThat(laterStory.size).isEqualTo(later.length);
    assertThat(c.modelAgrees(state, phoneStory, hymnStory)).as("no hymn headline would join the phone story").isFalse();
    assertThat(c.modelAgrees(state, hymnStory, phoneStory)).isFalse();
    assertThat(c.modelAgrees(state, phoneStory, laterStory)).as("the later phone headlines would").isTrue();
    hymnStory.removeMember(hymnStory.members.get(0));
    hymnStory.removeMember(hymnStory.members.get(0));
    assertThat(c.modelAgrees(state, phoneStory, hymnStory)).as("a fragment of three: the lone rule's").isTrue();
    ClusterState cased = new ClusterState();
    List<Assignment> k = new ArrayList<>();
    for (int i = 0; i < hymns.length; i++) {
      String t = "Hymn " + hymns[i];
      k.add(c.assign(cased, article("k" + i, null, t.split(" ")[0], t), events));
    }
    ActiveStory casedStory = cased.active.get(k.get(k.size() - 1).story());
    assertThat(casedStory.lonelyHeadline).isNull();
    assertThat(c.modelAgrees(state, phoneStory, casedStory)).as("cased headlines: not the model's").isTrue();
  }

  /**
   * A story opened by a case-less headline the headline model reads is queued to be judged again
   * by the model ({@code StoryClusterer.lonelyRevisit}) at twice {@code revisitAfter} articles;
   * still alone then (here it shares no word with anything), it waits for the next level, due when
   * its age has doubled again. A story opened by the same kind of headline in cased text is not
   * queued. (The joins it makes are measured on the Google News set: in a small invented stream the
   * model's smoothing, lmMu, keeps every story near the background.)
   */
  @Test
  void loneCaselessHeadlineIsJudgedAgainWheneverItsAgeDoubles() {
    StoryClusterer c = new StoryClusterer(ClusterConfig.defaults());
    ClusterState state = new ClusterState();
    Recorder events = new Recorder();
    Assignment x = c.assign(state, article("x", null, "pundits rate the regatta crews", "pundits rate the regatta crews"),
        events);
    Assignment cased = c.assign(state, article("y", null, "Rowing eights train on the fjord",
        "Rowing eights train on the fjord"), events);
    ActiveStory lone = state.active.get(x.story());
    assertThat(lone.lonelyHeadline).isEqualTo(new ArticleId("x"));
    assertThat(state.lonely.get(0)).containsExactly(lone);
    assertThat(state.active.get(cased.story()).lonelyHeadline).as("cased text").isNull();
    int age = 2 * c.config().revisitAfter();
    for (int i = 0; i < age - 2; i++) {
      c.assign(state, filler(i), events);
    }
    assertThat(state.lonely.get(0)).as("due at an age of 128, not before").contains(lone);
    for (int i = 0; i < age / 2; i++) {
      c.assign(state, filler(1000 + i), events);
    }
    assertThat(state.lonely.get(0)).doesNotContain(lone);
    assertThat(state.lonely.get(1)).as("still alone: due again at an age of 256").contains(lone);
    assertThat(state.active.get(x.story())).as("still open, alone").isSameAs(lone);
  }

  /**
   * A story of two case-less headlines the model reads is a fragment judged again like a lone
   * headline ({@code StoryClusterer.lonelyRevisit}, each headline voting): at twice {@code
   * revisitAfter} articles it is judged, and as its headlines find no story (they share no word
   * with anything) it waits for the next level. Once a headline the model does not read joins (the
   * same words in cased text), the story is no longer judged: dropped from the queue at its level.
   * (The joins the votes make are measured on the Google News set, see the class comment.)
   */
  @Test
  void fragmentOfCaselessHeadlinesIsJudgedAgainUntilAnUnreadMemberJoins() {
    StoryClusterer c = new StoryClusterer(ClusterConfig.defaults());
    ClusterState state = new ClusterState();
    Recorder events = new Recorder();
    Assignment x = c.assign(state, article("x", null, "pundits rate the regatta crews", "pundits rate the regatta crews"),
        events);
    Assignment x2 = c.assign(state, article("x2", null, "pundits rate regatta crews highly",
        "pundits rate regatta crews highly"), events);
    Assignment y = c.assign(state, article("y", null, "umpires fault the dressage riders",
        "umpires fault the dressage riders"), events);
    Assignment y2 = c.assign(state, article("y2", null, "umpires fault dressage riders harshly",
        "umpires fault dressage riders harshly"), events);
    assertThat(x2.story()).as("a fragment of two").isEqualTo(x.story());
    assertThat(y2.story()).isEqualTo(y.story());
    Assignment cased = c.assign(state, article("y3", null, "Umpires fault the dressage riders",
        "Umpires fault the dressage riders"), events);
    assertThat(cased.story()).isEqualTo(y.story());
    ActiveStory read = state.active.get(x.story());
    ActiveStory mixed = state.active.get(y.story());
    assertThat(read.lonelyHeadline).isEqualTo(new ArticleId("x"));
    assertThat(mixed.lonelyHeadline).as("a cased member joined").isNull();
    int age = 3 * c.config().revisitAfter();
    for (int i = 0; i < age; i++) {
      c.assign(state, filler(i), events);
    }
    assertThat(state.lonely.get(0)).doesNotContain(read, mixed);
    assertThat(state.lonely.get(1)).as("judged, no story found: due again at an age of 256").contains(read)
        .doesNotContain(mixed);
    assertThat(state.active.get(x.story())).as("still open, of its two headlines").isSameAs(read);
    assertThat(read.size).isEqualTo(2);
  }

  /**
   * Re-seating ({@code StoryClusterer.reseat}): a case-less headline the model reads, once in a
   * story of others, is queued to be judged again at twice {@code revisitAfter} articles after it
   * arrived; still where it fits best then (nothing else shares its words), it stays and waits for
   * the next level, due when its age has doubled again. A headline in cased text is not queued,
   * nor is anything with the model off (lmAlpha 0). (The moves it makes are measured on the Google
   * News set, see the class comment: in a small invented stream a headline that fits another story
   * better bridges the two stories, which then merge.)
   */
  @Test
  void caselessHeadlineInAStoryIsJudgedAgainWheneverItsAgeDoubles() {
    for (boolean model : new boolean[] {true, false}) {
      ClusterConfig cfg = ClusterConfig.defaults().with("lmAlpha", model ? "0.3" : "0");
      StoryClusterer c = new StoryClusterer(cfg);
      ClusterState state = new ClusterState();
      Recorder events = new Recorder();
      Assignment d = null;
      for (String h : new String[] {"dockers strike over pay", "dockers strike over pay again",
          "dockers strike over pay and hours"}) {
        d = c.assign(state, article(h, null, h, h), events);
      }
      Assignment x = c.assign(state, article("x", null, "teachers strike over pay and school hours",
          "teachers strike over pay and school hours"), events);
      Assignment cased = c.assign(state, article("y", null, "Dockers strike over pay and hours",
          "Dockers strike over pay and hours"), events);
      assertThat(x.story()).as("joined the dockers' story").isEqualTo(d.story());
      assertThat(cased.story()).isEqualTo(d.story());
      ActiveStory docks = state.active.get(d.story());
      if (!model) {
        assertThat(state.seats).as("model off: nothing queued").isEmpty();
        continue;
      }
      assertThat(state.seats.get(0)).extracting(s -> s.member().article().value())
          .as("the case-less headlines, not the cased one").contains("x").doesNotContain("y");
      int age = 2 * cfg.revisitAfter();
      for (int i = 0; i < age - 2; i++) {
        c.assign(state, filler(i), events);
      }
      assertThat(state.seats.get(0)).extracting(s -> s.member().article().value())
          .as("due at an age of 128, not before").contains("x");
      for (int i = 0; i < 4; i++) {
        c.assign(state, filler(1000 + i), events);
      }
      assertThat(state.seats.get(0)).extracting(s -> s.member().article().value()).doesNotContain("x");
      assertThat(state.seats.get(1)).extracting(s -> s.member().article().value())
          .as("judged, stays: due again at an age of 256").contains("x");
      assertThat(state.seats.get(1)).filteredOn(s -> s.member().article().value().equals("x"))
          .extracting(ClusterState.Seat::story).containsExactly(docks);
      assertThat(events.moved).doesNotContainKey(new ArticleId("x"));
    }
  }

  /** A headline of three invented words that no other headline has. */
  private static AnalyzedArticle filler(int i) {
    return article("o" + i, null, invented(i, 0), invented(i, 0) + " " + invented(i, 1) + " " + invented(i, 2));
  }

  /** An invented lower-case word, distinct for each {@code (i, j)}: filler headlines that share nothing. */
  private static String invented(int i, int j) {
    String[] syllables = {"ka", "lo", "mi", "nu", "pe", "ri", "so", "tu", "va", "ze"};
    return syllables[j * 3 % 10] + syllables[i % 10] + syllables[i / 10 % 10] + syllables[i / 100 % 10] + "x";
  }

  @Test
  void preparedArticlesSayWhetherTheirTextIsCaseless() {
    StoryClusterer c = new StoryClusterer(ClusterConfig.defaults());
    assertThat(c.prepare(article("a", null, "patriot rally", "bronco fall in overtime")).caseless()).isTrue();
    assertThat(c.prepare(article("b", null, "patriot rally", "Bronco fall in overtime")).caseless()).isFalse();
    assertThat(c.prepare(article("c", null, "2013", "12 - 3")).caseless()).as("no letters").isFalse();
  }

  /** Replays {@code stream} then {@code probe}; whether the probe ends in the "patriots" story. */
  private static boolean joinsStory(ClusterConfig cfg, List<AnalyzedArticle> stream, AnalyzedArticle probe) {
    Map<String, StoryId> f = storiesAfter(cfg, stream, probe);
    assertThat(f.get("p11")).as("the patriots headlines form one story").isEqualTo(f.get("p0"));
    return f.get(probe.id().value()).equals(f.get("p0"));
  }

  @Test
  void englishReportJoinsScandinavianStoryThroughNamesAndNumbers() {
    LocalDate day = LocalDate.of(2025, 2, 4);
    List<AnalyzedArticle> nordic = List.of(
        article("n1", Language.NB, day, "Tankskipet Solvik gikk på grunn ved Florø",
            "Tankskipet Solvik med 14 mann om bord gikk på grunn ved Florø natt til tirsdag. Kystverket sier at "
                + "det ikke lekker olje. Kaptein Ragnhild Aasheim sier mannskapet er uskadd. Skipet fraktet 3200 tonn diesel."),
        article("n2", Language.NN, day, "Solvik stod på grunn ved Florø",
            "Tankskipet Solvik med 14 mann om bord stod på grunn ved Florø natt til tysdag. Kystverket seier at det "
                + "ikkje lek olje. Kaptein Ragnhild Aasheim seier at mannskapet er uskadd. Skipet hadde 3200 tonn diesel."),
        article("n3", Language.DA, day, "Tankskib på grund ved Florø",
            "Det norske tankskib Solvik med 14 mand om bord er gået på grund ved Florø. Kystverket oplyser, at der "
                + "ikke lækker olie. Kaptajn Ragnhild Aasheim siger, at besætningen er uskadt. Skibet havde 3200 tons diesel."));
    AnalyzedArticle english = article("e1", Language.EN, day, "Norwegian tanker Solvik runs aground near Florø",
        "The tanker Solvik, carrying 3200 tonnes of diesel and a crew of 14, ran aground near Florø overnight. "
            + "Kystverket, the coastal administration, reported no leak. Captain Ragnhild Aasheim said the crew was unhurt.");
    AnalyzedArticle other = article("e2", Language.EN, day, "Storm closes ports along the Norwegian coast",
        "Gale-force winds closed ferry ports from Bergen to Ålesund, the Norwegian Meteorological Institute said. "
            + "Flights from Flesland were cancelled and schools in Vestland stayed shut.");
    StoryClusterer c = new StoryClusterer(ClusterConfig.defaults());
    ClusterState s = new ClusterState();
    Recorder events = new Recorder();
    List<Assignment> all = new ArrayList<>(assignAll(c, s, nordic, events));
    all.add(c.assign(s, english, events));
    all.add(c.assign(s, other, events));
    Map<String, StoryId> f = finalStories(all, events);
    assertThat(f.get("n2")).isEqualTo(f.get("n1"));
    assertThat(f.get("n3")).isEqualTo(f.get("n1"));
    assertThat(f.get("e1")).as("English report of the same grounding").isEqualTo(f.get("n1"));
    assertThat(f.get("e2")).as("English report of another Norwegian event").isNotEqualTo(f.get("n1"));
  }

  /**
   * An English report that names the city only at sentence starts ("Gothenburg's trams stood
   * still") and the country only by its adjective ("the Swedish Transport Workers' Union"), beside
   * the union man and the count its Swedish and Danish reports have: across language groups it
   * reads the city as Göteborg and "Swedish" as Sverige, and leaves out its weekdays, which no other
   * language has as features; so it joins their story. Another English report of the city at a
   * sentence start, of another event, does not.
   */
  @Test
  void englishReportJoinsAcrossLanguagesThroughSentenceInitialPlaceAndAdjective() {
    LocalDate day = LocalDate.of(2025, 5, 20);
    List<AnalyzedArticle> strike = gothenburgStrike(day);
    List<AnalyzedArticle> nordic = strike.subList(0, 2);
    AnalyzedArticle english = strike.get(2);
    AnalyzedArticle other = strike.get(3);
    StoryClusterer c = new StoryClusterer(ClusterConfig.defaults());
    ClusterState s = new ClusterState();
    Recorder events = new Recorder();
    List<Assignment> all = new ArrayList<>(assignAll(c, s, nordic, events));
    all.add(c.assign(s, english, events));
    all.add(c.assign(s, other, events));
    Map<String, StoryId> f = finalStories(all, events);
    assertThat(f.get("d1")).isEqualTo(f.get("s1"));
    assertThat(f.get("e1")).as("English report of the same strike").isEqualTo(f.get("s1"));
    assertThat(f.get("e2")).as("English report of another event in the city").isNotEqualTo(f.get("s1"));
  }

  /**
   * The same strike in English, Swedish and Danish, in every order of arrival: the English report
   * joins whether it comes after the others or first. Coming first, it opens the story, and the
   * Scandinavian reports meet it read as they would read it (its sentence-initial Gothenburg as
   * Göteborg, "Swedish" as Sverige, its weekdays left out: the story keeps its members' {@link
   * FeatureVector.Shift}), not only with their own names changed. The English report of another
   * event in the city stays apart in every order; so do two reports in two languages in both
   * orders, and the Swedish report with an English one of another event.
   */
  @Test
  void acrossLanguageGroupsTheJoinDoesNotDependOnWhichCameFirst() {
    LocalDate day = LocalDate.of(2025, 5, 20);
    List<AnalyzedArticle> strike = gothenburgStrike(day);
    AnalyzedArticle sv = strike.get(0);
    AnalyzedArticle da = strike.get(1);
    AnalyzedArticle en = strike.get(2);
    AnalyzedArticle other = strike.get(3);
    List<List<AnalyzedArticle>> orders = List.of(List.of(sv, da, en), List.of(en, sv, da), List.of(en, da, sv),
        List.of(sv, en, da), List.of(other, en, sv, da), List.of(en, other, da, sv));
    for (List<AnalyzedArticle> order : orders) {
      Map<String, StoryId> f = storiesOf(order);
      String ids = order.stream().map(a -> a.id().value()).toList().toString();
      assertThat(f.get("d1")).as("Danish with Swedish, order %s", ids).isEqualTo(f.get("s1"));
      assertThat(f.get("e1")).as("English with Swedish, order %s", ids).isEqualTo(f.get("s1"));
      if (f.containsKey("e2")) {
        assertThat(f.get("e2")).as("another event, order %s", ids).isNotEqualTo(f.get("s1"));
      }
    }
    for (List<AnalyzedArticle> pair : List.of(List.of(en, sv), List.of(sv, en), List.of(en, da), List.of(da, en))) {
      Map<String, StoryId> f = storiesOf(pair);
      assertThat(f.get(pair.get(1).id().value())).as("two languages, %s first", pair.get(0).id().value())
          .isEqualTo(f.get(pair.get(0).id().value()));
    }
    for (List<AnalyzedArticle> pair : List.of(List.of(other, sv), List.of(sv, other))) {
      Map<String, StoryId> f = storiesOf(pair);
      assertThat(f.get("e2")).as("another event, %s first", pair.get(0).id().value()).isNotEqualTo(f.get("s1"));
    }
  }

  /**
   * A Gothenburg tram strike reported in Swedish (s1), Danish (d1) and English (e1), and an English
   * report of another event in the city (e2), all of {@code day}.
   */
  private static List<AnalyzedArticle> gothenburgStrike(LocalDate day) {
    AnalyzedArticle sv = article("s1", Language.SV, day, "Spårvagnarna i Göteborg står still: förarna strejkar",
        "Inga spårvagnar går på tisdagen i Göteborg sedan förarna hos Västtrafik lagt ned arbetet i protest mot "
            + "nya scheman. Strejken drabbar omkring 180 000 resenärer. Förtroendemannen Lennart Björkqvist "
            + "säger att ledningen varnats i flera månader. Arbetsdomstolen i Sverige tar upp ärendet på onsdag.");
    AnalyzedArticle da = article("d1", Language.DA, day, "Strejke lammer sporvognene i Göteborg",
        "Ingen sporvogne kører tirsdag i Göteborg, efter at førerne hos Västtrafik har nedlagt arbejdet. Strejken "
            + "rammer omkring 180.000 passagerer. Tillidsmand Lennart Björkqvist siger, at ledelsen er advaret i "
            + "flere måneder.");
    AnalyzedArticle en = article("e1", Language.EN, day, "Gothenburg trams halted by drivers' strike",
        "Gothenburg's trams stood still on Tuesday after drivers walked out in protest against new rosters. "
            + "About 180,000 daily passengers are affected. Shop steward Lennart Bjorkqvist said staff had warned "
            + "management for months. The Swedish Labour Court will hear the case on Wednesday.");
    AnalyzedArticle other = article("e2", Language.EN, day, "Gothenburg opens new concert hall",
        "Gothenburg's new concert hall opened on Tuesday with a gala for 1,200 guests. Conductor Maria Lindqvist "
            + "led the Swedish Radio Symphony Orchestra in a programme of Nordic music.");
    return List.of(sv, da, en, other);
  }

  /** Final stories of {@code stream} replayed from an empty state with the defaults. */
  private static Map<String, StoryId> storiesOf(List<AnalyzedArticle> stream) {
    StoryClusterer c = new StoryClusterer(ClusterConfig.defaults());
    Recorder events = new Recorder();
    return finalStories(assignAll(c, new ClusterState(), stream, events), events);
  }

  /**
   * What an English article changes in its features across language groups: the city it writes
   * only at a sentence start and the country of its adjective added, the adjective's name and its
   * weekday left out; within one group nothing changes (the vector itself has none of them).
   */
  @Test
  void acrossLanguageGroupsAnArticleAddsPlacesAndCountriesAndLeavesOutWeekdays() {
    AnalyzedArticle a = article("e1", Language.EN, LocalDate.of(2025, 5, 20), "Gothenburg trams halted",
        "Gothenburg's trams stood still on Tuesday. Shop steward Lennart Bjorkqvist spoke for the Swedish union.");
    PreparedArticle p = new StoryClusterer(ClusterConfig.defaults()).prepare(a);
    long gothenburg = FeatureVector.nameKey(ArticleAnalyzer.nameKey("Göteborg"));
    long sweden = FeatureVector.nameKey(ArticleAnalyzer.nameKey("Sverige"));
    long swedish = FeatureVector.nameKey(ArticleAnalyzer.nameKey("Swedish"));
    long tuesday = FeatureVector.numberKey("wtuesday");
    assertThat(p.keys()).doesNotContain(gothenburg, sweden).contains(swedish, tuesday);
    FeatureVector.Across change = FeatureVector.across(p);
    assertThat(change.added()).containsExactlyInAnyOrder(gothenburg, sweden);
    assertThat(change.dropped()).containsExactlyInAnyOrder(swedish, tuesday);
    DocumentFrequencies df = new DocumentFrequencies(4, 12);
    FeatureVector v = FeatureVector.of(p, df, ClusterConfig.defaults());
    FeatureVector across = FeatureVector.across(p, change, df, ClusterConfig.defaults());
    assertThat(across.keys()).contains(gothenburg, sweden).doesNotContain(swedish, tuesday);
    assertThat(df.documents()).as("the added names are not counted as documents' features").isEqualTo(1);
    assertThat(df.count(gothenburg)).isZero();
    assertThat(v.keys()).contains(swedish, tuesday);
  }

  /** Two earthquakes: same kind, same vocabulary, different places, magnitudes, tolls and days. */
  static List<AnalyzedArticle> twoEarthquakes(LocalDate first, LocalDate second) {
    return List.of(
        article("a1", first, "Earthquake of magnitude 6.4 kills 12 in Lombok",
            "A strong earthquake of magnitude 6.4 struck the island of Lombok in Indonesia on Sunday, killing 12 people "
                + "and damaging hundreds of homes near Mataram, officials said. Rescue teams searched collapsed buildings."),
        article("a2", first, "Lombok quake: death toll rises to 12",
            "Rescuers in Lombok pulled survivors from collapsed homes after the magnitude 6.4 earthquake on Sunday. "
                + "Indonesian officials in Mataram said 12 people were killed and the island's hospitals were full."),
        article("b1", second, "Earthquake of magnitude 7.1 kills 30 in Oaxaca",
            "A powerful earthquake of magnitude 7.1 struck Oaxaca in southern Mexico on Tuesday, killing 30 people and "
                + "damaging hundreds of homes near Juchitan, officials said. Rescue teams searched collapsed buildings."),
        article("a3", first, "Aftershocks rattle Lombok after deadly quake",
            "Aftershocks shook Lombok on Monday, a day after the magnitude 6.4 earthquake killed 12 people. Officials in "
                + "Mataram said Indonesian rescue teams were still searching collapsed buildings."),
        article("b2", second, "Oaxaca quake: 30 dead in southern Mexico",
            "Rescuers in Oaxaca pulled survivors from collapsed homes after the magnitude 7.1 earthquake on Tuesday. "
                + "Mexican officials in Juchitan said 30 people were killed and the region's hospitals were full."),
        article("b3", second, "Aftershocks rattle Oaxaca after deadly quake",
            "Aftershocks shook Oaxaca on Wednesday, a day after the magnitude 7.1 earthquake killed 30 people. Officials in "
                + "Juchitan said Mexican rescue teams were still searching collapsed buildings."));
  }

  static List<Assignment> assignAll(StoryClusterer c, ClusterState s, List<AnalyzedArticle> articles, Recorder events) {
    List<Assignment> out = new ArrayList<>();
    for (AnalyzedArticle a : articles) {
      out.add(c.assign(s, a, events));
    }
    return out;
  }

  /** Records events and resolves merged stories. */
  static final class Recorder implements StoryEvents {
    final List<StoryId> retired = new ArrayList<>();
    final Map<StoryId, StoryId> merged = new HashMap<>();

    @Override
    public void retired(StoryId story) {
      retired.add(story);
    }

    @Override
    public void merged(StoryId from, StoryId into) {
      merged.put(from, into);
    }

    final Map<ArticleId, StoryId> moved = new HashMap<>();

    @Override
    public void moved(ArticleId article, StoryId from, StoryId into) {
      moved.put(article, into);
    }

    StoryId current(StoryId s) {
      while (merged.containsKey(s)) {
        s = merged.get(s);
      }
      return s;
    }
  }

  private static Map<String, StoryId> finalStories(List<Assignment> as, Recorder r) {
    Map<String, StoryId> m = new TreeMap<>();
    for (Assignment a : as) {
      m.put(a.article().value(), r.current(r.moved.getOrDefault(a.article(), a.story())));
    }
    return m;
  }

  @Test
  void twoEventsOfTheSameKindAreKeptApartByNamesAndNumbers() {
    Recorder r = new Recorder();
    Map<String, StoryId> s = finalStories(assignAll(new StoryClusterer(ClusterConfig.defaults()), new ClusterState(),
        twoEarthquakes(null, null), r), r);
    assertThat(s.get("a2")).isEqualTo(s.get("a1"));
    assertThat(s.get("a3")).isEqualTo(s.get("a1"));
    assertThat(s.get("b2")).isEqualTo(s.get("b1"));
    assertThat(s.get("b3")).isEqualTo(s.get("b1"));
    assertThat(s.get("b1")).isNotEqualTo(s.get("a1"));
  }

  @Test
  void anOldStoryDoesNotSwallowANewSameKindEventWeeksLater() {
    // the same wording weeks apart: only time tells these apart
    LocalDate day = LocalDate.of(2024, 3, 3);
    List<AnalyzedArticle> first = List.of(
        article("x1", day, "Storm floods the harbour in Bergen", "A storm flooded the harbour in Bergen on Sunday night."),
        article("x2", day, "Bergen harbour flooded by storm", "The storm flooded Bergen's harbour on Sunday, the police said."));
    List<AnalyzedArticle> later = List.of(
        article("y1", day.plusWeeks(5), "Storm floods the harbour in Bergen", "A storm flooded the harbour in Bergen on Sunday night."));
    StoryClusterer c = new StoryClusterer(ClusterConfig.defaults());
    ClusterState state = new ClusterState();
    Recorder r = new Recorder();
    List<Assignment> as = assignAll(c, state, first, r);
    Assignment y = c.assign(state, later.get(0), r);
    assertThat(as.get(1).story()).isEqualTo(as.get(0).story());
    assertThat(y.opened()).isTrue();
    assertThat(r.current(y.story())).isNotEqualTo(r.current(as.get(0).story()));
  }

  /**
   * Stories age: a report fed every day keeps its story open, and a loosely matching article joins
   * it while the story is young, but not once the story has run for a week; without aging it
   * does.
   */
  @Test
  void aStoryThatHasRunForAWeekTakesOnlyCloseMatches() {
    LocalDate day = LocalDate.of(2024, 3, 3);
    List<AnalyzedArticle> daily = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      daily.add(article("d" + i, day.plusDays(i), "Vestas wind farm off Esbjerg: day " + (i + 1) + " of the strike",
          "Workers at the Vestas wind farm off Esbjerg are on strike for the " + (i + 1) + ". day, the union said."));
    }
    AnalyzedArticle loose = article("p", day.plusDays(7), "Vestas shares fall as the Esbjerg strike goes on",
        "Shares in Vestas fell on Monday while the strike at Esbjerg continued.");
    AnalyzedArticle early = article("q", day.plusDays(1), "Vestas shares fall as the Esbjerg strike goes on",
        "Shares in Vestas fell on Monday while the strike at Esbjerg continued.");
    ClusterConfig aging = ClusterConfig.defaults();
    ClusterConfig none = aging.with("agingPerDay", "0");
    assertThat(aging.agingPerDay()).isPositive();
    assertThat(joinsFirst(aging, daily.subList(0, 2), early)).isTrue();
    assertThat(joinsFirst(none, daily, loose)).isTrue();
    assertThat(joinsFirst(aging, daily, loose)).isFalse();
  }

  /** Whether {@code probe}, after {@code stream} (asserted to form one story), ends in that story. */
  private static boolean joinsFirst(ClusterConfig cfg, List<AnalyzedArticle> stream, AnalyzedArticle probe) {
    Map<String, StoryId> f = storiesAfter(cfg, stream, probe);
    String first = stream.get(0).id().value();
    for (AnalyzedArticle a : stream) {
      assertThat(f.get(a.id().value())).as("the daily reports form one story").isEqualTo(f.get(first));
    }
    return f.get(probe.id().value()).equals(f.get(first));
  }

  /** Final stories (after merges and moves) of {@code stream} then {@code probe}, by article id. */
  private static Map<String, StoryId> storiesAfter(ClusterConfig cfg, List<AnalyzedArticle> stream, AnalyzedArticle probe) {
    StoryClusterer c = new StoryClusterer(cfg);
    ClusterState s = new ClusterState();
    Recorder events = new Recorder();
    List<Assignment> all = new ArrayList<>(assignAll(c, s, stream, events));
    all.add(c.assign(s, probe, events));
    return finalStories(all, events);
  }

  /**
   * A Scandinavian article joins a story of one article only where it shares two things with it
   * (session 48): one word of a kind of event ("snø") is what two places' items of one snowy day
   * share. Two shared words join; so does one word that the story's article writes as a name
   * ("Sporvognen") and this one as a word, which counts for the word and the name.
   */
  @Test
  void aStoryOfOneIsJoinedOnTwoSharedThingsNotOne() {
    LocalDate day = LocalDate.of(2025, 1, 7);
    AnalyzedArticle first = article("a", Language.NB, day, "Snøfokk stengte fjellovergangen", "");
    AnalyzedArticle oneWord = article("b", Language.NB, day, "Elevene elsker snøfokk", "");
    Map<String, StoryId> apart = storiesAfter(ClusterConfig.defaults(), List.of(first), oneWord);
    assertThat(apart.get("b")).isNotEqualTo(apart.get("a"));
    AnalyzedArticle twoWords = article("c", Language.NB, day, "Snøfokk: fjellovergangen stengt igjen", "");
    Map<String, StoryId> joined = storiesAfter(ClusterConfig.defaults(), List.of(first), twoWords);
    assertThat(joined.get("c")).isEqualTo(joined.get("a"));
    AnalyzedArticle named = article("d", Language.DA, day, "Skoleelev skadet af Sporvognen i Odense", "");
    AnalyzedArticle word = article("e", Language.DA, day, "Dreng ramt af sporvognen", "");
    assertThat(named.names()).contains(ArticleAnalyzer.nameKey("Sporvognen"));
    assertThat(word.names()).isEmpty();
    Map<String, StoryId> nameAndWord = storiesAfter(ClusterConfig.defaults(), List.of(named), word);
    assertThat(nameAndWord.get("e")).isEqualTo(nameAndWord.get("d"));
  }

  /**
   * Two headlines of one day sharing only a town's name are two events; sharing the town and a word
   * of what happened, one.
   */
  @Test
  void headlinesSharingOnlyOneNameStayApart() {
    LocalDate day = LocalDate.of(2025, 9, 19);
    AnalyzedArticle leak = article("a", Language.SV, day, "Godståg läcker i Norrköping", "");
    AnalyzedArticle survey = article("b", Language.SV, day, "Hur är tryggheten i Norrköping?", "");
    AnalyzedArticle leakAgain = article("c", Language.SV, day, "Godståg läcker farligt ämne i Norrköping", "");
    assertApartThenJoined(leak, survey, leakAgain);
  }

  /** After {@code first} (id "a"), {@code other} ("b") opens a story of its own and {@code again} ("c") joins. */
  private static void assertApartThenJoined(AnalyzedArticle first, AnalyzedArticle other, AnalyzedArticle again) {
    Map<String, StoryId> apart = storiesAfter(ClusterConfig.defaults(), List.of(first), other);
    assertThat(apart.get("b")).isNotEqualTo(apart.get("a"));
    Map<String, StoryId> joined = storiesAfter(ClusterConfig.defaults(), List.of(first), again);
    assertThat(joined.get("c")).isEqualTo(joined.get("a"));
  }

  /**
   * A person is one name however many words it has: two headlines of one day sharing only "Donald
   * Trump" are two events, as two sharing one town are; sharing the person and a word of what
   * happened, one.
   */
  @Test
  void headlinesSharingOnlyOnePersonStayApart() {
    LocalDate day = LocalDate.of(2025, 9, 19);
    AnalyzedArticle venezuela = article("a", Language.SV, day, "Hot mot Venezuela från Donald Trump", "");
    AnalyzedArticle tylenol = article("b", Language.SV, day, "Paracetamol varning från Donald Trump", "");
    AnalyzedArticle venezuelaAgain = article("c", Language.SV, day, "Nytt hot mot Venezuela från Donald Trump", "");
    assertThat(venezuela.givenNames()).containsExactly(ArticleAnalyzer.nameKey("Donald"));
    assertApartThenJoined(venezuela, tylenol, venezuelaAgain);
  }

  /**
   * A local paper names its region in most of its items: an avalanche warning and a court report
   * that share only "Nord-Troms" (and the word "far", a part of "skredfaren") have a high
   * specifics cosine and almost no words in common. The term floor keeps them apart; without it
   * they join. A second report of the warning still joins.
   */
  @Test
  void reportsSharingAPlaceButNotTheirWordsStayApart() {
    LocalDate day = LocalDate.of(2025, 1, 7);
    AnalyzedArticle warning = article("a", Language.NB, day, "Skredfaren øker onsdag",
        "Skredfaren i Lyngen og Nord-Troms øker fra moderat til betydelig onsdag, melder Varsom.");
    AnalyzedArticle court = article("b", Language.NB, day, "Far dømt for kroppskrenkelser mot sitt eget barn",
        "En mann fra Nord-Troms er dømt til betinget fengsel for kroppskrenkelser mot sitt eget barn.");
    AnalyzedArticle warningAgain = article("c", Language.NB, day, "Betydelig skredfare i Lyngen onsdag",
        "Varsom melder at skredfaren i Lyngen og Nord-Troms øker til betydelig onsdag.");
    Map<String, StoryId> apart = storiesAfter(ClusterConfig.defaults(), List.of(warning), court);
    assertThat(apart.get("b")).isNotEqualTo(apart.get("a"));
    Map<String, StoryId> without = storiesAfter(ClusterConfig.defaults().with("termFloor", "0"), List.of(warning), court);
    assertThat(without.get("b")).as("without the term floor").isEqualTo(without.get("a"));
    Map<String, StoryId> joined = storiesAfter(ClusterConfig.defaults(), List.of(warning), warningAgain);
    assertThat(joined.get("c")).isEqualTo(joined.get("a"));
  }

  @Test
  void namesAndNumbersOwnWordsAreKnownToThePreparedArticle() {
    AnalyzedArticle a = article("a", Language.SV, LocalDate.of(2025, 9, 19), "Godståg läcker i Norrköping", "");
    long[] specificTerms = FeatureVector.specificTermKeys(a);
    assertThat(specificTerms).hasSize(1);
    assertThat(new StoryClusterer(ClusterConfig.defaults()).prepare(a).specificTerms()).containsExactly(specificTerms);
    AnalyzedArticle stemmed = article("b", Language.SV, LocalDate.of(2025, 9, 19), "Man i Boden döms", "");
    assertThat(stemmed.titleTerms()).doesNotContain("boden"); // the stemmer cut the town's name
    assertThat(FeatureVector.specificTermKeys(stemmed)).hasSize(1);
    // a translated place name: its key is the group's first form ("rusland"), the word stays Swedish
    AnalyzedArticle exonym = article("c", Language.SV, LocalDate.of(2025, 9, 19), "Tsunamivarning i Ryssland", "");
    assertThat(exonym.names()).containsExactly(ArticleAnalyzer.nameKey("Ryssland"));
    assertThat(FeatureVector.specificTermKeys(exonym)).hasSize(1);
    // a number is a number feature and a term: its word is known too
    AnalyzedArticle year = article("d", Language.NB, LocalDate.of(2025, 1, 9), "De mest populære hundenavnene i 2024", "");
    assertThat(year.numbers()).contains("2024");
    assertThat(FeatureVector.specificTermKeys(year)).containsExactly(FeatureVector.termKey(Language.NB, "2024"));
  }

  /**
   * A hyphenated name whose every part is capitalised is one place ("Vest-Agder"): its parts, which
   * the analysis also gives as words, count under the name, so two items of a local paper naming its
   * region share the name, not two words besides it. A part in lower case stays a word of its own.
   */
  @Test
  void thePartsOfAHyphenatedNameAreTheNamesOwnWords() {
    LocalDate day = LocalDate.of(2025, 1, 7);
    AnalyzedArticle region = article("a", Language.NB, day, "Ny idrettshall åpnet",
        "Kommunene i Vest-Agder fikk en ny idrettshall tirsdag.");
    assertThat(region.names()).contains(ArticleAnalyzer.nameKey("Vest-Agder"));
    assertThat(region.bodyTerms()).contains("vest", "agd"); // the stemmer cuts "agder"
    assertThat(FeatureVector.specificTermKeys(region))
        .contains(FeatureVector.termKey(Language.NB, "vest"), FeatureVector.termKey(Language.NB, "agd"));
    AnalyzedArticle plan = article("b", Language.NB, day, "Ny plan for skolene",
        "Fylket la fram Agder-planen for skolene tirsdag.");
    assertThat(plan.bodyTerms()).contains("plan");
    assertThat(FeatureVector.specificTermKeys(plan)).doesNotContain(FeatureVector.termKey(Language.NB, "plan"));
    // English is not read so
    AnalyzedArticle english = article("c", Language.EN, day, "New hall opened",
        "The towns of West-Agder opened a hall.");
    assertThat(FeatureVector.specificTermKeys(english)).doesNotContain(FeatureVector.termKey(Language.EN, "west"));
  }

  @Test
  void aCountryNamedInTwoScandinavianLanguagesIsOneNameAndOneStory() {
    LocalDate day = LocalDate.of(2025, 1, 7);
    // CLDR's names join in Exonyms: Danish "Syrien" and Norwegian "Syria" are one name feature
    AnalyzedArticle da = article("a", Language.DA, day, "Mindst 40 dræbt ved bilbombe i Syrien",
        "En bilbombe eksploderede mandag på et marked i det nordlige Syrien, oplyser myndighederne.");
    AnalyzedArticle nb = article("b", Language.NB, day, "Minst 40 drept av bilbombe i Syria",
        "En bilbombe eksploderte mandag på et marked nord i Syria, opplyser myndighetene.");
    assertThat(da.names()).contains(ArticleAnalyzer.nameKey("Syria"));
    Map<String, StoryId> stories = storiesAfter(ClusterConfig.defaults(), List.of(da), nb);
    assertThat(stories.get("b")).isEqualTo(stories.get("a"));
  }

  @Test
  void aNationalityAdjectiveNamesItsCountryBesideOtherSpecifics() {
    LocalDate day = LocalDate.of(2022, 10, 6);
    long greece = FeatureVector.nameKey(ArticleAnalyzer.nameKey("Grækenland"));
    StoryClusterer clusterer = new StoryClusterer(ClusterConfig.defaults());
    AnalyzedArticle boat = article("a", Language.DA, day, "Mindst 15 migranter mister livet i bådulykke ud for græsk ø", "");
    PreparedArticle p = clusterer.prepare(boat);
    assertThat(p.keys()).contains(greece);
    // the adjective's word is the country's word and counts under the country, as a name's own word does
    assertThat(p.specificTerms()).contains(FeatureVector.termKey(Language.DA, "grækenland"));
    assertThat(p.keys()).doesNotContain(FeatureVector.termKey(Language.DA, "græsk"));
    assertThat(boat.names()).doesNotContain(ArticleAnalyzer.nameKey("Grækenland")); // names stay what is written
    // the adjective alone does not give a headline specifics it has none of
    AnalyzedArticle bare = article("b", Language.DA, day, "Storm rammer græsk ø", "");
    assertThat(clusterer.prepare(bare).keys()).doesNotContain(greece);
    // a country in a tenth of the background news ("russisk": Rusland) is too common to tell events apart
    AnalyzedArticle russian = article("c", Language.DA, day, "Mindst 15 dræbt i russisk angreb", "");
    assertThat(clusterer.prepare(russian).keys()).doesNotContain(FeatureVector.nameKey(ArticleAnalyzer.nameKey("Rusland")));
    // the two Greek headlines meet on the country and the number, not on words
    AnalyzedArticle toll = article("d", Language.DA, day, "15 døde og 20 savnet efter ulykke i Grækenland", "");
    assertThat(clusterer.prepare(toll).keys()).contains(greece);
    // a "-ien" country's "-isk" adjective ("tunesiske": Tunesien) names it as well
    AnalyzedArticle match = article("e", Language.DA, day, "Trods tunesiske fans vinder Korsvig med 31-25", "");
    assertThat(clusterer.prepare(match).keys()).contains(FeatureVector.nameKey(ArticleAnalyzer.nameKey("Tunesien")));
  }

  /**
   * A nationality adjective is read as its country's word among the words ("Storm rammer græsk ø"
   * shares "grækenland" with a headline naming Grækenland), in a headline that names nothing as well,
   * where it is no name feature; an everyday country's adjective ("russisk") stays its own word.
   */
  @Test
  void aNationalityAdjectiveInAHeadlineNamingNothingIsItsCountrysWord() {
    LocalDate day = LocalDate.of(2022, 10, 6);
    StoryClusterer clusterer = new StoryClusterer(ClusterConfig.defaults());
    long greeceWord = FeatureVector.termKey(Language.DA, "grækenland");
    AnalyzedArticle bare = article("a", Language.DA, day, "Storm rammer græsk ø", "");
    assertThat(bare.names()).isEmpty();
    PreparedArticle p = clusterer.prepare(bare);
    assertThat(p.keys()).contains(greeceWord).doesNotContain(FeatureVector.termKey(Language.DA, "græsk"))
        .doesNotContain(FeatureVector.nameKey(ArticleAnalyzer.nameKey("Grækenland")));
    assertThat(p.specificTerms()).isEmpty();
    AnalyzedArticle named = article("b", Language.DA, day, "Storm rammer græsk ø i Korsvig", "");
    assertThat(clusterer.prepare(named).keys()).as("beside a name: the name feature too")
        .contains(greeceWord, FeatureVector.nameKey(ArticleAnalyzer.nameKey("Grækenland")))
        .doesNotContain(FeatureVector.termKey(Language.DA, "græsk"));
    AnalyzedArticle russian = article("c", Language.DA, day, "Storm rammer russisk ø", "");
    assertThat(clusterer.prepare(russian).keys()).contains(FeatureVector.termKey(Language.DA, "russisk"))
        .doesNotContain(FeatureVector.termKey(Language.DA, "rusland"));
  }

  /**
   * A headline whose only name is an everyday one of the background news ("Danmark") is judged by
   * its words, as a headline without names is: its specifics neither weigh nor, through the
   * specifics floor, turn it away from a story that names other things. A headline naming a place
   * of its own the story does not name is still turned away, and with the rule switched off
   * ({@code everydayRate} 1) so is the first.
   */
  @Test
  void aHeadlineWhoseOnlyNameIsAnEverydayOneIsJudgedByItsWords() {
    LocalDate day = LocalDate.of(2022, 10, 6);
    AnalyzedArticle bridge = article("a", Language.DA, day, "Ny motorvejsbro ved Korsvig åbner til sommer",
        "Den nye motorvejsbro ved Korsvig åbner for trafikken til sommer, oplyser Vejdirektoratet. "
            + "Broen over Hallinge Å har kostet 900 millioner kroner og er et år forsinket.");
    AnalyzedArticle everyday = article("b", Language.DA, day, "Ny motorvejsbro i Danmark åbner til sommer", "");
    AnalyzedArticle elsewhere = article("c", Language.DA, day, "Ny motorvejsbro ved Tremose åbner til sommer", "");
    assertThat(everyday.names()).containsExactly(ArticleAnalyzer.nameKey("Danmark"));
    StoryClusterer clusterer = new StoryClusterer(ClusterConfig.defaults());
    DocumentFrequencies df = new DocumentFrequencies(4, 12);
    assertThat(FeatureVector.of(clusterer.prepare(bridge), df, clusterer.config()).named()).isTrue();
    FeatureVector v = FeatureVector.of(clusterer.prepare(everyday), df, clusterer.config());
    assertThat(v.hasSpecifics()).isTrue();
    assertThat(v.named()).isFalse();
    Map<String, StoryId> joined = storiesAfter(ClusterConfig.defaults(), List.of(bridge), everyday);
    assertThat(joined.get("b")).isEqualTo(joined.get("a"));
    Map<String, StoryId> apart = storiesAfter(ClusterConfig.defaults(), List.of(bridge), elsewhere);
    assertThat(apart.get("c")).as("a name of its own").isNotEqualTo(apart.get("a"));
    Map<String, StoryId> off = storiesAfter(ClusterConfig.defaults().with("everydayRate", "1"), List.of(bridge), everyday);
    assertThat(off.get("b")).as("everydayRate 1").isNotEqualTo(off.get("a"));
  }

  @Test
  void sameKindEventsOnDifferentDaysWithinTheWindowStayApart() {
    LocalDate d = LocalDate.of(2024, 5, 5);
    Recorder r = new Recorder();
    Map<String, StoryId> s = finalStories(assignAll(new StoryClusterer(ClusterConfig.defaults()), new ClusterState(),
        twoEarthquakes(d, d.plusDays(1)), r), r);
    assertThat(s.get("b1")).isNotEqualTo(s.get("a1"));
    assertThat(s.get("a3")).isEqualTo(s.get("a1"));
  }

  @Test
  void theSameInputGivesTheSameStories() {
    List<List<Assignment>> runs = new ArrayList<>();
    for (int run = 0; run < 3; run++) {
      runs.add(assignAll(new StoryClusterer(ClusterConfig.defaults()), new ClusterState(), synthetic(400, 7), new Recorder()));
    }
    assertThat(runs.get(1)).isEqualTo(runs.get(0));
    assertThat(runs.get(2)).isEqualTo(runs.get(0));
    assertThat(runs.get(0).stream().map(Assignment::story).distinct().count()).isBetween(2L, 399L);
  }

  @Test
  void retirementBoundsTheOpenStories() {
    ClusterConfig cfg = ClusterConfig.defaults().with("maxActiveStories", "40");
    StoryClusterer c = new StoryClusterer(cfg);
    ClusterState state = new ClusterState();
    Recorder r = new Recorder();
    int maxOpen = 0;
    int maxPostings = 0;
    for (AnalyzedArticle a : synthetic(3000, 11)) {
      c.assign(state, a, r);
      maxOpen = Math.max(maxOpen, state.activeStories());
      maxPostings = Math.max(maxPostings, state.postings.size());
    }
    assertThat(maxOpen).isLessThanOrEqualTo(40);
    assertThat(state.retiredStories()).isGreaterThan(100);
    assertThat(r.retired).hasSize((int) state.retiredStories());
    // the index only holds features of open stories, each findable by a bounded number of features
    assertThat(maxPostings).isLessThanOrEqualTo(40 * cfg.indexedFeaturesPerStory());
  }

  @Test
  void storiesIdleLongerThanTheWindowRetireByEventTime() {
    StoryClusterer c = new StoryClusterer(ClusterConfig.defaults());
    ClusterState state = new ClusterState();
    Recorder r = new Recorder();
    LocalDate day = LocalDate.of(2023, 1, 1);
    List<AnalyzedArticle> items = synthetic(2048, 3);
    for (int i = 0; i < items.size(); i++) {
      c.assign(state, dated(items.get(i), day.plusDays(i / 64)), r);
    }
    // 64 articles a day, a window of 3 days: far fewer open stories than articles seen
    assertThat(state.activeStories()).isLessThan(64 * 5);
    assertThat(state.retiredStories()).isGreaterThan(0);
  }

  /**
   * One article dated centuries ahead (a feed's wrong year) must not make every open story look
   * idle: after it and 300 more articles (past the retirement sweep at every 256th), a follow-up
   * still joins the story it belongs to. With the newest date as the watermark, the sweep retired
   * every story.
   */
  @Test
  void oneArticleDatedFarAheadDoesNotRetireTheOpenStories() {
    StoryClusterer c = new StoryClusterer(ClusterConfig.defaults());
    ClusterState state = new ClusterState();
    Recorder r = new Recorder();
    LocalDate day = LocalDate.of(2025, 1, 7);
    c.assign(state, article("a1", day, "Ferry Havørn aground near Bodø",
        "The ferry Havørn ran aground near Bodø on Tuesday; all 212 passengers were taken ashore."), r);
    c.assign(state, article("a2", day, "Havørn passengers ashore after grounding at Bodø",
        "Rescuers brought the 212 passengers of the ferry Havørn ashore near Bodø."), r);
    c.assign(state, article("typo", LocalDate.of(2205, 1, 7), "Council meets on budget", "The council met."), r);
    List<AnalyzedArticle> filler = synthetic(300, 5);
    for (int i = 0; i < filler.size(); i++) {
      c.assign(state, dated(filler.get(i), day.plusDays(i % 2)), r);
    }
    assertThat(state.watermark()).isLessThan(ArticleDate.ofDay(day.plusDays(30)).epochSecond());
    Assignment followUp = c.assign(state, article("a3", day.plusDays(1), "Havørn towed off the rocks at Bodø",
        "The ferry Havørn, aground near Bodø with 212 passengers, was towed free on Wednesday."), r);
    assertThat(followUp.opened()).isFalse();
    assertThat(r.retired).doesNotContain(followUp.story());
  }

  @Test
  void fragmentsOfOneStoryAreMergedAndReported() {
    // merge everything that is at all similar: the two halves of each event must come together
    ClusterConfig cfg = ClusterConfig.defaults().with("threshold", "0.9").with("shortThreshold", "0.9")
        .with("mergeThreshold", "0.2").with("shortMergeThreshold", "0.2").with("revisitAfter", "1");
    Recorder r = new Recorder();
    List<Assignment> as = assignAll(new StoryClusterer(cfg), new ClusterState(), twoEarthquakes(null, null), r);
    Map<String, StoryId> s = finalStories(as, r);
    assertThat(as.stream().filter(Assignment::opened).count()).isGreaterThan(2);
    assertThat(r.merged).isNotEmpty();
    assertThat(s.get("a3")).isEqualTo(s.get("a1"));
  }

  /**
   * Stories merge only when their centroids share two words or two names, numbers or days: one
   * rare word ("ufattelig") is not enough, even at a merge threshold that lets anything through;
   * two shared words are.
   */
  @Test
  void storiesSharingOneWordDoNotMerge() {
    ClusterConfig cfg = ClusterConfig.defaults().with("threshold", "0.9").with("shortThreshold", "0.9")
        .with("mergeThreshold", "0.01").with("shortMergeThreshold", "0.01").with("revisitAfter", "1");
    LocalDate day = LocalDate.of(2022, 10, 6);
    AnalyzedArticle find = article("a", Language.DA, day, "Ufatteligt fund under jorden", "");
    AnalyzedArticle striker = article("b", Language.DA, day, "Angriberen viste en ufattelig evne igen", "");
    AnalyzedArticle findAgain = article("c", Language.DA, day, "Arkæologer: ufatteligt fund under jorden", "");
    AnalyzedArticle other = article("z", Language.DA, day, "Regeringen fremlægger finanslov", "");
    Map<String, StoryId> apart = storiesAfter(cfg, List.of(find, striker), other);
    assertThat(apart.get("b")).isNotEqualTo(apart.get("a"));
    Map<String, StoryId> merged = storiesAfter(cfg, List.of(find, findAgain), other);
    assertThat(merged.get("c")).isEqualTo(merged.get("a"));
  }

  /**
   * A member moves to a story revisited later only when it shares two words or two names, numbers
   * or days with it: a member that shares just the parliament's name with the story of its
   * opening debate stays in its own story, at a join threshold that lets anything through.
   */
  @Test
  void aMemberDoesNotMoveToAStoryItSharesOneNameWith() {
    ClusterConfig cfg = ClusterConfig.defaults().with("threshold", "0.02").with("shortThreshold", "0.02")
        .with("mergeThreshold", "0.99").with("shortMergeThreshold", "0.99").with("revisitAfter", "1")
        .with("splitThreshold", "0").with("specificFloor", "0");
    LocalDate day = LocalDate.of(2022, 10, 5);
    List<AnalyzedArticle> stream = List.of(
        article("b1", Language.DA, day, "Alternativet vil sikre flere penge til psykiatrien", ""),
        article("m", Language.DA, day, "Klima og trivsel skal sikre Alternativet genvalg til Folketinget", ""),
        article("s1", Language.DA, day, "Åbningsdebat i Folketinget", ""),
        article("s2", Language.DA, day, "Maratondebat i Folketinget er begyndt", ""));
    Map<String, StoryId> f = storiesAfter(cfg, stream, article("z", Language.DA, day, "Storm lukker Storebæltsbroen", ""));
    assertThat(f.get("s2")).isEqualTo(f.get("s1"));
    assertThat(f.get("m")).isEqualTo(f.get("b1")).isNotEqualTo(f.get("s1"));
  }

  @Test
  void aStoryThatAbsorbedASecondEventShedsIt() {
    // a join threshold so low that everything joins the first story: only the split check can heal
    ClusterConfig cfg = QUAKES;
    List<AnalyzedArticle> q = twoEarthquakes(null, null);
    List<AnalyzedArticle> ordered = List.of(q.get(0), q.get(1), q.get(3), q.get(2), q.get(4), q.get(5));
    Recorder r = new Recorder();
    ClusterState state = new ClusterState();
    List<Assignment> as = assignAll(new StoryClusterer(cfg), state, ordered, r);
    Map<String, StoryId> s = finalStories(as, r);
    assertThat(as.stream().filter(Assignment::opened).count()).isEqualTo(1);
    assertThat(state.splitStories()).isEqualTo(1);
    assertThat(s.get("b1")).isEqualTo(s.get("b2")).isEqualTo(s.get("b3")).isNotEqualTo(s.get("a1"));
    assertThat(s.get("a2")).isEqualTo(s.get("a1")).isEqualTo(s.get("a3"));
  }

  private static final String[] QUAKE_DETAILS = {"Rescue teams searched collapsed buildings.",
      "Hospitals were full of the injured.", "Aftershocks shook the region overnight.", "Schools and roads were closed.",
      "Power was cut in many villages.", "The government sent soldiers and tents.", "Survivors slept outside in the rain.",
      "Officials feared the toll would rise.", "Aid agencies flew in water and food.",
      "Engineers checked the dams and bridges."};

  /**
   * The quake tests' setting: any shared word joins and names hold no article apart, so the
   * sentence vectors decide.
   */
  private static final ClusterConfig QUAKES = ClusterConfig.defaults().with("threshold", "0.01")
      .with("shortThreshold", "0.01").with("specificFloor", "0");

  /** 16 reports of a Lombok earthquake, then 8 of an Oaxaca one, each with two of the same details. */
  private static List<AnalyzedArticle> largeThenSecondQuake(boolean secondNamedInText) {
    String[] how = QUAKE_DETAILS;
    List<AnalyzedArticle> stream = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      stream.add(article("a" + i, null, i % 2 == 0 ? "Earthquake kills 12 in Lombok" : "Lombok quake toll at 12",
          "The earthquake struck Lombok in Indonesia near Mataram. " + how[i % 10] + " " + how[(i + 4) % 10]));
    }
    for (int i = 0; i < 8; i++) {
      stream.add(secondNamedInText
          ? article("b" + i, null, i % 2 == 0 ? "Earthquake kills 30 in Oaxaca" : "Oaxaca quake toll at 30",
              "The earthquake struck Oaxaca in Mexico near Juchitan. " + how[(i + 3) % 10] + " " + how[(i + 8) % 10])
          : article("b" + i, null, "Oaxaca quake", "The earthquake struck. " + how[i % 10] + " " + how[(i + 5) % 10]));
    }
    return stream;
  }

  @Test
  void aLargeStorySetsItsLatestMembersAgainstTheRest() {
    // one story of all 24 (no split check, every join allowed): it keeps the last 4 Lombok reports
    // and the 8 Oaxaca ones, which name Oaxaca only in the title and share their details with Lombok
    ClusterConfig cfg = QUAKES.with("splitThreshold", "0");
    StoryClusterer c = new StoryClusterer(cfg);
    ClusterState state = new ClusterState();
    assignAll(c, state, largeThenSecondQuake(false), new Recorder());
    assertThat(state.active).hasSize(1);
    ActiveStory story = state.active.values().iterator().next();
    Function<List<ActiveStory.Member>, List<String>> ids =
        g -> g.stream().map(m -> m.article().value()).sorted().toList();
    assertThat(ids.apply(c.latestGroup(state, story))).containsExactly("b0", "b1", "b2", "b3", "b4", "b5", "b6", "b7");
    // a group grown from the latest report alone: each other report fits the story of 23 better
    // than one report, so the group stays too small to split off
    assertThat(c.seededGroup(state, story)).hasSizeLessThan(3);
  }

  /**
   * Two quakes whose reports share their words and details (the Oaxaca reports name their place only
   * in the title), each report with a sentence vector near its own event's (hand-set, as the
   * embedder would give: the two events' sums at a cosine of about 0.89, each event's reports
   * within 0.99): the blended cosine of the Oaxaca reports with the Lombok story is above the split
   * threshold, so only the embedding gap sets them apart, and it keeps them from merging back.
   */
  @Test
  void theEmbeddingGapSplitsOffASecondEventTheBlendKeeps() {
    ClusterConfig cfg = QUAKES;
    IntFunction<float[]> vectors = i -> i >= 16 ? quakeVector(i, 0.9f, 0.45f) : quakeVector(i, 1f, 0f);
    Function<ClusterConfig, Map<String, StoryId>> replay =
        conf -> replayWithVectors(conf, largeThenSecondQuake(false), vectors);
    Map<String, StoryId> without = replay.apply(cfg.with("embeddingGap", "0"));
    assertThat(IntStream.range(0, 8).filter(i -> without.get("b" + i).equals(without.get("a0"))).count())
        .as("without the gap the blend keeps the second quake in the first one's story").isGreaterThanOrEqualTo(6);
    Map<String, StoryId> with = replay.apply(cfg);
    assertThat(IntStream.range(0, 8).filter(i -> !with.get("b" + i).equals(with.get("a0"))).count())
        .isGreaterThanOrEqualTo(6);
    assertThat(IntStream.range(0, 16).filter(i -> with.get("a" + i).equals(with.get("a0"))).count())
        .isEqualTo(16);
  }

  /**
   * A story split off on the embedding gap does not merge back into the story it left: the split
   * judged the two to be two events, and a merge that undoes it at the next check (the two sums a
   * little over the gap once later reports of the second event, told closer to the first, have
   * joined it; merges check only the sums and the blend, not the split's own test) is a flip-flop.
   * The first four Oaxaca reports lie far from the Lombok ones (cosine about 0.89), the last four
   * near them (0.995), so the Oaxaca story's sum ends at about 0.96 with the Lombok story's. (ECB+:
   * BCubed F1 0.9698 to 0.9733, five shuffled orders 0.9573 to 0.9595.)
   */
  @Test
  void aStorySplitOffDoesNotMergeBackIntoTheStoryItLeft() {
    ClusterConfig cfg = QUAKES;
    Map<String, StoryId> s = replayWithVectors(cfg, largeThenSecondQuake(false),
        i -> i >= 20 ? quakeVector(i, 1f, 0.1f) : i >= 16 ? quakeVector(i, 0.9f, 0.45f) : quakeVector(i, 1f, 0f));
    assertThat(IntStream.range(0, 8).filter(i -> !s.get("b" + i).equals(s.get("a0"))).count())
        .isGreaterThanOrEqualTo(6);
    assertThat(IntStream.range(0, 16).filter(i -> s.get("a" + i).equals(s.get("a0"))).count())
        .isEqualTo(16);
  }

  /**
   * A latest group whose blended cosine with the rest of its story is under the split threshold
   * (the Oaxaca reports name their own place, town and toll) does not split off where the two
   * sides' summed sentence vectors lie at {@value StoryClusterer#ONE_EVENT_SUMS} or more: the
   * vectors hear one event told with other names (about 0.97 here); a little further apart (about
   * 0.955, still over the embedding gap) the blend decides and they split as before. (ECB+ topic
   * halves, five shuffled orders: see the class comment, session 42.)
   */
  @Test
  void aGroupWhoseSentenceVectorsAgreeWithTheRestDoesNotSplitOnTheBlend() {
    ClusterConfig cfg = QUAKES;
    for (float y : new float[] {0.25f, 0.31f}) {
      Map<String, StoryId> s = replayWithVectors(cfg, largeThenSecondQuake(true),
          i -> i >= 16 ? quakeVector(i, 1f, y) : quakeVector(i, 1f, 0f));
      long apart = IntStream.range(0, 8).filter(i -> !s.get("b" + i).equals(s.get("a0"))).count();
      if (y < 0.3f) {
        assertThat(apart).as("sums at about 0.97: one event").isZero();
      } else {
        assertThat(apart).as("sums at about 0.955: the blend splits").isGreaterThanOrEqualTo(6);
      }
    }
  }

  /** A hand-set sentence vector near ({@code x}, {@code y}), turned a little by the report's index {@code i}. */
  private static float[] quakeVector(int i, float x, float y) {
    return new float[] {x, y, 0.1f * (float) Math.sin(i), 0.1f * (float) Math.cos(i)};
  }

  /** Replays {@code stream} with {@code cfg}, the i-th article given the sentence vector {@code vectors(i)}. */
  private static Map<String, StoryId> replayWithVectors(ClusterConfig cfg, List<AnalyzedArticle> stream,
      IntFunction<float[]> vectors) {
    StoryClusterer plain = new StoryClusterer(cfg.with("embeddingWeight", "0")); // prepares without the model
    StoryClusterer c = new StoryClusterer(cfg);
    ClusterState state = new ClusterState();
    Recorder r = new Recorder();
    List<Assignment> as = new ArrayList<>();
    for (int i = 0; i < stream.size(); i++) {
      PreparedArticle p = plain.prepare(stream.get(i));
      as.add(c.assign(state, new PreparedArticle(p.article(), p.keys(), p.base(), p.distinctTerms(), p.caseless(),
          p.specificTerms(), p.acrossAdded(), p.acrossDropped(), vectors.apply(i)), r));
    }
    return finalStories(as, r);
  }

  /**
   * The group the split check also tries where the latest group does not split ({@link
   * StoryClusterer#worstFitGroup}): in a story of two interleaved events the latest members hold
   * both, the members that fit the story worst the minority event's. (ECB+ five shuffled orders
   * 0.9414 to 0.9529, file order unchanged.)
   */
  @Test
  void inAStoryOfInterleavedEventsTheWorstFittingMembersAreTheMinorityEvent() {
    // one story of all 24 (no split check), the Oaxaca reports interleaved with the Lombok ones and
    // a Lombok report last: the latest group holds Lombok reports, the worst-fitting group is Oaxaca's
    ClusterConfig cfg = QUAKES.with("splitThreshold", "0");
    List<AnalyzedArticle> quakes = largeThenSecondQuake(false);
    List<AnalyzedArticle> stream = new ArrayList<>(quakes.subList(0, 8));
    for (int i = 0; i < 8; i++) {
      stream.add(quakes.get(16 + i));
      stream.add(quakes.get(8 + i));
    }
    StoryClusterer c = new StoryClusterer(cfg);
    ClusterState state = new ClusterState();
    assignAll(c, state, stream, new Recorder());
    assertThat(state.active).hasSize(1);
    ActiveStory story = state.active.values().iterator().next();
    Function<List<ActiveStory.Member>, List<String>> ids =
        g -> g.stream().map(m -> m.article().value()).sorted().toList();
    assertThat(ids.apply(c.latestGroup(state, story))).contains("a15");
    assertThat(ids.apply(c.worstFitGroup(state, story))).containsExactly("b2", "b3", "b4", "b5", "b6", "b7");
  }

  /**
   * Two quakes whose reports came interleaved from the first ones (Lombok, Oaxaca, Lombok, ...,
   * then Lombok reports only), with sentence vectors near their own event's as in {@link
   * #theEmbeddingGapSplitsOffASecondEventTheBlendKeeps}, in one story built without split checks.
   * At the next Lombok report the story keeps only two Oaxaca reports among its latest twelve, too
   * few for the latest group or the worst-fitting one, and they share their words with the Lombok
   * reports (their place named in the title only). 2-means over the sentence vectors of every
   * member the story holds ({@link StoryClusterer#twoMeansGroup}) finds all eight wherever they
   * came, and as the two sides' names and numbers differ too they split off. (ECB+ five shuffled
   * orders: see the class comment, session 41.)
   */
  @Test
  void twoMeansOverEveryMemberSplitsOffAnEventInterleavedFromItsFirstReports() {
    ClusterConfig cfg = QUAKES;
    List<AnalyzedArticle> quakes = largeThenSecondQuake(false);
    List<AnalyzedArticle> stream = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      stream.add(quakes.get(i));
      stream.add(quakes.get(16 + i));
    }
    stream.addAll(quakes.subList(8, 16));
    stream.add(article("a16", null, "Lombok quake toll at 12",
        "The earthquake struck Lombok in Indonesia near Mataram. " + QUAKE_DETAILS[1] + " " + QUAKE_DETAILS[5]));
    IntFunction<float[]> vectors =
        i -> i < 16 && i % 2 == 1 ? quakeVector(i, 0.9f, 0.45f) : quakeVector(i, 1f, 0f);
    StoryClusterer plain = new StoryClusterer(cfg.with("splitThreshold", "0").with("embeddingWeight", "0"));
    StoryClusterer c = new StoryClusterer(cfg);
    ClusterState state = new ClusterState();
    for (int i = 0; i < stream.size(); i++) {
      PreparedArticle p = plain.prepare(stream.get(i));
      (i < 24 ? plain : c).assign(state, new PreparedArticle(p.article(), p.keys(), p.base(), p.distinctTerms(),
          p.caseless(), p.specificTerms(), p.acrossAdded(), p.acrossDropped(), vectors.apply(i)), new Recorder());
      if (i == 23) {
        // the story of all 24 as the split check meets it: 2-means parts it into the two quakes
        assertThat(state.active).hasSize(1);
        ActiveStory story = state.active.values().iterator().next();
        assertThat(story.history).hasSize(24);
        assertThat(ids(c.twoMeansGroup(story))).containsExactly("b0", "b1", "b2", "b3", "b4", "b5", "b6", "b7");
      }
    }
    assertThat(state.active.values()).extracting(st -> ids(st.history)).containsExactlyInAnyOrder(
        List.of("b0", "b1", "b2", "b3", "b4", "b5", "b6", "b7"),
        List.of("a0", "a1", "a10", "a11", "a12", "a13", "a14", "a15", "a16", "a2", "a3", "a4", "a5", "a6", "a7", "a8",
            "a9"));
  }

  /**
   * Re-assignment reads every member a story with sentence vectors holds, not only its twelve
   * latest: an Oaxaca report that joined the Lombok story before twelve Lombok reports (so no longer
   * among its kept members) moves to the Oaxaca story when that story is revisited. (ECB+ five
   * shuffled orders: see the class comment, session 41.)
   */
  @Test
  void reassignmentMovesAMemberBeyondTheKeptOnes() {
    ClusterConfig cfg = QUAKES;
    StoryClusterer plain = new StoryClusterer(cfg.with("embeddingWeight", "0")); // prepares without the model
    StoryClusterer c = new StoryClusterer(cfg);
    ClusterState state = new ClusterState();
    List<AnalyzedArticle> quakes = largeThenSecondQuake(true);
    ActiveStory lombok = new ActiveStory(StoryId.openedBy(new ArticleId("a0")), 1);
    ActiveStory oaxaca = new ActiveStory(StoryId.openedBy(new ArticleId("b1")), 2);
    List<AnalyzedArticle> intoLombok = new ArrayList<>(List.of(quakes.get(16)));
    intoLombok.addAll(quakes.subList(0, 12));
    for (AnalyzedArticle a : intoLombok) {
      boolean b = a.id().value().startsWith("b");
      add(plain, state, lombok, a, b ? quakeVector(0, 0.9f, 0.45f) : quakeVector(0, 1f, 0f), cfg);
    }
    for (AnalyzedArticle a : quakes.subList(17, 21)) {
      add(plain, state, oaxaca, a, quakeVector(0, 0.9f, 0.45f), cfg);
    }
    state.active.put(lombok.id, lombok);
    state.active.put(oaxaca.id, oaxaca);
    assertThat(ids(lombok.members)).doesNotContain("b0");
    assertThat(ids(lombok.history)).contains("b0").hasSize(13);
    c.reassign(state, oaxaca, List.of(lombok), new Recorder());
    assertThat(ids(oaxaca.history)).containsExactly("b0", "b1", "b2", "b3", "b4");
    assertThat(ids(lombok.history)).hasSize(12).doesNotContain("b0");
  }

  /**
   * A member of a split-off story returns to the story it left only where its sentence vector lies
   * closer to that story's sum than to the rest of its own: a Lombok-worded report whose vector is
   * the Oaxaca reports' stays with the four of them split off from the Lombok story; the same
   * report in a story not split off from it moves, and so it does when the split-off story is the
   * larger (a sum of more vectors lies closer to any member of the topic). (ECB+ topic halves: see
   * the class comment, session 41.)
   */
  @Test
  void aSplitOffMemberReturnsOnlyWhenItsVectorIsCloserToTheParent() {
    ClusterConfig cfg = QUAKES;
    StoryClusterer plain = new StoryClusterer(cfg.with("embeddingWeight", "0")); // prepares without the model
    StoryClusterer c = new StoryClusterer(cfg);
    List<AnalyzedArticle> quakes = largeThenSecondQuake(true);
    for (boolean split : List.of(true, false)) {
      for (int parentSize : List.of(12, 4)) {
        ClusterState state = new ClusterState();
        ActiveStory lombok = new ActiveStory(StoryId.openedBy(new ArticleId("a0")), 1);
        ActiveStory oaxaca = new ActiveStory(StoryId.openedBy(new ArticleId("b1")), 2);
        for (AnalyzedArticle a : quakes.subList(0, parentSize)) {
          add(plain, state, lombok, a, quakeVector(0, 1f, 0f), cfg);
        }
        add(plain, state, oaxaca, quakes.get(15), quakeVector(0, 0.9f, 0.45f), cfg);
        for (AnalyzedArticle a : quakes.subList(17, 21)) {
          add(plain, state, oaxaca, a, quakeVector(0, 0.9f, 0.45f), cfg);
        }
        oaxaca.splitFrom = split ? lombok.id : null;
        state.active.put(lombok.id, lombok);
        state.active.put(oaxaca.id, oaxaca);
        c.reassign(state, lombok, List.of(oaxaca), new Recorder());
        boolean stays = split && parentSize > 5;
        assertThat(ids(oaxaca.history)).as("split %s, parent of %d", split, parentSize)
            .hasSize(stays ? 5 : 4).contains("b1", "b2", "b3", "b4");
        assertThat(ids(lombok.history).contains("a15")).as("split %s, parent of %d", split, parentSize).isEqualTo(!stays);
      }
    }
  }

  /** Adds {@code a}, prepared by {@code plain} and given the sentence vector {@code e}, to {@code story}. */
  private static void add(StoryClusterer plain, ClusterState state, ActiveStory story, AnalyzedArticle a, float[] e,
      ClusterConfig cfg) {
    PreparedArticle p = plain.prepare(a);
    FeatureVector v = FeatureVector.of(new PreparedArticle(p.article(), p.keys(), p.base(), p.distinctTerms(),
        p.caseless(), p.specificTerms(), p.acrossAdded(), p.acrossDropped(), e), state.df, cfg);
    story.add(a.id(), v, p.specificTerms(), story.dot(v), Long.MIN_VALUE, 0, cfg);
  }

  /** The article ids of {@code members}, sorted. */
  private static List<String> ids(List<ActiveStory.Member> members) {
    return members.stream().map(m -> m.article().value()).sorted().toList();
  }

  @Test
  void aLargeStoryShedsTheSecondEventItsLatestMembersReport() {
    ClusterConfig cfg = QUAKES;
    Recorder r = new Recorder();
    ClusterState state = new ClusterState();
    List<Assignment> as = assignAll(new StoryClusterer(cfg), state, largeThenSecondQuake(true), r);
    Map<String, StoryId> s = finalStories(as, r);
    assertThat(as.stream().filter(Assignment::opened).count()).isEqualTo(1);
    assertThat(state.splitStories()).isPositive();
    long secondApart = IntStream.range(0, 8).filter(i -> !s.get("b" + i).equals(s.get("a0"))).count();
    assertThat(secondApart).isGreaterThanOrEqualTo(6);
    assertThat(IntStream.range(0, 16).filter(i -> s.get("a" + i).equals(s.get("a0"))).count())
        .isEqualTo(16);
  }

  /**
   * A story split off a larger one is queued for a revisit as a newly opened story is, so that
   * {@code revisitAfter} articles later the second event's reports the split left behind in the
   * first event's story can move to it (re-assignment) and fragments of it can merge. (ECB+: BCubed
   * F1 0.9337 to 0.9364, five shuffled orders 0.9177 to 0.9200.)
   */
  @Test
  void aStorySplitOffIsRevisitedLikeANewStory() {
    ClusterConfig cfg = QUAKES.with("revisitAfter", "1000");
    Recorder r = new Recorder();
    ClusterState state = new ClusterState();
    List<Assignment> as = assignAll(new StoryClusterer(cfg), state, largeThenSecondQuake(true), r);
    Map<String, StoryId> s = finalStories(as, r);
    assertThat(state.splitStories()).isPositive();
    assertThat(s.get("b7")).isNotEqualTo(s.get("a0"));
    assertThat(state.revisits).extracting(st -> st.id).contains(s.get("b7"));
  }

  @Test
  void withoutTheSplitCheckTheAbsorbedEventStays() {
    ClusterConfig cfg = QUAKES.with("splitThreshold", "0");
    List<AnalyzedArticle> q = twoEarthquakes(null, null);
    List<Assignment> as = assignAll(new StoryClusterer(cfg), new ClusterState(),
        List.of(q.get(0), q.get(1), q.get(3), q.get(2), q.get(4), q.get(5)), new Recorder());
    assertThat(as.stream().map(Assignment::story).distinct().count()).isEqualTo(1);
  }

  /** Deterministic synthetic headlines: {@code topics} word pools, each article four words of one pool. */
  static List<AnalyzedArticle> synthetic(int n, int seed) {
    Random rnd = new Random(seed);
    List<AnalyzedArticle> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int topic = rnd.nextInt(Math.max(2, n / 5));
      StringBuilder t = new StringBuilder();
      for (int w = 0; w < 4; w++) {
        t.append("word").append(topic).append('x').append(rnd.nextInt(6)).append(' ');
      }
      out.add(article("n" + i, null, t.toString().strip(), ""));
    }
    return out;
  }

  /**
   * Four invented reports of one dam burst, in the order the revisit tests send them: the first
   * report (a1), an early report of the flooding that shares little with it (e), and two that tie
   * the two together (a2, a3).
   */
  private static final List<AnalyzedArticle> DAM = List.of(
        article("a1", null, "Riverton dam bursts after days of rain",
            "The Arden dam above Riverton burst early on Sunday after four days of heavy rain, sending water "
                + "through the lower town. Engineers from the Hale County water board said the spillway had "
                + "failed and that the reservoir was nearly empty by noon."),
        article("e", null, "Families flee flooded homes in Riverton",
            "Hundreds of families left their homes in Riverton as muddy water filled streets and cellars. "
                + "Volunteers carried elderly residents to the school gym, where the Red Cross set up cots, "
                + "and farmers moved cattle to higher pastures."),
        article("a2", null, "Arden dam failure floods Riverton homes",
            "The burst Arden dam sent water into hundreds of homes in Riverton, and families fled to the school "
                + "gym, where the Red Cross set up cots. Engineers of the Hale County water board said the "
                + "spillway failed after four days of rain."),
        article("a3", null, "Riverton counts flood damage after dam burst",
            "Residents of Riverton returned to flooded homes and muddy cellars on Monday, a day after the Arden "
                + "dam burst. Volunteers and the Red Cross still shelter families at the school gym; the Hale "
                + "County water board is inspecting the spillway."));

  /**
   * A full text that came before its story had taken shape opened a story of its own; when that
   * story of one is revisited, it is judged as the article would be at a join (the join threshold,
   * not the merge threshold, here set to 0.9 so that no ordinary merge can join them), and joins the
   * story that has grown towards it. Stories of one report of something else stay apart.
   */
  @Test
  void aLoneEarlyReportJoinsItsStoryWhenRevisited() {
    ClusterConfig cfg = ClusterConfig.defaults().with("revisitAfter", "3").with("mergeThreshold", "0.9");
    List<AnalyzedArticle> stream = List.of(DAM.get(0), DAM.get(1), DAM.get(2), DAM.get(3),
        article("z1", null, "Parliament passes budget", "The parliament passed the budget on Tuesday after a long debate on taxes and pensions."),
        article("z2", null, "Chess champion retires", "The world chess champion announced his retirement after twenty years of play at the top."));
    assertTheDamReportsJoinAndOthersStayApart(cfg, stream, "z1", "z2");
  }

  /**
   * A full text that opened a story of its own, and whose story had not grown towards it by its
   * revisit, is revisited once more {@code 4 * revisitAfter} articles after it opened: the reports
   * that came after the first revisit have shaped the story by then, and the late join takes it
   * in (the merge threshold, 0.9, keeps every ordinary merge out). Stories of something else stay
   * apart.
   */
  @Test
  void aLoneReportIsRevisitedOnceMoreLater() {
    ClusterConfig cfg = ClusterConfig.defaults().with("revisitAfter", "3").with("mergeThreshold", "0.9");
    List<AnalyzedArticle> stream = new ArrayList<>(DAM.subList(0, 2));
    addOtherStories(stream);
    // after the early report's first revisit: the reports that tie it to the dam's story
    stream.addAll(DAM.subList(2, 4));
    addQuietDays(stream, 8);
    assertTheDamReportsJoinAndOthersStayApart(cfg, stream, "z0", "z1");
  }

  /** Three one-report stories of other things, z0 to z2. */
  private static void addOtherStories(List<AnalyzedArticle> stream) {
    String[] others = {"Parliament passes budget after a long debate on taxes and pensions",
        "Chess champion retires after twenty years of play at the top",
        "Orchestra opens its season with a new symphony by a young composer"};
    for (int i = 0; i < others.length; i++) {
      stream.add(article("z" + i, null, others[i].substring(0, others[i].indexOf(' ', 20)), others[i] + "."));
    }
  }

  /** {@code n} reports of nothing, y0 onwards, each of its own village: filler that moves the stream on. */
  private static void addQuietDays(List<AnalyzedArticle> stream, int n) {
    for (int i = 0; i < n; i++) {
      stream.add(article("y" + i, null, "Quiet day number " + i, "Nothing of note happened in village " + (char) ('k' + i)
          + "ville on day " + (char) ('k' + i) + " of the fair in the " + (char) ('p' + i) + "shire hills."));
    }
  }

  /**
   * A full text alone in its story whose revisits, the first and the late one, both came before its
   * event's story grew is met at the late-join bar (its join threshold) by the merge check after a
   * report of that event joins the story, not only at its revisits: the dam's later reports come
   * only after the early report's late revisit, and the merge threshold, 0.9, keeps every ordinary
   * merge out. Stories of something else stay apart. (ECB+, six orders: see the class comment,
   * session 43.)
   */
  @Test
  void aLoneReportJoinsItsStoryWhenTheStoryGrowsAfterItsRevisits() {
    ClusterConfig cfg = ClusterConfig.defaults().with("revisitAfter", "3").with("mergeThreshold", "0.9");
    List<AnalyzedArticle> stream = new ArrayList<>(DAM.subList(0, 2));
    addOtherStories(stream);
    addQuietDays(stream, 14); // past the early report's late revisit, 12 articles after it opened
    stream.addAll(DAM.subList(2, 4));
    assertTheDamReportsJoinAndOthersStayApart(cfg, stream, "z0", "z1");
  }

  /**
   * Replays {@code stream}, whose second article is the early dam report ({@link #DAM}): it opens
   * a story of its own and ends in the first report's story with the last one, while the two
   * reports of something else end in stories of their own.
   */
  private static void assertTheDamReportsJoinAndOthersStayApart(
      ClusterConfig cfg, List<AnalyzedArticle> stream, String other, String another) {
    Recorder r = new Recorder();
    List<Assignment> as = assignAll(new StoryClusterer(cfg), new ClusterState(), stream, r);
    Map<String, StoryId> f = finalStories(as, r);
    assertThat(as.get(1).opened()).as("the early report opens a story of its own").isTrue();
    assertThat(f.get("e")).isEqualTo(f.get("a1"));
    assertThat(f.get("a3")).isEqualTo(f.get("a1"));
    assertThat(f.get(other)).isNotEqualTo(f.get("a1")).isNotEqualTo(f.get(another));
  }
}
