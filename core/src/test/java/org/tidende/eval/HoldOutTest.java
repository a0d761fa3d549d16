package org.tidende.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tidende.TestData;
import org.tidende.ingest.IngestEvent;
import org.tidende.ingest.Ingestor;
import org.tidende.model.Article;
import org.tidende.model.ArticleDate;
import org.tidende.model.ArticleId;
import org.tidende.model.Language;

class HoldOutTest {
  private static Article article(ArticleDate date, Map<String, String> labels) {
    return new Article(new ArticleId("x"), "test", 1, null, null, "Regeringen falder", "", date, Language.DA, labels);
  }

  private static Article onDay(String day) {
    return article(ArticleDate.ofDay(LocalDate.parse(day)), Map.of());
  }

  @Test
  void anItemWithinTheMarginOfAnEvaluationDayIsHeldOutByDateOrFirstSeen() {
    HoldOut h = HoldOut.evaluationDays();
    assertThat(h.holdsOut(onDay("2022-10-06"))).isTrue();
    assertThat(h.holdsOut(onDay("2022-10-09"))).as("a follow-up three days later").isTrue();
    assertThat(h.holdsOut(onDay("2022-10-03"))).isTrue();
    assertThat(h.holdsOut(onDay("2022-10-10"))).as("four days later").isFalse();
    assertThat(h.holdsOut(onDay("2023-01-22"))).isFalse();
    // dated two weeks before, first seen on the labelled day's front pages
    assertThat(h.holdsOut(article(ArticleDate.ofDay(LocalDate.parse("2023-01-05")),
        Map.of("first_seen", "2023-01-18T07:05")))).isTrue();
    assertThat(h.holdsOut(article(ArticleDate.ofDay(LocalDate.parse("2023-01-05")),
        Map.of("first_seen", "2023-01-06T07:05")))).isFalse();
    assertThat(h.holdsOut(article(ArticleDate.parse("2025-09").orElseThrow(), Map.of()))).as("the month of one").isTrue();
    assertThat(h.holdsOut(article(null, Map.of()))).as("undated").isFalse();
    assertThat(HoldOut.none().holdsOut(onDay("2022-10-06"))).isFalse();
    assertThat(new HoldOut(HoldOut.EVALUATION_DAYS, 0).holdsOut(onDay("2022-10-07"))).isFalse();
    assertThat(h).hasToString("2022-10-06, 2023-01-18, 2025-01-07, 2025-09-19 ± 3 days");
  }

  private static List<Article> articles(Path path) {
    List<Article> out = new ArrayList<>();
    new Ingestor().readFile(path, ev -> {
      if (ev instanceof IngestEvent.Accepted a) {
        out.add(a.article());
      }
    });
    return out;
  }

  /**
   * Every item Tidende's Scandinavian figures are measured on is held out by default: the items of
   * each labelled day of eval/labels (found in the archive its README names) and of the Danish
   * day under ../shared/data/clustering. A newly labelled day not added to the list fails here.
   */
  @Test
  void everyItemOfTheEvaluationDaysIsHeldOut() throws IOException {
    HoldOut h = HoldOut.evaluationDays();
    List<Article> danish = articles(TestData.sharedOrSkip("data/clustering/da-2022-10-06.jsonl"));
    assertThat(danish).hasSizeGreaterThan(200).allMatch(h::holdsOut);
    Map<String, String> archives = Map.of("da", "da-frontpages-2022-23.jsonl", "no", "no-rss-2025-01.jsonl",
        "sv", "sv-rss-2025-09.jsonl");
    List<Path> tsvs;
    try (Stream<Path> s = Files.list(TestData.projectRoot().resolve("eval/labels"))) {
      tsvs = s.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
    }
    assertThat(tsvs).hasSize(3);
    for (Path tsv : tsvs) {
      String archive = archives.get(tsv.getFileName().toString().substring(0, 2));
      Map<String, String> gold = GoldLabels.read(tsv);
      List<Article> labelled = GoldLabels.select(articles(TestData.sharedOrSkip("data/scandinavian/" + archive)),
          gold, "cluster");
      assertThat(labelled).as(tsv.toString()).hasSize(gold.size());
      assertThat(labelled).as(tsv.toString()).allMatch(h::holdsOut);
    }
  }
}
