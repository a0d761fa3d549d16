package org.tidende.reuse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.tidende.model.Language;

/**
 * Finds passages two texts share, within a language or across Nynorsk, Bokmål, Danish and Swedish.
 *
 * <p>Method, in the manner of passim (Smith, Cordell, Mullen, "Computational methods for
 * uncovering reprinted texts in antebellum American newspapers", American Literary History 27(3),
 * 2015; Smith et al. 2014) but with sentences as the unit of candidate search, since news copies
 * and translations keep sentence boundaries far better than 19th-century reprints keep lines:
 * <ol>
 *   <li>Words are folded and keyed ({@link ScandinavianFolding}); each content word (4+ letters)
 *       contributes its first four folded letters as an anchor, which survives most inflection
 *       and cross-language spelling ({@code atomproblemet}/{@code atomvåbenproblemet} share
 *       {@code atom}, {@code fokuset}/{@code fokus} share {@code foku}).
 *   <li>Candidate sentence pairs share at least two anchors (one when a sentence has at most
 *       three content words).
 *   <li>Each candidate pair is aligned by {@link LocalAligner} (Smith–Waterman with soft word
 *       matches), giving fragments.
 *   <li>Fragments that follow each other within {@code maxGapTokens} words in both texts are
 *       chained into one passage (a quote over two sentences stays whole).
 *   <li>A passage is kept when it has {@code minTokens} aligned word pairs, {@code
 *       minContentTokens} of them content words, and score ≥ {@code minScore}; overlapping
 *       passages are resolved one-to-one, strongest first.
 * </ol>
 *
 * <p>Why not one global alignment per pair: cost. Sentence candidates make a pair of 40-sentence
 * articles cost a few dozen small alignments instead of a 1000 x 1000 matrix. Cost: {@code O(S_a +
 * S_b + C * L^2)} per pair for S sentences, C candidate pairs and sentences of L words; a story of
 * N articles costs N(N-1)/2 pairs. Failure modes: a passage whose sentences are split very
 * differently in the two texts may come out in pieces; a translation that changes most word forms
 * (Swedish {@code och}/Danish {@code og} are fine, {@code vil ha}/{@code kjem til å få} is not)
 * keeps only its matching stretches; sentences on the same topic sharing names but not wording do
 * not pass the floor of 5 aligned pairs, 3 of them content words (tested).
 *
 * <p>Deterministic; thread-safe (no mutable state).
 */
public final class PassageFinder {
  private final ReuseConfig config;
  private final LocalAligner aligner;

  public PassageFinder(ReuseConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.aligner = new LocalAligner(config.softDice(), 2.0);
  }

  public ReuseConfig config() {
    return config;
  }

  /** Passages shared by two texts, ordered by their start in {@code a}. */
  public List<SharedPassage> find(ReuseText a, ReuseText b) {
    TokenizedText ta = TokenizedText.of(a);
    TokenizedText tb = TokenizedText.of(b);
    return toPassages(ta, tb, align(ta, tb));
  }

  /**
   * Passages shared by every pair of texts (each text compared with all later ones; {@code a} is
   * always the earlier in the list), ordered by pair then position.
   */
  public List<SharedPassage> find(List<ReuseText> texts) {
    return new PairwiseReuse(texts, config).passages();
  }

  /** Accepted passages as token ranges (fragments' tallies summed), one-to-one, by start in a. */
  List<LocalAligner.Fragment> align(TokenizedText a, TokenizedText b) {
    List<LocalAligner.Fragment> fragments = new ArrayList<>();
    for (int[] pair : candidates(a, b)) {
      fragments.addAll(aligner.align(a, a.sentenceStart[pair[0]], a.sentenceStart[pair[0] + 1],
          b, b.sentenceStart[pair[1]], b.sentenceStart[pair[1] + 1]));
    }
    List<LocalAligner.Fragment> kept = new ArrayList<>();
    for (LocalAligner.Fragment p : chain(fragments)) {
      double score = p.simSum() / Math.max(p.aTo() - p.aFrom(), p.bTo() - p.bFrom());
      if (p.matched() >= config.minTokens() && p.contentMatched() >= config.minContentTokens()
          && score >= config.minScore()) {
        kept.add(p);
      }
    }
    return oneToOne(kept);
  }

  /** Sentence pairs (index in a, index in b) sharing enough anchors, in a fixed order. */
  private static List<int[]> candidates(TokenizedText a, TokenizedText b) {
    Map<String, List<Integer>> anchorsB = new HashMap<>();
    for (int t = 0; t < b.n; t++) {
      if (b.content[t]) {
        List<Integer> list = anchorsB.computeIfAbsent(anchor(b, t), x -> new ArrayList<>());
        if (list.isEmpty() || list.get(list.size() - 1) != b.sentenceOf[t]) {
          list.add(b.sentenceOf[t]);
        }
      }
    }
    List<int[]> out = new ArrayList<>();
    for (int s = 0; s < a.sentences(); s++) {
      int[] shared = new int[b.sentences()];
      Set<String> seen = new HashSet<>();
      int contentWords = 0;
      for (int t = a.sentenceStart[s]; t < a.sentenceStart[s + 1]; t++) {
        if (a.content[t] && seen.add(anchor(a, t))) {
          contentWords++;
          for (int sb : anchorsB.getOrDefault(anchor(a, t), List.of())) {
            shared[sb]++;
          }
        }
      }
      for (int sb = 0; sb < shared.length; sb++) {
        if (shared[sb] >= 2 || shared[sb] == 1 && contentWords <= 3) {
          out.add(new int[] {s, sb});
        }
      }
    }
    return out;
  }

  private static String anchor(TokenizedText t, int i) {
    String f = t.folded[i];
    return f.length() <= 4 ? f : f.substring(0, 4);
  }

  /** Joins fragments that follow each other within maxGapTokens in both texts. */
  private List<LocalAligner.Fragment> chain(List<LocalAligner.Fragment> fragments) {
    List<LocalAligner.Fragment> sorted = new ArrayList<>(fragments);
    sorted.sort(Comparator.comparingInt(LocalAligner.Fragment::aFrom).thenComparingInt(LocalAligner.Fragment::bFrom));
    List<LocalAligner.Fragment> chains = new ArrayList<>();
    for (LocalAligner.Fragment f : sorted) {
      int best = -1;
      int bestGap = Integer.MAX_VALUE;
      for (int c = 0; c < chains.size(); c++) {
        LocalAligner.Fragment p = chains.get(c);
        int ga = f.aFrom() - p.aTo();
        int gb = f.bFrom() - p.bTo();
        if (ga >= 0 && gb >= 0 && ga <= config.maxGapTokens() && gb <= config.maxGapTokens() && ga + gb < bestGap) {
          best = c;
          bestGap = ga + gb;
        }
      }
      if (best < 0) {
        chains.add(f);
      } else {
        LocalAligner.Fragment p = chains.get(best);
        chains.set(best, new LocalAligner.Fragment(p.aFrom(), f.aTo(), p.bFrom(), f.bTo(),
            p.matched() + f.matched(), p.contentMatched() + f.contentMatched(), p.simSum() + f.simSum()));
      }
    }
    return chains;
  }

  private static List<LocalAligner.Fragment> oneToOne(List<LocalAligner.Fragment> passages) {
    List<LocalAligner.Fragment> byStrength = new ArrayList<>(passages);
    byStrength.sort(Comparator.comparingDouble(LocalAligner.Fragment::simSum).reversed()
        .thenComparingInt(LocalAligner.Fragment::aFrom).thenComparingInt(LocalAligner.Fragment::bFrom));
    List<LocalAligner.Fragment> kept = new ArrayList<>();
    for (LocalAligner.Fragment p : byStrength) {
      boolean overlaps = false;
      for (LocalAligner.Fragment q : kept) {
        if (p.aFrom() < q.aTo() && q.aFrom() < p.aTo() || p.bFrom() < q.bTo() && q.bFrom() < p.bTo()) {
          overlaps = true;
          break;
        }
      }
      if (!overlaps) {
        kept.add(p);
      }
    }
    kept.sort(Comparator.comparingInt(LocalAligner.Fragment::aFrom).thenComparingInt(LocalAligner.Fragment::bFrom));
    return kept;
  }

  static List<SharedPassage> toPassages(TokenizedText a, TokenizedText b, List<LocalAligner.Fragment> kept) {
    Language la = a.source.language();
    Language lb = b.source.language();
    boolean cross = la.isKnown() && lb.isKnown() && !la.equals(lb);
    List<SharedPassage> out = new ArrayList<>(kept.size());
    for (LocalAligner.Fragment p : kept) {
      double score = Math.min(1, p.simSum() / Math.max(p.aTo() - p.aFrom(), p.bTo() - p.bFrom()));
      out.add(new SharedPassage(a.source.id(), a.start[p.aFrom()], a.end[p.aTo() - 1],
          b.source.id(), b.start[p.bFrom()], b.end[p.bTo() - 1], score, cross, false));
    }
    return out;
  }
}
