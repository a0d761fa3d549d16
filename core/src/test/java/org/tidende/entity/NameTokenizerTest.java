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
