package org.tidende.flink.live;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by article: waits for the answers of all its blocking keys and keeps the best (most
 * similar, then oldest); emits the article's {@link Link} when the last answer is in. The answers
 * are counted, so the decision does not depend on their arrival order.
 */
public final class DecideStage extends KeyedProcessFunction<String, Candidate, Link> {
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
    out.collect(new Link(c.id(), c.ts(), b.best(), b.best() == null ? 0 : b.similarity()));
  }

  private static boolean better(Candidate c, Candidate b) {
    if (c.similarity() != b.similarity()) {
      return c.similarity() > b.similarity();
    }
    return c.bestTs() != b.bestTs() ? c.bestTs() < b.bestTs() : c.best().compareTo(b.best()) < 0;
  }
}
