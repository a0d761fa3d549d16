package org.tidende.flink.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.Test;

class DecideStageTest {

  /**
   * Two copies of one id (more than the repeat retention apart, so both passed FirstOfIdStage), each
   * with two blocking keys, whose answers arrive interleaved, as they can when the block tasks
   * release both at one watermark: each copy is decided on its own answers, at its own time. Keyed by
   * id alone (before), both decisions were made at the later copy's time: the first on the first
   * copy's first answer and the later copy's first, the second on the rest.
   */
  @Test
  void twoCopiesOfAnIdAreDecidedApartWhateverTheOrderOfTheirAnswers() throws Exception {
    long first = 1_665_820_800_000L;
    long later = first + 36 * 86_400_000L;
    List<Candidate> answers = List.of(
        new Candidate("x", first, 2, null, 0, 0, "a.jsonl", 1),
        new Candidate("x", later, 2, "y", later - 3_600_000, 0.9, "a.jsonl", 3),
        new Candidate("x", first, 2, "w", first - 3_600_000, 0.8, "a.jsonl", 1),
        new Candidate("x", later, 2, null, 0, 0, "a.jsonl", 3));
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.setParallelism(1);
    List<String> links = new ArrayList<>();
    try (CloseableIterator<Link> it = env.fromData(answers).keyBy(DecideStage.BY_COPY, Types.STRING)
        .process(new DecideStage()).executeAndCollect()) {
      it.forEachRemaining(l -> links.add(l.id() + " " + l.ts() + " " + l.parent() + " " + l.file() + ":" + l.line()));
    }
    assertThat(links).containsExactlyInAnyOrder("x " + first + " w a.jsonl:1", "x " + later + " y a.jsonl:3");
  }
}
