package org.tidende.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tidende.analysis.ArticleAnalyzer;

class MentionedDatesTest {

  @Test
  void findsDaysWrittenEitherWayInEnglishAndScandinavian() {
    assertThat(MentionedDates.of("Updated: November 11, 2011 20:09 IST")).contains("d11-11");
    assertThat(MentionedDates.of("Mumbai, Nov 11 - The navy said")).contains("d11-11");
    assertThat(MentionedDates.of("Published 7 July 2012")).contains("d7-7");
    assertThat(MentionedDates.of("Det skete den 5. oktober i år")).contains("d10-5");
    assertThat(MentionedDates.of("Møtet er 14. desember")).contains("d12-14");
  }

  @Test
  void findsCountedThingsButNotBareOrGluedNumbers() {
    assertThat(MentionedDates.of("The navy captured 23 pirates and 2 boats")).contains("q23_pirat", "q2_boats");
    assertThat(MentionedDates.of("Mindst 31 dræbt")).contains("q31_dræbt");
    assertThat(MentionedDates.of("a 10km race on the 3rd")).isEmpty();
    assertThat(MentionedDates.of("")).isEmpty();
  }

  @Test
  void numbersThatAreNotDaysStayQuantities() {
    assertThat(MentionedDates.of("May 45 people")).doesNotContain("d5-45");
    assertThat(MentionedDates.of("In 2011 there were")).doesNotContain("q2011_there");
  }

  @Test
  void englishWeekdaysAndMonthsAreDayWords() {
    assertThat(MentionedDates.calendarWords("Rebels struck on Tuesday. At Sunday's briefing the Mayor said the"
        + " April talks, held on Tuesdays, may go on."))
        .containsExactly("wtuesday", "wsunday", "wapril");
    assertThat(MentionedDates.calendarWords("Mayday: the tuesday market and Theresa Mayer")).isEmpty();
  }

  @Test
  void anEnglishArticlesWeekdayIsADayFeatureNotAName() {
    var a = StoryClustererTest.article("a", null, "Rebels attack Kabul", "Rebels attacked Kabul on Tuesday.");
    long[] keys = FeatureVector.prepare(a, ClusterConfig.defaults()).keys();
    assertThat(keys).contains(FeatureVector.numberKey("wtuesday"), FeatureVector.nameKey(ArticleAnalyzer.nameKey("Kabul")))
        .doesNotContain(FeatureVector.nameKey(ArticleAnalyzer.nameKey("Tuesday")));
  }
}
