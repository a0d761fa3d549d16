package org.tidende.flink.backfill;

import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.tidende.flink.rows.ArticleRow;
import org.tidende.model.Rejection;

/**
 * Keyed by article id: keeps the first row in event order (time, then input position), as the
 * single-machine session keeps the first of a repeated id; the others are counted in {@value
 * #REPEATED} and dropped, each named in {@link #SKIPPED} as {@code file:line: repeated id ID skipped},
 * as the session names it. Batch execution.
 */
public final class FirstById extends KeyedProcessFunction<String, ArticleRow, ArticleRow> {
  public static final String REPEATED = "articles.repeatedIds";
  /** The rows dropped, as text for a person. */
  public static final OutputTag<String> SKIPPED = new OutputTag<>("repeated ids") {};
  private transient ValueState<ArticleRow> first;
  private transient LongCounter repeated;

  @Override
  public void open(OpenContext ctx) {
    first = getRuntimeContext().getState(new ValueStateDescriptor<>("first", ArticleRow.class));
    repeated = getRuntimeContext().getLongCounter(REPEATED);
  }

  @Override
  public void processElement(ArticleRow row, Context ctx, Collector<ArticleRow> out) throws Exception {
    ArticleRow f = first.value();
    if (f == null) {
      first.update(row);
      ctx.timerService().registerEventTimeTimer(Long.MAX_VALUE);
      return;
    }
    repeated.add(1);
    boolean earlier = row.clusterTime() != f.clusterTime() ? row.clusterTime() < f.clusterTime() : row.pos() < f.pos();
    if (earlier) {
      first.update(row);
    }
    ArticleRow skipped = earlier ? f : row;
    ctx.output(SKIPPED, new Rejection(skipped.file(), skipped.line(), "repeated id " + skipped.id() + " skipped").toString());
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<ArticleRow> out) throws Exception {
    out.collect(first.value());
    first.clear();
  }
}
