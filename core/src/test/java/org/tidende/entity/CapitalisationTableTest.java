package org.tidende.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Name-likeness from unlabeled text ({@link CapitalisationTable}, {@link CapitalisationFeatureGeneratorFactory}). */
class CapitalisationTableTest {
  private static List<String> features(CapitalisationTable table, String[] tokens, int index) {
    List<String> f = new ArrayList<>();
    new CapitalisationFeatureGeneratorFactory.Generator(table).createFeatures(f, tokens, index, new String[0]);
    return f;
  }

  @Test
  void midSentenceSharesOnly() throws Exception {
    List<List<String>> text = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      text.add(List.of("I", "går", "talte", "Rudbjerg", "med", "regeringen"));
      text.add(List.of("Regeringen", "siger", "nej")); // sentence-initial: not counted
      text.add(List.of("Han", "sagde", ":", "Regeringen", "lyver")); // after a colon: not counted
    }
    text.add(List.of("Også", "Regeringen", "talte"));
    CapitalisationTable table = CapitalisationTable.build(text);
    assertThat(table.bucket("Rudbjerg")).isEqualTo(4);
    assertThat(table.bucket("REGERINGEN")).isEqualTo(1); // 1 of 5 mid-sentence occurrences
    assertThat(table.bucket("nej")).isEqualTo(-1); // never mid-sentence
    assertThat(table.bucket("med")).isEqualTo(0);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new CapitalisationTable.Serializer().serialize(table, out);
    CapitalisationTable back = new CapitalisationTable.Serializer().create(new ByteArrayInputStream(out.toByteArray()));
    assertThat(back.size()).isEqualTo(table.size());
    assertThat(back.bucket("rudbjerg")).isEqualTo(4);

    String[] tokens = {"Rudbjerg", "og", "Regeringen", "og", "Nakskov", ",", "talte"};
    assertThat(features(back, tokens, 0)).containsExactly("cap=4", "cap0=4");
    assertThat(features(back, tokens, 2)).containsExactly("cap=1");
    assertThat(features(back, tokens, 4)).containsExactly("cap=none");
    assertThat(features(back, tokens, 5)).isEmpty();
    assertThat(features(back, tokens, 6)).containsExactly("cap=0");
  }

  @Test
  void bucketsBoundaries() {
    assertThat(CapitalisationTable.bucket(0.0)).isEqualTo((byte) 0);
    assertThat(CapitalisationTable.bucket(0.3)).isEqualTo((byte) 2);
    assertThat(CapitalisationTable.bucket(0.949)).isEqualTo((byte) 3);
    assertThat(CapitalisationTable.bucket(0.95)).isEqualTo((byte) 4);
  }
}
