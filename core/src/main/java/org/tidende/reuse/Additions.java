package org.tidende.reuse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import org.tidende.dedup.Boilerplate;

/**
 * For each article of a story, in story order, the sentences that no earlier article has.
 *
 * <p>Method: every article is compared with each earlier one by {@link PassageFinder} (same
 * language or across Scandinavian languages) and across language families by {@link AnchorAligner}
 * (a translated sentence is old); a sentence is old when at least {@code
 * coveredFraction} of its words lie inside shared passages. Sentences shorter than {@code
 * minTokens} cannot carry a passage of their own, so they are old when some earlier sentence aligns
 * with all of their words at an average word similarity of 0.8 or more (a repeated crosshead such as
 * "Vil styrke forholdet"). A sentence whose words the article has already said is not new again: a
 * title the text repeats in quotes (914 of the 8,604 DR texts in the Danish archive are their
 * title in quotes) is listed once, and its words are counted once in the article's total too
 * (such a text had been "9 of 18 words new"). A wire credit standing as a sentence of its own, "(TT)",
 * "(©NTB)" ({@link Boilerplate#isAgencyTag}), is neither new nor counted (until session 37 the
 * samples' Swedish ferry report listed "(TT)" as a sentence it adds).
 *
 * <p>A new sentence is given from its first word to its last with the quotation marks written
 * against them and its closing stops ({@link #sentenceSpan}); sentences are those of {@link
 * TokenizedText}.
 *
 * <p>Cost: {@code N(N-1)/2} passage searches for N articles, plus for short sentences a comparison
 * with every earlier sentence. Failure modes: a paraphrase that keeps the facts but not the words
 * counts as new (by design: this is text reuse, not fact reuse); a sentence built from halves of two
 * earlier sentences is old only if the halves together pass the covered fraction.
 */
public final class Additions {
  private Additions() {}

  /** One result per input text, same order. */
  public static List<ArticleAdditions> compute(List<ReuseText> storyOrder, ReuseConfig config) {
    return new PairwiseReuse(Objects.requireNonNull(storyOrder, "storyOrder"), config).additions();
  }

  /**
   * One result per text, same order, given each pair's kept fragments ({@code aligned.apply(j, i)}
   * for an earlier text j and a later text i, as {@link PassageFinder} aligns them).
   */
  static List<ArticleAdditions> compute(List<TokenizedText> texts,
      BiFunction<Integer, Integer, List<LocalAligner.Fragment>> aligned, ReuseConfig config) {
    LocalAligner aligner = new LocalAligner(config.softDice(), 0.1);
    List<ArticleAdditions> out = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      TokenizedText t = texts.get(i);
      boolean[] covered = new boolean[t.n];
      for (int j = 0; j < i; j++) {
        for (LocalAligner.Fragment p : aligned.apply(j, i)) {
          for (int k = p.bFrom(); k < p.bTo(); k++) {
            covered[k] = true;
          }
        }
      }
      out.add(additions(t, covered, texts.subList(0, i), aligner, config));
    }
    return out;
  }

  private static ArticleAdditions additions(TokenizedText t, boolean[] covered, List<TokenizedText> earlier,
      LocalAligner aligner, ReuseConfig config) {
    List<TextSpan> spans = new ArrayList<>();
    Set<String> said = new HashSet<>();
    int newTokens = 0;
    int totalTokens = 0;
    for (int s = 0; s < t.sentences(); s++) {
      int from = t.sentenceStart[s];
      int to = t.sentenceStart[s + 1];
      TextSpan span = sentenceSpan(t.source.text(), t.start[from], t.end[to - 1]);
      if (Boilerplate.isAgencyTag(span.of(t.source.text()))) {
        continue; // a wire credit closing the text, "(TT)", "(©NTB)": furniture, not a sentence the article adds
      }
      String words = String.join(" ", Arrays.asList(t.folded).subList(from, to));
      boolean repeated = !said.add(words);
      if (!repeated) {
        totalTokens += to - from; // a sentence the article repeats (its title in quotes) is counted once
      }
      int c = 0;
      for (int k = from; k < to; k++) {
        c += covered[k] ? 1 : 0;
      }
      boolean old = c >= config.coveredFraction() * (to - from)
          || to - from < config.minTokens() && repeatsShortSentence(t, from, to, earlier, aligner)
          || repeated;
      if (!old) {
        spans.add(span);
        newTokens += to - from;
      }
    }
    return new ArticleAdditions(t.source.id(), spans, newTokens, totalTokens);
  }

  /**
   * The sentence from its first word {@code first} to the end {@code last} of its last word, with
   * the quotation marks written against them and its closing stops: "»Holder denne jamren aldrig
   * op?«", not "Holder denne jamren aldrig op"; a wire credit with its brackets and copyright sign,
   * "(©NTB)", "[NTB]", where until session 37 "NTB)" and "NTB" were shown.
   */
  static TextSpan sentenceSpan(String text, int first, int last) {
    while (first > 0 && "\"'«»“”„‘’([©".indexOf(text.charAt(first - 1)) >= 0) {
      first--;
    }
    while (last < text.length() && ".!?…\"'«»“”’)]".indexOf(text.charAt(last)) >= 0
        && !(isQuote(text.charAt(last)) && last + 1 < text.length() && Character.isLetterOrDigit(text.charAt(last + 1)))) {
      last++; // a quotation mark against the next word opens that sentence
    }
    return new TextSpan(first, last);
  }

  private static boolean isQuote(char c) {
    return "\"'«»“”„‘’".indexOf(c) >= 0;
  }

  private static boolean repeatsShortSentence(TokenizedText t, int from, int to, List<TokenizedText> earlier, LocalAligner aligner) {
    int len = to - from;
    for (TokenizedText e : earlier) {
      for (int s = 0; s < e.sentences(); s++) {
        int eFrom = e.sentenceStart[s];
        int eTo = e.sentenceStart[s + 1];
        if (Math.abs((eTo - eFrom) - len) > 1) {
          continue;
        }
        for (LocalAligner.Fragment f : aligner.align(t, from, to, e, eFrom, eTo)) {
          if (f.matched() == len && f.simSum() >= 0.8 * len) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
