package org.tidende.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tidende.analysis.ArticleAnalyzer;
import org.tidende.analysis.ScandinavianFold;
import org.tidende.model.AnalyzedArticle;
import org.tidende.time.Sentences;

/**
 * A short extractive summary: up to {@value #MAX_SENTENCES} of the members' own sentences.
 *
 * <p>Method: candidate sentences are the first {@value #LEAD_SENTENCES} sentences of each member
 * (news puts what happened first). Each is scored by its centrality: the sum over its distinct
 * analysed terms of how many members use the term (terms folded across Scandinavian spellings so
 * Danish and Nynorsk members reinforce each other), divided by the square root of its length, with
 * a bonus for being a lead sentence. Sentences are then picked greedily, maximal marginal relevance
 * style (Carbonell and Goldstein, 1998): a candidate sharing more than half its terms with a picked
 * sentence is skipped. Cost: linear in the members' lead text. Failure modes: it favours what most
 * members repeat, so a story's latest development (said once) may be missing; sentences are taken
 * whole, in their own language. A text's repeated title ({@link org.tidende.model.Article#body}) is
 * not part of its first sentence; links to other articles were blanked by the story builder. A
 * sentence ending in an ellipsis is no candidate, though its words count for the others: it is
 * mostly a lead the feed cut off ("och företagets anställda…", 171 of Aftonbladet's 472 items in
 * the Swedish feeds), which reads as a fragment. Nor is a sentence with the words of its own
 * article's title: a text that is only its title in quotes (914 of the 8,604 DR texts in the
 * Danish archive) is a headline, not a summary sentence.
 */
final class Summary {
  static final int MAX_SENTENCES = 3;
  static final int LEAD_SENTENCES = 4;

  private Summary() {}

  static List<String> build(List<AnalyzedArticle> members, ArticleAnalyzer analyzer) {
    record Candidate(String text, Set<String> terms, double score) {}
    Map<String, Integer> memberFreq = new HashMap<>();
    List<List<String>> leads = new ArrayList<>();
    List<List<Set<String>>> leadTerms = new ArrayList<>();
    for (AnalyzedArticle m : members) {
      String text = m.article().body();
      List<String> sentences = Sentences.split(text).stream().limit(LEAD_SENTENCES)
          .map(span -> text.substring(span[0], span[1])).filter(s -> s.length() >= 40 && s.length() <= 400).toList();
      List<Set<String>> terms = new ArrayList<>();
      Set<String> all = new HashSet<>();
      for (String s : sentences) {
        Set<String> t = new HashSet<>();
        for (String term : analyzer.terms(m.lang(), s)) {
          t.add(m.lang().isScandinavian() ? ScandinavianFold.skeleton(term) : term);
        }
        terms.add(t);
        all.addAll(t);
      }
      all.forEach(t -> memberFreq.merge(t, 1, Integer::sum));
      leads.add(sentences);
      leadTerms.add(terms);
    }
    List<Candidate> cands = new ArrayList<>();
    for (int i = 0; i < leads.size(); i++) {
      for (int j = 0; j < leads.get(i).size(); j++) {
        Set<String> t = leadTerms.get(i).get(j);
        String sentence = leads.get(i).get(j);
        if (t.size() < 4 || cutOff(sentence) || sameWords(sentence, members.get(i).article().title())) {
          continue;
        }
        double s = 0;
        for (String term : t) {
          s += memberFreq.getOrDefault(term, 0);
        }
        s = s / Math.sqrt(t.size()) * (j == 0 ? 1.3 : 1.0);
        cands.add(new Candidate(leads.get(i).get(j), t, s));
      }
    }
    // Stable sort on score keeps story order among equals: deterministic.
    cands.sort((a, b) -> Double.compare(b.score(), a.score()));
    List<Candidate> picked = new ArrayList<>();
    for (Candidate c : cands) {
      if (picked.size() == MAX_SENTENCES) {
        break;
      }
      boolean redundant = picked.stream().anyMatch(p -> overlap(p.terms(), c.terms()) > 0.5);
      if (!redundant) {
        picked.add(c);
      }
    }
    return picked.stream().map(Candidate::text).toList();
  }

  /** Whether the sentence ends in an ellipsis (closing quotes aside): a cut-off lead, or trailing off. */
  static boolean cutOff(String sentence) {
    String s = sentence.strip();
    int end = s.length();
    while (end > 0 && "\"'»”’)".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.startsWith("…", end - 1) || s.startsWith("...", end - 3);
  }

  /** Whether the two texts have the same words, case, quotes and punctuation aside. */
  static boolean sameWords(String a, String b) {
    return words(a).equals(words(b));
  }

  private static String words(String s) {
    return s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip().toLowerCase(java.util.Locale.ROOT);
  }

  private static double overlap(Set<String> a, Set<String> b) {
    int common = 0;
    for (String x : b) {
      if (a.contains(x)) {
        common++;
      }
    }
    return common / (double) Math.min(a.size(), b.size());
  }
}
