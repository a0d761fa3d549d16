package org.tidende.store;

import java.io.IOException;
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
 * <p>Design. With a store, the store answers for what its readers see: every article carries its
 * id, normalised URL and content id as exact terms ({@link Store#keptArticle}), one term lookup
 * each. In memory are only the keys of articles added since the readers last refreshed ({@link
 * #visible} drops them; the writer refreshes at least once a second while it writes), and of
 * articles whose indexing failed after their log write (kept for the process's life: they come
 * back from the log at a restart, so a resubmission is their duplicate). Without a store (null),
 * three hash maps hold every key, about 200 bytes per article.
 *
 * <p>Why: the maps grew per article forever, with the session's ids seen most of the 150 bytes per
 * article a server's live heap still grew by (Danish archive, live heap after a restart: 109,074
 * KB at half of it, 112,547 KB at all of it; now 104,640 and 102,728 KB, flat within the noise);
 * the store has every article anyway. Cost: a new
 * article (the common case) costs three term lookups, some tens of microseconds; a store written
 * by an older build lacks the URL and content terms, so its articles are indexed again at the first
 * start (the index version, {@link Store#analysisCurrent}), after which the lookups find them.
 * Failure modes: a store read that fails fails the request (its caller reports it); a hit by URL
 * or content names the kept article of lowest seq. Near-duplicates (a wire story lightly edited)
 * are not caught here; they are kept and cluster into the same story. Not thread-safe (the
 * archive's writer thread owns it).
 */
final class DuplicateIndex {
  private final Store store;
  private final Set<ArticleId> ids = new HashSet<>();
  private final Map<String, ArticleId> urls = new HashMap<>();
  private final Map<ArticleId, ArticleId> contents = new HashMap<>();
  /** Articles whose indexing failed: kept in memory, their store copy may be missing. */
  private final Map<ArticleId, Article> pinned = new HashMap<>();

  /** @param store answers for the articles its readers see, or null to keep every key in memory */
  DuplicateIndex(Store store) {
    this.store = store;
  }

  /**
   * The duplicate verdict for {@code a}, if it repeats a kept article.
   *
   * @throws IOException when the store cannot be read
   */
  Optional<IngestOutcome.Duplicate> find(Article a) throws IOException {
    if (ids.contains(a.id()) || (store != null && store.keptArticle(Store.Key.ID, a.id().value()).isPresent())) {
      return Optional.of(new IngestOutcome.Duplicate(a.id(), a.id(), "id"));
    }
    String url = normaliseUrl(a.url());
    if (url != null) {
      ArticleId of = urls.get(url);
      if (of == null && store != null) {
        of = store.keptArticle(Store.Key.URL, url).orElse(null);
      }
      if (of != null) {
        return Optional.of(new IngestOutcome.Duplicate(a.id(), of, "url"));
      }
    }
    ArticleId content = ArticleId.ofContent(a.title(), a.text());
    ArticleId of = contents.get(content);
    if (of == null && store != null) {
      of = store.keptArticle(Store.Key.CONTENT, content.value()).orElse(null);
    }
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

  /** Keeps {@code a}'s keys in memory for good: logged, but its indexing failed. */
  void pin(Article a) {
    pinned.put(a.id(), a);
  }

  /**
   * The store's readers now see every article added so far: their keys leave memory (pinned ones
   * stay). Without a store, nothing changes.
   */
  void visible() {
    if (store == null) {
      return;
    }
    ids.clear();
    urls.clear();
    contents.clear();
    pinned.values().forEach(this::add);
  }

  /** Articles whose keys are held in memory. */
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
