package org.tidende.flink.backfill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;
import org.apache.flink.util.ExceptionUtils;
import org.junit.jupiter.api.Test;
import org.tidende.cluster.ClusterConfig;
import org.tidende.flink.rows.AnalyzedRow;
import org.tidende.flink.rows.ArticleRow;
import org.tidende.ingest.IngestEvent;
import org.tidende.ingest.JsonLinesReader;
import org.tidende.model.Article;
import org.tidende.pipeline.Pipeline;

/** The ordered assigner on a real local Flink runtime: it trusts no order it is given. */
class OrderedAssignerTest {

  @Test
  void failsTheJobWhenItsInputIsOutOfEventOrder() {
    List<AnalyzedRow> rows = rows();
    Collections.swap(rows, 1, 3);
    assertThatThrownBy(() -> run(rows)).satisfies(e -> assertThat(ExceptionUtils.findThrowable(e,
        IllegalStateException.class)).hasValueSatisfying(c -> assertThat(c).hasMessageContaining("not in event order")));
  }

  @Test
  void assignsInOrderAsTheSingleMachineSession() throws Exception {
    List<AnalyzedRow> rows = rows();
    List<AssignerOutput> out = run(rows);
    Pipeline pipeline = Pipeline.standard(ClusterConfig.defaults());
    Pipeline.Session session = pipeline.newSession(true);
    List<String> expected = new ArrayList<>();
    for (AnalyzedRow r : rows) {
      expected.add(r.id() + "→" + session.assign(r.toPrepared()).story().value());
    }
    assertThat(out.stream().filter(o -> o.kind() == AssignerOutput.ASSIGNED).map(o -> o.id() + "→" + o.story()))
        .containsExactlyElementsOf(expected);
  }

  @Test
  void rowsKeepWhetherTheArticleWasCaselessThoughTheyLeaveItsTextBehind() {
    Pipeline pipeline = Pipeline.standard(ClusterConfig.defaults());
    List<String> checked = new ArrayList<>();
    for (String line : List.of(
        "{\"id\": \"a\", \"date\": \"2013-11-20\", \"title\": \"patriot rally bronco\", \"text\": \"\"}",
        "{\"id\": \"b\", \"date\": \"2013-11-20\", \"title\": \"Patriots rally\", \"text\": \"\"}")) {
      new JsonLinesReader().read("case", line.getBytes(StandardCharsets.UTF_8), e -> {
        if (e instanceof IngestEvent.Accepted acc) {
          Article a = acc.article();
          long t = a.date().epochSecond();
          AnalyzedRow row = AnalyzedRow.of(ArticleRow.of(a, 0, t, t), pipeline.prepare(a));
          assertThat(row.toPrepared().caseless()).as(a.title()).isEqualTo(a.id().value().equals("a"));
          assertThat(row.toPrepared().article().article().title()).isEmpty();
          checked.add(a.id().value());
        }
      });
    }
    assertThat(checked).containsExactly("a", "b");
  }

  /**
   * An English row carries its sentence vector (core's PreparedArticle#embedding), through Flink's
   * serialisation too, so the jobs cluster English articles as core does; others carry none.
   */
  @Test
  void rowsCarryTheEnglishSentenceVectorThroughFlink() throws Exception {
    Pipeline pipeline = Pipeline.standard(ClusterConfig.defaults());
    List<AnalyzedRow> rows = new ArrayList<>();
    List<float[]> expected = new ArrayList<>();
    for (String line : List.of(
        "{\"id\": \"e\", \"lang\": \"en\", \"date\": \"2013-11-20\", \"title\": \"Earthquake shakes northern Chile\", "
            + "\"text\": \"A strong earthquake struck northern Chile on Tuesday. Residents fled into the streets.\"}",
        "{\"id\": \"n\", \"lang\": \"nb\", \"date\": \"2013-11-20\", \"title\": \"Storbrann i Bergen sentrum\", "
            + "\"text\": \"En stor brann brøt ut i en bygård i Bergen sentrum natt til fredag.\"}")) {
      new JsonLinesReader().read("emb", line.getBytes(StandardCharsets.UTF_8), e -> {
        if (e instanceof IngestEvent.Accepted acc) {
          Article a = acc.article();
          long t = a.date().epochSecond();
          rows.add(AnalyzedRow.of(ArticleRow.of(a, 0, t, t), pipeline.prepare(a)));
          expected.add(pipeline.prepare(a).embedding());
        }
      });
    }
    assertThat(expected.get(0)).as("English").hasSize(384);
    assertThat(expected.get(1)).as("Norwegian").isNull();
    StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(1);
    List<AnalyzedRow> back = new ArrayList<>();
    try (CloseableIterator<AnalyzedRow> it = env.fromData(rows).executeAndCollect()) {
      it.forEachRemaining(back::add);
    }
    assertThat(back).hasSize(2);
    assertThat(back.get(0).toPrepared().embedding()).isEqualTo(expected.get(0));
    assertThat(back.get(1).toPrepared().embedding()).isNull();
  }

  private static List<AssignerOutput> run(List<AnalyzedRow> rows) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(1);
    List<AssignerOutput> out = new ArrayList<>();
    try (CloseableIterator<AssignerOutput> it = env.fromData(rows)
        .transform("assign", TypeInformation.of(AssignerOutput.class), new OrderedAssigner(ClusterConfig.defaults()))
        .executeAndCollect()) {
      it.forEachRemaining(out::add);
    }
    return out;
  }

  /** The dated, distinct-id articles of the backfill fixture, prepared, in event order. */
  private static List<AnalyzedRow> rows() {
    Pipeline pipeline = Pipeline.standard(ClusterConfig.defaults());
    List<AnalyzedRow> rows = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    new JsonLinesReader().read("fixture", BackfillJobTest.FIXTURE.getBytes(StandardCharsets.UTF_8), e -> {
      if (e instanceof IngestEvent.Accepted acc && acc.article().date() != null
          && !ids.contains(acc.article().id().value())) {
        Article a = acc.article();
        ids.add(a.id().value());
        long t = a.date().epochSecond();
        rows.add(AnalyzedRow.of(ArticleRow.of(a, 0, t, t), pipeline.prepare(a)));
      }
    });
    assertThat(rows).hasSizeGreaterThan(4);
    rows.sort(Comparator.comparing(new EventOrder()::getKey));
    return rows;
  }
}
