package org.tidende.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tidende.TestData;
import org.tidende.model.Article;
import org.tidende.model.ArticleId;
import org.tidende.model.Language;

/**
 * Precision where it is hardest: ECB+ holds, per topic, several different articles on each of two
 * events of the same kind (two earthquakes, two rehab check-ins). Different articles on the same
 * event share names, places and phrases; near-duplicate detection must still never join articles
 * of different events, and must join few articles of one event (only re-published copies).
 */
class SameEventPrecisionTest {
  @Test
  void differentEventsNeverGroupAndSameEventArticlesRarelyDo() throws IOException {
    Path file = TestData.sharedOrSkip("data/clustering/ecbplus-dev.jsonl");
    ObjectMapper json = new ObjectMapper();
    List<Article> articles = new ArrayList<>();
    Map<ArticleId, String> event = new HashMap<>();
    int line = 0;
    for (String row : Files.readAllLines(file)) {
      JsonNode n = json.readTree(row);
      ArticleId id = new ArticleId(n.path("id").asText());
      articles.add(new Article(id, file.toString(), ++line, null, null, n.path("title").asText(""),
          n.path("text").asText(""), null, Language.parse(n.path("lang").asText(null)), Map.of()));
      event.put(id, n.path("cluster").asText());
    }
    List<DuplicateGroup> groups = DuplicateGrouping.group(articles, DedupConfig.defaults());
    int crossEventPairs = 0;
    int sameEventPairs = 0;
    for (DuplicateGroup g : groups) {
      List<ArticleId> m = g.members();
      for (int i = 0; i < m.size(); i++) {
        for (int j = i + 1; j < m.size(); j++) {
          if (event.get(m.get(i)).equals(event.get(m.get(j)))) {
            sameEventPairs++;
          } else {
            crossEventPairs++;
          }
        }
      }
    }
    int links = groups.stream().mapToInt(g -> g.size() - 1).sum();
    System.out.printf("ECB+: %d articles, %d links, %d same-event pairs grouped, %d cross-event%n", articles.size(), links,
        sameEventPairs, crossEventPairs);
    assertThat(crossEventPairs).isZero();
    assertThat(links).isLessThanOrEqualTo(85);
    assertThat(sameEventPairs).isLessThan(150);
  }
}
