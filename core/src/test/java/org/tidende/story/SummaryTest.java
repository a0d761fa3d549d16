package org.tidende.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tidende.analysis.ArticleAnalyzer;
import org.tidende.model.AnalyzedArticle;
import org.tidende.model.Article;
import org.tidende.model.ArticleId;
import org.tidende.model.Language;
import org.tidende.model.LanguageGuess;
import org.tidende.model.StoryDetails;
import org.tidende.reuse.PairwiseReuse;

class SummaryTest {
  private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer();

  private static AnalyzedArticle article(String id, String title, String text) {
    Article a = new Article(new ArticleId(id), "test", 1, null, null, title, text, null, Language.SV, Map.of());
    return ANALYZER.analyze(a, new LanguageGuess(Language.SV, 1.0));
  }

  /** A feed's lead cut off with an ellipsis is no summary sentence, however central its words. */
  @Test
  void aLeadCutOffWithAnEllipsisIsNotInTheSummary() {
    List<AnalyzedArticle> members = List.of(
        article("a", "Skott mot skivbolagets kontor", "Flera skott har avlossats mot porten till skivbolagets kontor "
            + "i centrala Malmö och företagets anställda…"),
        article("b", "Skjutning mot skivbolag i Malmö", "Nattens skjutning mot en port i centrala Malmö tros ha varit "
            + "riktad mot skivbolagets kontor, enligt polisen."));
    List<String> summary = Summary.build(members, ANALYZER);
    assertThat(summary).isNotEmpty().noneMatch(s -> s.endsWith("…"))
        .anyMatch(s -> s.startsWith("Nattens skjutning"));
  }

  /**
   * Sentences a feed glued together past ingestion's rule (a stop after a digit or a closing quote,
   * before a one-letter word or a number) are two summary sentences, not one.
   */
  @Test
  void sentencesGluedAfterADigitOrQuoteAreApartInTheSummary() {
    List<AnalyzedArticle> members = List.of(
        article("a", "Drönare över flygplatsen i Ålborg", "Drönare stör luftrummet över flygplatsen i Ålborg i Danmark, "
            + "skriver TV2.Flygtrafiken till flygplatsen i Ålborg påverkas och flera plan leds om."),
        article("b", "Flygplatsen i Ålborg stängd av drönare", "Luftrummet över flygplatsen i Ålborg har stängts efter "
            + "att drönare synts, uppger danska TV2. Flera plan till Ålborg leds om till andra flygplatser."));
    List<String> summary = Summary.build(members, ANALYZER);
    assertThat(summary).as(summary.toString()).noneMatch(x -> x.contains("TV2.Flyg"))
        .contains("Flygtrafiken till flygplatsen i Ålborg påverkas och flera plan leds om.");
    String glued = "mot ”knarkbåtar”.Nu riktar han. 180 grader.I veckan. Rio Tinto.1.400 km. sagde politiet.-Vi er. "
        + "kl. 16.45, 40.000 kr, aftonbladet.se, www.Expressen.se, H.C.Andersen, St.Petersburg, kl.12, ca.200 (red.). "
        + "Det oplyser Supo.(Foto: © Twitter)";
    assertThat(GluedStops.split(glued, 0, glued.length())).extracting(p -> glued.substring(p[0], p[1])).containsExactly(
        "mot ”knarkbåtar”.", "Nu riktar han. 180 grader.", "I veckan. Rio Tinto.", "1.400 km. sagde politiet.",
        "-Vi er. kl. 16.45, 40.000 kr, aftonbladet.se, www.Expressen.se, H.C.Andersen, St.Petersburg, kl.12, ca.200 "
            + "(red.). Det oplyser Supo.", "(Foto: © Twitter)");
    // a stop glued to a quote's dash set off by a space (DR's texts), and a photo credit glued to the next sentence
    String dash = "angrebet i 2021.- Vi har sagt det. Det siger AP.- Club og \"i nogen tid\".- Normalt er det. Pris 12.-, ca.- kr.";
    assertThat(GluedStops.split(dash, 0, dash.length())).extracting(p -> dash.substring(p[0], p[1])).containsExactly(
        "angrebet i 2021.", "- Vi har sagt det. Det siger AP.", "- Club og \"i nogen tid\".",
        "- Normalt er det. Pris 12.-, ca.- kr.");
    String credit = "Foto: Ola Hansen / Ritzau ScanpixDen svenske minister er tirsdag gået af. "
        + "Foto: Per Berg / Scanpix418 turister blev reddet. Foto: Ole McBride";
    assertThat(GluedStops.split(credit, 0, credit.length())).extracting(p -> credit.substring(p[0], p[1])).containsExactly(
        "Foto: Ola Hansen / Ritzau Scanpix", "Den svenske minister er tirsdag gået af. Foto: Per Berg / Scanpix",
        "418 turister blev reddet. Foto: Ole McBride");
  }

  /**
   * A line that does not end as a sentence does is a headline, a teaser, a list of links or a list's
   * introduction, not a summary sentence, however central its words.
   */
  @Test
  void aLineWithoutAFullStopIsNotInTheSummary() {
    List<AnalyzedArticle> members = List.of(
        article("a", "Jordskalv i Filippinerna", "Flera kan vara fast under rasmassor efter jordskalvet i Filippinerna\n"
            + "Minst 31 döda efter jordskalvet • Se kaoset i Filippinerna\n"
            + "Sammanfattningen av nyheterna om jordskalvet i Filippinerna är gjord med AI:"),
        article("b", "Minst 31 döda i jordskalv i Filippinerna", "Minst 31 personer har omkommit i tisdagens jordskalv "
            + "i Filippinerna, och flera kan vara fast under rasmassor."));
    List<String> summary = Summary.build(members, ANALYZER);
    assertThat(summary).containsExactly("Minst 31 personer har omkommit i tisdagens jordskalv i Filippinerna, och flera "
        + "kan vara fast under rasmassor.");
    assertThat(Summary.ended("Han sa: ”Det är över.”")).isTrue();
    assertThat(Summary.ended("Polisen: ”Anledning att tro att brott inträffat”")).isFalse();
  }

  /**
   * A sentence that lost its stop at the end of a paragraph, after another sentence on the same
   * line, is running text and a summary candidate; a line of its own without a stop is not.
   */
  @Test
  void aParagraphsLastSentenceWithoutItsStopIsInTheSummary() {
    List<AnalyzedArticle> members = List.of(
        article("a", "Bil i diket", "Tingsryd (smp.se): En bil med tre personer har kört av vägen på riksväg 27. "
            + "Flera ambulanser och polis ryckte ut till olyckan vid Tingsryd strax före halv sex\n"
            + " Bilen ska ha kört in i en häck längs vägen."),
        article("b", "Tre i bil som körde av vägen", "Polisen fick larmet strax före halv sex om olyckan med tre "
            + "personer i bilen."));
    assertThat(Summary.build(members, ANALYZER)).contains("Flera ambulanser och polis ryckte ut till olyckan vid "
        + "Tingsryd strax före halv sex");
    String text = "Minst 31 döda.\nFlera kan vara fast under rasmassor i Filippinerna";
    assertThat(Summary.runOn(text, text.indexOf("Flera"), "Flera kan vara fast under rasmassor i Filippinerna", "")).isFalse();
    String titled = "Hur väger man idrottare? Riksidrottsförbundet kallar alla förbund till möte";
    assertThat(Summary.runOn(titled, titled.indexOf("Riks"), titled.substring(titled.indexOf("Riks")), titled)).isFalse();
    String cut = "Polisen larmades. – Verkstaden är övertänd och branden sprider sig till en lada […]";
    assertThat(Summary.runOn(cut, cut.indexOf("–"), cut.substring(cut.indexOf("–")), "")).isFalse();
    String teaser = "Polisen larmades. Polisbil sätts i brand • Se bilderna";
    assertThat(Summary.runOn(teaser, teaser.indexOf("Polisbil"), "Polisbil sätts i brand • Se bilderna", "")).isFalse();
  }

  /** A closing quotation mark that closes nothing in its sentence is dropped from the summary. */
  @Test
  void aStrayClosingQuoteIsNotShown() {
    List<AnalyzedArticle> members = List.of(
        article("a", "Hamnen stängs", "\"Vi stänger hamnen i Ystad på fredag. Alla färjor till Bornholm går från "
            + "Köge i stället under hela helgen.\""),
        article("b", "Hamnen i Ystad stängs", "Trafikverket meddelade beslutet om hamnen i Ystad på torsdagen efter "
            + "ett möte med rederierna."));
    assertThat(Summary.build(members, ANALYZER)).contains("Alla färjor till Bornholm går från Köge i stället under "
        + "hela helgen.");
    assertThat(Summary.withoutStrayQuote("Han sa: ”Det är över.”")).isEqualTo("Han sa: ”Det är över.”");
    assertThat(Summary.withoutStrayQuote("Hon kallade det »en skam».")).isEqualTo("Hon kallade det »en skam».");
  }

  /**
   * A quotation of several sentences cut after its first is closed where the shown sentence ends;
   * an opening mark mid-sentence without its close, the writer's slip, is left as written.
   */
  @Test
  void anOpenQuoteIsClosedAtTheEndOfTheSentenceShown() {
    List<AnalyzedArticle> members = List.of(
        article("a", "Hamnen stängs", "”Vi stänger hamnen i Ystad på fredag och alla färjor går från Köge. Det blir "
            + "en lång helg”, säger hamnchefen."),
        article("b", "Hamnen i Ystad stängs", "Trafikverket meddelade beslutet om hamnen i Ystad på torsdagen efter "
            + "ett möte med rederierna."));
    assertThat(Summary.build(members, ANALYZER)).contains(
        "”Vi stänger hamnen i Ystad på fredag och alla färjor går från Köge.”");
    assertThat(Summary.withOpenQuoteClosed("«Da jeg våknet tirsdag, var jeg helt rolig."))
        .isEqualTo("«Da jeg våknet tirsdag, var jeg helt rolig.»");
    assertThat(Summary.withOpenQuoteClosed("Han skrev: »Rusland vil hjælpe.")).isEqualTo("Han skrev: »Rusland vil hjælpe.«");
    assertThat(Summary.withOpenQuoteClosed("Då ilsknade trafikledningen till. ”Var uppmärksamma!"))
        .isEqualTo("Då ilsknade trafikledningen till. ”Var uppmärksamma!”");
    assertThat(Summary.withOpenQuoteClosed("Nye «Frøyanes er no lagt ut for sal.")).isEqualTo("Nye «Frøyanes er no lagt ut for sal.");
    assertThat(Summary.withOpenQuoteClosed("Han sa: «Vi kommer.»")).isEqualTo("Han sa: «Vi kommer.»");
    assertThat(Summary.withOpenQuoteClosed("\" DeGeneres tweeted Friday.")).isEqualTo("\" DeGeneres tweeted Friday.");
    assertThat(Summary.withOpenQuoteClosed("En venn spurte: \" Du vil ikke si det?")).isEqualTo("En venn spurte: \" Du vil ikke si det?\"");
    assertThat(Summary.withOpenQuoteClosed("Det blir en lång helg”, säger hamnchefen."))
        .isEqualTo("Det blir en lång helg”, säger hamnchefen.");
  }

  /** A text that is only its own title in quotes is a headline, not a summary sentence. */
  @Test
  void aTextThatIsItsTitleInQuotesIsNotInTheSummary() {
    List<AnalyzedArticle> members = List.of(
        article("a", "Filmpriset delades ut: Jag hoppas att vi kan följa efter här hemma",
            "Filmpriset delades ut: 'Jag hoppas att vi kan följa efter här hemma'"),
        article("b", "Svensk film vann inget filmpris", "Den svenska filmen vann inget filmpris vid galan i Los Angeles "
            + "i natt, där hoppet var stort."));
    assertThat(Summary.build(members, ANALYZER)).containsExactly(
        "Den svenska filmen vann inget filmpris vid galan i Los Angeles i natt, där hoppet var stort.");
  }

  private static AnalyzedArticle article(String id, Language lang, String title, String text) {
    Article a = new Article(new ArticleId(id), "test", 1, null, null, title, text, null, lang, Map.of());
    return ANALYZER.analyze(a, new LanguageGuess(lang, 1.0));
  }

  /**
   * A Danish translation of a Bokmål lead shares half its terms' spellings at most ("brand" /
   * "brann"): the passage the two articles share tells that it says the same, so it is not picked
   * twice; a passage of two sentences joins each to its own counterpart only.
   */
  @Test
  void aTranslatedSentenceIsNotInTheSummaryTwice() {
    List<AnalyzedArticle> members = List.of(
        article("nb", Language.NB, "Brann på ferge i Skagerrak",
            "Fergen MS Polarlys fikk brann i maskinrommet tirsdag ettermiddag, midt mellom Larvik og Hirtshals. "
                + "Alle de 180 passasjerene ble evakuert til livbåtene, og ingen ble alvorlig skadet. "
                + "Rederiet har innstilt alle avganger på strekningen resten av uken."),
        article("da", Language.DA, "Færge brændte i Skagerrak",
            "Færgen MS Polarlys brød i brand i maskinrummet tirsdag eftermiddag midt mellem Larvik og Hirtshals. "
                + "Alle de 180 passagerer blev evakueret til redningsbådene, og ingen kom alvorligt til skade. "
                + "Et dansk redningsfartøj fra Skagen sejlede straks ud for at hjælpe med evakueringen."));
    PairwiseReuse compared = Reuse.compare(members);
    List<StoryDetails.Passage> passages = Reuse.passages(members, compared, List.of());
    assertThat(passages).as("the translation is found as a shared passage").isNotEmpty();
    List<String> summary = Summary.build(members, ANALYZER, passages);
    assertThat(summary).as(summary.toString()).hasSize(3)
        .filteredOn(x -> x.contains("Polarlys")).hasSize(1);
    assertThat(summary).filteredOn(x -> x.contains("180")).hasSize(1);
    List<String> byTerms = Summary.build(members, ANALYZER);
    assertThat(byTerms.stream().filter(x -> x.contains("Polarlys") || x.contains("180")).count())
        .as("terms alone take a sentence and its translation: %s", byTerms).isEqualTo(3);
  }

  /**
   * An English translation of a Swedish lead shares no words with it, only its names and numbers:
   * the anchor aligner's translated passage keeps it from being picked beside the Swedish sentence.
   */
  @Test
  void anEnglishTranslationOfAPickedSentenceIsNotPickedAgain() {
    List<AnalyzedArticle> members = List.of(
        article("sv", Language.SV, "Forskare hittade korallrev vid Bodø",
            "Det norska forskningsfartyget Kronprins Haakon har kartlagt ett 9 kilometer långt korallrev utanför "
                + "Bodø i Nordland, på 250 meters djup. Revet var tidigare okänt för forskarna vid institutet. "
                + "Forskarna vill att området skyddas mot bottentrålning under de kommande åren."),
        article("en", Language.EN, "Coral reef found off Bodo",
            "Norwegian research vessel Kronprins Haakon has mapped a 9-kilometre cold-water coral reef at a depth "
                + "of 250 metres off Bodø in Nordland. Scientists now want the area protected from bottom trawling "
                + "in the coming years, the institute said."));
    PairwiseReuse compared = Reuse.compare(members);
    List<StoryDetails.Passage> passages = Reuse.passages(members, compared, List.of());
    assertThat(passages).anySatisfy(p -> {
      assertThat(p.translated()).isTrue();
      assertThat(p.crossLanguage()).isTrue();
      assertThat(p.aText()).startsWith("Det norska forskningsfartyget");
      assertThat(p.bText()).startsWith("Norwegian research vessel");
    });
    List<String> summary = Summary.build(members, ANALYZER, passages);
    assertThat(summary).as(summary.toString()).filteredOn(x -> x.contains("Kronprins Haakon")).hasSize(1);
    assertThat(Summary.build(members, ANALYZER)).as("terms alone take both")
        .filteredOn(x -> x.contains("Kronprins Haakon")).hasSize(2);
  }

  @Test
  void cutOffSentencesEndInAnEllipsis() {
    assertThat(Summary.cutOff("och företagets anställda…")).isTrue();
    assertThat(Summary.cutOff("och företagets anställda...")).isTrue();
    assertThat(Summary.cutOff("”Vi får se…”")).isTrue();
    assertThat(Summary.cutOff("Skjutningen ska vara ett slags straff.")).isFalse();
    assertThat(Summary.cutOff("…")).isTrue();
    assertThat(Summary.cutOff("")).isFalse();
  }
}
