package org.tidende.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.tidende.analysis.ArticleAnalyzer;
import org.tidende.eval.HoldOut;
import org.tidende.model.Article;
import org.tidende.model.AnalyzedArticle;
import org.tidende.model.Language;

class BackgroundRatesTest {
  private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer();

  private static long term(Language lang, String word) {
    List<String> t = ANALYZER.terms(lang, word);
    return FeatureVector.termKey(lang, t.get(0));
  }

  /**
   * The shipped table matches this version's analysis and hashing: common Danish and Norwegian
   * words and names have their everyday rates. A change to analysis without {@code
   * background-train} fails here.
   */
  @Test
  void theShippedTableKnowsCommonScandinavianFeatures() {
    BackgroundRates b = BackgroundRates.shipped();
    // 48,247 items since the evaluation days were held out (54,843 before)
    assertThat(b.documents()).isGreaterThan(45_000);
    assertThat(b.size()).isGreaterThan(20_000);
    assertThat(b.rate(FeatureVector.nameKey(ArticleAnalyzer.nameKey("Danmark")))).isBetween(0.01f, 0.2f);
    assertThat(b.rate(term(Language.DA, "regeringen"))).isBetween(0.002f, 0.1f);
    assertThat(b.rate(term(Language.NB, "kommune"))).isGreaterThan(0.0005f);
    assertThat(b.rate(term(Language.DA, "regeringen"))).isGreaterThan(b.rate(term(Language.DA, "vulkanudbrud")));
    assertThat(b.rate(FeatureVector.nameKey("xqzvtw"))).isZero();
    // rates per language group: Danish 46,360 items, Norwegian 1,008, Swedish 879 (session 47)
    assertThat(b.of(Language.DA).documents()).isBetween(40_000L, b.documents() - 1);
    for (Language l : List.of(Language.NB, Language.NN, Language.SV)) {
      assertThat(b.of(l).documents()).isBetween((long) BackgroundRates.MIN_GROUP_DOCUMENTS, 5_000L);
    }
    assertThat(b.of(Language.EN)).isSameAs(b);
  }

  /**
   * The shipped table was learned without the days Tidende is evaluated on (each ± 3 days, by date
   * and first_seen), so the Scandinavian figures are not measured on headlines it has counted. A
   * table rebuilt with {@code --hold-out-margin -1}, or one built before the hold-out, fails here.
   */
  @Test
  void theShippedTableHoldsOutTheEvaluationDays() {
    HoldOut h = BackgroundRates.shipped().heldOut();
    assertThat(h.days()).containsAll(HoldOut.EVALUATION_DAYS);
    assertThat(h.marginDays()).isGreaterThanOrEqualTo(HoldOut.DEFAULT_MARGIN_DAYS);
  }

  /** The builder leaves out held-out items, by date or first_seen, and the table says what it held out. */
  @Test
  void theBuilderLeavesOutHeldOutItemsAndRecordsThem() throws Exception {
    HoldOut holdOut = new HoldOut(List.of(LocalDate.of(2022, 10, 6)), 3);
    BackgroundRates.Builder builder = new BackgroundRates.Builder(holdOut);
    String[][] items = {{"2022-10-01", null}, {"2022-10-02", null}, {"2022-10-12", null},
        {"2022-10-08", null}, {"2022-09-20", "2022-10-05T08:00"}, {"2022-10-20", null}};
    for (int i = 0; i < items.length; i++) {
      AnalyzedArticle a = StoryClustererTest.article("a" + i, Language.DA, LocalDate.parse(items[i][0]),
          "Vulkanudbrud i Island", "");
      if (items[i][1] != null) {
        a = ANALYZER.analyze(new Article(a.article().id(), "test", 1, null, null, a.article().title(), "",
            a.article().date(), Language.DA, Map.of("first_seen", items[i][1])), a.language());
      }
      builder.add(FeatureVector.prepare(a, ClusterConfig.defaults()));
    }
    assertThat(builder.heldOutItems()).isEqualTo(2);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    builder.write(out);
    BackgroundRates b = BackgroundRates.read(new ByteArrayInputStream(out.toByteArray()));
    assertThat(b.documents()).isEqualTo(4);
    assertThat(b.rate(term(Language.DA, "vulkanudbrud"))).isEqualTo(1.0f);
    assertThat(b.heldOut()).isEqualTo(holdOut);
  }

  /** In a young stream, a Danish headline's everyday name weighs less than its rare one. */
  @Test
  void theBackgroundLightensEverydayFeaturesOfScandinavianArticlesOnly() {
    AnalyzedArticle da = StoryClustererTest.article("d1", Language.DA, null, "Fly fra Danmark lander i Grønland", "");
    AnalyzedArticle en = StoryClustererTest.article("e1", Language.EN, null, "Planes from Danmark land in Grønland", "");
    long danmark = FeatureVector.nameKey(ArticleAnalyzer.nameKey("Danmark"));
    long groenland = FeatureVector.nameKey(ArticleAnalyzer.nameKey("Grønland"));
    ClusterConfig with = ClusterConfig.defaults();
    ClusterConfig without = with.with("backgroundWeight", "0");
    assertThat(ratio(da, with, danmark, groenland)).isLessThan(ratio(da, without, danmark, groenland) * 0.8);
    assertThat(ratio(en, with, danmark, groenland)).isEqualTo(ratio(en, without, danmark, groenland));
  }

  private static double ratio(AnalyzedArticle a, ClusterConfig cfg, long k1, long k2) {
    FeatureVector v = FeatureVector.of(a, new DocumentFrequencies(4, 12), cfg);
    return weight(v, k1) / weight(v, k2);
  }

  private static double weight(FeatureVector v, long key) {
    for (int i = 0; i < v.size(); i++) {
      if (v.keys()[i] == key) {
        return v.weights()[i];
      }
    }
    throw new AssertionError("feature missing");
  }

  /**
   * A word common in one language group's items and rare among all of them (the pooled items are
   * mostly Danish) gets that group's rate for its articles, everyday there; a group that counted too
   * few items, and any other language, reads the pooled rate.
   */
  @Test
  void aGroupsCommonWordGetsItsGroupsRateWhereThePooledOneIsRare() throws Exception {
    int nb = BackgroundRates.MIN_GROUP_DOCUMENTS;
    BackgroundRates b = groupTable(10); // too few Swedish items for rates of their own
    long key = term(Language.NB, "fylket");
    assertThat(key).isEqualTo(term(Language.SV, "fylket"));
    float pooled = (float) ((double) (nb / 10 + 10) / (21 * nb + 10));
    assertThat(b.rate(key)).isEqualTo(pooled);
    assertThat(b.of(Language.NB).rate(key)).isEqualTo(0.1f);
    assertThat(b.of(Language.NN).rate(key)).isEqualTo(0.1f);
    assertThat(b.of(Language.DA).rate(key)).isZero();
    assertThat(b.of(Language.SV).rate(key)).isEqualTo(pooled);
    assertThat(b.of(Language.EN).rate(key)).isEqualTo(pooled);
    assertThat(b.everyday(key, 0.02)).isFalse();
    assertThat(b.of(Language.NB).everyday(key, 0.02)).isTrue();
    assertThat(b.of(Language.DA).rate(term(Language.DA, "regeringen"))).isEqualTo(1.0f);
    assertThat(b.of(Language.NB).documents()).isEqualTo(nb);
  }

  /**
   * A table of {@code 20 * MIN_GROUP_DOCUMENTS} Danish headlines and {@code MIN_GROUP_DOCUMENTS}
   * Bokmål ones, a tenth of which hold "fylket" (rare pooled, everyday among the Norwegian), and
   * {@code swedishItems} Swedish headlines that hold it too.
   */
  static BackgroundRates groupTable(int swedishItems) throws IOException {
    BackgroundRates.Builder builder = new BackgroundRates.Builder();
    PreparedArticle danish = prepared("d", Language.DA, "Regeringen falder");
    PreparedArticle fylke = prepared("n1", Language.NB, "Fylket stenger veien");
    PreparedArticle norwegian = prepared("n2", Language.NB, "Regjeringen faller");
    PreparedArticle swedish = prepared("s", Language.SV, "Fylket stänger vägen");
    int nb = BackgroundRates.MIN_GROUP_DOCUMENTS;
    for (int i = 0; i < 20 * nb; i++) {
      builder.add(danish);
    }
    for (int i = 0; i < nb; i++) {
      builder.add(i < nb / 10 ? fylke : norwegian);
    }
    for (int i = 0; i < swedishItems; i++) {
      builder.add(swedish);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    builder.write(out);
    return BackgroundRates.read(new ByteArrayInputStream(out.toByteArray()));
  }

  private static PreparedArticle prepared(String id, Language lang, String title) {
    return FeatureVector.prepare(StoryClustererTest.article(id, lang, null, title, ""), ClusterConfig.defaults());
  }

  @Test
  void theBuilderWritesRatesOfFeaturesInEnoughItems() throws Exception {
    BackgroundRates.Builder builder = new BackgroundRates.Builder();
    for (int i = 0; i < 10; i++) {
      AnalyzedArticle a = StoryClustererTest.article("a" + i, Language.DA, null,
          i < 4 ? "Regeringen falder" : i < 6 ? "Vulkanudbrud i Island" : "Regeringen sidder", "");
      builder.add(FeatureVector.prepare(a, ClusterConfig.defaults()));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    builder.write(out);
    BackgroundRates b = BackgroundRates.read(new ByteArrayInputStream(out.toByteArray()));
    assertThat(b.documents()).isEqualTo(10);
    assertThat(b.rate(term(Language.DA, "regeringen"))).isEqualTo(0.8f);
    assertThat(b.rate(term(Language.DA, "sidder"))).isEqualTo(0.4f);
    assertThat(b.rate(term(Language.DA, "vulkanudbrud"))).as("in 2 items, under the cut of 3").isZero();
  }

  /**
   * A headline whose only name is an everyday one has specifics shorter than unit length, so two
   * such headlines do not meet with a specifics cosine of 1; a headline with a rare name keeps unit
   * length.
   */
  @Test
  void aLoneEverydayNameCountsForLessThanARareOne() {
    AnalyzedArticle everyday = StoryClustererTest.article("d2", Language.DA, null, "Vandet stiger i Danmark", "");
    AnalyzedArticle rare = StoryClustererTest.article("d3", Language.DA, null, "Vandet stiger i Xqzvtwby", "");
    assertThat(specificsLength(everyday, ClusterConfig.defaults())).isBetween(0.2, 0.8);
    assertThat(specificsLength(rare, ClusterConfig.defaults())).isCloseTo(1.0, Offset.offset(1e-5));
    assertThat(specificsLength(everyday, ClusterConfig.defaults().with("specificNormFloor", "0")))
        .isCloseTo(1.0, Offset.offset(1e-5));
  }

  private static double specificsLength(AnalyzedArticle a, ClusterConfig cfg) {
    FeatureVector v = FeatureVector.of(a, new DocumentFrequencies(4, 12), cfg);
    double sq = 0;
    for (int i = 0; i < v.size(); i++) {
      if (FeatureVector.isSpecific(v.keys()[i])) {
        sq += v.weights()[i] * v.weights()[i];
      }
    }
    return Math.sqrt(sq);
  }
}
