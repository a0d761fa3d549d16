package org.tidende.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidende.model.Language;

class DemonymsTest {
  private static String stem(Language lang, String word) {
    List<String> terms = new ArticleAnalyzer().terms(lang, word);
    assertThat(terms).hasSize(1);
    return terms.get(0);
  }

  @Test
  void scandinavianAdjectivesOfNationalLanguagesNameTheirCountry() {
    Language da = Language.DA;
    Language sv = Language.SV;
    Language nn = Language.NN;
    assertThat(Demonyms.of(da).country(stem(da, "græske"))).isEqualTo(ArticleAnalyzer.nameKey("Grækenland"));
    assertThat(Demonyms.of(sv).country(stem(sv, "grekiska"))).isEqualTo(ArticleAnalyzer.nameKey("Grekland"));
    assertThat(Demonyms.of(nn).country(stem(nn, "gresk"))).isEqualTo(ArticleAnalyzer.nameKey("Hellas"));
    // the three spellings of Greece are one key (Exonyms), so the adjectives meet across languages
    assertThat(ArticleAnalyzer.nameKey("Grækenland")).isEqualTo(ArticleAnalyzer.nameKey("Grekland"));
    assertThat(Demonyms.of(sv).country(stem(sv, "ukrainska"))).isEqualTo(ArticleAnalyzer.nameKey("Ukraina"));
    assertThat(Demonyms.of(sv).country(stem(sv, "thailändska"))).isEqualTo(ArticleAnalyzer.nameKey("Thailand"));
  }

  @Test
  void aCountryNamedInLandHasTheAdjectiveFormedOfIt() {
    Language da = Language.DA;
    Language nb = Language.NB;
    Language sv = Language.SV;
    assertThat(Demonyms.of(da).country(stem(da, "thailandske"))).isEqualTo(ArticleAnalyzer.nameKey("Thailand"));
    assertThat(Demonyms.of(da).countryTerm(stem(da, "thailandsk"))).isEqualTo(stem(da, "Thailand"));
    assertThat(Demonyms.of(nb).country(stem(nb, "islandsk"))).isEqualTo(ArticleAnalyzer.nameKey("Island"));
    assertThat(Demonyms.of(sv).country(stem(sv, "isländska"))).isEqualTo(ArticleAnalyzer.nameKey("Island"));
    assertThat(Demonyms.of(da).country(stem(da, "tysk"))).as("the language's name still first")
        .isEqualTo(ArticleAnalyzer.nameKey("Tyskland"));
    assertThat(Demonyms.landAdjective(da, "Grønland")).isEqualTo("grønlandsk");
    assertThat(Demonyms.landAdjective(sv, "Grönland")).isEqualTo("grönländsk");
    assertThat(Demonyms.landAdjective(da, "Polen")).isNull();
    assertThat(Demonyms.landAdjective(da, "New Zealand")).isNull();
  }

  @Test
  void aCountryNamedInIenOrIaHasTheIskAdjectiveFormedOfIt() {
    Language da = Language.DA;
    Language nb = Language.NB;
    Language sv = Language.SV;
    assertThat(Demonyms.of(da).country(stem(da, "tunesiske"))).isEqualTo(ArticleAnalyzer.nameKey("Tunesien"));
    assertThat(Demonyms.of(da).countryTerm(stem(da, "belgisk"))).isEqualTo(stem(da, "Belgien"));
    assertThat(Demonyms.of(sv).country(stem(sv, "syriska"))).isEqualTo(ArticleAnalyzer.nameKey("Syrien"));
    assertThat(Demonyms.of(nb).country(stem(nb, "tunisiske"))).isEqualTo(ArticleAnalyzer.nameKey("Tunisia"));
    assertThat(Demonyms.of(da).country(stem(da, "spansk"))).as("the language's name still first")
        .isEqualTo(ArticleAnalyzer.nameKey("Spanien"));
    assertThat(Demonyms.iskAdjective("Indien")).isEqualTo("indisk");
    assertThat(Demonyms.iskAdjective("Zambia")).isEqualTo("zambisk");
    assertThat(Demonyms.iskAdjective("Saudi-Arabien")).isNull();
    assertThat(Demonyms.iskAdjective("Polen")).isNull();
  }

  @Test
  void eachAdjectiveKnowsItsCountryNameAsATerm() {
    Language da = Language.DA;
    assertThat(Demonyms.of(da).countryTerm(stem(da, "græske"))).isEqualTo(stem(da, "Grækenland"));
    assertThat(Demonyms.of(Language.SV).countryTerm(stem(Language.SV, "grekiska")))
        .isEqualTo(stem(Language.SV, "Grekland"));
    assertThat(Demonyms.of(da).countryTerm(stem(da, "huset"))).isNull();
  }

  @Test
  void regionalLanguagesOtherWordsAndOtherLanguagesNameNoCountry() {
    Language da = Language.DA;
    assertThat(Demonyms.of(da).country(stem(da, "baskisk"))).isNull(); // not Spain
    assertThat(Demonyms.of(da).country(stem(da, "walisisk"))).isNull();
    assertThat(Demonyms.of(da).country(stem(da, "engelsk"))).isNull(); // English is many countries'
    assertThat(Demonyms.of(da).country(stem(da, "huset"))).isNull();
    assertThat(Demonyms.of(Language.EN).country("greek")).isNull(); // English capitalises it: a name already
    assertThat(Demonyms.of(da).size()).isGreaterThan(40);
  }

  @Test
  void acrossLanguageGroupsEnglishGermanAndSpanishAdjectivesNameTheirCountry() {
    Language en = Language.EN;
    assertThat(Demonyms.across(en).country(stem(en, "Danish"))).isEqualTo(ArticleAnalyzer.nameKey("Danmark"));
    assertThat(Demonyms.across(en).country(stem(en, "Greek"))).isEqualTo(ArticleAnalyzer.nameKey("Grækenland"));
    assertThat(Demonyms.across(en).country(stem(en, "English"))).isNull(); // many countries'
    assertThat(Demonyms.across(en).country(stem(en, "house"))).isNull();
    assertThat(Demonyms.across(Language.DE).country(stem(Language.DE, "dänische")))
        .isEqualTo(ArticleAnalyzer.nameKey("Danmark"));
    assertThat(Demonyms.across(Language.ES).country(stem(Language.ES, "danés")))
        .isEqualTo(ArticleAnalyzer.nameKey("Danmark"));
    assertThat(Demonyms.across(Language.DA)).as("Scandinavian: the same table").isSameAs(Demonyms.of(Language.DA));
    assertThat(Demonyms.of(en).size()).as("within a language group English has none").isZero();
  }
}
