package org.tidende.flink.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.Test;
import org.tidende.flink.backfill.BackfillJob;
import org.tidende.flink.rows.ArticleRow;
import org.tidende.model.Article;
import org.tidende.model.ArticleDate;
import org.tidende.model.ArticleId;
import org.tidende.model.Language;

/** The distributed grouping equals the sequential one, and the bucket guard skips and counts. */
class DuplicateStageTest {
  static final String[] STORIES = {
      "Regjeringen la torsdag fram et forslag om å halvere utslippene fra veitrafikken innen 2030, og flere partier støtter det.",
      "Et jordskjelv med styrke 6,1 rammet kysten av Chile natt til søndag, og myndighetene varslet tsunami i flere timer.",
      "Folketinget vedtog i aftes en ny klimalov, der skal halvere udledningen fra landbruget inden udgangen af 2030.",
      "Riksdagen röstade på onsdagen igenom en ny lag om skärpta straff för grova vapenbrott i hela landet."};

  @Test
  void groupsEqualTheSequentialGroupingAndHugeBucketsAreSkipped() throws Exception {
    List<ArticleRow> rows = new ArrayList<>();
    int n = 0;
    for (int s = 0; s < STORIES.length; s++) {
      for (int copy = 0; copy < 5; copy++) {
        String text = copy == 0 ? STORIES[s] : STORIES[s].replaceFirst("\\S+$", "variant" + copy + ".");
        rows.add(row("s" + s + "c" + copy, "Sak nummer " + s + " i dag", text, 1000L * (5 - copy) + s, n++));
      }
    }
    for (int i = 0; i < 12; i++) { // wire boilerplate repeated everywhere
      rows.add(row("w" + i, "", "Siste nytt fra redaksjonen oppdateres fortløpende gjennom hele dagen.", 500 + i, n++));
    }
    NearDuplicateKeys keys = MinHashKeys.defaults();
    List<LocalDuplicates.Item> items = rows.stream()
        .map(r -> new LocalDuplicates.Item(r.id(), r.dedupTime(), r.pos(), keys.sketch(r.title(), r.text()))).toList();
    Map<String, String> expected = new HashMap<>();
    LocalDuplicates.group(items, keys).forEach(d -> expected.put(d.id(), d.canonical()));
    assertThat(expected.get("s1c0")).isEqualTo("s1c4"); // earliest copy is canonical
    assertThat(expected.get("w11")).isEqualTo("w0");

    assertThat(run(rows, keys, 1000).canonical()).isEqualTo(withoutDefaults(expected));
    Result capped = run(rows, keys, 10);
    assertThat(capped.canonical()).doesNotContainKey("w5").containsEntry("s2c0", "s2c4");
    assertThat(capped.skippedBuckets()).isGreaterThanOrEqualTo(42);
  }

  record Result(Map<String, String> canonical, long skippedBuckets) {}

  static Result run(List<ArticleRow> rows, NearDuplicateKeys keys, int maxBucket) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2, BackfillJob.configuration());
    Map<String, String> out = new HashMap<>();
    CloseableIterator<DuplicateAssignment> it = DuplicateStage.apply(env.fromData(rows), keys, maxBucket).collectAsync();
    JobClient client = env.executeAsync("dedup test");
    try (it) {
      it.forEachRemaining(d -> out.put(d.id(), d.canonical()));
    }
    JobExecutionResult done = client.getJobExecutionResult().get();
    Long skipped = done.getAccumulatorResult(BucketScan.SKIPPED_BUCKETS);
    return new Result(out, skipped == null ? 0 : skipped);
  }

  /** The job only emits members of groups with copies; singletons are canonical by default. */
  static Map<String, String> withoutDefaults(Map<String, String> all) {
    Map<String, Long> sizes = new HashMap<>();
    all.values().forEach(c -> sizes.merge(c, 1L, Long::sum));
    Map<String, String> out = new HashMap<>();
    all.forEach((id, c) -> {
      if (sizes.get(c) > 1) {
        out.put(id, c);
      }
    });
    return out;
  }

  static ArticleRow row(String id, String title, String text, long time, int line) {
    Article a = new Article(new ArticleId(id), "test", line + 1, null, "src" + (line % 3), title, text,
        ArticleDate.parse("2024-05-01").orElseThrow(), Language.NB, null);
    return ArticleRow.of(a, 0, time, time);
  }
}
