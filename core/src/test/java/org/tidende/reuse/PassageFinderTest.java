package org.tidende.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidende.model.ArticleId;
import org.tidende.model.Language;

class PassageFinderTest {
  private final PassageFinder finder = new PassageFinder(ReuseConfig.defaults());

  private static ReuseText text(String id, Language lang, String s) {
    return new ReuseText(new ArticleId(id), s, lang);
  }

  @Test
  void bokmaalAndDanishWordingsOfOneSentenceMatch() {
    ReuseText nb = text("nb", Language.NB, "Ulykken skjedde sent lørdag. Politiet har pågrepet en mann i 40-årene etter drapet i sentrum natt til søndag, opplyser politiet. Han nekter straffskyld.");
    ReuseText da = text("da", Language.DA, "Politiet har anholdt en mand i 40'erne efter drabet i centrum natten til søndag, oplyser politiet. Mere følger.");
    List<SharedPassage> found = finder.find(nb, da);
    assertThat(found).singleElement().satisfies(p -> {
      assertThat(p.crossLanguage()).isTrue();
      assertThat(p.textInA(nb.text())).startsWith("Politiet har pågrepet").endsWith("opplyser politiet");
      assertThat(p.textInB(da.text())).startsWith("Politiet har anholdt").endsWith("oplyser politiet");
      assertThat(p.score()).isBetween(0.6, 0.95);
    });
  }

  @Test
  void swedishAndDanishWordingsOfOneSentenceMatch() {
    ReuseText sv = text("sv", Language.SV, "Regeringen presenterade på tisdagen en ny plan för att stärka försvaret i norra Sverige.");
    ReuseText da = text("da", Language.DA, "Regeringen præsenterede tirsdag en ny plan for at styrke forsvaret i det nordlige Sverige.");
    assertThat(finder.find(sv, da)).singleElement().satisfies(p -> {
      assertThat(p.textInA(sv.text())).startsWith("Regeringen presenterade").contains("försvaret");
      assertThat(p.crossLanguage()).isTrue();
    });
  }

  @Test
  void differentSentencesOnTheSameTopicDoNotMatch() {
    ReuseText a = text("a", Language.NN, """
        Kim Jong-un kom til Vladivostok med tog onsdag. Putin landa i byen torsdag morgon og møtte \
        Kim på eit universitet på Russkijøya. Det er første gong dei to leiarane møtest.""");
    ReuseText b = text("b", Language.NN, """
        Putin og Kim Jong-un skal diskutere atomprogrammet til Nord-Korea i Vladivostok. Russland \
        ønskjer å bli ein viktigare aktør i forhandlingane. Kim har tidlegare møtt Trump to gonger.""");
    ReuseText c = text("c", Language.DA, """
        Nordkoreas leder Kim Jong-un ankom onsdag til Vladivostok, hvor han torsdag skal mødes med \
        Ruslands præsident Vladimir Putin. Topmødet er det første mellem de to ledere.""");
    assertThat(finder.find(List.of(a, b, c))).isEmpty();
  }

  @Test
  void englishTextsMatchOnlyWhenTheWordingIsShared() {
    ReuseText a = text("a", Language.EN, "The storm cut power to forty thousand homes on the west coast on Monday night, the utility said.");
    ReuseText b = text("b", Language.EN, "Officials said the storm cut power to forty thousand homes on the west coast on Monday night.");
    ReuseText c = text("c", Language.DE, "Der Sturm unterbrach am Montagabend die Stromversorgung von vierzigtausend Haushalten.");
    assertThat(finder.find(a, b)).singleElement().satisfies(p -> {
      assertThat(p.crossLanguage()).isFalse();
      assertThat(p.score()).isEqualTo(1.0);
      assertThat(p.textInA(a.text())).isEqualTo("The storm cut power to forty thousand homes on the west coast on Monday night");
    });
    assertThat(finder.find(a, c)).isEmpty();
  }

  @Test
  void emptyAndOddTextsGiveNothing() {
    ReuseText empty = text("e", Language.UND, "");
    ReuseText punct = text("p", Language.UND, "... !!! –– »«");
    ReuseText some = text("s", Language.NB, "Dette er en helt vanlig setning om været i morgen.");
    assertThat(finder.find(List.of(empty, punct, some))).isEmpty();
  }

  @Test
  void additionsListOnlyNewSentencesAcrossLanguages() {
    ReuseText first = text("1", Language.NB, "Politiet har pågrepet en mann i 40-årene etter drapet i sentrum natt til søndag. Han nekter straffskyld.");
    ReuseText second = text("2", Language.NB, "Politiet har pågrepet en mann i 40-årene etter drapet i sentrum natt til søndag. Han blir avhørt i dag. Han nekter straffskyld.");
    ReuseText third = text("3", Language.DA, "Politiet har anholdt en mand i 40'erne efter drabet i centrum natten til søndag. Offeret var en kvinde på 35 år.");
    List<ArticleAdditions> adds = Additions.compute(List.of(first, second, third), ReuseConfig.defaults());
    assertThat(adds.get(0).newSentences()).hasSize(2);
    assertThat(adds.get(1).newSentences()).singleElement().satisfies(s -> assertThat(s.of(second.text())).isEqualTo("Han blir avhørt i dag."));
    assertThat(adds.get(2).newSentences()).singleElement().satisfies(s -> assertThat(s.of(third.text())).isEqualTo("Offeret var en kvinde på 35 år."));
    assertThat(adds.get(1).novelty()).isBetween(0.1, 0.3);
  }

  /**
   * A new sentence is shown whole: a stop inside a number or after an initial ends no sentence, and
   * the sentence keeps its quotation marks and closing stops ("op?«", not "op").
   */
  @Test
  void additionsAreWholeSentencesWithTheirQuotesAndStops() {
    ReuseText first = text("1", Language.DA, "Huset brændte natten til søndag i Vejle, oplyser politiet.");
    ReuseText second = text("2", Language.DA, "Huset brændte natten til søndag i Vejle, oplyser politiet. Skaden anslås til "
        + "40.000 kroner og blev opdaget klokken 06.00 af naboen Jens P. Hansen. »Holder denne jamren aldrig op?« "
        + "spurgte han. Han tilføjede: »Det var slemt«. Naboen ringede.»Kom nu« råbte han.");
    List<ArticleAdditions> adds = Additions.compute(List.of(first, second), ReuseConfig.defaults());
    assertThat(adds.get(1).newSentences()).extracting(s -> s.of(second.text())).containsExactly(
        "Skaden anslås til 40.000 kroner og blev opdaget klokken 06.00 af naboen Jens P. Hansen.",
        "»Holder denne jamren aldrig op?« spurgte han.",
        "Han tilføjede: »Det var slemt«.", "Naboen ringede.", "»Kom nu« råbte han.");
  }

  /**
   * A wire credit standing alone at the end, "(©NTB)", "[NTB]", "(TT)", is no sentence the article adds, and its word
   * is not counted (until session 37 the samples' Swedish ferry report listed "(TT)", and the Norwegian "NTB)"); one
   * the agency list does not know is shown with its brackets and copyright sign, "(©NTB/Reuters)", not "NTB/Reuters)".
   */
  @Test
  void aWireCreditIsNoAdditionAndAnotherKeepsItsBrackets() {
    ReuseText first = text("1", Language.NB, "Veien ble stengt etter en ulykke i natt, opplyser politiet.");
    for (String credit : new String[] {"(©NTB)", "[NTB]", "(TT)"}) {
      ReuseText second = text("2", Language.NB, "Veien ble stengt etter en ulykke i natt, opplyser politiet. " + credit);
      ArticleAdditions adds = Additions.compute(List.of(first, second), ReuseConfig.defaults()).get(1);
      assertThat(adds.newSentences()).as(credit).isEmpty();
      assertThat(adds.newTokens()).as(credit).isZero();
      assertThat(adds.totalTokens()).as(credit)
          .isEqualTo(Additions.compute(List.of(first), ReuseConfig.defaults()).get(0).totalTokens());
    }
    ReuseText other = text("3", Language.NB, "Veien ble stengt etter en ulykke i natt, opplyser politiet. (©NTB/Reuters)");
    assertThat(Additions.compute(List.of(first, other), ReuseConfig.defaults()).get(1).newSentences())
        .extracting(s -> s.of(other.text())).containsExactly("(©NTB/Reuters)");
  }

  /**
   * A road number ("Rv. 94", "Fv. 30") or another listed abbreviation before a capital or a digit
   * ends no sentence, as in the timeline's sentences: "Rv. 94" had been cut into "Rv." and "94 ...".
   */
  @Test
  void anAbbreviationEndsNoAddedSentence() {
    ReuseText first = text("1", Language.NB, "Veien ble stengt etter en ulykke i natt, opplyser politiet.");
    ReuseText second = text("2", Language.NB, "Veien ble stengt etter en ulykke i natt, opplyser politiet. "
        + "Rv. 94 er stengt ved Skaidi, og Fv. 30 er åpen med kolonne fra kl. 14 i dag.");
    List<ArticleAdditions> adds = Additions.compute(List.of(first, second), ReuseConfig.defaults());
    assertThat(adds.get(1).newSentences()).extracting(s -> s.of(second.text()))
        .containsExactly("Rv. 94 er stengt ved Skaidi, og Fv. 30 er åpen med kolonne fra kl. 14 i dag.");
  }

  /** A title the text repeats in quotes is one new sentence, not two, and its words count once ("9 of 9 words new", not "9 of 18"). */
  @Test
  void aTitleRepeatedInQuotesIsAddedOnce() {
    ReuseText first = text("1", Language.DA, "Huset brændte natten til søndag i Vejle, oplyser politiet.");
    ReuseText second = text("2", Language.DA, "Naboen: Jeg håber, at de finder ud af det\n\nNaboen: 'Jeg håber, at de finder ud af det'");
    List<ArticleAdditions> adds = Additions.compute(List.of(first, second), ReuseConfig.defaults());
    assertThat(adds.get(1).newSentences()).extracting(s -> s.of(second.text()))
        .containsExactly("Naboen: Jeg håber, at de finder ud af det");
    assertThat(adds.get(1).newTokens()).isEqualTo(9);
    assertThat(adds.get(1).totalTokens()).isEqualTo(9);
  }

  /**
   * A headline's kicker and the quote a dash opens after its colon are two sentences: the quote alone
   * is new when the kicker was said before (both were one sentence, shown whole). A colon alone
   * still ends none, in English too.
   */
  @Test
  void aColonAndADashEndASentence() {
    ReuseText first = text("1", Language.NB, "Kommunen vil bygge ny skole i bygda. Arbeidet starter i mars.");
    ReuseText second = text("2", Language.NB, "Kommunen vil bygge ny skole i bygda: – Det haster med plassen");
    List<ArticleAdditions> adds = Additions.compute(List.of(first, second), ReuseConfig.defaults());
    assertThat(adds.get(1).newSentences()).extracting(s -> s.of(second.text())).containsExactly("Det haster med plassen");
    ReuseText english = text("3", Language.EN, "Council plans a new school in the village: Work starts in March");
    assertThat(Additions.compute(List.of(english), ReuseConfig.defaults()).get(0).newSentences())
        .extracting(s -> s.of(english.text())).containsExactly("Council plans a new school in the village: Work starts in March");
  }
}
