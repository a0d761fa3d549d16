package org.tidende.ingest.html;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article object of a page's schema.org JSON-LD ({@code <script type="application/ld+json">}),
 * when it has one: the first object whose {@code @type} names an article kind (Article,
 * NewsArticle, BlogPosting, ReportageNewsArticle, ...), searched through arrays, {@code @graph} and
 * nested objects. Publishers write sloppy JSON, so comments, trailing commas, single quotes and raw
 * control characters are accepted; a script that still fails to parse is skipped.
 *
 * @param headline {@code headline} or {@code name}, or null
 * @param body {@code articleBody} (or {@code text}), or null
 * @param datePublished {@code datePublished} (else {@code dateCreated}), raw, or null
 * @param url {@code url} or {@code mainEntityOfPage}, or null
 * @param language {@code inLanguage}, or null
 */
record JsonLdArticle(String headline, String body, String datePublished, String url, String language) {

  static final JsonLdArticle NONE = new JsonLdArticle(null, null, null, null, null);

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
          JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
          JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
      .build();
  private static final int MAX_DEPTH = 8;

  /** The first article object in the document's JSON-LD scripts, or {@link #NONE}. */
  static JsonLdArticle read(Document doc) {
    JsonNode fallback = null;
    for (Element script : doc.getElementsByTag("script")) {
      if (!script.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
        continue;
      }
      String json = script.data().strip();
      if (json.startsWith("<!--")) {
        json = json.replaceFirst("^<!--", "").replaceFirst("-->\\s*$", "");
      }
      JsonNode root;
      try {
        root = MAPPER.readTree(json);
      } catch (Exception e) {
        continue; // sloppy JSON beyond repair: the page may still have other metadata
      }
      JsonNode article = find(root, 0, true);
      if (article != null) {
        return of(article);
      }
      if (fallback == null) {
        fallback = find(root, 0, false);
      }
    }
    return fallback == null ? NONE : of(fallback);
  }

  private static JsonLdArticle of(JsonNode n) {
    return new JsonLdArticle(
        first(n, "headline", "name"),
        first(n, "articleBody", "text"),
        first(n, "datePublished", "dateCreated"),
        first(n, "url", "mainEntityOfPage"),
        first(n, "inLanguage"));
  }

  /** Depth-first search for an article-typed object, or (when {@code strict} is false) a WebPage. */
  private static JsonNode find(JsonNode n, int depth, boolean strict) {
    if (n == null || depth > MAX_DEPTH) {
      return null;
    }
    if (n.isArray()) {
      for (JsonNode child : n) {
        JsonNode hit = find(child, depth + 1, strict);
        if (hit != null) {
          return hit;
        }
      }
      return null;
    }
    if (!n.isObject()) {
      return null;
    }
    if (typeMatches(n.get("@type"), strict)) {
      return n;
    }
    for (var it = n.properties().iterator(); it.hasNext(); ) {
      var e = it.next();
      if (e.getValue().isContainerNode()) {
        JsonNode hit = find(e.getValue(), depth + 1, strict);
        if (hit != null) {
          return hit;
        }
      }
    }
    return null;
  }

  private static boolean typeMatches(JsonNode type, boolean strict) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (typeMatches(t, strict)) {
          return true;
        }
      }
      return false;
    }
    String t = type.asText("").toLowerCase(Locale.ROOT);
    if (strict) {
      return t.endsWith("article") || t.equals("blogposting") || t.equals("liveblogposting")
          || t.equals("report") || t.equals("posting");
    }
    return t.endsWith("webpage");
  }

  /** The first named field as text: a string, or the {@code @id}/{@code url} of an object. */
  private static String first(JsonNode n, String... names) {
    for (String name : names) {
      String v = asText(n.get(name));
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  private static String asText(JsonNode v) {
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isArray()) {
      return v.isEmpty() ? null : asText(v.get(0));
    }
    if (v.isObject()) {
      String id = asText(v.get("@id"));
      return id != null ? id : asText(v.get("url"));
    }
    return v.isValueNode() ? v.asText() : null;
  }
}
