package org.tidende.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CapitalisedNameRecognizerTest {
  private final CapitalisedNameRecognizer fallback = CapitalisedNameRecognizer.load();

  private static List<String> tokens(String s) {
    return Arrays.asList(s.split(" "));
  }

  private static String cover(List<String> tokens, NameSpan n) {
    return String.join(" ", tokens.subList(n.start(), n.end()));
  }

  @Test
  void findsAndTypesEnglishNames() {
    List<String> t = tokens("The talks between Mr Vladimir Putin and officials of Acme Holdings Inc in Geneva "
        + "ended on Monday , the University of Oslo said .");
    List<NameSpan> names = fallback.recognize(t);
    assertThat(names).extracting(n -> cover(t, n) + "/" + n.type()).containsExactly(
        "Vladimir Putin/PER", "Acme Holdings Inc/ORG", "Geneva/LOC", "University of Oslo/ORG");
  }

  @Test
  void dropsSentenceInitialFunctionWordsAndTypesRepeatsFromTheDocument() {
    List<String> a = tokens("Yesterday Anna Lindqvist won .");
    List<String> b = tokens("Lindqvist said the Chinese team lost .");
    List<List<NameSpan>> names = fallback.recognizeDocument(List.of(a, b));
    assertThat(names.get(0)).extracting(n -> cover(a, n) + "/" + n.type()).containsExactly("Anna Lindqvist/PER");
    assertThat(names.get(1)).extracting(n -> cover(b, n) + "/" + n.type())
        .containsExactly("Lindqvist/PER", "Chinese/MISC");
  }

  @Test
  void acronymsAreOrganisationsAndLowerCaseTextHasNoNames() {
    List<String> t = tokens("officials at the FBI and NATO said so");
    assertThat(fallback.recognize(t)).extracting(NameSpan::type).containsExactly(EntityType.ORG, EntityType.ORG);
    assertThat(fallback.recognize(tokens("nothing here is a name"))).isEmpty();
    assertThat(fallback.recognize(List.of())).isEmpty();
    assertThat(fallback.recognize(Arrays.asList("A", null, "", "B"))).isNotNull();
  }
}
