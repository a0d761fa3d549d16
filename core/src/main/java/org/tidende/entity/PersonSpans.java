package org.tidende.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Two repairs of the person spans a name finder returns, to the convention all four training
 * corpora share: initials belong to the name ({@code W. G. Sebald} in NorNE, {@code H. C. Andersen}
 * in DaNE), a title before it does not ({@code Statsminister <per>Erna Solberg</per>}: 30 times in
 * NorNE's training files, never inside; {@code Fru <per>Baumann</per>} in DaNE).
 *
 * <p>Method, over one sentence's spans in order: (1) a person span of initials only ({@code H.
 * C.}) directly followed by a person span is joined to it; a person span directly preceded by
 * initial tokens not in any span takes them in. (2) A person span of two or more tokens whose
 * first token is a title (the titles {@link NameKeys} drops from keys, {@link #isTitle}: {@code
 * Fru}, {@code Kronprins}, {@code Statsminister}) loses it.
 *
 * <p>Why: the perceptron sees a sentence-initial or capitalised title as a name start (capitals
 * mark names), and an initial as an abbreviation; both are cheap to fix by shape. Cost: linear in
 * the spans. Failure modes: a title that is part of a work's or a ship's name tagged as a person
 * ({@code Kong Harald}-class names of ships) is cut; {@code Dr.} is left alone, as NorNE has it
 * inside and outside equally often.
 */
final class PersonSpans {
  private PersonSpans() {}

  private static final Pattern INITIALS = Pattern.compile("(\\p{Lu}\\.)+");

  /**
   * Titles kept inside a person span, though {@link NameKeys#TITLES} drops them from keys: {@code
   * Dr.} (NorNE has it inside as often as outside) and {@code MS} (a ship prefix: {@code MS Havørn}
   * stays whole, so the story view can tell the ship from a person).
   */
  private static final Set<String> KEPT = Set.of("dr", "doktor", "ms");

  /** Whether {@code token} is a title cut from the front of a person span. */
  static boolean isTitle(String token) {
    String t = token.toLowerCase(Locale.ROOT).replace(".", "");
    return NameKeys.TITLES.contains(t) && !KEPT.contains(t);
  }

  /** The spans with both repairs applied, in order. */
  static List<NameSpan> repair(String[] tokens, List<NameSpan> spans) {
    List<NameSpan> out = new ArrayList<>(spans.size());
    for (NameSpan s : spans) {
      NameSpan prev = out.isEmpty() ? null : out.getLast();
      if (s.type() == EntityType.PER && prev != null && prev.type() == EntityType.PER && prev.end() == s.start()
          && initialsOnly(tokens, prev)) {
        out.set(out.size() - 1, new NameSpan(prev.start(), s.end(), EntityType.PER));
        continue;
      }
      if (s.type() == EntityType.PER) {
        int start = s.start();
        int floor = prev == null ? 0 : prev.end();
        while (start > floor && INITIALS.matcher(tokens[start - 1]).matches()) {
          start--;
        }
        if (s.end() - start >= 2 && isTitle(tokens[start])) {
          start++;
        }
        s = start == s.start() ? s : new NameSpan(start, s.end(), s.type());
      }
      out.add(s);
    }
    return out;
  }

  private static boolean initialsOnly(String[] tokens, NameSpan s) {
    for (int i = s.start(); i < s.end(); i++) {
      if (!INITIALS.matcher(tokens[i]).matches()) {
        return false;
      }
    }
    return true;
  }
}
