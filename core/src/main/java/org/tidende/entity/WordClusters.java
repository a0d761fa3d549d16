package org.tidende.entity;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Hierarchical word clusters learned from unlabeled text, used as NER features so that a name seen
 * in news but never in the annotated corpora still shares a feature with annotated names of its
 * kind ("Vladivostok" near "Murmansk").
 *
 * <p>Algorithm: every word seen at least {@code minCount} times (case kept) is described by its
 * immediate left and right neighbours (lower-cased, limited to the {@code contexts} most frequent
 * words), weighted by positive pointwise mutual information with context-distribution smoothing
 * (exponent 0.75) and L2-normalised. The words are then split top-down by bisecting spherical
 * k-means (2-means on cosine, seeded) until {@code maxDepth} or small nodes; each word's path of
 * left/right choices is its bit-string cluster id, like Brown clusters, so that prefixes give
 * coarser classes.
 *
 * <p>Why: Brown clustering (Brown et al. 1992, used for NER by Miller et al. 2004 and Turian et al.
 * 2010) gives the same kind of hierarchy but costs O(V·C²); distributional vectors with bisecting
 * k-means (Steinbach et al. 2000) cost O(depth · iterations · nnz), a few seconds here.
 *
 * <p>Cost: sorting 2 longs per token (memory ~16 bytes a token), then per level one pass over the
 * sparse vectors per iteration. Failure modes: rare words have noisy vectors and land in arbitrary
 * leaves; bisecting can make lopsided splits; words absent from the text get no cluster.
 * Deterministic for a given input order and seed. A second set beside it, of lower-cased words
 * described by a wider bag of words (±4) or by these contexts, added no NER F1 ({@link NerTrainer},
 * session 40).
 */
public final class WordClusters {
  private final int minCount;
  private final int contexts;
  private final int maxDepth;
  private final long seed;

  /**
   * @param minCount least frequency for a word to be clustered
   * @param contexts number of most frequent (lower-cased) words used as context features
   * @param maxDepth longest path (so at most 2^maxDepth leaves)
   * @param seed seed of the k-means initialisation
   */
  public WordClusters(int minCount, int contexts, int maxDepth, long seed) {
    this.minCount = minCount;
    this.contexts = contexts;
    this.maxDepth = maxDepth;
    this.seed = seed;
  }

  /** Learns the clusters: word to bit-string path, for every word seen at least minCount times. */
  public Map<String, String> learn(List<List<String>> sentences) {
    Map<String, Integer> freq = new HashMap<>();
    Map<String, Integer> ctxFreq = new HashMap<>();
    for (List<String> s : sentences) {
      for (String t : s) {
        freq.merge(t, 1, Integer::sum);
        ctxFreq.merge(t.toLowerCase(Locale.ROOT), 1, Integer::sum);
      }
    }
    List<String> words = freq.entrySet().stream().filter(e -> e.getValue() >= minCount)
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).toList();
    Map<String, Integer> wordId = index(words);
    List<String> ctxWords = ctxFreq.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(contexts).map(Map.Entry::getKey).toList();
    Map<String, Integer> ctxId = index(ctxWords);
    float[][] vectors = new float[words.size()][];
    int[][] features = new int[words.size()][];
    vectors(sentences, wordId, ctxId, features, vectors);
    Map<String, String> paths = new HashMap<>();
    int[] all = new int[words.size()];
    Arrays.setAll(all, i -> i);
    split(all, "", features, vectors, new SplittableRandom(seed), paths, words);
    return paths;
  }

  private static Map<String, Integer> index(List<String> items) {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      m.put(items.get(i), i);
    }
    return m;
  }

  /** Fills sparse PPMI vectors: features[w] = sorted context-feature ids, vectors[w] = weights. */
  private void vectors(List<List<String>> sentences, Map<String, Integer> wordId,
      Map<String, Integer> ctxId, int[][] features, float[][] vectors) {
    int dims = 2 * contexts + 3; // last one: "other", dropped
    int boundary = 2 * contexts; // sentence start/end as a context of its own
    long[] pairs = new long[1 << 16];
    int n = 0;
    for (List<String> s : sentences) {
      for (int i = 0; i < s.size(); i++) {
        Integer w = wordId.get(s.get(i));
        if (w == null) {
          continue;
        }
        if (n + 2 > pairs.length) {
          pairs = Arrays.copyOf(pairs, pairs.length * 2);
        }
        pairs[n++] = ((long) w << 20) | context(s, i - 1, 0, ctxId, boundary);
        pairs[n++] = ((long) w << 20) | context(s, i + 1, 1, ctxId, boundary);
      }
    }
    Arrays.sort(pairs, 0, n);
    double[] ctxTotal = new double[dims];
    List<int[]> triples = new ArrayList<>(); // (word, feature, count)
    for (int i = 0; i < n; ) {
      int j = i;
      while (j < n && pairs[j] == pairs[i]) {
        j++;
      }
      int f = (int) (pairs[i] & 0xFFFFF);
      if (f != dims - 1) {
        triples.add(new int[] {(int) (pairs[i] >>> 20), f, j - i});
        ctxTotal[f] += Math.pow(j - i, 0.75);
      }
      i = j;
    }
    double all = Arrays.stream(ctxTotal).sum();
    double[] wordTotal = new double[features.length];
    for (int[] t : triples) {
      wordTotal[t[0]] += t[2];
    }
    ppmi(triples, wordTotal, ctxTotal, all, features, vectors);
  }

  /** Context feature of position j: 2c+side for a known word, boundary+side off the sentence, else "other". */
  private static int context(List<String> s, int j, int side, Map<String, Integer> ctxId, int boundary) {
    if (j < 0 || j >= s.size()) {
      return boundary + side;
    }
    Integer c = ctxId.get(s.get(j).toLowerCase(Locale.ROOT));
    return c == null ? boundary + 2 : 2 * c + side;
  }

  private static void ppmi(List<int[]> triples, double[] wordTotal, double[] ctxTotal, double all,
      int[][] features, float[][] vectors) {
    int[] counts = new int[features.length];
    for (int[] t : triples) {
      counts[t[0]]++;
    }
    for (int w = 0; w < features.length; w++) {
      features[w] = new int[counts[w]];
      vectors[w] = new float[counts[w]];
    }
    int[] fill = new int[features.length];
    double totalPairs = Arrays.stream(wordTotal).sum();
    for (int[] t : triples) {
      double pmi = Math.log((t[2] / totalPairs) / ((wordTotal[t[0]] / totalPairs) * (ctxTotal[t[1]] / all)));
      int k = fill[t[0]]++;
      features[t[0]][k] = t[1];
      vectors[t[0]][k] = (float) Math.max(0, pmi);
    }
    for (float[] v : vectors) {
      double norm = 0;
      for (float x : v) {
        norm += x * x;
      }
      norm = Math.sqrt(norm);
      for (int k = 0; k < v.length && norm > 0; k++) {
        v[k] /= (float) norm;
      }
    }
  }

  private void split(int[] members, String path, int[][] features, float[][] vectors,
      SplittableRandom random, Map<String, String> paths, List<String> words) {
    if (path.length() >= maxDepth || members.length < 4) {
      for (int m : members) {
        paths.put(words.get(m), path.isEmpty() ? "0" : path);
      }
      return;
    }
    boolean[] right = twoMeans(members, features, vectors, random);
    int nRight = 0;
    for (boolean r : right) {
      nRight += r ? 1 : 0;
    }
    if (nRight == 0 || nRight == members.length) {
      split(members, path + "0", features, vectors, random, paths, words);
      return;
    }
    int[] l = new int[members.length - nRight];
    int[] r = new int[nRight];
    int a = 0;
    int b = 0;
    for (int i = 0; i < members.length; i++) {
      if (right[i]) {
        r[b++] = members[i];
      } else {
        l[a++] = members[i];
      }
    }
    split(l, path + "0", features, vectors, random, paths, words);
    split(r, path + "1", features, vectors, random, paths, words);
  }

  private boolean[] twoMeans(int[] members, int[][] features, float[][] vectors, SplittableRandom random) {
    int dims = 2 * contexts + 3;
    double[] c0 = dense(members[random.nextInt(members.length)], features, vectors, dims);
    int far = members[random.nextInt(members.length)];
    double least = Double.MAX_VALUE;
    for (int k = 0; k < 200; k++) { // second seed: the least similar of a sample, so the split is real
      int w = members[random.nextInt(members.length)];
      double d = dot(c0, features[w], vectors[w]);
      if (d < least) {
        least = d;
        far = w;
      }
    }
    double[] c1 = dense(far, features, vectors, dims);
    boolean[] right = new boolean[members.length];
    for (int iter = 0; iter < 8; iter++) {
      double[] n0 = new double[dims];
      double[] n1 = new double[dims];
      boolean changed = false;
      for (int i = 0; i < members.length; i++) {
        int w = members[i];
        boolean r = dot(c1, features[w], vectors[w]) > dot(c0, features[w], vectors[w]);
        changed |= r != right[i] || iter == 0;
        right[i] = r;
        add(r ? n1 : n0, features[w], vectors[w]);
      }
      if (!changed) {
        break;
      }
      c0 = normalise(n0);
      c1 = normalise(n1);
    }
    return right;
  }

  private static double[] dense(int w, int[][] features, float[][] vectors, int dims) {
    double[] c = new double[dims];
    add(c, features[w], vectors[w]);
    return c;
  }

  private static void add(double[] c, int[] f, float[] v) {
    for (int k = 0; k < f.length; k++) {
      c[f[k]] += v[k];
    }
  }

  private static double dot(double[] c, int[] f, float[] v) {
    double s = 0;
    for (int k = 0; k < f.length; k++) {
      s += c[f[k]] * v[k];
    }
    return s;
  }

  private static double[] normalise(double[] c) {
    double n = Math.sqrt(Arrays.stream(c).map(x -> x * x).sum());
    if (n > 0) {
      for (int k = 0; k < c.length; k++) {
        c[k] /= n;
      }
    }
    return c;
  }

  /** Writes {@code word SPACE path} lines, sorted by word, as OpenNLP's WordClusterDictionary reads. */
  public static void write(Map<String, String> paths, Writer out) throws IOException {
    BufferedWriter w = new BufferedWriter(out);
    for (String word : paths.keySet().stream().sorted().toList()) {
      if (word.indexOf(' ') < 0 && word.indexOf('\t') < 0) {
        w.write(word + " " + paths.get(word) + "\n");
      }
    }
    w.flush();
  }
}
