package org.tidende.dedup;

import java.util.Objects;
import java.util.function.LongPredicate;
import org.tidende.model.Article;
import org.tidende.model.ArticleId;
import org.tidende.model.EventClock;

/**
 * Streaming exact and near-duplicate index: MinHash signatures in LSH bands, bounded in size.
 *
 * <p>Method: each added text becomes a {@link Fingerprint}. The index keeps, per live item, a
 * 16-bit copy of each MinHash value (b-bit minwise hashing, Li and König 2010: at 16 bits chance
 * agreement is 1/65536 per bin, far below the estimate's own noise), the exact shingle set for
 * short texts, and one posting per LSH band plus one for the exact hash and one for the headline
 * hash. Postings with the same key form a chain newest to oldest through per-item links (distances
 * back in insertion order, so a link to a reclaimed item is recognised without reading it); a
 * {@link PostingTable} maps each key to its newest item. A query walks its chains (at most
 * {@code bucketScanCap} items per band: buckets made of very common shingles, such as runs of
 * function words, get long, and real copies agree on many bands anyway), verifies candidates by
 * similarity, and answers EXACT, NEAR or HEADLINE (see {@link DuplicateVerdict.Match}); the text
 * is then indexed too, so later copies of a copy are found. Among equally good matches the oldest
 * wins; results depend only on the order of calls and the seed, never on hash-map order.
 *
 * <p>State and time: this object is the explicit state of a pure stateful stage. Event time comes
 * from the caller (the article's date), never the wall clock. Items live in a ring of {@code
 * maxItems} slots: the oldest inserted is evicted when it is full; {@link #evictBefore} (and
 * {@code maxAgeSeconds}, applied on every add against the stream's {@link EventClock}) evict by event
 * time through a min-heap. So memory is bounded by the capacity whatever the stream's length.
 * {@link #copy} snapshots the state.
 *
 * <p>Cost: an add is {@code O(n)} to fingerprint plus {@code O(bands * bucketScanCap * k)} at
 * worst for verification, typically a few candidates. At 500,000 live items nothing the index
 * touches is in cache, so the layout counts more than the arithmetic: one 8-byte table entry per
 * probe, and per candidate one row holding its word count, visit stamp and 16-bit MinHash values
 * (compared four at a time, SWAR), next to nothing else. Candidates are the cost that grows: texts
 * sharing a sentence or two with the query (Jaccard 0.1–0.3) collide in a band with probability
 * 7–70 %, so a stream where sentences recur (quotes, wire paragraphs, the benchmark's composed
 * items) verifies a few tens of candidates per add. Memory is about 1.1 kB per live item with the
 * defaults (see {@link #memoryBytes}); the ring of slots is sized by the capacity, so with eviction
 * by age the bytes per live item are higher until the capacity is lowered.
 *
 * <p>Failure modes: pairs just above the threshold are missed with the probability the S-curve
 * gives (about 2 % at Jaccard 0.45 with 42x3 bands, 3 % for copies with 30 % of words changed);
 * different articles on the same event that share long verbatim passages (reworked wire copies)
 * can reach the threshold and are then reported as near duplicates; a text sharing one headline with an
 * unrelated story inside the headline window is grouped with it (generic titles shorter than
 * {@code minHeadlineTokens} are exempt); heavier rewriting (more than about a third of the words) is
 * out of reach of any shingle method. Chains of near copies can join items that are not near each
 * other (A~B, B~C); grouping reports them as one group.
 *
 * <p>Not thread-safe: one writer. Fingerprints may be computed in parallel and added with {@link
 * #add(ArticleId, Fingerprint, long)}.
 *
 * <p>References: Broder, "On the resemblance and containment of documents", 1997; Leskovec,
 * Rajaraman, Ullman, Mining of Massive Datasets, ch. 3; Li, Owen, Zhang, "One permutation
 * hashing", 2012; Shrivastava, "Optimal densification for fast and accurate minwise hashing", 2017.
 */
public final class NearDuplicateIndex {
  private static final long EXACT_SALT = 0x3C6EF372FE94F82BL;
  private static final long TITLE_SALT = 0xA54FF53A5F1D36F1L;

  private final DedupConfig config;
  private final Fingerprinter fingerprinter;
  private final int k;
  private final int postings;
  private final PostingTable table;
  private final EventHeap heap;
  private Slots slots;
  private long nextSeq;
  private long oldestSeq;
  private EventClock clock = EventClock.start();
  private int live;
  private long evictedByTime;
  private long evictedByCapacity;
  private int stamp;
  private long cursor;
  private final LongPredicate stale = q -> q < oldestSeq;

  /** An empty index. */
  public NearDuplicateIndex(DedupConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.fingerprinter = new Fingerprinter(config);
    this.k = config.numHashes();
    this.postings = config.bands() + 2;
    this.table = new PostingTable(1024);
    this.heap = new EventHeap();
    this.slots = new Slots(Math.min(1024, config.maxItems()), k, postings);
  }

  private NearDuplicateIndex(NearDuplicateIndex o) {
    this.config = o.config;
    this.fingerprinter = o.fingerprinter;
    this.k = o.k;
    this.postings = o.postings;
    this.table = new PostingTable(o.table);
    this.heap = new EventHeap(o.heap);
    this.slots = new Slots(o.slots);
    this.nextSeq = o.nextSeq;
    this.oldestSeq = o.oldestSeq;
    this.clock = o.clock;
    this.live = o.live;
    this.evictedByTime = o.evictedByTime;
    this.evictedByCapacity = o.evictedByCapacity;
  }

  public DedupConfig config() {
    return config;
  }

  /** The fingerprinter this index uses (same config), for computing fingerprints elsewhere. */
  public Fingerprinter fingerprinter() {
    return fingerprinter;
  }

  /** Adds an article: title and text, event time from its date (or the stream's watermark if undated). */
  public DuplicateVerdict add(Article article) {
    long t = article.date() != null ? article.date().epochSecond() : Math.max(0, clock.watermark());
    return add(article.id(), article.title(), article.text(), t);
  }

  /** Adds a plain text without a title. */
  public DuplicateVerdict add(ArticleId id, String text, long eventTimeSeconds) {
    return add(id, fingerprinter.fingerprint("", text), eventTimeSeconds);
  }

  /** Adds a title and text (either may be empty). */
  public DuplicateVerdict add(ArticleId id, String title, String text, long eventTimeSeconds) {
    return add(id, fingerprinter.fingerprint(title, text), eventTimeSeconds);
  }

  /**
   * Judges a fingerprint against the live items, then indexes it (duplicates too). Empty texts
   * are {@link DuplicateVerdict.Unique} and not indexed.
   *
   * @param id the item's id (ids need not be unique; they are only reported back)
   * @param fp a fingerprint made with this index's config
   * @param eventTimeSeconds event time, epoch seconds
   */
  public DuplicateVerdict add(ArticleId id, Fingerprint fp, long eventTimeSeconds) {
    Objects.requireNonNull(id, "id");
    if (fp.minHashes.length != k || (fp.bandKeys.length != config.bands() && !fp.isEmpty())) {
      throw new IllegalArgumentException("fingerprint has " + fp.minHashes.length + " values, expected " + k);
    }
    clock = clock.tick(eventTimeSeconds);
    if (config.maxAgeSeconds() > 0 && clock.watermark() != Long.MIN_VALUE) {
      evictBefore(clock.watermark() - config.maxAgeSeconds());
    }
    if (fp.isEmpty()) {
      return new DuplicateVerdict.Unique();
    }
    DuplicateVerdict verdict = judge(fp, eventTimeSeconds);
    insert(id, fp, eventTimeSeconds);
    return verdict;
  }

  /** Judges without indexing: the verdict {@link #add} would give, state unchanged. */
  public DuplicateVerdict query(Fingerprint fp, long eventTimeSeconds) {
    return fp.isEmpty() ? new DuplicateVerdict.Unique() : judge(fp, eventTimeSeconds);
  }

  private DuplicateVerdict judge(Fingerprint fp, long t) {
    int exact = bestExact(fp);
    if (exact >= 0) {
      return new DuplicateVerdict.Duplicate(slots.ids[exact], 1.0, DuplicateVerdict.Match.EXACT);
    }
    if (++stamp == 0) {
      for (int i = 0; i < slots.rows.length; i += slots.stride) {
        slots.rows[i] &= 0xFFFFFFFFL;
      }
      stamp = 1;
    }
    int best = -1;
    double bestSim = -1;
    for (int b = 0; b < config.bands(); b++) {
      int scanned = 0;
      for (int s = head(fp.bandKeys[b]); s >= 0 && scanned < config.bucketScanCap(); s = next(s, b)) {
        scanned++;
        int h = s * slots.stride;
        long header = slots.rows[h];
        int tokens = (int) header;
        if (tokens == 0 || (int) (header >>> 32) == stamp) {
          continue; // evicted, or already verified through another band
        }
        slots.rows[h] = header & 0xFFFFFFFFL | (long) stamp << 32;
        double sim = similarity(fp, s);
        if (sim >= config.thresholdFor(Math.min(fp.tokens, tokens)) && better(sim, s, bestSim, best)) {
          best = s;
          bestSim = sim;
        }
      }
    }
    if (best >= 0) {
      return new DuplicateVerdict.Duplicate(slots.ids[best], Math.min(1, bestSim), DuplicateVerdict.Match.NEAR);
    }
    return headline(fp, t);
  }

  private boolean better(double sim, int s, double bestSim, int best) {
    return sim > bestSim || sim == bestSim && slots.seqOf[s] < slots.seqOf[best];
  }

  private int bestExact(Fingerprint fp) {
    int found = -1;
    int scanned = 0;
    for (int s = head(fp.exactHash ^ EXACT_SALT); s >= 0 && scanned++ < config.bucketScanCap();
        s = next(s, config.bands())) {
      if (slots.alive[s] && slots.exactHashes[s] == fp.exactHash) {
        found = s; // chains run newest to oldest: the last hit is the oldest
      }
    }
    return found;
  }

  private DuplicateVerdict headline(Fingerprint fp, long t) {
    if (fp.titleTokens < config.minHeadlineTokens()) {
      return new DuplicateVerdict.Unique();
    }
    int found = -1;
    int scanned = 0;
    for (int s = head(fp.titleHash ^ TITLE_SALT); s >= 0 && scanned++ < config.bucketScanCap();
        s = next(s, config.bands() + 1)) {
      if (slots.alive[s] && slots.titleHashes[s] == fp.titleHash
          && Math.abs(slots.times[s] - t) <= config.headlineWindowSeconds()) {
        found = s;
      }
    }
    if (found < 0) {
      return new DuplicateVerdict.Unique();
    }
    return new DuplicateVerdict.Duplicate(slots.ids[found], Math.min(1, similarity(fp, found)), DuplicateVerdict.Match.HEADLINE);
  }

  private double similarity(Fingerprint fp, int s) {
    long[] stored = slots.shingles[s];
    if (fp.shingles != null && stored != null) {
      return Fingerprint.exactJaccard(fp.shingles, stored);
    }
    int pad = 4 * fp.packed.length - k;
    return (double) Fingerprint.equalLanes(fp.packed, slots.rows, s * slots.stride + 1, pad) / k;
  }

  /** Slot of the newest live-or-dead unreclaimed item under a key, or -1. */
  private int head(long key) {
    cursor = table.get(key);
    return cursor < oldestSeq ? -1 : slotOf(cursor);
  }

  /**
   * Next older item on posting list p after slot s, or -1 when the chain ends or was reclaimed.
   * Links are distances back in sequence numbers, so a reclaimed target is seen without reading
   * it: slots are reused only after their sequence number fell below {@code oldestSeq}. The walk's
   * sequence number is kept in {@code cursor} (set by {@link #head}), so no other array is read.
   */
  private int next(int s, int p) {
    int back = slots.next[s * postings + p];
    cursor -= back;
    if (back == 0 || cursor < oldestSeq) {
      return -1;
    }
    int n = s - back;
    return n < 0 ? n + config.maxItems() : n;
  }

  private int slotOf(long seq) {
    return (int) (seq % config.maxItems());
  }

  private void insert(ArticleId id, Fingerprint fp, long t) {
    if (nextSeq - oldestSeq >= config.maxItems()) {
      reclaimOldest();
    }
    long seq = nextSeq++;
    int s = slotOf(seq);
    if (s >= slots.ids.length) {
      slots = slots.grow(Math.min(config.maxItems(), slots.ids.length * 2));
    }
    slots.set(s, seq, id, fp, t);
    for (int b = 0; b < config.bands(); b++) {
      post(s, b, fp.bandKeys[b], seq);
    }
    post(s, config.bands(), fp.exactHash ^ EXACT_SALT, seq);
    if (fp.titleTokens >= config.minHeadlineTokens()) {
      post(s, config.bands() + 1, fp.titleHash ^ TITLE_SALT, seq);
    } else {
      slots.next[s * postings + config.bands() + 1] = 0;
    }
    heap.push(t, seq);
    live++;
  }

  private void post(int s, int p, long key, long seq) {
    long prev = table.put(key, seq, stale);
    slots.next[s * postings + p] = prev >= oldestSeq ? (int) (seq - prev) : 0;
  }

  private void reclaimOldest() {
    int s = slotOf(oldestSeq);
    if (slots.alive[s]) {
      slots.kill(s);
      live--;
      evictedByCapacity++;
    }
    oldestSeq++;
    advanceOldest();
  }

  private void advanceOldest() {
    while (oldestSeq < nextSeq && !slots.alive[slotOf(oldestSeq)]) {
      oldestSeq++;
    }
  }

  /**
   * Evicts every item whose event time is before {@code cutoffSeconds}; returns how many. Later
   * adds never match them again.
   */
  public int evictBefore(long cutoffSeconds) {
    int n = 0;
    while (heap.size() > 0 && heap.minTime() < cutoffSeconds) {
      long seq = heap.popSeq();
      if (seq < oldestSeq) {
        continue;
      }
      int s = slotOf(seq);
      if (slots.seqOf[s] == seq && slots.alive[s]) {
        slots.kill(s);
        live--;
        n++;
      }
    }
    evictedByTime += n;
    advanceOldest();
    if (heap.size() > 2L * live + 1024) {
      heap.retain(q -> q >= oldestSeq && slots.seqOf[slotOf(q)] == q && slots.alive[slotOf(q)]);
    }
    return n;
  }

  /** Live (not evicted) items. */
  public int size() {
    return live;
  }

  /** Items evicted so far by event time and by capacity. */
  public long evictedByTime() {
    return evictedByTime;
  }

  public long evictedByCapacity() {
    return evictedByCapacity;
  }

  /**
   * Event time the stream has reached ({@link EventClock}: what the latest items agree on, so one
   * item dated years ahead does not evict everything), or {@code Long.MIN_VALUE} before three adds.
   */
  public long watermark() {
    return clock.watermark();
  }

  /** Approximate bytes held by the index's arrays (object headers and ids' strings excluded). */
  public long memoryBytes() {
    return slots.memoryBytes() + table.memoryBytes() + heap.memoryBytes();
  }

  /** A deep copy: the state at this point, independent of later adds to either. */
  public NearDuplicateIndex copy() {
    return new NearDuplicateIndex(this);
  }
}
