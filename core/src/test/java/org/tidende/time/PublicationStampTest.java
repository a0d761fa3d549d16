package org.tidende.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tidende.model.ArticleDate;
import org.tidende.model.Language;

class PublicationStampTest {

  private static Optional<LocalDate> stamp(String text, Language lang) {
    return PublicationStamp.find(text, DateResolver.scanner(lang).scan(text), DateLexicons.forLanguage(lang));
  }

  /** A text, its language and the stamp's day. */
  private record Case(String text, Language lang, LocalDate day) {}

  @Test
  void aDateLineAtTheTopIsTheStamp() {
    List<Case> cases = List.of(
        new Case("Lawyer: Lindsay Lohan checks into rehab facility\nMay 2, 2013, 1: 12 PM\nLindsay Lohan has checked"
            + " into a rehab facility, her lawyer said Thursday.", Language.EN, LocalDate.of(2013, 5, 2)),
        new Case("Published: August 2, 2013\nEllen DeGeneres will host the Oscars.", Language.EN, LocalDate.of(2013, 8, 2)),
        new Case("Friday, June 7, 2013\n\nHollywood’s mermaid Esther Williams dies", Language.EN, LocalDate.of(2013, 6, 7)),
        new Case("Fri Aug 2, 2013 6:50pm EDT\nComedian Ellen DeGeneres will host", Language.EN, LocalDate.of(2013, 8, 2)),
        new Case("Publisert 12.03.2024 kl. 10.15\nBrannen starta i natt.", Language.NB, LocalDate.of(2024, 3, 12)),
        new Case("Opdateret 5. maj 2023\nRegeringen har i dag fremlagt sit udspil.", Language.DA, LocalDate.of(2023, 5, 5)),
        new Case("Publicerad 3 september 2025 kl 08.15\nPolisen larmades under natten.", Language.SV,
            LocalDate.of(2025, 9, 3)));
    for (Case c : cases) {
      assertThat(stamp(c.text(), c.lang())).as(c.text()).contains(c.day());
    }
  }

  @Test
  void aTitleThatIsOnlyAStampIsOne() {
    assertThat(DateInference.isPublicationStamp("Published: August 2, 2013", Language.EN)).isTrue();
    assertThat(DateInference.isPublicationStamp("Ellen DeGeneres to host Oscars on August 2, 2013", Language.EN)).isFalse();
    assertThat(DateInference.isPublicationStamp("Published: August 2, 2013\nEllen", Language.EN)).isFalse();
    assertThat(DateInference.isPublicationStamp("", Language.EN)).isFalse();
  }

  /**
   * A stamp with a time zone or place in capitals after its time ("11: 39am UK", "IST"), or with two
   * days (posted, updated) on its line, is a stamp; a zone's capitals before any time, or another
   * word, is not.
   */
  @Test
  void aStampWithAZoneOrTwoDaysIsOne() {
    for (String s : List.of("11: 39am UK, Monday 09 September 2013", "Updated: November 11, 2011 18: 50 IST",
        "Published on: Fri, 11 Nov 2011 at 09: 56 IST", "Updated Thu 6 May 2010, 9: 03am AEST",
        "POSTED: 1052 GMT (1852 HKT), April 10, 2007", "Sat Nov 12 2011, 01: 19 hrs",
        "PUBLISHED: 16: 05 GMT, 9 June 2013 | UPDATED: 06: 55 GMT, 10 June 2013",
        "on April 30, 2008 at 4: 31 AM, updated April 30, 2008 at 8: 33 AM")) {
      assertThat(DateInference.isPublicationStamp(s, Language.EN)).as(s).isTrue();
    }
    assertThat(stamp("PUBLISHED: 16: 05 GMT, 9 June 2013 | UPDATED: 06: 55 GMT, 10 June 2013\nText.", Language.EN))
        .contains(LocalDate.of(2013, 6, 9));
    assertThat(DateInference.isPublicationStamp("UK, Monday 09 September 2013", Language.EN)).isFalse();
    assertThat(DateInference.isPublicationStamp("Storm hits at 11: 39am UK, Monday 09 September 2013", Language.EN)).isFalse();
    assertThat(DateInference.isPublicationStamp("End of Watch: Friday, June 24, 2005", Language.EN)).isFalse();
  }

  /**
   * Capitals after a time are a zone when they have a zone's shape (two letters, or ending in "T",
   * or a zone the JDK names: "MSK"), not when they are another acronym ("10:00 NATO").
   */
  @Test
  void anAcronymAfterTheTimeIsNoZone() {
    assertThat(DateInference.isPublicationStamp("5 May 2013, 10:00 NATO", Language.EN)).isFalse();
    assertThat(stamp("5 May 2013, 10:00 NATO\nAllied ministers meet in Brussels.", Language.EN)).isEmpty();
    assertThat(DateInference.isPublicationStamp("Updated 5 May 2013, 10:00 MSK", Language.EN)).isTrue();
    assertThat(DateInference.isPublicationStamp("Updated 5 May 2013, 10:00 SGT", Language.EN)).isTrue();
  }

  @Test
  void postedThenUpdatedGivesThePostedDay() {
    assertThat(stamp("Sixers name Cheeks coach\nUpdated: May 25, 2005, 3:23 PM ET\nPosted: May 24, 2005\nMaurice Cheeks is"
        + " running the show again.", Language.EN)).contains(LocalDate.of(2005, 5, 24));
  }

  @Test
  void aDateInAHeadlineOrSentenceIsNotAStamp() {
    assertThat(stamp("Storm hits the coast on 5 May 2013\nThe storm came ashore at night.", Language.EN)).isEmpty();
    assertThat(stamp("Toppmøtet vart halde 25. april 2019 i Vladivostok.", Language.NN)).isEmpty();
    assertThat(stamp("Ein tittel\nEin ingress\nFørste avsnitt\nAndre avsnitt\nTredje avsnitt\nFjerde avsnitt\n\n12.03.2024",
        Language.NN)).isEmpty(); // the seventh non-blank line
    assertThat(stamp("Published " + "x".repeat(70) + " on May 2, 2013", Language.EN)).isEmpty(); // too long
    assertThat(stamp("Posted in May 2013\nText.", Language.EN)).isEmpty(); // a month is not a day
  }

  @Test
  void anUndatedArticleTakesItsStampOverItsStory() {
    List<ArticleDate> story = List.of(ArticleDate.ofDay(LocalDate.of(2013, 5, 10)), ArticleDate.ofDay(LocalDate.of(2013, 5, 11)));
    String text = "Lindsay Lohan checks into Betty Ford Center\nMay 3, 2013\nAfter skipping out on a rehab facility";
    assertThat(DateInference.infer(text, Language.EN, story)).contains(ArticleDate.ofDay(LocalDate.of(2013, 5, 3)).asInferred());
    assertThat(DateInference.infer(text, Language.EN, List.of())).contains(ArticleDate.ofDay(LocalDate.of(2013, 5, 3)).asInferred());
    // a stamp outside the article's own (coarse) date is not used
    ArticleDate june = ArticleDate.parse("2013-06").orElseThrow();
    assertThat(DateInference.infer(text, Language.EN, june, List.of())).isEmpty();
  }
}
