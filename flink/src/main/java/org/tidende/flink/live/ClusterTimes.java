package org.tidende.flink.live;

import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.tidende.flink.rows.ArticleRow;

/**
 * Gives each row its cluster time (epoch seconds, set by {@link LiveParse}) as its event timestamp
 * (epoch ms), and passes the watermarks from upstream through untouched: for the Kafka source,
 * whose watermarks are made per partition in the source itself. (Flink's {@code
 * assignTimestampsAndWatermarks} would drop them and make its own, per task.) Stateless.
 */
final class ClusterTimes extends AbstractStreamOperator<ArticleRow> implements OneInputStreamOperator<ArticleRow, ArticleRow> {
  @Override
  public void processElement(StreamRecord<ArticleRow> row) {
    output.collect(row.replace(row.getValue(), row.getValue().clusterTime() * 1000));
  }
}
