package org.tidende.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.tidende.cluster.PreparedArticle;
import org.tidende.model.AnalyzedArticle;
import org.tidende.model.Article;
import org.tidende.model.Assignment;
import org.tidende.model.Story;
import org.tidende.model.StoryId;
import org.tidende.pipeline.Pipeline;

/**
 * The archive's mutable state and the two things done to it: replay at start and processing a
 * group of requests. Owned by one thread at a time (the opener, then the writer); see {@link
 * Archive} for the design.
 *
 * <p>Memory. Per article, the writer holds its analysed form (the session's members) and its
 * stored copy ({@link #indexed}, text included) only while its story is open: those serve the
 * rebuilding of a story's view and the re-indexing of articles a merge or move repoints, and the
 * clusterer revises open stories only (a retired story takes no article and is never merged, split
 * or moved into or out of). So when the clusterer retires a story (older than its window, or the
 * least recently updated beyond the open-story bound) its members leave memory at the next flush,
 * after the flush has written the story's last record (a story may retire in the group that
 * touched it); its record stays in the store and is served from there. Measured on the Danish
 * front-page archive (46,442 articles ingested in four quarters, live heap after each restart's
 * replay): with every article kept, 110, 162 and 266 MB at a quarter, half and all of it (about
 * 4.5 KB per article); with retired stories' members dropped, 78, 96 and 128 MB (about 1.4 KB per
 * article), 913 articles held at the end; those figures still include the title-label counts,
 * since bounded ({@link org.tidende.story.TitleLabels}: sketches of at most 16 MiB): with both, a
 * server's live heap after a full GC once its replay has ended is 109.3 MB on the first half of
 * the archive in date order (23,235 articles) and 113.5 MB on all of it, about 0.2 KB per article
 * (`jcmd GC.heap_info`), after restarts that kept every view, so without the name finders and
 * word lists a first view build loads (some 58 MB: 172.0 MB on all of it after a restart that
 * rebuilt every view). Still growing
 * per article: the duplicate index's id, URL and content id ({@link DuplicateIndex}, exact
 * duplicates across all time, some 200 bytes) and the session's set of ids seen; per story: where
 * a merged-away story went ({@link Pipeline.Session#current}). Replay holds every stored article
 * while it runs (it reads them all, then re-clusters in seq order) and drops the retired stories'
 * members at its end.
 */
final class ArchiveState {
  private static final int REPLAY_CHUNK = 2048;

  private final Pipeline pipeline;
  private final Pipeline.Session session;
  private final Function<Story, ? extends JsonNode> render;
  /** What builds the views ({@link Archive.Options#viewsBuild}), or null when not known. */
  private final String viewsBuild;
  private final DuplicateIndex duplicates = new DuplicateIndex();
  /** Each live story's last arrival seq (merged-away stories leave it). */
  private final Map<StoryId, Long> storyUpdated = new HashMap<>();
  /** Stories touched since the last flush: assigned to, merged, moved from or to. */
  private final Set<StoryId> dirty = new LinkedHashSet<>();
  /**
   * Every article of an open story (or of one retired since the last flush) as indexed, so an
   * article whose story is merged or moved is re-indexed under its new one.
   */
  private final Map<org.tidende.model.ArticleId, StoredArticle> indexed = new HashMap<>();
  /** Stories retired since the last flush: their members leave memory once their last record is written. */
  private final Set<StoryId> retiring = new LinkedHashSet<>();
  /** Stories whose members left memory; their records stay in the store. */
  private long settled;
  private volatile boolean stale;
  private volatile long lastSeq;
  private volatile long articles;
  private volatile long stories;
  private volatile long held;
  long replayed;
  long replayMillis;
  long recovered;

  private ArchiveState(Pipeline pipeline, Function<Story, ? extends JsonNode> render, String viewsBuild) {
    this.pipeline = pipeline;
    this.viewsBuild = viewsBuild;
    this.session = pipeline.newSession(new org.tidende.cluster.StoryEvents() {
      @Override
      public void retired(StoryId story) {
        // it takes no new articles and no revision: once the flush has written its record (it may
        // have been touched in the group that retired it), its members are needed no more
        retiring.add(story);
      }

      @Override
      public void merged(StoryId from, StoryId into) {
        dirty.add(from);
        dirty.add(into);
        Long last = storyUpdated.remove(from);
        if (last != null) {
          storyUpdated.merge(into, last, Math::max);
        }
      }

      @Override
      public void moved(org.tidende.model.ArticleId article, StoryId from, StoryId into) {
        dirty.add(from);
        dirty.add(into);
        // a split moves members into a story no article opened: it takes its last update from theirs
        storyUpdated.merge(into, storyUpdated.getOrDefault(from, 0L), Math::max);
      }
    });
    this.render = render;
  }

  /** The story {@code id} now is: the story it was merged into (followed through later merges), or itself. Thread-safe. */
  StoryId current(StoryId id) {
    return session.current(id);
  }

  long lastSeq() {
    return lastSeq;
  }

  long articles() {
    return articles;
  }

  long stories() {
    return stories;
  }

  /** Articles whose analysed form and stored copy are held in memory: the members of open stories. */
  long held() {
    return held;
  }

  /** True when acknowledged writes are not yet visible to readers. */
  boolean stale() {
    return stale;
  }

  /**
   * Rebuilds the stories touched since the last flush, deletes the records of stories merged away
   * (or emptied by moves), re-indexes the articles those revisions moved, and refreshes readers;
   * then drops from memory the members of the stories retired since the last flush.
   */
  void flush(Store store) throws IOException {
    List<StoryRecord> records = new ArrayList<>(dirty.size());
    List<StoryId> gone = new ArrayList<>();
    List<StoredArticle> repointed = new ArrayList<>();
    Set<StoryId> live = new LinkedHashSet<>();
    for (StoryId id : dirty) {
      StoryId now = session.current(id);
      if (!now.equals(id) || session.members(id).isEmpty()) {
        gone.add(id);
      }
      if (!session.members(now).isEmpty()) {
        live.add(now);
      }
    }
    records.addAll(records(new ArrayList<>(live)));
    for (StoryId id : live) {
      repointed.addAll(repoint(id));
    }
    gone.forEach(storyUpdated::remove);
    stories = storyUpdated.size() + settled;
    store.putArticles(repointed, true);
    store.deleteStories(gone);
    store.putStories(records);
    store.refresh();
    dirty.clear();
    settleRetired();
    stale = false;
  }

  /**
   * Drops the members of the stories retired since the last flush (analysed, in the session, and as
   * indexed, here), once their records are written: the clusterer neither adds to, merges, splits
   * nor moves members into or out of a retired story, so its record is final.
   */
  private void settleRetired() {
    for (StoryId id : retiring) {
      for (AnalyzedArticle m : session.members(id)) {
        indexed.remove(m.id());
      }
      session.forget(id);
      if (storyUpdated.remove(id) != null) {
        settled++;
      }
    }
    retiring.clear();
    stories = storyUpdated.size() + settled;
    held = indexed.size();
  }

  /** The members of live story {@code id} indexed under another story, now under {@code id}. */
  private List<StoredArticle> repoint(StoryId id) {
    List<StoredArticle> out = new ArrayList<>();
    for (AnalyzedArticle m : session.members(id)) {
      StoredArticle s = indexed.get(m.id());
      if (s != null && !s.story().equals(id)) {
        StoredArticle now = new StoredArticle(s.article(), s.language(), id, s.seq(), s.receivedMillis());
        indexed.put(m.id(), now);
        out.add(now);
      }
    }
    return out;
  }

  /**
   * Rebuilds the state from the store and the log: stored articles, then logged ones the store
   * lacks, through the pipeline in seq order; re-indexes recovered articles and any whose story
   * changed, or all of them when the store was indexed with another version of the language
   * analysis ({@link Store#analysisCurrent}); rewrites every story; commits. Tells {@code
   * progress} each step's start and every {@value #REPLAY_CHUNK} articles or stories.
   */
  static ArchiveState replay(Store store, WriteAheadLog wal, Pipeline pipeline,
      Function<Story, ? extends JsonNode> render, String viewsBuild, Consumer<String> log, ReplayListener progress)
      throws IOException {
    long start = System.nanoTime();
    ArchiveState st = new ArchiveState(pipeline, render, viewsBuild);
    List<StoredArticle> all = new ArrayList<>();
    long committed = store.committedSeq();
    long logged = 0;
    for (WriteAheadLog.Entry e : wal.recovered()) {
      logged += Math.max(0, Math.min(e.articles().size(), e.lastSeq() - committed));
    }
    long expected = store.articleCount() + logged;
    progress.progress(ReplayListener.Step.READING, 0, expected);
    store.forEachArticle(s -> {
      all.add(s);
      if (all.size() % REPLAY_CHUNK == 0) {
        progress.progress(ReplayListener.Step.READING, all.size(), expected);
      }
    });
    long fromLog = 0;
    java.util.Set<Long> storedAboveCommit = new java.util.HashSet<>();
    all.forEach(s -> {
      if (s.seq() > committed) {
        storedAboveCommit.add(s.seq()); // entered a commit started at a lower seq: the log has them too
      }
    });
    for (WriteAheadLog.Entry e : wal.recovered()) {
      for (int i = 0; i < e.articles().size(); i++) {
        long seq = e.seq() + i;
        if (seq > committed && !storedAboveCommit.contains(seq)) {
          // Story is provisional until replayed below.
          all.add(new StoredArticle(e.articles().get(i), org.tidende.model.Language.UND,
              new StoryId("s?"), seq, e.receivedMillis()));
          fromLog++;
        }
      }
    }
    all.sort(java.util.Comparator.comparingLong(StoredArticle::seq));
    progress.progress(ReplayListener.Step.READING, Math.min(all.size(), expected), expected);
    progress.progress(ReplayListener.Step.CLUSTERING, 0, all.size());
    for (int i = 0; i < all.size(); i += REPLAY_CHUNK) {
      List<StoredArticle> chunk = all.subList(i, Math.min(all.size(), i + REPLAY_CHUNK));
      List<PreparedArticle> analysed = chunk.parallelStream().map(s -> pipeline.prepare(s.article())).toList();
      for (int j = 0; j < chunk.size(); j++) {
        StoredArticle before = chunk.get(j);
        st.assign(analysed.get(j), before.seq(), before.receivedMillis());
      }
      progress.progress(ReplayListener.Step.CLUSTERING, i + chunk.size(), all.size());
    }
    // stories as they stand after every merge and move of the replay
    List<StoredArticle> changed = new ArrayList<>();
    st.storyUpdated.keySet().removeIf(id -> st.session.members(id).isEmpty()); // emptied by moves
    List<StoryId> ids = new ArrayList<>(st.storyUpdated.keySet());
    // A view stored by this build for the same members and latest update is the view it would build
    // again: kept. Building views is most of a replay's cost, and on a restart few stories changed.
    Map<StoryId, String> storedViews = viewsBuild == null ? Map.of() : store.storyFingerprints();
    if (storedViews.isEmpty()) {
      store.deleteAllStories();
    } else {
      Set<StoryId> gone = new java.util.HashSet<>(storedViews.keySet());
      ids.forEach(gone::remove);
      store.deleteStories(gone);
    }
    long kept = 0;
    progress.progress(ReplayListener.Step.STORIES, 0, ids.size());
    for (int i = 0; i < ids.size(); i += REPLAY_CHUNK) {
      List<StoryId> chunk = ids.subList(i, Math.min(ids.size(), i + REPLAY_CHUNK));
      List<StoryId> build = storedViews.isEmpty() ? chunk
          : chunk.stream().filter(id -> !Objects.equals(storedViews.get(id), st.fingerprint(id))).toList();
      kept += chunk.size() - build.size();
      store.putStories(st.records(build));
      chunk.forEach(st::repoint);
      progress.progress(ReplayListener.Step.STORIES, i + chunk.size(), ids.size());
    }
    long storyTotal = st.storyUpdated.size(); // before retired stories leave memory
    st.dirty.clear();
    // indexed by another version of the analysis: every text again, so a search finds this build's stems
    boolean reanalyse = !store.analysisCurrent();
    for (StoredArticle before : all) {
      StoredArticle now = st.indexed.get(before.article().id());
      if (now != null && (reanalyse || !now.story().equals(before.story()) || !now.language().equals(before.language()))) {
        changed.add(now);
      }
    }
    progress.progress(ReplayListener.Step.COMMITTING, 0, all.size());
    store.putArticles(changed, true);
    st.lastSeq = Math.max(wal.lastSeq(), committed);
    if (!all.isEmpty()) {
      st.lastSeq = Math.max(st.lastSeq, all.get(all.size() - 1).seq());
    }
    store.commit(st.lastSeq);
    store.refresh();
    st.settleRetired();
    wal.rotate();
    wal.dropThrough(st.lastSeq);
    st.replayed = all.size();
    st.recovered = fromLog;
    st.replayMillis = (System.nanoTime() - start) / 1_000_000;
    log.accept(String.format(java.util.Locale.ROOT,
        "archive: %d articles in %d stories replayed in %.1f s (%d recovered from the log, %d re-indexed, "
            + "%d story views kept)",
        all.size(), storyTotal, st.replayMillis / 1000.0, fromLog, changed.size(), kept));
    return st;
  }

  /** Clusters one analysed and prepared article; null when the session refused it (a repeated id). */
  private StoredArticle assign(PreparedArticle p, long seq, long receivedMillis) {
    AnalyzedArticle a = p.article();
    Assignment as = session.assign(p);
    if (as == null) {
      return null;
    }
    duplicates.add(a.article());
    StoryId story = session.current(as.story()); // the article may have set off a merge of its own story
    storyUpdated.put(story, seq);
    articles++;
    stories = storyUpdated.size() + settled;
    StoredArticle s = new StoredArticle(a.article(), a.lang(), story, seq, receivedMillis);
    indexed.put(a.id(), s);
    held = indexed.size();
    return s;
  }

  /** The records of these live stories, built in parallel (story building is pure and most of a flush's cost). */
  private List<StoryRecord> records(List<StoryId> ids) {
    return ids.size() > 1 ? ids.parallelStream().map(this::record).toList() : ids.stream().map(this::record).toList();
  }

  private StoryRecord record(StoryId id) {
    Story s = session.story(id);
    return new StoryRecord(s, render.apply(s), storyUpdated.get(id), fingerprint(id));
  }

  /**
   * What story {@code id}'s view is built from: its members in order, its latest update and the
   * build; null when the build is not known. Equal fingerprints mean the same view, as building
   * one is pure.
   */
  private String fingerprint(StoryId id) {
    if (viewsBuild == null) {
      return null;
    }
    java.security.MessageDigest md;
    try {
      md = java.security.MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    md.update(viewsBuild.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    md.update((byte) 0);
    md.update(Long.toString(storyUpdated.getOrDefault(id, 0L)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    for (AnalyzedArticle m : session.members(id)) {
      md.update((byte) 0);
      md.update(m.id().value().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    return java.util.HexFormat.of().formatHex(md.digest(), 0, 16);
  }

  /**
   * Processes a group of requests: duplicates, one synced log append, analysis, clustering,
   * indexing, refresh; then completes each request. Any failure fails the requests of the group.
   */
  void process(List<Archive.Request> group, Store store, WriteAheadLog wal) {
    long now = System.currentTimeMillis();
    List<List<IngestOutcome>> outcomes = new ArrayList<>();
    List<WriteAheadLog.Entry> entries = new ArrayList<>();
    List<Article> accepted = new ArrayList<>();
    long seq = lastSeq + 1;
    for (Archive.Request r : group) {
      List<IngestOutcome> out = new ArrayList<>(r.articles().size());
      long first = seq;
      for (Article a : r.articles()) {
        var dup = duplicates.find(a);
        if (dup.isPresent()) {
          out.add(dup.get());
        } else {
          duplicates.add(a);
          accepted.add(a);
          out.add(null); // filled once clustered
          seq++;
        }
      }
      if (seq > first) {
        entries.add(new WriteAheadLog.Entry(first, now, accepted.subList(accepted.size() - (int) (seq - first), accepted.size())));
      }
      outcomes.add(out);
    }
    try {
      wal.append(entries);
    } catch (IOException | RuntimeException e) {
      accepted.forEach(duplicates::remove);
      group.forEach(r -> r.done().completeExceptionally(e));
      return;
    }
    try {
      List<IngestOutcome.Accepted> done = index(accepted, lastSeq + 1, now, store);
      lastSeq = seq - 1;
      int k = 0;
      for (int i = 0; i < group.size(); i++) {
        List<IngestOutcome> out = outcomes.get(i);
        for (int j = 0; j < out.size(); j++) {
          if (out.get(j) == null) {
            out.set(j, done.get(k++));
          }
        }
        group.get(i).done().complete(List.copyOf(out));
      }
    } catch (IOException | RuntimeException e) {
      lastSeq = seq - 1; // logged: the seqs are spent and the articles come back on restart
      group.forEach(r -> r.done().completeExceptionally(e));
    }
  }

  private List<IngestOutcome.Accepted> index(List<Article> accepted, long firstSeq, long now, Store store) throws IOException {
    List<PreparedArticle> analysed = accepted.size() > 8
        ? accepted.parallelStream().map(pipeline::prepare).toList()
        : accepted.stream().map(pipeline::prepare).toList();
    List<StoredArticle> stored = new ArrayList<>(accepted.size());
    List<IngestOutcome.Accepted> done = new ArrayList<>(accepted.size());
    Set<StoryId> touched = new LinkedHashSet<>();
    // Stale before the counts rise (and before the acknowledgements): a reader who saw the article
    // count grow, or got its ack, then waits for a flush instead of reading the old searcher.
    stale = true;
    for (int i = 0; i < analysed.size(); i++) {
      StoredArticle s = assign(analysed.get(i), firstSeq + i, now);
      if (s == null) {
        throw new IllegalStateException("session refused " + analysed.get(i).article().id() + " though it passed duplicate checks");
      }
      stored.add(s);
      touched.add(s.story());
      done.add(new IngestOutcome.Accepted(s.article().id(), s.seq(), s.story(), s.story().equals(StoryId.openedBy(s.article().id()))));
    }
    store.putArticles(stored, false);
    dirty.addAll(touched);
    return done;
  }
}
