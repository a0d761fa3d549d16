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
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tidende.TestData;
import org.tidende.model.Article;
import org.tidende.model.ArticleDate;
import org.tidende.model.ArticleId;
import org.tidende.model.Language;

/** TT wire headlines repeated by SVT, Aftonbladet and Expressen must end up in one group each. */
class TtWireGroupingTest {
  @Test
  void wireHeadlinesRepeatedAcrossOutletsGroup() throws IOException {
    Path file = TestData.sharedOrSkip("data/scandinavian/sv-rss-2025-09.jsonl");
    List<Article> articles = read(file);
    List<DuplicateGroup> groups = DuplicateGrouping.group(articles, DedupConfig.defaults());
    Map<ArticleId, Integer> groupOf = new HashMap<>();
    for (int g = 0; g < groups.size(); g++) {
      for (ArticleId m : groups.get(g).members()) {
        groupOf.put(m, g);
      }
    }
    // Expected: items of different outlets with the same headline (>= 4 words) within 36 h.
    Map<String, List<Article>> byTitle = new HashMap<>();
    for (Article a : articles) {
      String key = a.title().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
      if (key.split(" ").length >= 4) {
        byTitle.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
      }
    }
    int wirePairs = 0;
    int grouped = 0;
    for (List<Article> same : byTitle.values()) {
      for (int i = 0; i < same.size(); i++) {
        for (int j = i + 1; j < same.size(); j++) {
          Article a = same.get(i);
          Article b = same.get(j);
          boolean crossOutlet = !a.source().equals(b.source());
          boolean close = Math.abs(a.date().epochSecond() - b.date().epochSecond()) <= 36 * 3600;
          if (crossOutlet && close) {
            wirePairs++;
            if (groupOf.get(a.id()).equals(groupOf.get(b.id()))) {
              grouped++;
            }
          }
        }
      }
    }
    assertThat(wirePairs).isGreaterThanOrEqualTo(10);
    assertThat(grouped).isEqualTo(wirePairs);
    // Known case: the Taliban book ban, Aftonbladet (headline only) and SVT (with lead).
    assertThat(groupOf.get(new ArticleId("st2-665cdd043977"))).isEqualTo(groupOf.get(new ArticleId("st2-f03ac8473ce4")));
    // Items whose titles differ only in numbers (daily round-ups: "Nyheter från dagen: 18
    // september" / "... 25 september", same lead pattern) are different articles.
    Map<String, List<Article>> byNumberlessTitle = new HashMap<>();
    for (Article a : articles) {
      byNumberlessTitle.computeIfAbsent(a.title().replaceAll("\\d+", "#"), k -> new ArrayList<>()).add(a);
    }
    int numberPairs = 0;
    int numberPairsGrouped = 0;
    for (List<Article> same : byNumberlessTitle.values()) {
      for (int i = 0; i < same.size(); i++) {
        for (int j = i + 1; j < same.size(); j++) {
          if (!same.get(i).title().equals(same.get(j).title())) {
            numberPairs++;
            numberPairsGrouped += groupOf.get(same.get(i).id()).equals(groupOf.get(same.get(j).id())) ? 1 : 0;
          }
        }
      }
    }
    assertThat(numberPairs).isGreaterThanOrEqualTo(5);
    assertThat(numberPairsGrouped).isZero();
    // Grouping stays selective: most items are unique.
    long multi = groups.stream().filter(g -> g.size() > 1).count();
    assertThat(multi).isBetween(15L, 120L);
    assertThat(groups.stream().mapToInt(DuplicateGroup::size).max().orElse(0)).isLessThanOrEqualTo(6);
  }

  static List<Article> read(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Article> out = new ArrayList<>();
    int line = 0;
    for (String row : Files.readAllLines(file)) {
      line++;
      JsonNode n = json.readTree(row);
      out.add(new Article(new ArticleId(n.path("id").asText()), file.toString(), line, n.path("url").asText(null),
          n.path("source").asText(null), n.path("title").asText(""), n.path("text").asText(""),
          ArticleDate.parse(n.path("date").asText(null)).orElse(null), Language.parse(n.path("lang").asText(null)), Map.of()));
    }
    return out;
  }
}
