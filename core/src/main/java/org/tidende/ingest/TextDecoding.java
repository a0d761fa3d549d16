package org.tidende.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Strict byte-to-text decoding shared by the readers. Stateless and thread-safe. */
public final class TextDecoding {
  private TextDecoding() {}

  /** The result of a strict UTF-8 decode: the text, or the byte offset of the first bad byte. */
  public record Decoded(String text, int badOffset) {
    public boolean ok() {
      return badOffset < 0;
    }
  }

  /** Decodes strictly as UTF-8, dropping a leading BOM; reports the first malformed byte's offset. */
  public static Decoded utf8(byte[] bytes, int from, int to) {
    int start = from;
    if (to - from >= 3 && (bytes[from] & 0xff) == 0xEF && (bytes[from + 1] & 0xff) == 0xBB
        && (bytes[from + 2] & 0xff) == 0xBF) {
      start += 3;
    }
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, to - start);
    try {
      CharBuffer out = dec.decode(in);
      return new Decoded(out.toString(), -1);
    } catch (MalformedInputException e) {
      return new Decoded(null, in.position() - from);
    } catch (CharacterCodingException e) {
      return new Decoded(null, in.position() - from);
    }
  }

  /** True when the bytes look binary: a NUL byte, or more than 10 % control characters, in the first 8 KiB. */
  public static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    return n > 0 && control * 10 > n;
  }

  /**
   * Decodes text that is not UTF-8 as Windows-1252 (the usual legacy charset of Scandinavian text),
   * when the result is mostly letters; empty otherwise.
   */
  public static Optional<String> legacy(byte[] bytes) {
    return legacy(bytes, 0, bytes.length);
  }

  /** {@link #legacy(byte[])} of {@code bytes[from, to)}. */
  public static Optional<String> legacy(byte[] bytes, int from, int to) {
    String s = new String(bytes, from, to - from, Charset.forName("windows-1252"));
    long letters = s.codePoints().filter(Character::isLetter).count();
    long printable = s.codePoints().filter(c -> !Character.isISOControl(c) || Character.isWhitespace(c)).count();
    return letters * 2 > s.length() * 0.6 && printable == s.length() ? Optional.of(s) : Optional.empty();
  }
}
