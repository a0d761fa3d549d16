package org.tidende.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
 * Cost: per title, its lead and the one- to three-word sequences after it are counted (memory grows
 * with the distinct sequences of the run's titles, well below the kept members themselves). Failure
 * modes: a speaker heading three stories of a small corpus and never named otherwise ("Macron:")
 * reads as a label; that costs only when another title of the story is nearly as central
 * ({@link StoryBuilder#LABEL_WEIGHT}). A label used once in the corpus ("Direkte:") is not known,
 * and a story built early in a run (the server rebuilding it as articles arrive) knows only the
 * labels of the titles seen so far.
 */
public final class TitleLabels {
  static final int MIN_STORIES = 3;
  static final double MAX_ELSEWHERE = 0.2;

  private static final Pattern LEAD = Pattern.compile("^\\s*([^:\"«»“”„'–—-]{1,30}?)\\s*:\\s+\\S");

  private final Map<String, Set<StoryId>> leads = new HashMap<>();
  private final Map<String, Integer> elsewhere = new HashMap<>();

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

  /** Counts {@code title}, that of an article assigned to {@code story}. */
  public void add(String title, StoryId story) {
    String lead = lead(title);
    String rest = title;
    if (lead != null) {
      leads.computeIfAbsent(lead, k -> new HashSet<>()).add(story);
      rest = title.substring(title.indexOf(':') + 1);
    }
    List<String> words = new ArrayList<>();
    for (String w : rest.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < words.size(); i++) {
      StringBuilder s = new StringBuilder();
      for (int j = i; j < Math.min(words.size(), i + 3); j++) {
        s.append(j > i ? " " : "").append(words.get(j));
        if (seen.add(s.toString())) {
          elsewhere.merge(s.toString(), 1, Integer::sum);
        }
      }
    }
  }

  /**
   * The labels among the leads counted so far, lower case.
   *
   * @param current the story a story id now is (after merges), so that merged stories count once
   */
  public Set<String> labels(UnaryOperator<StoryId> current) {
    Set<String> out = new TreeSet<>();
    for (Map.Entry<String, Set<StoryId>> e : leads.entrySet()) {
      if (e.getValue().size() < MIN_STORIES) {
        continue;
      }
      Set<StoryId> stories = new HashSet<>();
      e.getValue().forEach(s -> stories.add(current.apply(s)));
      String key = String.join(" ", e.getKey().split("[^\\p{L}\\p{N}]+")).strip();
      if (stories.size() >= MIN_STORIES && elsewhere.getOrDefault(key, 0) < MAX_ELSEWHERE * stories.size()) {
        out.add(e.getKey());
      }
    }
    return out;
  }
}
