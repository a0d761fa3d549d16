package org.tidende.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.tidende.ingest.IngestEvent;
import org.tidende.ingest.Ingestor;
import org.tidende.model.Article;
import org.tidende.model.Rejection;
import org.tidende.store.Archive;
import org.tidende.store.IngestOutcome;

/**
 * Ingests files that appear (or change) in a folder, with the {@link Ingestor} of {@code tidende
 * stories}. Scans every second; a file is read once its size and modification time are the same in
 * two scans in a row, so a file still being written is not read half-way. Files already present at
 * start are read too; the archive's duplicate checks make re-reading harmless. Scanning rather
 * than {@link java.nio.file.WatchService} works the same on every file system (network mounts too).
 *
 * <p>A file that cannot be read (permission denied, gone between the scan and the read, an I/O
 * error), and one the listing cannot take (a broken symbolic link, an unreadable subfolder, a
 * pipe), is logged once, naming it and the reason, and tried again on later scans until it is
 * read or gone, logged again only when the reason changes; since session 38: before, the
 * listing's reasons were dropped without a word, and a file refused for its permissions was marked
 * done, so a {@code chmod} that made it readable (which changes neither its size nor its time) never
 * had it read.
 */
final class FolderWatcher implements AutoCloseable {
  private record Seen(long size, long modified) {}

  private final Path folder;
  private final Archive archive;
  private final Consumer<String> log;
  /** Reads one file as {@link Ingestor#readFile} does (a test gives one that fails as a denied file does). */
  private final BiConsumer<Path, Consumer<IngestEvent>> reader;
  /** What was last said of each file or folder that could not be read, to say it once while it lasts. */
  private final Map<String, String> complaints = new HashMap<>();
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
    this(folder, archive, log, new Ingestor()::readFile);
  }

  FolderWatcher(Path folder, Archive archive, Consumer<String> log,
      BiConsumer<Path, Consumer<IngestEvent>> reader) {
    this.folder = folder;
    this.archive = archive;
    this.log = log;
    this.reader = reader;
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
      Map<String, String> unlisted = new HashMap<>();
      List<Path> listed = Ingestor.listFolder(folder, ev -> {
        if (ev instanceof IngestEvent.Rejected r) { // a broken link, an unreadable subfolder, a pipe
          unlisted.put(r.rejection().file(), r.rejection().reason());
        }
      });
      // said once while it lasts, and again if it comes back after going away (its link mended, then broken)
      complaints.keySet().removeIf(k -> k.startsWith(LISTING) && !unlisted.containsKey(k.substring(LISTING.length())));
      unlisted.forEach((file, reason) -> complain(LISTING + file, file, reason + "; tried again on later scans"));
      Set<String> names = new HashSet<>();
      listed.forEach(f -> names.add(f.toString()));
      complaints.keySet().removeIf(k -> !k.startsWith(LISTING) && !names.contains(k)); // gone: said again if it comes back
      for (Path f : listed) {
        Seen now;
        try {
          now = new Seen(Files.size(f), Files.getLastModifiedTime(f).toMillis());
        } catch (NoSuchFileException e) { // removed since the listing: nothing to read, and no error
          pending.remove(f);
          complaints.remove(f.toString());
          continue;
        }
        if (now.equals(done.get(f))) {
          continue;
        }
        if (now.equals(pending.get(f))) {
          pending.remove(f);
          if (read(f)) {
            done.put(f, now);
          } // else not read (permission denied): tried again, as a chmod changes neither size nor time
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

  private static final String LISTING = "listing:";

  /** Logs {@code reason} for {@code file} unless it was the last thing said of {@code key}; true when logged. */
  private boolean complain(String key, String file, String reason) {
    if (reason.equals(complaints.put(key, reason))) {
      return false;
    }
    log.accept("watch: " + file + ": " + reason);
    return true;
  }

  /**
   * Reads one file into the archive; false when the file itself could not be read ({@code cannot
   * read: permission denied}), which is logged once and tried again on the next scans.
   */
  private boolean read(Path f) throws IOException {
    List<Article> batch = new ArrayList<>();
    List<IngestEvent> said = new ArrayList<>();
    String[] unreadable = new String[1];
    reader.accept(f, ev -> {
      if (ev instanceof IngestEvent.Rejected r && r.rejection().file().equals(f.toString()) && r.rejection().line() == 0
          && r.rejection().reason().startsWith(CANNOT_READ)) {
        unreadable[0] = r.rejection().reason();
        said.add(ev); // logged as any rejection where articles were read before it (a large file cut off)
      } else if (ev instanceof IngestEvent.Accepted a) {
        batch.add(a.article());
      } else {
        said.add(ev);
      }
    });
    if (unreadable[0] != null && batch.isEmpty()) {
      if (complain(f.toString(), f.toString(), unreadable[0] + "; tried again on later scans")) {
        rejected++; // counted once, as logged
      }
      return false;
    }
    complaints.remove(f.toString());
    long rejectedBefore = rejected;
    for (IngestEvent ev : said) {
      switch (ev) {
        case IngestEvent.Accepted a -> batch.add(a.article());
        case IngestEvent.Rejected r -> {
          rejected++;
          log.accept("watch: " + r.rejection());
        }
        case IngestEvent.Warning w -> log.accept("watch: " + w + " (warning)");
        case IngestEvent.Note n -> log.accept("watch: " + n + " (note)");
      }
    }
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
              log.accept("watch: " + new Rejection(copy.file(), copy.line(),
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
    return true;
  }

  /** How {@link Ingestor} begins the reason of a file it could not open or read ({@code cannot read: no such file}). */
  private static final String CANNOT_READ = "cannot read: ";

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
