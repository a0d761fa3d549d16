package org.tidende.flink.rows;

import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.co.BroadcastProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Carries event time across files as the single-machine run does: it orders all input files as
 * one input, so an undated article at the head of a later file follows the last dated article of
 * the files before it. {@link ReadJsonLines} reads files independently and gives such rows {@code
 * Long.MIN_VALUE}; this stage gives them the last time of the nearest earlier file that has dated
 * articles ({@link FileTail}s, one per file, broadcast). All other rows pass unchanged.
 *
 * <p>Needs every tail before the first row: batch execution processes broadcast inputs before
 * the others. Guard: a row to correct that arrives before all {@code files} tails fails the job
 * rather than being ordered wrongly. Cost: a lookup over at most the number of files, for the few
 * rows concerned.
 */
public final class CarryAcrossFiles extends BroadcastProcessFunction<ArticleRow, FileTail, ArticleRow> {
  /** Broadcast state: last dated time by file index. */
  public static final MapStateDescriptor<Integer, Long> TAILS =
      new MapStateDescriptor<>("file tails", Types.INT, Types.LONG);

  private final int files;

  /** @param files number of input files (tails expected) */
  public CarryAcrossFiles(int files) {
    this.files = files;
  }

  @Override
  public void processBroadcastElement(FileTail t, Context ctx, Collector<ArticleRow> out) throws Exception {
    ctx.getBroadcastState(TAILS).put(t.index(), t.lastTime());
  }

  @Override
  public void processElement(ArticleRow r, ReadOnlyContext ctx, Collector<ArticleRow> out) throws Exception {
    int file = (int) (r.pos() >>> 32);
    if (r.clusterTime() != Long.MIN_VALUE || file == 0) {
      out.collect(r);
      return;
    }
    ReadOnlyBroadcastState<Integer, Long> tails = ctx.getBroadcastState(TAILS);
    int seen = 0;
    for (var ignored : tails.immutableEntries()) {
      seen++;
    }
    if (seen < files) {
      throw new IllegalStateException("carry across files: row " + r.id() + " arrived with " + seen + " of "
          + files + " file tails");
    }
    long t = Long.MIN_VALUE;
    for (int f = file - 1; f >= 0 && t == Long.MIN_VALUE; f--) {
      t = tails.get(f);
    }
    out.collect(t == Long.MIN_VALUE ? r : r.withClusterTime(t));
  }
}
