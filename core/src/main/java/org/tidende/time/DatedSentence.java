package org.tidende.time;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A sentence with the dates it mentions: one entry of a story timeline.
 *
 * @param start offset of the sentence in the text (inclusive)
 * @param end offset after the sentence (exclusive)
 * @param text the sentence, stripped
 * @param mentions the resolved dates in the sentence, in text order; never empty
 */
public record DatedSentence(int start, int end, String text, List<DateMention> mentions) {
  public DatedSentence {
    Objects.requireNonNull(text, "text");
    mentions = List.copyOf(mentions);
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("sentence '" + text + "' has no date");
    }
  }

  /**
   * The date to place the sentence by: the finest mention (a day before a week before a month
   * before a year), the first such in the sentence.
   */
  public DateMention primary() {
    return mentions.stream().min(Comparator.comparing(DateMention::granularity)).orElseThrow();
  }
}
