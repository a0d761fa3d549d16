package org.tidende.flink.live;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.util.Collector;
import org.tidende.cluster.ClusterConfig;
import org.tidende.cluster.DocumentFrequencies;
import org.tidende.cluster.FeatureVector;
import org.tidende.flink.rows.AnalyzedRow;
import org.tidende.flink.rows.ClusterSettings;

/**
 * Turns analysed articles into core's TF-IDF {@link FeatureVector}s and picks their blocking keys.
 * Keyed by a hash bucket of the article id: each bucket keeps its own document-frequency sketch and
 * sees a uniform sample of the stream, so its idf estimates the global one, with no single hot
 * task and no dependence on arrival order (articles are taken in event-time order).
 *
 * <p>Blocking keys are the article's {@code topKeys} heaviest features whose document frequency
 * is at most {@code hotShare} of the bucket's articles (after a warm-up of 200): names, numbers and
 * distinctive terms, as core's feature hashes in decimal (an article without features gets a key of
 * its own, {@code "\u2205:" + id}, which no hash spells). Names and numbers are shared by all
 * languages, so cross-language articles of one story meet under them; common features (the name
 * "danmark") would make hot keys and are skipped
 * (counted in {@value #HOT}). An article whose features are all common keeps its heaviest one.
 */
public final class VectorStage extends EventTimeOrdered<Integer, AnalyzedRow, VectorRow> {
  public static final String HOT = "live.hotFeaturesSkipped";
  private final ClusterSettings settings;
  private final int topKeys;
  private final double hotShare;
  private final int log2Width;
  private transient ClusterConfig config;
  private transient ValueState<DocumentFrequencies> df;
  private transient LongCounter hot;

  public VectorStage(ClusterSettings settings, int topKeys, double hotShare, int log2Width) {
    super(AnalyzedRow.class);
    this.settings = settings;
    this.topKeys = topKeys;
    this.hotShare = hotShare;
    this.log2Width = log2Width;
  }

  @Override
  public void open(OpenContext ctx) throws Exception {
    super.open(ctx);
    config = settings.toConfig();
    df = getRuntimeContext().getState(new ValueStateDescriptor<>("df", TypeInformation.of(DocumentFrequencies.class)));
    hot = getRuntimeContext().getLongCounter(HOT);
  }

  @Override
  protected void handle(AnalyzedRow row, long ts, Context ctx, Collector<VectorRow> out) throws Exception {
    DocumentFrequencies d = df.value();
    if (d == null) {
      d = new DocumentFrequencies(4, log2Width);
    }
    FeatureVector v = FeatureVector.of(row.toPrepared(), d, config);
    df.update(d);
    List<String> blocking = new ArrayList<>(topKeys);
    for (int i = 0; i < v.keys().length && blocking.size() < topKeys; i++) {
      long k = v.keys()[i];
      if (d.documents() >= 200 && d.count(k) > hotShare * d.documents()) {
        hot.add(1);
        continue;
      }
      blocking.add(String.valueOf(k));
    }
    if (blocking.isEmpty()) {
      blocking.add(v.keys().length > 0 ? String.valueOf(v.keys()[0]) : "\u2205:" + row.id());
    }
    out.collect(new VectorRow(row.id(), ts, v.keys(), v.weights(), v.hasTerms(), v.hasSpecifics(),
        blocking.toArray(String[]::new), row.file(), row.line()));
  }
}
