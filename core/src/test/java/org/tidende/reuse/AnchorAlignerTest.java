package org.tidende.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tidende.analysis.ArticleAnalyzer;
import org.tidende.model.ArticleId;
import org.tidende.model.Language;

class AnchorAlignerTest {
  private final PassageFinder finder = new PassageFinder(ReuseConfig.defaults());

  private static ReuseText text(String id, Language lang, String s) {
    return new ReuseText(new ArticleId(id), s, lang);
  }

  private static final String SV = "Fartyget Nordkapp fastnade på ett grund\n\nPassagerarfartyget MS Nordkapp gick på grund "
      + "vid Bodø i Nordland på onsdagsmorgonen. Alla 64 passagerare och 12 besättningsmän fördes i land med en "
      + "snabbåt, meddelar polisen i Salten. "
      + "Rederiet Torghatten Nord har satt in ett ersättningsfartyg på sträckan till Moskenes från 1 200 kronor.";
  private static final String EN = "Ship runs aground off Bodo\n\nThe coastal ship MS Nordkapp ran aground off Bodø in "
      + "Nordland on Wednesday morning. The company, Torghatten Nord, has put a replacement vessel on the Moskenes route, with "
      + "tickets from 1,200 kroner. Its 64 passengers and 12 crew were taken ashore by a fast boat, Salten police said.";

  @Test
  void aSwedishSentenceAndItsEnglishTranslationAreASharedPassage() {
    ReuseText sv = text("sv", Language.SV, SV);
    ReuseText en = text("en", Language.EN, EN);
    List<SharedPassage> found = finder.find(List.of(sv, en));
    assertThat(found).as(found.toString()).hasSize(3).allSatisfy(p -> {
      assertThat(p.translated()).isTrue();
      assertThat(p.crossLanguage()).isTrue();
    });
    assertThat(found).extracting(p -> p.textInA(SV) + " ~ " + p.textInB(EN)).containsExactly(
        "Passagerarfartyget MS Nordkapp gick på grund vid Bodø i Nordland på onsdagsmorgonen ~ "
            + "The coastal ship MS Nordkapp ran aground off Bodø in Nordland on Wednesday morning",
        "Alla 64 passagerare och 12 besättningsmän fördes i land med en snabbåt, meddelar polisen i Salten ~ "
            + "Its 64 passengers and 12 crew were taken ashore by a fast boat, Salten police said",
        "Rederiet Torghatten Nord har satt in ett ersättningsfartyg på sträckan till Moskenes från 1 200 kronor ~ "
            + "The company, Torghatten Nord, has put a replacement vessel on the Moskenes route, with tickets from "
            + "1,200 kroner");
    List<ArticleAdditions> additions = Additions.compute(List.of(sv, en), ReuseConfig.defaults());
    assertThat(additions.get(1).newSentences()).extracting(s -> s.of(EN)).containsExactly("Ship runs aground off Bodo");
  }

  /** German capitalises its nouns, but a run of them beside a name is one anchor, so a translation can pass. */
  @Test
  void aGermanTranslationOfASwedishSentenceIsFound() {
    String sv = "Det norska forskningsfartyget Kronprins Haakon har kartlagt ett 9 kilometer långt korallrev utanför "
        + "Bodø i Nordland, på 250 meters djup.";
    String de = "Das norwegische Forschungsschiff Kronprins Haakon hat vor Bodø in Nordland in 250 Metern Tiefe ein "
        + "9 Kilometer langes Korallenriff kartiert.";
    List<SharedPassage> found = finder.find(List.of(text("sv", Language.SV, sv), text("de", Language.DE, de)));
    assertThat(found).singleElement().satisfies(p -> {
      assertThat(p.translated()).isTrue();
      assertThat(p.textInB(de)).startsWith("Das norwegische").endsWith("kartiert");
    });
  }

  @Test
  void withinOneLanguageOrAcrossScandinavianLanguagesAnchorsAloneShareNothing() {
    ReuseText en1 = text("a", Language.EN, EN);
    ReuseText en2 = text("b", Language.EN, "Ferry stuck\n\nMS Nordkapp was stranded near Bodø in Nordland early Wednesday after "
        + "striking rocks in fog.");
    assertThat(finder.find(List.of(en1, en2))).isEmpty();
    ReuseText nb = text("c", Language.NB, "Skipet MS Nordkapp satt fast utenfor Bodø i Nordland natt til onsdag etter å ha truffet "
        + "et skjær i tåka.");
    ReuseText sv = text("d", Language.SV, SV);
    assertThat(finder.find(List.of(nb, sv))).isEmpty();
  }

  @Test
  void sentencesSharingFewOrMostlyOtherAnchorsAreNoTranslation() {
    // two of three anchors shared
    ReuseText sv = text("sv", Language.SV, "MS Nordkapp gick på grund vid Bodø, uppger Kystverket.");
    ReuseText en = text("en", Language.EN, "The ship MS Nordkapp was inspected by the coast guard off Tromsø, with 40 crew.");
    assertThat(finder.find(List.of(sv, en))).isEmpty();
    // three anchors shared, but the English sentence has three more of its own
    ReuseText sv2 = text("sv", Language.SV, "MS Nordkapp gick på grund vid Bodø och Moskenes, uppger polisen.");
    ReuseText en2 = text("en", Language.EN, "MS Nordkapp, which sails between Bodø and Moskenes, was built in Ulsteinvik "
        + "for Hurtigruten and Havila in 2002.");
    assertThat(finder.find(List.of(sv2, en2))).isEmpty();
    // three anchors shared, in reverse order
    ReuseText sv3 = text("sv", Language.SV, "Från Moskenes till Bodø seglade Nordkapp hela dagen, sade kaptenen.");
    ReuseText en3 = text("en", Language.EN, "The Nordkapp ship sailed to Bodø from Moskenes all day, the captain said.");
    assertThat(finder.find(List.of(sv3, en3))).isEmpty();
  }

  @Test
  void numbersAreComparedNormalised() {
    TokenizedText t = TokenizedText.of(text("x", Language.EN,
        "Strike hits 300,000 riders and 300 000 more, 300.000 in all, 4,8 or 4.8 of them at 14.20, 7 of them in 2025."));
    assertThat(AnchorAligner.anchors(t).get(0)).extracting(a -> String.join("", a.keys()))
        .containsExactly("#300000", "#300000", "#300000", "#4.8", "#4.8", "#14.20", "#2025");
  }

  @Test
  void nameRunsJoinInitialsAndLeaveOutASentencesFirstWordAndMonths() {
    TokenizedText t = TokenizedText.of(text("x", Language.EN,
        "Research vessel G.O. Sars met captain Henrik Aasland in Copenhagen in March. Sars left."));
    assertThat(AnchorAligner.anchors(t).get(0)).extracting(AnchorAligner.Anchor::keys)
        .containsExactly(Set.of("sars"), Set.of("henrik", "asland"),
            Set.of(ArticleAnalyzer.nameKey("København")));
  }
}
