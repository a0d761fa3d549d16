package org.tidende.langid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tidende.model.Language;
import org.tidende.model.LanguageGuess;

class LanguageIdentifierTest {
  private static final LanguageIdentifier ID = LanguageIdentifier.load();

  /** Short articles written for this test, one per language. */
  static Stream<Arguments> articles() {
    return Stream.of(
        Arguments.of(Language.NN, "Kommunestyret vedtok i går at skulen på Nordneset skal leggjast ned. "
            + "Foreldra meiner at dei ikkje har fått vere med i prosessen, og seier at borna no må reise "
            + "over ein time kvar dag. – Eg forstår ikkje korleis dei kan gjere dette, seier ho."),
        Arguments.of(Language.NB, "Kommunestyret vedtok i går at skolen på Nordneset skal legges ned. "
            + "Foreldrene mener at de ikke har fått være med i prosessen, og sier at barna nå må reise "
            + "over en time hver dag. – Jeg forstår ikke hvordan de kan gjøre dette, sier hun."),
        Arguments.of(Language.DA, "Byrådet besluttede i går, at skolen på Nordnæs skal lukkes. "
            + "Forældrene mener, at de ikke er blevet hørt, og siger, at børnene nu skal køre mere end "
            + "en time hver dag. – Jeg forstår ikke, hvordan de kan gøre det, siger hun."),
        Arguments.of(Language.SV, "Kommunfullmäktige beslutade i går att skolan på Nordnäset ska läggas "
            + "ned. Föräldrarna menar att de inte har fått vara med i processen och säger att barnen nu "
            + "måste åka över en timme varje dag. – Jag förstår inte hur de kan göra så, säger hon."),
        Arguments.of(Language.EN, "The town council decided yesterday that the school on the headland will "
            + "close. Parents say they were never consulted and that their children will now travel "
            + "more than an hour each day. 'I do not understand how they can do this,' she said."),
        Arguments.of(Language.DE, "Der Gemeinderat hat gestern beschlossen, dass die Schule auf der "
            + "Halbinsel geschlossen wird. Die Eltern sagen, sie seien nicht gefragt worden, und ihre "
            + "Kinder müssten nun jeden Tag mehr als eine Stunde fahren."),
        Arguments.of(Language.ES, "El ayuntamiento decidió ayer que la escuela de la península cerrará. "
            + "Los padres dicen que nunca fueron consultados y que sus hijos tendrán que viajar más de "
            + "una hora cada día. «No entiendo cómo pueden hacer esto», dijo ella."));
  }

  /** Headlines of 3–10 words written for this test. */
  static Stream<Arguments> titles() {
    return Stream.of(
        Arguments.of(Language.NN, "Dei vil ikkje ha ny veg gjennom bygda"),
        Arguments.of(Language.NB, "Regjeringen vil ikke gi mer penger til sykehusene"),
        Arguments.of(Language.DA, "Regeringen vil ikke give flere penge til hospitalerne"),
        Arguments.of(Language.SV, "Regeringen vill inte ge mer pengar till sjukhusen"),
        Arguments.of(Language.EN, "Government refuses more money for hospitals"),
        Arguments.of(Language.DE, "Regierung verweigert mehr Geld für Krankenhäuser"),
        Arguments.of(Language.ES, "El gobierno no dará más dinero a los hospitales"));
  }

  @ParameterizedTest
  @MethodSource("articles")
  void identifiesArticles(Language expected, String text) {
    LanguageGuess g = ID.identify(text);
    assertThat(g.language()).isEqualTo(expected);
    assertThat(g.confidence()).isGreaterThan(0.9);
  }

  @ParameterizedTest
  @MethodSource("titles")
  void identifiesTitles(Language expected, String title) {
    assertThat(ID.identify(title).language()).isEqualTo(expected);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "12345 678,90 %", "!!! ??? ... ---", "\u0000\u0001\u0002\uFFFD\uFFFF", "\uD800", "http://",
      "€€€ 2024-01-01 12:00"})
  void garbageIsUndWithoutThrowing(String text) {
    LanguageGuess g = ID.identify(text);
    assertThat(g.language()).isEqualTo(Language.UND);
    assertThat(ID.scores(text).values()).allMatch(p -> p >= 0 && p <= 1);
  }

  @Test
  void binaryBytesNeverThrow() {
    byte[] bytes = new byte[4096];
    long x = 42;
    for (int i = 0; i < bytes.length; i++) {
      x = x * 6364136223846793005L + 1442695040888963407L;
      bytes[i] = (byte) (x >>> 56);
    }
    String text = new String(bytes, StandardCharsets.ISO_8859_1) + new String(bytes, StandardCharsets.UTF_8);
    assertThatCode(() -> ID.identify(text, Language.NB)).doesNotThrowAnyException();
    assertThat(ID.identify(text).confidence()).isBetween(0.0, 1.0);
  }

  @Test
  void unsupportedLanguageIsUnd() {
    assertThat(ID.identify("Hallitus päätti eilen, että koulu suljetaan ensi vuonna, vaikka vanhemmat vastustivat sitä.")
        .language()).isEqualTo(Language.UND);
  }

  @Test
  void isDeterministic() {
    String text = "Foreldra meiner at dei ikkje har fått vere med i prosessen.";
    LanguageGuess first = ID.identify(text);
    Map<Language, Double> scores = ID.scores(text);
    for (int i = 0; i < 20; i++) {
      assertThat(ID.identify(text)).isEqualTo(first);
      assertThat(ID.scores(text)).isEqualTo(scores);
    }
    assertThat(LanguageIdentifier.load()).isSameAs(ID);
  }

  @Test
  void hintTipsAnAmbiguousTitleButNotClearText() {
    String ambiguous = "Han var på tur";
    LanguageGuess asNynorsk = ID.identify(ambiguous, Language.NN);
    LanguageGuess asBokmal = ID.identify(ambiguous, Language.NB);
    assertThat(asNynorsk.language()).isIn(Language.NN, Language.UND);
    assertThat(asBokmal.language()).isIn(Language.NB, Language.UND);
    assertThat(asNynorsk).isNotEqualTo(asBokmal);
    String nynorsk = "Eg veit ikkje kva dei skal gjere no, men dei må finne ei løysing før hausten kjem.";
    assertThat(ID.identify(nynorsk, Language.parse("no")).language()).isEqualTo(Language.NN);
    assertThat(ID.identify(nynorsk, Language.UND)).isEqualTo(ID.identify(nynorsk));
  }

  @Test
  void scoresCoverSupportedLanguagesAndSumToAtMostOne() {
    Map<Language, Double> s = ID.scores("Det er ikke noe problem når man har penger.");
    assertThat(s.keySet()).containsExactlyElementsOf(Language.SUPPORTED);
    assertThat(s.values().stream().mapToDouble(Double::doubleValue).sum()).isLessThanOrEqualTo(1.0 + 1e-9);
    assertThat(s.get(Language.NB)).isGreaterThan(0.5);
  }

  @Test
  void namesDoNotDecideBetweenBokmalAndNynorsk() {
    String bokmal = "Styret i Sunnfjord Energi har i dag inngått en avtale med Førde Kommune og Fjaler Sparebank "
        + "om kjøp av kraftverket.";
    String nynorsk = "Styret i Sunnfjord Energi har i dag gjort ein avtale med Førde kommune om kjøp av kraftverket.";
    assertThat(ID.identify(bokmal).language()).isEqualTo(Language.NB);
    assertThat(ID.identify(nynorsk).language()).isEqualTo(Language.NN);
    String elsewhere = bokmal.replace("Sunnfjord", "Romerike").replace("Førde", "Lillestrøm").replace("Fjaler", "Skedsmo");
    assertThat(bokmalShare(elsewhere)).isCloseTo(bokmalShare(bokmal), Offset.offset(0.02));
  }

  @Test
  void namesDoNotDecideTheCountryWhenPlainWordsDo() {
    // Bokmål headlines about Greenland: the names (Trumps, Grønland) lean Danish, the plain words Bokmål
    assertThat(ID.identify("Storbritannia fordømmer ikke Trumps Grønland-uttalelse").language()).isEqualTo(Language.NB);
    assertThat(ID.identify("USA har ikke planer om økt militær tilstedeværelse på Grønland. USA har for øyeblikket "
        + "ingen planer om økt militære tilstedeværelse på Grønland, sier en talsperson for den amerikanske "
        + "ambassaden i Danmark til Reuters.").language()).isEqualTo(Language.NB);
    // where the plain words cannot tell the country, the names still do
    assertThat(ID.identify("Det Jordbrugsvidenskabelige Fakultet, Aarhus Universitet, og Dansk Landbrugsrådgivning.")
        .language()).isEqualTo(Language.DA);
  }

  @Test
  void readingDoesNotStopOnAFamilyTheFunctionWordsOverrule() {
    // the first chunk is English firm names, whose letters decide "English"; the veto then gave the
    // Scandinavian mass of that chunk alone (names leaning Swedish) instead of reading on
    String text = "Westcon Power & Automation tildelt stor Odfjell-avtale. Westcon Power & Automation AS (Westcon "
        + "P&A) har blitt tildelt rammeavtale for inspeksjon, vedlikehold og installasjonstjenester opp mot elektrisk "
        + "utstyr samt ingeniørtjenester for Odfjell Drilling, Odfjell Technology og Odfjell Oceanwind. Avtalen "
        + "gjelder på tvers av alle Odfjell-selskapene og er potensielt den største avtalen i Westcon P&As "
        + "historie, heter det i en melding.";
    assertThat(ID.identify(text).language()).isEqualTo(Language.NB);
  }

  private static double bokmalShare(String text) {
    Map<Language, Double> s = ID.scores(text);
    return s.get(Language.NB) / (s.get(Language.NB) + s.get(Language.NN));
  }

  @Test
  void scandinavianFunctionWordsOverruleGermanLetters() {
    // letters (Leipzig, Dortmund, Bayern) look German; "og" and "på" are Scandinavian function words
    assertThat(ID.identify("Leipzig og Dortmund haler ind på Bayern").language()).isEqualTo(Language.DA);
    // a German sentence with a Scandinavian name in it keeps its own function words, and stays German
    assertThat(ID.identify("Die Band Kim og Sol spielt heute in Berlin").language()).isEqualTo(Language.DE);
    assertThat(ID.identify("The band played Mannheim and Dortmund with Kim og Sol").language()).isEqualTo(Language.EN);
  }

  @Test
  void functionWordVetoNeedsTwoDistinctWordsAndNoneOfTheWinner() {
    assertThat(FunctionWords.vetoes("Leipzig og Dortmund haler ind på Bayern", Language.DE, 2000)).isTrue();
    assertThat(FunctionWords.vetoes("Leipzig og Dortmund og Bayern", Language.DE, 2000)).isFalse();
    assertThat(FunctionWords.vetoes("Leipzig og Dortmund und Bayern på", Language.DE, 2000)).isFalse();
    // "en", "de", "for" are function words of English or German too, so they never count
    assertThat(FunctionWords.vetoes("en de for", Language.ES, 2000)).isFalse();
    assertThat(FunctionWords.vetoes("og på", Language.NB, 2000)).isFalse();
  }

  @Test
  void anEnglishOrSpanishFunctionWordInsideANameDoesNotBlockTheVeto() {
    assertThat(FunctionWords.vetoes("Hun er en af mekanikerne bag One Direction og 5 Seconds of Summer", Language.EN, 2000))
        .isTrue();
    assertThat(FunctionWords.vetoes("Er du vild med The Office og Parks and Recreation? Så skal du se den", Language.EN, 2000))
        .isTrue();
    assertThat(FunctionWords.vetoes("Rayo Vallecano drillede igen Barcelona i La Liga og på", Language.ES, 2000)).isTrue();
    // outside a name it is the sentence's; a first word is not taken for a name's; German nouns are capitalised
    assertThat(FunctionWords.vetoes("Priests in Denmark og på hver", Language.EN, 2000)).isFalse();
    assertThat(FunctionWords.vetoes("The Church og på hver", Language.EN, 2000)).isFalse();
    assertThat(FunctionWords.vetoes("Kinder und Jugendliche og på hver", Language.DE, 2000)).isFalse();
  }

  @Test
  void danishTwoAndTownAndAnAbbreviationsLettersAreNoEnglishFunctionWords() {
    assertThat(FunctionWords.vetoes("Uhre lynede to gange for Philadelphia i nederlag til Montreal", Language.EN, 2000))
        .isTrue();
    assertThat(FunctionWords.vetoes("Westcon Power & Automation AS (Westcon P&A) har blitt tildelt rammeavtale opp mot "
        + "Odfjell Drilling og er den største i Westcon P&As historie", Language.EN, 2000)).isTrue();
    // a real English article still blocks it
    assertThat(FunctionWords.vetoes("A deal for Westcon og Odfjell på", Language.EN, 2000)).isFalse();
    assertThat(FunctionWords.vetoes("Westcon got a deal og Odfjell på", Language.EN, 2000)).isFalse();
  }

  @Test
  void singleAmbiguousWordIsUnd() {
    assertThat(ID.identify("og").language()).isEqualTo(Language.UND);
  }

  @Test
  void namesDoNotOutvoteADeclaredNynorskText() {
    String text = "Kim og Putin møttest i Vladivostok\n\nNordkoreas leiar Kim Jong-un møtte Russlands president "
        + "Vladimir Putin i Vladivostok torsdag.";
    assertThat(LanguageIdentifier.load().identify(text, Language.NN).language()).isEqualTo(Language.NN);
  }

  @Test
  void aTextBeyondDoubtIsNotUndForRounding() {
    // its Nynorsk posterior comes out one ulp above 1; it was answered und at confidence 0
    String text = "Ferja fekk motorstopp - no er reiarlaget kritisert\n\nVegen vart stengd etter eit ras";
    LanguageGuess g = ID.identify(text);
    assertThat(g.language()).isEqualTo(Language.NN);
    assertThat(g.confidence()).isBetween(0.99, 1.0);
    assertThat(ID.scores(text).values()).allMatch(p -> p >= 0 && p <= 1);
  }

  @Test
  void functionWordsSharedWithScandinavianDoNotBlockTheVeto() {
    // "er", "for", "at" are German or English function words too; they once kept these titles German or English
    assertThat(FunctionWords.vetoes("Bayern München er klar til finalen i Wien", Language.DE, 2000)).isTrue();
    assertThat(FunctionWords.vetoes("Tap mot Brighton og Everton, alt for dårlig", Language.EN, 2000)).isTrue();
    assertThat(ID.identify("Bayern München er klar til finalen i Wien").language().isScandinavian()).isTrue();
    assertThat(ID.identify("Rolling Stones Hackney Diamonds er årets album for mange af os").language())
        .isEqualTo(Language.DA);
    assertThat(ID.identify("Westham United Hotspur Wolverhampton: Tap mot Brighton og Everton, alt for dårlig")
        .language().isScandinavian()).isTrue();
    // a function word of the winner alone still stops it
    assertThat(ID.identify("Schalke und Gladbach er klar til finalen i Wien").language()).isEqualTo(Language.DE);
    assertThat(ID.identify("Die Mannschaft er klar til finalen i Wien").language()).isEqualTo(Language.DE);
  }
}
