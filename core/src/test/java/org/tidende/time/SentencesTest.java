package org.tidende.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {
  private static List<String> sentences(String text) {
    return Sentences.split(text).stream().map(s -> text.substring(s[0], s[1])).toList();
  }

  /** A day number's stop before a dash and a day number is a range of days ("10. - 16. mars"), not a sentence end. */
  @Test
  void aRangeOfDaysEndsNoSentence() {
    assertThat(sentences("VM går i Lyon 26. - 27. januar. Han kom 10. - Det var fint."))
        .containsExactly("VM går i Lyon 26. - 27. januar.", "Han kom 10.", "- Det var fint.");
  }

  /** Norwegian road numbers ("Rv. 94", riksvei; "Fv. 30", fylkesvei) end no sentence. */
  @Test
  void aRoadNumberEndsNoSentence() {
    assertThat(sentences("Rv. 94 er stengt ved Skaidi. Fv. 30 er åpen igjen fra kl. 14 i dag."))
        .containsExactly("Rv. 94 er stengt ved Skaidi.", "Fv. 30 er åpen igjen fra kl. 14 i dag.");
  }

  /** An initial and a listed abbreviation keep a sentence whole; a stop before a capital ends one. */
  @Test
  void initialsAndAbbreviationsEndNoSentence() {
    assertThat(sentences("Naboen Jens P. Hansen kom bl.a. med Mr. Smith til H.C. Andersen-prisen. Han ringte."))
        .containsExactly("Naboen Jens P. Hansen kom bl.a. med Mr. Smith til H.C. Andersen-prisen.", "Han ringte.");
  }

  /**
   * An abbreviation that announces more of its sentence ("hhv.", "tlf.", "bl. a." with its space) ends none, even
   * before a number; one that closes a list or an amount ("etc.", "kr.") ends its sentence before a capital and not
   * before a number or a dash.
   */
  @Test
  void announcingAbbreviationsEndNoSentenceAndClosingOnesEndOneBeforeACapital() {
    assertThat(sentences("Man ledes fra ved hhv. 41 Tjæreby og 46 Nyborg. Ring på tlf. 72 54 30 00 i dag."))
        .containsExactly("Man ledes fra ved hhv. 41 Tjæreby og 46 Nyborg.", "Ring på tlf. 72 54 30 00 i dag.");
    assertThat(sentences("Han kom bl. a. Mandag med f. eks. Ole. Det kom i går. Dr. Hansen ringede."))
        .containsExactly("Han kom bl. a. Mandag med f. eks. Ole.", "Det kom i går.", "Dr. Hansen ringede.");
    assertThat(sentences("Ruter til USA, Østen etc. De vil betale 4,50 kr. 1. maj og 400 000 kr. Mot det stemte SV."))
        .containsExactly("Ruter til USA, Østen etc.", "De vil betale 4,50 kr. 1. maj og 400 000 kr.", "Mot det stemte SV.");
    assertThat(sentences("Behov endres med familie, barn osv. – men jeg får med meg mye."))
        .containsExactly("Behov endres med familie, barn osv. – men jeg får med meg mye.");
  }

  /**
   * An announcing abbreviation ("stk.", "ca.") ends its sentence where the next word opens one, a
   * capitalised pronoun or article before a word in lower case; before a name (an opener followed by
   * a capital: "Det Norske Teatret"), a number or another capitalised word it ends none.
   */
  @Test
  void anAnnouncingAbbreviationEndsItsSentenceBeforeASentencesFirstWord() {
    assertThat(sentences("Prisen er 20 kr. pr. stk. Det er billigt. Han bor i sentrum ca. Han kom i går."))
        .containsExactly("Prisen er 20 kr. pr. stk.", "Det er billigt.", "Han bor i sentrum ca.", "Han kom i går.");
    assertThat(sentences("De spiller bl.a. Det Norske Teatret og ca. De Grønne i stk. 2 med bl. a. Mandag med Ole."))
        .containsExactly("De spiller bl.a. Det Norske Teatret og ca. De Grønne i stk. 2 med bl. a. Mandag med Ole.");
  }

  /** A listed abbreviation written in capitals is a name: "DR." (the broadcaster) ends a sentence, "Dr." does not. */
  @Test
  void anAbbreviationInCapitalsIsANameThatEndsASentence() {
    assertThat(sentences("Det oplyser Bankdata til DR. Hvis du er kunde, så vent. Dr. Hansen ringede."))
        .containsExactly("Det oplyser Bankdata til DR.", "Hvis du er kunde, så vent.", "Dr. Hansen ringede.");
  }

  /** Nynorsk "no" ("now") ends a sentence; "No." with a capital is the English abbreviation. */
  @Test
  void nynorskNowEndsASentence() {
    assertThat(sentences("Det er tungt for meg å slutte no. Men det er noko med byen. Han vann No. 5 i fjor."))
        .containsExactly("Det er tungt for meg å slutte no.", "Men det er noko med byen.", "Han vann No. 5 i fjor.");
  }

  /** A closing quote glued to the next sentence's capital ends the sentence ("medlemsländer.”PS: ..."). */
  @Test
  void aClosingQuoteGluedToTheNextSentenceEndsIt() {
    assertThat(sentences("Det gäller alla länder.”PS: Mötet är i morgon. Han sa \"nei.\"Neste dag kom han."
        + " «Vi kommer.»Neste uke. Wow!”Next"))
        .containsExactly("Det gäller alla länder.”", "PS: Mötet är i morgon.", "Han sa \"nei.\"", "Neste dag kom han.",
            "«Vi kommer.»", "Neste uke.", "Wow!”", "Next");
    assertThat(sentences("Det sa H.C.Andersen.")).containsExactly("Det sa H.C.Andersen.");
  }

  /** Danish quotes open with » and close with «: a stop before or after one still ends the sentence. */
  @Test
  void danishGuillemetsEndSentences() {
    assertThat(sentences("Han sagde ja.»Nej, sagde hun.« Så gik de. Hun kom i går. »Vi er klar,« sagde hun."))
        .containsExactly("Han sagde ja.", "»Nej, sagde hun.«", "Så gik de.", "Hun kom i går.", "»Vi er klar,« sagde hun.");
    // Swedish »...» and Norwegian «...» stay whole and end where they did
    assertThat(sentences("Hon sa »Vi kommer.» Sedan gick hon. Han sa: «Vi kommer.»Neste dag kom de."))
        .containsExactly("Hon sa »Vi kommer.»", "Sedan gick hon.", "Han sa: «Vi kommer.»", "Neste dag kom de.");
  }

  /** A copyright line or photo credit is a sentence of its own, and known as one. */
  @Test
  void aCopyrightLineOrPhotoCreditIsItsOwnSentence() {
    assertThat(sentences("Der Minister sprach am Dienstag. © Tagesblatt 2024."))
        .containsExactly("Der Minister sprach am Dienstag.", "© Tagesblatt 2024.");
    assertThat(sentences("Han talte i går. (Foto: Yuri Cortez © Ritzau Scanpix)Mange har mistet alt."))
        .containsExactly("Han talte i går.", "(Foto: Yuri Cortez © Ritzau Scanpix)", "Mange har mistet alt.");
    assertThat(Sentences.isCredit("© Tagesblatt 2024.")).isTrue();
    assertThat(Sentences.isCredit("Copyright 2024 Tagesblatt")).isTrue();
    assertThat(Sentences.isCredit("(Foto: Scanpix)")).isTrue();
    assertThat(Sentences.isCredit("Fotografen kom i 2024.")).isFalse();
    assertThat(Sentences.isCredit("Foto: Ola Nordmann Tirsdagens mediestunt er en klisjé.")).isFalse();
  }
}
