package org.tidende.ingest.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text statistics of every element of a cleaned body, computed in one iterative post-order walk:
 * characters (non-blank), characters inside links and inside blockquotes, commas, and counts of paragraphs, images, list
 * items and line breaks beneath it; plus, for each "block owner" (the nearest non-inline ancestor
 * of a text node), the text it holds directly. Everything the scorer and collector ask is then a
 * map lookup, so the whole extraction stays linear in the page size.
 */
final class NodeStats {
  static final Set<String> INLINE = Set.of(
      "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd",
      "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
      "br", "img", "label", "del", "ins", "strike", "tt", "big", "nobr", "#root");

  /** Counters for one element (aggregated over its subtree) and its own direct text. */
  static final class Counts {
    int chars;
    int linkChars;
    int quoteChars;
    int commas;
    int paragraphs;
    int images;
    int listItems;
    int ownChars;
    int ownCommas;
    boolean hasBlockChild;
  }

  private final Map<Element, Counts> counts = new IdentityHashMap<>();
  private final List<Element> owners = new ArrayList<>();

  private NodeStats() {}

  static NodeStats of(Element root) {
    NodeStats s = new NodeStats();
    s.walk(root);
    return s;
  }

  private void walk(Element root) {
    int[] linkDepth = {0};
    int[] quoteDepth = {0};
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          text(t, linkDepth[0] > 0, quoteDepth[0] > 0);
        } else if (node instanceof Element e) {
          if (e.nameIs("a")) {
            linkDepth[0]++;
          } else if (e.nameIs("blockquote")) {
            quoteDepth[0]++;
          }
          Element parent = e.parent();
          if (parent != null && !isInline(e)) {
            get(parent).hasBlockChild = true;
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e) {
          if (e.nameIs("a")) {
            linkDepth[0]--;
          } else if (e.nameIs("blockquote")) {
            quoteDepth[0]--;
          }
          Counts c = get(e);
          switch (e.normalName()) {
            case "p" -> c.paragraphs++;
            case "img" -> c.images++;
            case "li" -> c.listItems++;
            default -> { }
          }
          Element parent = e.parent();
          if (parent != null && e != root) {
            Counts p = get(parent);
            p.chars += c.chars;
            p.linkChars += c.linkChars;
            p.quoteChars += c.quoteChars;
            p.commas += c.commas;
            p.paragraphs += c.paragraphs;
            p.images += c.images;
            p.listItems += c.listItems;
          }
        }
      }
    }, root);
  }

  private void text(TextNode t, boolean inLink, boolean inQuote) {
    String s = t.getWholeText();
    int chars = 0;
    int commas = 0;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (!Character.isWhitespace(ch) && ch != '\u00a0') {
        chars++;
        if (ch == ',' || ch == '\u060c' || ch == '\uff0c' || ch == '\u3001') {
          commas++;
        }
      }
    }
    if (chars == 0 || !(t.parentNode() instanceof Element parent)) {
      return;
    }
    Counts direct = get(parent);
    direct.chars += chars;
    direct.commas += commas;
    if (inLink) {
      direct.linkChars += chars;
    }
    if (inQuote) {
      direct.quoteChars += chars;
    }
    Element owner = parent;
    while (isInline(owner) && owner.parent() != null) {
      owner = owner.parent();
    }
    Counts o = get(owner);
    if (o.ownChars == 0) {
      owners.add(owner);
    }
    o.ownChars += chars;
    o.ownCommas += commas;
  }

  static boolean isInline(Element e) {
    return INLINE.contains(e.normalName());
  }

  Counts get(Element e) {
    return counts.computeIfAbsent(e, k -> new Counts());
  }

  /** Elements that directly hold text, in document order. */
  List<Element> owners() {
    return owners;
  }

  /** Share of the element's characters inside links, 0 when it has none. */
  double linkDensity(Element e) {
    Counts c = get(e);
    return c.chars == 0 ? 0 : (double) c.linkChars / c.chars;
  }
}
