package org.tidende.ingest.html;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Removes what can never be article text before any scoring: scripts and styles, embedded media
 * and forms' widgets, {@code nav}/{@code aside}/{@code footer}, hidden elements, and (when {@code
 * byHints}) subtrees whose class, id or role names page furniture (see {@link ClassHints}),
 * unless they hold the headline or the main element. Readability strips "unlikely candidates" the same way and retries without when too little text
 * survives; {@link HtmlExtractor} does that retry.
 *
 * <p>Cost: one pre-order walk over the nodes, removing as it goes.
 */
final class DomCleaner {
  private static final Set<String> DROP_TAGS = Set.of(
      "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed",
      "video", "audio", "map", "button", "select", "textarea", "input", "link", "meta", "nav",
      "aside", "footer", "dialog", "menu", "head", "title", "form-control", "picture", "source");
  private static final Set<String> NEVER_BY_HINT = Set.of("html", "body", "article", "main", "a");

  private DomCleaner() {}

  static void clean(Element body, boolean byHints) {
    // NodeTraversor is iterative: tag soup nested thousands deep must not overflow the stack.
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Comment) {
          return FilterResult.REMOVE;
        }
        return node instanceof Element e && depth > 0 && shouldDrop(e, byHints)
            ? FilterResult.REMOVE : FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    }, body);
  }

  private static boolean shouldDrop(Element e, boolean byHints) {
    String tag = e.normalName();
    if (DROP_TAGS.contains(tag)) {
      return true;
    }
    if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden")) && !tag.equals("a")) {
      return true;
    }
    String style = e.attr("style");
    if (!style.isEmpty()) {
      String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
      if (s.contains("display:none") || s.contains("visibility:hidden")) {
        return true;
      }
    }
    return byHints && !NEVER_BY_HINT.contains(tag) && ClassHints.isBoilerplate(e) && !holdsArticle(e);
  }

  /**
   * A wrapper named like furniture ("page-ad-margins", "header-wrapper") that holds the headline or
   * the main element is layout, not furniture: removing it would remove the article.
   */
  private static boolean holdsArticle(Element e) {
    return e.selectFirst("h1, main, [itemprop=articleBody]") != null;
  }
}
