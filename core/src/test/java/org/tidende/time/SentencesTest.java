package org.tidende.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {
  private static List<String> sentences(String text) {
    return Sentences.split(text).stream().map(s -> text.substring(s[0], s[1])).toList();
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
}
