package org.tidende.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.tidende.model.AnalyzedArticle;
import org.tidende.model.ArticleId;
import org.tidende.model.Assignment;
import org.tidende.model.Language;
import org.tidende.model.StoryId;

/** The English sentence embedder and its place in the clusterer (invented texts). */
class SentenceEmbedderTest {
  private static final AnalyzedArticle QUAKE = StoryClustererTest.article("quake", null, "Earthquake shakes northern Chile",
      "A strong earthquake struck northern Chile on Tuesday, damaging homes in several towns. Residents fled into "
          + "the streets as buildings swayed. Officials said nobody had died.");
  /** The same event told in other words: "Chile", "homes" and "quake"'s neighbours shared, little else. */
  private static final AnalyzedArticle TREMOR = StoryClustererTest.article("tremor", null, "Quake rattles desert towns",
      "A powerful tremor hit the north of Chile overnight, cracking walls of homes in desert villages. People ran "
          + "outside while the ground moved. Authorities reported no fatalities.");
  private static final AnalyzedArticle MATCH = StoryClustererTest.article("match", null, "United beat City in derby",
      "United won the derby against City on Sunday with two late goals. Fans celebrated in the streets after the "
          + "final whistle. The coach praised his players.");

  private static List<Assignment> run(ClusterConfig cfg, AnalyzedArticle... stream) {
    StoryClusterer c = new StoryClusterer(cfg);
    ClusterState state = new ClusterState();
    List<Assignment> out = new ArrayList<>();
    for (AnalyzedArticle a : stream) {
      out.add(c.assign(state, a, s -> { }));
    }
    return out;
  }

  /**
   * Two reports of one earthquake sharing few words: their blended cosine (0.23) is under the join
   * threshold for texts of their length (0.27); their sentence vectors' cosine (0.93 over title and
   * lead, above the centre 0.90) adds 0.044 and lifts it just over (0.95 at 0.91 with three
   * sentences added 0.059). A football report stays apart either way (cosine 0.74).
   */
  @Test
  void paraphrasedReportsOfOneEventJoinOnlyWithTheEmbedder() {
    assertThat(SentenceEmbedder.available()).as("the model loads here").isTrue();
    List<Assignment> with = run(ClusterConfig.defaults(), MATCH, QUAKE, TREMOR);
    assertThat(with.get(2).story()).isEqualTo(with.get(1).story());
    assertThat(with.get(1).story()).isNotEqualTo(with.get(0).story());
    List<Assignment> without = run(ClusterConfig.defaults().withoutEmbeddings(), MATCH, QUAKE, TREMOR);
    assertThat(without.get(2).opened()).as("without the embedder").isTrue();
    assertThat(run(ClusterConfig.defaults(), QUAKE, MATCH).get(1).opened()).isTrue();
  }

  @Test
  void englishArticlesWithCapitalsGetAUnitVectorOthersNone() {
    ClusterConfig cfg = ClusterConfig.defaults();
    float[] e = FeatureVector.prepare(QUAKE, cfg).embedding();
    assertThat(e).hasSize(SentenceEmbedder.DIMENSION);
    double norm = 0;
    for (float x : e) {
      norm += x * x;
    }
    assertThat(norm).isCloseTo(1.0, Offset.offset(1e-4));
    assertThat(FeatureVector.of(FeatureVector.prepare(QUAKE, cfg), new ClusterState().df, cfg).embedding())
        .isEqualTo(e);
    assertThat(FeatureVector.prepare(QUAKE, cfg.withoutEmbeddings()).embedding()).as("switched off").isNull();
    AnalyzedArticle caseless = StoryClustererTest.article("c", null, "quake rattles desert towns", "quake rattles desert towns");
    assertThat(FeatureVector.prepare(caseless, cfg).embedding()).as("case-less headline").isNull();
    AnalyzedArticle danish = StoryClustererTest.article("d", Language.DA, null, "Jordskælv rammer Chile",
        "Et kraftigt jordskælv ramte det nordlige Chile tirsdag. Beboerne flygtede ud på gaderne.");
    assertThat(FeatureVector.prepare(danish, cfg).embedding()).as("not English").isNull();
  }

  /**
   * A story sums its members' vectors and keeps the sum through a member moving out, a merge and a
   * split copy; a story of articles without vectors allocates none.
   */
  @Test
  void storySumFollowsItsMembers() {
    ClusterConfig cfg = ClusterConfig.defaults();
    DocumentFrequencies df = new ClusterState().df;
    FeatureVector q = FeatureVector.of(FeatureVector.prepare(QUAKE, cfg), df, cfg);
    FeatureVector t = FeatureVector.of(FeatureVector.prepare(TREMOR, cfg), df, cfg);
    FeatureVector plain = FeatureVector.of(FeatureVector.prepare(QUAKE, cfg.withoutEmbeddings()), df, cfg);
    ActiveStory none = new ActiveStory(new StoryId("n"), 1);
    none.add(new ArticleId("p"), plain, new long[0], none.dot(plain), 0, 1, cfg);
    assertThat(none.embedding).isNull();
    ActiveStory s = new ActiveStory(new StoryId("s"), 1);
    s.add(new ArticleId("q"), q, new long[0], s.dot(q), 0, 1, cfg);
    s.add(new ArticleId("t"), t, new long[0], s.dot(t), 0, 2, cfg);
    assertThat(s.embedded).isEqualTo(2);
    assertThat(s.embedding[0]).isCloseTo(q.embedding()[0] + t.embedding()[0], Offset.offset(1e-6f));
    ActiveStory.Member tm = s.members.get(1);
    ActiveStory rest = s.without(storyOf(tm, cfg));
    assertThat(rest.embedded).isEqualTo(1);
    assertThat(rest.embedding[0]).isCloseTo(q.embedding()[0], Offset.offset(1e-6f));
    assertThat(s.embedded).as("the copy, not the story").isEqualTo(2);
    s.removeMember(tm);
    assertThat(s.embedded).isEqualTo(1);
    none.absorb(s, 3, cfg);
    assertThat(none.embedded).isEqualTo(1);
    assertThat(none.embedding[0]).isCloseTo(q.embedding()[0], Offset.offset(1e-6f));
  }

  /**
   * Only the title and the lead are embedded (SentenceEmbedder's comment: a third sentence is often
   * background two events of one topic share): what follows them changes nothing, a lead does.
   */
  @Test
  void theTitleAndTheLeadMakeTheVector() {
    String title = "Earthquake shakes northern Chile";
    String lead = "A strong earthquake struck northern Chile on Tuesday, damaging homes in several towns.";
    float[] v = SentenceEmbedder.embed(StoryClustererTest.article("a", null, title,
        lead + " The region's copper mines stopped work for the day.").article());
    assertThat(SentenceEmbedder.embed(StoryClustererTest.article("b", null, title,
        lead + " United won the derby against City on Sunday with two late goals.").article())).isEqualTo(v);
    assertThat(SentenceEmbedder.embed(StoryClustererTest.article("c", null, title,
        "A powerful tremor hit the north of Chile overnight, cracking walls of homes in desert villages.").article()))
        .isNotEqualTo(v);
  }

  /** A model that cannot load (no native ONNX Runtime for the platform) is said, not thrown. */
  @Test
  void aModelThatCannotLoadIsSaidOnceNotThrown() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    Object m = SentenceEmbedder.loadOrSay(() -> {
      throw new UnsatisfiedLinkError("no onnxruntime in java.library.path");
    }, err);
    assertThat(m).isNull();
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("tidende: the English sentence "
        + "embedder (e5-small-v2, ONNX Runtime) could not load: java.lang.UnsatisfiedLinkError: no onnxruntime in "
        + "java.library.path; English articles are clustered without it\n");
  }

  private static ActiveStory storyOf(ActiveStory.Member m, ClusterConfig cfg) {
    ActiveStory p = new ActiveStory(new StoryId("p"), 1);
    p.add(m, 1, cfg);
    return p;
  }
}
