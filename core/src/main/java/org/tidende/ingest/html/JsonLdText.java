package org.tidende.ingest.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Normalises a JSON-LD {@code articleBody} to Tidende's text form: markup (some publishers put
 * HTML there) is rendered to text with one paragraph per block, entities are unescaped, runs of
 * spaces collapse, and line breaks become blank-line paragraph breaks.
 */
final class JsonLdText {
  private JsonLdText() {}

  static String clean(String raw) {
    if (raw == null || raw.isBlank()) {
      return "";
    }
    String s = raw;
    if (s.indexOf('<') >= 0 && s.indexOf('>') > s.indexOf('<')) {
      StringBuilder out = new StringBuilder();
      Element body = Jsoup.parseBodyFragment(s).body();
      for (Element e : body.select("p, h2, h3, h4, h5, h6, li, blockquote")) {
        if (e.select("p, li").size() == 0 || e.nameIs("p") || e.nameIs("li")) {
          append(out, e.text());
        }
      }
      s = out.length() > 0 ? out.toString() : body.wholeText();
    } else {
      s = Parser.unescapeEntities(s, false);
    }
    return paragraphs(s);
  }

  private static void append(StringBuilder out, String text) {
    if (!text.isBlank()) {
      out.append(text.strip()).append('\n');
    }
  }

  private static String paragraphs(String s) {
    StringBuilder out = new StringBuilder();
    for (String line : s.split("\\R")) {
      String t = line.replaceAll("[\\s\\u00a0]+", " ").strip();
      if (!t.isEmpty()) {
        if (out.length() > 0) {
          out.append("\n\n");
        }
        out.append(t);
      }
    }
    return out.toString();
  }
}
