package org.tidende.store;

import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tidende.model.Article;
import org.tidende.model.ArticleId;

/**
 * Exact duplicate detection on ingest: the same id, the same URL (normalised), or the same content
 * (the content id of {@link ArticleId#ofContent}: whitespace-normalised title and text).
 *
 * <p>Three hash maps in memory, rebuilt from the store on start: O(1) per article, about 200 bytes
 * per stored article. Near-duplicates (a wire story lightly edited) are not caught here; they are
 * kept and cluster into the same story. Not thread-safe (the archive's writer thread owns it).
 */
final class DuplicateIndex {
  private final Set<ArticleId> ids = new HashSet<>();
  private final Map<String, ArticleId> urls = new HashMap<>();
  private final Map<ArticleId, ArticleId> contents = new HashMap<>();

  /** The duplicate verdict for {@code a}, if it repeats a kept article. */
  Optional<IngestOutcome.Duplicate> find(Article a) {
    if (ids.contains(a.id())) {
      return Optional.of(new IngestOutcome.Duplicate(a.id(), a.id(), "id"));
    }
    String url = normaliseUrl(a.url());
    if (url != null && urls.containsKey(url)) {
      return Optional.of(new IngestOutcome.Duplicate(a.id(), urls.get(url), "url"));
    }
    ArticleId of = contents.get(ArticleId.ofContent(a.title(), a.text()));
    return of == null ? Optional.empty() : Optional.of(new IngestOutcome.Duplicate(a.id(), of, "content"));
  }

  void add(Article a) {
    ids.add(a.id());
    String url = normaliseUrl(a.url());
    if (url != null) {
      urls.putIfAbsent(url, a.id());
    }
    contents.putIfAbsent(ArticleId.ofContent(a.title(), a.text()), a.id());
  }

  /** Undoes {@link #add} (for a write that failed). */
  void remove(Article a) {
    ids.remove(a.id());
    String url = normaliseUrl(a.url());
    if (url != null) {
      urls.remove(url, a.id());
    }
    contents.remove(ArticleId.ofContent(a.title(), a.text()), a.id());
  }

  int size() {
    return ids.size();
  }

  /** Scheme and host lower-cased, fragment and trailing slash dropped; null for null or blank. */
  static String normaliseUrl(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String u = url.strip();
    int hash = u.indexOf('#');
    if (hash >= 0) {
      u = u.substring(0, hash);
    }
    try {
      URI uri = URI.create(u);
      if (uri.getScheme() != null && uri.getHost() != null) {
        String rest = u.substring(u.indexOf(uri.getHost()) + uri.getHost().length());
        u = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT) + rest;
      }
    } catch (IllegalArgumentException e) {
      // not a URI: compared as written
    }
    while (u.endsWith("/")) {
      u = u.substring(0, u.length() - 1);
    }
    return u.isEmpty() ? null : u;
  }
}
