package org.tidende.langid;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tidende.model.Language;

/**
 * Replays a language-ID test folder laid out like Lingua's test data ({@code sentences-<lang>.txt},
 * {@code word-pairs/<lang>.txt}, {@code single-words/<lang>.txt}, one item a line) through an
 * identifier and counts, per language and kind, how many items come out right.
 *
 * <p>An item of a supported language is right when identified as that language ({@code und} is
 * wrong). An item of an unsupported language (fi, is in the shared data) is right when it comes out
 * {@code und}; such languages are reported but left out of the averages.
 */
public final class LanguageIdEvaluation {
  /** The kinds of item, with their file name pattern. */
  public static final List<String> KINDS = List.of("sentences", "word-pairs", "single-words");

  /**
   * Counts for one language and kind.
   *
   * @param language the true language code of the file
   * @param kind one of {@link #KINDS}
   * @param supported whether the language is one Tidende identifies (else the target is und)
   * @param items non-blank lines read
   * @param correct items identified right
   * @param undetermined items answered und
   * @param predicted how often each answer was given, by code
   */
  public record Row(String language, String kind, boolean supported, int items, int correct,
      int undetermined, Map<String, Integer> predicted) {
    public Row {
      predicted = Map.copyOf(predicted);
    }

    public double accuracy() {
      return items == 0 ? 0 : (double) correct / items;
    }
  }

  /**
   * The whole evaluation.
   *
   * @param rows one per language file found, languages in alphabetical order, kinds in KINDS order
   * @param averages per kind, the mean accuracy over supported languages
   */
  public record Report(List<Row> rows, Map<String, Double> averages) {
    public Report {
      rows = List.copyOf(rows);
      averages = Map.copyOf(averages);
    }
  }

  private LanguageIdEvaluation() {}

  /** The language codes with at least one test file in {@code dir}, sorted. */
  public static List<String> languages(Path dir) throws IOException {
    List<String> out = new ArrayList<>();
    try (var files = Files.list(dir)) {
      files.map(p -> p.getFileName().toString())
          .filter(n -> n.matches("sentences-[a-z]{2,3}\\.txt"))
          .map(n -> n.substring("sentences-".length(), n.length() - 4))
          .sorted()
          .forEach(out::add);
    }
    return out;
  }

  /** The test file of one language and kind (may not exist). */
  public static Path file(Path dir, String language, String kind) {
    return kind.equals("sentences") ? dir.resolve("sentences-" + language + ".txt") : dir.resolve(kind).resolve(language + ".txt");
  }

  /** The non-blank lines of a test file, stripped. */
  public static List<String> items(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** Evaluates {@code id} on every test file in {@code dir}. */
  public static Report run(LanguageIdentifier id, Path dir) throws IOException {
    List<Row> rows = new ArrayList<>();
    Map<String, double[]> sums = new TreeMap<>();
    for (String lang : languages(dir)) {
      Language truth = Language.parse(lang);
      boolean supported = Language.SUPPORTED.contains(truth);
      for (String kind : KINDS) {
        Path f = file(dir, lang, kind);
        if (!Files.exists(f)) {
          continue;
        }
        Row row = score(id, lang, kind, supported, items(f));
        rows.add(row);
        if (supported) {
          double[] s = sums.computeIfAbsent(kind, k -> new double[2]);
          s[0] += row.accuracy();
          s[1]++;
        }
      }
    }
    Map<String, Double> averages = new TreeMap<>();
    sums.forEach((k, s) -> averages.put(k, s[0] / s[1]));
    return new Report(rows, averages);
  }

  private static Row score(LanguageIdentifier id, String lang, String kind, boolean supported, List<String> items) {
    Map<String, Integer> predicted = new TreeMap<>();
    int correct = 0;
    int und = 0;
    String target = supported ? lang : Language.UND.code();
    for (String item : items) {
      String got = id.identify(item).language().code();
      predicted.merge(got, 1, Integer::sum);
      correct += got.equals(target) ? 1 : 0;
      und += got.equals(Language.UND.code()) ? 1 : 0;
    }
    return new Row(lang, kind, supported, items.size(), correct, und, predicted);
  }
}
