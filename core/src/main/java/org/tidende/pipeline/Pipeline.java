package org.tidende.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.tidende.analysis.ArticleAnalyzer;
import org.tidende.cluster.ClusterConfig;
import org.tidende.cluster.ClusterState;
import org.tidende.cluster.PreparedArticle;
import org.tidende.cluster.StoryClusterer;
import org.tidende.entity.EntityRecognizer;
import org.tidende.cluster.StoryEvents;
import org.tidende.model.AnalyzedArticle;
import org.tidende.model.Article;
import org.tidende.model.ArticleId;
import org.tidende.model.Assignment;
import org.tidende.model.LanguageGuess;
import org.tidende.model.Rejection;
import org.tidende.model.Story;
import org.tidende.model.StoryId;
import org.tidende.story.StoryBuilder;
import org.tidende.story.TitleLabels;

/**
 * Wires the stages in their one order: language identification, analysis, story clustering, story
 * building. The only class that knows the order. A {@link Session} holds one run's state.
 *
 * <p>Analysis of a batch runs in parallel (it is pure per article); clustering is sequential in
 * event order, as an online clusterer must be.
 */
public final class Pipeline {
  private final ClusterConfig clusterConfig;
  private final Function<Article, LanguageGuess> languageStage;
  private final ArticleAnalyzer analyzer = new ArticleAnalyzer();
  private final StoryClusterer preparer;

  /**
   * @param clusterConfig clusterer settings
   * @param languageStage identifies an article's language (given the whole article, so the declared
   *     language can serve as a hint); must be thread-safe
   */
  public Pipeline(ClusterConfig clusterConfig, Function<Article, LanguageGuess> languageStage) {
    this.clusterConfig = Objects.requireNonNull(clusterConfig, "clusterConfig");
    this.languageStage = Objects.requireNonNull(languageStage, "languageStage");
    this.preparer = new StoryClusterer(clusterConfig);
  }

  /** The standard pipeline with the bundled language model and default settings. */
  public static Pipeline standard() {
    return standard(ClusterConfig.defaults());
  }

  public static Pipeline standard(ClusterConfig config) {
    return new Pipeline(config, Languages.standard());
  }

  /** Whether English articles are clustered with their sentence vectors ({@code embeddingWeight} above 0). */
  public boolean embeddings() {
    return clusterConfig.embeddingWeight() > 0;
  }

  /** This pipeline without the sentence embedder ({@link ClusterConfig#withoutEmbeddings}); itself when it has none. */
  public Pipeline withoutEmbeddings() {
    return embeddings() ? new Pipeline(clusterConfig.withoutEmbeddings(), languageStage) : this;
  }

  /**
   * Articles in event order: dated articles by date; an undated article keeps its place after the
   * dated article before it in the input, so an all-undated input keeps its order. Stable.
   */
  public static List<Article> inEventOrder(List<Article> articles) {
    List<long[]> keys = new ArrayList<>();
    long carried = Long.MIN_VALUE;
    for (int i = 0; i < articles.size(); i++) {
      Article a = articles.get(i);
      if (a.date() != null) {
        carried = a.date().epochSecond();
      }
      keys.add(new long[] {carried, i});
    }
    keys.sort(Comparator.<long[]>comparingLong(k -> k[0]).thenComparingLong(k -> k[1]));
    List<Article> out = new ArrayList<>(articles.size());
    for (long[] k : keys) {
      out.add(articles.get((int) k[1]));
    }
    return out;
  }

  /** The language stage alone. Thread-safe. */
  public LanguageGuess identify(Article a) {
    return languageStage.apply(a);
  }

  private volatile StoryBuilder storyBuilder;

  /** The story builder, made on first use: loading the entity model costs a few hundred ms. */
  private StoryBuilder storyBuilder() {
    StoryBuilder b = storyBuilder;
    if (b == null) {
      synchronized (this) {
        if (storyBuilder == null) {
          storyBuilder = new StoryBuilder(analyzer, EntityRecognizer.load());
        }
        b = storyBuilder;
      }
    }
    return b;
  }

  /**
   * Analyses one article and prepares its clustering features (the stateless work, so it can run in
   * parallel before the sequential assignment). Thread-safe.
   */
  public PreparedArticle prepare(Article a) {
    return preparer.prepare(analyze(a));
  }

  /** Analyses one article (language, terms, names, numbers). Thread-safe. */
  public AnalyzedArticle analyze(Article a) {
    return analyzer.analyze(a, languageStage.apply(a));
  }

  public ArticleAnalyzer analyzer() {
    return analyzer;
  }

  /**
   * A new run; {@code keepMembers} false drops analysed members and does not track story merges
   * (for throughput runs in constant memory).
   */
  public Session newSession(boolean keepMembers) {
    return new Session(keepMembers, null, keepMembers ? 0 : RECENT_IDS);
  }

  /**
   * A new run that keeps members and also tells {@code listener} of every merge, move and
   * retirement, after the session's own members follow it (for a store that keeps each article's
   * story and each story's record up to date). Members stay until the caller {@linkplain
   * Session#forget forgets} a retired story's.
   */
  public Session newSession(StoryEvents listener) {
    return new Session(true, Objects.requireNonNull(listener, "listener"), 0);
  }

  /**
   * {@link #newSession(StoryEvents)} that recognises repeated ids among the latest {@code
   * recentIds} only (at most that many ids held), for a caller that refuses repeats before they
   * reach the session (an archive's duplicate index) and runs for years.
   */
  public Session newSession(StoryEvents listener, int recentIds) {
    if (recentIds < 1) {
      throw new IllegalArgumentException("recentIds " + recentIds + " must be >= 1");
    }
    return new Session(true, Objects.requireNonNull(listener, "listener"), recentIds);
  }

  /** Repeated ids are recognised among this many latest ids in throughput sessions. */
  public static final int RECENT_IDS = 1 << 18;

  /**
   * Distinct sources a session keeps as outlets' names, the latest by last arrival: far more than a
   * server's feeds (6 in the Danish front-page archive, some 60 in the Norwegian and Swedish feeds),
   * so only a stream of many one-off sources (an aggregator's) forgets the sources unseen longest.
   */
  public static final int RUN_SOURCES = 4096;

  /** Settled merges forgotten at once by a session whose stories are {@linkplain Session#forget forgotten}. */
  static final int FORGET_BATCH = 1024;

  /**
   * The distinct sources seen, at most {@code max}, the one unseen longest dropped first; {@link
   * #now} is an immutable copy, made again only when a source comes or goes, so the stories built
   * in parallel read it while the session's thread goes on. Not thread-safe otherwise.
   */
  private static final class RunSources {
    private final int max;
    private final LinkedHashMap<String, Boolean> byLastSeen = new LinkedHashMap<>(64, 0.75f, true);
    private volatile Set<String> now = Set.of();

    RunSources(int max) {
      this.max = max;
    }

    void saw(String source) {
      if (byLastSeen.get(source) != null) {
        return; // moved to the end by the access-ordered map
      }
      byLastSeen.put(source, Boolean.TRUE);
      if (byLastSeen.size() > max) {
        byLastSeen.remove(byLastSeen.keySet().iterator().next());
      }
      now = Collections.unmodifiableSet(new LinkedHashSet<>(byLastSeen.keySet()));
    }

    Set<String> now() {
      return now;
    }
  }

  /** One run's state: the clusterer state and, when kept, each story's members. Not thread-safe. */
  public final class Session {
    private final StoryClusterer clusterer = new StoryClusterer(clusterConfig);
    private final ClusterState state = new ClusterState();
    private final boolean keepMembers;
    private final Map<StoryId, List<AnalyzedArticle>> members = new LinkedHashMap<>();
    private final Map<StoryId, List<Double>> similarities = new LinkedHashMap<>();
    /** The kept members' titles, for the headlines' section labels ("Analyse:"). */
    private final TitleLabels titleLabels = new TitleLabels();
    /**
     * The sources of the kept members, the latest {@value #RUN_SOURCES} distinct ones by last
     * arrival: a name equal to one is an outlet in any story.
     */
    private final RunSources sources = new RunSources(RUN_SOURCES);
    /** The title labels as last worked out, and the titles and merges counted then. */
    private Set<String> labels = Set.of();
    private long labelsTitles = -1;
    private long labelsMerges = -1;
    /** Merges heard so far (the title labels count merged stories once). */
    private long merges;
    /**
     * Ids seen: all when members are kept, else the latest {@value #RECENT_IDS} (bounded memory); a
     * session for an archive, the latest it asked for.
     */
    private final Set<ArticleId> seen;
    private final List<Runnable> pending = new ArrayList<>();
    private final List<Rejection> rejections = new ArrayList<>();
    private final List<StoryId> retired = new ArrayList<>();
    /** Retired stories not yet {@linkplain #forget forgotten} (for the listener's session only). */
    private final Set<StoryId> retiredIds = new HashSet<>();
    /** Concurrent so that {@link #current} may be asked from other threads (the archive's readers). */
    private final Map<StoryId, StoryId> mergedInto = new ConcurrentHashMap<>();
    /**
     * For each story not merged away, the stories merged into it through any chain of merges (for
     * the listener's session only, which forgets them with the story: see {@link #forget}).
     */
    private final Map<StoryId, List<StoryId>> mergedFrom = new HashMap<>();
    /**
     * Merged-away stories whose last story has been forgotten and holds the article that opened
     * them, with that story: left out of {@link #mergedInto} in batches of {@value #FORGET_BATCH},
     * once the title labels have been told.
     */
    private final Map<StoryId, StoryId> settledMerges = new HashMap<>();
    private final Map<ArticleId, StoryId> movedTo = new HashMap<>();
    private final StoryEvents listener;
    private final StoryEvents events = new StoryEvents() {
      @Override
      public void retired(StoryId story) {
        if (keepMembers && listener == null) {
          retired.add(story);
        }
        if (listener != null) {
          retiredIds.add(story);
          listener.retired(story);
        }
      }

      @Override
      public void merged(StoryId from, StoryId into) {
        if (keepMembers) {
          mergedInto.put(from, into);
          merges++;
          if (listener != null) {
            List<StoryId> chain = mergedFrom.computeIfAbsent(into, k -> new ArrayList<>());
            chain.add(from);
            List<StoryId> earlier = mergedFrom.remove(from);
            if (earlier != null) {
              chain.addAll(earlier);
            }
          }
          List<AnalyzedArticle> moved = members.remove(from);
          List<Double> sims = similarities.remove(from);
          if (moved != null) {
            members.computeIfAbsent(into, k -> new ArrayList<>()).addAll(moved);
            similarities.computeIfAbsent(into, k -> new ArrayList<>()).addAll(sims);
          }
        }
        if (listener != null) {
          listener.merged(from, into);
        }
      }

      @Override
      public void moved(ArticleId article, StoryId from, StoryId into) {
        if (keepMembers) {
          movedTo.put(article, into);
          List<AnalyzedArticle> list = members.get(current(from));
          if (list != null) {
            for (int i = 0; i < list.size(); i++) {
              if (list.get(i).id().equals(article)) {
                members.computeIfAbsent(current(into), k -> new ArrayList<>()).add(list.remove(i));
                similarities.computeIfAbsent(current(into), k -> new ArrayList<>()).add(similarities.get(current(from)).remove(i));
                break;
              }
            }
          }
        }
        if (listener != null) {
          listener.moved(article, from, into);
        }
      }
    };

    /** @param recentIds ids seen kept: the latest this many, or all when 0 */
    private Session(boolean keepMembers, StoryEvents listener, int recentIds) {
      this.keepMembers = keepMembers;
      this.listener = listener;
      this.seen = recentIds == 0 ? new HashSet<>() : Collections.newSetFromMap(new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ArticleId, Boolean> eldest) {
          return size() > recentIds;
        }
      });
    }

    /** Analyses and assigns a batch in the given order; analysis runs in parallel. */
    public List<Assignment> acceptAll(List<Article> batch) {
      List<PreparedArticle> prepared = batch.parallelStream().map(Pipeline.this::prepare).toList();
      List<Assignment> out = new ArrayList<>(prepared.size());
      for (PreparedArticle a : prepared) {
        Assignment as = assign(a);
        if (as != null) {
          out.add(as);
        }
      }
      return out;
    }

    /**
     * Analyses and assigns one article; null (and a rejection recorded) for a repeated id (in a
     * session that does not keep members, an id repeated after more than {@link #RECENT_IDS} others
     * is not recognised).
     */
    public Assignment accept(Article article) {
      return assign(analyze(article));
    }

    /** Assigns an already analysed article; null (and a rejection recorded) for a repeated id. */
    public Assignment assign(AnalyzedArticle a) {
      return assign(clusterer.prepare(a));
    }

    /** Assigns an analysed and prepared article; null (and a rejection recorded) for a repeated id. */
    public Assignment assign(PreparedArticle p) {
      AnalyzedArticle a = p.article();
      if (!seen.add(a.id())) {
        rejections.add(new Rejection(a.article().file(), a.article().line(), "repeated id " + a.id() + " skipped"));
        return null;
      }
      Assignment as = clusterer.assign(state, p, new StoryEvents() {
        @Override
        public void retired(StoryId story) {
          events.retired(story);
        }

        // the new member is recorded before the revisions it caused are applied to the kept members
        @Override
        public void merged(StoryId from, StoryId into) {
          pending.add(() -> events.merged(from, into));
        }

        @Override
        public void moved(ArticleId article, StoryId from, StoryId into) {
          pending.add(() -> events.moved(article, from, into));
        }
      });
      if (keepMembers) {
        members.computeIfAbsent(as.story(), k -> new ArrayList<>()).add(a);
        similarities.computeIfAbsent(as.story(), k -> new ArrayList<>()).add(as.similarity());
        titleLabels.add(a.article().title(), as.story());
        if (a.article().source() != null && !a.article().source().isBlank()) {
          sources.saw(a.article().source());
        }
      }
      pending.forEach(Runnable::run);
      pending.clear();
      return as;
    }

    /**
     * The story {@code article} belongs to now: the story it was assigned to or moved to by
     * re-assignment, followed through merges. Tracked only when members are kept.
     */
    public StoryId storyOf(ArticleId article, StoryId assigned) {
      return current(movedTo.getOrDefault(article, assigned));
    }

    /**
     * The story an assignment's story now is: itself, or the story it was merged into by story-level
     * revision (followed through repeated merges). Tracked only when members are kept. Safe to call
     * from any thread while the session's owner assigns.
     */
    public StoryId current(StoryId story) {
      StoryId s = story;
      StoryId next;
      while ((next = mergedInto.get(s)) != null) {
        s = next;
      }
      return s;
    }

    /** Rejections made by the session (repeated ids). */
    public List<Rejection> rejections() {
      return List.copyOf(rejections);
    }

    public ClusterState state() {
      return state;
    }

    /**
     * Stories retired so far by event time or count, oldest first (tracked when members are kept and
     * no listener is told: a listener hears each retirement instead, and this list would grow with
     * every story of a long-lived session).
     */
    public List<StoryId> retired() {
      return List.copyOf(retired);
    }

    /** All stories with kept members, in order of opening. */
    public List<Story> stories() {
      return stories(1, () -> {});
    }

    /** How many stories with kept members have at least {@code minSize} of them. */
    public int storyCount(int minSize) {
      return (int) members.values().stream().filter(m -> m.size() >= minSize).count();
    }

    /**
     * The stories with kept members of at least {@code minSize} articles, in order of opening, each
     * built once ({@code built} is run after each, from the thread that built it: for a progress
     * count). Building a story's view costs far more than assigning its articles (100 s for the 33,826
     * stories of the 50,219 Danish front pages, clustered in 40 s), so a caller that shows only the
     * larger stories builds only those.
     */
    public List<Story> stories(int minSize, Runnable built) {
      StoryBuilder builder = Pipeline.this.storyBuilder();
      Set<String> labels = labels();
      // built in parallel: building is pure (the builder is thread-safe) and costs far more than assigning
      return new ArrayList<>(members.entrySet()).parallelStream().filter(e -> e.getValue().size() >= minSize)
          .map(e -> {
            Story s = builder.build(e.getKey(), e.getValue(), similarities.get(e.getKey()), labels, sources.now());
            built.run();
            return s;
          }).toList();
    }

    /**
     * Drops the kept members of {@code id}, a story the clusterer has retired, and what the session
     * tracks per member of it (where re-assignment moved each): for a caller that has stored the
     * story's last view and needs its members no more (an archive of years in bounded memory).
     * Afterwards {@link #members} is empty and {@link #story} null for it, it is missing from {@link
     * #stories()}, and {@link #storyOf} no longer follows a move of its members. A retired story takes
     * no more articles and is never merged, split or moved into or out of (the clusterer revises
     * open stories only), so nothing else the session reports changes. Ids seen and the title
     * labels stay: those serve every later story.
     *
     * <p>Merges into {@code id} (through any chain) are forgotten too where the caller can find them
     * without the session: a story merged into {@code id} whose id is that of the story an article
     * of {@code id} opened ({@link StoryId#openedBy}), the usual case, leaves {@link #current} (which
     * then answers that story's own id) within the next {@value #FORGET_BATCH} such merges; a caller
     * that keeps each article's last story (the archive's store) finds {@code id} through that
     * article, as {@link org.tidende.store.ArchiveSnapshot#currentStory} does. The others (a story
     * a split opened, or one whose opening article moved to another story) stay followed, straight
     * to {@code id}. So the merges held are those into open stories, those of the last batch and the
     * rare others, not every merge of the run.
     *
     * @throws IllegalArgumentException if {@code id} is still open or was never retired
     */
    public void forget(StoryId id) {
      if (!retiredIds.contains(id)) {
        throw new IllegalArgumentException("story " + id + " is not retired");
      }
      List<AnalyzedArticle> m = members.remove(id);
      similarities.remove(id);
      List<StoryId> chain = mergedFrom.remove(id);
      if (chain != null) {
        Set<StoryId> opened = new HashSet<>();
        if (m != null) {
          m.forEach(a -> opened.add(StoryId.openedBy(a.id())));
        }
        for (StoryId from : chain) {
          if (opened.contains(from)) {
            settledMerges.put(from, id);
          } else {
            mergedInto.put(from, id); // straight to the end: the chain's middle may be forgotten
          }
        }
        if (settledMerges.size() >= FORGET_BATCH) {
          // the labels count each lead's stories as current() names them: told first, so they count the same
          synchronized (this) { // as labels(), which stories built in parallel call
            titleLabels.relabel(settledMerges);
          }
          settledMerges.keySet().forEach(mergedInto::remove);
          settledMerges.clear();
        }
      }
      if (m != null) {
        m.forEach(a -> movedTo.remove(a.id()));
      }
      retiredIds.remove(id);
    }

    /**
     * What the session holds per story and source beyond the open stories' members: merges followed
     * by {@link #current}, article moves, retired stories not yet forgotten, distinct sources, stories
     * with merges into them to forget ("chains"); and the merges heard in all ("mergesHeard"). For
     * tests and memory figures.
     */
    public Map<String, Integer> tracked() {
      return Map.of("merges", mergedInto.size(), "moves", movedTo.size(), "retired", retiredIds.size(),
          "sources", sources.now().size(), "chains", mergedFrom.size(), "mergesHeard", (int) Math.min(merges, Integer.MAX_VALUE));
    }

    /** Kept analysed members of a story (empty if unknown or not kept). */
    public List<AnalyzedArticle> members(StoryId id) {
      return members.getOrDefault(id, List.of());
    }

    /**
     * One story with kept members as it stands now (built as {@link #stories()} builds each), or
     * null when unknown or members are not kept. For callers that rebuild only the stories an
     * article touched.
     */
    public Story story(StoryId id) {
      List<AnalyzedArticle> m = members.get(id);
      return m == null ? null
          : Pipeline.this.storyBuilder().build(id, m, similarities.get(id), labels(), sources.now());
    }

    /**
     * The run's title labels ({@link TitleLabels#labels}), worked out again only when titles were
     * counted or stories merged since: a store rebuilds many stories per flush (every story at a
     * replay), each of which had gone over every lead. Synchronized: stories are built in parallel.
     */
    private synchronized Set<String> labels() {
      if (labelsTitles != titleLabels.titles() || labelsMerges != merges) {
        labels = titleLabels.labels(this::current);
        labelsTitles = titleLabels.titles();
        labelsMerges = merges;
      }
      return labels;
    }
  }
}
