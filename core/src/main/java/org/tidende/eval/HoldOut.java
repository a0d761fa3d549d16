package org.tidende.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import org.tidende.model.Article;
import org.tidende.model.ArticleDate;

/**
 * Days left out of a table learned from the unlabelled archives, so that the figures measured on
 * those days are not flattered by a table that has already seen them: an article is held out when
 * its date or its {@code first_seen} falls within {@code marginDays} of one of {@code days}.
 *
 * <p>Why: {@code ../shared/data/clustering/da-2022-10-06.jsonl} is drawn from the Danish front-page
 * archive, and the days labelled in {@code eval/labels} are days of the archives themselves; a
 * background table built from every item counts the words of the very headlines it is then judged
 * on. The default, {@link #evaluationDays()}, is those four days with a margin of {@value
 * #DEFAULT_MARGIN_DAYS} days either side, as the labels count follow-ups within 72 hours as one
 * event, so a follow-up (or a lead-up) of a labelled event up to three days away is held out too.
 * Both the date and {@code first_seen} are read, as the Danish archive dates some items days before
 * they were first seen on a front page (the Nobel laureate's acquittal of 2023-01-18 is under dates
 * of 2023-01-01 and 2023-01-05 there); a month- or year-precise date is held out when its period
 * reaches the window. Undated items are kept (nothing says they are near).
 *
 * <p>Cost: a few date comparisons per article. Failure modes: a story line running longer than the
 * margin (an election campaign) still reaches a held-out day through its earlier items; a new
 * labelled day must be added to {@link #EVALUATION_DAYS} by hand ({@code HoldOutTest} checks that
 * every labelled item of {@code eval/labels} and the Danish day is held out).
 *
 * @param days the days held out
 * @param marginDays days either side of each held out too (0: the days alone)
 */
public record HoldOut(List<LocalDate> days, int marginDays) {
  /** The days Tidende's own Scandinavian figures are measured on (eval/labels, da-2022-10-06). */
  public static final List<LocalDate> EVALUATION_DAYS = List.of(LocalDate.of(2022, 10, 6),
      LocalDate.of(2023, 1, 18), LocalDate.of(2025, 1, 7), LocalDate.of(2025, 9, 19));
  /** Days either side of an evaluation day held out by default: follow-ups count within 72 hours. */
  public static final int DEFAULT_MARGIN_DAYS = 3;

  public HoldOut {
    days = List.copyOf(Objects.requireNonNull(days, "days"));
    if (marginDays < 0) {
      throw new IllegalArgumentException("margin of " + marginDays + " days");
    }
  }

  /** The evaluation days, {@value #DEFAULT_MARGIN_DAYS} days either side. */
  public static HoldOut evaluationDays() {
    return evaluationDays(DEFAULT_MARGIN_DAYS);
  }

  /**
   * The evaluation days, {@code marginDays} either side; nothing held out when {@code marginDays}
   * is negative (the training commands' {@code --hold-out-margin -1}).
   */
  public static HoldOut evaluationDays(int marginDays) {
    return marginDays < 0 ? none() : new HoldOut(EVALUATION_DAYS, marginDays);
  }

  /** Holds out nothing. */
  public static HoldOut none() {
    return new HoldOut(List.of(), 0);
  }

  /** Whether {@code a}'s date or its {@code first_seen} label is within the margin of a held-out day. */
  public boolean holdsOut(Article a) {
    if (days.isEmpty()) {
      return false;
    }
    return near(a.date()) || near(ArticleDate.parse(a.label("first_seen")).orElse(null));
  }

  private boolean near(ArticleDate d) {
    if (d == null) {
      return false;
    }
    LocalDate first = d.date();
    LocalDate last = switch (d.precision()) {
      case YEAR -> first.plusYears(1).minusDays(1);
      case MONTH -> first.plusMonths(1).minusDays(1);
      case DAY, TIME -> first;
    };
    for (LocalDate day : days) {
      if (!last.isBefore(day.minusDays(marginDays)) && !first.isAfter(day.plusDays(marginDays))) {
        return true;
      }
    }
    return false;
  }

  /** The first line's start of a word list learned with a hold-out: {@code # held out: ...}. */
  public static final String HEADER = "# held out: ";

  /** The first line a learned word list opens with, naming what its counts left out. */
  public String header() {
    return HEADER + this + "\n";
  }

  /**
   * What the gzipped word list {@code resource} of {@code owner}'s package says its counts held out
   * ({@code "2022-10-06, ... ± 3 days"}, {@code "none"}), or null when its first line says nothing
   * (a list built before lists said it) or it is missing.
   */
  public static String readHeader(Class<?> owner, String resource) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        return null;
      }
      String first = new BufferedReader(new InputStreamReader(new GZIPInputStream(in),
          StandardCharsets.UTF_8)).readLine();
      return first != null && first.startsWith(HEADER) ? first.substring(HEADER.length()) : null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** As said: {@code 2022-10-06, 2023-01-18 ± 3 days}, or {@code none}. */
  @Override
  public String toString() {
    return days.isEmpty() ? "none" : String.join(", ", days.stream().map(LocalDate::toString).toList())
        + " ± " + marginDays + " days";
  }
}
