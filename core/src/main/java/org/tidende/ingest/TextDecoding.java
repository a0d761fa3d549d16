package org.tidende.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.LongConsumer;

/** Strict byte-to-text decoding shared by the readers. Stateless and thread-safe. */
public final class TextDecoding {
  private TextDecoding() {}

  /**
   * What a warning that bytes were read as Windows-1252 adds, once per file: how to have them read
   * in the charset they are in. Text and JSON Lines declare no charset, so the way is to convert
   * them, {@code file} named in the command ({@code stdin}: the pipe); a feed or page may declare one
   * instead ({@code declared}: how, or null). Until session 38 the warning said only "read as
   * Windows-1252", and Shift_JIS text came out as "’n�k‚Ì" with nothing saying what to do.
   */
  public static String notUtf8Hint(String file, String declared) {
    String convert;
    if (file.matches("(?i)https?://.*")) {
      convert = null; // a feed's address: only its publisher can change it
    } else if (file.equals("stdin")) {
      convert = "convert it to UTF-8 before the pipe, e.g. | iconv -f SHIFT_JIS -t UTF-8 |";
    } else {
      String name = file.substring(file.lastIndexOf('/') + 1);
      convert = "convert it to UTF-8, e.g. iconv -f SHIFT_JIS -t UTF-8 " + quoted(file) + " > " + quoted("utf8-" + name);
    }
    return "if it is in another encoding, such as Shift_JIS, GB18030 or KOI8-R, "
        + (declared == null ? convert : convert == null ? declared : declared + ", or " + convert);
  }

  private static String quoted(String s) {
    return s.matches("[A-Za-z0-9._/:@%+=,-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
  }

  /** Each byte's character in Windows-1252 (its five unassigned bytes as U+FFFD). */
  private static final char[] WINDOWS_1252 = new String(allBytes(), Charset.forName("windows-1252")).toCharArray();

  private static byte[] allBytes() {
    byte[] b = new byte[256];
    for (int i = 0; i < 256; i++) {
      b[i] = (byte) i;
    }
    return b;
  }

  /**
   * The result of a decode: the text (for a strict UTF-8 decode, null when the bytes are not
   * UTF-8), and the byte offset of the first byte that is not UTF-8, or -1.
   */
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

  /**
   * Text with stray NUL bytes, the NULs dropped; or null when {@code bytes} have none or are no such
   * text. Stray: the NULs trailing the text (a file padded by a crash or a preallocating writer),
   * and those inside it at most one byte in a hundred (or one), with other control characters (not tab, line
   * feed, carriage return, form feed) at most one in a hundred too. Binary data fails that: compressed
   * or random bytes hold a control character in about one byte of ten, and formats such as images
   * and class files many NULs. Before, one NUL anywhere in the first 8 KiB made a file "binary, not
   * text" and its article was lost.
   */
  public static byte[] withoutStrayNuls(byte[] bytes) {
    int end = bytes.length;
    while (end > 0 && bytes[end - 1] == 0) {
      end--;
    }
    int nuls = bytes.length - end;
    int control = 0;
    for (int i = 0; i < end; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        nuls++;
      } else if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    int inside = nuls - (bytes.length - end);
    if (nuls == 0 || end == 0 || inside > Math.max(1, end / 100) || control * 100L > end) {
      return null;
    }
    byte[] out = new byte[end - inside];
    int k = 0;
    for (int i = 0; i < end; i++) {
      if (bytes[i] != 0) {
        out[k++] = bytes[i];
      }
    }
    return out;
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
   * UTF-8 where the bytes are UTF-8, else Windows-1252 (the usual legacy charset of Scandinavian
   * text) for the bytes that are not, in one pass, a leading BOM dropped. {@code badOffset} is the
   * first byte that is not UTF-8 (-1: none, {@link Decoded#ok}); then {@code text} is null unless the
   * result is mostly letters. Byte by byte: a sequence that is valid UTF-8 stays UTF-8, so text that
   * is UTF-8 but for a stray byte (a file joined from two sources, a cut character) keeps its "æøå"
   * rather than turning all of them into "Ã¦Ã¸Ã¥"; in text that is Windows-1252 throughout, two
   * bytes that happen to form UTF-8 ("Ã¥") are next to never written. The readers of text, JSON
   * Lines, feeds and pages (and the Flink job's) all read their bytes so.
   *
   * <p>Valid UTF-8 (nearly every line) is first decoded by {@code new String}, whose decoder is
   * the JDK's fastest (decoding was 2.0 % of the bench's CPU samples, session 37 profile); that
   * decoder puts U+FFFD for each byte that is not UTF-8, so a result without one is the strict
   * decoding, and one with it (a bad byte, or a U+FFFD written in the text) is decoded again below.
   */
  public static Decoded lenient(byte[] bytes, int from, int to) {
    int begin = to - from >= 3 && (bytes[from] & 0xff) == 0xEF && (bytes[from + 1] & 0xff) == 0xBB
        && (bytes[from + 2] & 0xff) == 0xBF ? from + 3 : from;
    String fast = new String(bytes, begin, to - begin, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) {
      return new Decoded(fast, -1);
    }
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    int start = from;
    if (to - from >= 3 && (bytes[from] & 0xff) == 0xEF && (bytes[from + 1] & 0xff) == 0xBB
        && (bytes[from + 2] & 0xff) == 0xBF) {
      start += 3;
    }
    ByteBuffer in = ByteBuffer.wrap(bytes, start, to - start);
    CharBuffer out = CharBuffer.allocate(to - start + 1); // UTF-8 and Windows-1252 give at most a char a byte
    int bad = -1;
    while (true) {
      CoderResult r = dec.decode(in, out, true);
      if (r.isError()) {
        if (bad < 0) {
          bad = in.position() - from;
        }
        for (int k = 0; k < r.length(); k++) {
          out.put(WINDOWS_1252[in.get() & 0xff]);
        }
      } else {
        dec.flush(out);
        break;
      }
    }
    out.flip();
    String s = out.toString();
    return new Decoded(bad < 0 || mostlyText(s) ? s : null, bad);
  }

  /**
   * A reader of {@code in} (not closed by it) decoding as {@link #lenient} does, in a stream: UTF-8
   * where the bytes are UTF-8, else Windows-1252 for the bytes that are not, a leading BOM dropped.
   * {@code firstBad} is told the offset of the first byte that is not UTF-8, once. For input parsed
   * as one stream (a JSON array, JSON printed over many lines), where one bad byte stopped the
   * parser and cost every article after it. Not thread-safe.
   */
  public static Reader lenientReader(InputStream in, LongConsumer firstBad) {
    return new Reader() {
      private final CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
      private long consumed; // bytes before bytes.position()
      private boolean eof;
      private boolean started;
      private boolean flushed;
      private boolean bad;

      @Override
      public int read(char[] buf, int off, int len) throws IOException {
        if (len == 0) {
          return 0;
        }
        CharBuffer out = CharBuffer.wrap(buf, off, len);
        while (out.position() == off) {
          if (!eof && bytes.remaining() < 4) {
            int p = bytes.position();
            bytes.compact();
            consumed += p;
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
              eof = true;
            } else {
              bytes.position(bytes.position() + n);
            }
            bytes.flip();
            if (!started && (bytes.remaining() >= 3 || eof)) {
              started = true;
              if (bytes.remaining() >= 3 && (bytes.get(0) & 0xff) == 0xEF && (bytes.get(1) & 0xff) == 0xBB
                  && (bytes.get(2) & 0xff) == 0xBF) {
                bytes.position(3);
              }
            }
            if (!started) {
              continue;
            }
          }
          CoderResult r = dec.decode(bytes, out, eof);
          if (r.isError()) {
            if (!bad) {
              bad = true;
              firstBad.accept(consumed + bytes.position());
            }
            for (int k = 0; k < r.length() && out.hasRemaining(); k++) {
              out.put(WINDOWS_1252[bytes.get() & 0xff]);
            }
          } else if (r.isUnderflow() && eof) {
            if (!flushed) {
              dec.flush(out);
              flushed = true;
            }
            return out.position() == off ? -1 : out.position() - off;
          } else if (r.isOverflow()) {
            break;
          }
        }
        return out.position() - off;
      }

      @Override
      public void close() {
        // the caller owns the stream
      }
    };
  }

  /** {@link #lenient} of bytes that are not all UTF-8: their text, or empty when it is not mostly letters. */
  public static Optional<String> legacy(byte[] bytes) {
    return Optional.ofNullable(lenient(bytes, 0, bytes.length).text());
  }

  private static boolean mostlyText(String s) {
    long letters = s.codePoints().filter(Character::isLetter).count();
    long printable = s.codePoints().filter(c -> !Character.isISOControl(c) || Character.isWhitespace(c)).count();
    int length = s.codePointCount(0, s.length());
    return letters * 2 > length * 0.6 && printable == length;
  }
}
