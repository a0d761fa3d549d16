package org.tidende.app;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Makes planted near-copies of real texts, seeded: words changed (replaced, deleted or inserted),
 * truncated, paragraphs reordered, boilerplate added. Each kind names an edit level of the
 * benchmark.
 */
final class PlantedDuplicates {
  /** The edits the benchmark plants, one copy per kind per original. */
  enum Kind {
    WORDS_5("5 % words changed"), WORDS_10("10 % words changed"), WORDS_20("20 % words changed"),
    WORDS_30("30 % words changed"), TRUNCATED("truncated to 55-85 %"), REORDERED("paragraphs reordered"),
    BOILERPLATE("boilerplate added");

    final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  private static final String[] BOILERPLATE = {
    "Foto: NTB Scanpix", "Les også: Slik blir været i helgen", "Del på Facebook", "Læs også: Seneste nyt",
    "Vi bruker cookies for å gi deg en bedre opplevelse.", "Annonse", "Foto: Ritzau Scanpix / AP", "Läs också: Senaste nytt",
  };

  private final List<String> vocabulary;

  PlantedDuplicates(List<String> vocabulary) {
    this.vocabulary = vocabulary;
  }

  String copy(String text, Kind kind, Random rnd) {
    return switch (kind) {
      case WORDS_5 -> changeWords(text, 0.05, rnd);
      case WORDS_10 -> changeWords(text, 0.10, rnd);
      case WORDS_20 -> changeWords(text, 0.20, rnd);
      case WORDS_30 -> changeWords(text, 0.30, rnd);
      case TRUNCATED -> truncate(text, 0.55 + 0.30 * rnd.nextDouble());
      case REORDERED -> reorder(text, rnd);
      case BOILERPLATE -> addBoilerplate(text, rnd);
    };
  }

  /** Changes the given fraction of words: half replaced by a corpus word, a quarter deleted, a quarter with a word inserted after. */
  String changeWords(String text, double fraction, Random rnd) {
    String[] words = text.split(" ");
    int n = (int) Math.round(fraction * words.length);
    List<Integer> positions = new ArrayList<>(words.length);
    for (int i = 0; i < words.length; i++) {
      positions.add(i);
    }
    Collections.shuffle(positions, rnd);
    String[] out = Arrays.copyOf(words, words.length);
    for (int k = 0; k < n; k++) {
      int i = positions.get(k);
      double op = rnd.nextDouble();
      String w = vocabulary.get(rnd.nextInt(vocabulary.size()));
      out[i] = op < 0.5 ? w : op < 0.75 ? "" : words[i] + " " + w;
    }
    return String.join(" ", out).replaceAll(" {2,}", " ");
  }

  static String truncate(String text, double keep) {
    int cut = (int) (text.length() * keep);
    int space = text.lastIndexOf(' ', cut);
    return text.substring(0, Math.max(1, space > 0 ? space : cut));
  }

  static String reorder(String text, Random rnd) {
    List<String> parts = new ArrayList<>(Arrays.asList(text.split("\n+")));
    if (parts.size() < 3) {
      List<String> sentences = Arrays.asList(text.split("(?<=[.!?])\\s+"));
      parts = new ArrayList<>();
      int chunk = Math.max(1, sentences.size() / 4);
      for (int i = 0; i < sentences.size(); i += chunk) {
        parts.add(String.join(" ", sentences.subList(i, Math.min(sentences.size(), i + chunk))));
      }
    }
    List<String> shuffled = new ArrayList<>(parts);
    for (int tries = 0; tries < 5 && shuffled.equals(parts) && parts.size() > 1; tries++) {
      Collections.shuffle(shuffled, rnd);
    }
    return String.join("\n", shuffled);
  }

  static String addBoilerplate(String text, Random rnd) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n")));
    int add = 2 + rnd.nextInt(3);
    for (int k = 0; k < add; k++) {
      lines.add(rnd.nextInt(lines.size() + 1), BOILERPLATE[rnd.nextInt(BOILERPLATE.length)]);
    }
    return String.join("\n", lines) + " (NTB)";
  }
}
