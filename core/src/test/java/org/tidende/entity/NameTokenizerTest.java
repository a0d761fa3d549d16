package org.tidende.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameTokenizerTest {
  private static List<String> words(List<NameTokenizer.Token> s) {
    return s.stream().map(NameTokenizer.Token::text).toList();
  }

  @Test
  void splitsPunctuationKeepsHyphensInitialsAndNumbers() {
    String text = "Mette-Marit og J. Usjakov kom kl. 20.25 til Oslo, sa «NRK».";
    List<List<NameTokenizer.Token>> s = NameTokenizer.sentences(text);
    assertThat(s).hasSize(1);
    assertThat(words(s.get(0))).containsExactly("Mette-Marit", "og", "J.", "Usjakov", "kom", "kl.", "20.25",
        "til", "Oslo", ",", "sa", "«", "NRK", "»", ".");
    for (NameTokenizer.Token t : s.get(0)) {
      assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
    }
  }

  @Test
  void sentencesEndAtStopsBeforeCapitalsAndAtLineBreaks() {
    List<List<NameTokenizer.Token>> s = NameTokenizer.sentences("Han kom. Hun gikk! og så\nNy linje");
    assertThat(s).hasSize(3);
    assertThat(words(s.get(0))).containsExactly("Han", "kom", ".");
    assertThat(words(s.get(1))).containsExactly("Hun", "gikk", "!", "og", "så");
    assertThat(words(s.get(2))).containsExactly("Ny", "linje");
  }

  @Test
  void aColonBeforeACapitalStartsASentenceUnlessItFollowsACapitalisedWord() {
    List<List<NameTokenizer.Token>> s = NameTokenizer.sentences(
        "Derfor var 2024 et år for historiebøkene: Forventer nye rekorder");
    assertThat(s).hasSize(2);
    assertThat(words(s.get(0))).endsWith("historiebøkene", ":");
    assertThat(words(s.get(1))).containsExactly("Forventer", "nye", "rekorder");
    assertThat(NameTokenizer.sentences("Bekreftet: Høgmo klar for Molde")).hasSize(2);
    assertThat(NameTokenizer.sentences("Her er «Guitar Hero: World Tour» i test")).hasSize(1);
    assertThat(NameTokenizer.sentences("Klokka var 20:25 da han sa: nei")).hasSize(1);
    assertThat(NameTokenizer.sentences("Bekreftet: Høgmo klar for Molde", false)).as("for the fallback's languages").hasSize(1);
  }

  @Test
  void aSuspendedHyphenStaysOnItsWordAsTheTreebanksWriteIt() {
    List<List<NameTokenizer.Token>> s = NameTokenizer.sentences("Landbruks- og matdepartementet vil, sa Per - og gikk.");
    assertThat(words(s.get(0))).containsExactly("Landbruks-", "og", "matdepartementet", "vil", ",", "sa", "Per", "-",
        "og", "gikk", ".");
  }

  @Test
  void emptyAndGarbageInputNeverThrow() {
    assertThat(NameTokenizer.sentences(null)).isEmpty();
    assertThat(NameTokenizer.sentences("")).isEmpty();
    assertThat(NameTokenizer.sentences(" \n\t ")).isEmpty();
    String garbage = "\u0000\uFFFD\uD800x\uDC00 ..... ---- ''' \u200b\u00ad 🙂🙂 a-";
    List<List<NameTokenizer.Token>> s = NameTokenizer.sentences(garbage);
    for (List<NameTokenizer.Token> sentence : s) {
      for (NameTokenizer.Token t : sentence) {
        assertThat(t.text()).isNotEmpty().isEqualTo(garbage.substring(t.start(), t.end()));
      }
    }
  }
}
