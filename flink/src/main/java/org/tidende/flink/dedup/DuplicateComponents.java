package org.tidende.flink.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Connected components of the duplicate links: every article linked to an earlier one takes that
 * one's canonical; the canonical of a group is its earliest member. One task sees all links (keyed
 * by a constant): links exist only for duplicates, one each, about 100 bytes, so even a 100-million
 * article archive with a fifth of copies fits a task manager. Emits an assignment for every member
 * of a group with copies, canonical included; articles without any are canonical by default.
 *
 * <p>Links always point to an earlier article, so the graph is a forest and processing the links in
 * the later article's order resolves every root in one pass, with no iteration.
 */
public final class DuplicateComponents extends KeyedProcessFunction<Integer, DuplicateLink, DuplicateAssignment> {
  private transient ListState<DuplicateLink> links;

  @Override
  public void open(OpenContext ctx) {
    links = getRuntimeContext().getListState(new ListStateDescriptor<>("links", DuplicateLink.class));
  }

  @Override
  public void processElement(DuplicateLink link, Context ctx, Collector<DuplicateAssignment> out) throws Exception {
    links.add(link);
    ctx.timerService().registerEventTimeTimer(Long.MAX_VALUE);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<DuplicateAssignment> out) throws Exception {
    List<DuplicateLink> list = new ArrayList<>();
    links.get().forEach(list::add);
    links.clear();
    list.sort(Comparator.comparingLong(DuplicateLink::time).thenComparingLong(DuplicateLink::pos));
    Map<String, String> root = new HashMap<>();
    for (DuplicateLink l : list) {
      String r = root.getOrDefault(l.of(), l.of());
      root.put(l.id(), r);
      if (!root.containsKey(l.of())) {
        root.put(l.of(), l.of());
      }
      out.collect(new DuplicateAssignment(l.id(), r, l.of(), l.kind(), l.similarity()));
    }
    for (Map.Entry<String, String> e : root.entrySet()) {
      if (e.getKey().equals(e.getValue())) {
        out.collect(DuplicateAssignment.canonical(e.getKey()));
      }
    }
  }
}
