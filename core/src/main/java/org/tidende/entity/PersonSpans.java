package org.tidende.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Three repairs of the person spans a name finder returns, to the convention all four training
 * corpora share: initials belong to the name ({@code W. G. Sebald} in NorNE, {@code H. C. Andersen}
 * in DaNE), a title before it does not ({@code Statsminister <per>Erna Solberg</per>}: 30 times in
 * NorNE's training files, never inside; {@code Fru <per>Baumann</per>} in DaNE), and the one word
 * after a verb of saying that ends a quotation's reporting clause is the speaker ({@code ...,
 * seier <per>Hersoug</per> .}), whatever type the finder gave it.
 *
 * <p>Method, over one sentence's spans in order: (1) a person span of initials only ({@code H.
 * C.}) directly followed by a person span is joined to it; a person span directly preceded by
 * initial tokens not in any span takes them in. (2) A person span of two or more tokens whose
 * first token is a title (the titles {@link NameKeys} drops from keys, {@link #isTitle}: {@code
 * Fru}, {@code Kronprins}, {@code Statsminister}) loses it. (3) A one-word span of another type
 * that {@link #speaker} finds after a verb of saying becomes a person: the finder had typed
 * "Hersoug" ORG in ten Nynorsk dev sentences of one interview ("meiner Hersoug ."). With
 * models trained without the dev files, Nynorsk dev F1 rose from 0.825 to 0.830 (persons 0.889
 * to 0.896); Bokmål, Danish and Swedish were unchanged. Giving a person span to such a word the
 * finder left untagged changed nothing. The same for a one-word name after a title noun
 * ("sosialøkonom Hersoug", "NHO-direktør"; 39 persons and 3 organisations after such words in
 * NorNE's training files, all three after "leiar"/"leder", which were left out) cost Nynorsk
 * 0.830 to 0.829 and Danish 0.723 to 0.714, so it is not done. Nor is a person made of a
 * capitalised word the finder left out or typed otherwise that the model's name lexicon ({@link
 * NameLexicon}) saw at least 3 times, always inside a person's name: one Nynorsk name changed;
 * with 80 % of its occurrences, Danish 0.723 to 0.725 and Nynorsk 0.830 to 0.829 (the finder
 * already follows the lexicon where it is unambiguous, and the persons it missed in Danish dev
 * are mostly words no training file holds: "Søren", "Madsen", "Lentz").
 *
 * <p>Why: the perceptron sees a sentence-initial or capitalised title as a name start (capitals
 * mark names), and an initial as an abbreviation; both are cheap to fix by shape. A surname it
 * has never seen takes its type from its letters and word cluster, and the verb before it weighs
 * less than those; the reporting clause is a near-certain cue. Cost: linear in the spans. Failure
 * modes: an organisation that speaks ("sier Equinor.") becomes a person, as 5 of 595 such words in
 * NorNE's training files would; a title that is part of a work's or a ship's name tagged as a
 * person ({@code Kong Harald}-class names of ships) is cut; {@code Dr.} is left alone, as NorNE has it
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

  /**
   * Verbs of saying that end a quotation's reporting clause ("..., seier Hersoug."), in Norwegian
   * (both written forms), Danish and Swedish.
   */
  private static final Set<String> SAYS = Set.of("sier", "seier", "sa", "sagt", "mener", "meiner", "understreker",
      "understrekar", "forteller", "fortel", "svarer", "svarar", "spør", "spurde", "forklarer", "forklarar", "påpeker",
      "påpeikar", "konstaterer", "siger", "sagde", "fortæller", "understreger", "tilføjer", "påpeger", "säger", "sade",
      "berättar", "menar", "förklarar", "understryker", "konstaterar", "frågar");

  /**
   * Whether span {@code s} is one capitalised word, not an acronym or a hyphenated compound, right
   * after a verb of saying and before a clause's end: the speaker ("..., seier Hersoug."). In
   * NorNE's training files such a word is a person 590 times and an organisation or a country 5
   * times (Noreg, Helsetilsynet, Abelia, Venstre), never untagged; in the Danish and Swedish
   * training files 18 times, all persons. Acronyms (OECD) and hyphenated compounds (UP-sjefen)
   * after such a verb are other types, so they are left alone.
   */
  static boolean speaker(String[] tokens, NameSpan s) {
    if (s.end() - s.start() != 1 || s.start() == 0 || !SAYS.contains(tokens[s.start() - 1].toLowerCase(Locale.ROOT))) {
      return false;
    }
    String w = tokens[s.start()];
    if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || w.equals(w.toUpperCase(Locale.ROOT)) || w.indexOf('-') >= 0) {
      return false;
    }
    String next = s.end() < tokens.length ? tokens[s.end()] : ".";
    return next.equals(".") || next.equals(",") || next.equals("!") || next.equals("?") || next.equals("og");
  }

  /** The spans with the three repairs applied, in order. */
  static List<NameSpan> repair(String[] tokens, List<NameSpan> spans) {
    List<NameSpan> out = new ArrayList<>(spans.size());
    for (NameSpan s : spans) {
      if (s.type() != EntityType.PER && speaker(tokens, s)) {
        s = new NameSpan(s.start(), s.end(), EntityType.PER);
      }
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
