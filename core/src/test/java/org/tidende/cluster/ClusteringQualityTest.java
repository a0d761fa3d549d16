package org.tidende.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tidende.TestData;
import org.tidende.eval.ClusteringScores;
import org.tidende.eval.GoldLabels;
import org.tidende.ingest.IngestEvent;
import org.tidende.ingest.Ingestor;
import org.tidende.ingest.JsonLinesReader;
import org.tidende.model.Article;
import org.tidende.model.Assignment;
import org.tidende.pipeline.Pipeline;

/**
 * Quality floors: the labeled development sets replayed through the standard pipeline as {@code
 * tidende eval} does (event order, final story membership after merges), asserting a little under
 * the figures measured when the defaults were set (see the cluster package's README figures).
 */
class ClusteringQualityTest {

  /** The accepted articles of a file under ../shared (the test is skipped without it). */
  private static List<Article> articles(String sharedPath) {
    Path path = TestData.sharedOrSkip(sharedPath);
    List<Article> articles = new ArrayList<>();
    new Ingestor().readFile(path, ev -> {
      if (ev instanceof IngestEvent.Accepted a) {
        articles.add(a.article());
      }
    });
    return articles;
  }

  static ClusteringScores replay(String file) {
    return replay(articles("data/clustering/" + file).stream().filter(a -> a.label("cluster") != null).toList());
  }

  /**
   * A day of an unlabelled archive under ../shared/data/scandinavian, labelled in {@code
   * eval/labels/DAY.tsv} (ids and labels only), with the title and date from the given fields
   * where a record has them, as {@code tidende eval --labels --title-field --date-field} does.
   */
  static ClusteringScores replayLabelledDay(String archive, String day, String titleField, String dateField)
      throws IOException {
    Map<String, String> gold = GoldLabels.read(TestData.projectRoot().resolve("eval/labels/" + day + ".tsv"));
    List<Article> labelled = GoldLabels.select(articles("data/scandinavian/" + archive).stream()
        .map(a -> JsonLinesReader.withFields(a, titleField, dateField)).toList(), gold, "cluster");
    assertThat(labelled).hasSize(gold.size());
    return replay(labelled);
  }

  private static ClusteringScores replay(List<Article> articles) {
    Pipeline pipeline = Pipeline.standard();
    Pipeline.Session session = pipeline.newSession(true);
    List<Article> ordered = Pipeline.inEventOrder(articles);
    List<Assignment> as = session.acceptAll(ordered);
    List<String> gold = new ArrayList<>();
    List<String> pred = new ArrayList<>();
    for (int i = 0; i < as.size(); i++) {
      gold.add(ordered.get(i).label("cluster"));
      pred.add(session.storyOf(as.get(i).article(), as.get(i).story()).value());
    }
    return ClusteringScores.compute(gold, pred);
  }

  @Test
  void ecbPlusDev() {
    ClusteringScores s = replay("ecbplus-dev.jsonl");
    assertThat(s.items()).isEqualTo(772);
    // 0.9768 once an English full text alone in its story meets a growing story at its join bar at every
    // merge check (session 43, StoryClusterer.lateJoinAnytime; floor raised from 0.960; 0.9743 before);
    // 0.9743 with the unquantised e5-small-v2 (session 42; 0.9716 with the int8 model at the same code);
    // 0.9733 once a story split off never merges back with the story it left (session 40; 0.9698
    // before, with late revisits);
    // 0.9675 once a part or story whose summed sentence vectors lie under the embedding gap (0.95)
    // from the rest splits off and does not merge back (session 37; fails without it: 0.9486);
    // 0.9486 with English sentence vectors of the title and the lead at centre 0.90 (session 36;
    // floor kept, the gain is small: 0.9455 with three sentences at 0.91, 0.9464 with two at 0.91);
    // 0.9455 with English sentence vectors (SentenceEmbedder; 0.9364 with --no-embeddings). The
    // floor leaves room for ONNX Runtime's float sums differing on another CPU's kernels, and still
    // fails without the vectors;
    // 0.9364 once a story the split check sheds is revisited like a new one (0.9337 before);
    // 0.9337 once English weekdays and months are day features, not names (0.9326 before); 0.9326
    // once an article still alone at its story's revisit joins at its join threshold (0.9300 before); 0.9300 once a large story's latest members are set against the rest of it at the split
    // check (0.9235 before, when only a group grown from the latest member could split off)
    assertThat(s.bcubed().f1()).isGreaterThan(0.972);
    assertThat(s.nmi()).isGreaterThan(0.97);
  }

  /**
   * ECB+ in the five seeded orders {@code tidende eval --shuffles 5} replays (the list shuffled with
   * {@code new Random(seed)}, seeds 1 to 5): mean 0.9529, min 0.9407 once the members that fit a
   * story of two interleaved events worst split off on the embedding gap (session 38; fails without
   * it: mean 0.9414, min 0.9255, where the latest members held both events and never split); mean
   * 0.9573, min 0.9481 once an English full-text story still open after its revisit is revisited once
   * more later (session 39); mean 0.9595, min 0.9514 once a story split off never merges back with
   * the story it left (session 40; the floors fail without it); mean 0.9621, min 0.9555 once a
   * latest group whose summed sentence vectors lie 0.96 or closer to the rest's no longer splits
   * on the blend alone (session 42); mean 0.9617, min 0.9526 with the unquantised e5-small-v2 (session
   * 42, SentenceEmbedder: float kernels, not the int8 ones that differ with the CPU); mean 0.9640, min
   * 0.9554 with late joins at every merge check (session 43; floors raised from 0.958 and 0.950).
   */
  @Test
  void ecbPlusDevInShuffledOrders() {
    List<Article> labelled = articles("data/clustering/ecbplus-dev.jsonl").stream()
        .filter(a -> a.label("cluster") != null).toList();
    double sum = 0;
    double min = 1;
    for (int seed = 1; seed <= 5; seed++) {
      List<Article> copy = new ArrayList<>(labelled);
      Collections.shuffle(copy, new Random(seed));
      double f1 = replay(copy).bcubed().f1();
      sum += f1;
      min = Math.min(min, f1);
    }
    assertThat(sum / 5).isGreaterThan(0.961);
    assertThat(min).isGreaterThan(0.952);
  }

  @Test
  void googleNewsDev() {
    ClusteringScores s = replay("googlenews-dev.jsonl");
    // Measured 0.8793 / 0.9241 with the headline model overriding the cosine rule only where that opens a story or
    // joins a fragment (session 48; 0.8766 / 0.9227 before, so the F1 floor fails without it), 0.8766 / 0.9227 with
    // merges of case-less stories beyond fragments made only where a headline of the
    // smaller would join the larger by the model (session 47; 0.8751 / 0.9213 before, so the F1 floor fails without
    // it), 0.8751 / 0.9213 with every case-less headline the model reads judged again as its age doubles, moving
    // where model and centroid cosine both prefer another story (session 46; 0.8727 / 0.9197 before, so the F1 floor
    // fails without it), 0.8727 / 0.9197 with fragments of two or three headlines judged again too, each headline
    // voting (session 45; it gains in shuffled orders and on both halves of the file, and costs file order one wrong
    // join), 0.8741 / 0.9205 with lone headlines alone judged again by the headline model as their age doubles (session
    // 44; 0.8697 / 0.9172 before, so both floors fail without it; 0.854 / 0.909 before merges and moves needed two
    // shared features; 0.819 / 0.891 without the headline model). The NMI floor sits 0.0017 under the measure, room for
    // float sums differing on another CPU's kernels.
    assertThat(s.bcubed().f1()).isGreaterThan(0.878);
    assertThat(s.nmi()).isGreaterThan(0.9224);
  }

  @Test
  void businessEnergyNews() {
    ClusteringScores s = replay("business-energy-news.jsonl");
    // BCubed 0.9446, pairwise 0.8734 with late joins at every merge check (session 43; 0.9371 / 0.8442 before,
    // so the pairwise floor, raised from 0.83, fails without it)
    assertThat(s.bcubed().f1()).isGreaterThan(0.935);
    assertThat(s.pairwise().f1()).isGreaterThan(0.86);
  }

  @Test
  void danishFrontPagesOfOneDay() {
    ClusteringScores s = replay("da-2022-10-06.jsonl");
    // Measured 0.898, pairwise F1 0.582, P 0.874 with compound word lists and background rates that held
    // out this day (0.896, F1 0.572, P 0.872 while the word lists had counted it; the rates' hold-out alone
    // changed nothing; 0.891, F1 0.556, P 0.867 before nationality adjectives
    // named their country; 0.889, F1 0.554, P 0.845 while a person's first name
    // counted as a name of its own; 0.892, F1 0.524, P 0.864 while a story's names weighed
    // in full when only one member had any; 0.894, F1 0.533, P 0.843 while stories counted a
    // name's own word as a shared word too; 0.884 and P 0.821 while a member could move to a story
    // it shared one word with; 0.880 and P 0.804 while stories merged on one shared word)
    assertThat(s.bcubed().f1()).isGreaterThan(0.89);
    assertThat(s.pairwise().f1()).isGreaterThan(0.55);
    assertThat(s.pairwise().p()).as("one shared name does not join, one shared word does not merge or move").isGreaterThan(0.83);
  }

  /**
   * Two weeks of Swedish feeds, unlabelled: no story may grow into a topic. Before stories aged
   * ({@code agingPerDay}), one "Trump" story took 43 of the 1,386 items over 13 days (TikTok,
   * paracetamol, Venezuela, Gaza), and 387 items sat in stories spanning more than four days;
   * measured with aging: largest story 20, 145 items in stories over four days.
   */
  @Test
  void twoWeeksOfSwedishFeedsFormNoTopicSizedStories() {
    List<Article> articles = articles("data/scandinavian/sv-rss-2025-09.jsonl");
    Pipeline.Session session = Pipeline.standard().newSession(true);
    List<Article> ordered = Pipeline.inEventOrder(articles);
    List<Assignment> as = session.acceptAll(ordered);
    Map<String, long[]> stories = new HashMap<>(); // size, first, last
    for (int i = 0; i < as.size(); i++) {
      long t = ordered.get(i).date().epochSecond();
      long[] s = stories.computeIfAbsent(session.storyOf(as.get(i).article(), as.get(i).story()).value(),
          k -> new long[] {0, Long.MAX_VALUE, Long.MIN_VALUE});
      s[0]++;
      s[1] = Math.min(s[1], t);
      s[2] = Math.max(s[2], t);
    }
    long largest = stories.values().stream().mapToLong(s -> s[0]).max().orElse(0);
    long inLong = stories.values().stream().filter(s -> s[2] - s[1] > 4 * 86_400L).mapToLong(s -> s[0]).sum();
    assertThat(articles).hasSizeGreaterThan(1_300);
    assertThat(largest).isLessThanOrEqualTo(26);
    assertThat(inLong).isLessThan(200);
  }

  /**
   * Days labelled for this project (eval/labels/README.md), none of which set a default: the
   * term floor was chosen on them, so these guard it. Measured 0.967 / pairwise P 0.839 once a story of
   * one is joined only on two shared things and a hyphenated name's capitalised parts count under the
   * name (session 48; floors raised from 0.95 / 0.72; 0.959 / 0.743 before). Before that 0.958 /
   * pairwise P 0.732 with compound
   * word lists and background rates that held out the evaluation days (0.960 / 0.743 while the word
   * lists had counted that week's feeds; 0.958 /
   * 0.732 while a person's first name counted as a name of its own; 0.957 /
   * 0.722 while an everyday word, "stor", counted among the words stories must share; 0.954 /
   * 0.703 while stories comparing what they share counted a name's own word as a word too; 0.953 /
   * 0.693 while soft hyphens were read as part of words; local outlets naming their town in
   * unrelated items: 0.942 / 0.614 without the term floor).
   */
  @Test
  void norwegianLocalFeedsOfOneDay() throws Exception {
    ClusteringScores s = replayLabelledDay("no-rss-2025-01.jsonl", "no-2025-01-07", null, null);
    assertThat(s.items()).isEqualTo(316);
    assertThat(s.bcubed().f1()).isGreaterThan(0.965);
    assertThat(s.pairwise().p()).isGreaterThan(0.82);
  }

  /**
   * Measured 0.962, pairwise F1 0.938 once an article still alone at its story's revisit joins at
   * its join threshold (two reports of "Lyxbedragaren" joined a third). Before: 0.958, pairwise F1
   * 0.929 (the same with word lists and rates holding out the day) since stems lost a final double consonant (one more wrong
   * pair: two headlines sharing "ord", "orden"); 0.961 / 0.933 before (0.958 / 0.929 before nationality adjectives named their
   * country; 0.953 / 0.914 while stories comparing what they share
   * counted a name's own word, "stockholm" of "i södra Stockholm", as a word too; 0.950 / 0.911
   * while a translated place name's own word, "ryssland", counted as a shared word at joins; 0.946
   * / 0.904 without the term floor).
   */
  @Test
  void swedishFeedsOfOneDay() throws Exception {
    ClusteringScores s = replayLabelledDay("sv-rss-2025-09.jsonl", "sv-2025-09-19", null, null);
    assertThat(s.items()).isEqualTo(181);
    assertThat(s.bcubed().f1()).isGreaterThan(0.955);
    assertThat(s.pairwise().f1()).isGreaterThan(0.92);
  }

  /**
   * A second Danish day, read as the shipped one is (cleaned titles, the day first seen). Measured
   * 0.899, pairwise P 0.955, F1 0.745 with background rates that held out the evaluation days
   * (0.901 / 0.955 / 0.748 while the rates had counted this day's own headlines; the floors below
   * were already under the honest figures and stay; earlier: 0.899 / 0.943 / 0.744 while a person's first name counted
   * as a name of its own; 0.897 / 0.943 / 0.738 while a story's names weighed in full
   * when only one member had any; 0.896 / 0.910 while an everyday word counted among the words stories
   * must share to merge; 0.897 / 0.911 before the background rates were rebuilt; 0.891 / 0.797
   * without the term floor).
   */
  @Test
  void secondDanishDay() throws Exception {
    ClusteringScores s = replayLabelledDay("da-frontpages-2022-23.jsonl", "da-2023-01-18", "title_clean", "first_seen");
    assertThat(s.items()).isEqualTo(230);
    assertThat(s.bcubed().f1()).isGreaterThan(0.89);
    assertThat(s.pairwise().p()).isGreaterThan(0.935);
    assertThat(s.pairwise().f1()).isGreaterThan(0.72);
  }
}
