package org.tidende.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a story says beyond its members: who and where (entities), when (a timeline of dated
 * statements), what the articles share (passages) and what each adds, and a short summary.
 *
 * @param entities people, places, organisations and other names, most mentioned first
 * @param timeline dated statements in date order
 * @param passages passages shared by two members (wire copy, quotes), also across languages
 * @param additions per member in story order, the sentences not found in earlier members
 * @param summary a few of the members' own sentences that together say what happened
 * @param duplicates groups of members that are copies of one another (exact or near), each with
 *     its canonical member
 * @param links per member in story order, the names and numbers it shares with the other members:
 *     why it is in the story, also across languages where no word is shared
 */
public record StoryDetails(List<Entity> entities, List<TimelineEntry> timeline, List<Passage> passages,
    List<Addition> additions, List<String> summary, List<Copies> duplicates, List<Link> links) {

  public StoryDetails {
    entities = List.copyOf(entities);
    timeline = List.copyOf(timeline);
    passages = List.copyOf(passages);
    additions = List.copyOf(additions);
    summary = List.copyOf(summary);
    duplicates = List.copyOf(duplicates);
    links = List.copyOf(links);
  }

  public static StoryDetails empty() {
    return new StoryDetails(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /**
   * Members that are copies of one another.
   *
   * @param canonical the earliest member of the group, shown for all
   * @param copies the other members
   * @param sources sources of all members of the group
   * @param similarity lowest similarity of a copy to the group (1 for exact copies)
   * @param sameHeadline whether a copy was joined for its equal headline (an item updated under its
   *     title), so the texts may differ more than {@code similarity} suggests of a copy
   */
  public record Copies(ArticleId canonical, List<ArticleId> copies, List<String> sources, double similarity,
      boolean sameHeadline) {
    public Copies {
      Objects.requireNonNull(canonical, "canonical");
      copies = List.copyOf(copies);
      sources = List.copyOf(sources);
    }
  }

  /**
   * One entity of the story with its name variants merged.
   *
   * @param key language-neutral key shared by all variants
   * @param name display name (the most frequent full form)
   * @param type PER, LOC, ORG, MISC, or null when unknown
   * @param variants surface forms and how often each occurs
   * @param count mentions in the story
   */
  public record Entity(String key, String name, String type, Map<String, Integer> variants, int count) {
    public Entity {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(name, "name");
      variants = Collections.unmodifiableMap(new TreeMap<>(variants));
    }
  }

  /**
   * A dated statement.
   *
   * @param period the resolved date as written at its granularity: {@code 2019-04-25}, {@code
   *     2019-W16}, {@code 2019-04}, a season {@code 2019-06/2019-08}, {@code 2019}; a span of days, months or
   *     years as the interval of its ends ({@code 2019-03-03/2019-03-05}, {@code 2019-07/2022-08}, {@code 1993/2002})
   * @param day first day of the period (of a span, its first day), for sorting
   * @param granularity DAY, WEEK, MONTH, SEASON or YEAR
   * @param expression the date expression as written ({@code "torsdag den 25. april"})
   * @param sentence the sentence holding it
   * @param article the article it is from
   * @param relative true when it was resolved against the article's publication date
   */
  public record TimelineEntry(String period, LocalDate day, String granularity, String expression, String sentence,
      ArticleId article, boolean relative) {
    public TimelineEntry {
      Objects.requireNonNull(period, "period");
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(sentence, "sentence");
      Objects.requireNonNull(article, "article");
    }
  }

  /**
   * A passage two members share. Offsets are character offsets into each article's {@link
   * Article#fullText()} (title, blank line, text), end exclusive.
   *
   * @param score similarity in [0, 1] (1 for identical wording)
   * @param crossLanguage true when the two articles are in different languages
   * @param translated true when the passage is a sentence and its translation across language
   *     families (English, German or Spanish against Scandinavian, or each other), found by the names
   *     and numbers they share rather than by shared words: translated, not copied
   */
  public record Passage(ArticleId a, int aStart, int aEnd, String aText, ArticleId b, int bStart, int bEnd,
      String bText, double score, boolean crossLanguage, boolean translated) {
    public Passage {
      Objects.requireNonNull(a, "a");
      Objects.requireNonNull(b, "b");
    }
  }

  /**
   * What ties one member to the rest of its story.
   *
   * @param article the member
   * @param names names it shares with other members, as it writes them, those most members share first
   * @param numbers numbers it shares with other members, likewise
   */
  public record Link(ArticleId article, List<String> names, List<String> numbers) {
    public Link {
      Objects.requireNonNull(article, "article");
      names = List.copyOf(names);
      numbers = List.copyOf(numbers);
    }
  }

  /**
   * What one article adds to the story so far.
   *
   * @param article the member
   * @param sentences its sentences not found in earlier members, in text order
   * @param newWords words in those sentences
   * @param totalWords words in the article
   */
  public record Addition(ArticleId article, List<String> sentences, int newWords, int totalWords) {
    public Addition {
      Objects.requireNonNull(article, "article");
      sentences = List.copyOf(sentences);
    }
  }
}
