package org.tidende.langid;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tidende.model.Language;

/**
 * Fits the three softmax temperatures of the identifier on held-out training text and reports how
 * the calibrated model does on it. The held-out text is cut into three kinds of snippet, like the
 * inputs the identifier meets: single lower-case words, pairs of consecutive words, and sentences of
 * 5–40 words. Each temperature is the grid value with the least mean log-loss of the true class.
 *
 * @param letterTemperature fitted stage-1 temperature
 * @param wordTemperature fitted stage-2 temperature
 * @param splitTemperature fitted temperature of the Bokmål/Nynorsk split (log-loss over the
 *     held-out nb and nn snippets, two classes, on the split evidence)
 * @param report readable lines: the fit and held-out accuracy per language and snippet kind
 */
record Calibration(float letterTemperature, float wordTemperature, float splitTemperature, List<String> report) {
  private static final int PER_KIND = 400;
  private static final String[] KINDS = {"word", "pair", "sentence"};

  static Calibration fit(LanguageIdentifier raw, Map<Language, List<String>> heldOut, float[] grid) {
    List<String> letterClasses = raw.model().letterClasses();
    List<String> wordClasses = raw.model().wordClasses();
    List<Language> langs = new ArrayList<>(heldOut.keySet());
    List<List<List<LanguageIdentifier.Evidence>>> ev = new ArrayList<>();
    for (Language l : langs) {
      List<List<LanguageIdentifier.Evidence>> byKind = new ArrayList<>();
      for (List<String> snippets : snippets(heldOut.get(l))) {
        byKind.add(snippets.stream().map(raw::evidence).filter(e -> e.letterHits() > 0).toList());
      }
      ev.add(byKind);
    }
    float bestT1 = grid[0];
    float bestT2 = grid[0];
    float bestT3 = grid[0];
    double best1 = Double.MAX_VALUE;
    double best2 = Double.MAX_VALUE;
    double best3 = Double.MAX_VALUE;
    int nb = wordClasses.indexOf("nb");
    int nn = wordClasses.indexOf("nn");
    for (float t : grid) {
      double loss1 = 0;
      double loss2 = 0;
      double loss3 = 0;
      for (int li = 0; li < langs.size(); li++) {
        int c1 = letterClasses.indexOf(langs.get(li).code());
        int c2 = wordClasses.indexOf(langs.get(li).code());
        for (List<LanguageIdentifier.Evidence> kind : ev.get(li)) {
          for (LanguageIdentifier.Evidence e : kind) {
            loss1 -= logSoftmax(e.letters(), t, c1);
            if (c2 >= 0 && e.wordHits() > 0) {
              loss2 -= logSoftmax(e.words(), t, c2);
            }
            if ((c2 == nb || c2 == nn) && c2 >= 0 && e.splitHits() >= LanguageIdentifier.MIN_PLAIN_HITS) {
              float[] two = {e.split()[nb], e.split()[nn]};
              loss3 -= logSoftmax(two, t, c2 == nb ? 0 : 1);
            }
          }
        }
      }
      if (loss1 < best1) {
        best1 = loss1;
        bestT1 = t;
      }
      if (loss2 < best2) {
        best2 = loss2;
        bestT2 = t;
      }
      if (loss3 < best3) {
        best3 = loss3;
        bestT3 = t;
      }
    }
    List<String> report = new ArrayList<>();
    report.add(String.format(Locale.ROOT, "temperatures fitted on held-out text: letters %.1f, words %.1f, nb/nn split %.1f",
        bestT1, bestT2, bestT3));
    for (int li = 0; li < langs.size(); li++) {
      StringBuilder line = new StringBuilder("held-out " + langs.get(li) + ":");
      for (int k = 0; k < KINDS.length; k++) {
        List<LanguageIdentifier.Evidence> kind = ev.get(li).get(k);
        int right = 0;
        for (LanguageIdentifier.Evidence e : kind) {
          double[] p = raw.combine(e, bestT1, bestT2, bestT3);
          int s = Language.SUPPORTED.indexOf(langs.get(li));
          boolean best = true;
          for (int i = 0; i < Language.SUPPORTED.size(); i++) {
            best &= i == s || p[i] <= p[s];
          }
          right += best && p[s] >= LanguageIdentifier.MIN_CONFIDENCE ? 1 : 0;
        }
        line.append(String.format(Locale.ROOT, " %s %.3f (n=%d)", KINDS[k], kind.isEmpty() ? 0.0 : (double) right / kind.size(), kind.size()));
      }
      report.add(line.toString());
    }
    return new Calibration(bestT1, bestT2, bestT3, report);
  }

  private static double logSoftmax(float[] ll, float t, int c) {
    double max = Double.NEGATIVE_INFINITY;
    for (float v : ll) {
      max = Math.max(max, v / t);
    }
    double sum = 0;
    for (float v : ll) {
      sum += Math.exp(v / t - max);
    }
    return ll[c] / t - max - Math.log(sum);
  }

  /** Words, pairs and sentences cut from the documents, each list thinned to at most PER_KIND. */
  static List<List<String>> snippets(List<String> docs) {
    List<String> words = new ArrayList<>();
    List<String> pairs = new ArrayList<>();
    List<String> sentences = new ArrayList<>();
    for (String doc : docs) {
      for (String s : doc.split("(?<=[.!?])\\s+|\\n+")) {
        String[] tokens = s.strip().split("\\s+");
        if (tokens.length >= 5 && tokens.length <= 40) {
          sentences.add(s.strip());
        }
        String prev = null;
        for (String tok : tokens) {
          String w = tok.matches("\\p{Ll}{3,}") ? tok : null;
          if (w != null) {
            words.add(w);
            if (prev != null) {
              pairs.add(prev + " " + w);
            }
          }
          prev = w;
        }
      }
    }
    return List.of(thin(words), thin(pairs), thin(sentences));
  }

  private static List<String> thin(List<String> all) {
    if (all.size() <= PER_KIND) {
      return all;
    }
    List<String> out = new ArrayList<>(PER_KIND);
    for (int i = 0; i < PER_KIND; i++) {
      out.add(all.get((int) ((long) i * all.size() / PER_KIND)));
    }
    return out;
  }
}
