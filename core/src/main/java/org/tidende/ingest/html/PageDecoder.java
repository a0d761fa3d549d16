package org.tidende.ingest.html;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.tidende.ingest.TextDecoding;

/**
 * Turns the bytes of a web page into text.
 *
 * <p>Design: gzip'd bytes (magic {@code 1f 8b}) are inflated first, keeping whatever a truncated
 * stream yields. The charset is then chosen in the order of the WHATWG encoding sniffing
 * algorithm, simplified: a byte order mark; the {@code charset} of the Content-Type header; the
 * {@code encoding} of an XML declaration opening the page (XHTML: {@code <?xml version="1.0"
 * encoding="Shift_JIS"?>}, which browsers honour for XML; since session 38, before which such a
 * page in Shift_JIS was read as UTF-8 and Windows-1252, "no readable title or text"); a
 * {@code <meta charset>} or {@code <meta http-equiv content="...charset=">} in the first 4 KiB;
 * else UTF-8. Where UTF-8 is declared or assumed, bytes that are not UTF-8 are read as
 * windows-1252 ({@link org.tidende.ingest.TextDecoding#lenient}), what browsers assume for
 * undeclared Western pages: a template that says UTF-8 over Latin text, or a page with one stray
 * byte, keeps its letters rather than showing U+FFFD (ISO-8859-1 labels are read as windows-1252
 * too, as the standard says).
 * Bytes that look binary (many control characters) are refused, so garbage never reaches the
 * extractor as "text".
 *
 * <p>Whether a page was read as Windows-1252 for want of a declared charset is found in the same
 * decode ({@link Decoded#undeclaredNotUtf8}), which a reader warns by.
 *
 * <p>Cost: one pass to validate UTF-8 and one to decode; inflated size is capped at 32 MiB.
 * Failure modes: a page that declares a wrong charset other than UTF-8 is decoded wrongly (as in a
 * browser).
 */
final class PageDecoder {
  private static final int SNIFF_BYTES = 4096;
  private static final int MAX_INFLATED = 32 << 20;
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]{0,300}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern HEADER_CHARSET = Pattern.compile(
      "charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Charset WINDOWS_1252 = charsetOrNull("windows-1252");
  private static final Pattern XML_ENCODING = Pattern.compile(
      "\\A\\s*<\\?xml[^>]{0,200}?\\bencoding\\s*=\\s*[\"']\\s*([A-Za-z0-9._:-]+)\\s*[\"']");

  private PageDecoder() {}

  /**
   * A page's text as decoded.
   *
   * @param text the page as text, or empty when the bytes are not text
   * @param undeclaredNotUtf8 the page declares no charset (no byte order mark, header, XML
   *     declaration or meta) and its bytes are not UTF-8: read as Windows-1252, which is right for
   *     Western pages only, and worth a warning saying how to declare the charset
   */
  record Decoded(Optional<String> text, boolean undeclaredNotUtf8) {
    static final Decoded NOTHING = new Decoded(Optional.empty(), false);
  }

  /** The page as text, and whether it was read as Windows-1252 for want of a charset. Never throws. */
  static Decoded decode(byte[] raw, String contentType) {
    if (raw == null || raw.length == 0) {
      return Decoded.NOTHING;
    }
    byte[] bytes = isGzip(raw) ? gunzip(raw) : raw;
    if (bytes.length == 0) {
      return Decoded.NOTHING;
    }
    int[] bomLength = new int[1];
    Charset cs = fromBom(bytes, bomLength);
    if (cs == null) {
      cs = charsetFromHeader(contentType);
    }
    boolean declared = cs != null;
    if (cs == null) {
      cs = sniffMeta(bytes);
      declared = cs != null;
    }
    String text = null;
    boolean undeclaredNotUtf8 = false;
    if (cs == null || cs.equals(StandardCharsets.UTF_8)) {
      TextDecoding.Decoded read = TextDecoding.lenient(bytes, bomLength[0], bytes.length);
      text = read.text();
      undeclaredNotUtf8 = !declared && !read.ok();
    }
    if (text == null) {
      text = new String(bytes, bomLength[0], bytes.length - bomLength[0], cs == null ? WINDOWS_1252 : cs);
    }
    return new Decoded(looksBinary(text) ? Optional.empty() : Optional.of(text), undeclaredNotUtf8);
  }

  static boolean isGzip(byte[] raw) {
    return raw.length >= 2 && (raw[0] & 0xff) == 0x1f && (raw[1] & 0xff) == 0x8b;
  }

  private static byte[] gunzip(byte[] raw) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length * 4);
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
      byte[] buf = new byte[16384];
      int n;
      while ((n = in.read(buf)) > 0 && out.size() < MAX_INFLATED) {
        out.write(buf, 0, n);
      }
    } catch (IOException | RuntimeException e) {
      // Truncated or corrupt stream: keep what was inflated so far.
    }
    return out.toByteArray();
  }

  private static Charset fromBom(byte[] b, int[] bomLength) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
      bomLength[0] = 3;
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
      bomLength[0] = 2;
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
      bomLength[0] = 2;
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  /** The charset named in a Content-Type value, or null when absent or unknown. */
  static Charset charsetFromHeader(String contentType) {
    if (contentType == null) {
      return null;
    }
    Matcher m = HEADER_CHARSET.matcher(contentType);
    return m.find() ? charsetOrNull(m.group(1)) : null;
  }

  private static Charset sniffMeta(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
    Matcher x = XML_ENCODING.matcher(head);
    Matcher m = META_CHARSET.matcher(head);
    Charset cs = x.find() ? charsetOrNull(x.group(1)) : m.find() ? charsetOrNull(m.group(1)) : null;
    // A page re-encoded to UTF-8 that still declares a legacy charset is common; a UTF-16 label in
    // an ASCII-compatible byte stream is always wrong (the standard maps it to UTF-8).
    if (cs != null && cs.name().startsWith("UTF-16")) {
      return StandardCharsets.UTF_8;
    }
    return cs;
  }

  static Charset charsetOrNull(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
      n = "windows-1252";
    } else if (n.equals("utf8")) {
      n = "utf-8";
    }
    try {
      return Charset.isSupported(n) ? Charset.forName(n) : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The bytes as UTF-8, or null when they are not valid UTF-8. */
  /** More than 5 % control characters (other than whitespace) in the first 4 KiB: not a page. */
  private static boolean looksBinary(String text) {
    int n = Math.min(text.length(), SNIFF_BYTES);
    int control = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0xfffd) {
        control++;
      }
    }
    return n > 0 && control * 20 > n;
  }
}
