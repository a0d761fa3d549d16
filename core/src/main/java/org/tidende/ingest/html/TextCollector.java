package org.tidende.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Writes the chosen article elements out as paragraphs, leaving furniture behind.
 *
 * <p>Inside the article, a container (div, section, list, table, figure, header) is skipped when
 * Readability's "clean conditionally" tests call it furniture: with fewer than ten commas, and
 * more list items than paragraphs, more than a fifth of its text in links (half, when named as
 * content), hardly any text, or more images than paragraphs; containers that are mostly a
 * blockquote (embedded posts, quotes) are kept. Named furniture (share bars, tag
 * lists, bylines, captions, ad slots) is skipped unless it holds much of the article. Every block
 * (text between block-level boundaries) becomes one paragraph; blocks that are mostly link text
 * (over 80 %, or over half when shorter than 100 characters) or a bare "Advertisement" label are
 * dropped, and {@code h1} is left to the title.
 */
final class TextCollector {
  private static final Set<String> CONDITIONAL = Set.of(
      "div", "section", "ul", "ol", "table", "figure", "header", "dl", "form");
  private static final Set<String> SKIP_TAGS = Set.of("h1", "figcaption");
  private static final Pattern AD_LABEL = Pattern.compile(
      "(?i)(advertisement|advertising|ad|sponsored|annonse|annonce|anzeige|publicidad|reklam|"
          + "story continues below advertisement|continue reading below|scroll to continue.*)[.:]?");

  private static final int PROSE_CHARS = 100;

  private final NodeStats stats;
  private final ContentScorer scorer;
  private final boolean useHints;
  private final List<String> paragraphs = new ArrayList<>();
  private final StringBuilder block = new StringBuilder();
  private int blockChars;
  private int blockLinkChars;
  private int linkDepth;
  private int totalChars;

  TextCollector(NodeStats stats, ContentScorer scorer, boolean useHints) {
    this.stats = stats;
    this.scorer = scorer;
    this.useHints = useHints;
  }

  /** The article text of the given roots, paragraphs separated by blank lines. */
  String collect(List<Element> roots) {
    for (Element r : roots) {
      totalChars += stats.get(r).chars;
    }
    for (Element r : roots) {
      NodeTraversor.filter(new Walker(r), r);
      flush();
    }
    return String.join("\n\n", paragraphs);
  }

  private final class Walker implements NodeFilter {
    private final Element root;

    Walker(Element root) {
      this.root = root;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode t) {
        append(t);
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element e)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      if (e != root && isFurniture(e)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      if (e.nameIs("br")) {
        block.append('\n');
      } else if (e.nameIs("a")) {
        linkDepth++;
      } else if (!NodeStats.isInline(e)) {
        flush();
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element e) {
        if (e.nameIs("a")) {
          linkDepth--;
        } else if (!NodeStats.isInline(e)) {
          flush();
        }
      }
      return FilterResult.CONTINUE;
    }
  }

  private boolean isFurniture(Element e) {
    String tag = e.normalName();
    if (SKIP_TAGS.contains(tag)) {
      return true;
    }
    NodeStats.Counts c = stats.get(e);
    if (c.quoteChars * 2 > c.chars) {
      return false; // an embedded quote or post (tweet) is part of the article, links and all
    }
    if (useHints && c.chars < totalChars * 0.3 && (ClassHints.isNoiseInContent(e)
        || (tag.equals("span") || !NodeStats.isInline(e)) && ClassHints.weight(e) < 0)) {
      return true;
    }
    if (!CONDITIONAL.contains(tag) || c.commas >= 10) {
      return false;
    }
    int weight = useHints ? ClassHints.weight(e) : 0;
    if (weight + scorer.finalScore(e) < 0) {
      return true;
    }
    boolean isList = tag.equals("ul") || tag.equals("ol");
    double ld = stats.linkDensity(e);
    int p = c.paragraphs;
    return c.images > 1 && (double) p / c.images < 0.5 && !e.nameIs("figure")
        || !isList && c.listItems - 100 > p
        || !isList && c.chars < 25 && (c.images == 0 || c.images > 2)
        || weight < 25 && ld > 0.2 && !(isList && ld < 0.5)
        || weight >= 25 && ld > 0.5;
  }

  private void append(TextNode t) {
    String s = t.getWholeText();
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (Character.isWhitespace(ch) || ch == '\u00a0') {
        int len = block.length();
        if (len > 0 && block.charAt(len - 1) != ' ' && block.charAt(len - 1) != '\n') {
          block.append(' ');
        }
      } else {
        block.append(ch);
        blockChars++;
        if (linkDepth > 0) {
          blockLinkChars++;
        }
      }
    }
  }

  /** Strips the block and the spaces around its line breaks, keeping single line breaks. */
  private static String tidy(StringBuilder b) {
    StringBuilder out = new StringBuilder(b.length());
    for (int i = 0; i < b.length(); i++) {
      char c = b.charAt(i);
      int len = out.length();
      if (c == '\n') {
        while (len > 0 && out.charAt(len - 1) == ' ') {
          out.setLength(--len);
        }
        if (len > 0 && out.charAt(len - 1) != '\n') {
          out.append('\n');
        }
      } else if (c != ' ' || len > 0 && out.charAt(len - 1) != '\n' && out.charAt(len - 1) != ' ') {
        out.append(c);
      }
    }
    return out.toString().strip();
  }

  private void flush() {
    if (blockChars > 0) {
      String text = tidy(block);
      // Mostly-link blocks are navigation, unless long enough to be prose with many links.
      boolean linky = blockLinkChars > blockChars * 0.8
          || blockLinkChars > blockChars * 0.5 && blockChars < PROSE_CHARS;
      if (!linky && !AD_LABEL.matcher(text).matches()) {
        paragraphs.add(text);
      }
    }
    block.setLength(0);
    blockChars = 0;
    blockLinkChars = 0;
  }
}
