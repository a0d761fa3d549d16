package org.tidende.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class ArticleAnalyzerNumbersTest {

  @Test
  void readsNumbersAsWritten() {
    assertThat(ArticleAnalyzer.numbers("Salget steg 4,8 pct. til 300.000 kr i 2025, og 300 000 i fjor; B52 og 7"))
        .containsExactly("4.8", "300000", "2025");
    assertThat(ArticleAnalyzer.numbers("1.234.567 og 12,5,6 og a1 og 1a og .5 og 2024-25")).containsExactly("1234567", "12.5", "2024", "25");
  }

  /** Tried only at digits, the numbers are those a find() over the whole text gives, on random texts. */
  @Test
  void theSameNumbersAsAFindOverTheWholeText() {
    Random r = new Random(11);
    String alphabet = "0123456789012345 .,.,aZæ-\n(";
    for (int t = 0; t < 20_000; t++) {
      StringBuilder b = new StringBuilder();
      int n = r.nextInt(40);
      for (int i = 0; i < n; i++) {
        b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String text = b.toString();
      assertThat(ArticleAnalyzer.numbers(text)).as(text).isEqualTo(reference(text));
    }
  }

  private static List<String> reference(String text) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    Matcher m = ArticleAnalyzer.numberMatcher(text);
    while (m.find()) {
      String n = ArticleAnalyzer.normalisedNumber(m.group());
      if (n.length() >= 2) {
        out.add(n);
      }
    }
    return new ArrayList<>(out);
  }
}
