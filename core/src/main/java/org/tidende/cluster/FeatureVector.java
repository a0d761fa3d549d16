package org.tidende.cluster;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.tidende.analysis.ScandinavianFold;
import org.tidende.model.AnalyzedArticle;
import org.tidende.model.Language;

/**
 * An article as a unit-length sparse TF-IDF vector over three kinds of features: analysed terms
 * (namespaced by language group, so English "gift" and Scandinavian "gift" do not meet), name keys
 * ({@code N:}) and numbers ({@code #:}), which are shared by all languages and carry cross-language
 * links. Terms of Nynorsk, Bokmål, Danish and Swedish are folded with {@link ScandinavianFold} into
 * one group, so the four spellings of a word meet.
 *
 * @param keys features, sorted by descending weight
 * @param weights matching weights; the vector has unit length
 */
public record FeatureVector(String[] keys, float[] weights) {

  /** Builds the vector, first counting the article in {@code df} (so idf includes it). */
  public static FeatureVector of(AnalyzedArticle a, DocumentFrequencies df, ClusterConfig cfg) {
    Map<String, Double> tf = new HashMap<>();
    String group = group(a.lang());
    boolean fold = a.lang().isScandinavian();
    for (String t : a.bodyTerms()) {
      tf.merge(group + (fold ? ScandinavianFold.skeleton(t) : t), 1.0, Double::sum);
    }
    for (String t : a.titleTerms()) {
      tf.merge(group + (fold ? ScandinavianFold.skeleton(t) : t), cfg.titleBoost(), Double::sum);
    }
    Map<String, Double> boost = new HashMap<>();
    for (String n : a.names()) {
      tf.merge("N:" + n, 1.0, Double::sum);
      boost.put("N:" + n, cfg.nameBoost());
    }
    for (String n : a.numbers()) {
      tf.merge("#:" + n, 1.0, Double::sum);
      boost.put("#:" + n, cfg.numberBoost());
    }
    tf.keySet().removeIf(String::isEmpty);
    String[] keys = tf.keySet().toArray(new String[0]);
    Arrays.sort(keys); // deterministic order before anything depends on it
    df.addDocument(Arrays.asList(keys));
    double[] w = new double[keys.length];
    double norm = 0;
    for (int i = 0; i < keys.length; i++) {
      double x = (1 + Math.log(tf.get(keys[i]))) * df.idf(keys[i]) * boost.getOrDefault(keys[i], 1.0);
      w[i] = x;
      norm += x * x;
    }
    norm = Math.sqrt(norm);
    Integer[] order = new Integer[keys.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    double[] ww = w;
    Arrays.sort(order, (x, y) -> ww[x] != ww[y] ? Double.compare(ww[y], ww[x]) : keys[x].compareTo(keys[y]));
    String[] k = new String[keys.length];
    float[] f = new float[keys.length];
    for (int i = 0; i < order.length; i++) {
      k[i] = keys[order[i]];
      f[i] = norm == 0 ? 0f : (float) (w[order[i]] / norm);
    }
    return new FeatureVector(k, f);
  }

  static String group(Language lang) {
    if (lang.isScandinavian()) {
      return "s:";
    }
    return lang.code() + ":";
  }

  public int size() {
    return keys.length;
  }
}
