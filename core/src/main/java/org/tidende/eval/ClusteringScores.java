package org.tidende.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Agreement of a predicted clustering with a gold one.
 *
 * <p>BCubed (Bagga and Baldwin, 1998; Amigó et al., 2009): per item, precision is the share of its
 * predicted cluster that shares its gold label, recall the share of its gold cluster that shares
 * its predicted label; both averaged over items. Pairwise: precision and recall of the set of
 * same-cluster item pairs. NMI: mutual information normalised by the arithmetic mean of the two
 * entropies (Strehl and Ghosh, 2002). Counting via a contingency table: O(n) time and space.
 *
 * @param bcubed BCubed precision, recall, F1
 * @param pairwise pairwise precision, recall, F1 (precision and recall are 1 when there are no pairs)
 * @param nmi normalised mutual information in [0, 1]
 * @param items number of items scored
 * @param clusters number of predicted clusters
 * @param goldClusters number of gold clusters
 */
public record ClusteringScores(Prf bcubed, Prf pairwise, double nmi, int items, int clusters, int goldClusters) {

  /** Precision, recall and their harmonic mean. */
  public record Prf(double p, double r, double f1) {
    static Prf of(double p, double r) {
      return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
  }

  /** Scores {@code predicted} against {@code gold}; index i of both lists is the same item. */
  public static ClusteringScores compute(List<String> gold, List<String> predicted) {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(predicted, "predicted");
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException("gold has " + gold.size() + " items, predicted " + predicted.size());
    }
    int n = gold.size();
    Map<String, Integer> goldSize = new HashMap<>();
    Map<String, Integer> predSize = new HashMap<>();
    Map<String, Integer> joint = new HashMap<>();
    for (int i = 0; i < n; i++) {
      goldSize.merge(gold.get(i), 1, Integer::sum);
      predSize.merge(predicted.get(i), 1, Integer::sum);
      joint.merge(predicted.get(i) + "\u0000" + gold.get(i), 1, Integer::sum);
    }
    double bp = 0;
    double br = 0;
    for (int i = 0; i < n; i++) {
      int both = joint.get(predicted.get(i) + "\u0000" + gold.get(i));
      bp += (double) both / predSize.get(predicted.get(i));
      br += (double) both / goldSize.get(gold.get(i));
    }
    double tp = 0;
    for (int c : joint.values()) {
      tp += c * (c - 1) / 2.0;
    }
    double predPairs = pairs(predSize);
    double goldPairs = pairs(goldSize);
    Prf pairwise = Prf.of(predPairs == 0 ? 1 : tp / predPairs, goldPairs == 0 ? 1 : tp / goldPairs);
    return new ClusteringScores(n == 0 ? Prf.of(0, 0) : Prf.of(bp / n, br / n), pairwise,
        nmi(goldSize, predSize, joint, n), n, predSize.size(), goldSize.size());
  }

  private static double pairs(Map<String, Integer> sizes) {
    double s = 0;
    for (int c : sizes.values()) {
      s += c * (c - 1) / 2.0;
    }
    return s;
  }

  private static double nmi(Map<String, Integer> gold, Map<String, Integer> pred, Map<String, Integer> joint, int n) {
    if (n == 0) {
      return 0;
    }
    double hg = entropy(gold, n);
    double hp = entropy(pred, n);
    double mi = 0;
    for (Map.Entry<String, Integer> e : joint.entrySet()) {
      String[] parts = e.getKey().split("\u0000", 2);
      double pxy = e.getValue() / (double) n;
      double px = pred.get(parts[0]) / (double) n;
      double py = gold.get(parts[1]) / (double) n;
      mi += pxy * Math.log(pxy / (px * py));
    }
    if (hg + hp == 0) {
      return 1;
    }
    return Math.max(0, Math.min(1, 2 * mi / (hg + hp)));
  }

  private static double entropy(Map<String, Integer> sizes, int n) {
    double h = 0;
    for (int c : sizes.values()) {
      double p = c / (double) n;
      h -= p * Math.log(p);
    }
    return h;
  }
}
