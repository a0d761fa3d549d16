package org.tidende.entity;

import java.util.List;
import java.util.Objects;
import org.tidende.model.Language;

/**
 * One tokenised sentence with its gold names, as read from a training or evaluation corpus.
 *
 * @param tokens the tokens, in order
 * @param names the names over {@code tokens}, non-overlapping, in order
 * @param language the sentence's language
 */
public record TaggedSentence(List<String> tokens, List<NameSpan> names, Language language) {
  public TaggedSentence {
    tokens = List.copyOf(tokens);
    names = List.copyOf(names);
    Objects.requireNonNull(language, "language");
    for (NameSpan n : names) {
      if (n.end() > tokens.size()) {
        throw new IllegalArgumentException("name " + n + " past sentence of " + tokens.size() + " tokens");
      }
    }
  }
}
