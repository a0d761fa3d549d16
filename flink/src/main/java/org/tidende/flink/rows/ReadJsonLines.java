package org.tidende.flink.rows;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.io.compression.InflaterInputStreamFactory;
import org.apache.flink.connector.file.src.compression.StandardDeCompressors;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.tidende.ingest.IngestEvent;
import org.tidende.ingest.JsonLinesReader;
import org.tidende.ingest.UnreadableFields;
import org.tidende.model.Article;

/**
 * Reads one JSON Lines file with core's {@link JsonLinesReader}, streaming, and emits its articles
 * as {@link ArticleRow}s in file order with their carried event times; lines that cannot be read
 * go to {@link #REJECTED} as {@code file:line: reason} (warnings, an unreadable date among them, as
 * {@code warning: file:line: reason}), and the file's last dated time to {@link
 * #TAILS}. One file is read by one task, start to end,
 * which is what makes the carried time of undated articles well defined.
 */
public final class ReadJsonLines extends ProcessFunction<FileSpec, ArticleRow> {
  /** Rejected lines, as text for a person. */
  public static final OutputTag<String> REJECTED = new OutputTag<>("rejected") {};
  /** One {@link FileTail} per file read, for {@link CarryAcrossFiles}. */
  public static final OutputTag<FileTail> TAILS = new OutputTag<>("tails") {};
  /** Accumulator: articles read. */
  public static final String READ = "articles.read";
  /** Accumulator: lines rejected. */
  public static final String REJECTED_COUNT = "articles.rejected";

  private transient LongCounter read;
  private transient LongCounter rejected;

  @Override
  public void open(OpenContext ctx) {
    read = getRuntimeContext().getLongCounter(READ);
    rejected = getRuntimeContext().getLongCounter(REJECTED_COUNT);
  }

  @Override
  public void processElement(FileSpec spec, Context ctx, Collector<ArticleRow> out) throws IOException {
    long[] carried = {Long.MIN_VALUE, 0};
    try (InputStream in = open(spec.path())) {
      // Unreadable dates and fields of the wrong type are warned about, as ./tidende stories does.
      UnreadableFields checked = new UnreadableFields(spec.path(), event -> {
        switch (event) {
          case IngestEvent.Accepted acc -> {
            Article a = acc.article();
            if (a.date() != null) {
              carried[0] = a.date().epochSecond();
              carried[1] = carried[0];
            }
            read.add(1);
            out.collect(ArticleRow.of(a, spec.index(), carried[0], carried[1]));
          }
          case IngestEvent.Rejected r -> {
            rejected.add(1);
            ctx.output(REJECTED, r.rejection().toString());
          }
          case IngestEvent.Warning w -> ctx.output(REJECTED, "warning: " + w);
          case IngestEvent.Note n -> { } // a folder's README skipped: nothing lost, nothing to report per line
        }
      });
      new JsonLinesReader().read(spec.path(), in, checked);
      checked.finish();
    }
    ctx.output(TAILS, new FileTail(spec.index(), carried[0]));
  }

  /**
   * Opens {@code path} on its Flink file system, decompressed when its extension names a compression
   * Flink knows ({@code .gz}, {@code .bz2}, {@code .xz}, {@code .zst}, {@code .deflate}), as the live
   * job's {@code NumberedLines} and the command line read it.
   *
   * @throws IOException when the file cannot be opened
   */
  public static InputStream open(String path) throws IOException {
    return open(new Path(path));
  }

  /** {@link #open(String)} of a Flink path. */
  public static InputStream open(Path p) throws IOException {
    InputStream raw = p.getFileSystem().open(p);
    InflaterInputStreamFactory<?> inflater = StandardDeCompressors.getDecompressorForFileName(p.getPath());
    try {
      return inflater == null ? raw : inflater.create(raw);
    } catch (IOException | RuntimeException e) {
      raw.close();
      throw e;
    }
  }

  /** Whether {@code name} is a JSON Lines file a folder input reads: {@code .jsonl}, possibly compressed. */
  public static boolean isJsonLines(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    for (String ext : StandardDeCompressors.getCommonSuffixes()) {
      if (n.endsWith("." + ext)) {
        n = n.substring(0, n.length() - ext.length() - 1);
        break;
      }
    }
    return n.endsWith(".jsonl");
  }
}
