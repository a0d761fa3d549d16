package org.tidende.story;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tidende.time.Sentences;

/**
 * Sentence ends a feed glued to the next sentence, which ingestion ({@code ingest.GluedSentences})
 * leaves alone because they are not "two lower-case letters, stop, capital and lower-case letter":
 * a stop after a digit ("skriver TV2.Flygtrafiken påverkas"), after a closing quote ("mot
 * ”knarkbåtar”.Nu riktar"), before a one-letter word ("180 grader.I veckan"), before a quote's dash
 * without its space ("i en pressemeddelelse.-Vi er i fuld gang", DR's texts), or before a number
 * after a word of four letters or more ("fra mineselskabet Rio Tinto.1.400 kilometer", "fredag blev
 * offentliggjort.7. januar blev Nichols stoppet", "South Carolinas kyst.23.40: Opdateret med"), and
 * a photo credit glued after the last stop ("... i Finland.(Foto: © Skærmbillede Twitter)"), which
 * {@code Sentences} parts only when a capital follows it.
 *
 * <p>Method: a regular expression over one sentence of {@link org.tidende.time.Sentences}; the
 * sentence is cut after each such stop. Why here and not in ingestion or in {@code Sentences}:
 * both feed the clustering (terms, and the dates {@code cluster.MentionedDates} reads sentence by
 * sentence); the story view only shows sentences, so cutting them here changes what a reader sees
 * and nothing of which articles form a story. Left alone: numbers ("kl. 16.45", "1.400", "40.000"),
 * addresses ("aftonbladet.se", "www.Expressen.se"), initials and capitalised abbreviations
 * ("H.C.Andersen", "St.Petersburg"), abbreviations of up to three lower-case letters before a
 * number ("kl.12", "nr.5", "ca.200"). Cost: one regular-expression scan of a sentence already cut.
 * Failure modes: a lower-case abbreviation of two letters or more glued to a capitalised word
 * ("resp.Stockholm") or of four letters or more glued to a number ("kapitel.3") is cut as a
 * sentence end. Measured on the summaries and timelines of the stories of two or more articles of
 * the Swedish and Norwegian feeds and Danish front pages 24,001-28,000 (where the rule was
 * written): 20 glued ends in 2,863 sentences, 7 Swedish, 13 Danish, none Norwegian or in ECB+. On
 * sets it was not written on (see {@link Summary}) it parted 9 sentences of the 772 stories'
 * summaries and timelines, each at a true sentence end. Not done in ingestion, where it would
 * change the clustering's terms and dates for a fault of the view.
 *
 * <p>Session 42, read off the timelines of the Norwegian feeds, the Norwegian archive's articles
 * 1-380 and Danish front pages 20,001-24,000 (973 entries): two more glues. A stop glued to a
 * quotation's dash set off by a space ("... i Bergen i 2019.- Vi har sagt", "skriver nyhedsbureauet
 * AP.- Klubben ...", "«i et stykke tid».- Normalt ...", invented; DR's texts write it 4,094 times in the Danish
 * front pages) is cut whatever stands before the stop, since a dash, a space and a capitalised word
 * start a quotation ("Pris 12.-, ..." and "ca.- kr" are left alone); and a photo credit run into the
 * sentence after it, "Foto: photographer / agency" glued to a capital or a digit ("Foto: ... /
 * Ritzau ScanpixDen norske minister ...", "... / Ritzau Scanpix212 gæster ...", invented; about 55 of
 * the front pages' 106 credits), is cut where the agency's last word ends, so the credit, which holds
 * no date, is no part of the entry. On those timelines 6 entries changed, each rightly (4 dashes, 2
 * credits), and 10 of the 1,013 stories' summaries; held out (Danish front pages 24,001-28,000,
 * the archive's articles 381-758, the Swedish feeds; 924 stories, 898 entries) 7 entries of 6
 * timelines changed, each a quotation or credit parted rightly, and 10 summaries (9 Danish, 1
 * Swedish, a quotation glued after a year, "... 2026.– Det finns ...") lost a glued quotation or took another
 * sentence in its place; stories samples identical.
 * Failure modes: a photographer's name with a capital inside it after the slash ("/ Ole McBride")
 * is cut there; a credit whose photographer has an initial with a stop ("Foto: J. Hansen / ...")
 * is not recognised. Stateless.
 */
final class GluedStops {
  private static final Pattern GLUE = Pattern.compile(
      "(?:\\p{Ll}\\p{Ll}(?<!www)|(?<=\\p{L})\\p{Nd}|[”\"»’])[.!?](?=\\p{Lu}\\p{Ll}|\\p{Lu} \\p{Ll}|[-–]\\p{L})"
          + "|\\p{Ll}{4}\\.(?=\\p{Nd})|[.!?](?=\\(\\s*(?:©|(?i:foto|photo)\\s*:))"
          + "|[.!?](?=[-–] \\p{Lu}\\p{Ll})"
          + "|(?<=(?i:foto|photo)\\s?:[^.\\n()/]{1,60}/[^.\\n()/]{1,40}\\p{Ll})(?=\\p{Lu}\\p{Ll}|\\p{Nd})");

  private GluedStops() {}

  /**
   * The sentences of {@code text}'s span {@code [start, end)} (one sentence as {@code Sentences}
   * cut it) after its glued stops are cut: spans in {@code text}, stripped, in order; the span
   * itself when it has none.
   */
  static List<int[]> split(String text, int start, int end) {
    List<int[]> out = new ArrayList<>();
    Matcher m = GLUE.matcher(text).region(start, end);
    int from = start;
    while (m.find()) {
      int cut = m.end();
      Sentences.add(text, from, cut, out);
      from = cut;
    }
    Sentences.add(text, from, end, out);
    return out;
  }
}
