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
 * <p>The two parts, topic terms and specifics (names and numbers), are each normalised to unit
 * length, so a long article's many terms do not drown its few names; the clusterer blends the two
 * cosines.
 *
 * @param keys features, sorted by descending weight
 * @param weights matching weights; terms and specifics each have unit length
 * @param hasTerms whether there is any term feature
 * @param hasSpecifics whether there is any name or number feature
 */
public record FeatureVector(String[] keys, float[] weights, boolean hasTerms, boolean hasSpecifics) {

  /** True for name and number features ("specifics"), false for topic terms. */
  public static boolean isSpecific(String key) {
    return key.length() > 1 && key.charAt(1) == ':' && (key.charAt(0) == 'N' || key.charAt(0) == '#');
  }

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
    double normTerms = 0;
    double normSpecific = 0;
    for (int i = 0; i < keys.length; i++) {
      double x = (1 + Math.log(tf.get(keys[i]))) * df.idf(keys[i]) * boost.getOrDefault(keys[i], 1.0);
      w[i] = x;
      if (isSpecific(keys[i])) {
        normSpecific += x * x;
      } else {
        normTerms += x * x;
      }
    }
    normTerms = Math.sqrt(normTerms);
    normSpecific = Math.sqrt(normSpecific);
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
      double norm = isSpecific(k[i]) ? normSpecific : normTerms;
      f[i] = norm == 0 ? 0f : (float) (w[order[i]] / norm);
    }
    return new FeatureVector(k, f, normTerms > 0, normSpecific > 0);
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
