package org.tidende.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tidende.model.Article;
import org.tidende.model.ArticleId;

/**
 * Groups a batch of articles into duplicate groups by replaying them through a fresh {@link
 * NearDuplicateIndex} in event-time order and joining every duplicate with what it duplicates
 * (union-find, so copies of copies join the same group).
 *
 * <p>Cost: one index add per article. Failure mode: chaining (A~B, B~C joins A and C even when
 * they are not near each other); with the default thresholds such chains are rare and stay within
 * one story. Deterministic: undated articles take the time of the dated article before them in the
 * input (0 at the start); equal times keep input order.
 */
public final class DuplicateGrouping {
  private DuplicateGrouping() {}

  /**
   * Every article in exactly one group (unique articles form groups of one), groups ordered by
   * their canonical's event time. Ids should be distinct; a repeated id is treated as another
   * article with the same name.
   */
  public static List<DuplicateGroup> group(List<Article> articles, DedupConfig config) {
    Objects.requireNonNull(articles, "articles");
    int n = articles.size();
    long[] times = eventTimes(articles);
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.<Integer>comparingLong(i -> times[i]).thenComparingInt(i -> i));
    NearDuplicateIndex index = new NearDuplicateIndex(config.withCapacity(Math.max(config.maxItems(), n), config.maxAgeSeconds()));
    int[] parent = new int[n];
    double[] minSim = new double[n];
    boolean[] headline = new boolean[n];
    Map<ArticleId, Integer> rankOfId = new LinkedHashMap<>();
    for (int r = 0; r < n; r++) {
      Article a = articles.get(order[r]);
      parent[r] = r;
      minSim[r] = 1;
      DuplicateVerdict v = index.add(a.id(), a.title(), a.text(), times[order[r]]);
      if (v instanceof DuplicateVerdict.Duplicate d) {
        int root = find(parent, rankOfId.get(d.of()));
        parent[r] = root;
        minSim[root] = Math.min(minSim[root], d.similarity());
        headline[root] |= d.match() == DuplicateVerdict.Match.HEADLINE;
      }
      rankOfId.putIfAbsent(a.id(), r);
    }
    return collect(articles, order, parent, minSim, headline);
  }

  private static List<DuplicateGroup> collect(List<Article> articles, Integer[] order, int[] parent, double[] minSim,
      boolean[] headline) {
    Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
    for (int r = 0; r < order.length; r++) {
      byRoot.computeIfAbsent(find(parent, r), x -> new ArrayList<>()).add(r);
    }
    List<DuplicateGroup> groups = new ArrayList<>(byRoot.size());
    for (Map.Entry<Integer, List<Integer>> e : byRoot.entrySet()) {
      List<Integer> members = e.getValue();
      List<ArticleId> copies = new ArrayList<>();
      LinkedHashSet<String> sources = new LinkedHashSet<>();
      for (int r : members) {
        Article a = articles.get(order[r]);
        if (r != members.get(0)) {
          copies.add(a.id());
        }
        if (a.source() != null && !a.source().isBlank()) {
          sources.add(a.source());
        }
      }
      ArticleId canonical = articles.get(order[members.get(0)]).id();
      groups.add(new DuplicateGroup(canonical, copies, new ArrayList<>(sources), minSim[e.getKey()],
          headline[e.getKey()]));
    }
    return groups;
  }

  private static int find(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  private static long[] eventTimes(List<Article> articles) {
    long[] t = new long[articles.size()];
    long last = 0;
    for (int i = 0; i < t.length; i++) {
      Article a = articles.get(i);
      if (a.date() != null) {
        last = a.date().epochSecond();
      }
      t[i] = last;
    }
    return t;
  }
}
