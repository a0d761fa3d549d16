package org.tidende.cluster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Settings of the online story clusterer, validated together at construction.
 *
 * @param threshold minimum similarity (0..1) for a full-text article to join a story
 * @param shortThreshold minimum similarity for a headline-only article (few distinct terms); texts
 *     between {@link #SHORT_TERMS} and {@link #LONG_TERMS} distinct terms interpolate
 * @param titleBoost weight multiplier of title terms relative to body terms
 * @param nameBoost weight multiplier of name features
 * @param numberBoost weight multiplier of number and date features
 * @param specificWeight weight (0..1) of the names-and-numbers cosine against the term cosine
 * @param specificFloor a specifics cosine under this scales the blended similarity down in
 *     proportion (0 disables): shared vocabulary with different names, numbers and days
 * @param termFloor the mirror rule: where both sides have names, numbers or days and their terms
 *     are of one language group, a term cosine under this scales the blended similarity down in
 *     proportion (0 disables): the same place or person with different vocabulary ("Nord-Troms"
 *     in an avalanche warning and in a court report of one local paper)
 * @param memberWeight weight (0..1) of the best single-member similarity against the centroid
 *     similarity in an article's score for a story
 * @param mergeThreshold similarity of two open full-text stories' centroids at which they merge
 *     (story-level revision); 1 or more disables merging
 * @param shortMergeThreshold the same for stories of headlines (interpolated by the stories'
 *     average distinct terms per member, as the join threshold is)
 * @param windowSeconds event-time window: a dated article only joins a story last updated within
 *     this many seconds, and stories idle longer than this (behind the newest event time) retire
 * @param maxActiveStories stories kept open at most; the least recently updated retire first
 * @param queryFeatures how many of an article's heaviest features look up candidate stories
 * @param indexedFeaturesPerStory bound on the features a story is findable by
 * @param centroidFeatures bound on the features kept in a story's centroid
 * @param articleFeatures bound on the features of one article vector (its heaviest are kept)
 * @param keptMembers member vectors a story keeps for best-member scoring (first and latest)
 * @param revisitAfter a newly opened story is compared again with the open stories (and merged
 *     with one at the merge threshold, or, where it still holds one article, at that article's
 *     join threshold when lower) after this many more articles, when the stories around it have
 *     grown; 0 disables
 * @param splitThreshold a full-text story whose latest members form a group whose centroid is less
 *     similar than this to the rest of the story splits that group off (story-level revision of a
 *     story that absorbed a second event of the same kind); 0 disables; keep it under the merge
 *     threshold, or split parts merge back
 * @param shortSplitThreshold the same for stories of headlines (interpolated by length)
 * @param lmAlpha the headline model's concentration: a case-less headline (no upper-case letter,
 *     no name or number, at most {@link #SHORT_TERMS} terms) joins the candidate story under which
 *     it is likeliest, if likelier than under a new story (else the cosine threshold decides), the
 *     new story weighing {@code lmAlpha} times the open stories' members against a story's own
 *     size; 0 disables the model
 * @param lmMu the headline model's smoothing: a story's term distribution is smoothed towards the
 *     background with this many pseudo-terms (larger: a story's absent words cost less)
 * @param backgroundWeight the idf of a Danish, Norwegian or Swedish article's features counts this
 *     many pseudo-documents of shipped background news of its language group ({@link
 *     BackgroundRates#of}) besides the
 *     stream's own, so a young stream already knows "Danmark" is common; 0 disables
 * @param specificNormFloor an article's names, numbers and days are normalised to unit length only
 *     when they weigh at least this many times one name seen once; weaker ones (a lone everyday
 *     name) stay shorter and count for less ({@link FeatureVector}); 0 disables
 * @param agingPerDay stories age: a dated article's similarity to a dated story is divided by
 *     {@code 1 + agingPerDay * (span - }{@value #AGING_GRACE_DAYS}{@code )}, where span is the
 *     story's event-time span in days with the article (or, for a merge, of both stories), when
 *     that is longer than the grace; so a story a week old takes only articles that match it
 *     well, and a run of loosely related reports ("Trump", "Danmark") stops growing into one
 *     story over months; 0 disables
 * @param everydayRate a word held by more than this share of the background news items of the
 *     story's language group ({@link BackgroundRates#of}: "stor", "år", "nord") does not count among the two words two stories must
 *     share to merge, or a member and a story for it to move (it still counts in every cosine and
 *     at joins); 1 disables. Words of languages without background news always count. A Danish,
 *     Norwegian or Swedish article whose names, numbers and days are all held by more than this
 *     share of its group's items ("Danmark", "USA" in Danish) is judged by its words in the blend, as one without names is
 *     ({@link FeatureVector#named}); 1 disables that too
 * @param embeddingWeight an English article's sentence vector ({@link SentenceEmbedder}) adds
 *     {@code embeddingWeight * (cosine - embeddingCentre)} to every blended similarity where both
 *     sides have one (joins, members' fit, merges, splits; StoryClusterer's class comment); 0
 *     switches the embedder off (no model loaded, no vectors made)
 * @param embeddingCentre the sentence-vector cosine that adds nothing: above it two texts are
 *     likelier one event, under it less (e5's cosines lie close together: about 0.92 for one
 *     event, 0.86 for two of one topic, over the title and the lead)
 * @param embeddingGap a story's part whose summed sentence vectors have a cosine under this with
 *     the rest of the story's splits off at the split check (the latest members, or where they
 *     mix two interleaved events the members that fit the story worst), and two stories whose sums have one
 *     under it do not merge, where each side has at least {@value StoryClusterer#GAP_MIN_VECTORS}
 *     vectors (sums of several reports of one event lie at 0.96 to 0.99, of two events of one
 *     topic at 0.89 to 0.95 on ECB+; StoryClusterer's class comment); 0 disables
 */
public record ClusterConfig(
    double threshold,
    double shortThreshold,
    double titleBoost,
    double nameBoost,
    double numberBoost,
    double specificWeight,
    double specificFloor,
    double termFloor,
    double memberWeight,
    double mergeThreshold,
    double shortMergeThreshold,
    long windowSeconds,
    int maxActiveStories,
    int queryFeatures,
    int indexedFeaturesPerStory,
    int centroidFeatures,
    int articleFeatures,
    int keptMembers,
    int revisitAfter,
    double splitThreshold,
    double shortSplitThreshold,
    double lmAlpha,
    double lmMu,
    double backgroundWeight,
    double specificNormFloor,
    double agingPerDay,
    double everydayRate,
    double embeddingWeight,
    double embeddingCentre,
    double embeddingGap) {

  /** At or below this many distinct term features an article counts as a headline. */
  public static final int SHORT_TERMS = 12;
  /** At or above this many distinct term features an article counts as a full text. */
  public static final int LONG_TERMS = 60;
  /** Days of event-time span a story has before it starts to age ({@code agingPerDay}). */
  public static final double AGING_GRACE_DAYS = 2;

  /**
   * The defaults, set on the development sets of ../shared/data (figures in the package
   * documentation, {@code org.tidende.cluster}).
   */
  public static ClusterConfig defaults() {
    return new ClusterConfig(0.22, 0.30, 2.0, 1.5, 1.0, 0.5, 0.2, 0.15, 0.0, 0.6, 0.2, 5 * 86_400L, 50_000, 16, 256,
        400, 256, 12, 64, 0.5, 0.0, 0.3, 500, 1000, 1.0, 0.25, 0.02, DEFAULT_EMBEDDING_WEIGHT, DEFAULT_EMBEDDING_CENTRE,
        DEFAULT_EMBEDDING_GAP);
  }

  /** The default {@code embeddingWeight} (ECB+ grid: 1.0, 1.5, 2.0; StoryClusterer's comment). */
  public static final double DEFAULT_EMBEDDING_WEIGHT = 1.5;
  /** The default {@code embeddingCentre} (ECB+ grid: 0.89 to 0.91 with two sentences; 0.91 with three). */
  public static final double DEFAULT_EMBEDDING_CENTRE = 0.90;
  /** The default {@code embeddingGap} (ECB+ grid: 0.94, 0.95, 0.96; StoryClusterer's comment). */
  public static final double DEFAULT_EMBEDDING_GAP = 0.95;

  /** This configuration without the sentence embedder ({@code embeddingWeight} 0). */
  public ClusterConfig withoutEmbeddings() {
    return with("embeddingWeight", "0");
  }

  public ClusterConfig {
    List<String> problems = new ArrayList<>();
    if (!(threshold > 0 && threshold < 1) || !(shortThreshold > 0 && shortThreshold < 1)) {
      problems.add("threshold " + threshold + " and shortThreshold " + shortThreshold + " must be in (0, 1)");
    }
    if (!(titleBoost >= 0) || !(nameBoost >= 0) || !(numberBoost >= 0)) {
      problems.add("boosts must be >= 0 (title " + titleBoost + ", name " + nameBoost + ", number " + numberBoost + ")");
    }
    if (!(specificWeight >= 0 && specificWeight <= 1) || !(memberWeight >= 0 && memberWeight <= 1)) {
      problems.add("specificWeight " + specificWeight + " and memberWeight " + memberWeight + " must be in [0, 1]");
    }
    if (!(specificFloor >= 0 && specificFloor < 1) || !(termFloor >= 0 && termFloor < 1)) {
      problems.add("specificFloor " + specificFloor + " and termFloor " + termFloor + " must be in [0, 1)");
    }
    if (!(mergeThreshold > 0) || !(shortMergeThreshold > 0)) {
      problems.add("mergeThreshold " + mergeThreshold + " and shortMergeThreshold " + shortMergeThreshold + " must be > 0");
    }
    if (windowSeconds <= 0) {
      problems.add("windowSeconds " + windowSeconds + " must be > 0");
    }
    if (maxActiveStories < 1) {
      problems.add("maxActiveStories " + maxActiveStories + " must be >= 1");
    }
    if (!(splitThreshold >= 0 && splitThreshold < 1) || !(shortSplitThreshold >= 0 && shortSplitThreshold < 1)) {
      problems.add("splitThreshold " + splitThreshold + " and shortSplitThreshold " + shortSplitThreshold + " must be in [0, 1)");
    }
    if (!(specificNormFloor >= 0)) {
      problems.add("specificNormFloor " + specificNormFloor + " must be >= 0");
    }
    if (!(everydayRate > 0 && everydayRate <= 1)) {
      problems.add("everydayRate " + everydayRate + " must be in (0, 1]");
    }
    if (!(agingPerDay >= 0)) {
      problems.add("agingPerDay " + agingPerDay + " must be >= 0");
    }
    if (!(embeddingWeight >= 0) || !(embeddingCentre >= -1 && embeddingCentre <= 1)) {
      problems.add("embeddingWeight " + embeddingWeight + " must be >= 0 and embeddingCentre " + embeddingCentre
          + " in [-1, 1]");
    }
    if (!(embeddingGap >= -1 && embeddingGap <= 1)) {
      problems.add("embeddingGap " + embeddingGap + " must be in [-1, 1]");
    }
    if (!(backgroundWeight >= 0)) {
      problems.add("backgroundWeight " + backgroundWeight + " must be >= 0");
    }
    if (!(lmAlpha >= 0) || !(lmMu > 0)) {
      problems.add("lmAlpha " + lmAlpha + " must be >= 0 and lmMu " + lmMu + " > 0");
    }
    if (revisitAfter < 0) {
      problems.add("revisitAfter " + revisitAfter + " must be >= 0");
    }
    if (queryFeatures < 1 || indexedFeaturesPerStory < 1 || centroidFeatures < 1 || articleFeatures < 1 || keptMembers < 1) {
      problems.add("feature and member bounds must be >= 1");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("invalid cluster config: " + String.join("; ", problems));
    }
  }

  /**
   * The divisor of a similarity to a story whose event-time span (with the article, or of both
   * stories for a merge) is {@code spanSeconds}: 1 within {@link #AGING_GRACE_DAYS}, then growing
   * by {@code agingPerDay} a day.
   */
  public double agingFactor(long spanSeconds) {
    return 1 + agingPerDay * Math.max(0, spanSeconds / 86_400.0 - AGING_GRACE_DAYS);
  }

  /** The join threshold for an article with {@code distinctTerms} term features (length-aware). */
  public double thresholdFor(double distinctTerms) {
    return interpolate(distinctTerms, shortThreshold, threshold);
  }

  /** The merge threshold for stories whose members have {@code distinctTerms} terms on average. */
  public double mergeThresholdFor(double distinctTerms) {
    return interpolate(distinctTerms, shortMergeThreshold, mergeThreshold);
  }

  /** The split threshold for a story whose members have {@code distinctTerms} terms on average. */
  public double splitThresholdFor(double distinctTerms) {
    return interpolate(distinctTerms, shortSplitThreshold, splitThreshold);
  }

  private static double interpolate(double distinctTerms, double shortValue, double longValue) {
    if (distinctTerms <= SHORT_TERMS) {
      return shortValue;
    }
    if (distinctTerms >= LONG_TERMS) {
      return longValue;
    }
    double x = Math.log(distinctTerms / SHORT_TERMS) / Math.log((double) LONG_TERMS / SHORT_TERMS);
    return shortValue + x * (longValue - shortValue);
  }

  /** This configuration's settings by name, in declaration order. */
  public Map<String, Double> asMap() {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("threshold", threshold);
    m.put("shortThreshold", shortThreshold);
    m.put("titleBoost", titleBoost);
    m.put("nameBoost", nameBoost);
    m.put("numberBoost", numberBoost);
    m.put("specificWeight", specificWeight);
    m.put("specificFloor", specificFloor);
    m.put("termFloor", termFloor);
    m.put("memberWeight", memberWeight);
    m.put("mergeThreshold", mergeThreshold);
    m.put("shortMergeThreshold", shortMergeThreshold);
    m.put("windowSeconds", (double) windowSeconds);
    m.put("maxActiveStories", (double) maxActiveStories);
    m.put("queryFeatures", (double) queryFeatures);
    m.put("indexedFeaturesPerStory", (double) indexedFeaturesPerStory);
    m.put("centroidFeatures", (double) centroidFeatures);
    m.put("articleFeatures", (double) articleFeatures);
    m.put("keptMembers", (double) keptMembers);
    m.put("revisitAfter", (double) revisitAfter);
    m.put("splitThreshold", splitThreshold);
    m.put("shortSplitThreshold", shortSplitThreshold);
    m.put("lmAlpha", lmAlpha);
    m.put("lmMu", lmMu);
    m.put("backgroundWeight", backgroundWeight);
    m.put("specificNormFloor", specificNormFloor);
    m.put("agingPerDay", agingPerDay);
    m.put("everydayRate", everydayRate);
    m.put("embeddingWeight", embeddingWeight);
    m.put("embeddingCentre", embeddingCentre);
    m.put("embeddingGap", embeddingGap);
    return m;
  }

  /**
   * This configuration with one setting changed by name: any key of {@link #asMap()}, or {@code
   * windowDays}.
   *
   * @throws IllegalArgumentException naming the key or value when either is not valid
   */
  public ClusterConfig with(String key, String value) {
    double v;
    try {
      v = Double.parseDouble(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("setting " + key + ": '" + value + "' is not a number");
    }
    Map<String, Double> m = asMap();
    if (key.equals("windowDays")) {
      m.put("windowSeconds", v * 86_400);
    } else if (m.containsKey(key)) {
      m.put(key, v);
    } else {
      throw new IllegalArgumentException("unknown cluster setting '" + key + "' (known: "
          + String.join(", ", m.keySet()) + ", windowDays)");
    }
    return fromMap(m);
  }

  private static ClusterConfig fromMap(Map<String, Double> m) {
    return new ClusterConfig(m.get("threshold"), m.get("shortThreshold"), m.get("titleBoost"), m.get("nameBoost"),
        m.get("numberBoost"), m.get("specificWeight"), m.get("specificFloor"), m.get("termFloor"), m.get("memberWeight"), m.get("mergeThreshold"), m.get("shortMergeThreshold"),
        m.get("windowSeconds").longValue(), m.get("maxActiveStories").intValue(), m.get("queryFeatures").intValue(),
        m.get("indexedFeaturesPerStory").intValue(), m.get("centroidFeatures").intValue(),
        m.get("articleFeatures").intValue(), m.get("keptMembers").intValue(),
        m.get("revisitAfter").intValue(), m.get("splitThreshold"), m.get("shortSplitThreshold"),
        m.get("lmAlpha"), m.get("lmMu"), m.get("backgroundWeight"),
        m.get("specificNormFloor"), m.get("agingPerDay"), m.get("everydayRate"),
        m.get("embeddingWeight"), m.get("embeddingCentre"), m.get("embeddingGap"));
  }

  /** This configuration with both thresholds (full text and headline) set to {@code t}. */
  public ClusterConfig withThreshold(double t) {
    Map<String, Double> m = asMap();
    m.put("threshold", t);
    m.put("shortThreshold", t);
    return fromMap(m);
  }
}
