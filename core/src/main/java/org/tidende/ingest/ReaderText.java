package org.tidende.ingest;

/**
 * What the plain-text, HTML and feed readers do to every title and text they pass on: mis-decoded
 * UTF-8 repaired ({@link Mojibake}), then invisible formatting characters dropped ({@link
 * InvisibleChars}), in that order, since a repair can yield one (a mis-decoded soft hyphen), then
 * sentences run together parted ({@link GluedSentences}). One
 * place, so a cleaning step is added to all three at once. The JSON Lines reader does the same in
 * its own single pass over the characters, which also drops control characters and turns
 * no-break spaces into spaces. Stateless.
 */
final class ReaderText {
  private ReaderText() {}

  /** {@code s} repaired, without invisible characters and with sentences run together parted; null stays null. */
  static String clean(String s) {
    return GluedSentences.separate(InvisibleChars.strip(Mojibake.repair(s)));
  }
}
