package org.tidende.flink.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

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
 */
public final class ThreadStage extends EventTimeOrdered<Integer, Link, LiveAssignment> {
  public static final OutputTag<RetiredStory> RETIRED = new OutputTag<>("retired", TypeInformation.of(RetiredStory.class));
  private final long windowMs;
  private transient MapState<String, String> storyOf;
  private transient MapState<String, StoryInfo> open;

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
  }

  @Override
  protected void handle(Link l, long ts, Context ctx, Collector<LiveAssignment> out) throws Exception {
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
