package org.tidende.reuse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Every pair of a story's texts aligned once by {@link PassageFinder}, read both as the passages
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

  public PairwiseReuse(List<ReuseText> texts, ReuseConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.texts = texts.stream().map(TokenizedText::of).toList();
    PassageFinder finder = new PassageFinder(config);
    int n = this.texts.size();
    List<List<LocalAligner.Fragment>> pairs = new ArrayList<>(Collections.nCopies(n * n, List.of()));
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        pairs.set(i * n + j, finder.align(this.texts.get(i), this.texts.get(j)));
      }
    }
    this.aligned = pairs;
  }

  /** Passages shared by every pair of texts ({@code a} the earlier in the list), ordered by pair then position. */
  public List<SharedPassage> passages() {
    int n = texts.size();
    List<SharedPassage> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        out.addAll(PassageFinder.toPassages(texts.get(i), texts.get(j), aligned.get(i * n + j)));
      }
    }
    return out;
  }

  /** For each text, in order, the sentences no earlier text has; see {@link Additions}. */
  public List<ArticleAdditions> additions() {
    int n = texts.size();
    return Additions.compute(texts, (earlier, later) -> aligned.get(earlier * n + later), config);
  }
}
