package org.tidende.flink.backfill;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.tidende.flink.rows.AnalyzedRow;
import org.tidende.flink.rows.ArticleRow;
import org.tidende.pipeline.Pipeline;

/** Core's analysis stage ({@link Pipeline#analyze}) on each row; pure per article, runs in parallel. */
public final class AnalyzeRows extends RichMapFunction<ArticleRow, AnalyzedRow> {
  private transient Pipeline pipeline;

  @Override
  public void open(OpenContext ctx) {
    pipeline = Pipeline.standard();
  }

  @Override
  public AnalyzedRow map(ArticleRow row) {
    return AnalyzedRow.of(row, pipeline.analyze(row.toArticle()));
  }
}
