package org.tidende.flink.live;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by one copy of an article ({@link #BY_COPY}: id and event time): waits for the answers of
 * all its blocking keys and keeps the best (most similar, then oldest); emits the article's {@link
 * Link} when the last answer is in. The answers are counted, so the decision does not depend on
 * their arrival order.
 *
 * <p>Why by copy, not by id: two copies of an id more than {@link FirstOfIdStage}'s retention apart
 * both come here, and when their answers arrive together (the block tasks release them as one
 * watermark passes both, each task in its own order), keyed by id they were counted as one
 * article's: the first decision was made on the first {@code nKeys} answers of either copy and
 * took the time of the last of them, the later copy's, and so did the second; the first copy's
 * time was lost, and both copies went to the threading stage at one time, where they made one
 * story listing the id twice (seen in {@code LiveJobTest}, depending on pacing; {@code
 * DecideStageTest} gives the answers interleaved). FirstOfIdStage passes one copy of an id per
 * time at most, so id and time name a copy. Cost: none beyond a longer key.
 */
public final class DecideStage extends KeyedProcessFunction<String, Candidate, Link> {
  /** The stage's key: one copy of an article ({@link Candidate#copy}). */
  public static final KeySelector<Candidate, String> BY_COPY = Candidate::copy;
  private transient ValueState<Candidate> best;
  private transient ValueState<Integer> answers;

  @Override
  public void open(OpenContext ctx) {
    best = getRuntimeContext().getState(new ValueStateDescriptor<>("best", Candidate.class));
    answers = getRuntimeContext().getState(new ValueStateDescriptor<>("answers", Integer.class));
  }

  @Override
  public void processElement(Candidate c, Context ctx, Collector<Link> out) throws Exception {
    int n = answers.value() == null ? 1 : answers.value() + 1;
    Candidate b = best.value();
    if (c.best() != null && (b == null || b.best() == null || better(c, b))) {
      b = c;
    } else if (b == null) {
      b = c;
    }
    if (n < c.nKeys()) {
      answers.update(n);
      best.update(b);
      return;
    }
    answers.clear();
    best.clear();
    out.collect(new Link(c.id(), c.ts(), b.best(), b.best() == null ? 0 : b.similarity(), c.file(), c.line()));
  }

  private static boolean better(Candidate c, Candidate b) {
    if (c.similarity() != b.similarity()) {
      return c.similarity() > b.similarity();
    }
    return c.bestTs() != b.bestTs() ? c.bestTs() < b.bestTs() : c.best().compareTo(b.best()) < 0;
  }
}
