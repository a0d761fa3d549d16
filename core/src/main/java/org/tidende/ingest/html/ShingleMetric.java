package org.tidende.ingest.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text-overlap measure of the Scrapinghub article-extraction benchmark: lower-cased {@code \w+}
 * tokens (Unicode letters, digits, underscore), joined into 4-word shingles (a text shorter than
 * four tokens is one shingle), compared as multisets. Per page, true positives are shared
 * shingles, false positives extracted-only, false negatives truth-only, normalised so the three
 * sum to 1 and long pages weigh no more than short ones.
 */
public final class ShingleMetric {
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}\\p{Mn}\\p{Mc}_]+");
  private static final int N = 4;

  private ShingleMetric() {}

  /**
   * Per-page overlap, normalised to sum 1 (all zero when both texts have no tokens).
   *
   * @param tp share of matched shingles
   * @param fp share of shingles only in the prediction
   * @param fn share of shingles only in the truth
   */
  public record Overlap(double tp, double fp, double fn) {
    /** Precision of this page, or NaN when the prediction is empty. */
    public double precision() {
      return tp + fp > 0 ? tp / (tp + fp) : Double.NaN;
    }

    /** Recall of this page, or NaN when the truth is empty. */
    public double recall() {
      return tp + fn > 0 ? tp / (tp + fn) : Double.NaN;
    }
  }

  /** Compares an extracted text with the true one. */
  public static Overlap compare(String truth, String predicted) {
    Map<String, Integer> t = shingles(truth);
    Map<String, Integer> p = shingles(predicted);
    Set<String> keys = new HashSet<>(t.keySet());
    keys.addAll(p.keySet());
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (String k : keys) {
      int tc = t.getOrDefault(k, 0);
      int pc = p.getOrDefault(k, 0);
      tp += Math.min(tc, pc);
      fp += Math.max(0, pc - tc);
      fn += Math.max(0, tc - pc);
    }
    double sum = tp + fp + fn;
    return sum == 0 ? new Overlap(0, 0, 0) : new Overlap(tp / sum, fp / sum, fn / sum);
  }

  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static Map<String, Integer> shingles(String text) {
    List<String> tokens = tokens(text);
    Map<String, Integer> out = new HashMap<>();
    if (tokens.isEmpty()) {
      return out;
    }
    int count = Math.max(1, tokens.size() - N + 1);
    for (int i = 0; i < count; i++) {
      String key = String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + N)));
      out.merge(key, 1, Integer::sum);
    }
    return out;
  }
}
