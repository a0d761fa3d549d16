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
 */
final class ReaderText {
  private ReaderText() {}

  /** {@code s} repaired, without invisible characters and with sentences run together parted; null stays null. */
  static String clean(String s) {
    return GluedSentences.separate(InvisibleChars.strip(Mojibake.repair(s)));
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
