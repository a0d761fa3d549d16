package org.tidende.entity;

import java.util.Map;
import opennlp.tools.ml.model.Context;

/**
 * A perceptron's feature-string → weights map ({@code AbstractModel}'s predicate map) laid out flat
 * for {@link PerceptronNameFinder}: open addressing with linear probing over parallel arrays of
 * hash codes, keys and weight ranges, and every predicate's outcomes and weights in two flat arrays,
 * in the order of its {@link Context}.
 *
 * <p>Why: the look-ups are most of the tagging time, and they are bound by memory, not by
 * arithmetic (~100k predicates a model, looked up ~45 times a token). A {@code HashMap} visits a
 * node, the key, the {@code Context} and its two arrays; this table visits the hash array, the key
 * (compared only when the stored hash matches) and one range of the flat arrays. Exact: the same
 * string comparison decides a hit, and {@link #add} adds a predicate's weights in the order
 * OpenNLP's {@code ArrayMath.sumFeatures} does. Cost: the model's weights a second time in memory
 * (about 8 MB for the Danish/Swedish model: 122k predicates, 387k weights), built once per model.
 * Immutable after construction, so thread-safe.
 */
final class PredicateTable {
  private final int[] hashes;
  private final String[] keys;
  private final int[] from;
  private final int[] to;
  private final int[] outcomes;
  private final double[] weights;
  private final int shift;

  /** A table of {@code predicates} (a perceptron's predicate map; null contexts are left out). */
  PredicateTable(Map<String, Context> predicates) {
    int capacity = Integer.highestOneBit(Math.max(4, predicates.size() * 2 - 1)) << 1; // load at most 1/2
    this.shift = 32 - Integer.numberOfTrailingZeros(capacity);
    this.hashes = new int[capacity];
    this.keys = new String[capacity];
    this.from = new int[capacity];
    this.to = new int[capacity];
    int total = 0;
    for (Context c : predicates.values()) {
      total += c == null ? 0 : c.getOutcomes().length;
    }
    this.outcomes = new int[total];
    this.weights = new double[total];
    int next = 0;
    for (Map.Entry<String, Context> e : predicates.entrySet()) {
      Context c = e.getValue();
      if (c == null) {
        continue;
      }
      int h = e.getKey().hashCode();
      int slot = home(h);
      while (keys[slot] != null) {
        slot = (slot + 1) & (capacity - 1);
      }
      hashes[slot] = h;
      keys[slot] = e.getKey();
      from[slot] = next;
      System.arraycopy(c.getOutcomes(), 0, outcomes, next, c.getOutcomes().length);
      System.arraycopy(c.getParameters(), 0, weights, next, c.getOutcomes().length);
      next += c.getOutcomes().length;
      to[slot] = next;
    }
  }

  private int home(int hash) {
    return (hash * 0x9E3779B9) >>> shift; // Fibonacci hashing: the top bits of the product
  }

  /** The slot of {@code predicate}, or -1 when the model has no weights for it. */
  int find(String predicate) {
    int h = predicate.hashCode();
    int mask = keys.length - 1;
    for (int slot = home(h); ; slot = (slot + 1) & mask) {
      String k = keys[slot];
      if (k == null) {
        return -1;
      }
      if (hashes[slot] == h && k.equals(predicate)) {
        return slot;
      }
    }
  }

  /** Adds the weights of the predicate at {@code slot} (-1: none) to {@code sums}, per outcome. */
  void add(int slot, double[] sums) {
    if (slot >= 0) {
      for (int a = from[slot], end = to[slot]; a < end; a++) {
        sums[outcomes[a]] += weights[a];
      }
    }
  }
}
