package org.tidende.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
    java.util.List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();
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
}
