package org.tidende.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageTest {
  private static List<String> filter(String v) {
    return Language.parseFilter(v).stream().map(Language::code).toList();
  }

  @Test
  void aFilterReadsCodesAsUsersWriteThem() {
    assertThat(filter("NN")).containsExactly("nn");
    assertThat(filter("nob")).containsExactly("nb");
    assertThat(filter("swe")).containsExactly("sv");
    assertThat(filter("dan")).containsExactly("da");
    assertThat(filter("eng")).containsExactly("en");
    assertThat(filter("en-GB")).containsExactly("en");
    assertThat(filter("fre")).containsExactly("fr");
    assertThat(filter("rus")).containsExactly("ru");
    assertThat(filter("ru")).containsExactly("ru");
    assertThat(filter("und")).containsExactly("und");
    // Norwegian is both its written standards, as a reader asking for it means
    assertThat(filter("no")).containsExactly("nb", "nn");
    assertThat(filter("NOR")).containsExactly("nb", "nn");
    assertThat(filter("nb, da,nb")).containsExactly("nb", "da");
  }

  @Test
  void writtenCodesAreEveryCodeReadAsTheLanguage() {
    assertThat(Language.parse("fr").writtenCodes()).containsExactlyInAnyOrder("fr", "fra", "fre").first().isEqualTo("fr");
    assertThat(Language.NB.writtenCodes()).containsExactlyInAnyOrder("nb", "nob", "no", "nor");
    assertThat(Language.DE.writtenCodes()).containsExactlyInAnyOrder("de", "deu", "ger");
    assertThat(Language.UND.writtenCodes()).containsExactly("und");
    assertThat(new Language("xq").writtenCodes()).containsExactly("xq");
  }

  @Test
  void aFilterRefusesWhatIsNoLanguageCode() {
    for (String bad : List.of("x1", "qq", "xyz", "nø", "", "nb,")) {
      assertThatThrownBy(() -> Language.parseFilter(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(bad.isEmpty() || bad.endsWith(",") ? "an empty language code" : "not a language code: '" + bad + "'");
    }
    assertThatThrownBy(() -> Language.parseFilter("norwegian"))
        .hasMessage("not a language code: 'norwegian' (Norwegian is no: nb and nn)");
    assertThatThrownBy(() -> Language.parseFilter("Danish")).hasMessage("not a language code: 'Danish' (Danish is da)");
    // a language's own name, and the second word of a two-word one; before, only the English name was named
    assertThatThrownBy(() -> Language.parseFilter("dansk")).hasMessage("not a language code: 'dansk' (Danish is da)");
    assertThatThrownBy(() -> Language.parseFilter("svenska")).hasMessage("not a language code: 'svenska' (Swedish is sv)");
    assertThatThrownBy(() -> Language.parseFilter("norsk")).hasMessage("not a language code: 'norsk' (Norwegian is no: nb and nn)");
    assertThatThrownBy(() -> Language.parseFilter("Nynorsk")).hasMessage("not a language code: 'Nynorsk' (Norwegian Nynorsk is nn)");
    assertThatThrownBy(() -> Language.parseFilter("bokmål")).hasMessage("not a language code: 'bokmål' (Norwegian Bokmål is nb)");
  }

  @Test
  void parseStillReadsWhatSourcesDeclare() {
    assertThat(Language.parse("no")).isEqualTo(Language.NB);
    assertThat(Language.parse("xyz").code()).isEqualTo("xyz");
    assertThat(Language.parse("fra").code()).isEqualTo("fr");
    assertThat(Language.parse("norwegian")).isEqualTo(Language.UND);
    assertThat(new Language("ru").englishName()).isEqualTo("Russian");
    assertThat(Language.NB.englishName()).isEqualTo("Norwegian Bokmål");
  }
}
