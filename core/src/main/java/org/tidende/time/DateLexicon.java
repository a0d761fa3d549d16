package org.tidende.time;

import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * The words one language uses for dates: weekday and month names, relative phrases, counted
 * units ("for åtte år sidan"), and the cues that tell whether a bare weekday lies behind or ahead.
 * All words are lower case; phrases have single spaces.
 *
 * <p>A new language is a new lexicon in {@link DateLexicons}, not an edit of the resolver.
 *
 * @param weekdays weekday name → day
 * @param months full month name → 1..12
 * @param monthAbbreviations short month names, used only next to a day number ({@code "25. apr."})
 * @param capitalisedMonths month names that a language writes with a capital (English): alone,
 *     they count only capitalised, so the verb {@code may} is not May
 * @param lowerCaseMonths month names that a language writes in lower case (Scandinavian): alone,
 *     they count only in lower case, so the planet {@code Mars} is not March
 * @param phrases relative phrase ({@code "i går"}, {@code "last week"}) → shift from publication
 * @param numbers number word → value, for counted units
 * @param units unit word ({@code "år"}, {@code "weeks"}) → granularity
 * @param halves words for a number of half years before a year unit ({@code "halvannet"}: 3, {@code
 *     "et halvt"}: 1, {@code "half a"}: 1)
 * @param andHalf words after a count, or after the counted year, that add half a year ({@code "og
 *     et halvt"}, {@code "och ett halvt"}, {@code "and a half"})
 * @param agoBefore word before a count that makes it "ago" ({@code "for"}, {@code "för"})
 * @param agoAfter word after the unit that makes it "ago" ({@code "siden"}, {@code "ago"})
 * @param pastPrefixes words before a weekday that place it in the previous seven days ({@code
 *     "sidste"}, {@code "last"}, Norwegian {@code "i"})
 * @param futurePrefixes words that place it in the next seven days ({@code "neste"}, {@code "next"})
 * @param softFuturePrefixes words that place a bare weekday today or later ({@code "på torsdag"}); before
 *     a definite or compound form ({@code "på torsdagen"}, {@code "på torsdagskvällen"}) they are a
 *     plain preposition, as that form narrates a day and the tense places it; and when a past verb
 *     is the nearest tense cue the day is past, as Norwegian says {@code "på lørdag"} of last
 *     Saturday too ({@code "Klassekampen skrev om saken på lørdag"})
 * @param pastCues past-tense verbs near a weekday ({@code "bekræftede"}, {@code "sa"})
 * @param perfectCues the present perfect's auxiliary near a weekday ({@code "har"}, {@code "has"}):
 *     this week's day ({@link TimeExpression.Direction#RECENT})
 * @param sinceWords words right before a weekday that make it past whatever the verbs say
 *     ({@code "siden"}, {@code "since"})
 * @param futureCues future auxiliaries near a weekday ({@code "skal"}, {@code "ventes"})
 * @param pastSuffixes regular past-tense endings ({@code "ede"}, {@code "ade"}, {@code "ed"})
 * @param pastParticiples past participles of done events ({@code "utgitt"}, {@code "udgivet"},
 *     {@code "released"}): past cues unless a word of {@code nonFiniteBefore} or a future
 *     auxiliary is right before them ({@code "blir utgitt"}, {@code "to be released"})
 * @param clausePastSuffixes the regular past endings that are seldom anything else ({@code
 *     "ade"}, {@code "ades"}), which count before a month or season as well, with the same
 *     condition as participles
 * @param nonFiniteBefore words after which a participle or regular past form is no clause's past
 *     verb but a participle of the future, an adjective or an infinitive ({@code "den"}, {@code
 *     "å"}, {@code "kan"}, {@code "be"}, {@code "the"}); the future auxiliaries count as well
 * @param yearCues words before a bare four-digit number that make it a year ({@code "i"}, {@code
 *     "siden"}, {@code "in"})
 * @param monthCues words before a bare month name that make it a date ({@code "i"}, {@code "af"})
 * @param timesOfDay words that may follow a weekday in the same expression ({@code "aften"})
 * @param dayFirstNumbers true when the language writes a numeric date day first ({@code 05/04/2019}
 *     is 5 April in Norwegian, Danish, Swedish, German and Spanish), false where the order is not
 *     settled (English: 5 April in Britain, May 4 in the United States)
 */
public record DateLexicon(
    Map<String, DayOfWeek> weekdays,
    Map<String, Integer> months,
    Map<String, Integer> monthAbbreviations,
    Set<String> capitalisedMonths,
    Set<String> lowerCaseMonths,
    Map<String, Shift> phrases,
    Map<String, Integer> numbers,
    Map<String, Granularity> units,
    Map<String, Integer> halves,
    Set<String> andHalf,
    Set<String> agoBefore,
    Set<String> agoAfter,
    Set<String> pastPrefixes,
    Set<String> futurePrefixes,
    Set<String> softFuturePrefixes,
    Set<String> pastCues,
    Set<String> perfectCues,
    Set<String> sinceWords,
    Set<String> futureCues,
    Set<String> pastSuffixes,
    Set<String> pastParticiples,
    Set<String> clausePastSuffixes,
    Set<String> nonFiniteBefore,
    Set<String> yearCues,
    Set<String> monthCues,
    Set<String> timesOfDay,
    boolean dayFirstNumbers) {

  /** A move from the publication date: {@code offset} periods of {@code unit}. */
  public record Shift(Granularity unit, int offset) {}

  public DateLexicon {
    weekdays = Map.copyOf(weekdays);
    months = Map.copyOf(months);
    monthAbbreviations = Map.copyOf(monthAbbreviations);
    capitalisedMonths = Set.copyOf(capitalisedMonths);
    lowerCaseMonths = Set.copyOf(lowerCaseMonths);
    phrases = Map.copyOf(phrases);
    numbers = Map.copyOf(numbers);
    units = Map.copyOf(units);
    halves = Map.copyOf(halves);
    andHalf = Set.copyOf(andHalf);
    agoBefore = Set.copyOf(agoBefore);
    agoAfter = Set.copyOf(agoAfter);
    pastPrefixes = Set.copyOf(pastPrefixes);
    futurePrefixes = Set.copyOf(futurePrefixes);
    softFuturePrefixes = Set.copyOf(softFuturePrefixes);
    pastCues = Set.copyOf(pastCues);
    perfectCues = Set.copyOf(perfectCues);
    sinceWords = Set.copyOf(sinceWords);
    futureCues = Set.copyOf(futureCues);
    pastSuffixes = Set.copyOf(pastSuffixes);
    pastParticiples = Set.copyOf(pastParticiples);
    clausePastSuffixes = Set.copyOf(clausePastSuffixes);
    nonFiniteBefore = Set.copyOf(nonFiniteBefore);
    yearCues = Set.copyOf(yearCues);
    monthCues = Set.copyOf(monthCues);
    timesOfDay = Set.copyOf(timesOfDay);
  }

  /** The union of several lexicons; on a conflicting key the earlier lexicon wins. */
  public static DateLexicon union(List<DateLexicon> all) {
    return union(all, Set.of());
  }

  /**
   * As {@link #union(List)}, without the past cues {@code notPast}: one language's past form that is another's
   * common word (Swedish "dog", died, is Danish and Norwegian "however": "I januar får partiet dog flertal").
   */
  public static DateLexicon union(List<DateLexicon> all, Set<String> notPast) {
    Builder b = new Builder();
    b.dayFirstNumbers = all.stream().allMatch(DateLexicon::dayFirstNumbers); // settled only if settled in each
    for (DateLexicon l : all) {
      l.weekdays.forEach(b.weekdays::putIfAbsent);
      l.months.forEach(b.months::putIfAbsent);
      l.monthAbbreviations.forEach(b.abbreviations::putIfAbsent);
      b.capitalised.addAll(l.capitalisedMonths);
      b.lowerCase.addAll(l.lowerCaseMonths);
      l.phrases.forEach(b.phrases::putIfAbsent);
      l.numbers.forEach(b.numbers::putIfAbsent);
      l.units.forEach(b.units::putIfAbsent);
      l.halves.forEach(b.halves::putIfAbsent);
      b.andHalf.addAll(l.andHalf);
      b.agoBefore.addAll(l.agoBefore);
      b.agoAfter.addAll(l.agoAfter);
      b.pastPrefixes.addAll(l.pastPrefixes);
      b.futurePrefixes.addAll(l.futurePrefixes);
      b.softFuturePrefixes.addAll(l.softFuturePrefixes);
      b.pastCues.addAll(l.pastCues);
      b.perfectCues.addAll(l.perfectCues);
      b.sinceWords.addAll(l.sinceWords);
      b.futureCues.addAll(l.futureCues);
      b.pastSuffixes.addAll(l.pastSuffixes);
      b.pastParticiples.addAll(l.pastParticiples);
      b.clausePastSuffixes.addAll(l.clausePastSuffixes);
      b.nonFiniteBefore.addAll(l.nonFiniteBefore);
      b.yearCues.addAll(l.yearCues);
      b.monthCues.addAll(l.monthCues);
      b.timesOfDay.addAll(l.timesOfDay);
    }
    b.pastCues.removeAll(notPast);
    return b.build();
  }

  /**
   * Builds a lexicon from compact word lists. Lists are space-separated; in {@code "a b=1 c=2"}
   * every word before {@code =} gets the value after it; phrase lists are {@code ;}-separated.
   */
  public static final class Builder {
    private final Map<String, DayOfWeek> weekdays = new TreeMap<>();
    private final Map<String, Integer> months = new TreeMap<>();
    private final Map<String, Integer> abbreviations = new TreeMap<>();
    private final Set<String> capitalised = new TreeSet<>();
    private final Set<String> lowerCase = new TreeSet<>();
    private final Map<String, Shift> phrases = new TreeMap<>();
    private final Map<String, Integer> numbers = new TreeMap<>();
    private final Map<String, Granularity> units = new TreeMap<>();
    private final Map<String, Integer> halves = new TreeMap<>();
    private final Set<String> andHalf = new TreeSet<>();
    private final Set<String> agoBefore = new TreeSet<>();
    private final Set<String> agoAfter = new TreeSet<>();
    private final Set<String> pastPrefixes = new TreeSet<>();
    private final Set<String> futurePrefixes = new TreeSet<>();
    private final Set<String> softFuturePrefixes = new TreeSet<>();
    private final Set<String> pastCues = new TreeSet<>();
    private final Set<String> perfectCues = new TreeSet<>();
    private final Set<String> sinceWords = new TreeSet<>();
    private final Set<String> futureCues = new TreeSet<>();
    private final Set<String> pastSuffixes = new TreeSet<>();
    private final Set<String> pastParticiples = new TreeSet<>();
    private final Set<String> clausePastSuffixes = new TreeSet<>();
    private final Set<String> nonFiniteBefore = new TreeSet<>();
    private final Set<String> yearCues = new TreeSet<>();
    private final Set<String> monthCues = new TreeSet<>();
    private final Set<String> timesOfDay = new TreeSet<>();
    private boolean dayFirstNumbers;

    /** The language writes numeric dates day first ({@code 05/04/2019}: 5 April). */
    public Builder dayFirstNumbers() {
      dayFirstNumbers = true;
      return this;
    }

    /** Seven names, Monday first; a name may be {@code a/b} for two spellings. */
    public Builder weekdays(String mondayFirst) {
      String[] w = words(mondayFirst);
      if (w.length != 7) {
        throw new IllegalArgumentException("expected 7 weekdays, got " + w.length + ": " + mondayFirst);
      }
      for (int i = 0; i < 7; i++) {
        for (String alt : w[i].split("/")) {
          weekdays.put(alt, DayOfWeek.of(i + 1));
        }
      }
      return this;
    }

    /** Twelve names, January first; {@code capitalised} for languages that capitalise them. */
    public Builder months(String januaryFirst, String abbreviationsJanuaryFirst, boolean capitalisedNames) {
      String[] m = words(januaryFirst);
      String[] a = words(abbreviationsJanuaryFirst);
      if (m.length != 12 || a.length != 12) {
        throw new IllegalArgumentException("expected 12 months and 12 abbreviations: " + januaryFirst);
      }
      for (int i = 0; i < 12; i++) {
        months.put(m[i], i + 1);
        (capitalisedNames ? capitalised : lowerCase).add(m[i]);
        for (String alt : a[i].split("/")) {
          abbreviations.put(alt, i + 1);
        }
      }
      return this;
    }

    /** {@code "i dag=0; i går=-1"}: phrases shifting the publication date by whole periods. */
    public Builder phrases(Granularity unit, String list) {
      for (String item : list.split(";")) {
        String[] kv = item.strip().split("=");
        phrases.put(kv[0].strip().replaceAll("\\s+", " "), new Shift(unit, Integer.parseInt(kv[1].strip())));
      }
      return this;
    }

    public Builder numbers(String list) {
      valued(list, (k, v) -> numbers.put(k, Integer.parseInt(v)));
      return this;
    }

    /**
     * The numbers 21..99 written as one word (or, in English, hyphenated or spaced) from the
     * {@code tens} ({@code "tjue=20 tretti=30"}) and the {@code ones} one to nine ({@code "en to
     * tre ..."}, a slash for two spellings: {@code "sju/syv"}); {@code form} places them, with
     * {@code T} the tens and {@code O} the ones: {@code "TO"} (tjuefem, trettiofem), {@code "OogT"}
     * (Danish femogtyve), {@code "T-O"} (twenty-five). The tens alone are added as well.
     */
    public Builder tens(String tens, String ones, String... forms) {
      String[] o = words(ones);
      if (o.length != 9) {
        throw new IllegalArgumentException("expected the ones one to nine: " + ones);
      }
      valued(tens, (t, v) -> {
        int value = Integer.parseInt(v);
        numbers.put(t, value);
        for (int i = 0; i < 9; i++) {
          for (String one : o[i].split("/")) {
            for (String form : forms) {
              // the words are lower case, so the capital placeholders cannot clash with them
              numbers.put(form.replace("O", one).replace("T", t), value + i + 1);
            }
          }
        }
      });
      return this;
    }

    public Builder units(String list) {
      valued(list, (k, v) -> units.put(k, Granularity.valueOf(v)));
      return this;
    }

    /**
     * Half years: {@code "halvannet=3; et halvt=1"}, words counting half years before a year unit,
     * and {@code "og et halvt"}, {@code ;}-separated phrases adding half a year to a count.
     */
    public Builder halves(String counts, String andHalfPhrases) {
      for (String item : counts.split(";")) {
        String[] kv = item.strip().split("=");
        halves.put(kv[0].strip().replaceAll("\\s+", " "), Integer.parseInt(kv[1].strip()));
      }
      for (String p : andHalfPhrases.split(";")) {
        andHalf.add(p.strip().replaceAll("\\s+", " "));
      }
      return this;
    }

    public Builder ago(String before, String after) {
      agoBefore.addAll(List.of(words(before)));
      agoAfter.addAll(List.of(words(after)));
      return this;
    }

    public Builder weekdayPrefixes(String past, String future, String softFuture) {
      pastPrefixes.addAll(List.of(words(past)));
      futurePrefixes.addAll(List.of(words(future)));
      softFuturePrefixes.addAll(List.of(words(softFuture)));
      return this;
    }

    public Builder tense(String past, String future, String regularPastEndings) {
      pastCues.addAll(List.of(words(past)));
      futureCues.addAll(List.of(words(future)));
      pastSuffixes.addAll(List.of(words(regularPastEndings)));
      return this;
    }

    /**
     * The tense of a clause beyond listed verbs: past participles of done events, the regular
     * past endings that hold before a month, and the words after which either is no past verb
     * (articles, determiners, modals, infinitive markers).
     */
    public Builder clauseTense(String participles, String reliableEndings, String nonFinite) {
      pastParticiples.addAll(List.of(words(participles)));
      clausePastSuffixes.addAll(List.of(words(reliableEndings)));
      nonFiniteBefore.addAll(List.of(words(nonFinite)));
      return this;
    }

    /** The present perfect's auxiliaries, and the words for "since" before a weekday. */
    public Builder perfect(String auxiliaries, String since) {
      perfectCues.addAll(List.of(words(auxiliaries)));
      sinceWords.addAll(List.of(words(since)));
      return this;
    }

    public Builder cues(String beforeYear, String beforeMonth) {
      yearCues.addAll(List.of(words(beforeYear)));
      monthCues.addAll(List.of(words(beforeMonth)));
      return this;
    }

    public Builder timesOfDay(String list) {
      timesOfDay.addAll(List.of(words(list)));
      return this;
    }

    public DateLexicon build() {
      return new DateLexicon(weekdays, months, abbreviations, capitalised, lowerCase, phrases, numbers, units, halves,
          andHalf,
          agoBefore, agoAfter, pastPrefixes, futurePrefixes, softFuturePrefixes, pastCues, perfectCues, sinceWords,
          futureCues, pastSuffixes, pastParticiples, clausePastSuffixes, nonFiniteBefore, yearCues, monthCues, timesOfDay,
          dayFirstNumbers);
    }

    private static String[] words(String list) {
      String s = list.strip();
      return s.isEmpty() ? new String[0] : s.split("\\s+");
    }

    private static void valued(String list, BiConsumer<String, String> put) {
      Map<String, String> pending = new LinkedHashMap<>();
      for (String w : words(list)) {
        int eq = w.indexOf('=');
        if (eq < 0) {
          pending.put(w, null);
        } else {
          pending.keySet().forEach(k -> put.accept(k, w.substring(eq + 1)));
          pending.clear();
          put.accept(w.substring(0, eq), w.substring(eq + 1));
        }
      }
      if (!pending.isEmpty()) {
        throw new IllegalArgumentException("words without a value: " + pending.keySet());
      }
    }
  }
}
