package org.tidende.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.tidende.TestData;
import org.tidende.model.Article;
import org.tidende.model.ArticleId;
import org.tidende.model.Language;
import org.tidende.model.LanguageGuess;

class LanguagesTest {
  private static final Function<Article, LanguageGuess> STAGE = Languages.standard();

  private static Language of(String declared, String title, String text) {
    Article a = new Article(new ArticleId("t"), "test", 1, null, null, title, text, null, Language.parse(declared), Map.of());
    return STAGE.apply(a).language();
  }

  @Test
  void aFewWordsDoNotOverruleADeclaredLanguageOfAnotherFamily() {
    // lower-cased English headlines of names and loan words (as in Google News data)
    assertThat(of("en", "frozen disney best movie", "frozen disney best movie")).isEqualTo(Language.EN);
    assertThat(of("en", "kanye west leaf nike adidas", "")).isEqualTo(Language.EN);
  }

  /**
   * A declared language the identifier has no model of stands: it could only name its nearest own
   * language (before, this French article declared "fra" was stored as English).
   */
  @Test
  void aDeclaredLanguageTheIdentifierDoesNotKnowStands() {
    String title = "Incendie sur le ferry Havørn";
    String french = "Le ferry Havørn a pris feu mardi dans la salle des machines, entre Kristiansand et Hirtshals.";
    assertThat(of("", title, french)).as("undeclared: the identifier's nearest").isEqualTo(Language.EN);
    assertThat(of("fra", title, french)).isEqualTo(Language.parse("fr"));
    assertThat(of("ru", title, french)).isEqualTo(Language.parse("ru"));
  }

  @Test
  void aLongTextOfAnotherLanguageStillOverrulesTheDeclaration() {
    String german = "Der Gemeinderat hat gestern beschlossen, dass die Schule auf der Halbinsel geschlossen wird. "
        + "Die Eltern sagen, sie seien nicht gefragt worden, und ihre Kinder müssten nun jeden Tag fahren.";
    assertThat(of("en", "", german)).isEqualTo(Language.DE);
  }

  @Test
  void withinScandinavianTheIdentifierDecidesEvenForShortTitles() {
    // a feed that labels everything "no" (read as Bokmål) and a short Nynorsk title
    assertThat(of("no", "Eg veit ikkje kva dei vil gjere no", "")).isEqualTo(Language.NN);
  }

  @Test
  void aHeadlineDoesNotMoveADeclaredLanguageToAnotherScandinavianCountrysButALongerTextDoes() {
    // Danish front-page headlines that read as Bokmål to the identifier
    for (String title : List.of("»Jeg synes, det er så synd. Jeg kan slet ikke bære det«",
        "Jeg er et sølle og dårligt menneske. Heldigvis er jeg ikke alene")) {
      assertThat(of("", title, "")).as("undeclared").isEqualTo(Language.NB);
      assertThat(of("da", title, "")).as(title).isEqualTo(Language.DA);
    }
    // a Danish essay a Norwegian outlet published under its "nb": title and lead, 40 words
    String lead = "Iværksætteren Uffe Elbæk havde nær mistet modet efter en årrække i parlamentarisk politik. Efter "
        + "samtaler med forskellige inspiratorer er han igen klar til at tro på, at morgendagen kan blive bedre for os "
        + "alle, siger han.";
    assertThat(of("nb", "Tanker fra et postkapitalistisk drømmeatelier", lead)).isEqualTo(Language.DA);
    assertThat(Languages.sameCountry(Language.NB, Language.NN)).isTrue();
    assertThat(Languages.sameCountry(Language.NB, Language.DA)).isFalse();
  }

  @Test
  void aDeclaredScandinavianLanguageStandsWhereOnlyScandinavianFunctionWordsAreFound() {
    // Danish front-page headlines full of English and German names, called English or German
    assertThat(of("da", "Christine McVie fra Fleetwood Mac er død", "")).isEqualTo(Language.DA);
    assertThat(of("da", "Horror og heavy rock er en livslang cocktail for den gode kristne Alice Cooper", ""))
        .isEqualTo(Language.DA);
    // an English sentence under "da" keeps its English: it has English function words and no Scandinavian one
    assertThat(of("da", "Catholic priests in Denmark bought child porn and stalked minors. Today they are still "
        + "working in the church", "")).isEqualTo(Language.EN);
    // undeclared, the identifier decides as before
    assertThat(of("", "Christine McVie fra Fleetwood Mac er død", "")).isNotEqualTo(Language.DA);
  }

  @Test
  void aTitleTheTextStartsWithIsReadOnce() throws IOException {
    assertThat(Languages.titleOnce(new Article(new ArticleId("t"), "test", 1, null, null, "Brann i Bodø",
        "Brann i Bodø Det brenn i eit hus.", null, Language.NN, Map.of()))).isEqualTo("Brann i Bodø Det brenn i eit hus.");
    assertThat(Languages.titleOnce(new Article(new ArticleId("t"), "test", 1, null, null, "Brann i Bodø",
        "Det brenn i eit hus.", null, Language.NN, Map.of()))).isEqualTo("Brann i Bodø\n\nDet brenn i eit hus.");
    // a Bokmål feed item whose title, read twice, had it decided Danish at 0.9994
    Path file = TestData.sharedOrSkip("data/scandinavian/no-rss-2025-01.jsonl");
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(file)) {
      JsonNode n = json.readTree(line);
      if (n.path("id").asText().equals("nn2025-dc9ea23db752")) {
        assertThat(n.path("text").asText()).startsWith(n.path("title").asText());
        assertThat(of("nb", n.path("title").asText(), n.path("text").asText())).isEqualTo(Language.NB);
        return;
      }
    }
    throw new AssertionError("nn2025-dc9ea23db752 not found in " + file);
  }

  @Test
  void wordsCountsUpToTheLimit() {
    assertThat(Languages.words("  to  ord ", 8)).isEqualTo(2);
    assertThat(Languages.words("a b c d e f g h i j", 8)).isEqualTo(8);
    assertThat(Languages.words("", 8)).isZero();
  }
}
