package org.tidende.flink.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.tidende.model.Rejection;

/**
 * Turns links into stories: in event-time order, an article continues the story of the earlier
 * article it was linked to, or opens a story of its own ({@code "s"} + its id, as core names
 * stories). Links point back in time, so each story is a tree of nearest neighbours (threading, as
 * in first-story detection: Petrović, Osborne and Lavrenko, NAACL 2010) and one map lookup resolves
 * it: no union-find, no iteration.
 *
 * <p>Stories retire by event time: an event-time timer one window after a story's newest member
 * closes it (no later article can link into it: links only reach back one window), emits a {@link
 * RetiredStory} to {@link #RETIRED} and frees its state. Keyed by a constant: the work per article
 * is a map lookup on a few ids, far below what a news stream asks of one task.
 *
 * <p>Repeated ids (session 35): {@link FirstOfIdStage} remembers an id for its retention only (30
 * days by default, {@code --repeat-days}), while a story stays open as long as members keep coming
 * a window apart at most. A copy of an id past that retention whose first copy's story is still
 * open (its id in {@code storyOf}) is a repeat here too: dropped, counted in {@value
 * FirstOfIdStage#COUNT} and named in {@code rejected/} as {@code file:line: repeated id ID skipped}
 * ({@link #REPEATED}), the words and counter of a repeat within the retention, so a story never
 * lists an id twice and the first copy's assignment stays as it was. Before, the copy was threaded
 * to the story's newest member and listed a second time in it ({@code LiveJobTest}: a story kept
 * open 33 days by a member every 4 days, the copy on day 33 made its members x, y1..y8, x; now x,
 * y1..y8 and the copy's line in rejected/). A copy after its story retired is a new article, as
 * nothing here remembers it: assigned at its own time, and a story of its own, named {@code "s"}
 * + id again if it opens one (so two retired rows can share a story id, never a member twice in
 * one row; the first row is written as it was). A dropped copy stays a member of its blocking keys
 * for one window, so a later article linked to it continues the story its id is in, the first
 * copy's. Cost: one map lookup per article, in the state the stage keeps anyway (the ids of open
 * stories), so no id is kept longer than its story is open; and the file name and line carried on
 * each row to name the copy (in the block stage's members too: the path's length in bytes per
 * member and key, not measured). Not
 * kept: remembering retired stories' ids for longer (state growing with every article) or naming
 * a reopened story otherwise (the stage cannot tell it from a new id without that state).
 */
public final class ThreadStage extends EventTimeOrdered<Integer, Link, LiveAssignment> {
  public static final OutputTag<RetiredStory> RETIRED = new OutputTag<>("retired", TypeInformation.of(RetiredStory.class));
  /** Copies of an id its open story already holds, as text for a person ({@code file:line: repeated id ID skipped}). */
  public static final OutputTag<String> REPEATED = new OutputTag<>("repeated in an open story") {};
  private final long windowMs;
  private transient MapState<String, String> storyOf;
  private transient MapState<String, StoryInfo> open;
  private transient LongCounter repeated;

  public ThreadStage(long windowMs) {
    super(Link.class);
    this.windowMs = windowMs;
  }

  @Override
  public void open(OpenContext ctx) throws Exception {
    super.open(ctx);
    storyOf = getRuntimeContext().getMapState(new MapStateDescriptor<>("storyOf", Types.STRING, Types.STRING));
    open = getRuntimeContext().getMapState(
        new MapStateDescriptor<>("open", Types.STRING, TypeInformation.of(StoryInfo.class)));
    repeated = getRuntimeContext().getLongCounter(FirstOfIdStage.COUNT);
  }

  @Override
  protected void handle(Link l, long ts, Context ctx, Collector<LiveAssignment> out) throws Exception {
    if (storyOf.contains(l.id())) {
      repeated.add(1);
      ctx.output(REPEATED, new Rejection(l.file(), l.line(), "repeated id " + l.id() + " skipped").toString());
      return;
    }
    String story = l.parent() == null ? null : storyOf.get(l.parent());
    boolean opened = story == null;
    if (opened) {
      story = "s" + l.id();
    }
    storyOf.put(l.id(), story);
    StoryInfo info = open.get(story);
    info = info == null ? new StoryInfo(l.ts(), l.ts(), new String[] {l.id()}) : info.plus(l.id(), l.ts());
    open.put(story, info);
    ctx.timerService().registerEventTimeTimer(info.last() + windowMs + 1);
    out.collect(new LiveAssignment(l.id(), story, opened, opened ? null : l.parent(), opened ? 0 : l.similarity(), l.ts()));
  }

  @Override
  protected void onClock(long timestamp, OnTimerContext ctx, Collector<LiveAssignment> out) throws Exception {
    List<String> closing = new ArrayList<>();
    for (Map.Entry<String, StoryInfo> e : open.entries()) {
      if (e.getValue().last() + windowMs < timestamp) {
        closing.add(e.getKey());
      }
    }
    closing.sort(null);
    for (String s : closing) {
      StoryInfo info = open.get(s);
      open.remove(s);
      for (String m : info.members()) {
        storyOf.remove(m);
      }
      ctx.output(RETIRED, new RetiredStory(s, info.first(), info.last(), info.members()));
    }
  }
}
