package org.tidende.reuse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import org.tidende.analysis.ArticleAnalyzer;
import org.tidende.model.Language;

/**
 * Finds sentences of two texts in different language families that translate each other, without
 * a dictionary: by the words a translation leaves as they are, its anchors.
 *
 * <p>Method. Each sentence of a text is reduced to its anchors in order: numbers, read and
 * normalised as the analysis does for clustering ({@link ArticleAnalyzer#normalisedNumber}: {@code 300.000}, {@code 300 000} and {@code 300,000} are all 300000; {@code 4,8} and {@code 4.8}
 * are 4.8; one-digit numbers are left out, as they are mostly spelt out in the other language), and
 * names: runs of capitalised words joined by a space or an initial's stop ({@code G.O. Sars}, {@code
 * Henrik Aasland}), each word keyed by {@link ArticleAnalyzer#nameKey} (so {@code Copenhagen} meets
 * {@code København}, {@code Havorn} meets {@code Havørn}, {@code Aasland} meets {@code Åsland}); two
 * runs match when they share a key ({@code Aasland} matches {@code Henrik Åsland}). A sentence's first
 * word counts only when the text also capitalises it elsewhere, or it is an acronym; English and German
 * weekdays and months, capitalised there but not in the Scandinavian languages, never count. A unit
 * is one sentence or two consecutive ones (a translator joins and splits sentences: the samples' English
 * ferry report makes one sentence of two of the Bokmål wire's). A unit pair is a translation when,
 * anchors matched one-to-one in order of the first unit:
 * <ol>
 *   <li>at least {@value #MIN_SHARED} anchors match;
 *   <li>more than half of each unit's anchors match;
 *   <li>the matched anchors keep their order: the longest increasing run of their positions in the
 *       second unit is at least {@value #MIN_ORDER} of them, the two sentences of a unit of two taken
 *       in either order (a clause may move: "All 212 passengers ... of the ferry MS Havørn ... between
 *       Kristiansand and Hirtshals" against "Brannen starta ... mellom Kristiansand og Hirtshals. Alle
 *       dei 212 passasjerane ...");
 *   <li>the shorter unit has at least {@value #MIN_LENGTH_RATIO} of the longer one's words;
 *   <li>in a unit of two sentences each sentence has a matched anchor (units are 1:1, 1:2 or 2:1).
 * </ol>
 * Pairs passing are taken most matched anchors first (then fewer sentences, then the higher score:
 * matched over the larger anchor count), one-to-one by sentence, and never over a passage the word
 * aligner already found for the pair that reaches out of them; one inside them (the samples' English and
 * Swedish reef reports share the 5 words "G.O. Sars has/har ... 14" of a 24-word sentence) gives way to
 * the whole sentence pair.
 *
 * <p>Why only across language families (a Scandinavian text against an English, German or Spanish
 * one, or two of those against each other): within a language, and across the Scandinavian ones, the
 * word aligner ({@link PassageFinder}) finds what was copied or translated from the words themselves;
 * there, two sentences agreeing on names and numbers but not on words are two reports of the same
 * facts (every report of a ferry fire names the ferry, the two ports and the 212 passengers), not a
 * shared passage, and anchors alone would add them as noise. Across families the words differ and the
 * anchors are all a translation keeps.
 *
 * <p>Cost: only the first {@value #MAX_SENTENCES} sentences of each text are read; sentence pairs are
 * found through an index of anchor keys (only pairs sharing a key are tried), each tried as at most 5
 * unit pairs of a few anchors each: at most {@code 5 x 60 x 60} small comparisons per pair of texts,
 * and a story's {@code Reuse.MAX_COMPARED} (40) members make at most 780 pairs, in practice only its
 * cross-family ones.
 *
 * <p>Failure modes: German capitalises every noun, so a German sentence has anchors a Scandinavian
 * one does not; a run of nouns beside a name is one anchor ({@code Forschungsschiff Kronprins
 * Haakon}), which keeps a plain translation above "more than half" (tested), but a German sentence
 * with several nouns standing apart fails it (recall, not precision, suffers); a translation that spells out numbers or drops names is missed; two sentences of one
 * story stating the same names and numbers in the same order in different languages are taken as a
 * translation even when written apart (by design: the passage is shared in content, and marked
 * translated, not copied).
 *
 * <p>Measured. Samples: 7 translated passages, all read right (the English reef report's first
 * sentence against the Nynorsk, Bokmål and Swedish leads; the English ferry report's first against
 * the Bokmål, Danish, Swedish and Nynorsk two-sentence leads); the English sentences saying
 * "Expedition leader Ingrid Vadheim ..." (two anchors) and "captain Henrik Aasland said" are missed.
 * ECB+ dev, Google News dev, the seeds and the Norwegian and Swedish feeds of {@code
 * data/scandinavian}: no pair of members across families, so nothing added. Tried: the same rules
 * within English. On ECB+ dev they added 2,247 passages over 81 stories, and of 20 read at random 2
 * were a copy or close rewrite of one sentence ("The pirates were from Somalia and Yemen ..."), 18 two
 * reports of the same facts ("Fred LaRue's career was intertwined with ... Barry Goldwater in 1964" against "He
 * was a major contributor to ... Barry Goldwater's failed 1964 presidential bid"): hence across
 * families only.
 */
final class AnchorAligner {
  static final int MAX_SENTENCES = 60;
  static final int MIN_SHARED = 3;
  static final double MIN_ORDER = 0.6;
  static final double MIN_LENGTH_RATIO = 0.5;
  private static final Set<String> NOT_NAMES = Set.of(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
      "januar", "februar", "märz", "juni", "juli", "oktober", "dezember", "i");

  /** A name run (its word keys) or a number (one key, prefixed {@code #}). */
  record Anchor(Set<String> keys) {
    boolean matches(Anchor o) {
      for (String k : keys) {
        if (o.keys.contains(k)) {
          return true;
        }
      }
      return false;
    }
  }

  /** Sentence pair units, token ranges, with their score in (0, 1]. */
  record Translation(int aFrom, int aTo, int bFrom, int bTo, double score) {}

  private AnchorAligner() {}

  /** Whether two texts' languages lie in different families, where this aligner applies. */
  static boolean applies(Language a, Language b) {
    return a.isKnown() && b.isKnown() && !a.equals(b) && !(a.isScandinavian() && b.isScandinavian());
  }

  /**
   * Translated sentence units of {@code a} and {@code b}, ordered by start in a, none overlapping
   * {@code taken} (the word aligner's fragments for the pair) or each other.
   */
  static List<Translation> align(TokenizedText a, TokenizedText b, List<LocalAligner.Fragment> taken) {
    List<List<Anchor>> sa = anchors(a);
    List<List<Anchor>> sb = anchors(b);
    Map<String, List<Integer>> index = new HashMap<>();
    for (int s = 0; s < sb.size(); s++) {
      for (Anchor x : sb.get(s)) {
        for (String k : x.keys()) {
          List<Integer> l = index.computeIfAbsent(k, z -> new ArrayList<>());
          if (l.isEmpty() || l.get(l.size() - 1) != s) {
            l.add(s);
          }
        }
      }
    }
    record Cand(int a0, int a1, int b0, int b1, int shared, double score) {}
    Set<Long> tried = new HashSet<>();
    List<Cand> cands = new ArrayList<>();
    for (int s = 0; s < sa.size(); s++) {
      Set<Integer> near = new TreeSet<>();
      for (Anchor x : sa.get(s)) {
        for (String k : x.keys()) {
          near.addAll(index.getOrDefault(k, List.of()));
        }
      }
      for (int t : near) {
        int[][] units = {{s, s + 1, t, t + 1}, {s, s + 1, t - 1, t + 1}, {s, s + 1, t, t + 2},
            {s - 1, s + 1, t, t + 1}, {s, s + 2, t, t + 1}};
        for (int[] u : units) {
          if (u[0] < 0 || u[2] < 0 || u[1] > sa.size() || u[3] > sb.size()
              || !tried.add(((long) u[0] * 4 + u[1] - u[0]) * 1_000_003L + u[2] * 4L + u[3] - u[2])) {
            continue;
          }
          double[] m = match(a, sa, u[0], u[1], b, sb, u[2], u[3]);
          if (m != null) {
            cands.add(new Cand(u[0], u[1], u[2], u[3], (int) m[0], m[1]));
          }
        }
      }
    }
    cands.sort(Comparator.comparingInt(Cand::shared).reversed()
        .thenComparingInt(c -> c.a1() - c.a0() + c.b1() - c.b0())
        .thenComparing(Comparator.comparingDouble(Cand::score).reversed())
        .thenComparingInt(Cand::a0).thenComparingInt(Cand::b0));
    boolean[] usedA = new boolean[sa.size()];
    boolean[] usedB = new boolean[sb.size()];
    List<Translation> out = new ArrayList<>();
    for (Cand c : cands) {
      int aFrom = a.sentenceStart[c.a0()];
      int aTo = a.sentenceStart[c.a1()];
      int bFrom = b.sentenceStart[c.b0()];
      int bTo = b.sentenceStart[c.b1()];
      if (any(usedA, c.a0(), c.a1()) || any(usedB, c.b0(), c.b1()) || overlaps(taken, aFrom, aTo, bFrom, bTo)) {
        continue;
      }
      Arrays.fill(usedA, c.a0(), c.a1(), true);
      Arrays.fill(usedB, c.b0(), c.b1(), true);
      out.add(new Translation(aFrom, aTo, bFrom, bTo, c.score()));
    }
    out.sort(Comparator.comparingInt(Translation::aFrom).thenComparingInt(Translation::bFrom));
    return out;
  }

  private static boolean any(boolean[] used, int from, int to) {
    for (int i = from; i < to; i++) {
      if (used[i]) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word-aligned fragment overlaps the unit pair and reaches out of it (one inside it gives way). */
  private static boolean overlaps(List<LocalAligner.Fragment> taken, int aFrom, int aTo, int bFrom, int bTo) {
    for (LocalAligner.Fragment f : taken) {
      if ((f.aFrom() < aTo && aFrom < f.aTo() || f.bFrom() < bTo && bFrom < f.bTo()) && !within(f, aFrom, aTo, bFrom, bTo)) {
        return true;
      }
    }
    return false;
  }

  /** Whether fragment {@code f} lies inside the unit pair in both texts. */
  static boolean within(LocalAligner.Fragment f, int aFrom, int aTo, int bFrom, int bTo) {
    return f.aFrom() >= aFrom && f.aTo() <= aTo && f.bFrom() >= bFrom && f.bTo() <= bTo;
  }

  /** {matched anchors, score} when sentences [a0, a1) of a translate [b0, b1) of b, else null. */
  private static double[] match(TokenizedText a, List<List<Anchor>> sa, int a0, int a1, TokenizedText b,
      List<List<Anchor>> sb, int b0, int b1) {
    int wordsA = a.sentenceStart[a1] - a.sentenceStart[a0];
    int wordsB = b.sentenceStart[b1] - b.sentenceStart[b0];
    if (Math.min(wordsA, wordsB) < MIN_LENGTH_RATIO * Math.max(wordsA, wordsB)) {
      return null;
    }
    List<Anchor> xa = new ArrayList<>();
    for (int s = a0; s < a1; s++) {
      xa.addAll(sa.get(s));
    }
    List<Anchor> xb = new ArrayList<>();
    List<Integer> sentB = new ArrayList<>();
    for (int s = b0; s < b1; s++) {
      for (Anchor x : sb.get(s)) {
        xb.add(x);
        sentB.add(s);
      }
    }
    boolean[] usedB = new boolean[xb.size()];
    List<Integer> positions = new ArrayList<>();
    List<Integer> sentOfA = new ArrayList<>();
    boolean[] sentHitA = new boolean[a1 - a0];
    boolean[] sentHitB = new boolean[b1 - b0];
    for (int s = a0; s < a1; s++) {
      for (Anchor x : sa.get(s)) {
        for (int j = 0; j < xb.size(); j++) {
          if (!usedB[j] && x.matches(xb.get(j))) {
            usedB[j] = true;
            positions.add(j);
            sentOfA.add(s - a0);
            sentHitA[s - a0] = true;
            sentHitB[sentB.get(j) - b0] = true;
            break;
          }
        }
      }
    }
    int shared = positions.size();
    if (shared < MIN_SHARED || 2 * shared <= xa.size() || 2 * shared <= xb.size()
        || ordered(positions, sentOfA, sentB, b0, xb.size()) < MIN_ORDER * shared || !all(sentHitA) || !all(sentHitB)) {
      return null;
    }
    return new double[] {shared, shared / (double) Math.max(xa.size(), xb.size())};
  }

  private static boolean all(boolean[] b) {
    for (boolean x : b) {
      if (!x) {
        return false;
      }
    }
    return true;
  }

  /**
   * The longest run of matched anchors in the same order in both units, the two sentences of a unit
   * of two taken in either order (a translator who joins two sentences may put the second's clause
   * first: "All 212 passengers ... of the ferry MS Havørn ..." against "MS Havørn ... Kristiansand og
   * Hirtshals. Alle 212 passasjerer ...").
   *
   * @param positions for each matched anchor of unit a, in a's order, its index in unit b
   * @param sentOfA for each, its sentence in unit a (0 or 1)
   * @param sentB for each anchor of unit b, its sentence (absolute, from {@code b0})
   */
  private static int ordered(List<Integer> positions, List<Integer> sentOfA, List<Integer> sentB, int b0, int sizeB) {
    int best = 0;
    for (int swapA = 0; swapA < 2; swapA++) {
      for (int swapB = 0; swapB < 2; swapB++) {
        List<Integer> seq = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
          for (int k = 0; k < positions.size(); k++) {
            if ((sentOfA.get(k) ^ swapA) == pass) {
              int j = positions.get(k);
              seq.add(((sentB.get(j) - b0) ^ swapB) * sizeB + j);
            }
          }
        }
        best = Math.max(best, increasingRun(seq));
      }
    }
    return best;
  }

  /** Length of the longest strictly increasing subsequence (patience sorting). */
  static int increasingRun(List<Integer> xs) {
    List<Integer> tails = new ArrayList<>();
    for (int x : xs) {
      int lo = 0;
      int hi = tails.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (tails.get(mid) < x) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      if (lo == tails.size()) {
        tails.add(x);
      } else {
        tails.set(lo, x);
      }
    }
    return tails.size();
  }

  /** The anchors of each of the first {@value #MAX_SENTENCES} sentences, in order. */
  static List<List<Anchor>> anchors(TokenizedText t) {
    String text = t.source.text();
    Set<String> capsMid = new HashSet<>();
    for (int i = 0; i < t.n; i++) {
      if (i != t.sentenceStart[t.sentenceOf[i]] && capitalised(text, i, t)) {
        capsMid.add(text.substring(t.start[i], t.end[i]));
      }
    }
    // numbers as the analysis reads and normalises them, by start: end and normalised form
    Map<Integer, String[]> numbers = new HashMap<>();
    Matcher m = ArticleAnalyzer.numberMatcher(text);
    while (m.find()) {
      numbers.put(m.start(), new String[] {Integer.toString(m.end()), ArticleAnalyzer.normalisedNumber(m.group())});
    }
    int sentences = Math.min(MAX_SENTENCES, t.sentences());
    List<List<Anchor>> out = new ArrayList<>(sentences);
    for (int s = 0; s < sentences; s++) {
      List<Anchor> list = new ArrayList<>();
      int to = t.sentenceStart[s + 1];
      Set<String> run = null;
      for (int i = t.sentenceStart[s]; i < to; i++) {
        String w = text.substring(t.start[i], t.end[i]);
        if (Character.isDigit(w.charAt(0))) {
          run = close(run, list);
          String[] num = numbers.get(t.start[i]); // the number the analysis reads here, as it compares it
          int end = num == null ? t.end[i] : Integer.parseInt(num[0]);
          while (i + 1 < to && t.start[i + 1] < end) {
            i++; // the number's other groups: "300 000", "4,8"
          }
          if (num != null && num[1].length() >= 2) {
            list.add(new Anchor(Set.of("#" + num[1])));
          }
          continue;
        }
        boolean first = i == t.sentenceStart[s];
        boolean name = capitalised(text, i, t) && !NOT_NAMES.contains(w.toLowerCase(Locale.ROOT))
            && (!first || capsMid.contains(w) || acronym(w));
        if (!name) {
          run = close(run, list);
          continue;
        }
        if (run != null && !joins(text, t.end[i - 1], t.start[i])) {
          run = close(run, list);
        }
        if (run == null) {
          run = new HashSet<>();
        }
        if (w.length() >= 2) {
          run.add(ArticleAnalyzer.nameKey(w));
        }
      }
      close(run, list);
      out.add(list);
    }
    return out;
  }

  private static Set<String> close(Set<String> run, List<Anchor> list) {
    if (run != null && !run.isEmpty()) {
      list.add(new Anchor(Set.copyOf(run)));
    }
    return null;
  }

  /** Whether the gap between two capitalised words keeps them one name: a space, or an initial's stop. */
  private static boolean joins(String text, int from, int to) {
    String gap = text.substring(from, to);
    return gap.equals(" ") || gap.equals(".") || gap.equals(". ") || gap.equals("-");
  }

  private static boolean capitalised(String text, int i, TokenizedText t) {
    int cp = text.codePointAt(t.start[i]);
    return Character.isUpperCase(cp) || Character.isTitleCase(cp);
  }

  private static boolean acronym(String w) {
    return w.length() >= 2 && w.length() <= 6 && w.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
  }
}
