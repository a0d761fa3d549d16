package org.tidende.flink.backfill;

import java.util.Map;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.BoundedOneInput;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.tidende.cluster.ClusterConfig;
import org.tidende.cluster.ClusterState;
import org.tidende.cluster.StoryClusterer;
import org.tidende.flink.rows.AnalyzedRow;
import org.tidende.flink.rows.ClusterSettings;
import org.tidende.model.ArticleId;
import org.tidende.model.Assignment;
import org.tidende.model.StoryId;

/**
 * The sequential half of story clustering, in one task: core's {@link StoryClusterer} over prepared
 * articles in event order, from an empty {@link ClusterState}, exactly as the single-machine
 * session runs it, so every decision (joins, opens, merges, moves, splits, retirements) is the
 * single-machine one and the stories are equal by construction, ids included.
 *
 * <p>Method: the input arrives sorted by {@link EventOrder} (Flink's external sort in front of
 * this task); each row is assigned and its assignment emitted at once ({@link
 * AssignerOutput#ASSIGNED}); the story-level revisions are only recorded ({@link Revisions}) and
 * emitted at the end of input as each moved article's last story and each merged story's final
 * target, which later stages apply by key. So the task's memory is the clusterer state (the stories
 * open within the window) plus one entry per move and merge, not one per article (counters {@value
 * #MOVES}, {@value #MERGES}: 1,587 + 5,859 on 50,219 Danish articles, some 15 %, so about 3 GB of
 * heap per 100 million articles).
 *
 * <p>Guard: the order is checked, not trusted: a row that does not come strictly after the one
 * before it in event order fails the job ({@link IllegalStateException}), since a silent misorder
 * would give different stories, not an error. (A stream operator with an end-of-input hook, not a
 * map-partition function: that runs the function in a thread of its own, whose exceptions hang the
 * task instead of failing it.)
 *
 * <p>Cost: 0.06–0.22 ms per article on this machine (counter {@value #ASSIGN_MILLIS}; on 50k
 * Danish items 16,000 articles a second when the assigner has a core, 4,500–9,000 while analysis
 * and other work share the two), i.e. one assigner takes some ten thousand articles a second
 * whatever the cluster's size. Failure mode: an archive whose assignment alone outlasts the wanted
 * run time (100 million articles ≈ 2–6 hours here) or whose revisions outgrow the task's heap; then
 * the segmented mode ({@link StoryStage}) trades exactness for parallel assigners.
 */
public final class OrderedAssigner extends AbstractStreamOperator<AssignerOutput>
    implements OneInputStreamOperator<AnalyzedRow, AssignerOutput>, BoundedOneInput {
  /** Counter: milliseconds spent in the clusterer's assignments (the sequential part). */
  public static final String ASSIGN_MILLIS = "stories.assignMillis";
  /** Counter: articles moved by re-assignment. */
  public static final String MOVES = "stories.moves";
  /** Counter: stories merged into others. */
  public static final String MERGES = "stories.merges";

  private final ClusterSettings settings;
  private transient StoryClusterer clusterer;
  private transient ClusterState state;
  private transient Revisions revisions;
  private transient boolean started;
  private transient long prevTime;
  private transient long prevPos;
  private transient long nanos;

  public OrderedAssigner(ClusterConfig config) {
    this.settings = ClusterSettings.of(config);
  }

  @Override
  public void open() throws Exception {
    super.open();
    clusterer = new StoryClusterer(settings.toConfig());
    state = new ClusterState();
    revisions = new Revisions(false);
  }

  @Override
  public void processElement(StreamRecord<AnalyzedRow> element) {
    AnalyzedRow r = element.getValue();
    if (started && !EventOrder.after(r.time(), r.pos(), prevTime, prevPos)) {
      throw new IllegalStateException("stories: article " + r.id() + " (time " + r.time() + ", position "
          + r.pos() + ") arrived after (" + prevTime + ", " + prevPos + "): input not in event order");
    }
    started = true;
    prevTime = r.time();
    prevPos = r.pos();
    long t0 = System.nanoTime();
    Assignment as = clusterer.assign(state, r.toPrepared(), revisions);
    nanos += System.nanoTime() - t0;
    output.collect(new StreamRecord<>(new AssignerOutput(AssignerOutput.ASSIGNED, r.id(), as.story().value(),
        as.opened(), as.similarity(), r.time(), r.pos())));
  }

  @Override
  public void endInput() {
    counter(ASSIGN_MILLIS).add(nanos / 1_000_000);
    for (Map.Entry<ArticleId, StoryId> m : revisions.movedTo.entrySet()) {
      output.collect(new StreamRecord<>(new AssignerOutput(AssignerOutput.MOVED, m.getKey().value(),
          m.getValue().value(), false, 0, 0, 0)));
    }
    counter(MOVES).add(revisions.movedTo.size());
    for (StoryId from : revisions.mergedInto.keySet()) {
      output.collect(new StreamRecord<>(new AssignerOutput(AssignerOutput.MERGED, from.value(),
          revisions.current(from).value(), false, 0, 0, 0)));
    }
    counter(MERGES).add(revisions.mergedInto.size());
  }

  private LongCounter counter(String name) {
    return getRuntimeContext().getLongCounter(name);
  }
}
