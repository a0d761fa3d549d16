package org.tidende.reuse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Every pair of a story's texts aligned once by {@link PassageFinder} (and, across
 * language families, by {@link AnchorAligner}), read both as the passages
 * the pairs share ({@link #passages}, what {@link PassageFinder#find(List)} gives) and as what each
 * text adds to the texts before it ({@link #additions}, what {@link Additions#compute} gives).
 *
 * <p>Why: a story view needs both, each aligns every pair the same way (the earlier text as
 * {@code a}, the same settings), and the alignments are most of the cost of building a story of
 * full texts; aligning each pair once halves it.
 *
 * <p>Cost: N(N-1)/2 passage searches for N texts, made when constructed; memory: the kept
 * fragments of each pair. Deterministic; immutable after construction.
 */
public final class PairwiseReuse {
  private final List<TokenizedText> texts;
  private final ReuseConfig config;
  /** The kept fragments of pair (i, j), i before j, at {@code i * n + j}. */
  private final List<List<LocalAligner.Fragment>> aligned;
  /** The translated sentences of pair (i, j) across language families ({@link AnchorAligner}), likewise. */
  private final List<List<AnchorAligner.Translation>> translated;

  public PairwiseReuse(List<ReuseText> texts, ReuseConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.texts = texts.stream().map(TokenizedText::of).toList();
    PassageFinder finder = new PassageFinder(config);
    int n = this.texts.size();
    List<List<LocalAligner.Fragment>> pairs = new ArrayList<>(Collections.nCopies(n * n, List.of()));
    List<List<AnchorAligner.Translation>> translations = new ArrayList<>(Collections.nCopies(n * n, List.of()));
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        TokenizedText a = this.texts.get(i);
        TokenizedText b = this.texts.get(j);
        List<LocalAligner.Fragment> fragments = finder.align(a, b);
        pairs.set(i * n + j, fragments);
        if (AnchorAligner.applies(a.source.language(), b.source.language())) {
          List<AnchorAligner.Translation> found = AnchorAligner.align(a, b, fragments);
          translations.set(i * n + j, found);
          // a word-aligned stretch inside a translated sentence pair is part of it, not a passage of its own
          pairs.set(i * n + j, fragments.stream().filter(f -> found.stream()
              .noneMatch(t -> AnchorAligner.within(f, t.aFrom(), t.aTo(), t.bFrom(), t.bTo()))).toList());
        }
      }
    }
    this.aligned = pairs;
    this.translated = translations;
  }

  /**
   * Passages shared by every pair of texts ({@code a} the earlier in the list), ordered by pair, the
   * word aligner's by position, then the translated sentences across language families by position.
   */
  public List<SharedPassage> passages() {
    int n = texts.size();
    List<SharedPassage> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        out.addAll(PassageFinder.toPassages(texts.get(i), texts.get(j), aligned.get(i * n + j)));
        for (AnchorAligner.Translation t : translated.get(i * n + j)) {
          TokenizedText a = texts.get(i);
          TokenizedText b = texts.get(j);
          out.add(new SharedPassage(a.source.id(), a.start[t.aFrom()], a.end[t.aTo() - 1], b.source.id(),
              b.start[t.bFrom()], b.end[t.bTo() - 1], t.score(), true, true));
        }
      }
    }
    return out;
  }

  /** For each text, in order, the sentences no earlier text has; see {@link Additions}. */
  public List<ArticleAdditions> additions() {
    int n = texts.size();
    return Additions.compute(texts, (earlier, later) -> {
      List<LocalAligner.Fragment> all = new ArrayList<>(aligned.get(earlier * n + later));
      for (AnchorAligner.Translation t : translated.get(earlier * n + later)) {
        all.add(new LocalAligner.Fragment(t.aFrom(), t.aTo(), t.bFrom(), t.bTo(), 0, 0, 0));
      }
      return all;
    }, config);
  }
}
