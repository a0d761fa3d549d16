package org.tidende.flink.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The single-machine duplicate grouping over {@link NearDuplicateKeys}: items in duplicate order
 * (event time, then input position), each judged against the {@code scanCap} newest earlier items
 * under each of its keys, joined to the best match (see {@link DuplicateMatch#beats}); groups are
 * the trees of those links, the earliest member canonical. This is what core's {@code
 * DuplicateGrouping} computes with its index, and what the Flink job computes bucket by bucket;
 * tests and the agreement measurement compare the two.
 *
 * <p>Cost: one pass, {@code O(keys * scanCap)} verifications per item at worst. Memory: the key
 * chains of all items. Not for unbounded streams.
 */
public final class LocalDuplicates {
  private LocalDuplicates() {}

  /** An item to group: id, place in duplicate order, sketch. */
  public record Item(String id, long time, long pos, DuplicateSketch sketch) {}

  /** One assignment per item, in duplicate order. Ids should be distinct. */
  public static List<DuplicateAssignment> group(List<Item> items, NearDuplicateKeys keys) {
    Objects.requireNonNull(keys, "keys");
    List<Item> order = new ArrayList<>(items);
    order.sort(Comparator.comparingLong(Item::time).thenComparingLong(Item::pos));
    Map<Long, List<Integer>> chains = new HashMap<>();
    int[] parent = new int[order.size()];
    DuplicateMatch[] matches = new DuplicateMatch[order.size()];
    int[] of = new int[order.size()];
    for (int r = 0; r < order.size(); r++) {
      Item it = order.get(r);
      parent[r] = r;
      long[] k = it.sketch().keys();
      int best = -1;
      for (int kind = 0; kind < k.length; kind++) {
        if (k[kind] == 0) {
          continue;
        }
        List<Integer> chain = chains.computeIfAbsent(DuplicateStage.bucket(kind, k[kind]), x -> new ArrayList<>(2));
        for (int i = chain.size() - 1; i >= Math.max(0, chain.size() - keys.scanCap()); i--) {
          Item e = order.get(chain.get(i));
          DuplicateMatch m = keys.verify(kind, e.sketch(), e.time(), it.sketch(), it.time());
          if (m != null && (best < 0 || m.beats(e.time(), e.pos(), matches[r], order.get(best).time(), order.get(best).pos()))) {
            best = chain.get(i);
            matches[r] = m;
          }
        }
        chain.add(r);
      }
      if (best >= 0) {
        of[r] = best;
        parent[r] = find(parent, best);
      }
    }
    List<DuplicateAssignment> out = new ArrayList<>(order.size());
    for (int r = 0; r < order.size(); r++) {
      String id = order.get(r).id();
      out.add(matches[r] == null ? DuplicateAssignment.canonical(id)
          : new DuplicateAssignment(id, order.get(parent[r]).id(), order.get(of[r]).id(), matches[r].kind().name(), matches[r].similarity()));
    }
    return out;
  }

  private static int find(int[] parent, int x) {
    while (parent[x] != x) {
      x = parent[x];
    }
    return x;
  }
}
