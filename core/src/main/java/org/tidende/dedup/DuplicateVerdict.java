package org.tidende.dedup;

import java.util.Objects;
import org.tidende.model.ArticleId;

/**
 * What the near-duplicate index says about a newly added text; switch over it exhaustively.
 *
 * <pre>{@code
 * switch (index.add(id, title, text, t)) {
 *   case DuplicateVerdict.Unique u -> show(id);
 *   case DuplicateVerdict.Duplicate d -> attach(id, d.of());
 * }
 * }</pre>
 */
public sealed interface DuplicateVerdict permits DuplicateVerdict.Unique, DuplicateVerdict.Duplicate {

  /** Why a text was judged a duplicate. */
  enum Match {
    /** Same words in the same order after normalisation and boilerplate removal. */
    EXACT,
    /** Jaccard of the word-shingle sets at or above the configured threshold. */
    NEAR,
    /** Same normalised headline (long enough) within the headline window; bodies may differ. */
    HEADLINE
  }

  /** No earlier indexed text is a duplicate. */
  record Unique() implements DuplicateVerdict {}

  /**
   * The text duplicates an earlier one.
   *
   * @param of the earlier item judged most similar (the oldest among equals)
   * @param similarity Jaccard of the whole texts' shingle sets in [0, 1] (1 for {@link Match#EXACT};
   *     for {@link Match#HEADLINE} it can be low, the titles being what is equal)
   * @param match why
   */
  record Duplicate(ArticleId of, double similarity, Match match) implements DuplicateVerdict {
    public Duplicate {
      Objects.requireNonNull(of, "of");
      Objects.requireNonNull(match, "match");
      if (!(similarity >= 0 && similarity <= 1)) {
        throw new IllegalArgumentException("similarity " + similarity + " is outside [0, 1]");
      }
    }

    /** True for an exact duplicate. */
    public boolean exact() {
      return match == Match.EXACT;
    }
  }
}
