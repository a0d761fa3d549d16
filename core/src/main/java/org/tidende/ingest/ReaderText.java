package org.tidende.ingest;

/**
 * What the plain-text, HTML and feed readers do to every title and text they pass on: mis-decoded
 * UTF-8 repaired ({@link Mojibake}), then invisible formatting characters dropped ({@link
 * InvisibleChars}), in that order, since a repair can yield one (a mis-decoded soft hyphen), then
 * sentences run together parted ({@link GluedSentences}). One
 * place, so a cleaning step is added to all three at once. The JSON Lines reader does the same in
 * its own single pass over the characters, which also drops control characters and turns
 * no-break spaces into spaces. Stateless.
 *
 * <p>A title is then put on one line ({@link #oneLine}), in all four readers: each run of white
 * space in it (a line end, a tab, a no-break space from {@code &nbsp;}, another Unicode space such
 * as a thin or ideographic one) is one space. Why: a title is shown on one line (the web page, the
 * CLI's lists, search hits), and a feed's or plain text's title kept its no-break spaces and runs of
 * spaces as written ({@code "Storm\u00a0hits  the   coast"}), where a page's title had them made
 * one already (jsoup). Cost: one pass over the title. Texts are left as they are: their line ends
 * are paragraphs, and their spaces are what offsets (snippets, names) count in. The content id
 * ({@code ArticleId.ofContent}) of an article without an id or URL is still made from the title as
 * read before this step, so an article read before and again after it keeps its id and is found a
 * duplicate of itself; {@code ofContent} already counts a run of ASCII white space as one space,
 * so only a title with a no-break or other Unicode space would have had a new id.
 *
 * <p>A text's odd spaces are made plain ({@link #plainSpaces}), in all four readers, one character
 * for one: each Unicode space separator (the no-break space of {@code &nbsp;}, the narrow no-break
 * space U+202F French and Nordic typesetting puts in {@code 10\u202f000} and before {@code
 * %}, thin, figure, ideographic and the other U+2000 spaces) one ASCII space, and a line or
 * paragraph separator (U+2028, U+2029), next line (U+0085), vertical tab or form feed a line end.
 * Why: they reached search, snippets and the name finder as written (only the JSON reader made
 * U+00A0 a space), so {@code Jens\u00a0Stoltenberg} in a feed item was one token of search and
 * {@code 10\u202f000} one word of the tokenizer (Unicode word-break rules join digits across
 * U+202F), and a terminal showed them as gaps of other widths. Safe for offsets: every one of them
 * is one UTF-16 char and becomes one, so nothing counted in a text (passages, snippets, marks,
 * names) moves, and runs of spaces and line ends are kept as written. Ids: the content id of an
 * article without an id or URL is made before this step, from the text as read, so it keeps the id
 * it had (and the JSON reader's U+00A0 was a space before the id already); a store's content
 * duplicate check ({@code DuplicateIndex}) hashes the stored text, so the same text stored before
 * with a no-break space and read again under another id and URL is not found a content duplicate
 * of it (one under the same id still is, by its id). Cost: one pass over the text.
 */
final class ReaderText {
  private ReaderText() {}

  /** {@code s} repaired, without invisible characters and with sentences run together parted; null stays null. */
  static String clean(String s) {
    return GluedSentences.separate(InvisibleChars.strip(Mojibake.repair(s)));
  }

  /**
   * {@code text} with each Unicode space separator one ASCII space and each line or paragraph
   * separator, next line, vertical tab and form feed a line end, one char for one (so the length
   * and every offset stay); null stays null. Tabs, spaces and line ends are left as they are.
   */
  static String plainSpaces(String text) {
    if (text == null) {
      return null;
    }
    char[] c = null;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      char to = plainSpace(ch);
      if (to != ch) {
        if (c == null) {
          c = text.toCharArray();
        }
        c[i] = to;
      }
    }
    return c == null ? text : new String(c).strip(); // a no-break space at an end is no longer kept there
  }

  private static char plainSpace(char ch) {
    if (ch < 0x80 && ch != 0x0b && ch != 0x0c) {
      return ch;
    }
    if (ch == 0x0b || ch == 0x0c || ch == 0x85 || ch == '\u2028' || ch == '\u2029') {
      return '\n';
    }
    return Character.getType(ch) == Character.SPACE_SEPARATOR ? ' ' : ch;
  }

  /**
   * Whether {@code s} is null or nothing but white space and Unicode spaces (U+00A0, U+202F, thin
   * and other space separators, line and paragraph separators): what {@link #plainSpaces} and
   * {@link #oneLine} make empty. A reader rejects an article whose title and text are both blank
   * so, as it rejects one whose title and text are empty: {@code isBlank()} and {@code strip()} see
   * no no-break space, so a feed item titled {@code &#160;} with a description of {@code &nbsp;}
   * was stored as an article with neither (found in session 33's walk-through).
   */
  static boolean blank(String s) {
    if (s == null) {
      return true;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code title} on one line: each run of white space or Unicode space characters (line ends,
   * tabs, no-break, thin and other spaces) one ASCII space, and none at either end; null stays null.
   */
  static String oneLine(String title) {
    if (title == null) {
      return null;
    }
    StringBuilder b = new StringBuilder(title.length());
    boolean space = false;
    for (int i = 0; i < title.length(); ) {
      int c = title.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.appendCodePoint(c);
      }
    }
    return b.toString();
  }
}
