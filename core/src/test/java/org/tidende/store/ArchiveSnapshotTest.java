package org.tidende.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidende.model.ArticleId;
import org.tidende.model.StoryId;
import org.tidende.pipeline.Pipeline;

/** The read-only view of a data folder, beside an {@link Archive} that holds it for writing. */
class ArchiveSnapshotTest {
  @TempDir Path dir;

  Archive open(Duration commit) throws Exception {
    return Archive.open(dir, Pipeline.standard(), ArchiveTest::render,
        Archive.Options.defaults().withCommitInterval(commit), m -> { });
  }

  static void awaitCommit(Archive a, long seq) throws InterruptedException {
    for (int i = 0; i < 300 && a.stats().committedSeq() < seq; i++) {
      Thread.sleep(50);
    }
    assertThat(a.stats().committedSeq()).as("committed by the writer's timer").isGreaterThanOrEqualTo(seq);
  }

  /** Every file under the log folder with its bytes' hash: what a reader must leave as it found it. */
  Map<String, Integer> walFiles() throws Exception {
    Map<String, Integer> m = new TreeMap<>();
    try (Stream<Path> s = Files.list(dir.resolve("wal"))) {
      for (Path p : s.toList()) {
        m.put(p.getFileName().toString(), Arrays.hashCode(Files.readAllBytes(p)));
      }
    }
    return m;
  }

  @Test
  void readsTheLastCommitWhileAnArchiveHoldsTheFolderAndChangesNothing() throws Exception {
    try (Archive a = open(Duration.ofMillis(100))) {
      a.ingest(ArchiveTest.fixtures());
      awaitCommit(a, 3);
      try (ArchiveSnapshot s = ArchiveSnapshot.open(dir)) {
        assertThat(s.committedSeq()).isEqualTo(3);
        assertThat(s.articleCount()).isEqualTo(3);
        assertThat(s.storyCount()).isEqualTo(2);
        assertThat(s.uncommittedArticles()).isZero();
        SearchPage mine = s.search("Vladivostok", null, 10, 0);
        SearchPage server = a.search("Vladivostok", null, 10, 0);
        assertThat(mine.hits()).extracting(h -> h.article().article().id().value()).containsExactlyInAnyOrder("a1", "b2");
        assertThat(mine.hits()).isEqualTo(server.hits());
        assertThat(s.stories(StoryQuery.newest(10)).stories()).isEqualTo(a.stories(StoryQuery.newest(10)).stories());
        // the writer goes on: stores, commits, while the view stays open and as it was
        a.ingest(List.of(ArchiveTest.article("d4", "nb", "2019-06-02", "Streik i København",
            "Førerne av T-banen i København streiker tirsdag.", null)));
        awaitCommit(a, 4);
        assertThat(s.articleCount()).isEqualTo(3);
      }
      assertThat(a.article(new ArticleId("d4"))).isPresent();
    }
    try (ArchiveSnapshot s = ArchiveSnapshot.open(dir)) {
      assertThat(s.articleCount()).as("committed on close").isEqualTo(4);
    }
  }

  @Test
  void leavesTheLogAndLockAlone() throws Exception {
    try (Archive a = open(Duration.ofHours(1))) {
      a.ingest(ArchiveTest.fixtures());
      Map<String, Integer> walBefore = walFiles();
      try (ArchiveSnapshot s = ArchiveSnapshot.open(dir)) {
        assertThat(s.articleCount()).as("not committed yet").isZero();
        assertThat(s.uncommittedArticles()).as("logged, not committed").isEqualTo(3);
        assertThat(s.search("Vladivostok", null, 10, 0).total()).isZero();
      }
      assertThat(walFiles()).isEqualTo(walBefore);
      a.ingest(List.of(ArchiveTest.article("d4", "nb", "2019-06-02", "Streik i København",
          "Førerne av T-banen i København streiker tirsdag.", null)));
    }
    try (Archive a = open(Duration.ofHours(1))) {
      assertThat(a.stats().articles()).isEqualTo(4);
    }
  }

  @Test
  void syntaxErrorsInOneLineAndValidQueriesNone() throws Exception {
    try (Archive a = open(Duration.ofHours(1))) {
      // the open commits its replay: an empty index a view can read
    }
    try (ArchiveSnapshot s = ArchiveSnapshot.open(dir)) {
      assertThat(s.syntaxError("Putin -Kim")).isEmpty();
      assertThat(s.syntaxError("\"Kim Jong-un\" OR Vladivostok")).isEmpty();
      assertThat(s.syntaxError("Putin AND")).hasValueSatisfying(m ->
          assertThat(m).isEqualTo("'AND' ends the query with no word after it"));
      assertThat(s.syntaxError("source:NRK:x")).as("a mistake QuerySyntax does not know: the parser's line")
          .hasValueSatisfying(m -> assertThat(m).contains("line 1, column").doesNotContain("\n").doesNotContain("Cannot parse"));
      assertThat(s.syntaxError("(Kim")).isPresent();
      assertThat(s.syntaxError("title:Kim")).as("a field no article has").hasValue("there is no field 'title:' (the fields are source:, lang:, id: and story:)");
      assertThat(s.syntaxError("source:NRK lang:nn story:s1 id:x")).isEmpty();
      assertThat(s.syntaxError("Kim lang:norwegian")).as("search leaves the clause out; tidende search refuses it")
          .hasValue("lang: not a language code: 'norwegian' (Norwegian is no: nb and nn)");
    }
  }

  @Test
  void followsAMergedIdThroughTheArticleThatOpenedIt() throws Exception {
    try (Archive a = open(Duration.ofHours(1))) {
      a.ingest(ArchiveTest.fixtures());
    }
    try (ArchiveSnapshot s = ArchiveSnapshot.open(dir)) {
      StoryId kim = s.article(new ArticleId("b2")).orElseThrow().story();
      assertThat(s.currentStory(kim)).contains(kim);
      // b2 joined a1's story: an id "sb2" names no story, but b2 is in kim's
      assertThat(s.currentStory(StoryId.openedBy(new ArticleId("b2")))).contains(kim);
      assertThat(s.currentStory(new StoryId("s"))).isEmpty();
      assertThat(s.currentStory(new StoryId("nope"))).isEmpty();
    }
  }

  @Test
  void storiesOfAMinimumSize() throws Exception {
    try (Archive a = open(Duration.ofHours(1))) {
      a.ingest(ArchiveTest.fixtures());
    }
    try (ArchiveSnapshot s = ArchiveSnapshot.open(dir)) {
      StoryQuery two = new StoryQuery(StoryQuery.Sort.NEWEST, 10, 0, null, null, null, null, null, 2);
      assertThat(s.stories(two).total()).isEqualTo(1);
      assertThat(s.stories(two).stories().get(0)).contains("\"size\":2");
      assertThat(s.stories(StoryQuery.newest(10)).total()).isEqualTo(2);
    }
  }

  @Test
  void foldersThatAreNotDataFoldersSaySo() throws Exception {
    assertThatThrownBy(() -> ArchiveSnapshot.open(dir.resolve("none")))
        .isInstanceOf(ArchiveSnapshot.NotADataFolder.class).hasMessageContaining("does not exist");
    Path file = Files.writeString(dir.resolve("file"), "x");
    assertThatThrownBy(() -> ArchiveSnapshot.open(file))
        .isInstanceOf(ArchiveSnapshot.NotADataFolder.class).hasMessageContaining("is a file");
    Path plain = Files.createDirectories(dir.resolve("plain"));
    assertThatThrownBy(() -> ArchiveSnapshot.open(plain))
        .isInstanceOf(ArchiveSnapshot.NotADataFolder.class).hasMessageContaining("not a Tidende data folder");
    Files.createDirectories(plain.resolve("index"));
    assertThatThrownBy(() -> ArchiveSnapshot.open(plain))
        .isInstanceOf(ArchiveSnapshot.NotADataFolder.class).hasMessageContaining("no committed index");
  }
}
