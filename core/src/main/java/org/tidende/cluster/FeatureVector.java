package org.tidende.cluster;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.tidende.analysis.ScandinavianFold;
import org.tidende.model.AnalyzedArticle;
import org.tidende.model.Language;

/**
 * An article as a sparse TF-IDF vector over three kinds of features: analysed terms (namespaced by
 * language group, so English "gift" and Scandinavian "gift" do not meet), name keys ({@code N:}) and
 * numbers and mentioned calendar days ({@code #:}), which are shared by all languages and carry
 * cross-language links. Terms of Nynorsk, Bokmål, Danish and Swedish are folded with {@link
 * ScandinavianFold} into one group, so the four spellings of a word meet.
 *
 * <p>The two parts, topic terms and specifics (names, numbers, days), are each normalised to unit
 * length, so a long article's many terms do not drown its few names; the clusterer blends the two
 * cosines. Only the {@code articleFeatures} heaviest features are kept (bounded cost per article).
 *
 * @param keys features, sorted by descending weight
 * @param weights matching weights; terms and specifics each have unit length
 * @param hasTerms whether there is any term feature
 * @param hasSpecifics whether there is any name or number feature
 * @param distinctTerms number of distinct term features before the bound (length of the text, for
 *     length-aware thresholds)
 */
public record FeatureVector(String[] keys, float[] weights, boolean hasTerms, boolean hasSpecifics, int distinctTerms) {

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
      addTerm(tf, group, t, fold, 1.0);
    }
    for (String t : a.titleTerms()) {
      addTerm(tf, group, t, fold, cfg.titleBoost());
    }
    int distinctTerms = tf.size();
    Map<String, Double> boost = new HashMap<>();
    for (String n : a.names()) {
      tf.merge("N:" + n, 1.0, Double::sum);
      boost.put("N:" + n, cfg.nameBoost());
    }
    for (String n : a.numbers()) {
      tf.merge("#:" + n, 1.0, Double::sum);
      boost.put("#:" + n, cfg.numberBoost());
    }
    String text = a.article().fullText();
    for (String d : MentionedDates.of(text)) {
      tf.merge("#:" + d, 1.0, Double::sum);
      boost.put("#:" + d, cfg.numberBoost());
    }
    for (String q : Quantities.of(text)) {
      tf.merge("#:" + q, 1.0, Double::sum);
      boost.put("#:" + q, cfg.numberBoost());
    }
    tf.keySet().removeIf(k -> k.isEmpty() || k.equals(group));
    String[] keys = tf.keySet().toArray(new String[0]);
    Arrays.sort(keys); // deterministic order before anything depends on it
    df.addDocument(Arrays.asList(keys));
    double[] w = new double[keys.length];
    for (int i = 0; i < keys.length; i++) {
      w[i] = (1 + Math.log(tf.get(keys[i]))) * df.idf(keys[i]) * boost.getOrDefault(keys[i], 1.0);
    }
    return build(keys, w, cfg.articleFeatures(), distinctTerms);
  }

  private static void addTerm(Map<String, Double> tf, String group, String term, boolean fold, double w) {
    tf.merge(group + (fold ? ScandinavianFold.skeleton(term) : term), w, Double::sum);
  }

  /** Sorts by descending weight (ties by key), keeps the {@code max} heaviest, normalises each part. */
  static FeatureVector build(String[] keys, double[] w, int max, int distinctTerms) {
    Integer[] order = new Integer[keys.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> w[x] != w[y] ? Double.compare(w[y], w[x]) : keys[x].compareTo(keys[y]));
    int n = Math.min(max, keys.length);
    double normTerms = 0;
    double normSpecific = 0;
    for (int i = 0; i < n; i++) {
      double x = w[order[i]];
      if (isSpecific(keys[order[i]])) {
        normSpecific += x * x;
      } else {
        normTerms += x * x;
      }
    }
    normTerms = Math.sqrt(normTerms);
    normSpecific = Math.sqrt(normSpecific);
    String[] k = new String[n];
    float[] f = new float[n];
    for (int i = 0; i < n; i++) {
      k[i] = keys[order[i]];
      double norm = isSpecific(k[i]) ? normSpecific : normTerms;
      f[i] = norm == 0 ? 0f : (float) (w[order[i]] / norm);
    }
    return new FeatureVector(k, f, normTerms > 0, normSpecific > 0, distinctTerms);
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

  /** This vector as a feature-to-weight map, for repeated dot products against it. */
  Map<String, Float> asMap() {
    Map<String, Float> m = new HashMap<>(keys.length * 2);
    for (int i = 0; i < keys.length; i++) {
      m.put(keys[i], weights[i]);
    }
    return m;
  }

  /** Term and specifics dot products with a vector given as a map: {@code {terms, specifics}}. */
  double[] dot(Map<String, Float> other) {
    double t = 0;
    double s = 0;
    for (int i = 0; i < keys.length; i++) {
      Float o = other.get(keys[i]);
      if (o != null) {
        if (isSpecific(keys[i])) {
          s += o * weights[i];
        } else {
          t += o * weights[i];
        }
      }
    }
    return new double[] {t, s};
  }
}
