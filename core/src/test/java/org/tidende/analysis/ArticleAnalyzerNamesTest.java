package org.tidende.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tidende.model.Language;

class ArticleAnalyzerNamesTest {
  private static final LanguageProfile DANISH = LanguageProfiles.of(Language.DA);

  @Test
  void anAcronymIsANameEvenAtASentenceStart() {
    assertThat(ArticleAnalyzer.names("FCK fik en fodboldlektion i England", DANISH).keys())
        .containsExactly(ArticleAnalyzer.nameKey("FCK"), ArticleAnalyzer.nameKey("England"));
    assertThat(ArticleAnalyzer.names("Genlæs liveblog: FCK fik en fodboldlektion. NATO svarer.", DANISH).keys())
        .containsExactly(ArticleAnalyzer.nameKey("FCK"), ArticleAnalyzer.nameKey("NATO"));
  }

  @Test
  void aCapitalisedWordOrAKickerAtASentenceStartIsNot() {
    assertThat(ArticleAnalyzer.names("Stormen lukkede broen. Politiet rykkede ud.", DANISH).keys()).isEmpty();
    assertThat(ArticleAnalyzer.names("LIVE: Brand i Vejle", DANISH).keys())
        .containsExactly(ArticleAnalyzer.nameKey("Vejle"));
    assertThat(ArticleAnalyzer.names("DE havde en ny teori.", DANISH).keys()).isEmpty(); // a stop word in capitals
    assertThat(ArticleAnalyzer.names("Enligt Putin: ”Riskerar livet”", LanguageProfiles.of(Language.SV)).keys())
        .containsExactly(ArticleAnalyzer.nameKey("Putin")); // a quotation opened with ” starts a sentence
  }

  @Test
  void aLongerNamesFirstWordsAreGivenUnlessWrittenAlone() {
    ArticleAnalyzer.Names names = ArticleAnalyzer.names(
        "I går talte Donald Trump med Hells Angels. Senere sa Trump og Hells at Mette kom.", DANISH);
    assertThat(names.keys()).contains(ArticleAnalyzer.nameKey("Donald"), ArticleAnalyzer.nameKey("Trump"),
        ArticleAnalyzer.nameKey("Hells"), ArticleAnalyzer.nameKey("Angels"), ArticleAnalyzer.nameKey("Mette"));
    // "Donald" only ever leads "Trump"; "Hells" is also written alone; "Trump" and "Angels" end their names
    assertThat(names.given()).containsExactly(ArticleAnalyzer.nameKey("Donald"));
  }

  @Test
  void anEnglishWeekdayOrMonthIsADateWordNoName() {
    LanguageProfile english = LanguageProfiles.of(Language.EN);
    assertThat(ArticleAnalyzer.names("The rebels attacked Kabul on Tuesday. Police said on Sunday's briefing that"
        + " the March talks and those of Mondays in April would go on.", english).keys())
        .containsExactly(ArticleAnalyzer.nameKey("Kabul"));
    // a feast is a name (the names gold has "Christmas", MISC)
    assertThat(ArticleAnalyzer.names("Talks with Christmas Island ended in December.", english).keys())
        .containsExactly(ArticleAnalyzer.nameKey("Christmas"), ArticleAnalyzer.nameKey("Island"));
    // a calendar word right after a name's word is that name's word; not after a sentence's first word
    assertThat(ArticleAnalyzer.names("Last Tuesday the Irish leader met Theresa May in London.", english).keys())
        .containsExactly(ArticleAnalyzer.nameKey("Irish"), ArticleAnalyzer.nameKey("Theresa"),
            ArticleAnalyzer.nameKey("May"), ArticleAnalyzer.nameKey("London"));
  }

  @Test
  void aNameKeyGivenTheWordsSkeletonIsTheSameKey() {
    for (String w : new String[] {"oslo", "Oslo", "støres", "stoltenbergs", "ryssland", "moskva", "o'brien", "jens-petter",
        "kiss", "x", "", "schweiz", "chr", "nato's", "bod"}) {
      assertThat(ArticleAnalyzer.nameKey(w, ScandinavianFold.skeleton(w)))
          .as(w).isEqualTo(ArticleAnalyzer.nameKey(w));
    }
  }
}
