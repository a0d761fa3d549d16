package org.tidende.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tidende.dedup.DedupConfig;
import org.tidende.dedup.DuplicateGroup;
import org.tidende.dedup.DuplicateGrouping;
import org.tidende.model.AnalyzedArticle;
import org.tidende.model.ArticleId;
import org.tidende.model.StoryDetails;
import org.tidende.reuse.ArticleAdditions;
import org.tidende.reuse.PairwiseReuse;
import org.tidende.reuse.ReuseConfig;
import org.tidende.reuse.ReuseText;
import org.tidende.reuse.SharedPassage;

/**
 * The story view of the dedup and reuse stages: duplicate groups, shared passages and what each
 * member adds, for members in story order. Passages and additions compare pairs of members, so
 * only the first {@value #MAX_COMPARED} members of a very large story are compared (the rest are
 * mostly later copies); the cap is the cost bound. Each pair is aligned once for both ({@link
 * PairwiseReuse}). Stateless.
 */
final class Reuse {
  static final int MAX_COMPARED = 40;
  private static final ReuseConfig CONFIG = ReuseConfig.defaults();

  private Reuse() {}

  private static List<ReuseText> texts(List<AnalyzedArticle> members) {
    return members.stream().limit(MAX_COMPARED).map(m -> ReuseText.of(m.article(), m.lang())).toList();
  }

  /** The members (the first {@value #MAX_COMPARED}) compared pairwise once, for {@link #passages} and {@link #additions}. */
  static PairwiseReuse compare(List<AnalyzedArticle> members) {
    return new PairwiseReuse(texts(members), CONFIG);
  }

  /**
   * The passages members share, less those a copy ({@code duplicates}: a wire text printed by two
   * outlets) shares with a third member where its canonical article shares the same passage of the
   * third: "the NTB text and the Danish report share this quote" is said once, not once per outlet
   * that printed the NTB text. What only the copy shares with the third (an edited copy) stays.
   */
  static List<StoryDetails.Passage> passages(List<AnalyzedArticle> members, PairwiseReuse compared,
      List<StoryDetails.Copies> duplicates) {
    if (members.size() < 2) {
      return List.of();
    }
    Map<ArticleId, String> byId = texts(members).stream()
        .collect(Collectors.toMap(ReuseText::id, ReuseText::text, (a, b) -> a));
    List<StoryDetails.Passage> all = new ArrayList<>();
    for (SharedPassage p : compared.passages()) {
      all.add(new StoryDetails.Passage(p.a(), p.aStart(), p.aEnd(), p.textInA(byId.get(p.a())), p.b(), p.bStart(),
          p.bEnd(), p.textInB(byId.get(p.b())), p.score(), p.crossLanguage(), p.translated()));
    }
    Map<ArticleId, ArticleId> canonicalOf = new HashMap<>();
    for (StoryDetails.Copies c : duplicates) {
      for (ArticleId copy : c.copies()) {
        canonicalOf.put(copy, c.canonical());
      }
    }
    if (canonicalOf.isEmpty()) {
      return all;
    }
    List<StoryDetails.Passage> out = new ArrayList<>();
    for (StoryDetails.Passage p : all) {
      if (!saidByCanonical(all, canonicalOf.get(p.a()), p.b(), p.bStart(), p.bEnd())
          && !saidByCanonical(all, canonicalOf.get(p.b()), p.a(), p.aStart(), p.aEnd())) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * Whether {@code canonical} (null: the article is no copy) shares with {@code other} a passage
   * covering at least half of {@code other}'s characters {@code [from, to)}.
   */
  private static boolean saidByCanonical(List<StoryDetails.Passage> all, ArticleId canonical, ArticleId other,
      int from, int to) {
    if (canonical == null || canonical.equals(other)) {
      return false;
    }
    for (StoryDetails.Passage q : all) {
      boolean otherIsB = q.a().equals(canonical) && q.b().equals(other);
      boolean otherIsA = q.b().equals(canonical) && q.a().equals(other);
      if (otherIsA || otherIsB) {
        int start = otherIsB ? q.bStart() : q.aStart();
        int end = otherIsB ? q.bEnd() : q.aEnd();
        if (2 * (Math.min(end, to) - Math.max(start, from)) >= to - from) {
          return true;
        }
      }
    }
    return false;
  }

  static List<StoryDetails.Addition> additions(List<AnalyzedArticle> members, PairwiseReuse compared) {
    Map<ArticleId, String> byId = texts(members).stream()
        .collect(Collectors.toMap(ReuseText::id, ReuseText::text, (a, b) -> a));
    List<StoryDetails.Addition> out = new ArrayList<>();
    for (ArticleAdditions a : compared.additions()) {
      String text = byId.get(a.id());
      List<String> sentences = a.newSentences().stream().map(s -> s.of(text).strip()).toList();
      out.add(new StoryDetails.Addition(a.id(), sentences, a.newTokens(), a.totalTokens()));
    }
    return out;
  }

  static List<StoryDetails.Copies> duplicates(List<AnalyzedArticle> members) {
    if (members.size() < 2) {
      return List.of();
    }
    Map<ArticleId, AnalyzedArticle> byId = members.stream()
        .collect(Collectors.toMap(AnalyzedArticle::id, Function.identity(), (a, b) -> a));
    List<StoryDetails.Copies> out = new ArrayList<>();
    for (DuplicateGroup g : DuplicateGrouping.group(members.stream().map(AnalyzedArticle::article).toList(),
        DedupConfig.defaults())) {
      if (g.copies().isEmpty() || !byId.containsKey(g.canonical())) {
        continue;
      }
      List<String> sources = g.members().stream().map(id -> StoryBuilder.sourceOf(byId.get(id).article()))
          .distinct().toList();
      out.add(new StoryDetails.Copies(g.canonical(), g.copies(), sources, g.minSimilarity(), g.sameHeadline()));
    }
    return out;
  }

}
