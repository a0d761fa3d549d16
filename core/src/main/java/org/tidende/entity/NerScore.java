package org.tidende.entity;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Entity-level exact-match scoring (CoNLL style): a predicted name counts as correct only when its
 * first token, last token and type all equal a gold name's. Accumulates over sentences; not
 * thread-safe.
 */
public final class NerScore {
  /** True/false positives and false negatives, with the derived precision, recall and F1. */
  public record Counts(long tp, long fp, long fn) {
    public Counts plus(Counts o) {
      return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    public double precision() {
      return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public long gold() {
      return tp + fn;
    }
  }

  private final Map<EntityType, Counts> byType = new EnumMap<>(EntityType.class);

  /** Adds one sentence's gold and predicted names. */
  public void add(List<NameSpan> gold, List<NameSpan> predicted) {
    Set<NameSpan> g = new HashSet<>(gold);
    Set<NameSpan> p = new HashSet<>(predicted);
    for (NameSpan s : p) {
      bump(s.type(), g.contains(s) ? new Counts(1, 0, 0) : new Counts(0, 1, 0));
    }
    for (NameSpan s : g) {
      if (!p.contains(s)) {
        bump(s.type(), new Counts(0, 0, 1));
      }
    }
  }

  private void bump(EntityType t, Counts c) {
    byType.merge(t, c, Counts::plus);
  }

  /** Micro-averaged counts over all types. */
  public Counts total() {
    return byType.values().stream().reduce(new Counts(0, 0, 0), Counts::plus);
  }

  /** Counts per type, for the types seen in gold or predictions, in enum order. */
  public Map<EntityType, Counts> byType() {
    return new EnumMap<>(byType);
  }
}
