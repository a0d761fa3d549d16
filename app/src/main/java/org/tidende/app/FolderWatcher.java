package org.tidende.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.tidende.ingest.IngestEvent;
import org.tidende.ingest.Ingestor;
import org.tidende.model.Article;
import org.tidende.store.Archive;
import org.tidende.store.IngestOutcome;

/**
 * Ingests files that appear (or change) in a folder, with the {@link Ingestor} of {@code tidende
 * stories}. Scans every second; a file is read once its size and modification time are the same in
 * two scans in a row, so a file still being written is not read half-way. Files already present at
 * start are read too; the archive's duplicate checks make re-reading harmless. Scanning rather
 * than {@link java.nio.file.WatchService} works the same on every file system (network mounts too).
 */
final class FolderWatcher implements AutoCloseable {
  private record Seen(long size, long modified) {}

  private final Path folder;
  private final Archive archive;
  private final Consumer<String> log;
  private final Ingestor ingestor = new Ingestor();
  private final Map<Path, Seen> pending = new HashMap<>();
  private final Map<Path, Seen> done = new HashMap<>();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "tidende-watch");
    t.setDaemon(true);
    return t;
  });
  private volatile long files;
  private volatile long accepted;
  private volatile long duplicates;
  private volatile long rejected;
  private volatile String lastError;

  FolderWatcher(Path folder, Archive archive, Consumer<String> log) {
    this.folder = folder;
    this.archive = archive;
    this.log = log;
  }

  void start() {
    timer.scheduleWithFixedDelay(this::scan, 0, 1, TimeUnit.SECONDS);
  }

  /** One pass over the folder; {@code error} in {@link #status} is this pass's, null when it went well. */
  void scan() {
    try {
      if (!Files.isDirectory(folder)) {
        lastError = "not a folder: " + folder;
        return;
      }
      for (Path f : Ingestor.listFolder(folder, ev -> { })) {
        Seen now;
        try {
          now = new Seen(Files.size(f), Files.getLastModifiedTime(f).toMillis());
        } catch (NoSuchFileException e) { // removed since the listing: nothing to read, and no error
          pending.remove(f);
          continue;
        }
        if (now.equals(done.get(f))) {
          continue;
        }
        if (now.equals(pending.get(f))) {
          pending.remove(f);
          read(f);
          done.put(f, now);
        } else {
          pending.put(f, now);
        }
      }
      lastError = null;
    } catch (IOException | RuntimeException e) {
      lastError = e.toString();
      log.accept("watch: " + folder + ": " + e);
    }
  }

  private void read(Path f) throws IOException {
    List<Article> batch = new ArrayList<>();
    long rejectedBefore = rejected;
    ingestor.readFile(f, ev -> {
      switch (ev) {
        case IngestEvent.Accepted a -> batch.add(a.article());
        case IngestEvent.Rejected r -> {
          rejected++;
          log.accept("watch: " + r.rejection());
        }
        case IngestEvent.Warning w -> log.accept("watch: " + w + " (warning)");
        case IngestEvent.Note n -> log.accept("watch: " + n + " (note)");
      }
    });
    long copies = 0;
    for (int i = 0; i < batch.size(); i += 1000) {
      List<Article> part = batch.subList(i, Math.min(batch.size(), i + 1000));
      List<IngestOutcome> outcomes = archive.ingest(part);
      for (int j = 0; j < outcomes.size(); j++) {
        switch (outcomes.get(j)) {
          case IngestOutcome.Accepted a -> accepted++;
          case IngestOutcome.Duplicate d -> {
            if (copies++ < IngestCommand.LISTED_DUPLICATES) { // named as `tidende ingest` names them
              Article copy = part.get(j);
              log.accept("watch: " + new org.tidende.model.Rejection(copy.file(), copy.line(),
                  "not stored: duplicate of " + d.of() + " (by " + d.by() + ")"));
            }
            duplicates++;
          }
        }
      }
    }
    files++;
    // the duplicates said: a file whose articles were all stored before read "2 article(s) read" as if stored
    // and the lines rejected: "0 article(s) read" of a file of 5 bad lines read as if it were empty (session 34 review)
    long fileRejected = rejected - rejectedBefore;
    log.accept("watch: " + f + ": " + batch.size() + " article(s) read"
        + (fileRejected > 0 ? ", " + fileRejected + " rejected" : "")
        + (copies > 0 ? ", " + (batch.size() - copies) + " stored, " + copies + " duplicate(s) not stored" : ""));
  }

  /** Whether the last pass over the folder failed (the folder gone, unreadable). */
  boolean hasError() {
    return lastError != null;
  }

  ObjectNode status() {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("folder", folder.toString()).put("files_read", files).put("accepted", accepted)
        .put("duplicates", duplicates).put("rejected", rejected).put("error", lastError);
    return o;
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
