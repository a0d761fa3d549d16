package org.tidende.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tidende.analysis.ArticleAnalyzer;
import org.tidende.entity.EntityRecognizer;
import org.tidende.ingest.IngestEvent;
import org.tidende.ingest.PlainTextReader;
import org.tidende.model.AnalyzedArticle;
import org.tidende.model.Article;
import org.tidende.model.ArticleDate;
import org.tidende.model.ArticleId;
import org.tidende.model.Language;
import org.tidende.model.LanguageGuess;
import org.tidende.model.Story;
import org.tidende.model.StoryDetails;
import org.tidende.model.StoryId;

class StoryBuilderTest {
  private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer();

  private static AnalyzedArticle article(String id, String title, String text) {
    Article a = new Article(new ArticleId(id), "test", 1, null, null, title, text, null, Language.NB, Map.of());
    return ANALYZER.analyze(a, new LanguageGuess(Language.NB, 1.0));
  }

  /**
   * Amedia's paywall teaser closes many outlets' items: the analysis skips it, and so does the story
   * view, where it would be a passage every pair shares, a sentence an article adds, or the summary.
   */
  @Test
  void paywallTeasersAreNotPassagesAdditionsOrSummary() {
    String teaser = " Dette er en pluss artikkel, log inn og les videre på www.lokalavisa.no";
    List<AnalyzedArticle> members = List.of(
        article("a", "Nødvarselet testes over hele landet i dag",
            "PLUS Onsdag klokken tolv testes nødvarsel på mobil og Sivilforsvarets varslingsanlegg over hele Norge."
                + teaser),
        article("b", "I dag hyler mobilen din klokken tolv",
            "Sivilforsvaret og politiet tester nødvarsel på mobil og varslingsanlegg i en nasjonal varslingsprøve."
                + teaser.replace("lokalavisa", "bygdeposten")),
        article("c", "Varslingsprøve onsdag",
            "Politiet tester nødvarsel på mobil i hele Norge onsdag, og Sivilforsvaret tester tyfonene samtidig."));
    Story story = new StoryBuilder(ANALYZER, EntityRecognizer.load())
        .build(new StoryId("s"), members, List.of(0.0, 0.5, 0.5));
    StoryDetails d = story.details();
    assertThat(d.additions()).isNotEmpty();
    assertThat(d.additions()).flatExtracting(StoryDetails.Addition::sentences).noneMatch(s -> s.contains("pluss"));
    assertThat(d.passages()).noneMatch(p -> p.aText().contains("pluss") || p.bText().contains("pluss"));
    // passage spans index each article's own title and text, kicker and teaser included
    Map<String, String> full = new HashMap<>();
    members.forEach(m -> full.put(m.id().value(), m.article().fullText()));
    assertThat(d.passages()).isNotEmpty().allSatisfy(p -> {
      assertThat(full.get(p.a().value()).substring(p.aStart(), p.aEnd())).isEqualTo(p.aText());
      assertThat(full.get(p.b().value()).substring(p.bStart(), p.bEnd())).isEqualTo(p.bText());
    });
    assertThat(d.summary()).isNotEmpty().noneMatch(s -> s.contains("pluss"));
    assertThat(d.entities()).extracting(StoryDetails.Entity::name).noneMatch(n -> n.contains("lokalavisa"));
    assertThat(story.articles()).extracting(Story.StoryArticle::title).contains("Varslingsprøve onsdag");
  }

  /**
   * A wire text printed by two outlets shares its quote with a third report once, through the first
   * print (the canonical of the two); the second print is listed as its copy, and what only the
   * second print shares with the third report (a sentence the first print cut) still shows.
   */
  @Test
  void aWireCopysPassagesWithOtherReportsAreSaidOnceThroughItsCanonical() {
    String wire = "Fergen MS Havørn fikk brann i maskinrommet tirsdag ettermiddag, midt mellom Kristiansand og "
        + "Hirtshals. Alle 212 passasjerer og 38 mannskaper ble evakuert til livbåtene, opplyser "
        + "Hovedredningssentralen. Kaptein Henrik Åsland sier at brannen ble oppdaget klokken 14.20. "
        + "– Mannskapet gjorde alt riktig. Vi fikk alle passasjerene trygt i livbåtene i løpet av en halvtime, "
        + "sier Åsland.";
    String extra = " Rederiet Skagerak Linjer har innstilt alle avganger på strekningen onsdag og torsdag, og "
        + "passasjerene får pengene tilbake.";
    List<AnalyzedArticle> members = List.of(
        article("ntb", "Brann om bord på Havørn i Skagerrak", wire),
        article("fvn", "212 evakuert etter brann på ferge", wire + extra),
        article("nrk", "Kapteinen: Mannskapet gjorde alt riktig", "Kaptein Henrik Åsland på MS Havørn er stolt av "
            + "mannskapet etter brannen i Skagerrak. – Mannskapet gjorde alt riktig. Vi fikk alle passasjerene "
            + "trygt i livbåtene i løpet av en halvtime, sier Åsland til NRK. Han har seilt i Skagerrak i over "
            + "tretti år og har aldri opplevd noe lignende. Mannskapet øver på evakuering hver måned, og det "
            + "betalte seg, mener han. Havarikommisjonen starter sin undersøkelse i Kristiansand i morgen, og "
            + "skipet blir liggende ved kai til årsaken er kjent." + extra));
    StoryDetails d = new StoryBuilder(ANALYZER, EntityRecognizer.load())
        .build(new StoryId("s"), members, List.of(0.0, 0.9, 0.5)).details();
    assertThat(d.duplicates()).singleElement().satisfies(c -> {
      assertThat(c.canonical().value()).isEqualTo("ntb");
      assertThat(c.copies()).extracting(ArticleId::value).containsExactly("fvn");
    });
    Predicate<StoryDetails.Passage> quote = p -> p.aText().contains("Vi fikk alle passasjerene");
    BiPredicate<StoryDetails.Passage, String> between = (p, ids) ->
        ids.contains(p.a().value()) && ids.contains(p.b().value());
    assertThat(d.passages()).anyMatch(p -> between.test(p, "ntb nrk") && quote.test(p));
    assertThat(d.passages()).anyMatch(p -> between.test(p, "ntb fvn"));
    assertThat(d.passages()).noneMatch(p -> between.test(p, "fvn nrk") && quote.test(p));
    assertThat(d.passages()).anyMatch(p -> between.test(p, "fvn nrk") && p.aText().contains("Skagerak Linjer"));
  }

  /**
   * Feeds repeat the title at the start of the text and link other articles inside it ("Les også:"
   * and that article's headline): the summary and the timeline take neither as a sentence, and the
   * linked headline's names are not the story's.
   */
  @Test
  void aRepeatedTitleAndLinksToOtherArticlesAreNotSummaryTimelineOrEntities() {
    List<AnalyzedArticle> members = List.of(
        article("a", "De omkomne er identifisert", "De omkomne er identifisert Politiet i Nordland opplyser torsdag at "
            + "to franske og en kinesisk statsborger omkom i bussulykken i Hadsel. Les også: Dette skal "
            + "havarikommisjonen undersøke etter bussulykken i Hadsel Les også: Bjørn Olsen og Roy Hansen deltok "
            + "i redningsaksjonen"),
        article("b", "Tre turister omkom i bussulykken", "Politiet i Nordland bekrefter at to franske og en kinesisk "
            + "statsborger omkom i bussulykken i Hadsel. De omkomne er obdusert og formelt identifisert av politiet."));
    StoryDetails d = new StoryBuilder(ANALYZER, EntityRecognizer.load())
        .build(new StoryId("s"), members, List.of(0.0, 0.5)).details();
    assertThat(d.summary()).isNotEmpty()
        .noneMatch(s -> s.startsWith("De omkomne er identifisert Politiet") || s.contains("Les også"))
        .anyMatch(s -> s.startsWith("Politiet i Nordland opplyser torsdag"));
    assertThat(d.timeline()).extracting(StoryDetails.TimelineEntry::sentence)
        .noneMatch(s -> s.startsWith("De omkomne er identifisert Politiet"));
    assertThat(d.entities()).extracting(StoryDetails.Entity::name).contains("Hadsel")
        .noneMatch(n -> n.contains("Bjørn") || n.contains("Roy"));
    assertThat(members.get(0).article().body()).startsWith("Politiet i Nordland opplyser");
    assertThat(members.get(1).article().body()).isEqualTo(members.get(1).article().text());
  }

  /**
   * A title led by the run's section label ("Analyse:") gives way to a member's title without one that
   * is nearly as central; a speaker before a colon is no label, and a labelled title with no rival stays.
   */
  @Test
  void aTitleLedByALabelGivesWayToANearlyAsCentralOne() {
    List<AnalyzedArticle> members = List.of(
        article("a", "Analyse: Lidegaard kalder Løkke for Fætter Højben i Nyborg",
            "Martin Lidegaard kalder nu Lars Løkke for Fætter Højben på nytårsstævnet i Nyborg."),
        article("b", "Lidegaard kalder Løkke for Fætter Højben",
            "På nytårsstævnet i Nyborg kaldte Martin Lidegaard Lars Løkke for Fætter Højben."),
        article("c", "Løkke svarer Lidegaard fra scenen i Nyborg",
            "Lars Løkke svarede Martin Lidegaard fra scenen på et strandhotel i Nyborg."));
    StoryBuilder builder = new StoryBuilder(ANALYZER, EntityRecognizer.load());
    List<Double> sims = List.of(0.0, 0.5, 0.5);
    assertThat(builder.build(new StoryId("s"), members, sims).headline())
        .isEqualTo("Analyse: Lidegaard kalder Løkke for Fætter Højben i Nyborg");
    assertThat(builder.build(new StoryId("s"), members, sims, Set.of("analyse")).headline())
        .isEqualTo("Lidegaard kalder Løkke for Fætter Højben");
    assertThat(builder.build(new StoryId("s"), members, sims, Set.of("lidegaard")).headline())
        .isEqualTo("Analyse: Lidegaard kalder Løkke for Fætter Højben i Nyborg");
    assertThat(builder.build(new StoryId("s"), members.subList(0, 1), List.of(0.0), Set.of("analyse")).headline())
        .isEqualTo("Analyse: Lidegaard kalder Løkke for Fætter Højben i Nyborg");
  }

  private static AnalyzedArticle dated(String id, String title, String text, int day) {
    Article a = new Article(new ArticleId(id), "test", 1, null, null, title, text,
        ArticleDate.ofDay(LocalDate.of(2025, 3, day)), Language.NB, Map.of());
    return ANALYZER.analyze(a, new LanguageGuess(Language.NB, 1.0));
  }

  /**
   * With a next day's follow-up and a quotation among the members, the headline is a first day's
   * report; a title that opens with a quotation mark or a quoting dash is a quotation.
   */
  @Test
  void theHeadlineIsTheFirstDaysReportNotALongerFollowUpOrAQuotation() {
    List<AnalyzedArticle> members = List.of(
        dated("a", "Brann om bord på ferja Havørn", "Ferja Havørn fikk brann i maskinrommet tirsdag. Alle passasjerene"
            + " ble evakuert. Mannskapet gjorde alt riktig, sier kapteinen.", 11),
        dated("b", "Havørn evakuert etter brann",
            "Passasjerene på ferja Havørn ble evakuert etter brann i maskinrommet tirsdag.", 11),
        dated("c", "Havørn-kapteinen: Mannskapet gjorde alt riktig",
            "Dagen etter brannen på ferja Havørn sier kapteinen at mannskapet gjorde alt riktig.", 12),
        dated("d", "«Alle ble evakuert fra Havørn»",
            "Alle passasjerene ble evakuert fra ferja Havørn etter brannen, sier politiet.", 11));
    Story story = new StoryBuilder(ANALYZER, EntityRecognizer.load())
        .build(new StoryId("s"), members, List.of(0.0, 0.5, 0.5, 0.5));
    assertThat(story.headline()).isIn("Brann om bord på ferja Havørn", "Havørn evakuert etter brann");
    assertThat(StoryBuilder.quotation("«Mannskapet gjorde alt riktig»")).isTrue();
    assertThat(StoryBuilder.quotation("– Jeg er litt bekymret")).isTrue();
    assertThat(StoryBuilder.quotation("Havørn evakuert etter brann")).isFalse();
  }

  /**
   * A title ending in a colon is a kicker cut from its headline ("Statsminister Kjell Magne
   * Bondevik:"): another member's title is the headline, however central the kicker's words; when
   * every title is one, the most central is.
   */
  @Test
  void aTitleEndingInAColonIsTheHeadlineOnlyWhenAllAre() {
    List<AnalyzedArticle> members = List.of(
        dated("a", "Statsminister Kjell Magne Bondevik:", "Statsminister Kjell Magne Bondevik sier Frp baner veien for "
            + "en ny regjering Bondevik.", 11),
        dated("b", "Frp baner veien for Bondevik II", "Statsminister Kjell Magne Bondevik kan fortsette med støtte fra "
            + "Frp, sier partiet.", 11));
    Story story = new StoryBuilder(ANALYZER, EntityRecognizer.load())
        .build(new StoryId("s"), members, List.of(0.0, 0.5));
    assertThat(story.headline()).isEqualTo("Frp baner veien for Bondevik II");
    List<AnalyzedArticle> kickers = List.of(
        dated("a", "Sofia:", "Statsminister Bondevik besøker Sofia.", 11),
        dated("b", "Statsminister Bondevik i Sofia:", "Statsminister Bondevik er i Sofia for å møte regjeringen.", 11));
    assertThat(new StoryBuilder(ANALYZER, EntityRecognizer.load()).build(new StoryId("t"), kickers, List.of(0.0, 0.5))
        .headline()).isNotBlank().endsWith(":");
  }

  /**
   * A live ticker's label ("LIVE", "Direkte:") is not shown in the headline, and such a title is the
   * headline only when no other is nearly as central; a title's own word "Direkte" is kept.
   */
  @Test
  void aLiveTickersLabelIsNotInTheHeadline() {
    List<AnalyzedArticle> alone = List.of(
        dated("a", "LIVE Brannen i Rakkestad: Slik ser det ut på veiene", "Brannen i Rakkestad stenger veiene.", 11),
        dated("b", "Direkte: Brannen i Rakkestad stenger veiene", "Brannen i Rakkestad stenger veiene rundt.", 11));
    String headline = new StoryBuilder(ANALYZER, EntityRecognizer.load()).build(new StoryId("s"), alone,
        List.of(0.0, 0.5)).headline();
    assertThat(headline).isIn("Brannen i Rakkestad: Slik ser det ut på veiene", "Brannen i Rakkestad stenger veiene");
    List<AnalyzedArticle> members = List.of(
        dated("a", "Live: Brannen i Rakkestad stenger veiene", "Brannen i Rakkestad stenger veiene.", 11),
        dated("b", "Brannen i Rakkestad stenger veiene rundt byen", "Brannen i Rakkestad stenger veiene rundt.", 11));
    assertThat(new StoryBuilder(ANALYZER, EntityRecognizer.load()).build(new StoryId("t"), members, List.of(0.0, 0.5))
        .headline()).isEqualTo("Brannen i Rakkestad stenger veiene rundt byen");
    assertThat(TitleLabels.liveLabel("Direkte fra russisk straffelejr til millionaftale")).isZero();
    assertThat(TitleLabels.liveLabel("Live-konsert i Oslo")).isZero();
    assertThat(TitleLabels.liveLabel("Liveblog: Zelenskyj taler")).isEqualTo("Liveblog: ".length());
  }

  /**
   * A live blog's label in lower case, with its own suffix or after a word asking to re-read it
   * ("Genlæs liveblog:", "LIVE-TV:", "Livechat:") is a label too; "Live Nation" and "Live-konsert" are no labels.
   */
  @Test
  void aLowerCaseOrReReadLiveLabelIsNotInTheHeadline() {
    assertThat(TitleLabels.liveLabel("Genlæs liveblog: FCK fik en fodboldlektion i England"))
        .isEqualTo("Genlæs liveblog: ".length());
    assertThat(TitleLabels.liveLabel("Genlæs livebloggen: Rune vandt")).isEqualTo("Genlæs livebloggen: ".length());
    assertThat(TitleLabels.liveLabel("live: Trump taler i Miami")).isEqualTo("live: ".length());
    assertThat(TitleLabels.liveLabel("LIVE-TV: Nu findes vinderen")).isEqualTo("LIVE-TV: ".length());
    assertThat(TitleLabels.liveLabel("LIVE-TV Få seneste nyt")).isEqualTo("LIVE-TV ".length());
    assertThat(TitleLabels.liveLabel("Livechat: Stil spørgsmål til Elisabet Svane")).isEqualTo("Livechat: ".length());
    assertThat(TitleLabels.liveLabel("Live Nation køber koncertarrangør")).isZero();
    assertThat(TitleLabels.liveLabel("Se livet fra den lyse side")).isZero();
    List<AnalyzedArticle> alone = List.of(
        dated("a", "Genlæs liveblog: Brannen i Rakkestad stenger veiene", "Brannen i Rakkestad stenger veiene.", 11));
    assertThat(new StoryBuilder(ANALYZER, EntityRecognizer.load()).build(new StoryId("s"), alone, List.of(0.0))
        .headline()).isEqualTo("Brannen i Rakkestad stenger veiene");
  }

  /**
   * A one-word title every other member shares ("Explosion") is no better a headline than a longer
   * one for being short: titles are scored as if they had at least {@value StoryBuilder#MIN_WORDS} words.
   */
  @Test
  void aOneWordTitleDoesNotWinByItsShortness() {
    Article a = new Article(new ArticleId("a"), "test", 1, null, null, "Explosion",
        "Polisen larmades om en explosion vid ett hus.", null, Language.SV, Map.of());
    Article b = new Article(new ArticleId("b"), "test", 2, null, null, "Explosion vid flerfamiljshus i Göteborg",
        "En explosion skedde i natt.", null, Language.SV, Map.of());
    Article c = new Article(new ArticleId("c"), "test", 3, null, null, "Explosion i natt – ingen skadad",
        "En explosion skedde i Göteborg.", null, Language.SV, Map.of());
    List<AnalyzedArticle> members = Stream.of(a, b, c)
        .map(x -> ANALYZER.analyze(x, new LanguageGuess(Language.SV, 1.0))).toList();
    Story story = new StoryBuilder(ANALYZER, EntityRecognizer.load())
        .build(new StoryId("s"), members, List.of(0.0, 0.5, 0.5));
    assertThat(story.headline()).isNotEqualTo("Explosion");
  }

  /**
   * The bundled ferry-fire reports (../samples/havoern, as the plain-text reader reads them): the
   * headline is a first day's title, not the Nynorsk follow-up "Havørn-kapteinen: Mannskapet
   * gjorde alt rett" of the day after, which the plain count of shared terms (every repeat, and
   * "Mannskapet" thrice as mannskap, man, skap) chose.
   */
  @Test
  void theBundledFerryStoryIsHeadlinedByWhatHappened() throws Exception {
    Path dir = Path.of("../samples/havoern");
    Map<String, Language> files = new LinkedHashMap<>();
    files.put("fvn-havoern-evakuert.txt", Language.NB);
    files.put("ntb-havoern-brann.txt", Language.NB);
    files.put("ritzau-havoern.txt", Language.DA);
    files.put("tt-havoern.txt", Language.SV);
    files.put("nrk-nynorsk-havoern.txt", Language.NN);
    List<AnalyzedArticle> members = new ArrayList<>();
    for (Map.Entry<String, Language> f : files.entrySet()) {
      new PlainTextReader().read(f.getKey(), Files.readString(dir.resolve(f.getKey())), e -> {
        if (e instanceof IngestEvent.Accepted a) {
          members.add(ANALYZER.analyze(a.article(), new LanguageGuess(f.getValue(), 1.0)));
        }
      });
    }
    assertThat(members).hasSize(5);
    Story story = new StoryBuilder(ANALYZER, EntityRecognizer.load())
        .build(new StoryId("s"), members, List.of(0.0, 0.5, 0.5, 0.5, 0.5));
    assertThat(story.headline()).isIn("212 evakuert etter brann på ferge", "Brann om bord på Havørn i Skagerrak");
  }

  /**
   * A page copied as plain text may start with its publication stamp, which ingestion then reads as
   * the title: the story view dates the member by it and takes the title the text starts with.
   */
  @Test
  void aStampReadAsTheTitleDatesTheMemberAndGivesWayToTheTextsTitle() {
    String file = "Publisert 18.01.2011 kl 10:46\nSeks kulturprosjekt får pengar\n\nNaust på Styvi er blant dei seks"
        + " prosjekta som får pengar frå fylket i år.\n";
    List<Article> read = new ArrayList<>();
    new PlainTextReader().read("seks.txt", file, e -> {
      if (e instanceof IngestEvent.Accepted a) {
        read.add(a.article());
      }
    });
    assertThat(read).singleElement().extracting(Article::title).isEqualTo("Publisert 18.01.2011 kl 10:46");
    Story story = new StoryBuilder(ANALYZER, EntityRecognizer.load())
        .build(new StoryId("s"), List.of(ANALYZER.analyze(read.get(0), new LanguageGuess(Language.NN, 1.0))), List.of(0.0));
    assertThat(story.articles().get(0).date())
        .isEqualTo(ArticleDate.ofDay(LocalDate.of(2011, 1, 18)).asInferred());
    assertThat(story.articles().get(0).title()).isEqualTo("Seks kulturprosjekt får pengar");
    assertThat(story.headline()).isEqualTo("Seks kulturprosjekt får pengar");
  }

  /**
   * Two outlets restating one dated sentence give one timeline entry; another statement about the
   * same day stays.
   */
  @Test
  void aRestatedDatedSentenceIsOneTimelineEntry() {
    Article x = new Article(new ArticleId("x"), "test", 1, null, null, "Skyting i sentrum",
        "En mann ble skutt i sentrum natt til 8. januar, opplyser politiet.", null, Language.NB, Map.of());
    Article y = new Article(new ArticleId("y"), "test", 2, null, null, "Mann skutt",
        "En mann er skutt i sentrum natt til 8. januar, opplyser politiet. Politiet pågrep to personer 8. januar om morgenen.",
        null, Language.NB, Map.of());
    ArticleDate wednesday = ArticleDate.ofDay(LocalDate.of(2025, 1, 8));
    List<StoryDetails.TimelineEntry> timeline = Timeline.build(
        List.of(ANALYZER.analyze(x, new LanguageGuess(Language.NB, 1.0)), ANALYZER.analyze(y, new LanguageGuess(Language.NB, 1.0))),
        Arrays.asList(wednesday, wednesday));
    assertThat(timeline).extracting(StoryDetails.TimelineEntry::sentence).containsExactly(
        "En mann ble skutt i sentrum natt til 8. januar, opplyser politiet.",
        "Politiet pågrep to personer 8. januar om morgenen.");
    assertThat(timeline).extracting(e -> e.day().toString()).containsOnly("2025-01-08");
  }

  /**
   * A dated sentence a feed glued onto the one before it is its own timeline entry, dated by its
   * own date; a list of teasers run together with bullets is none.
   */
  @Test
  void aGluedDatedSentenceIsItsOwnTimelineEntryAndATeaserListNone() {
    Article x = new Article(new ArticleId("x"), "test", 1, null, null, "Video fra anholdelsen offentliggjort",
        "Præsidenten er forarget over den video, der fredag blev offentliggjort.7. januar blev manden stoppet af politiet "
            + "i Memphis.\nBetjente fyret • Se videoen fra i går", null, Language.DA, Map.of());
    ArticleDate saturday = ArticleDate.ofDay(LocalDate.of(2023, 1, 28));
    List<StoryDetails.TimelineEntry> timeline = Timeline.build(
        List.of(ANALYZER.analyze(x, new LanguageGuess(Language.DA, 1.0))), Arrays.asList(saturday));
    assertThat(timeline).extracting(e -> e.day() + " " + e.sentence()).containsExactly(
        "2023-01-07 7. januar blev manden stoppet af politiet i Memphis.",
        "2023-01-27 Præsidenten er forarget over den video, der fredag blev offentliggjort.");
  }

  /**
   * A page's publication stamp copied with its text ("Published: March 12, 2013 10:34 PM") is no
   * timeline entry: it says when the page appeared, which the member's date says, not what
   * happened; a short statement with a full date is one.
   */
  @Test
  void aPublicationStampIsNoTimelineEntry() {
    Article x = new Article(new ArticleId("x"), "test", 1, null, null, "Earthquake hits Iran",
        "Published: Tuesday, March 12, 2013, 10:34 PM\nA strong earthquake hit southern Iran on Monday, officials said.\n"
            + "The trial opens on March 20, 2013.", null, Language.EN, Map.of());
    ArticleDate tuesday = ArticleDate.ofDay(LocalDate.of(2013, 3, 12));
    List<StoryDetails.TimelineEntry> timeline = Timeline.build(
        List.of(ANALYZER.analyze(x, new LanguageGuess(Language.EN, 1.0))), Arrays.asList(tuesday));
    assertThat(timeline).extracting(e -> e.day() + " " + e.sentence()).containsExactly(
        "2013-03-11 A strong earthquake hit southern Iran on Monday, officials said.",
        "2013-03-20 The trial opens on March 20, 2013.");
  }

  /**
   * A dated sentence the feed cut off with an ellipsis at the end of its line is no timeline entry:
   * it is half a statement. A whole sentence before a marked cut, one that merely holds an ellipsis
   * and one whose ellipsis has more of its paragraph after it (the writer's) stay.
   */
  @Test
  void aDatedSentenceCutOffWithAnEllipsisIsNoTimelineEntry() {
    Article x = new Article(new ArticleId("x"), "test", 1, null, null, "Nytt bilverksted",
        "Mandag denne uka åpnet Birkeland Bil dørene til deres nyoppussa og...\n"
            + "Budsjettet ble avvist i parlamentet 27. oktober 2021 og presidenten Marcelo Rebelo […]\n"
            + "Kommunen søkte i mars i fjor om status som turiststad. […]\n"
            + "Tirsdag kom de første kundene … og de var fornøyde.\n"
            + "Onsdag lo vi og gråt om hverandre... Slik ble åpningen.", null, Language.NB, Map.of());
    ArticleDate friday = ArticleDate.ofDay(LocalDate.of(2025, 1, 10));
    List<StoryDetails.TimelineEntry> timeline = Timeline.build(
        List.of(ANALYZER.analyze(x, new LanguageGuess(Language.NB, 1.0))), Arrays.asList(friday));
    assertThat(timeline).extracting(StoryDetails.TimelineEntry::sentence).containsExactly(
        "Kommunen søkte i mars i fjor om status som turiststad. […]",
        "Tirsdag kom de første kundene … og de var fornøyde.",
        "Onsdag lo vi og gråt om hverandre...");
    assertThat(Timeline.cutOff("Han sa at de «ville komme tilbake…»")).isTrue();
    assertThat(Timeline.cutOff("– Tusen takk, tusen…”!")).isFalse();
    // an ellipsis set off by a space is the writer's style; a feed glues its cut to the last word or brackets it
    assertThat(Timeline.cutOff("Det kan bli lettere sagt enn gjort i mars ...")).isFalse();
    assertThat(Timeline.cutOff("Det kan bli lettere sagt enn gjort i mars …")).isFalse();
    assertThat(Timeline.cutOff("Det kan bli lettere sagt enn gjort i mars...")).isTrue();
    assertThat(Timeline.cutOff("Marcelo Rebelo […]")).isTrue();
  }

  /**
   * A feed that cuts its teaser with "[…]" appends a trailer naming the item, whose dates are the
   * headline's: neither the cut statement nor the trailer is an entry; an omission inside a quotation
   * (lower case after the mark) is not a trailer.
   */
  @Test
  void aFeedsTrailerAfterABracketedCutIsNoTimelineEntry() {
    Article x = new Article(new ArticleId("x"), "test", 1, null, null, "Vilt påkjørt",
        "Onsdag kom det inn mange meldinger om påkjørsler.\n"
            + "Det er ikke meldt om personskade etter påkjørslene, […] Denne saken Mange elg påkjørt i formiddag er "
            + "hentet fra Lokalavisa .\n"
            + "Ordføreren sa tirsdag at «vi vil […] bygge mer».", null, Language.NB, Map.of());
    ArticleDate friday = ArticleDate.ofDay(LocalDate.of(2025, 1, 10));
    List<StoryDetails.TimelineEntry> timeline = Timeline.build(
        List.of(ANALYZER.analyze(x, new LanguageGuess(Language.NB, 1.0))), Arrays.asList(friday));
    assertThat(timeline).extracting(StoryDetails.TimelineEntry::sentence).containsExactly(
        "Ordføreren sa tirsdag at «vi vil […] bygge mer».",
        "Onsdag kom det inn mange meldinger om påkjørsler.");
    String t = "Boret tørt i mars, […] The post Boret tørt i mars appeared first on Energi .";
    assertThat(t.substring(0, Timeline.trailerStart(t, 0, t.length()))).isEqualTo("Boret tørt i mars, […]");
  }

  /**
   * A dated last sentence trailing off in an ellipsis at the end of a long text (longer than a
   * feed's teaser) is the writer's and an entry; the same sentence ending a teaser-length text is a
   * cut, and a cut marked in brackets is one in a long text too.
   */
  @Test
  void anEllipsisEndingALongTextIsTheWritersNotAFeedCut() {
    String trailing = "I går kom de siste båtene inn, og det blir ingen mangel på drikke for de litt mindre ambisiøse seilerne...";
    String body = "Regattaen samlet over hundre båter fra hele landet. ".repeat(25) + trailing;
    ArticleDate day = ArticleDate.ofDay(LocalDate.of(2005, 7, 2));
    Function<String, List<String>> entries = text -> Timeline.build(
        List.of(ANALYZER.analyze(new Article(new ArticleId("x"), "test", 1, null, null, "Regatta", text, null, Language.NB,
            Map.of()), new LanguageGuess(Language.NB, 1.0))), Arrays.asList(day))
        .stream().map(StoryDetails.TimelineEntry::sentence).toList();
    assertThat(body.length()).isGreaterThan(1_000); // longer than a feed's teaser
    assertThat(entries.apply(body)).containsExactly(trailing);
    assertThat(entries.apply(trailing)).isEmpty();
    assertThat(entries.apply(body.replace("seilerne...", "seilerne […]"))).isEmpty();
  }

  /** A timeline sentence that opens a quotation the splitter cut is shown with it closed, as the summary shows it. */
  @Test
  void aTimelineSentenceLeavingAQuotationOpenIsShownClosed() {
    Article x = new Article(new ArticleId("x"), "test", 1, null, null, "Brev fra legen",
        "Fra legejournalen, 27. juli 2004: «Innkalt til time. Møtte ikke.»", null, Language.NB, Map.of());
    ArticleDate day = ArticleDate.ofDay(LocalDate.of(2012, 12, 8));
    List<StoryDetails.TimelineEntry> timeline = Timeline.build(
        List.of(ANALYZER.analyze(x, new LanguageGuess(Language.NB, 1.0))), Arrays.asList(day));
    assertThat(timeline).extracting(StoryDetails.TimelineEntry::sentence)
        .containsExactly("Fra legejournalen, 27. juli 2004: «Innkalt til time.»");
  }

  /** A link run onto its marker ("Se ogsåFilm ...") is blanked like one after a colon; prose keeps its "se også". */
  @Test
  void aLinkRunOntoItsMarkerIsBlanked() {
    assertThat(StoryBuilder.blankCrossLinks("Det skriver Ritzau. Se ogsåFilm med danske bidrag misser priser").strip())
        .isEqualTo("Det skriver Ritzau.");
    assertThat(StoryBuilder.blankCrossLinks("Det skriver Ritzau. Se også50 personer meldes dræbt").strip())
        .isEqualTo("Det skriver Ritzau.");
    assertThat(StoryBuilder.blankCrossLinks("Vi må se også på prisen. Det er dyrt."))
        .isEqualTo("Vi må se også på prisen. Det er dyrt.");
    assertThat(StoryBuilder.blankCrossLinks("Han ville se ogsåfremover. Det er dyrt."))
        .isEqualTo("Han ville se ogsåfremover. Det er dyrt.");
  }
}
