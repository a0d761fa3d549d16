package org.tidende.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordClustersTest {
  @Test
  void wordsInTheSameContextsShareAPathPrefix() {
    List<List<String>> text = new ArrayList<>();
    List<String> cities = List.of("Oslo", "Bergen", "Tromsø", "Bodø");
    List<String> people = List.of("Per", "Kari", "Ola", "Anne");
    List<String> verbs = List.of("sang", "løp", "sov", "lo");
    for (int i = 0; i < 40; i++) {
      text.add(List.of("han", "bor", "i", cities.get(i % 4), "nå"));
      text.add(List.of("hun", "reiste", "til", cities.get((i + 1) % 4), "."));
      text.add(List.of(people.get(i % 4), verbs.get(i % 4), "i", "går"));
      text.add(List.of("i", "dag", "sa", people.get((i + 2) % 4), "nei"));
    }
    Map<String, String> paths = new WordClusters(3, 50, 6, 42).learn(text);
    assertThat(paths).containsKeys("Oslo", "Per");
    int sameCity = common(paths.get("Oslo"), paths.get("Bergen"));
    int cross = common(paths.get("Oslo"), paths.get("Kari"));
    assertThat(sameCity).isGreaterThan(cross);
    assertThat(new WordClusters(3, 50, 6, 42).learn(text)).isEqualTo(paths); // deterministic
  }

  @Test
  void writesSortedWordPathLines() throws Exception {
    StringWriter w = new StringWriter();
    WordClusters.write(Map.of("b", "01", "a", "1"), w);
    assertThat(w.toString()).isEqualTo("a 1\nb 01\n");
  }

  private static int common(String a, String b) {
    int k = 0;
    while (k < a.length() && k < b.length() && a.charAt(k) == b.charAt(k)) {
      k++;
    }
    return k;
  }
}
