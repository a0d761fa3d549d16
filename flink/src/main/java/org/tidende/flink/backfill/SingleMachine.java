package org.tidende.flink.backfill;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tidende.cluster.ClusterConfig;
import org.tidende.flink.dedup.DuplicateAssignment;
import org.tidende.flink.dedup.LocalDuplicates;
import org.tidende.flink.dedup.NearDuplicateKeys;
import org.tidende.flink.rows.ArticleRow;
import org.tidende.flink.rows.ReadJsonLines;
import org.tidende.ingest.IngestEvent;
import org.tidende.ingest.JsonLinesReader;
import org.tidende.model.Article;
import org.tidende.model.Assignment;
import org.tidende.pipeline.Pipeline;

/**
 * The single-machine answer for the same files, the reference the backfill is measured against:
 * core's {@link Pipeline} in event order ({@link Pipeline#inEventOrder}) for stories, {@link
 * LocalDuplicates} for duplicate groups. Reads local files only.
 *
 * @param stories story id by article id
 * @param canonical duplicate-group canonical by article id
 */
public record SingleMachine(Map<String, String> stories, Map<String, String> canonical) {

  /** Runs both stages over the files, in order, as one input. */
  public static SingleMachine run(List<String> files, ClusterConfig config, NearDuplicateKeys keys) throws IOException {
    List<Article> articles = new ArrayList<>();
    List<ArticleRow> rows = new ArrayList<>();
    // Cluster-order time carries across files (they are one input, as in Pipeline.inEventOrder);
    // the duplicate grouping's time restarts at 0 in each file.
    long[] carried = {Long.MIN_VALUE, 0};
    for (int i = 0; i < files.size(); i++) {
      int fileIndex = i;
      carried[1] = 0;
      try (InputStream in = ReadJsonLines.open(files.get(i))) {
        new JsonLinesReader().read(files.get(i), in, e -> {
          if (e instanceof IngestEvent.Accepted acc) {
            Article a = acc.article();
            if (a.date() != null) {
              carried[0] = a.date().epochSecond();
              carried[1] = carried[0];
            }
            articles.add(a);
            rows.add(ArticleRow.of(a, fileIndex, carried[0], carried[1]));
          }
        });
      }
    }
    Pipeline pipeline = Pipeline.standard(config);
    Pipeline.Session session = pipeline.newSession(true); // tracks merges and moves
    Map<String, Assignment> assigned = new LinkedHashMap<>();
    for (Article a : Pipeline.inEventOrder(articles)) {
      Assignment as = session.assign(pipeline.analyze(a));
      if (as != null) {
        assigned.put(a.id().value(), as);
      }
    }
    // Final membership: each article's story after core's story-level revisions (merges, moves).
    Map<String, String> stories = new LinkedHashMap<>();
    assigned.forEach((id, as) -> stories.put(id, session.storyOf(as.article(), as.story()).value()));
    // A repeated id keeps its first occurrence in event order, as the session and the job do.
    Map<String, ArticleRow> first = new LinkedHashMap<>();
    for (ArticleRow r : rows) {
      first.merge(r.id(), r, (x, y) -> y.clusterTime() < x.clusterTime()
          || y.clusterTime() == x.clusterTime() && y.pos() < x.pos() ? y : x);
    }
    List<LocalDuplicates.Item> items = new ArrayList<>();
    for (ArticleRow r : first.values()) {
      items.add(new LocalDuplicates.Item(r.id(), r.dedupTime(), r.pos(), keys.sketch(r.title(), r.text())));
    }
    Map<String, String> canonical = new LinkedHashMap<>();
    for (DuplicateAssignment d : LocalDuplicates.group(items, keys)) {
      canonical.put(d.id(), d.canonical());
    }
    return new SingleMachine(stories, canonical);
  }
}
