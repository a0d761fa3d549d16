package org.tidende.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tidende.model.AnalyzedArticle;
import org.tidende.model.ArticleDate;
import org.tidende.model.StoryDetails.TimelineEntry;
import org.tidende.time.DateMention;
import org.tidende.time.DateResolver;
import org.tidende.time.DatedSentence;

/**
 * The timeline of a story: each member sentence that carries a date expression, resolved against
 * that member's publication date (given or inferred), in date order. A sentence printed by several
 * members (wire copy) appears once, from the earliest member. Stateless.
 */
final class Timeline {
  static final int MAX_ENTRIES = 30;
  private static final int MAX_SENTENCE = 320;

  private Timeline() {}

  /**
   * @param members in story order
   * @param dates the date used for each member (given or inferred; null when unknown), same order
   */
  static List<TimelineEntry> build(List<AnalyzedArticle> members, List<ArticleDate> dates) {
    List<TimelineEntry> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < members.size(); i++) {
      AnalyzedArticle m = members.get(i);
      for (DatedSentence s : DateResolver.datedSentences(m.article().text(), dates.get(i), m.lang())) {
        String sentence = s.text().strip().replaceAll("\\s+", " ");
        if (!seen.add(sentence.toLowerCase(Locale.ROOT))) {
          continue;
        }
        DateMention d = s.primary();
        out.add(new TimelineEntry(d.period(), d.date(), d.granularity().name(), d.text(), clip(sentence),
            m.id(), d.relative()));
      }
    }
    out.sort(Comparator.comparing(TimelineEntry::day)
        .thenComparing(e -> granularityRank(e.granularity())));
    return out.size() > MAX_ENTRIES ? List.copyOf(out.subList(0, MAX_ENTRIES)) : out;
  }

  private static int granularityRank(String g) {
    return switch (g) {
      case "YEAR" -> 0;
      case "MONTH" -> 1;
      case "WEEK" -> 2;
      default -> 3;
    };
  }

  private static String clip(String s) {
    if (s.length() <= MAX_SENTENCE) {
      return s;
    }
    int cut = s.lastIndexOf(' ', MAX_SENTENCE - 2);
    return s.substring(0, cut > 0 ? cut : MAX_SENTENCE - 2) + " …";
  }
}
