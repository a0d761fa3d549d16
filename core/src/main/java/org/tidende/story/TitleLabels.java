package org.tidende.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tidende.model.StoryId;

/**
 * Section and genre labels of a corpus's titles ("Analyse:", "5 hjerter:", "Nyheter från dagen:"),
 * told from a headline's own subject or speaker before a colon ("Støre: – Vi må ...", "Trump:
 * Vapenvila nära", "Bussulykken i Hadsel: Tre omkom"). Not thread-safe: one per run, fed each title
 * as its article joins a story.
 *
 * <p>Design: a title's lead is up to three words before a colon, with no quote or dash (those open
 * a quotation). A lead is a label when it heads titles in at least {@value #MIN_STORIES} stories
 * and the titles name it elsewhere (after their own lead) less than {@value #MAX_ELSEWHERE} times as
 * often: a desk's label heads unrelated stories and is never their subject, while a speaker, a
 * country or a party heading many titles is also named inside others ("Trump hotar Venezuela",
 * "mellan S och SD"). Independently of counts, a lead in capitals of more than six letters
 * ("BILDESERIE:", "FRA ARKIVET:") is a label: longer than an acronym ({@code NATO}, {@code UNICEF}).
 *
 * <p>Memory is bounded, independent of the run's length and vocabulary: the counts are kept in two
 * generations, the current and the previous one; a generation ends after {@value #GENERATION_TITLES}
 * titles with a lead or {@value #GENERATION_SEQUENCES} counted sequences, and the previous one is
 * then dropped (the generational window of TinyLFU's sketch). In each generation the sequences are
 * counted in a count-min sketch with conservative update ({@value #DEPTH} rows of {@code
 * 2^}{@value #LOG2_WIDTH} one-byte counters: 8 MiB) and the leads map to the story ids they head,
 * at most one entry per title with a lead; so at most 16 MiB of counters and {@code 2 x
 * }{@value #GENERATION_TITLES} (lead, story) entries ({@link #entries()}). Error: a sketch only
 * overestimates. With at most {@value #GENERATION_SEQUENCES} sequences in a row of {@code
 * 2^}{@value #LOG2_WIDTH} cells, a cell holds on average at most a quarter of another sequence, so
 * a count is exact unless all four of its cells are shared (about 1 in 400 per generation with plain
 * update, fewer with conservative update), and then too high by the counts of the few sequences it
 * shares them with; the classic bound is {@code e N / width}, below 0.7 per generation, with
 * probability {@code 1 - e^-4}. A counter that reaches {@value #SATURATED} stands for "very many".
 * A too high count makes a lead look named elsewhere: both err towards "not a label", so speakers
 * stay speakers. The window: counts older than the previous generation are forgotten, so a run
 * decides as if it kept everything until its second generation ends (about 40,000 titles of 9
 * words after the lead); a server fed for years knows the labels of its last 20,000 to 40,000
 * titles, and forgets a label unused for longer. Cost per title: its lead and the one- to three-word
 * sequences after it, {@value #DEPTH} cells each.
 *
 * <p>Failure modes: a speaker heading three stories of a small corpus and never named otherwise ("Macron:")
 * reads as a label; that costs only when another title of the story is nearly as central
 * ({@link StoryBuilder#LABEL_WEIGHT}). A label used once in the corpus ("Direkte:") is not known,
 * and a story built early in a run (the server rebuilding it as articles arrive) knows only the
 * labels of the titles seen so far.
 */
public final class TitleLabels {
  static final int MIN_STORIES = 3;
  static final double MAX_ELSEWHERE = 0.2;
  /** Titles with a lead in a generation; a generation's (lead, story) entries are at most this many. */
  static final int GENERATION_TITLES = 1 << 15;
  /** Sequences counted in a generation, a quarter of the sketch's width. */
  static final int GENERATION_SEQUENCES = 1 << 19;
  static final int DEPTH = 4;
  static final int LOG2_WIDTH = 21;
  /** A counter's ceiling: a count that reaches it stands for "very many". */
  static final int SATURATED = 255;

  /**
   * A live ticker's label before a title: "LIVE", "LIVE-TV", "DIREKTE", "JUST NU" in capitals, or
   * followed by a colon, bar or spaced dash in any case ("Live:", "live:", "Liveblog:", "Livebloggen:",
   * "LIVE-TV:", "Livechat:", "Direkte:", "Just nu:", "Siste nytt:", "Senaste nytt:"), also after a
   * word asking to read or follow it ("Genlæs liveblog:", "Følg live:"; 26 of the Danish front
   * pages' titles re-read a closed blog so). Without the colon the word must be in capitals:
   * "Direkte fra russisk straffelejr", "Live-konsert" and "Liverpool" are titles' own words, and a
   * title-case "Live" before a name is left alone ("Live Nation", "Live Aid"; no title of the
   * Scandinavian sets has "Live" as a label without its colon).
   */
  private static final Pattern LIVE = Pattern.compile("^\\s*(?:(?iu:(?:genlæs|genläs|læs|les|läs|følg|följ|se)\\s+)?"
      + "(?iu:live-?(?:blogg?(?:en)?|tv|chat|studio|stream)?|direkte|just nu|siste nytt|senaste nytt)"
      + "(?:\\s*[:|]|\\s+[–—-])|(?:LIVE(?:-TV)?|DIREKTE|JUST NU)(?![\\p{L}\\p{N}:-]))\\s*(?=[\\p{L}\\p{N}\"«“”„'])");

  private static final Pattern LEAD = Pattern.compile("^\\s*([^:\"«»“”„'–—-]{1,30}?)\\s*:\\s+\\S");

  /**
   * The length of the live ticker's label that leads {@code title} ("LIVE Få seneste nyt fra krigen
   * i Ukraine", "Live: I dag er det ét år siden ...", "Direkte: Slik ser det ut på veiene"), spaces
   * after it included, or 0 when none does. The label says how the item is kept up, not what
   * happened: the story view drops it from the headline shown and takes such a title as the headline
   * only when no other is nearly as central.
   */
  public static int liveLabel(String title) {
    Matcher m = LIVE.matcher(title);
    return m.lookingAt() ? m.end() : 0;
  }

  /** Null until the first title: a session that keeps no members (a throughput run) never pays for the sketch. */
  private Generation current;
  private Generation previous;
  private long titlesAdded;

  /** One generation's counts: the stories each lead heads and a count-min sketch of the sequences. */
  private static final class Generation {
    final Map<String, Set<StoryId>> leads = new HashMap<>();
    final byte[][] sketch = new byte[DEPTH][1 << LOG2_WIDTH];
    int titles;
    int sequences;
    int entries;

    /** Counts {@code key} once, raising only the cells at the minimum (conservative update). */
    void count(String key) {
      int[] cells = cells(key);
      int min = estimate(cells);
      if (min < SATURATED) {
        for (int r = 0; r < DEPTH; r++) {
          if ((sketch[r][cells[r]] & 0xFF) == min) {
            sketch[r][cells[r]] = (byte) (min + 1);
          }
        }
      }
      sequences++;
    }

    int estimate(int[] cells) {
      int min = SATURATED;
      for (int r = 0; r < DEPTH; r++) {
        min = Math.min(min, sketch[r][cells[r]] & 0xFF);
      }
      return min;
    }
  }

  /** The cell of {@code key} in each row: double hashing of a seeded 64-bit hash of its chars. */
  private static int[] cells(String key) {
    long h = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < key.length(); i++) {
      h = mix(h ^ key.charAt(i));
    }
    h = mix(h ^ key.length());
    int h1 = (int) h;
    int h2 = (int) (h >>> 32) | 1;
    int[] cells = new int[DEPTH];
    for (int r = 0; r < DEPTH; r++) {
      cells[r] = (h1 + r * h2) & ((1 << LOG2_WIDTH) - 1);
    }
    return cells;
  }

  /** The 64-bit finaliser of MurmurHash3 over {@code h} times a fixed odd constant. */
  private static long mix(long h) {
    h *= 0xBF58476D1CE4E5B9L;
    h ^= h >>> 31;
    h *= 0x94D049BB133111EBL;
    return h ^ (h >>> 29);
  }

  /** The lower-case lead of {@code title} (up to three words before a colon), or null. */
  static String lead(String title) {
    Matcher m = LEAD.matcher(title);
    if (!m.find()) {
      return null;
    }
    String lead = m.group(1).strip().replaceAll("\\s+", " ");
    return lead.split(" ").length > 3 ? null : lead.toLowerCase(Locale.ROOT);
  }

  /** Whether {@code title} opens with a lead in capitals of more than six letters ("BILDESERIE:"). */
  static boolean capitalLead(String title) {
    Matcher m = LEAD.matcher(title);
    if (!m.find()) {
      return false;
    }
    String lead = m.group(1);
    long letters = lead.codePoints().filter(Character::isLetter).count();
    return letters > 6 && lead.codePoints().filter(Character::isLetter).noneMatch(Character::isLowerCase);
  }

  /** Titles counted so far: the labels change only when this does (or stories merge). */
  public long titles() {
    return titlesAdded;
  }

  /** Counts {@code title}, that of an article assigned to {@code story}. */
  public void add(String title, StoryId story) {
    titlesAdded++;
    String lead = lead(title);
    String rest = title;
    List<String> words = new ArrayList<>();
    if (lead != null) {
      rest = title.substring(title.indexOf(':') + 1);
    }
    for (String w : rest.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    if (current == null) {
      current = new Generation();
    } else if (current.titles >= GENERATION_TITLES
        || current.sequences + 3L * words.size() > GENERATION_SEQUENCES) {
      previous = current;
      current = new Generation();
    }
    if (lead != null) {
      current.titles++;
    }
    if (lead != null && current.leads.computeIfAbsent(lead, k -> new HashSet<>()).add(story)) {
      current.entries++;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < words.size(); i++) {
      StringBuilder s = new StringBuilder();
      for (int j = i; j < Math.min(words.size(), i + 3); j++) {
        s.append(j > i ? " " : "").append(words.get(j));
        if (seen.add(s.toString())) {
          current.count(s.toString());
        }
      }
    }
  }

  /**
   * Counts the titles of each story in {@code into}'s keys as its value's from now on: for a session
   * that forgets merges it no longer follows. A lead's stories then count as {@link #labels} counted
   * them with those merges followed. Cost: one pass over the entries held.
   */
  public void relabel(Map<StoryId, StoryId> into) {
    for (Generation g : previous == null ? (current == null ? List.<Generation>of() : List.of(current))
        : List.of(previous, current)) {
      for (Set<StoryId> ids : g.leads.values()) {
        List<StoryId> renamed = new ArrayList<>();
        for (Iterator<StoryId> it = ids.iterator(); it.hasNext(); ) {
          StoryId to = into.get(it.next());
          if (to != null) {
            it.remove();
            renamed.add(to);
            g.entries--;
          }
        }
        for (StoryId to : renamed) {
          if (ids.add(to)) {
            g.entries++;
          }
        }
      }
    }
  }

  /** The (lead, story) entries held, at most {@code 2 x GENERATION_TITLES}; the sketches are fixed. */
  int entries() {
    return (current == null ? 0 : current.entries) + (previous == null ? 0 : previous.entries);
  }

  /**
   * The labels among the leads counted so far (in the current and the previous generation), lower
   * case.
   *
   * @param current the story a story id now is (after merges), so that merged stories count once
   */
  public Set<String> labels(UnaryOperator<StoryId> current) {
    Map<String, Set<StoryId>> leads = new HashMap<>();
    if (this.current == null) {
      return new TreeSet<>();
    }
    for (Generation g : previous == null ? List.of(this.current) : List.of(previous, this.current)) {
      g.leads.forEach((lead, ids) -> leads.computeIfAbsent(lead, k -> new HashSet<>()).addAll(ids));
    }
    Set<String> out = new TreeSet<>();
    for (Map.Entry<String, Set<StoryId>> e : leads.entrySet()) {
      if (e.getValue().size() < MIN_STORIES) {
        continue;
      }
      Set<StoryId> stories = new HashSet<>();
      e.getValue().forEach(s -> stories.add(current.apply(s)));
      String key = String.join(" ", e.getKey().split("[^\\p{L}\\p{N}]+")).strip();
      if (stories.size() >= MIN_STORIES && elsewhere(key) < MAX_ELSEWHERE * stories.size()) {
        out.add(e.getKey());
      }
    }
    return out;
  }

  /**
   * How often the titles name {@code key} after their lead, as the sketches estimate (never less);
   * {@link Integer#MAX_VALUE} when a counter of {@code key} is saturated.
   */
  int elsewhere(String key) {
    if (this.current == null) {
      return 0;
    }
    int[] cells = cells(key);
    int now = this.current.estimate(cells);
    int before = previous == null ? 0 : previous.estimate(cells);
    return now == SATURATED || before == SATURATED ? Integer.MAX_VALUE : now + before;
  }
}
