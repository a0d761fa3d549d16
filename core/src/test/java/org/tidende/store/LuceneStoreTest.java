package org.tidende.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidende.model.Article;
import org.tidende.model.Language;
import org.tidende.model.StoryId;

class LuceneStoreTest {
  @TempDir Path dir;

  private static StoredArticle stored(long seq) {
    Article a = ArchiveTest.article("a" + seq, "nb", "2025-01-07", "Tittel " + seq, "Tekst nummer " + seq + ".", null);
    return new StoredArticle(a, Language.NB, new StoryId("s" + seq), seq, 0L);
  }

  /** Every article once, in seq order, whatever the gaps between seqs and the page size. */
  @Test
  void pagesBySeqReadEveryArticleOnceInOrderAcrossGaps() throws Exception {
    long[] seqs = {1, 2, 3, 7, 8, 5_000, 5_001, 1_000_000, 1_000_003, 40_000_000_000L};
    try (LuceneStore store = new LuceneStore(dir)) {
      List<StoredArticle> in = new ArrayList<>();
      for (long s : seqs) {
        in.add(stored(s));
      }
      // two commits, so the pages cross segments
      store.putArticles(in.subList(0, 5), false);
      store.commit(8);
      store.putArticles(in.subList(5, in.size()), false);
      store.commit(40_000_000_000L);
      store.refresh();
      for (int limit : new int[] {1, 2, 3, 4, 100}) {
        List<Long> read = new ArrayList<>();
        long after = Long.MIN_VALUE;
        for (List<StoredArticle> page; !(page = store.articlesAfter(after, limit)).isEmpty(); ) {
          assertThat(page.size()).isLessThanOrEqualTo(limit);
          page.forEach(p -> read.add(p.seq()));
          after = page.get(page.size() - 1).seq();
        }
        assertThat(read).as("page size %d", limit).containsExactly(1L, 2L, 3L, 7L, 8L, 5_000L, 5_001L, 1_000_000L,
            1_000_003L, 40_000_000_000L);
      }
      assertThat(store.articlesAfter(8, 3)).extracting(StoredArticle::seq).containsExactly(5_000L, 5_001L, 1_000_000L);
      assertThat(store.articlesAfter(40_000_000_000L, 3)).isEmpty();
      assertThat(store.articlesAfter(Long.MAX_VALUE, 3)).isEmpty();
    }
  }
}
