package org.tidende.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Supplier;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BilouNameFinderSequenceValidator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * OpenNLP's {@link NameFinderME} beam search for a perceptron model with BILOU outcomes, computed
 * with each token's features scored once instead of once per beam hypothesis. Same spans, same
 * probabilities, bit for bit: a drop-in for the shipped models, which {@link EntityRecognizer} tags
 * with.
 *
 * <p>Method. {@code NameFinderME} asks its context generator, for every token and every one of the
 * (up to 3) hypotheses in the beam, for the token's feature strings: the descriptor's features
 * (cached per token by OpenNLP's {@link CachedFeatureGenerator}, so the same ~45 strings each time)
 * followed by four previous-outcome features ({@code po=}, {@code pow=}, {@code powf=}, {@code
 * ppo=}), and the perceptron then looks every string up in its predicate map and sums the weights
 * per outcome, in feature order, into zeroed sums. Here the descriptor's features are looked up and
 * summed once per token; each hypothesis copies those sums and adds its four previous-outcome
 * weights, in the same order, so every floating-point addition happens as before and the sums are
 * identical. The {@code po=}/{@code ppo=} look-ups are made once per model, {@code pow=}/{@code
 * powf=} once per token and previous outcome; the BILOU validator, which reads only the previous
 * outcome, is a table; the beam keeps OpenNLP's {@link PriorityQueue} of hypotheses with the same
 * comparison, insertions and removals, so ties break as before, but a hypothesis points to its
 * parent instead of copying its outcome list; the beam's threshold (the beam size's largest
 * probability) is selected, not sorted for. Normalisation is {@link PerceptronModel}'s, with the
 * same {@link StrictMath} calls.
 *
 * <p>Why: profiled with JFR over {@code ner-eval --rounds 15}, {@code NameFinderME} spent half of
 * the samples in the perceptron's {@code eval} (30 % in its predicate-map look-ups, a {@code
 * HashMap} of the model's feature strings, 14 % summing weights), 15 % building each hypothesis's
 * feature array and 5 % sorting each hypothesis's outcome scores for the beam's threshold; the
 * feature generators themselves ran once per token already. Cost per token now: the feature
 * generators, about 45 map look-ups and one weight sum, and per hypothesis a copy of the sums, up
 * to 4 look-ups and {@link StrictMath#exp} per outcome, shared by hypotheses with the same two
 * previous outcomes (38 % of them on the dev files). Tagging speed (session 40, the jar before and
 * this one interleaved in one JVM, passes of 200,000 tokens, best of 5, machine at load 11-16): nb
 * 46.9k → 81.1k, nn 45.4k → 81.0k, da 52.6k → 79.6k, sv 50.3k → 79.2k tokens a CPU-second.
 *
 * <p>Used only where it is exact: a {@link PerceptronModel} with OpenNLP's own
 * {@link TokenNameFinderFactory}, {@link BilouCodec} and a cached descriptor (the shipped models
 * and every model {@link NerTrainer} writes); for any other model {@link #finders} hands out
 * {@code NameFinderME}. Failure mode: an OpenNLP upgrade that changes {@code NameFinderME},
 * {@code BeamSearch} or the context generator would leave this copy behind; {@code
 * PerceptronNameFinderTest} compares the two on the shipped models.
 *
 * <p>Not thread-safe (as {@code NameFinderME}): one instance per thread; the compiled model
 * ({@link Compiled}) is shared.
 */
final class PerceptronNameFinder implements TokenNameFinder {
  /** OpenNLP's {@code BeamSearch} drops a hypothesis whose log-probability is not above this. */
  private static final double MIN_SEQUENCE_SCORE = -100000;

  private final Compiled model;
  /** The descriptor's generator (the cached one) and the generator inside its cache. */
  private final AdaptiveFeatureGenerator cached;
  private final AdaptiveFeatureGenerator features;
  private final List<String> featureBuffer = new ArrayList<>();
  /** Per-outcome weight sums of the current token's descriptor features. */
  private final double[] tokenSums;
  private final double[] probs;
  /** pow= and powf= contexts of the current token per previous-outcome slot, and whether looked up. */
  private final int[] pow;
  private final int[] powf;
  private final boolean[] powKnown;
  /** The current token's word class ({@code powf=}), or null before it is needed. */
  private String tokenClass;
  /**
   * The current token's scored (previous, one before) outcome pairs, their {@link #probs} and
   * beam thresholds: hypotheses that differ only further back score alike.
   */
  private final int[] scoredPairs;
  private final double[][] scoredProbs;
  private final double[] scoredThresholds;
  private int scored;
  private double threshold;
  private final double[] top;
  private PriorityQueue<Hypothesis> prev;
  private PriorityQueue<Hypothesis> next;

  private PerceptronNameFinder(Compiled model) {
    this.model = model;
    this.cached = model.factory.createFeatureGenerators();
    this.features = ((CachedFeatureGenerator) cached).getCachedFeatureGenerator();
    int n = model.outcomes.length;
    this.tokenSums = new double[n];
    this.probs = new double[n];
    this.pow = new int[n + 1];
    this.powf = new int[n + 1];
    this.powKnown = new boolean[n + 1];
    this.scoredPairs = new int[model.beamSize];
    this.scoredProbs = new double[model.beamSize][n];
    this.scoredThresholds = new double[model.beamSize];
    this.top = new double[model.beamSize];
    this.prev = new PriorityQueue<>(model.beamSize);
    this.next = new PriorityQueue<>(model.beamSize);
  }

  /**
   * A supplier of one name finder per thread for {@code model}: this class where it reproduces
   * {@code NameFinderME} exactly (see the class comment), else {@code NameFinderME}.
   */
  static Supplier<TokenNameFinder> finders(TokenNameFinderModel model) {
    Compiled compiled = Compiled.of(model);
    if (compiled == null) {
      return () -> new NameFinderME(model);
    }
    return () -> new PerceptronNameFinder(compiled);
  }

  @Override
  public Span[] find(String[] tokens) {
    Compiled m = model;
    prev.clear();
    next.clear();
    prev.add(new Hypothesis(null, m.none, 0, 0, 0));
    for (int i = 0; i < tokens.length; i++) {
      int sz = Math.min(m.beamSize, prev.size());
      boolean summed = false;
      for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
        Hypothesis h = prev.remove();
        if (!summed) { // the first hypothesis popped is the one OpenNLP's cache computed the features with
          sumTokenFeatures(tokens, i, h);
          summed = true;
        }
        int po = i > 0 ? h.outcome : m.none;
        int ppo = i > 1 ? h.parent.outcome : m.none;
        score(tokens[i], po, ppo);
        double min = threshold;
        boolean[] valid = m.valid[po];
        for (int p = 0; p < probs.length; p++) {
          if (probs[p] >= min && valid[p]) {
            extend(h, p);
          }
        }
        if (next.isEmpty()) { // no advanced sequence: advance all valid ones
          for (int p = 0; p < probs.length; p++) {
            if (valid[p]) {
              extend(h, p);
            }
          }
        }
      }
      prev.clear();
      PriorityQueue<Hypothesis> swap = prev;
      prev = next;
      next = swap;
    }
    if (prev.isEmpty()) {
      return new Span[0];
    }
    Hypothesis best = prev.remove();
    String[] outcomes = new String[best.length];
    double[] outcomeProbs = new double[best.length];
    for (Hypothesis h = best; h.length > 0; h = h.parent) {
      outcomes[h.length - 1] = m.outcomes[h.outcome];
      outcomeProbs[h.length - 1] = h.prob;
    }
    cached.updateAdaptiveData(tokens, outcomes);
    Span[] spans = m.codec.decode(Arrays.asList(outcomes));
    for (int s = 0; s < spans.length; s++) { // NameFinderME's span probability: the mean of its tokens'
      double p = 0;
      for (int o = spans[s].getStart(); o < spans[s].getEnd(); o++) {
        p += outcomeProbs[o];
      }
      spans[s] = new Span(spans[s], p / spans[s].length());
    }
    return spans;
  }

  @Override
  public void clearAdaptiveData() {
    cached.clearAdaptiveData();
  }

  /** The descriptor's features of token {@code i}, generated as OpenNLP's cache does, summed once. */
  private void sumTokenFeatures(String[] tokens, int i, Hypothesis first) {
    String[] preds = new String[first.length];
    for (Hypothesis h = first; h.length > 0; h = h.parent) {
      preds[h.length - 1] = model.outcomes[h.outcome];
    }
    featureBuffer.clear();
    features.createFeatures(featureBuffer, tokens, i, preds);
    Arrays.fill(tokenSums, 0);
    for (String f : featureBuffer) {
      model.predicates.add(model.predicates.find(f), tokenSums);
    }
    Arrays.fill(powKnown, false);
    tokenClass = null;
    scored = 0;
  }

  /**
   * {@link #probs} and {@link #threshold}: the perceptron's normalised outcome scores for one
   * hypothesis at this token, and the beam's threshold over them.
   */
  private void score(String token, int po, int ppo) {
    int pair = po * (model.none + 1) + ppo;
    for (int k = 0; k < scored; k++) {
      if (scoredPairs[k] == pair) {
        System.arraycopy(scoredProbs[k], 0, probs, 0, probs.length);
        threshold = scoredThresholds[k];
        return;
      }
    }
    System.arraycopy(tokenSums, 0, probs, 0, probs.length);
    if (!powKnown[po]) {
      String prevOutcome = model.outcomes.length > po ? model.outcomes[po] : NameFinderME.OTHER;
      if (tokenClass == null) {
        tokenClass = FeatureGeneratorUtil.tokenFeature(token);
      }
      pow[po] = model.predicates.find("pow=" + prevOutcome + "," + token);
      powf[po] = model.predicates.find("powf=" + prevOutcome + "," + tokenClass);
      powKnown[po] = true;
    }
    PredicateTable weights = model.predicates; // DefaultNameContextGenerator's order: po, pow, powf, ppo
    weights.add(model.po[po], probs);
    weights.add(pow[po], probs);
    weights.add(powf[po], probs);
    weights.add(model.ppo[ppo], probs);
    double maxPrior = 1; // PerceptronModel.eval's normalisation
    for (double p : probs) {
      if (maxPrior < StrictMath.abs(p)) {
        maxPrior = StrictMath.abs(p);
      }
    }
    double normal = 0.0;
    for (int o = 0; o < probs.length; o++) {
      probs[o] = StrictMath.exp(probs[o] / maxPrior);
      normal += probs[o];
    }
    for (int o = 0; o < probs.length; o++) {
      probs[o] /= normal;
    }
    threshold = threshold();
    if (scored < scoredPairs.length) {
      scoredPairs[scored] = pair;
      System.arraycopy(probs, 0, scoredProbs[scored], 0, probs.length);
      scoredThresholds[scored++] = threshold;
    }
  }

  /**
   * The beam size's largest of {@link #probs}, duplicates counted (the smallest when there are
   * fewer outcomes): the element BeamSearch reads from a sorted copy, selected without sorting.
   */
  private double threshold() {
    int k = top.length;
    if (probs.length <= k) {
      double min = probs[0];
      for (double p : probs) {
        min = Math.min(min, p);
      }
      return min;
    }
    int filled = 0;
    for (double p : probs) {
      if (filled < k) {
        int j = filled++;
        while (j > 0 && top[j - 1] < p) {
          top[j] = top[j - 1];
          j--;
        }
        top[j] = p;
      } else if (p > top[k - 1]) {
        int j = k - 1;
        while (j > 0 && top[j - 1] < p) {
          top[j] = top[j - 1];
          j--;
        }
        top[j] = p;
      }
    }
    return top[k - 1];
  }

  private void extend(Hypothesis h, int outcome) {
    double score = h.score + StrictMath.log(probs[outcome]);
    if (score > MIN_SEQUENCE_SCORE) {
      next.add(new Hypothesis(h, outcome, score, probs[outcome], h.length + 1));
    }
  }

  /**
   * A beam hypothesis: its last outcome, its parent, its summed log-probability (as OpenNLP's
   * {@code Sequence}: parent's score plus the log of this outcome's probability), ordered best first.
   */
  private record Hypothesis(Hypothesis parent, int outcome, double score, double prob, int length)
      implements Comparable<Hypothesis> {
    @Override
    public int compareTo(Hypothesis o) {
      return Double.compare(o.score, score);
    }
  }

  /** What the threads share of one model: read-only after construction. */
  private static final class Compiled {
    final TokenNameFinderFactory factory;
    final SequenceCodec<String> codec;
    final PredicateTable predicates;
    final String[] outcomes;
    final int beamSize;
    /** Slot of "no previous outcome" (index 0 and 1 of a sentence), after the outcomes. */
    final int none;
    /** valid[previous slot][outcome]: the BILOU validator's verdict. */
    final boolean[][] valid;
    /** Slots in {@link #predicates} of po= and ppo= per previous-outcome slot. */
    final int[] po;
    final int[] ppo;

    private Compiled(TokenNameFinderFactory factory, SequenceCodec<String> codec, Map<String, Context> predicates,
        PerceptronModel perceptron, int beamSize) {
      this.factory = factory;
      this.codec = codec;
      this.predicates = new PredicateTable(predicates);
      this.beamSize = beamSize;
      int n = perceptron.getNumOutcomes();
      this.outcomes = new String[n];
      for (int o = 0; o < n; o++) {
        outcomes[o] = perceptron.getOutcome(o);
      }
      this.none = n;
      SequenceValidator<String> validator = codec.createSequenceValidator();
      this.valid = new boolean[n + 1][n];
      this.po = new int[n + 1];
      this.ppo = new int[n + 1];
      for (int s = 0; s <= n; s++) {
        String previous = s < n ? outcomes[s] : NameFinderME.OTHER;
        String[] history = s < n ? new String[] {previous} : new String[0];
        for (int o = 0; o < n; o++) {
          valid[s][o] = validator.validSequence(history.length, history, history, outcomes[o]);
        }
        po[s] = this.predicates.find("po=" + previous);
        ppo[s] = this.predicates.find("ppo=" + previous);
      }
    }

    /** The compiled model, or null where this class would not reproduce {@code NameFinderME}. */
    @SuppressWarnings("unchecked")
    static Compiled of(TokenNameFinderModel model) {
      try {
        TokenNameFinderFactory factory = model.getFactory();
        if (factory == null || factory.getClass() != TokenNameFinderFactory.class
            || !(model.getNameFinderSequenceModel() instanceof BeamSearch)
            || !(model.getArtifact("nameFinder.model") instanceof PerceptronModel perceptron)
            || perceptron.getClass() != PerceptronModel.class
            || !(factory.createFeatureGenerators() instanceof CachedFeatureGenerator)) {
          return null;
        }
        SequenceCodec<String> codec = factory.createSequenceCodec();
        if (codec.getClass() != BilouCodec.class
            || codec.createSequenceValidator().getClass() != BilouNameFinderSequenceValidator.class) {
          return null;
        }
        String beam = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
        int beamSize = beam == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
        Map<String, Context> predicates = (Map<String, Context>) perceptron.getDataStructures()[1];
        return beamSize < 1 ? null : new Compiled(factory, codec, predicates, perceptron, beamSize);
      } catch (RuntimeException e) {
        return null; // an odd model keeps OpenNLP's own finder
      }
    }
  }
}
