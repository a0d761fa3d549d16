package org.tidende.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tidende.time.TimeExpression.Direction;

/**
 * Seasons as dates: which words name one ({@code i sommar}, {@code i høst}, {@code i efteråret},
 * {@code i somras}, {@code this summer}, {@code last winter}, {@code i fjor sommar}, {@code sidste
 * sommer}, {@code neste haust}) and which season they name, given the publication day.
 *
 * <p>Design: a season is a {@link Granularity#SEASON}, three meteorological months (spring March
 * to May, summer June to August, autumn September to November, winter December to February), shown
 * on the timeline as its months ({@code 2025-06/2025-08}) and placed by its first month. It is read
 * like {@code i juni}: the words give the direction where they can, else the tense around them
 * ({@link TenseCues}, listed verbs only, as for months: a season misread is months off):
 * <ul>
 *   <li>{@link Direction#PAST}: the season holding publication, or else the last one. The
 *       Scandinavian past forms say so themselves (Swedish {@code i somras, i höstas, i vintras,
 *       i våras}, Danish {@code i sommers, i vinters}, Bokmål {@code i våres}); for the plain forms
 *       a listed past verb or "har" nearest ({@code I vår har både Mattilsynet ...});</li>
 *   <li>{@link Direction#FUTURE}: the season holding publication, or else the next one ({@code
 *       til sommaren}, or a future auxiliary nearest: {@code i sommar skal ...});</li>
 *   <li>{@link Direction#PREVIOUS} and {@link Direction#NEXT} (English {@code last summer},
 *       {@code next winter}; Bokmål {@code forrige sommer, sist høst, neste vår}, Nynorsk {@code
 *       førre sommar, sist haust, neste haust}, Danish {@code sidste efterår, næste sommer},
 *       Swedish {@code förra sommaren, nästa vinter}): the one before or after the season holding
 *       publication (from July, "last summer" is last year's; in January "sist høst" is the autumn
 *       just past);</li>
 *   <li>a year named with the season ({@code i fjor sommar}, {@code i fjor høst}, Swedish {@code
 *       i fjol sommar}, {@code i fjolsomras}): that season of last year, whatever season holds
 *       publication; a winter is the one whose January lies in that year ({@code i fjor vinter}
 *       in 2025 is 2023-12/2024-02). It needs only the publication's year. These were read as
 *       the bare "i fjor" (the year) before, and "sidste sommer", "förra sommaren", "sist høst",
 *       "neste sommar" not at all.</li>
 *   <li>{@link Direction#NEAREST} (no cue): the season holding publication, else the nearer of
 *       the last and the next one, if it is at most {@value #NEAREST_DAYS} days away: in January
 *       {@code i høst} is the autumn just past and {@code i vår} the coming spring, but {@code i
 *       sommar} (the last four months back, the next five ahead) is left out, and so is {@code i
 *       vinter} in early September (three months either way: "motmaktmøte i vinter" in a
 *       September article was the last winter, which 92 days would have read as the coming one).</li>
 * </ul>
 * Nynorsk, Bokmål and Swedish {@code i vår} also means "in our" ({@code i vår tid}, {@code i vår
 * avis}), and so does the "vår" of {@code neste vår} or {@code sist vår}; a phrase ending in
 * "vår" is a season only before punctuation or a verb ({@code i vår.}, {@code i vår har},
 * {@code i vår sa}; a listed verb only, as {@code midte} of {@code i vår midte} has a past
 * ending). A year right after it names the season's year ({@code til sommaren 2003}); the season
 * is then left to the year. A hyphen after the word makes it a compound ({@code i vinter-OL}), no season.
 * Cost: a table look-up and a few date sums. Failure modes: habits ({@code i efteråret falder
 * bladene}), the southern hemisphere ("this winter" in an Australian June is read as December),
 * a past verb of another clause, and "last summer" said in the season right after it: the
 * Scandinavian languages have a form of their own for the season just past ({@code i somras},
 * {@code i sommer}), so "förra sommaren" in a September article may mean last year's; it is read
 * as the one just past, as English "last summer" is.
 *
 * <p>Measured on the timelines of the five data sets (Norwegian and Swedish feeds, the Norwegian
 * archive, 2,000 Danish front-page titles, English energy news; see the README): the forms with
 * "sist", "neste", "sidste", "næste", "förra" added 14 entries, 13 right and one debatable ("en
 * kontroll förra sommaren" in September 2025, read as the summer just past); "i fjor høst", "i
 * fjor sommar", "i fjor vinter" moved 10 entries from the year to that year's season, all right,
 * and "neste vår" one from a background "i 1975" of its sentence to the spring it names, right.
 */
final class SeasonRule {
  private SeasonRule() {}

  /** How far (days) the nearer of the last and next season may be when nothing else places it. */
  static final int NEAREST_DAYS = 62;

  /**
   * A season's first month (3, 6, 9, 12) and the direction its words give, or the year they name
   * in years from publication ({@code i fjor sommar}: -1; null when they name none).
   */
  record Entry(int firstMonth, Direction direction, Integer yearShift) {}

  /** Season phrases of all five languages; one table, as no phrase means anything else elsewhere. */
  static final Map<String, Entry> PHRASES = table();

  /**
   * True for a phrase that is a season only before punctuation or a verb: those ending in "vår",
   * which is also "our" ("i vår tid", "neste vår kamp").
   */
  static boolean guarded(String phrase) {
    return phrase.equals("vår") || phrase.endsWith(" vår");
  }

  private static Map<String, Entry> table() {
    Map<String, Entry> m = new HashMap<>();
    put(m, Direction.NEAREST, 3, "i vår", "i foråret", "i forår", "this spring");
    put(m, Direction.NEAREST, 6, "i sommar", "i sommer", "this summer");
    put(m, Direction.NEAREST, 9, "i haust", "i høst", "i höst", "i efteråret", "i efterår", "this autumn", "this fall");
    put(m, Direction.NEAREST, 12, "i vinter", "this winter");
    put(m, Direction.PAST, 3, "i våres", "i våras", "this past spring");
    put(m, Direction.PAST, 6, "i somras", "i sommers", "this past summer");
    put(m, Direction.PAST, 9, "i höstas", "this past autumn", "this past fall");
    put(m, Direction.PAST, 12, "i vintras", "i vinters", "this past winter");
    put(m, Direction.FUTURE, 3, "til våren", "till våren");
    put(m, Direction.FUTURE, 6, "til sommaren", "til sommeren", "till sommaren");
    put(m, Direction.FUTURE, 9, "til hausten", "til høsten", "till hösten", "til efteråret");
    put(m, Direction.FUTURE, 12, "til vinteren", "till vintern");
    // "last summer": the one before the season holding publication, in every language
    put(m, Direction.PREVIOUS, 3, "last spring", "forrige vår", "førre vår", "sist vår", "sidste forår",
        "forrige forår", "förra våren");
    put(m, Direction.PREVIOUS, 6, "last summer", "forrige sommer", "førre sommar", "sist sommer", "sist sommar",
        "sidste sommer", "förra sommaren");
    put(m, Direction.PREVIOUS, 9, "last autumn", "last fall", "forrige høst", "førre haust", "sist høst", "sist haust",
        "sidste efterår", "forrige efterår", "förra hösten");
    put(m, Direction.PREVIOUS, 12, "last winter", "forrige vinter", "førre vinter", "sist vinter", "sidste vinter",
        "förra vintern");
    put(m, Direction.NEXT, 3, "next spring", "neste vår", "næste forår", "nästa vår");
    put(m, Direction.NEXT, 6, "next summer", "neste sommer", "neste sommar", "næste sommer", "nästa sommar");
    put(m, Direction.NEXT, 9, "next autumn", "next fall", "neste høst", "neste haust", "næste efterår", "nästa höst");
    put(m, Direction.NEXT, 12, "next winter", "neste vinter", "næste vinter", "nästa vinter");
    // "i fjor sommar": last year's season, whatever season holds publication
    year(m, -1, 3, "i fjor vår", "i fjol vår", "i fjolvåras");
    year(m, -1, 6, "i fjor sommer", "i fjor sommar", "i fjol sommar", "i fjolsomras");
    year(m, -1, 9, "i fjor høst", "i fjor haust", "i fjol höst", "i fjolhöstas");
    year(m, -1, 12, "i fjor vinter", "i fjol vinter", "i fjolvintras");
    return Map.copyOf(m);
  }

  private static void put(Map<String, Entry> m, Direction d, int firstMonth, String... phrases) {
    for (String p : phrases) {
      m.put(p, new Entry(firstMonth, d, null));
    }
  }

  private static void year(Map<String, Entry> m, int shift, int firstMonth, String... phrases) {
    for (String p : phrases) {
      m.put(p, new Entry(firstMonth, Direction.PAST, shift));
    }
  }

  /**
   * The first day of the season starting in month {@code firstMonth} of the year {@code shift}
   * years from {@code anchor}'s: a winter is the one whose January lies in that year ({@code i
   * fjor vinter} in 2025 is 2023-12/2024-02).
   */
  static LocalDate inYear(LocalDate anchor, int firstMonth, int shift) {
    int year = anchor.getYear() + shift;
    return firstMonth == 12 ? LocalDate.of(year - 1, 12, 1) : LocalDate.of(year, firstMonth, 1);
  }

  /**
   * The first day of the season that starts in month {@code firstMonth} and that {@code direction}
   * names from {@code anchor} (the publication day, or the middle of its month), or empty when
   * nothing places it (see the class comment).
   */
  static Optional<LocalDate> resolve(LocalDate anchor, int firstMonth, Direction direction) {
    LocalDate current = Granularity.SEASON.start(anchor);
    // the occurrence of the season starting in or before the current season, then the ones around it
    LocalDate last = current;
    while (last.getMonthValue() != firstMonth) {
      last = last.minusMonths(3);
    }
    boolean holds = last.equals(current);
    LocalDate previous = holds ? last.minusYears(1) : last;
    LocalDate next = last.plusYears(1);
    return switch (direction) {
      case PAST, RECENT -> Optional.of(last);
      case FUTURE -> Optional.of(holds ? last : next);
      case PREVIOUS -> Optional.of(previous);
      case NEXT -> Optional.of(next);
      case NEAREST -> {
        if (holds) {
          yield Optional.of(last);
        }
        long back = ChronoUnit.DAYS.between(Granularity.SEASON.end(last), anchor);
        long ahead = ChronoUnit.DAYS.between(anchor, next);
        LocalDate nearer = back < ahead ? last : next;
        yield Math.min(back, ahead) <= NEAREST_DAYS ? Optional.of(nearer) : Optional.empty();
      }
    };
  }
}
