package org.tidende.ingest.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Picks the element(s) holding the article: Readability's candidate scoring over {@link NodeStats}.
 *
 * <p>Every block owner with at least 25 characters of its own text scores {@code 1 + commas +
 * min(chars / 100, 3)}: long, comma-rich prose counts, short menu items do not. The score flows to
 * five ancestors, fully to the first, half to the second, {@code 1/(3·level)} beyond, so the
 * container whose children are many paragraphs wins over any one paragraph. A container starts
 * from a tag prior (div +5, lists and forms −3, headings −5) and its class/id weight (±25), and its
 * total is scaled by {@code 1 − link density}, so link farms lose. The winner is widened when three
 * of the five best candidates share an ancestor, or when its parent scores higher; then siblings
 * scoring at least a fifth of it (or prose paragraphs) join it, which recovers articles split by
 * ad slots into several containers.
 */
final class ContentScorer {
  private static final Set<String> UNSCORED_OWNERS = Set.of(
      "li", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "th", "figcaption", "a", "button", "option");
  private static final Set<String> LEAF_OWNERS = Set.of("p", "pre", "td", "blockquote", "dd");
  private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");
  private static final int MIN_OWN_CHARS = 25;
  private static final int ANCESTOR_LEVELS = 5;

  private final NodeStats stats;
  private final boolean useWeights;
  private final Map<Element, double[]> scores = new IdentityHashMap<>();
  private final List<Element> candidates = new ArrayList<>();

  ContentScorer(NodeStats stats, boolean useWeights) {
    this.stats = stats;
    this.useWeights = useWeights;
  }

  /** The article's top-level elements in document order; empty when nothing scored. */
  List<Element> select(Element body) {
    scoreOwners();
    Element top = null;
    double best = Double.NEGATIVE_INFINITY;
    for (Element c : candidates) {
      double s = finalScore(c);
      if (s > best) {
        best = s;
        top = c;
      }
    }
    if (top == null) {
      return List.of();
    }
    top = widen(top, body);
    return withSiblings(top, body);
  }

  private void scoreOwners() {
    for (Element owner : stats.owners()) {
      NodeStats.Counts c = stats.get(owner);
      if (c.ownChars < MIN_OWN_CHARS || UNSCORED_OWNERS.contains(owner.normalName())) {
        continue;
      }
      double score = 1 + c.ownCommas + Math.min(c.ownChars / 100, 3);
      Element target = LEAF_OWNERS.contains(owner.normalName()) || !c.hasBlockChild ? owner.parent() : owner;
      for (int level = 0; level < ANCESTOR_LEVELS && target != null && !target.nameIs("html"); level++) {
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        init(target)[0] += score / divider;
        target = target.parent();
      }
    }
  }

  private double[] init(Element e) {
    double[] s = scores.get(e);
    if (s == null) {
      s = new double[] {prior(e)};
      scores.put(e, s);
      candidates.add(e);
    }
    return s;
  }

  private double prior(Element e) {
    double p = switch (e.normalName()) {
      case "div", "article", "main", "section" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    return p + (useWeights ? ClassHints.weight(e) : 0);
  }

  double finalScore(Element e) {
    double[] s = scores.get(e);
    return s == null ? 0 : s[0] * (1 - stats.linkDensity(e));
  }

  private boolean scored(Element e) {
    return scores.containsKey(e);
  }

  private Element widen(Element top, Element body) {
    double topScore = finalScore(top);
    List<Element> best = topCandidates(5);
    List<List<Element>> alternatives = new ArrayList<>();
    for (Element c : best) {
      if (c != top && finalScore(c) / topScore >= 0.75) {
        alternatives.add(c.parents());
      }
    }
    if (alternatives.size() >= 3) {
      for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
        int shared = 0;
        for (List<Element> a : alternatives) {
          if (a.contains(p)) {
            shared++;
          }
        }
        if (shared >= 3) {
          top = p;
          break;
        }
      }
    }
    double last = finalScore(top);
    double threshold = last / 3;
    for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
      if (!scored(p)) {
        continue;
      }
      double ps = finalScore(p);
      if (ps < threshold) {
        break;
      }
      if (ps > last) {
        top = p;
        break;
      }
      last = ps;
    }
    while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
      top = top.parent();
    }
    return top;
  }

  private List<Element> topCandidates(int n) {
    List<Element> sorted = new ArrayList<>(candidates);
    sorted.sort((a, b) -> Double.compare(finalScore(b), finalScore(a)));
    return sorted.subList(0, Math.min(n, sorted.size()));
  }

  private List<Element> withSiblings(Element top, Element body) {
    Element parent = top.parent();
    if (parent == null || top == body) {
      return List.of(top);
    }
    double topScore = finalScore(top);
    double threshold = Math.max(10, topScore * 0.2);
    List<Element> roots = new ArrayList<>();
    for (Element s : parent.children()) {
      if (s == top) {
        roots.add(s);
        continue;
      }
      double bonus = !top.className().isEmpty() && top.className().equals(s.className()) ? topScore * 0.2 : 0;
      if (scored(s) && finalScore(s) + bonus >= threshold) {
        roots.add(s);
      } else if (s.nameIs("p")) {
        NodeStats.Counts c = stats.get(s);
        double ld = stats.linkDensity(s);
        if (c.chars > 80 && ld < 0.25
            || c.chars > 0 && c.chars <= 80 && ld == 0 && SENTENCE_END.matcher(s.text()).find()) {
          roots.add(s);
        }
      }
    }
    return roots;
  }
}
