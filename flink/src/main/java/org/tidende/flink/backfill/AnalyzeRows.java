package org.tidende.flink.backfill;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.tidende.cluster.ClusterConfig;
import org.tidende.flink.rows.AnalyzedRow;
import org.tidende.flink.rows.ArticleRow;
import org.tidende.flink.rows.ClusterSettings;
import org.tidende.pipeline.Pipeline;

/**
 * Core's analysis stage and the stateless half of clustering ({@link Pipeline#prepare}) on each row;
 * pure per article, runs in parallel.
 */
public final class AnalyzeRows extends RichMapFunction<ArticleRow, AnalyzedRow> {
  private final ClusterSettings settings;
  private transient Pipeline pipeline;

  /** @param config the clusterer settings the features are prepared with (boosts) */
  public AnalyzeRows(ClusterConfig config) {
    this.settings = ClusterSettings.of(config);
  }

  @Override
  public void open(OpenContext ctx) {
    pipeline = Pipeline.standard(settings.toConfig());
  }

  @Override
  public AnalyzedRow map(ArticleRow row) {
    return AnalyzedRow.of(row, pipeline.prepare(row.toArticle()));
  }
}
