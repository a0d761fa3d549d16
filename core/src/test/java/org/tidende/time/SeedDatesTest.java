package org.tidende.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tidende.TestData;
import org.tidende.model.ArticleDate;
import org.tidende.model.Language;

/** The seed stories in ../shared/samples/seeds: a Danish and two Nynorsk reports of one summit. */
class SeedDatesTest {

  private static String seed(String prefix) throws IOException {
    Path dir = TestData.sharedOrSkip("samples/seeds");
    try (var files = Files.list(dir)) {
      Path p = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
      // The seed format may open with a "date ..." header; the ingest reader takes it off.
      return Files.readString(p, StandardCharsets.UTF_8).replaceFirst("^\\s*date\\s+\\S+\\s*", "");
    }
  }

  private static DateMention at(List<DateMention> mentions, String text, String context) {
    int pos = text.indexOf(context);
    assertThat(pos).as("seed contains '" + context + "'").isGreaterThanOrEqualTo(0);
    return mentions.stream().filter(m -> m.start() >= pos && m.end() <= pos + context.length()).findFirst()
        .orElseThrow(() -> new AssertionError("no date mention in '" + context + "': " + mentions));
  }

  @Test
  void danishSeedPublishedWednesday() throws IOException {
    String text = seed("004_");
    List<DateMention> m = DateResolver.resolve(text, ArticleDate.ofDay(LocalDate.of(2019, 4, 24)), Language.DA);

    assertThat(at(m, text, "torsdag den 25. april").date()).isEqualTo("2019-04-25");
    assertThat(at(m, text, "torsdag den 25. april").text()).isEqualTo("torsdag den 25. april");
    assertThat(at(m, text, "Tirsdag bekræftede").date()).isEqualTo("2019-04-23");
    assertThat(at(m, text, "Vladivostok onsdag aften").text()).isEqualTo("onsdag aften");
    assertThat(at(m, text, "Vladivostok onsdag aften").date()).isEqualTo("2019-04-24");
    assertThat(at(m, text, "Her skal den nordkoreanske leder torsdag").date()).isEqualTo("2019-04-25");
    assertThat(at(m, text, "torsdagens møde").date()).isEqualTo("2019-04-25");
    assertThat(at(m, text, "Allerede tirsdag").date()).isEqualTo("2019-04-23");
    assertThat(at(m, text, "daggry onsdag").date()).isEqualTo("2019-04-24");
    DateMention lastWeek = at(m, text, "i sidste uge");
    assertThat(lastWeek.granularity()).isEqualTo(Granularity.WEEK);
    assertThat(lastWeek.date()).isEqualTo("2019-04-15");
    assertThat(lastWeek.lastDay()).isEqualTo("2019-04-21");
    DateMention since = at(m, text, "Siden marts 2018");
    assertThat(since.granularity()).isEqualTo(Granularity.MONTH);
    assertThat(since.date()).isEqualTo("2018-03-01");
    assertThat(m).noneMatch(x -> x.granularity() == Granularity.DAY && x.date().getYear() == 2018);
  }

  @Test
  void nynorskSeedPublishedThursday() throws IOException {
    String text = seed("000_");
    List<DateMention> m = DateResolver.resolve(text, ArticleDate.ofDay(LocalDate.of(2019, 4, 25)), Language.NN);

    DateMention eightYears = at(m, text, "for åtte år sidan");
    assertThat(eightYears.granularity()).isEqualTo(Granularity.YEAR);
    assertThat(eightYears.date()).isEqualTo("2011-01-01");
    DateMention earlierThisWeek = at(m, text, "tidlegare i veka");
    assertThat(earlierThisWeek.granularity()).isEqualTo(Granularity.WEEK);
    assertThat(earlierThisWeek.contains(LocalDate.of(2019, 4, 22))).isTrue();
    assertThat(at(m, text, "møtet på torsdag").date()).isEqualTo("2019-04-25");
    assertThat(at(m, text, "Russland torsdag").date()).isEqualTo("2019-04-25");
    assertThat(at(m, text, "Vietnam tidlegare i år").period()).isEqualTo("2019");
  }

  @Test
  void monthDatedSeedIsInferredFromItsStory() throws IOException {
    String text = seed("001_");
    ArticleDate own = ArticleDate.parse("2019-04").orElseThrow();
    List<ArticleDate> story = List.of(ArticleDate.ofDay(LocalDate.of(2019, 4, 24)),
        ArticleDate.ofDay(LocalDate.of(2019, 4, 25)));

    Optional<ArticleDate> inferred = DateInference.infer(text, Language.NN, own, story);
    assertThat(inferred).hasValueSatisfying(d -> {
      assertThat(d.inferred()).isTrue();
      assertThat(d.precision()).isEqualTo(ArticleDate.Precision.DAY);
      // "kom til Vladivostok onsdag" and "Torsdag kom også ... Putin": written on the Thursday.
      assertThat(d.date()).isEqualTo("2019-04-25");
    });
    // Once inferred, its weekdays resolve: Kim came on Wednesday.
    List<DateMention> m = DateResolver.resolve(text, inferred.orElseThrow(), Language.NN);
    assertThat(at(m, text, "Vladivostok onsdag").date()).isEqualTo("2019-04-24");
  }

  @Test
  void undatedSeedTakesTheMonthOfItsStory() throws IOException {
    // As the seeds arrive: only 001 is dated, and only to the month ("date 2019-04").
    List<ArticleDate> story = List.of(ArticleDate.parse("2019-04").orElseThrow());
    assertThat(DateInference.infer(seed("000_"), Language.NN, story)).hasValueSatisfying(d -> {
      assertThat(d.toString()).isEqualTo("2019-04");
      assertThat(d.inferred()).isTrue();
    });
  }

  @Test
  void danishSeedDayIsRecoveredWithoutItsDate() throws IOException {
    String text = seed("004_");
    List<ArticleDate> story = List.of(ArticleDate.ofDay(LocalDate.of(2019, 4, 24)),
        ArticleDate.ofDay(LocalDate.of(2019, 4, 25)), ArticleDate.ofDay(LocalDate.of(2019, 4, 25)));
    assertThat(DateInference.infer(text, Language.DA, story)).hasValueSatisfying(d -> {
      assertThat(d.date()).isEqualTo("2019-04-24");
      assertThat(d.inferred()).isTrue();
    });
  }
}
