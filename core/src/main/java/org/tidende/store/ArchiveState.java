package org.tidende.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.tidende.cluster.PreparedArticle;
import org.tidende.cluster.StoryEvents;
import org.tidende.model.AnalyzedArticle;
import org.tidende.model.Article;
import org.tidende.model.ArticleId;
import org.tidende.model.Assignment;
import org.tidende.model.Language;
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
 * rebuilt every view). What still grew per article were the duplicate index's id, URL and content
 * id (exact duplicates across all time) and the session's ids seen: now the store answers for the
 * duplicates its readers see ({@link DuplicateIndex}; the keys of articles added since the last
 * refresh stay in memory) and the session keeps the latest {@value #SESSION_RECENT_IDS} ids. Live
 * heap after a full GC once a restart's replay ended, first half of the Danish archive (23,236
 * articles) and all of it (46,442), views kept: 109,074 and 112,547 KB before, about 150 bytes per
 * article; 104,640 and 102,728 KB after, no growth within the noise of a reading (a few MB).
 * What grew per story and per distinct source is bounded too: where a merged-away story went
 * ({@link Pipeline.Session#current}) is held while the story it went into is open, then forgotten
 * in batches once that story is retired and written (the store holds the article that opened the
 * merged-away story under the story it went into, and {@link Archive#currentStory} asks it), and
 * the session keeps the run's latest {@value Pipeline#RUN_SOURCES} distinct sources as outlets'
 * names ({@link Pipeline.Session#forget}). On the Danish archive (46,442 articles, a year) that
 * growth was small: 1,920 merges in all, 892 followed in memory at the replay's end (the open
 * stories' and the batch not yet forgotten), 6 sources; live heap after a restart that rebuilt every
 * view 160,318 KB before and 160,416 KB after (StoryId objects 7,061 and 5,420), one reading each on
 * a loaded machine. It is a server fed for years that no longer holds a merge per merge.
 *
 * <p>Replay streams, so a start needs the memory the running server needs, not the archive's: the
 * store is read in seq order a page of {@value #REPLAY_CHUNK} articles at a time ({@link
 * Store#articlesAfter}), the log's articles the store lacks (bounded by the log) merged in by seq,
 * and each chunk goes through the pipeline; the stories it retired are then final (the clusterer
 * revises open stories only), so their views are written (built unless the stored view has the
 * fingerprint they would get) and their members re-indexed where story or language changed (all
 * of them when the analysis changed), and they leave memory as the writer's do. At the end the same
 * for the stories still open; stored stories left without any article (merged away, emptied, or
 * clustered otherwise) are found by a walk of the story ids in the index and deleted; one commit.
 * Nothing is committed before the end, so a replay stopped halfway leaves the archive as it was.
 * Within a chunk, articles are clustered a slice at a time ({@link #progressSlice}: a twentieth of
 * the step, at most 128), the stories the slice retired written after it, and the progress told:
 * before, a whole chunk went between reports, and its retired stories' views were built after it,
 * so on 19,433 Danish articles whose every view was rebuilt /health stood at "12288 of 19433" for
 * 24 s (one report every 6 to 24 s), and "rebuilding stories, 0 of 1888" stood until a small
 * folder's step ended. Measured there, polling /health every 0.25 s, one run each on a shared
 * 2-core machine: longest time without a change 23.9 s before, 7.1 s after (a slice that retired
 * many stories; 30 of 75 gaps over 1.5 s), start-up 138.9 s before and 136.2 s after; a restart
 * that kept every view 30.7 and 31.8 s, longest gap 6.8 and 2.1 s. Noise between runs is larger
 * than the difference. A retired story's view is now built at its slice's end, with the title
 * labels known then, not at its chunk's: 3 of the 13,292 headlines there differ from the replay
 * before (members and every other field the same). Cost: a join of the parallel analysis and of the parallel view building per
 * slice, where a core may wait for the slice's slowest article or story.
 * A slice writes at most one retired story per article it clustered, oldest retired first; the
 * rest wait for the next slices (and the {@code stories} step, before the open stories). Retired
 * stories are final, so when they are written changes nothing in them: on the 19,433 Danish
 * articles all 13,292 stored views came out byte-identical. Why: the clusterer's sweep (every 256
 * articles) retires every story idle past the window at once, and after a gap in the dates that
 * is hundreds (789 in one slice there), all built before the slice's report: /health stood still
 * 3.5 s there, 7 s on a busier machine. Measured there, every view rebuilt, polling /health every
 * 0.25 s, four runs alternated with the build before on the shared 2-core machine (load 7 to
 * 14): longest time without a count moving while clustering, leaving out the first views' slice,
 * 3.6, 3.7, 2.0 and 4.2 s before (the 789-story slice in three), 2.1, 2.6 and 1.6 s after; gaps
 * over 1.5 s 10, 18, 8 and 19 of some 105 before, 4, 15 and 4 of some 140 after; start-up 83 to
 * 107 s before, 70 to 125 s after (noise). Not changed: the slice where the first views are
 * built (classes and models loaded, 2 to 5 s in both builds) and {@code committing} (2 to 3 s
 * without a count). Cost: a retired story's members stay in memory until it is written, at most
 * the backlog of one sweep, which drains as a slice writes as many stories as it has articles
 * and an article opens at most one story.
 * Held during a replay: the open stories' members (the clusterer retires idle ones every 256
 * articles) and a chunk or two ({@link #replayPeakHeld}). Cost: each page is a range lookup on the
 * articles' seq points ({@link LuceneStore#articlesAfter}), about the page's own size; a store
 * indexed before version 4 has no seq points until this replay indexes it again, and there each
 * page visits every article's seq doc value (O(n^2 / chunk) for the one replay).
 * Measured on the Danish archive ingested in two halves (46,442 articles, 30,525 stories), one run
 * each on a shared 2-core machine, `-Xlog:gc` and `jcmd GC.heap_info`: a restart that kept every
 * view, peak heap after a young collection during the replay 282 MB reading all first, 170 MB
 * streaming, live heap after it 111.1 and 110.2 MB, replay 43.3 and 40.5 s; under {@code
 * -Xmx256m} both finish (46.8 and 46.9 s), but reading all first took 8 full collections and
 * failed evacuations, streaming none; under {@code -Xmx160m} reading all first ran out of memory
 * (some 2,000 full collections in 4 minutes, stopped by hand), streaming (with the duplicate keys
 * in the store) finished in 20.0 s; a restart that built every view (a new build), peak 532 and
 * 334 MB, live after 205.3 and 168.9 MB, 197.1 and 182.0 s. A view built again in a replay is built
 * when its story retires, with the title labels known then, as the live writer builds it, no longer
 * with those of the archive's end: on that restart 27 of 30,525 headlines differ from reading all
 * first (members, counts and every other field the same), and 4 differ from the views the ingest
 * built (31 before).
 */
final class ArchiveState {
  static final int REPLAY_CHUNK = 2048;

  private final Pipeline pipeline;
  private final Pipeline.Session session;
  private final Function<Story, ? extends JsonNode> render;
  /** What builds the views ({@link Archive.Options#viewsBuild}), or null when not known. */
  private final String viewsBuild;
  private final DuplicateIndex duplicates;
  /** Each live story's last arrival seq (merged-away stories leave it). */
  private final Map<StoryId, Long> storyUpdated = new HashMap<>();
  /** Stories touched since the last flush: assigned to, merged, moved from or to. */
  private final Set<StoryId> dirty = new LinkedHashSet<>();
  /**
   * Every article of an open story (or of one retired since the last flush) as indexed, so an
   * article whose story is merged or moved is re-indexed under its new one.
   */
  private final Map<ArticleId, StoredArticle> indexed = new HashMap<>();
  /** Stories retired since the last flush: their members leave memory once their last record is written. */
  private final Set<StoryId> retiring = new LinkedHashSet<>();
  /** Stories whose members left memory; their records stay in the store. */
  private long settled;
  private volatile boolean stale;
  private volatile long lastSeq;
  private volatile long articles;
  private volatile long stories;
  private volatile long held;
  private volatile long duplicatesHeld;
  long replayed;
  long replayMillis;
  long recovered;
  long replayPeakHeld;

  /**
   * Ids the session recognises a repeat among: the duplicate index refuses repeats before they reach
   * it, so this guards a replay only, in bounded memory.
   */
  static final int SESSION_RECENT_IDS = 1 << 14;

  private ArchiveState(Pipeline pipeline, Function<Story, ? extends JsonNode> render, String viewsBuild, Store store) {
    this.pipeline = pipeline;
    this.viewsBuild = viewsBuild;
    this.duplicates = new DuplicateIndex(store);
    this.session = pipeline.newSession(new StoryEvents() {
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
      public void moved(ArticleId article, StoryId from, StoryId into) {
        dirty.add(from);
        dirty.add(into);
        // a split moves members into a story no article opened: it takes its last update from theirs
        storyUpdated.merge(into, storyUpdated.getOrDefault(from, 0L), Math::max);
      }
    }, SESSION_RECENT_IDS);
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

  /** Articles whose duplicate keys are held in memory (added since the readers last refreshed). */
  long duplicatesHeld() {
    return duplicatesHeld;
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
    flush(store, () -> ReplayListener.NONE);
  }

  /**
   * {@link #flush(Store)}, building the views a slice at a time ({@link #progressSlice}) and telling
   * the listener {@code progress} gives at that moment ({@link ReplayListener.Step#STORIES}: views
   * built, of those to build) after each: one set while a flush runs hears the rest of it, as {@link
   * Archive#close(ReplayListener)} at the end of an ingest does, where building the open stories'
   * views (9 s for 5,000 Danish front pages) had been silent. Slicing costs a join of the parallel
   * build per slice of at most {@value #PROGRESS_SLICE_MAX} stories.
   */
  void flush(Store store, Supplier<ReplayListener> progress) throws IOException {
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
    List<StoryId> toBuild = new ArrayList<>(live);
    int slice = progressSlice(toBuild.size(), REPLAY_CHUNK);
    for (int i = 0; i < toBuild.size(); i += slice) {
      int end = Math.min(toBuild.size(), i + slice);
      records.addAll(records(toBuild.subList(i, end)));
      progress.get().progress(ReplayListener.Step.STORIES, end, toBuild.size());
    }
    for (StoryId id : live) {
      repointed.addAll(repoint(id));
    }
    gone.forEach(storyUpdated::remove);
    stories = storyUpdated.size() + settled;
    store.putArticles(repointed, true);
    store.deleteStories(gone);
    store.putStories(records);
    store.refresh();
    duplicates.visible();
    duplicatesHeld = duplicates.size();
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
    settleRetired(retiring);
    retiring.clear();
  }

  /** {@link #settleRetired()} for these retired stories, whose records are written. */
  private void settleRetired(Collection<StoryId> ids) {
    for (StoryId id : ids) {
      for (AnalyzedArticle m : session.members(id)) {
        indexed.remove(m.id());
      }
      session.forget(id);
      if (storyUpdated.remove(id) != null) {
        settled++;
      }
    }
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
   * Rebuilds the state from the store and the log, streaming: stored articles read in pages of
   * {@code chunkSize} in seq order, with logged ones the store lacks interleaved by seq, go through
   * the pipeline a chunk at a time; after each chunk the stories it retired are written (their view
   * built unless the stored one has the same fingerprint), their members re-indexed where their
   * story or language changed (or all, when the store was indexed with another version of the
   * language analysis, {@link Store#analysisCurrent}), and they leave memory as the writer's do.
   * At the end the same for the stories still open, then the stored stories left without articles
   * are deleted, and all is committed. Tells {@code progress} each step's start and every chunk.
   */
  static ArchiveState replay(Store store, WriteAheadLog wal, Pipeline pipeline,
      Function<Story, ? extends JsonNode> render, String viewsBuild, Consumer<String> log, ReplayListener progress,
      int chunkSize) throws IOException {
    long start = System.nanoTime();
    ArchiveState st = new ArchiveState(pipeline, render, viewsBuild, store);
    long committed = store.committedSeq();
    long logged = 0;
    for (WriteAheadLog.Entry e : wal.recovered()) {
      logged += Math.max(0, Math.min(e.articles().size(), e.lastSeq() - committed));
    }
    long storedCount = store.articleCount();
    long expected = storedCount + logged;
    progress.progress(ReplayListener.Step.READING, 0, expected);
    // seqs stored above the commit entered a commit started at a lower seq: the log has them too.
    // Both are bounded by the log, which holds only what the index may lack.
    Set<Long> storedAboveCommit = new HashSet<>();
    long readTo = committed;
    for (List<StoredArticle> above; !(above = store.articlesAfter(readTo, chunkSize)).isEmpty(); ) {
      above.forEach(s -> storedAboveCommit.add(s.seq()));
      readTo = above.get(above.size() - 1).seq(); // pages come in seq order
    }
    List<StoredArticle> fromLog = new ArrayList<>();
    for (WriteAheadLog.Entry e : wal.recovered()) {
      for (int i = 0; i < e.articles().size(); i++) {
        long seq = e.seq() + i;
        if (seq > committed && !storedAboveCommit.contains(seq)) {
          // story is provisional until replayed below
          fromLog.add(new StoredArticle(e.articles().get(i), Language.UND, new StoryId("s?"), seq,
              e.receivedMillis()));
        }
      }
    }
    fromLog.sort(Comparator.comparingLong(StoredArticle::seq));
    long total = storedCount + fromLog.size();
    progress.progress(ReplayListener.Step.READING, Math.min(total, expected), expected);
    progress.progress(ReplayListener.Step.CLUSTERING, 0, total);
    Replay r = new Replay(store, st, !store.analysisCurrent());
    if (!store.analysisCurrent() && storedCount > 0) {
      // said before the long part, not only in the closing line: a folder an older build wrote has
      // every article indexed again, once (48,885 Danish articles: 98 s where 26 s is usual), and an
      // ingest into it was silent meanwhile, as if it hung (session 34 review)
      log.accept(String.format(Locale.ROOT,
          "archive: indexed by an older build: its %,d stored article%s are indexed again from their texts, "
              + "once (this open takes longer than the next)", storedCount, storedCount == 1 ? "" : "s"));
    }
    if (viewsBuild == null) {
      store.deleteAllStories(); // no view can be told current: every one is built again
    }
    ArrayDeque<StoredArticle> page = new ArrayDeque<>();
    long storedAfter = Long.MIN_VALUE;
    boolean storeDone = false;
    int fromLogNext = 0;
    long done = 0;
    long lastReplayed = 0;
    // retired stories not yet written: final, so when they are written does not change them
    ArrayDeque<StoryId> backlog = new ArrayDeque<>();
    while (true) {
      List<StoredArticle> chunk = new ArrayList<>(chunkSize);
      while (chunk.size() < chunkSize) {
        if (page.isEmpty() && !storeDone) {
          List<StoredArticle> next = store.articlesAfter(storedAfter, chunkSize);
          storeDone = next.isEmpty();
          if (!storeDone) {
            storedAfter = next.get(next.size() - 1).seq();
            page.addAll(next);
          }
        }
        StoredArticle fromStore = page.peekFirst();
        StoredArticle logNext = fromLogNext < fromLog.size() ? fromLog.get(fromLogNext) : null;
        if (fromStore == null && logNext == null) {
          break;
        }
        if (logNext == null || (fromStore != null && fromStore.seq() < logNext.seq())) {
          chunk.add(page.pollFirst());
        } else {
          chunk.add(logNext);
          fromLog.set(fromLogNext++, null); // leaves memory with its chunk
        }
      }
      if (chunk.isEmpty()) {
        break;
      }
      st.replayPeakHeld = Math.max(st.replayPeakHeld, st.indexed.size() + chunk.size() + page.size());
      // a slice at a time: clustered, the stories it retired written, and told, so the progress
      // moves every ~5 % (progressSlice); writing the retired views is most of a replay that builds them
      int slice = progressSlice(total, chunkSize);
      for (int from = 0; from < chunk.size(); from += slice) {
        List<StoredArticle> part = chunk.subList(from, Math.min(chunk.size(), from + slice));
        List<PreparedArticle> analysed = part.parallelStream().map(s -> pipeline.prepare(s.article())).toList();
        for (int j = 0; j < part.size(); j++) {
          StoredArticle before = part.get(j);
          StoredArticle now = st.assign(analysed.get(j), before.seq(), before.receivedMillis());
          if (now != null) {
            r.was.put(now.article().id(), new Was(before.story(), before.language()));
          }
        }
        st.replayPeakHeld = Math.max(st.replayPeakHeld, st.indexed.size() + page.size());
        done += part.size();
        // the stories retired so far, oldest first, at most one per article of the slice: a slice
        // whose sweep retires hundreds (a gap in the dates) has them written over the next slices
        backlog.addAll(st.retiring);
        st.retiring.clear();
        List<StoryId> write = new ArrayList<>(Math.min(backlog.size(), part.size()));
        while (write.size() < part.size() && !backlog.isEmpty()) {
          write.add(backlog.pollFirst());
        }
        r.settle(write);
        st.settleRetired(write);
        st.dirty.clear(); // a replay writes each story once, when it is final
        progress.progress(ReplayListener.Step.CLUSTERING, done, total);
      }
      lastReplayed = chunk.get(chunk.size() - 1).seq();
    }
    // the retired stories not yet written, then the stories still open, as they stand after every
    // merge and move of the replay
    st.storyUpdated.keySet().removeIf(id -> st.session.members(id).isEmpty()); // emptied by moves
    List<StoryId> ids = new ArrayList<>(backlog);
    Set<StoryId> retiredLeft = new HashSet<>(backlog);
    st.storyUpdated.keySet().stream().filter(id -> !retiredLeft.contains(id)).forEach(ids::add);
    long storyTotal = st.storyUpdated.size() + st.settled;
    progress.progress(ReplayListener.Step.STORIES, 0, storyTotal);
    int storySlice = progressSlice(ids.size(), chunkSize);
    for (int i = 0; i < ids.size(); i += storySlice) {
      r.settle(ids.subList(i, Math.min(ids.size(), i + storySlice)));
      progress.progress(ReplayListener.Step.STORIES, st.settled + i + Math.min(storySlice, ids.size() - i), storyTotal);
    }
    st.dirty.clear();
    st.retiring.addAll(backlog); // their members leave memory with the last settleRetired below
    progress.progress(ReplayListener.Step.COMMITTING, 0, done);
    r.was.clear();
    st.lastSeq = Math.max(Math.max(wal.lastSeq(), committed), lastReplayed);
    store.refresh();
    List<StoryId> gone = store.storiesWithoutArticles(); // merged away, emptied, or clustered otherwise
    store.deleteStories(gone);
    store.commit(st.lastSeq);
    store.refresh();
    st.duplicates.visible();
    st.duplicatesHeld = st.duplicates.size();
    st.settleRetired();
    wal.rotate();
    wal.dropThrough(st.lastSeq);
    st.replayed = done;
    st.recovered = fromLog.size();
    st.replayMillis = (System.nanoTime() - start) / 1_000_000;
    log.accept(String.format(Locale.ROOT,
        "archive: %,d article%s in %,d stor%s replayed in %.1f s (%,d recovered from the log, %,d re-indexed, "
            + "%,d story views kept; merges followed in memory %,d of %,d; %,d distinct sources held)",
        done, done == 1 ? "" : "s", storyTotal, storyTotal == 1 ? "y" : "ies", st.replayMillis / 1000.0, fromLog.size(), r.reindexed, r.kept,
        st.session.tracked().get("merges"), st.session.tracked().get("mergesHeard"), st.session.tracked().get("sources")));
    return st;
  }

  /** Most units of a replay step between two progress reports: see {@link #progressSlice}. */
  static final int PROGRESS_SLICE_MAX = 128;

  /**
   * The units (articles, stories) of a replay step done between two progress reports: a twentieth of
   * the step, so the count moves every 5 %, but at most {@value #PROGRESS_SLICE_MAX}, so it moves
   * about every second on a loaded machine (a slice of 128 articles clusters in about 0.9 s on two
   * busy cores, 6.7 ms an article), and at least 16, within {@code chunkSize}. Before, a whole
   * chunk of 2,048 went between reports: "replaying the archive, 12288 of 19433" stood for 24 s,
   * and "rebuilding stories, 0 of 1888" until the step ended. Slicing costs a join of the parallel
   * analysis per slice, where a core may wait for the slice's slowest article.
   */
  static int progressSlice(long total, int chunkSize) {
    return (int) Math.max(1, Math.min(chunkSize, Math.clamp(total / 20, 16, PROGRESS_SLICE_MAX)));
  }

  /** An article's story and language as the store (or the log) had it before the replay. */
  private record Was(StoryId story, Language language) {}

  /** What a replay writes of the stories it has rebuilt, and the stored copies of the articles it holds. */
  private static final class Replay {
    private final Store store;
    private final ArchiveState st;
    private final boolean reanalyse;
    /** Each held article as the store (or the log) had it, to tell whether it must be indexed again. */
    final Map<ArticleId, Was> was = new HashMap<>();
    long kept;
    long reindexed;

    Replay(Store store, ArchiveState st, boolean reanalyse) {
      this.store = store;
      this.st = st;
      this.reanalyse = reanalyse;
    }

    /**
     * Writes these stories, final as they stand (retired, or open at the replay's end): each view
     * built unless the stored one has the fingerprint it would get (the same members, latest update
     * and build: building is pure, so it is the view it would build), and the members indexed again
     * whose story or language changed, or all of them when the analysis changed.
     */
    void settle(List<StoryId> ids) throws IOException {
      List<StoryId> live = ids.stream().filter(id -> !st.session.members(id).isEmpty()).toList();
      if (live.isEmpty()) {
        return;
      }
      Map<StoryId, String> stored = st.viewsBuild == null ? Map.of() : store.storyFingerprints(live);
      List<StoryId> build = live.stream().filter(id -> {
        String f = stored.get(id);
        return f == null || !f.equals(st.fingerprint(id));
      }).toList();
      kept += live.size() - build.size();
      store.putStories(st.records(build));
      List<StoredArticle> changed = new ArrayList<>();
      for (StoryId id : live) {
        st.repoint(id);
        for (AnalyzedArticle m : st.session.members(id)) {
          StoredArticle now = st.indexed.get(m.id());
          Was before = was.remove(m.id());
          if (now != null && (reanalyse || before == null || !now.story().equals(before.story())
              || !now.language().equals(before.language()))) {
            changed.add(now);
          }
        }
      }
      store.putArticles(changed, true);
      reindexed += changed.size();
    }
  }

  /** Clusters one analysed and prepared article; null when the session refused it (a repeated id). */
  private StoredArticle assign(PreparedArticle p, long seq, long receivedMillis) {
    AnalyzedArticle a = p.article();
    Assignment as = session.assign(p);
    if (as == null) {
      return null;
    }
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
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    md.update(viewsBuild.getBytes(StandardCharsets.UTF_8));
    md.update((byte) 0);
    md.update(Long.toString(storyUpdated.getOrDefault(id, 0L)).getBytes(StandardCharsets.UTF_8));
    for (AnalyzedArticle m : session.members(id)) {
      md.update((byte) 0);
      md.update(m.id().value().getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(md.digest(), 0, 16);
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
    try {
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
    } catch (IOException | RuntimeException e) { // the store could not say what it holds
      accepted.forEach(duplicates::remove);
      group.forEach(r -> r.done().completeExceptionally(e));
      return;
    }
    duplicatesHeld = duplicates.size();
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
      accepted.forEach(duplicates::pin); // so a resubmission is their duplicate, whatever the store holds
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
