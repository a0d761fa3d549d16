package org.tidende.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidende.model.Article;
import org.tidende.model.ArticleId;
import org.tidende.model.Language;
import org.tidende.store.Archive;

/** {@code tidende serve} in its own JVM refusing what it cannot use: one line and exit 2, no stack trace. */
class ServeCommandTest {
  @TempDir Path dir;

  @Test
  void aPortInUseIsSaidInOneLineBeforeTheArchiveIsOpened() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Path data = dir.resolve("data");
      CliRunner.Result r = CliRunner.run("serve", "--data", data.toString(), "--port", String.valueOf(taken.getLocalPort()));
      assertThat(r.exit()).as(r.err()).isEqualTo(2);
      assertThat(r.err()).contains("tidende serve: cannot listen on 127.0.0.1:" + taken.getLocalPort())
          .doesNotContain("\tat ").doesNotContain("replayed");
    }
  }

  /**
   * A host that is no address of this machine is refused in words before the data folder is made,
   * with --port 0 too; before, the folder was made and replayed, and Javalin said "Port already in
   * use. Make sure no other process is using port 0". A zero --poll-seconds or --max-batch is named
   * alone with its value; it was one line naming all four such options.
   */
  @Test
  void aHostNotOfThisMachineAndEachBadLimitAreNamed() throws Exception {
    Path data = dir.resolve("data");
    CliRunner.Result r = CliRunner.run("serve", "--data", data.toString(), "--host", "nosuchhost.invalid", "--port", "0");
    assertThat(r.exit()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).startsWith("tidende serve: cannot listen on nosuchhost.invalid: no such host (--host takes")
        .doesNotContain("Port already in use", "ERROR", "replayed");
    assertThat(data).doesNotExist();
    CliRunner.Result limits = CliRunner.run("serve", "--data", data.toString(), "--poll-seconds", "0", "--max-batch", "-3");
    assertThat(limits.exit()).isEqualTo(2);
    assertThat(limits.err()).isEqualTo("tidende serve: --poll-seconds must be >= 1, got 0\n"
        + "tidende serve: --max-batch must be >= 1, got -3\n");
  }

  /** The data folder is taken before the port opens: one another process holds is refused without listening. */
  @Test
  void aDataFolderInUseIsRefusedBeforeListening() throws Exception {
    Path data = dir.resolve("data");
    try (Archive held = Service.openArchive(data, Duration.ofSeconds(5), m -> { })) {
      CliRunner.Result r = CliRunner.run("serve", "--data", data.toString(), "--port", "0");
      assertThat(r.exit()).as(r.err()).isEqualTo(2);
      assertThat(r.err()).contains("tidende serve: data folder " + data + " is in use by another Tidende process")
          .doesNotContain("starting on", "\tat ");
    }
  }

  /**
   * A data folder holding articles clustered with the sentence embedder is not served without it:
   * replaying them so would change the stories clients know (session 36). Refused before listening.
   */
  @Test
  void noEmbeddingsOnAFolderMadeWithThemIsRefusedBeforeListening() throws Exception {
    Path data = dir.resolve("data");
    try (Archive a = Service.openArchive(data, Duration.ofSeconds(5), m -> { })) {
      a.ingest(List.of(new Article(new ArticleId("a"), "t", 1, null, "NRK",
          "Brann i Bergen", "Det brann i natt.", null, Language.UND, Map.of())));
    }
    CliRunner.Result r = CliRunner.run("serve", "--data", data.toString(), "--port", "0", "--no-embeddings");
    assertThat(r.exit()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).contains("tidende serve: data folder " + data + " clusters English with sentence vectors "
        + "(as it was made) and holds 1 article; --no-embeddings would cluster them otherwise. Leave --no-embeddings out")
        .doesNotContain("starting on", "\tat ");
  }

  /** The address is said on stderr as soon as the server listens, before the replay; stdout says when it is ready. */
  @Test
  void theAddressIsSaidWhenListeningAndReadinessWhenReady() throws Exception {
    try (ServerProcess s = ServerProcess.start("--data", dir.resolve("data").toString())) {
      assertThat(Http.get(s.url("/health")).status()).isEqualTo(200);
      assertThat(Files.readString(s.errLog)).contains("tidende: starting on http://127.0.0.1:" + s.port + "/ ");
    }
  }

  /**
   * A stop (SIGTERM) is said, and its end with what is committed: before, the server ended without
   * a word, so a clean stop could not be told from a hang or a kill.
   */
  @Test
  void aStopIsSaidAndItsEndWithWhatIsCommitted() throws Exception {
    ServerProcess s = ServerProcess.start("--data", dir.resolve("data").toString(), "--no-embeddings");
    try {
      assertThat(Http.post(s.url("/articles"), "{\"id\": \"a1\", \"title\": \"Brann i Bergen\", \"text\": \"Det brann i natt.\"}")
          .status()).isEqualTo(200);
      s.process.destroy(); // SIGTERM
      assertThat(s.process.waitFor(2, TimeUnit.MINUTES)).isTrue();
      assertThat(Files.readString(s.errLog))
          .contains("tidende: stopping: committing the index and storing the open stories' views\n")
          .containsPattern("tidende: stopped in [\\d.]+ s; 1 article in 1 story, all committed\n");
    } finally {
      s.close();
    }
  }

  @Test
  void aDataFolderThatIsAFileIsSaidInOneLine() throws Exception {
    Path file = Files.writeString(dir.resolve("data"), "not a folder");
    CliRunner.Result serve = CliRunner.run("serve", "--data", file.toString(), "--port", "0");
    assertThat(serve.exit()).as(serve.err()).isEqualTo(2);
    assertThat(serve.err()).contains("is a file, not a folder").doesNotContain("\tat ");
    CliRunner.Result ingest = CliRunner.run("ingest", "samples/havoern", "--data", file.toString(), "--quiet");
    assertThat(ingest.exit()).as(ingest.err()).isEqualTo(2);
    assertThat(ingest.err()).contains("is a file, not a folder").doesNotContain("\tat ");
  }
}
