package org.tidende.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tidende.model.ArticleId;

/**
 * Articles that are copies of one another, to be shown once with their sources.
 *
 * @param canonical the earliest member by event time (input order among equal times)
 * @param copies the other members, in event-time order; empty for a unique article
 * @param sources distinct outlets of all members in member order (canonical first), unknown ones
 *     left out
 * @param minSimilarity the lowest similarity on the links that joined the group (1 when exact
 *     only, 1 for a single article)
 * @param sameHeadline whether a link that joined the group was a same-headline match ({@link
 *     DuplicateVerdict.Match#HEADLINE}): the titles are equal and the texts may differ (an item
 *     updated under its headline), so {@code minSimilarity} can be low
 */
public record DuplicateGroup(ArticleId canonical, List<ArticleId> copies, List<String> sources, double minSimilarity,
    boolean sameHeadline) {
  public DuplicateGroup {
    Objects.requireNonNull(canonical, "canonical");
    copies = List.copyOf(copies);
    sources = List.copyOf(sources);
  }

  /** Canonical first, then the copies. */
  public List<ArticleId> members() {
    List<ArticleId> all = new ArrayList<>(copies.size() + 1);
    all.add(canonical);
    all.addAll(copies);
    return List.copyOf(all);
  }

  public int size() {
    return copies.size() + 1;
  }
}
