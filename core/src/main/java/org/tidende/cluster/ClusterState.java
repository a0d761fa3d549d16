package org.tidende.cluster;

import com.carrotsearch.hppc.LongObjectHashMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.tidende.model.EventClock;
import org.tidende.model.StoryId;

/**
 * Everything the online clusterer knows: document frequencies, the open stories, and an inverted
 * index from features to the open stories findable by them. Explicit state for a pure stage: the
 * clusterer takes it in and leaves it updated, with event time taken from articles only.
 *
 * <p>Memory is bounded: the document-frequency sketch is fixed-size (16 MB by default), each open
 * story holds at most a bounded centroid, index entry list and member sample, stories retire by
 * event time or by count ({@link ClusterConfig#maxActiveStories()}), and the queue of stories
 * awaiting a revisit holds at most the stories opened in the last {@code revisitAfter} articles
 * (the late revisits' queue, those of the last {@code 4 * revisitAfter}; the lone headlines' queues,
 * stories of one case-less headline opened in the last {@code 2^LONELY_LEVELS * revisitAfter};
 * the seats' queues, the case-less headlines the headline model read in that span).
 * Not thread-safe.
 */
public final class ClusterState {
  final DocumentFrequencies df;
  /** Open stories in least-recently-updated-first order. */
  final LinkedHashMap<StoryId, ActiveStory> active = new LinkedHashMap<>(16, 0.75f, false);
  /** Inverted index, feature to stories; never iterated, so HPPC's iteration order reaches nothing. */
  final LongObjectHashMap<List<ActiveStory>> postings = new LongObjectHashMap<>(1024);
  /** Newly opened stories waiting to be compared again, oldest first (see revisitAfter). */
  final ArrayDeque<ActiveStory> revisits = new ArrayDeque<>();
  /** English full-text stories revisited once and still open, waiting for their late revisit, oldest first. */
  final ArrayDeque<ActiveStory> lateRevisits = new ArrayDeque<>();
  /**
   * Stories opened by a case-less headline the headline model reads, waiting to be judged again
   * by the model if still of that headline alone: queue {@code k} holds those due {@code 2^(k+1) * revisitAfter}
   * articles after they opened, oldest first ({@code StoryClusterer.lonelyRevisit}).
   */
  final List<ArrayDeque<ActiveStory>> lonely = new ArrayList<>();
  /**
   * Case-less headlines the headline model read, waiting to be judged again against the stories
   * then open ({@code StoryClusterer.reseat}): queue {@code k} holds those due {@code 2^(k+1) *
   * revisitAfter} articles after they arrived, oldest first.
   */
  final List<ArrayDeque<Seat>> seats = new ArrayList<>();

  /** A headline's member record, the story it was last put in, and its arrival's sequence number. */
  record Seat(ActiveStory story, ActiveStory.Member member, long seq) {}

  /** Event time the stream has reached, robust to a few mis-dated articles. */
  EventClock clock = EventClock.start();
  long seq;
  /** Members of the open stories (the headline model's document count). */
  long activeMembers;
  long retiredCount;
  long mergedCount;
  long movedCount;
  long splitCount;
  /** Candidate searches made so far: marks which stories a search has found (ActiveStory#probe). */
  long probes;

  public ClusterState() {
    this(new DocumentFrequencies(4, 20));
  }

  public ClusterState(DocumentFrequencies df) {
    this.df = df;
  }

  /** Number of open stories. */
  public int activeStories() {
    return active.size();
  }

  /** Articles assigned so far. */
  public long articles() {
    return seq;
  }

  /** Stories retired so far. */
  public long retiredStories() {
    return retiredCount;
  }

  /** Story merges made so far (story-level revision). */
  public long mergedStories() {
    return mergedCount;
  }

  /** Articles moved between stories by re-assignment so far. */
  public long movedArticles() {
    return movedCount;
  }

  /** Stories split off by revision so far. */
  public long splitStories() {
    return splitCount;
  }

  /**
   * Event time the stream has reached, epoch seconds ({@link EventClock}: what the latest dated
   * articles agree on, so one article dated years ahead does not retire every story), or {@code
   * Long.MIN_VALUE} before enough dated articles.
   */
  public long watermark() {
    return clock.watermark();
  }

  void index(ActiveStory s, long feature) {
    if (s.indexedBy.add(feature)) {
      int slot = postings.indexOf(feature);
      if (postings.indexExists(slot)) {
        postings.indexGet(slot).add(s);
      } else {
        List<ActiveStory> list = new ArrayList<>(2);
        list.add(s);
        postings.indexInsert(slot, feature, list);
      }
    }
  }

  void remove(ActiveStory s) {
    active.remove(s.id);
    for (Long f : s.indexedBy) {
      List<ActiveStory> list = postings.get(f);
      if (list != null) {
        list.remove(s);
        if (list.isEmpty()) {
          postings.remove(f);
        }
      }
    }
  }
}
