package org.tidende.ingest.html;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's {@code class}, {@code id} and {@code role} say about it, with the word lists
 * of Readability (Arc90; Mozilla's Readability.js) extended by the boilerplate trafilatura
 * discards (cookie and consent banners, newsletters, share bars, recommendation widgets).
 *
 * <p>Three verdicts: {@link #isBoilerplate} (remove the subtree before scoring unless it also names
 * content), {@link #weight} (±25 added to a candidate container's score) and {@link
 * #isNoiseInContent} (smaller furniture removed inside the chosen article: share buttons, tags,
 * bylines, captions, ads). These are generic page vocabulary, not rules for any one site. Matching
 * is by plain substring (or whole word, for the in-content list) on the lower-cased class and id:
 * this runs on every element, and literal {@code contains} is several times faster than one big
 * regex alternation.
 */
final class ClassHints {
  private static final List<String> UNLIKELY = List.of(
      "-ad-", "ai2html", "banner", "breadcrumb", "combx", "comment", "community", "cover-wrap",
      "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark",
      "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental",
      "ad-break", "agegate", "pagination", "pager", "popup", "yom-remote", "cookie", "consent",
      "newsletter", "subscri", "signup", "sign-up", "share", "sharing", "outbrain", "taboola",
      "recommend", "trending", "mostread", "most-read", "mostpopular", "most-popular", "promo",
      "modal", "overlay", "masthead", "navbar", "nav-", "-nav", "topbar", "toolbar");
  private static final List<String> MAYBE = List.of(
      "and", "article", "body", "column", "content", "main", "shadow", "story", "post", "entry",
      "embed", "tweet");
  private static final List<String> NEGATIVE = List.of(
      "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "gdpr",
      "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox",
      "sidebar", "skyscraper", "sponsor", "shopping", "tags", "tool", "widget", "cookie",
      "newsletter", "subscri", "recommend", "byline", "caption");
  private static final List<String> POSITIVE = List.of(
      "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination",
      "post", "text", "blog", "story");
  private static final Set<String> NOISE_WORDS = Set.of(
      "ad", "ads", "advert", "advertisement", "adslot", "adunit", "dfp", "share", "sharing",
      "social", "tag", "tags", "byline", "author", "caption", "credit", "related", "newsletter",
      "subscribe", "signup", "promo", "breadcrumb", "breadcrumbs", "print", "comment", "comments",
      "toolbar", "tools", "meta", "timestamp", "dateline", "readmore", "recirc", "sponsored",
      "outbrain", "taboola");
  private static final List<String> NOISE_PHRASES = List.of(
      "read-more", "more-stories", "inline-related", "video-player", "embed-video");
  private static final Set<String> BAD_ROLES = Set.of(
      "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog", "banner",
      "contentinfo", "search");

  private ClassHints() {}

  /** Lower-cased class and id joined by a space, or "" when the element has neither. */
  static String hintText(Element e) {
    String cls = e.className();
    String id = e.id();
    if (cls.isEmpty() && id.isEmpty()) {
      return "";
    }
    return (cls + " " + id).toLowerCase(Locale.ROOT);
  }

  /** Page furniture by name: navigation, banners, comments, related links, share bars. */
  static boolean isBoilerplate(Element e) {
    String role = e.attr("role");
    if (!role.isEmpty() && BAD_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
      return true;
    }
    String h = hintText(e);
    return !h.isEmpty() && containsAny(h, UNLIKELY) && !containsAny(h, MAYBE);
  }

  /** Readability's class weight: -25 per negative, +25 per positive name, for class and id apart. */
  static int weight(Element e) {
    return weightOf(e.className().toLowerCase(Locale.ROOT)) + weightOf(e.id().toLowerCase(Locale.ROOT));
  }

  private static int weightOf(String s) {
    if (s.isEmpty()) {
      return 0;
    }
    int w = 0;
    if (containsAny(s, NEGATIVE) || s.equals("hid") || s.startsWith("hid ") || s.endsWith(" hid")
        || s.contains(" hid ")) {
      w -= 25;
    }
    if (containsAny(s, POSITIVE)) {
      w += 25;
    }
    return w;
  }

  /** Small furniture inside an article: share buttons, tag lists, bylines, captions, ad slots. */
  static boolean isNoiseInContent(Element e) {
    String h = hintText(e);
    if (h.isEmpty()) {
      return false;
    }
    if (containsAny(h, NOISE_PHRASES)) {
      return true;
    }
    int start = 0;
    for (int i = 0; i <= h.length(); i++) {
      if (i == h.length() || isWordBreak(h.charAt(i))) {
        if (i > start && NOISE_WORDS.contains(h.substring(start, i))) {
          return true;
        }
        start = i + 1;
      }
    }
    return false;
  }

  private static boolean isWordBreak(char c) {
    return c == ' ' || c == '-' || c == '_' || c == '\t' || c == '\n';
  }

  static boolean containsAny(String s, List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      if (s.contains(words.get(i))) {
        return true;
      }
    }
    return false;
  }
}
