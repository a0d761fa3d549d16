package org.tidende.langid;

import com.carrotsearch.hppc.LongIntHashMap;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tidende.model.Language;

/**
 * Builds the bundled {@link LanguageModel} from the shared corpora ({@link TrainingCorpus}) and
 * Lingua's n-gram tables ({@link LinguaTables}). Deterministic: same inputs, same bytes.
 *
 * <p>Steps. (1) Every tenth document of each corpus language is held out. (2) Stage 1: letter
 * n-grams are counted per language and divided by the language's letter count; Lingua tables give
 * the same quantity for de, es and the “other” languages. An n-gram enters the table when some
 * language has it at least at {@link #MIN_FREQUENCY}[order]; each weight is the log of the
 * frequency, clipped below at {@link #FLOOR_FACTOR} × that threshold, the same for every source.
 * (3) Stage 2: padded n-grams and words of the Scandinavian languages are counted; features seen at
 * least {@link #WORD_MIN_COUNT} times are kept with add-{@link #ALPHA} smoothed log-probabilities.
 * (4) The three softmax temperatures (letters, words, and the Bokmål/Nynorsk split) are chosen on the held-out text (single words, word pairs and
 * sentences cut from it) by grid search on log-loss. The {@code langid/} dev files are not read.
 *
 * <p>Cost: about a minute and 2–3 GB of heap for ~15 M characters of text and eight Lingua tables.
 */
public final class ModelTrainer {
  /** Languages whose stage-1 table comes from Lingua; those outside SUPPORTED vote for und. */
  static final List<String> LINGUA_LANGUAGES = List.of("de", "es", "fi", "is", "nl", "fr", "it", "pt");
  /** Minimum relative frequency (per letter) for an n-gram of order 1..5 to enter stage 1. */
  static final double[] MIN_FREQUENCY = {0, 1e-6, 2e-6, 3e-6, 3e-6, 3e-6};
  static final double FLOOR_FACTOR = 0.3;
  static final int WORD_MIN_COUNT = 3;
  static final double ALPHA = 0.5;
  private static final float[] TEMPERATURES = {1, 1.5f, 2, 3, 4, 5, 6, 8, 10, 12, 16, 20, 25, 30};

  /** The trained model and a readable report of what went in and how it scores on held-out text. */
  record Result(LanguageModel model, List<String> report) {}

  private ModelTrainer() {}

  /**
   * Trains on {@code dataRoot} (the shared data folder) and the Lingua jar, writes the model to
   * {@code out} (parent folders created) and returns the readable report.
   *
   * @throws IOException when a corpus file or the jar cannot be read, or the model not written
   */
  public static List<String> trainAndWrite(Path dataRoot, Path linguaJar, Path out) throws IOException {
    Result r = train(dataRoot, linguaJar);
    if (out.toAbsolutePath().getParent() != null) {
      Files.createDirectories(out.toAbsolutePath().getParent());
    }
    try (var os = new BufferedOutputStream(Files.newOutputStream(out))) {
      r.model().write(os);
    }
    List<String> report = new ArrayList<>(r.report());
    report.add("wrote " + out + " (" + Files.size(out) + " bytes)");
    return report;
  }

  static Result train(Path dataRoot, Path linguaJar) throws IOException {
    List<String> report = new ArrayList<>();
    Map<Language, List<String>> corpus = TrainingCorpus.read(dataRoot);
    List<String> letterClasses = new ArrayList<>();
    List<FrequencyTable> tables = new ArrayList<>();
    Map<Language, List<String>> heldOut = new LinkedHashMap<>();
    Map<Language, List<String>> train = new LinkedHashMap<>();
    for (Map.Entry<Language, List<String>> e : corpus.entrySet()) {
      List<String> tr = new ArrayList<>();
      List<String> ho = new ArrayList<>();
      for (int i = 0; i < e.getValue().size(); i++) {
        (i % 10 == 9 ? ho : tr).add(e.getValue().get(i));
      }
      train.put(e.getKey(), tr);
      heldOut.put(e.getKey(), ho);
      long chars = tr.stream().mapToLong(String::length).sum();
      report.add(String.format(Locale.ROOT, "corpus %s: %d documents, %d characters (%d held out)",
          e.getKey(), tr.size(), chars, ho.size()));
    }
    for (Language l : Language.SUPPORTED) {
      if (train.containsKey(l)) {
        letterClasses.add(l.code());
        tables.add(FrequencyTable.count(train.get(l)));
      } else if (LINGUA_LANGUAGES.contains(l.code())) {
        letterClasses.add(l.code());
        tables.add(FrequencyTable.of(LinguaTables.frequencies(linguaJar, l.code())));
      }
    }
    for (String code : LINGUA_LANGUAGES) {
      if (!letterClasses.contains(code)) {
        letterClasses.add(code);
        tables.add(FrequencyTable.of(LinguaTables.frequencies(linguaJar, code)));
      }
    }
    FeatureTable letters = letterTable(tables);
    List<Language> scandinavian = List.of(Language.NN, Language.NB, Language.DA, Language.SV);
    FeatureTable words = wordTable(scandinavian.stream().map(train::get).toList());
    report.add("stage 1: " + letterClasses + ", " + letters.size() + " letter n-grams");
    report.add("stage 2: " + scandinavian + ", " + words.size() + " words and padded n-grams");
    LanguageModel raw = new LanguageModel(letterClasses, letters,
        scandinavian.stream().map(Language::code).toList(), words, 1, 1, 1);
    Calibration cal = Calibration.fit(new LanguageIdentifier(raw), heldOut, TEMPERATURES);
    report.addAll(cal.report());
    LanguageModel model = new LanguageModel(letterClasses, letters,
        raw.wordClasses(), words, cal.letterTemperature(), cal.wordTemperature(), cal.splitTemperature());
    return new Result(model, report);
  }

  private static FeatureTable letterTable(List<FrequencyTable> tables) {
    LongIntHashMap union = new LongIntHashMap(1 << 18);
    List<Integer> orders = new ArrayList<>();
    for (FrequencyTable t : tables) {
      for (int i = 0; i < t.size(); i++) {
        int order = t.order(i);
        if (t.frequency(i) >= MIN_FREQUENCY[order] && !FrequencyTable.hasRow(union, t.key(i))) {
          FrequencyTable.row(union, t.key(i));
          orders.add(order);
        }
      }
    }
    long[] keys = FrequencyTable.keysInOrder(union);
    int classes = tables.size();
    float[] w = new float[keys.length * classes];
    for (int r = 0; r < keys.length; r++) {
      double floor = MIN_FREQUENCY[orders.get(r)] * FLOOR_FACTOR;
      for (int c = 0; c < classes; c++) {
        w[r * classes + c] = (float) Math.log(Math.max(floor, tables.get(c).frequencyOf(keys[r])));
      }
    }
    return FeatureTable.quantise(classes, keys, w);
  }

  private static FeatureTable wordTable(List<List<String>> docsPerClass) {
    int classes = docsPerClass.size();
    LongIntHashMap index = new LongIntHashMap(1 << 20);
    long[][] counts = new long[classes][1 << 20];
    for (int c = 0; c < classes; c++) {
      final int cls = c;
      for (String doc : docsPerClass.get(c)) {
        TextFeatures.extract(doc, Integer.MAX_VALUE, null, (key, order) -> {
          int i = FrequencyTable.row(index, key);
          if (i >= counts[cls].length) {
            for (int k = 0; k < classes; k++) {
              counts[k] = Arrays.copyOf(counts[k], counts[k].length * 2);
            }
          }
          counts[cls][i]++;
        });
      }
    }
    long[] all = FrequencyTable.keysInOrder(index);
    List<Integer> kept = new ArrayList<>();
    for (int i = 0; i < all.length; i++) {
      long total = 0;
      for (int c = 0; c < classes; c++) {
        total += counts[c][i];
      }
      if (total >= WORD_MIN_COUNT) {
        kept.add(i);
      }
    }
    double[] classTotal = new double[classes];
    for (int i : kept) {
      for (int c = 0; c < classes; c++) {
        classTotal[c] += counts[c][i];
      }
    }
    long[] keys = new long[kept.size()];
    float[] w = new float[kept.size() * classes];
    for (int r = 0; r < keys.length; r++) {
      int i = kept.get(r);
      keys[r] = all[i];
      for (int c = 0; c < classes; c++) {
        w[r * classes + c] = (float) Math.log((counts[c][i] + ALPHA) / (classTotal[c] + ALPHA * keys.length));
      }
    }
    return FeatureTable.quantise(classes, keys, w);
  }
}
