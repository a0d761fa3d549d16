package org.tidende.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.tidende.ingest.Ingestor;
import org.tidende.model.Article;
import org.tidende.model.Rejection;
import org.tidende.pipeline.Pipeline;
import org.tidende.store.Archive;
import org.tidende.store.IngestOutcome;
import org.tidende.store.ReplayListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tidende ingest PATH... --data DIR}: reads files into the data folder a server uses. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Read articles from files and folders into a data folder (the one `serve` uses), in event order.",
        "Duplicates (same id, URL or text) are counted, not stored twice. The folder must not be in use by a running server."})
public final class IngestCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to read; - reads standard input (any format, gzip'd or not).")
  List<Path> paths;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "tidende-data", description = "Data folder (default ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--quiet", description = "Do not list rejected input (the summary still counts it).")
  boolean quiet;

  @Option(names = "--embeddings", negatable = true, description = "Cluster English articles with their sentence "
      + "vectors (the e5-small-v2 embedder), or not (--no-embeddings). Default: as the data folder was made (a new one: "
      + "with); kept with the folder, so serve and later ingests cluster as before: the other setting on a folder holding articles is refused.")
  Boolean embeddings;

  @Mixin
  FieldOptions fields = new FieldOptions();

  @Option(names = "--progress", negatable = true, description = "Show progress on stderr (default: when stderr is a terminal).")
  Boolean progress;

  /**
   * Duplicates named one a line (unless {@code --quiet}), the rest counted: a user sees which lines
   * were not stored (an id sent again with a changed text is one), where only their count was said
   * (session 34's walk-through); all of them would be every line of a file ingested twice.
   */
  static final int LISTED_DUPLICATES = 20;

  @Override
  public Integer call() throws Exception {
    long accepted = 0;
    long duplicates = 0;
    Inputs in;
    // no path that exists: said before the data folder is opened, which made an empty one where there was none
    if (paths.stream().noneMatch(p -> p.toString().equals(Ingestor.STANDARD_INPUT)
        || Files.exists(p))) {
      paths.forEach(p -> System.err.println(p + ": no such file or folder"));
      System.err.println("tidende ingest: nothing to read; " + data + " left as it was");
      return 2;
    }
    // the data folder first: one a running server holds is refused before the input is read, not after
    boolean made = !Files.exists(data);
    Archive opened;
    try (ReplayProgress replay = new ReplayProgress(data, progress)) {
      opened = Service.openArchive(data, Duration.ofSeconds(30), embeddings, m -> {
        replay.clear();
        System.err.println("tidende: " + m);
      }, replay);
    } catch (IOException e) {
      System.err.println("tidende ingest: " + Service.reason(e));
      return 2;
    }
    Thread hook = new Thread(this::stop, "tidende-ingest-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    long stored = 0;
    long toStore = 0;
    try (Archive archive = opened) {
      in = Inputs.read(paths, System.err, quiet, progress);
      List<Article> ordered = Pipeline.inEventOrder(fields.apply(in));
      toStore = ordered.size();
      long start = System.nanoTime();
      storing = true;
      try (Progress p = new Progress("storing", ordered.size(), progress)) {
        drawn = p;
        for (int i = 0; i < ordered.size() && !stopped; i += 1000) {
          List<Article> batch = ordered.subList(i, Math.min(ordered.size(), i + 1000));
          List<IngestOutcome> outcomes = archive.ingest(batch);
          for (int j = 0; j < outcomes.size(); j++) {
            switch (outcomes.get(j)) {
              case IngestOutcome.Accepted a -> accepted++;
              case IngestOutcome.Duplicate d -> {
                if (!quiet && duplicates < LISTED_DUPLICATES) {
                  Article copy = batch.get(j);
                  System.err.println(new Rejection(copy.file(), copy.line(),
                      "not stored: duplicate of " + d.of() + " (by " + d.by() + ")"));
                }
                duplicates++;
              }
            }
          }
          p.step(batch.size());
          stored += batch.size();
        }
      }
      if (stopped) {
        System.err.printf(Locale.ROOT, "tidende ingest: stopped: %,d of %,d articles stored (duplicates counted), %,d "
            + "not; run the same command again to store the rest (what is stored is found a duplicate, not stored twice)%n",
            stored, toStore, toStore - stored);
      }
      if (!quiet && duplicates > LISTED_DUPLICATES) {
        System.err.printf(Locale.ROOT, "... and %,d more duplicate(s) not listed%n", duplicates - LISTED_DUPLICATES);
      }
      Archive.Stats s = archive.stats();
      System.err.println(in.summary() + String.format(Locale.ROOT,
          "; stored %,d new, %,d duplicate(s) in %.1f s; %s now holds %s in %s",
          accepted, duplicates, (System.nanoTime() - start) / 1e9, data, Inputs.count(s.articles(), "article", "articles"),
          Inputs.count(s.stories(), "story", "stories")));
      try (ViewsProgress views = new ViewsProgress(progress)) {
        archive.close(views);
      }
    } catch (IOException e) {
      System.err.println("tidende ingest: " + Service.reason(e));
      return 2;
    } finally {
      finished.countDown(); // the archive is closed: committed, its lock released
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // stopping: the hook is running
      }
    }
    boolean nothingRead = in.articles.isEmpty() && !in.rejections.isEmpty();
    if (nothingRead && made && removeEmpty(data)) {
      // an empty or unreadable input left an empty data folder where there was none, as a missing one did
      System.err.println("tidende ingest: nothing to store; " + data + " not made");
    }
    return nothingRead ? 2 : (stopped ? 130 : 0);
  }

  /** Removes the data folder this run made and stored nothing in; false (left) where it cannot. */
  private static boolean removeEmpty(Path data) {
    try (Stream<Path> all = Files.walk(data)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
      return true;
    } catch (IOException | UncheckedIOException e) {
      return false;
    }
  }

  /** Set by a stop (Ctrl-C, SIGTERM); the storing ends after its current batch. */
  private volatile boolean stopped;
  /** The storing's progress line, cleared before the stop is said. */
  private volatile Progress drawn;
  /** Whether the input has been read and is being stored. */
  private volatile boolean storing;
  /** Counted down once the archive is closed. */
  private final CountDownLatch finished = new CountDownLatch(1);

  /**
   * A stop (Ctrl-C, SIGTERM) while storing ends the storing after its current batch (at most 1,000
   * articles), commits what is stored and says how much was, then lets the process end. Before, the
   * process ended at once without a word: what the write-ahead log held was kept, but the index was
   * not committed (the next open re-indexed it from the log: 207 s for 1,000 articles on a loaded
   * machine) and the user was not told how much was stored, nor that running the command again
   * stores the rest. A stop while the input is read stores nothing of it and says so. Closing the
   * archive builds the views of the stories still open (as at the end of every ingest), which the
   * stop waits for, up to 5 minutes. A second signal does not cut it short (the JVM is already
   * stopping); kill -9 does, losing nothing acknowledged to the log.
   */
  private void stop() {
    stopped = true;
    if (!storing) {
      System.err.println("tidende ingest: stopped before storing; nothing of the input was stored");
      return;
    }
    Progress p = drawn;
    if (p != null) {
      p.clear();
    }
    System.err.println("tidende ingest: stopping after the current batch; what is stored is kept");
    try {
      finished.await(5, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The views of the stories still open, built when the archive closes after the summary line:
   * said in one line ("tidende ingest: building the views of 692 open stories and
   * committing"), or drawn as a progress line on a terminal or with {@code --progress}. It was
   * silent, 9 s for 5,000 Danish front pages, as if the command hung after its summary. Told from
   * the archive's writer or the closing thread ({@link Archive#close(org.tidende.store.ReplayListener)}).
   */
  static final class ViewsProgress implements ReplayListener, AutoCloseable {
    private final Boolean force;
    private Progress drawn;
    private long done;

    ViewsProgress(Boolean force) {
      this.force = force;
    }

    @Override
    public synchronized void progress(Step s, long now, long total) {
      if (s != Step.STORIES || total <= 0) {
        return;
      }
      if (drawn == null) {
        String what = "building the views of " + Inputs.count(total, "open story", "open stories");
        drawn = new Progress(what, total, force);
        if (!drawn.enabled()) {
          System.err.println("tidende ingest: " + what + " and committing");
        }
      }
      drawn.step(now - done);
      done = now;
    }

    @Override
    public synchronized void close() {
      if (drawn != null) {
        drawn.close();
      }
    }
  }

  /**
   * The replay of the folder's archive on open, drawn as the storing is ({@link Progress}: on a
   * terminal or with {@code --progress}): "replaying tidende-data: 20,480/48,885 (42%)", then
   * "rebuilding stories". Opening a folder of 48,885 Danish articles replays them, 26 s, and an
   * older build's folder is indexed again meanwhile, 98 s (loaded machine); both were silent, even
   * with {@code --progress}, as if the command hung (session 34 review).
   */
  static final class ReplayProgress implements ReplayListener, AutoCloseable {
    private final Path data;
    private final Boolean force;
    private Progress drawn;
    private Step step;
    private long done;

    ReplayProgress(Path data, Boolean force) {
      this.data = data;
      this.force = force;
    }

    @Override
    public synchronized void progress(Step s, long now, long total) {
      if (s != Step.CLUSTERING && s != Step.STORIES || total <= 0) {
        return;
      }
      if (s != step) {
        close();
        step = s;
        done = 0;
        drawn = new Progress((s == Step.CLUSTERING ? "replaying " : "rebuilding stories of ") + data, total, force);
      }
      drawn.step(now - done);
      done = now;
    }

    /** Clears the drawn line before a message (see {@link Progress#clear}). */
    synchronized void clear() {
      if (drawn != null) {
        drawn.clear();
      }
    }

    @Override
    public synchronized void close() {
      if (drawn != null) {
        drawn.close();
        drawn = null;
      }
    }
  }
}
