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
}
