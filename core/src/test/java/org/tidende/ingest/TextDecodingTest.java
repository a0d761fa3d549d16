package org.tidende.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

class TextDecodingTest {
  private static final Charset CP1252 = Charset.forName("windows-1252");

  private static byte[] join(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  @Test
  void windows1252TextIsReadAsThat() {
    byte[] b = "Bær på tur – «igjen» i Østfold".getBytes(CP1252);
    assertThat(TextDecoding.utf8(b, 0, b.length).ok()).isFalse();
    assertThat(TextDecoding.legacy(b)).contains("Bær på tur – «igjen» i Østfold");
  }

  @Test
  void utf8WithAStrayByteKeepsItsLettersAndItsEmoji() {
    byte[] b = join("Blåbær og tyttebær 🫐 i Ålesund, ".getBytes(StandardCharsets.UTF_8),
        "pris 20 £".getBytes(CP1252), " og så æøå".getBytes(StandardCharsets.UTF_8));
    assertThat(TextDecoding.utf8(b, 0, b.length).ok()).isFalse();
    assertThat(TextDecoding.legacy(b)).contains("Blåbær og tyttebær 🫐 i Ålesund, pris 20 £ og så æøå");
  }

  @Test
  void aByteOrderMarkIsDroppedAndNonTextRefused() {
    byte[] b = join(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Søndag".getBytes(CP1252));
    assertThat(TextDecoding.legacy(b)).contains("Søndag");
    byte[] noise = {(byte) 0x81, (byte) 0xC3, 0x01, 0x02, (byte) 0xFF, 0x7F, (byte) 0x90, 0x03};
    assertThat(TextDecoding.legacy(noise)).isEmpty();
  }
}
