package org.tidende.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidende.ingest.IngestEvent;
import org.tidende.ingest.Ingestor;
import org.tidende.store.Archive;

/** The watched folder, scan by scan: a file is read once its size holds, and the status tells the last scan's error only. */
class FolderWatcherTest {
  @TempDir Path dir;

  @Test
  void anErrorIsClearedByTheNextScanThatGoesWell() throws Exception {
    Path inbox = dir.resolve("inbox");
    try (Archive archive = Service.openArchive(dir.resolve("data"), Duration.ofSeconds(5), m -> { })) {
      FolderWatcher watcher = new FolderWatcher(inbox, archive, m -> { });
      watcher.scan();
      assertThat(watcher.status().get("error").asText()).startsWith("not a folder");
      assertThat(watcher.hasError()).as("/health says degraded").isTrue();
      Files.createDirectories(inbox);
      Files.writeString(inbox.resolve("ferje.txt"), "Ferja er i rute igjen\n\nFerja går som normalt etter brannen i maskinrommet.");
      watcher.scan(); // seen
      watcher.scan(); // same size: read
      assertThat(watcher.status().get("files_read").asLong()).isEqualTo(1);
      assertThat(watcher.status().get("accepted").asLong()).isEqualTo(1);
      assertThat(watcher.status().get("error").isNull()).as(watcher.status().toString()).isTrue();
      assertThat(watcher.hasError()).isFalse();
    }
  }

  /**
   * A watched file's articles not stored as duplicates are named at their lines and counted in the
   * file's line, as {@code tidende ingest} names them; before, the log said "2 article(s) read" as
   * if both were stored (session 34's walk-through).
   */
  @Test
  void duplicatesInAWatchedFileAreNamed() throws Exception {
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    List<String> log = new CopyOnWriteArrayList<>();
    try (Archive archive = Service.openArchive(dir.resolve("data"), Duration.ofSeconds(5), m -> { })) {
      FolderWatcher watcher = new FolderWatcher(inbox, archive, log::add);
      Path f = Files.writeString(inbox.resolve("a.jsonl"), "{\"id\": \"r1\", \"title\": \"Brann i Bergen\", "
          + "\"text\": \"Det brann i natt.\"}\n{\"id\": \"r1\", \"title\": \"Brann i Bergen (oppdatert)\", "
          + "\"text\": \"Brannen er slukket.\"}\n");
      watcher.scan();
      watcher.scan();
      assertThat(log).contains("watch: " + f + ":2: not stored: duplicate of r1 (by id)",
          "watch: " + f + ": 2 article(s) read, 1 stored, 1 duplicate(s) not stored");
      // the lines rejected are counted in the file's line too, where it said "1 article(s) read" alone
      Path g = Files.writeString(inbox.resolve("b.jsonl"), "{broken\n{\"id\": \"r2\", \"title\": \"Flom\", "
          + "\"text\": \"Elva flommet over.\"}\n{\"title\": \"\", \"text\": \"\"}\n");
      watcher.scan();
      watcher.scan();
      assertThat(log).contains("watch: " + g + ": 1 article(s) read, 2 rejected");
    }
  }

  /**
   * A file that cannot be read is logged once, naming it and the reason, and read on a later scan
   * once it can be: before session 38 one refused for its permissions was marked done (a chmod
   * changes neither its size nor its time, so it was never read), and a broken link was not said.
   * Permissions cannot be denied to the root the tests may run as, so the reader here refuses the
   * file as the Ingestor refuses an unreadable one, twice, then reads it.
   */
  @Test
  void anUnreadableFileIsLoggedOnceAndReadWhenItCanBe() throws Exception {
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    List<String> log = new CopyOnWriteArrayList<>();
    AtomicInteger refusals = new AtomicInteger(2);
    Ingestor ingestor = new Ingestor();
    try (Archive archive = Service.openArchive(dir.resolve("data"), Duration.ofSeconds(5), m -> { })) {
      FolderWatcher watcher = new FolderWatcher(inbox, archive, log::add, (f, sink) -> {
        if (refusals.getAndDecrement() > 0) {
          sink.accept(IngestEvent.reject(f.toString(), 0, "cannot read: permission denied"));
        } else {
          ingestor.readFile(f, sink);
        }
      });
      Path f = Files.writeString(inbox.resolve("bru.txt"), "Ny bru over sundet\n\nBrua over sundet opnar i mai.");
      Path link = Files.createSymbolicLink(inbox.resolve("tak.txt"), dir.resolve("elsewhere/tak.txt"));
      for (int i = 0; i < 6; i++) {
        watcher.scan();
      }
      assertThat(log).filteredOn(l -> l.contains("bru.txt")).containsExactly(
          "watch: " + f + ": cannot read: permission denied; tried again on later scans",
          "watch: " + f + ": 1 article(s) read");
      assertThat(log).filteredOn(l -> l.contains("tak.txt")).containsExactly(
          "watch: " + link + ": broken symbolic link, not read; tried again on later scans");
      Files.createDirectories(dir.resolve("elsewhere"));
      Files.writeString(dir.resolve("elsewhere/tak.txt"), "Skulen får nytt tak\n\nArbeidet startar i juni.");
      watcher.scan();
      watcher.scan();
      assertThat(log).contains("watch: " + link + ": 1 article(s) read");
      assertThat(watcher.status().get("accepted").asLong()).isEqualTo(2);
      assertThat(watcher.status().get("rejected").asLong()).as("the refused file, once").isEqualTo(1);
    }
  }
}
