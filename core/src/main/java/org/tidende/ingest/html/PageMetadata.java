package org.tidende.ingest.html;

import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.tidende.model.ArticleDate;
import org.tidende.model.Language;

/**
 * Headline, publication date, canonical URL and declared language of a page, read from its
 * metadata before the body is cleaned (the cleaner removes {@code <head>} noise and datelines).
 *
 * <p>Date sources in order of trust: {@code article:published_time} and kin, {@code itemprop=
 * datePublished}, JSON-LD {@code datePublished}, generic date metas, the first {@code <time
 * datetime>}, and last a visible dateline near the top of the body text. The headline prefers the
 * page's {@code <h1>} when the {@code <title>} or {@code og:title} confirms it, else {@code
 * og:title}/JSON-LD, else the {@code <title>} with its site-name suffix cut.
 */
record PageMetadata(String title, ArticleDate date, String canonicalUrl, Language language) {

  private static final String[] DATE_METAS = {
    "article:published_time", "og:published_time", "og:article:published_time",
    "article:published", "datepublished", "date", "pubdate", "publishdate", "publish-date",
    "publish_date", "published_time", "dc.date.issued", "dc.date", "dcterms.created",
    "dcterms.date", "sailthru.date", "parsely-pub-date", "cxenseparse:recs:publishtime",
    "article.published", "og:updated_time", "article:modified_time"
  };
  private static final Pattern TITLE_SEPARATORS = Pattern.compile("\\s+[|\\-–—:·»]\\s+|\\s*[|»]\\s*");

  static PageMetadata read(Document doc, JsonLdArticle ld, String baseUri) {
    Map<String, String> metas = metas(doc);
    return new PageMetadata(title(doc, metas, ld), date(doc, metas, ld).orElse(null),
        canonical(doc, metas, ld, baseUri), language(doc, metas, ld));
  }

  private static String title(Document doc, Map<String, String> metas, JsonLdArticle ld) {
    String site = clean(meta(metas, "og:site_name", "application-name"));
    String docTitle = clean(doc.title());
    String og = withoutSite(clean(meta(metas, "og:title", "twitter:title")), site);
    String ldHeadline = withoutSite(clean(ld.headline()), site);
    String h1 = "";
    for (Element e : doc.select("h1")) {
      String t = clean(e.text());
      if (t.isEmpty() || t.equalsIgnoreCase(site) || isSitePart(docTitle, t)) {
        continue; // a logo in an h1 names the site, not the story
      }
      if (contains(docTitle, t) || contains(og, t) || contains(ldHeadline, t)) {
        return t;
      }
      if (h1.isEmpty()) {
        h1 = t;
      }
    }
    if (!og.isEmpty()) {
      return og;
    }
    if (!ldHeadline.isEmpty()) {
      return ldHeadline;
    }
    String cut = cutSiteName(withoutSite(docTitle, site));
    return cut.isEmpty() ? h1 : cut;
  }

  private static boolean contains(String outer, String inner) {
    return !outer.isEmpty() && inner.length() >= 10 && fold(outer).contains(fold(inner));
  }

  /** Lower case with typographic quotes and dashes folded, for comparing headline variants. */
  private static String fold(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[‘’‚‛`´]", "'").replaceAll("[“”„‟]", "\"")
        .replaceAll("[–—‒―]", "-");
  }

  /** True when {@code part} is what a title shows after (or before) its last separator. */
  private static boolean isSitePart(String title, String part) {
    String[] parts = TITLE_SEPARATORS.split(title);
    return parts.length >= 2 && (parts[parts.length - 1].strip().equalsIgnoreCase(part)
        || parts[0].strip().equalsIgnoreCase(part));
  }

  /** "Headline | Site", "Headline - Site" or "Site: Headline" with the site's own name removed. */
  static String withoutSite(String title, String site) {
    if (site.isEmpty() || title.length() <= site.length() + 3) {
      return title;
    }
    String t = title;
    String lower = t.toLowerCase(Locale.ROOT);
    String s = site.toLowerCase(Locale.ROOT);
    if (lower.endsWith(s)) {
      t = t.substring(0, t.length() - site.length()).replaceFirst("[\\s|\\-–—:·»]+$", "");
    } else if (lower.startsWith(s)) {
      t = t.substring(site.length()).replaceFirst("^[\\s|\\-–—:·»]+", "");
    }
    return t.isBlank() ? title : t.strip();
  }

  /** "Headline | Site" → "Headline": keep the longest part when it has at least three words. */
  static String cutSiteName(String title) {
    String[] parts = TITLE_SEPARATORS.split(title);
    if (parts.length < 2) {
      return title;
    }
    String best = "";
    for (String p : parts) {
      if (p.length() > best.length()) {
        best = p.strip();
      }
    }
    return best.split("\\s+").length >= 3 ? best : title;
  }

  private static Optional<ArticleDate> date(Document doc, Map<String, String> metas, JsonLdArticle ld) {
    for (String name : DATE_METAS) {
      Optional<ArticleDate> d = DateReading.parse(meta(metas, name));
      if (d.isPresent()) {
        if (name.equals("og:updated_time") || name.equals("article:modified_time")) {
          Optional<ArticleDate> fromLd = DateReading.parse(ld.datePublished());
          return fromLd.isPresent() ? fromLd : d;
        }
        return d;
      }
      if (name.equals("datepublished")) {
        Optional<ArticleDate> fromLd = DateReading.parse(ld.datePublished());
        if (fromLd.isPresent()) {
          return fromLd;
        }
      }
    }
    for (Element e : doc.select("[itemprop=datePublished], time[datetime], time[pubdate]")) {
      String v = e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("content") ? e.attr("content") : e.text();
      Optional<ArticleDate> d = DateReading.parse(v);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  private static String canonical(Document doc, Map<String, String> metas, JsonLdArticle ld, String baseUri) {
    Element link = doc.selectFirst("link[rel~=(?i)^canonical$][href]");
    String url = link == null ? "" : link.absUrl("href");
    if (url.isEmpty() && link != null && link.attr("href").startsWith("http")) {
      url = link.attr("href");
    }
    if (url.isEmpty()) {
      url = absolute(meta(metas, "og:url"), baseUri);
    }
    if (url.isEmpty() && ld.url() != null) {
      url = absolute(ld.url(), baseUri);
    }
    return url.isEmpty() ? null : url;
  }

  private static String absolute(String url, String baseUri) {
    if (url == null || url.isBlank()) {
      return "";
    }
    String u = url.strip();
    if (u.startsWith("http://") || u.startsWith("https://")) {
      return u;
    }
    if (baseUri == null || baseUri.isBlank()) {
      return "";
    }
    try {
      return URI.create(baseUri).resolve(u).toString();
    } catch (RuntimeException e) {
      return "";
    }
  }

  private static Language language(Document doc, Map<String, String> metas, JsonLdArticle ld) {
    Element html = doc.selectFirst("html");
    String[] candidates = {
      html == null ? null : html.attr("lang"),
      html == null ? null : html.attr("xml:lang"),
      meta(metas, "og:locale"),
      meta(metas, "content-language"),
      meta(metas, "language", "dc.language"),
      ld.language()
    };
    for (String c : candidates) {
      Language l = Language.parse(c);
      if (l.isKnown()) {
        return l;
      }
    }
    return Language.UND;
  }

  /**
   * The page's {@code <meta>} values keyed by lower-cased property, name, itemprop and http-equiv;
   * the first non-blank value of each key wins. Built once, so each lookup is not a tree walk.
   */
  static Map<String, String> metas(Document doc) {
    Map<String, String> out = new HashMap<>();
    for (Element m : doc.getElementsByTag("meta")) {
      String c = m.hasAttr("content") ? m.attr("content") : m.attr("datetime");
      if (c.isBlank()) {
        continue;
      }
      for (String key : new String[] {"property", "name", "itemprop", "http-equiv"}) {
        String k = m.attr(key);
        if (!k.isEmpty()) {
          out.putIfAbsent(k.strip().toLowerCase(Locale.ROOT), c.strip());
        }
      }
    }
    return out;
  }

  private static String meta(Map<String, String> metas, String... names) {
    for (String name : names) {
      String v = metas.get(name);
      if (v != null) {
        return v;
      }
    }
    return "";
  }

  private static String clean(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").strip();
  }
}
