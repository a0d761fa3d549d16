package org.tidende.flink.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * One LSH (or exact, or headline) bucket of a batch: its members sorted in duplicate order, each
 * paired with the {@code scanCap} members just before it, which is exactly what a sequential
 * index scanning the {@code scanCap} newest items of the bucket's chain compares. Keyed by bucket;
 * emits at the end of the key (batch execution).
 *
 * <p>Boilerplate guard: a bucket with more than {@code maxBucket} members (a band made of very
 * common shingles, a headline such as "Live") is not held in state at all: it is skipped and
 * counted in the accumulators {@value #SKIPPED_BUCKETS} and {@value #SKIPPED_MEMBERS}. With the
 * default cap far above real copy counts this changes nothing on news; it bounds the memory of one
 * key on any input.
 *
 * <p>Cost: {@code O(m log m + m * scanCap)} for a bucket of {@code m}; memory {@code O(min(m,
 * maxBucket))} ids for the current key only.
 */
public final class BucketScan extends KeyedProcessFunction<Long, BucketEntry, CandidatePair> {
  public static final String SKIPPED_BUCKETS = "dedup.skippedBuckets";
  public static final String SKIPPED_MEMBERS = "dedup.skippedBucketMembers";
  private static final Comparator<BucketEntry> ORDER =
      Comparator.comparingLong(BucketEntry::time).thenComparingLong(BucketEntry::pos);

  private final int scanCap;
  private final int maxBucket;
  private transient ListState<BucketEntry> members;
  private transient ValueState<Long> count;
  private transient LongCounter skippedBuckets;
  private transient LongCounter skippedMembers;

  public BucketScan(int scanCap, int maxBucket) {
    this.scanCap = scanCap;
    this.maxBucket = maxBucket;
  }

  @Override
  public void open(OpenContext ctx) {
    members = getRuntimeContext().getListState(new ListStateDescriptor<>("members", BucketEntry.class));
    count = getRuntimeContext().getState(new ValueStateDescriptor<>("count", Long.class));
    skippedBuckets = getRuntimeContext().getLongCounter(SKIPPED_BUCKETS);
    skippedMembers = getRuntimeContext().getLongCounter(SKIPPED_MEMBERS);
  }

  @Override
  public void processElement(BucketEntry e, Context ctx, Collector<CandidatePair> out) throws Exception {
    long n = count.value() == null ? 1 : count.value() + 1;
    count.update(n);
    if (n == 1) {
      ctx.timerService().registerEventTimeTimer(Long.MAX_VALUE);
    }
    if (n <= maxBucket) {
      members.add(e);
    } else if (n == maxBucket + 1L) {
      members.clear();
    }
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<CandidatePair> out) throws Exception {
    long n = count.value();
    count.clear();
    if (n > maxBucket) {
      skippedBuckets.add(1);
      skippedMembers.add(n);
      return;
    }
    List<BucketEntry> list = new ArrayList<>();
    members.get().forEach(list::add);
    members.clear();
    list.sort(ORDER);
    for (int p = 1; p < list.size(); p++) {
      BucketEntry later = list.get(p);
      for (int q = p - 1; q >= Math.max(0, p - scanCap); q--) {
        BucketEntry e = list.get(q);
        out.collect(new CandidatePair(e.id(), e.time(), e.pos(), later.id(), later.time(), later.pos(), 1L << later.kind()));
      }
    }
  }
}
