package org.tidende.langid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class FeatureTableTest {

  @Test
  void findsEachKeysRowAndNothingForAnAbsentKey() throws IOException {
    long[] keys = {0L, 17L, 17L + 1024, -5L, 99L};
    float[] w = new float[keys.length * 3];
    for (int i = 0; i < w.length; i++) {
      w[i] = i;
    }
    FeatureTable t = FeatureTable.quantise(3, keys, w);
    assertThat(t.size()).isEqualTo(5);
    for (int r = 0; r < keys.length; r++) {
      float[] acc = new float[3];
      assertThat(t.accumulate(keys[r], acc)).isTrue();
      for (int c = 0; c < 3; c++) { // step (14 / 255) quantises i to within half a step
        assertThat(acc[c]).isCloseTo(r * 3 + c, Offset.offset(0.03f));
      }
    }
    float[] acc = new float[3];
    assertThat(t.accumulate(12345L, acc)).isFalse();
    assertThat(acc).containsOnly(0f);
    assertThat(t.row(12345L)).isEqualTo(-1);

    // Written rows stay in key order: read back and written again gives the same bytes.
    ByteArrayOutputStream a = new ByteArrayOutputStream();
    t.write(new DataOutputStream(a));
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    FeatureTable.read(new DataInputStream(new ByteArrayInputStream(a.toByteArray()))).write(new DataOutputStream(b));
    assertThat(b.toByteArray()).isEqualTo(a.toByteArray());
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(a.toByteArray()));
    assertThat(in.readInt()).isEqualTo(3);
    assertThat(in.readInt()).isEqualTo(5);
    in.readFloat();
    in.readFloat();
    assertThat(new long[] {in.readLong(), in.readLong(), in.readLong(), in.readLong(), in.readLong()})
        .containsExactly(1L, 17L, 17L + 1024, -5L, 99L); // key 0 is stored as 1
  }

  @Test
  void theBundledModelWrittenAgainIsTheSameModel() throws IOException {
    byte[] bundled;
    try (InputStream raw = LanguageIdentifier.class.getResourceAsStream("langid-model.bin.gz")) {
      bundled = raw.readAllBytes();
    }
    LanguageModel m = LanguageModel.read(new ByteArrayInputStream(bundled));
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    m.write(again);
    assertThat(gunzip(again.toByteArray())).isEqualTo(gunzip(bundled));
  }

  private static byte[] gunzip(byte[] gz) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
      return in.readAllBytes();
    }
  }
}
