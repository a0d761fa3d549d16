package org.tidende.flink.backfill;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.tidende.cluster.DocumentFrequencies;

/**
 * Gives every segment the document frequencies the sequential run has when it reaches that
 * segment's warm-up: a prefix sum, in event order, of the parts' counts, in core's count-min
 * sketch. A sketch is a sum of per-document increments, so adding a part's counts gives the very
 * cells document-by-document counting gives: the segment's idf, and so its vectors, match the
 * single-machine run's exactly.
 *
 * <p>One task (keyed by a constant) sees the sparse counts of all parts (distinct features per
 * part, not articles) and emits one dense snapshot per segment (the sketch's fixed size, 16 MB
 * with core's defaults): linear in the archive plus the number of segments.
 */
public final class PrefixFrequencies extends KeyedProcessFunction<Integer, PartCounts, DfSnapshot> {
  private final Segments segments;
  private transient ListState<PartCounts> parts;

  public PrefixFrequencies(Segments segments) {
    this.segments = segments;
  }

  @Override
  public void open(OpenContext ctx) {
    parts = getRuntimeContext().getListState(new ListStateDescriptor<>("parts", PartCounts.class));
  }

  @Override
  public void processElement(PartCounts p, Context ctx, Collector<DfSnapshot> out) throws Exception {
    parts.add(p);
    ctx.timerService().registerEventTimeTimer(Long.MAX_VALUE);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<DfSnapshot> out) throws Exception {
    List<PartCounts> list = new ArrayList<>();
    parts.get().forEach(list::add);
    parts.clear();
    list.sort(Comparator.comparingLong(PartCounts::part));
    TreeSet<Long> needed = new TreeSet<>();
    for (PartCounts p : list) {
      if (p.part() != Segments.UNDATED) {
        needed.add(Math.floorDiv(p.part(), 2));
        needed.add(Math.floorDiv(p.part(), 2) + 1);
      }
    }
    DocumentFrequencies df = new DocumentFrequencies(4, 20);
    int next = 0;
    for (long s : needed) {
      // Segment s starts from every part before its warm-up: up to the head of segment s - 1.
      while (next < list.size() && list.get(next).part() <= Segments.headPart(s - 1)) {
        add(df, list.get(next++));
      }
      out.collect(DfSnapshot.of(s, df));
    }
  }

  /**
   * Adds a part's counts: document i of the part carries the features counted at least i times.
   * Features go in as core's clusterer adds them ({@link DocumentFrequencies#addDocumentAndCounts},
   * the idf it returns unused), so the cells match document-by-document counting.
   */
  static void add(DocumentFrequencies df, PartCounts p) {
    Integer[] order = new Integer[p.features().length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Integer.compare(p.counts()[b], p.counts()[a]));
    long[] byCount = new long[order.length];
    for (int i = 0; i < order.length; i++) {
      byCount[i] = p.features()[order[i]];
    }
    int n = order.length;
    for (long d = 1; d <= p.documents(); d++) {
      while (n > 0 && p.counts()[order[n - 1]] < d) {
        n--;
      }
      df.addDocumentAndCounts(Arrays.copyOf(byCount, n));
    }
  }
}
