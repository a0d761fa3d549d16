package org.tidende.ingest;

/**
 * Repairs UTF-8 that was decoded once as Latin-1 or Windows-1252 somewhere upstream ("mojibake"):
 * "Ã˜stersøen" or "Ã\u0098stersøen" for "Østersøen", "MalmÃ¶" for "Malmö", "â€™" for "’". A
 * scraper that mis-decoded a page passes it on as valid UTF-8, so the readers cannot see it as bad
 * bytes; left in, "Ã\u0098stersøen" is another word and another name than "Østersøen" for
 * analysis, names, near-duplicates and search, and the reader sees it on the screen.
 *
 * <p>Method (the common case of ftfy's repair, R. Speer, 2012-): each character is read back as
 * the byte Latin-1 or Windows-1252 would have given it; a run that forms one UTF-8 sequence is
 * replaced by the character it encodes. Only two shapes are repaired, because only they never
 * occur in real text: a two-byte sequence led by {@code Â} or {@code Ã} (U+0080 to U+00FF: the
 * Nordic and Western European letters, the no-break and soft hyphen), and a three-byte sequence led
 * by {@code â} that encodes general punctuation (U+2000 to U+206F: quotes, dashes, the ellipsis,
 * the euro sign is U+20AC and included). One more shape comes from a cleaner further upstream that
 * turned the control character Latin-1 gives Å's second byte (0x85) into a space: {@code Ã}, one
 * space, a lower-case letter ("Ã ret", "Ã bn dagens låge") is read as Å, since {@code Ã} never stands
 * before a space in real text (à, whose second byte is the no-break space, would leave two); and
 * {@code Â} before a space is a no-break space the same way ("skulleÂ »afmonteres«"). Everything
 * else is kept as it is, including text that is mis-decoded twice, or in another legacy encoding.
 * In the shared Danish front-page archive 299 of 50,219 items carry the first two shapes, mostly
 * next to correctly written letters of the same title, 69 places have the lost Å (each an Å by the
 * rest of the word) and 58 items the lost no-break space (62 places).
 *
 * <p>Cost: one scan for the lead characters; texts without them are returned as they are.
 * Stateless and thread-safe.
 */
public final class Mojibake {
  private Mojibake() {}

  /** The Windows-1252 characters of bytes 0x80-0x9F, in byte order (U+FFFD where the code page has none). */
  private static final String CP1252 =
      "\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd"
          + "\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178";

  /** {@code s} with mis-decoded UTF-8 sequences repaired (the same instance when it has none). */
  public static String repair(String s) {
    if (s == null || (s.indexOf('\u00c2') < 0 && s.indexOf('\u00c3') < 0 && s.indexOf('\u00e2') < 0)) {
      return s;
    }
    StringBuilder b = null;
    int copied = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int repaired = -1;
      int length = 0;
      if ((c == '\u00c2' || c == '\u00c3') && i + 1 < s.length()) {
        int b1 = continuation(s.charAt(i + 1));
        if (b1 >= 0) {
          repaired = ((c & 0x1f) << 6) | b1;
          length = 2;
        } else if (c == '\u00c3' && s.charAt(i + 1) == ' ' && i + 2 < s.length()
            && Character.isLowerCase(s.charAt(i + 2))) {
          repaired = '\u00c5'; // "Ã ret": Å's second byte (0x85, a control in Latin-1) lost to a space upstream
          length = 2;
        } else if (c == '\u00c2' && s.charAt(i + 1) == ' ') {
          repaired = ' '; // "skulleÂ »afmonteres«": a no-break space whose second byte became a plain space
          length = 2;
        }
      } else if (c == '\u00e2' && i + 2 < s.length()) {
        int b1 = continuation(s.charAt(i + 1));
        int b2 = continuation(s.charAt(i + 2));
        int cp = b1 < 0 || b2 < 0 ? -1 : (0x2 << 12) | (b1 << 6) | b2;
        if (cp >= 0x2000 && cp <= 0x206f || cp == 0x20ac) {
          repaired = cp;
          length = 3;
        }
      }
      if (repaired >= 0) {
        b = b == null ? new StringBuilder(s.length()) : b;
        b.append(s, copied, i).append((char) repaired);
        i += length - 1;
        copied = i + 1;
      }
    }
    return b == null ? s : b.append(s, copied, s.length()).toString();
  }

  /** The low six bits of the UTF-8 continuation byte {@code c} stands for, or -1 when it is none. */
  private static int continuation(char c) {
    int v = c >= 0x80 && c <= 0xbf ? c : CP1252.indexOf(c) >= 0 && c != '\ufffd' ? 0x80 + CP1252.indexOf(c) : -1;
    return v >= 0x80 && v <= 0xbf ? v & 0x3f : -1;
  }
}
