package org.tidende.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.tidende.model.ArticleId;
import org.tidende.model.StoryId;

/**
 * An open story inside {@link ClusterState}: its centroid (sum of member unit vectors, pruned to the
 * heaviest features), how many members hold each term (for the headline model, pruned alike), the
 * latest member vectors (for best-member scoring, re-assignment and the split check; in a story
 * with sentence vectors every member's, {@link #history}), the features
 * it is findable by, and its event-time span. Mutable, owned by one state; not shared across
 * threads.
 *
 * <p>Similarities are cosines computed from running sums: the centroid's squared norms per part
 * (terms, specifics) are kept up to date on every add, remove and merge (recomputed from the
 * centroid at pruning and merges), so scoring an article costs one sparse dot product, and a
 * member's fit without itself (leave-one-out) or a part's fit with the rest of the story need no
 * second centroid.
 * The specifics norm counts each member's names and numbers as of unit length even when they are
 * weaker ({@link FeatureVector#build}: an article whose only specific is an everyday one, such as
 * the year "2024" in January 2025): the norm is the exact one plus {@link #specificSlack}, and
 * every update, merge and pruning keeps that (a member taken out, or left out to score its fit,
 * takes its own length out, not unit length). Before, a merge or a pruning recomputed the exact
 * norm alone, so a merged story whose members shared only such a number had a specifics cosine of
 * 0.3-0.5 with the next story mentioning it, and a story of pet names, one of a record warm year
 * and one of a hotel's good year ("i 2024", all on one January day of Norwegian feeds) merged.
 * Keeping the slack raised da-2022-10-06 from BCubed F1 0.892 to 0.894 (pairwise 0.519 to 0.533;
 * five shuffled orders: mean 0.887 to 0.888) and left the other six labelled sets unchanged.
 * Failure modes: pruning drops light features, so a removed member's light features stay in the
 * centroid's sums only as far as they were kept; float sums drift by rounding over very long
 * stories (norms are clamped at 0).
 */
final class ActiveStory {
  final StoryId id;
  final long seq;
  final LongFloatMap centroid = new LongFloatMap(16);
  /** Members containing each term feature (pruned as the centroid is), for the headline model. */
  final LongFloatMap termCounts = new LongFloatMap(16);
  /** Sum over members of their term features (including pruned ones). */
  long termTotal;
  /**
   * Term features that are a member's names' and numbers' own words, and name features of its given
   * names ({@link PreparedArticle#specificTerms}), with the number of members in which they were:
   * what two stories share counts such a word under its name or number, and a given name under
   * the name it begins, only ({@link #sharedCounts(ActiveStory, double)}). Pruned as the centroid
   * is; a member that moves out leaves its words here (the word is still the name's in this
   * story's text).
   */
  final LongFloatMap specificWords = new LongFloatMap(8);
  final LinkedHashSet<Long> indexedBy = new LinkedHashSet<>();
  /**
   * The sum of its members' {@link FeatureVector.Shift}s: what the centroid changes into when an
   * article of another language group is scored against it ({@link #acrossDot}, {@link
   * #acrossScore}), the members then read as their {@link FeatureVector#across} vectors are (an
   * English member's "Copenhagen" at a sentence start as København, its weekdays left out). A
   * feature pruned from the centroid is read as 0 plus its shift, never below 0. Pruned to the
   * largest shifts as the centroid is.
   */
  final LongFloatMap acrossShift = new LongFloatMap(4);
  /** The latest members (at most keptMembers), for best-member scoring and re-assignment. */
  final List<Member> members = new ArrayList<>();
  /**
   * Every member with a sentence vector, up to {@link #HISTORY} (the oldest leave first), for the
   * split check's 2-means over the whole story ({@code StoryClusterer.twoMeansGroup}), which moves
   * a side's members out whether kept or not; empty in a story without sentence vectors (Scandinavian
   * and case-less text). The kept members are among them: the cost is the others, about 4.5 KB each
   * (their vectors and sentence vectors), at most about 90 KB a story.
   */
  final List<Member> history = new ArrayList<>();
  /** Members with sentence vectors a story holds in {@link #history}, at most. */
  static final int HISTORY = 32;
  double normSqTerms;
  double normSqSpecific;
  /**
   * What {@link #normSqSpecific} holds beyond the centroid's exact squared length: the sum of the
   * members' {@link FeatureVector#specificSlack}. A member whose names and numbers are weak
   * (shorter than unit length) counts as unit length in the norm, so that a story of such members
   * does not score a cosine of 1 with another story on one everyday name or number they share, as
   * an article with such specifics does not with a story.
   */
  double specificSlack;
  int size;
  /**
   * Members with names, numbers or days other than everyday ones ({@link FeatureVector#named}): how
   * far the story's specifics speak for it ({@link #blend}).
   */
  int withSpecifics;
  /** The language groups of its members' terms, one bit each ({@link FeatureVector#group}). */
  int groups;
  /** Sum over members of their distinct term counts (text length, for length-aware thresholds). */
  long termsSum;
  /**
   * Sum of the members' sentence vectors ({@link FeatureVector#embedding}), allocated at the first
   * member that has one (a story of Scandinavian articles holds none), and how many members added
   * to it. Kept through adds, moves out, merges and split copies as the centroid is; never pruned.
   */
  float[] embedding;
  int embedded;
  /**
   * The story this one was split off from ({@code StoryClusterer.split}), or null: the two never
   * merge again ({@code StoryClusterer.revise}), as the split judged them two events.
   */
  StoryId splitFrom;
  /**
   * The background rates of the language group of the article that opened it ({@link
   * BackgroundRates#of}), by which a shared word is everyday or not ({@link #tallyShared}); a split
   * keeps its story's.
   */
  BackgroundRates background = BackgroundRates.shipped();
  /**
   * The case-less headline that opened this story, where the headline model reads it ({@code
   * StoryClusterer.lonelyRevisit}), else null; null too once a member the model does not read has
   * joined, moved in or come with a merge. While set and the story holds at most {@code
   * StoryClusterer.FRAGMENT_VOTERS} members, the model judges them again as the stream grows.
   */
  ArticleId lonelyHeadline;
  /** The story this one was merged into, once it has been (for a headline judged again later). */
  ActiveStory mergedInto;
  long firstTime = Long.MIN_VALUE;
  long lastTime = Long.MIN_VALUE;
  long lastUpdateSeq;
  /**
   * Scratch of the clusterer's candidate search ({@code StoryClusterer.candidates} and {@code
   * revisit}): the search number ({@link ClusterState#probes}) that last found this story, and the
   * sum of the shared features' weights in that search. A field, not a map from story to sum: the
   * map's boxing and hashing were about 5 % of the pipeline's CPU.
   */
  long probe;
  double probeScore;

  /**
   * Adds {@code weight} to this story's sum in search {@code search}, starting the sum when the
   * search meets the story first; true then, so the caller lists the story once.
   */
  boolean probed(long search, double weight) {
    boolean first = probe != search;
    if (first) {
      probe = search;
      probeScore = 0;
    }
    probeScore += weight;
    return first;
  }

  ActiveStory(StoryId id, long seq) {
    this.id = id;
    this.seq = seq;
  }

  /** Adds a kept member of another story (its dot products computed here). */
  void add(Member m, long updateSeq, ClusterConfig cfg) {
    add(m.article(), m.vector(), m.specificTerms(), dot(m.vector()), m.eventTime(), updateSeq, cfg, m.shift());
  }

  /** A scoring copy of this story without the members of {@code part} (its centroid and norms only). */
  ActiveStory without(ActiveStory part) {
    ActiveStory r = new ActiveStory(id, seq);
    r.background = background;
    for (int i = 0; i < centroid.capacity(); i++) {
      long k = centroid.keyAt(i);
      if (k != 0) {
        r.centroid.add(k, centroid.valueAt(i));
      }
    }
    r.normSqTerms = normSqTerms;
    r.normSqSpecific = normSqSpecific;
    r.specificSlack = specificSlack;
    r.size = size;
    r.withSpecifics = withSpecifics;
    r.groups = groups;
    r.termsSum = termsSum;
    for (int i = 0; i < acrossShift.capacity(); i++) {
      if (acrossShift.keyAt(i) != 0) {
        r.acrossShift.add(acrossShift.keyAt(i), acrossShift.valueAt(i));
      }
    }
    r.embedding = embedding == null ? null : embedding.clone();
    r.embedded = embedded;
    for (Member m : part.members) {
      r.removeMember(m);
    }
    return r;
  }

  double meanTerms() {
    return size == 0 ? 0 : (double) termsSum / size;
  }

  boolean dated() {
    return lastTime != Long.MIN_VALUE;
  }

  /**
   * A kept member: its article, vector, the term features that are its names' and numbers' own
   * words, and its {@link FeatureVector.Shift} (taken out of {@link #acrossShift} with it).
   */
  record Member(ArticleId article, FeatureVector vector, long[] specificTerms, long eventTime,
      FeatureVector.Shift shift) {}

  /**
   * Adds a member vector; {@code specificTerms} are its term features that are its names' and
   * numbers' own words (ascending), {@code dot} the centroid's {terms, specifics} dot products with it.
   */
  void add(ArticleId article, FeatureVector v, long[] specificTerms, double[] dot, long eventTime, long updateSeq,
      ClusterConfig cfg) {
    add(article, v, specificTerms, dot, eventTime, updateSeq, cfg, FeatureVector.Shift.NONE);
  }

  /** As above, with the member's {@link FeatureVector.Shift} for comparisons across language groups. */
  void add(ArticleId article, FeatureVector v, long[] specificTerms, double[] dot, long eventTime, long updateSeq,
      ClusterConfig cfg, FeatureVector.Shift shift) {
    for (int i = 0; i < shift.keys().length; i++) {
      acrossShift.add(shift.keys()[i], shift.deltas()[i]);
    }
    if (acrossShift.size() > 2 * cfg.centroidFeatures()) {
      acrossShift.retainLargest(cfg.centroidFeatures());
    }
    addEmbedding(v.embedding(), 1);
    for (long k : specificTerms) {
      specificWords.add(k, 1f);
    }
    if (specificWords.size() > 2 * cfg.centroidFeatures()) {
      specificWords.retainHeaviest(cfg.centroidFeatures());
    }
    for (int i = 0; i < v.keys().length; i++) {
      centroid.add(v.keys()[i], v.weights()[i]);
      if (!FeatureVector.isSpecific(v.keys()[i])) {
        termCounts.add(v.keys()[i], 1f);
        termTotal++;
      }
    }
    if (termCounts.size() > 2 * cfg.centroidFeatures()) {
      termCounts.retainHeaviest(cfg.centroidFeatures());
    }
    normSqTerms = normSqTerms + 2 * dot[0] + (v.hasTerms() ? 1.0 : 0.0);
    normSqSpecific = normSqSpecific + 2 * dot[1] + (v.hasSpecifics() ? 1.0 : 0.0);
    specificSlack += v.specificSlack();
    size++;
    withSpecifics += v.named() ? 1 : 0;
    groups |= v.group();
    termsSum += v.distinctTerms();
    lastUpdateSeq = updateSeq;
    span(eventTime, eventTime);
    Member m = new Member(article, v, specificTerms, eventTime, shift);
    if (cfg.memberWeight() > 0 || cfg.revisitAfter() > 0) {
      keep(members, m, cfg.keptMembers());
    }
    if (v.embedding() != null && cfg.embeddingGap() > 0) {
      keep(history, m, HISTORY);
    }
    if (centroid.size() > 2 * cfg.centroidFeatures()) {
      prune(cfg.centroidFeatures());
    }
  }

  /** Takes in every member of {@code other} (a story merge); {@code other} is discarded after. */
  void absorb(ActiveStory other, long updateSeq, ClusterConfig cfg) {
    if (other.lonelyHeadline == null) {
      lonelyHeadline = null;
    }
    for (int i = 0; i < other.centroid.capacity(); i++) {
      if (other.centroid.keyAt(i) != 0) {
        centroid.add(other.centroid.keyAt(i), other.centroid.valueAt(i));
      }
    }
    for (int i = 0; i < other.termCounts.capacity(); i++) {
      if (other.termCounts.keyAt(i) != 0) {
        termCounts.add(other.termCounts.keyAt(i), other.termCounts.valueAt(i));
      }
    }
    for (int i = 0; i < other.specificWords.capacity(); i++) {
      if (other.specificWords.keyAt(i) != 0) {
        specificWords.add(other.specificWords.keyAt(i), other.specificWords.valueAt(i));
      }
    }
    if (specificWords.size() > 2 * cfg.centroidFeatures()) {
      specificWords.retainHeaviest(cfg.centroidFeatures());
    }
    for (int i = 0; i < other.acrossShift.capacity(); i++) {
      if (other.acrossShift.keyAt(i) != 0) {
        acrossShift.add(other.acrossShift.keyAt(i), other.acrossShift.valueAt(i));
      }
    }
    if (acrossShift.size() > 2 * cfg.centroidFeatures()) {
      acrossShift.retainLargest(cfg.centroidFeatures());
    }
    termTotal += other.termTotal;
    if (other.embedding != null) {
      addEmbedding(other.embedding, 1);
      embedded += other.embedded - 1;
    }
    specificSlack += other.specificSlack;
    if (termCounts.size() > 2 * cfg.centroidFeatures()) {
      termCounts.retainHeaviest(cfg.centroidFeatures());
    }
    size += other.size;
    withSpecifics += other.withSpecifics;
    groups |= other.groups;
    termsSum += other.termsSum;
    lastUpdateSeq = updateSeq;
    if (other.dated()) {
      span(other.firstTime, other.lastTime);
    }
    for (Member m : other.members) {
      keep(members, m, cfg.keptMembers());
    }
    for (Member m : other.history) {
      keep(history, m, HISTORY);
    }
    prune(centroid.size() > 2 * cfg.centroidFeatures() ? cfg.centroidFeatures() : centroid.size());
  }

  /** Adds {@code sign} times {@code e} (null: nothing) to the summed sentence vector, counting it. */
  private void addEmbedding(float[] e, int sign) {
    if (e == null || (sign < 0 && embedding == null)) {
      return;
    }
    if (embedding == null) {
      embedding = new float[e.length];
    }
    addTo(embedding, e, sign);
    embedded += sign;
  }

  /** Adds {@code sign} times {@code e} to {@code sum} (a sum of sentence vectors). */
  static void addTo(float[] sum, float[] e, int sign) {
    for (int i = 0; i < e.length; i++) {
      sum[i] += sign * e[i];
    }
  }

  private void span(long first, long last) {
    if (first != Long.MIN_VALUE) {
      firstTime = firstTime == Long.MIN_VALUE ? first : Math.min(firstTime, first);
      lastTime = lastTime == Long.MIN_VALUE ? last : Math.max(lastTime, last);
    }
  }

  /** Appends {@code m} to {@code list}, the oldest leaving first once it holds {@code max}. */
  private static void keep(List<Member> list, Member m, int max) {
    if (list.size() >= max) {
      list.remove(0);
    }
    list.add(m);
  }

  /**
   * Takes a kept member out again (re-assignment): its weights leave the centroid (features pruned
   * meanwhile stay pruned) and the norms follow. The event-time span is kept as it was.
   */
  void removeMember(Member m) {
    double[] dot = m.vector().dot(centroid);
    FeatureVector v = m.vector();
    addEmbedding(v.embedding(), -1);
    for (int i = 0; i < v.keys().length; i++) {
      centroid.subtractIfPresent(v.keys()[i], v.weights()[i]);
      if (!FeatureVector.isSpecific(v.keys()[i])) {
        termCounts.subtractIfPresent(v.keys()[i], 1f);
        termTotal--;
      }
    }
    normSqTerms = Math.max(0, normSqTerms - 2 * dot[0] + (v.hasTerms() ? 1.0 : 0.0));
    double slack = v.specificSlack();
    normSqSpecific = Math.max(0, normSqSpecific - 2 * dot[1] + (v.hasSpecifics() ? 1.0 - 2 * slack : 0.0));
    specificSlack = Math.max(0, specificSlack - slack);
    size--;
    withSpecifics -= v.named() ? 1 : 0;
    termsSum -= v.distinctTerms();
    for (int i = 0; i < m.shift().keys().length; i++) {
      acrossShift.subtractIfPresent(m.shift().keys()[i], m.shift().deltas()[i]);
    }
    members.remove(m);
    history.remove(m);
  }

  /** Blended cosine of a member with this story's centroid without that member. */
  double leaveOneOutScore(Member m, Blend w) {
    FeatureVector v = m.vector();
    double[] dot = v.dot(centroid);
    double t = dot[0] - (v.hasTerms() ? 1 : 0);
    double slack = v.specificSlack();
    double sp = dot[1] - (v.hasSpecifics() ? 1 - slack : 0);
    double nt = normSqTerms - 2 * dot[0] + (v.hasTerms() ? 1 : 0);
    double ns = normSqSpecific - 2 * dot[1] + (v.hasSpecifics() ? 1 - 2 * slack : 0);
    double ct = nt > 1e-9 ? t / Math.sqrt(nt) : 0;
    double cs = ns > 1e-9 ? sp / Math.sqrt(ns) : 0;
    double cover = v.named() ? coverage(withSpecifics - 1, size - 1) : 0;
    double b = blend(ct, cs, v.hasTerms(), v.hasSpecifics(), nt > 1e-9, ns > 1e-9, (groups & v.group()) != 0, cover, w);
    return w.embeddingWeight() != 0 && v.embedding() != null && embedded > 1
        ? w.withEmbedding(b, cosine(v.embedding(), embedding, v.embedding())) : b;
  }

  /**
   * Cosine of {@code a} with {@code sum} less {@code minus} (null: nothing less): a member's or
   * part's sentence vector with the rest of the story. 0 when either is of zero length.
   */
  static double cosine(float[] a, float[] sum, float[] minus) {
    double d = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      float b = minus == null ? sum[i] : sum[i] - minus[i];
      d += a[i] * b;
      na += a[i] * a[i];
      nb += b * b;
    }
    return na > 1e-12 && nb > 1e-12 ? d / Math.sqrt(na * nb) : 0;
  }

  /** Share of {@code size} members that have names, numbers or days (1 when there are none). */
  static double coverage(int with, int size) {
    return size <= 0 ? 1 : Math.max(0, Math.min(1, (double) with / size));
  }

  /** Keeps the {@code keep} heaviest centroid features and recomputes both norms. */
  private void prune(int keep) {
    centroid.retainHeaviest(keep);
    double nt = 0;
    double ns = 0;
    for (int i = 0; i < centroid.capacity(); i++) {
      long k = centroid.keyAt(i);
      if (k != 0) {
        double w = centroid.valueAt(i);
        if (FeatureVector.isSpecific(k)) {
          ns += w * w;
        } else {
          nt += w * w;
        }
      }
    }
    normSqTerms = nt;
    normSqSpecific = ns + specificSlack;
  }

  /** Dot products of the centroid with the vector: {terms, specifics}. */
  double[] dot(FeatureVector v) {
    return v.dot(centroid);
  }

  /** Blended cosine of the article with the centroid, given {@link #dot}. */
  double centroidScore(FeatureVector v, double[] dot, Blend lambda) {
    double ct = normSqTerms > 0 ? dot[0] / Math.sqrt(normSqTerms) : 0;
    double cs = normSqSpecific > 0 ? dot[1] / Math.sqrt(normSqSpecific) : 0;
    double b = blend(ct, cs, v.hasTerms(), v.hasSpecifics(), normSqTerms > 0, normSqSpecific > 0,
        (groups & v.group()) != 0, v.named() ? coverage(withSpecifics, size) : 0, lambda);
    return lambda.embeddingWeight() != 0 && v.embedding() != null && embedded > 0
        ? lambda.withEmbedding(b, cosine(v.embedding(), embedding, null)) : b;
  }

  /**
   * Dot products {terms, specifics} of an article of another language group (its {@link
   * FeatureVector#across} vector, or its plain one) with the centroid changed by {@link
   * #acrossShift}.
   */
  double[] acrossDot(FeatureVector u) {
    double[] d = u.dot(centroid);
    if (acrossShift.size() == 0) {
      return d;
    }
    for (int i = 0; i < u.keys().length; i++) {
      float shift = acrossShift.get(u.keys()[i]);
      if (shift != 0f) {
        float c = centroid.get(u.keys()[i]);
        d[1] += u.weights()[i] * (Math.max(0f, c + shift) - c); // shifts are of specifics only
      }
    }
    return d;
  }

  /** {@link #normSqSpecific} of the centroid changed by {@link #acrossShift}. */
  double acrossNormSqSpecific() {
    double ns = normSqSpecific;
    for (int i = 0; i < acrossShift.capacity(); i++) {
      long k = acrossShift.keyAt(i);
      if (k != 0) {
        double c = centroid.get(k);
        double e = Math.max(0, c + acrossShift.valueAt(i));
        ns += e * e - c * c;
      }
    }
    return Math.max(0, ns);
  }

  /** As {@link #centroidScore}, for an article of another language group, given {@link #acrossDot}. */
  double acrossScore(FeatureVector u, double[] dot, Blend lambda) {
    double ns = acrossShift.size() == 0 ? normSqSpecific : acrossNormSqSpecific();
    double ct = normSqTerms > 0 ? dot[0] / Math.sqrt(normSqTerms) : 0;
    double cs = ns > 1e-9 ? dot[1] / Math.sqrt(ns) : 0;
    return blend(ct, cs, u.hasTerms(), u.hasSpecifics(), normSqTerms > 0, ns > 1e-9, (groups & u.group()) != 0,
        u.named() ? coverage(withSpecifics, size) : 0, lambda);
  }

  /** Best blended cosine of the article (as a map) with one of the sampled members. */
  double memberScore(FeatureVector v, LongFloatMap article, Blend lambda) {
    double best = 0;
    for (Member mm : members) {
      FeatureVector m = mm.vector();
      double[] d = m.dot(article);
      best = Math.max(best, blend(d[0], d[1], v.hasTerms(), v.hasSpecifics(), m.hasTerms(), m.hasSpecifics(),
          (v.group() & m.group()) != 0, v.named() && m.named() ? 1 : 0, lambda));
    }
    return best;
  }

  /**
   * Cosine of this story's summed sentence vectors with {@code o}'s, or NaN unless each side has
   * at least {@code min} members with one.
   */
  double embeddingCosine(ActiveStory o, int min) {
    return embedded >= min && o.embedded >= min ? cosine(embedding, o.embedding, null) : Double.NaN;
  }

  /**
   * Cosine of a part's summed sentence vectors (its members summed in {@code part}) with the rest
   * of this story's, or NaN unless each side has at least {@code min} members with one.
   */
  double partEmbeddingCosine(ActiveStory part, int min) {
    return part.embedded >= min && embedded - part.embedded >= min
        ? cosine(part.embedding, embedding, part.embedding) : Double.NaN;
  }

  /** Blended cosine of this story's centroid with another's. */
  double centroidSimilarity(ActiveStory o, Blend lambda) {
    double[] d = centroidDots(o);
    double t = d[0];
    double s = d[1];
    double ct = normSqTerms > 0 && o.normSqTerms > 0 ? t / Math.sqrt(normSqTerms * o.normSqTerms) : 0;
    double cs = normSqSpecific > 0 && o.normSqSpecific > 0 ? s / Math.sqrt(normSqSpecific * o.normSqSpecific) : 0;
    double b = blend(ct, cs, normSqTerms > 0, normSqSpecific > 0, o.normSqTerms > 0, o.normSqSpecific > 0,
        (groups & o.groups) != 0, Math.min(coverage(withSpecifics, size), coverage(o.withSpecifics, o.size)), lambda);
    return lambda.embeddingWeight() != 0 && embedded > 0 && o.embedded > 0
        ? lambda.withEmbedding(b, cosine(embedding, o.embedding, null)) : b;
  }

  /** Dot products of this centroid with another: {terms, specifics}. */
  double[] centroidDots(ActiveStory o) {
    ActiveStory small = centroid.size() <= o.centroid.size() ? this : o;
    ActiveStory large = small == this ? o : this;
    double t = 0;
    double s = 0;
    for (int i = 0; i < small.centroid.capacity(); i++) {
      long k = small.centroid.keyAt(i);
      if (k != 0) {
        float w = large.centroid.get(k);
        if (FeatureVector.isSpecific(k)) {
          s += w * small.centroid.valueAt(i);
        } else {
          t += w * small.centroid.valueAt(i);
        }
      }
    }
    return new double[] {t, s};
  }

  /**
   * Shared centroid features with another story: {terms, specifics}; a term that is a name's own
   * word in either story, or held by more than {@code everyday} of the background news items, is
   * not counted.
   */
  int[] sharedCounts(ActiveStory o, double everyday) {
    ActiveStory small = centroid.size() <= o.centroid.size() ? this : o;
    ActiveStory large = small == this ? o : this;
    int[] counts = new int[2];
    for (int i = 0; i < small.centroid.capacity(); i++) {
      long k = small.centroid.keyAt(i);
      if (specificWords.get(k) <= 0 && o.specificWords.get(k) <= 0) {
        large.tallyShared(k, counts, everyday);
      }
    }
    return counts;
  }

  /**
   * Features of {@code v} also in this story's centroid, other than {@code specificTerms} (sorted;
   * a name's or number's own words, which the name or number feature already counts, and given
   * names, which the name they begin counts): {terms, other than those held by more than {@code
   * everyday} of the background news items; specifics}.
   */
  int[] sharedCounts(FeatureVector v, long[] specificTerms, double everyday) {
    int[] counts = new int[2];
    for (long k : v.keys()) {
      if (Arrays.binarySearch(specificTerms, k) < 0) {
        tallyShared(k, counts, everyday);
      }
    }
    return counts;
  }

  /** As {@link #sharedCounts(FeatureVector, long[], double)}, against the centroid changed by {@link #acrossShift}. */
  int[] sharedCountsAcross(FeatureVector v, long[] specificTerms, double everyday) {
    int[] counts = new int[2];
    for (long k : v.keys()) {
      if (Arrays.binarySearch(specificTerms, k) < 0) {
        float shift = acrossShift.get(k);
        if (shift == 0f) {
          tallyShared(k, counts, everyday);
        } else if (centroid.get(k) + shift > 0) {
          counts[1]++; // shifts are of specifics only
        }
      }
    }
    return counts;
  }

  /**
   * Counts feature {@code k} (0: an empty slot) in {@code counts} when the centroid holds it; a term
   * held by more than {@code everyday} of the background news items of this story's language group
   * ({@link #background}) is not counted. The story's group, not the article's: the test is asked
   * of an article and a story, of a member moving between stories and of two stories, and the
   * story is the side every one of them has; a day's stories are of one group as their articles are.
   */
  private void tallyShared(long k, int[] counts, double everyday) {
    if (k != 0 && centroid.get(k) > 0) {
      if (FeatureVector.isSpecific(k)) {
        counts[1]++;
      } else if (!background.everyday(k, everyday)) { // no lookup at joins (1)
        counts[0]++;
      }
    }
  }

  /** Blended cosine of a part of this story (its members summed in {@code part}) with the rest. */
  double partSimilarity(ActiveStory part, Blend w) {
    double[] d = centroidDots(part);
    double restT = normSqTerms - 2 * d[0] + part.normSqTerms;
    double restS = normSqSpecific - 2 * d[1] + part.normSqSpecific - 2 * part.specificSlack;
    double dt = d[0] - part.normSqTerms;
    double ds = d[1] - (part.normSqSpecific - part.specificSlack);
    double ct = restT > 1e-9 && part.normSqTerms > 0 ? dt / Math.sqrt(restT * part.normSqTerms) : 0;
    double cs = restS > 1e-9 && part.normSqSpecific > 0 ? ds / Math.sqrt(restS * part.normSqSpecific) : 0;
    double cover = Math.min(coverage(part.withSpecifics, part.size),
        coverage(withSpecifics - part.withSpecifics, size - part.size));
    double b = blend(ct, cs, part.normSqTerms > 0, part.normSqSpecific > 0, restT > 1e-9, restS > 1e-9,
        (groups & part.groups) != 0, cover, w);
    return w.embeddingWeight() != 0 && part.embedded > 0 && embedded - part.embedded > 0
        ? w.withEmbedding(b, cosine(part.embedding, embedding, part.embedding)) : b;
  }

  /**
   * {@code (1 - lambda) * termCosine + lambda * specificsCosine} when both sides have specifics,
   * scaled down by {@code specificsCosine / floor} when the specifics cosine is under the floor
   * (same vocabulary with different names, numbers and days is a different event of the same
   * kind). Both the specifics' weight and that penalty count for as much as the specifics speak
   * for the sides: {@code coverage} is the smaller share of each side's members that have any
   * names, numbers or days other than everyday ones ({@link FeatureVector#named}; 1 for an article
   * or member that has them, 0 for one whose only names are everyday ones). A story of headlines whose
   * only names came from one member's text does not turn away a headline naming something else:
   * with coverage c, the weight is {@code c * lambda} and the penalty factor {@code 1 - c * (1 -
   * specificsCosine / floor)}; with every member named, as in full-text news, nothing changes.
   * And, when the terms of both sides are of one language group ({@code sameGroup}), by
   * {@code termCosine / termFloor} when the term cosine is under the term floor (the same names
   * with different vocabulary: a different event at the same place or of the same person; across
   * language groups the term cosine is 0 by construction and says nothing); else the term cosine
   * alone (a headline without names is judged by its words, not penalised for lacking names), or
   * the specifics cosine when a side has no terms.
   */
  static double blend(double ct, double cs, boolean aTerms, boolean aSpec, boolean bTerms, boolean bSpec,
      boolean sameGroup, double coverage, Blend w) {
    boolean terms = aTerms && bTerms;
    boolean spec = aSpec && bSpec;
    if (terms && spec) {
      double lambda = w.lambda() * coverage;
      double b = (1 - lambda) * ct + lambda * cs;
      if (cs < w.floor()) {
        b *= 1 - coverage * (1 - cs / w.floor());
      }
      if (sameGroup && ct < w.termFloor()) {
        b *= ct / w.termFloor();
      }
      return b;
    }
    return terms ? ct : spec ? cs : 0;
  }

  /**
   * How the two cosines combine: the specifics' weight, its floor and the term floor (see {@link
   * #blend}); and what the sentence vectors' cosine adds to the blend where both sides have them:
   * {@code embeddingWeight * (cosine - embeddingCentre)} ({@link ClusterConfig#embeddingWeight}).
   */
  record Blend(double lambda, double floor, double termFloor, double embeddingWeight, double embeddingCentre) {
    /** Without the sentence vectors. */
    Blend(double lambda, double floor, double termFloor) {
      this(lambda, floor, termFloor, 0, 0);
    }

    /** The blended similarity {@code b} with the sentence vectors' cosine {@code e} added. */
    double withEmbedding(double b, double e) {
      return b + embeddingWeight * (e - embeddingCentre);
    }
  }

  /** Distance in seconds from {@code t} to this story's span; 0 inside it or when undated. */
  long gap(long t) {
    if (t == Long.MIN_VALUE || !dated()) {
      return 0;
    }
    if (t < firstTime) {
      return firstTime - t;
    }
    return Math.max(0, t - lastTime);
  }
}
