package org.tidende.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.tidende.langid.LanguageIdEvaluation;
import org.tidende.langid.LanguageIdEvaluation.Report;
import org.tidende.langid.LanguageIdEvaluation.Row;
import org.tidende.langid.LanguageIdentifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tidende langid-eval DIR}: accuracy of the language identifier per language on sentences,
 * word pairs and single words, plus its speed on article-sized texts.
 */
@Command(name = "langid-eval", mixinStandardHelpOptions = true,
    description = "Accuracy of language identification on a Lingua-style test folder (e.g. ../shared/data/langid).")
public final class LangidEvalCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DIR", description = "Folder with sentences-<lang>.txt, word-pairs/, single-words/.")
  Path dir;

  @Option(names = "--model", paramLabel = "FILE", description = "Model file to evaluate instead of the bundled one.")
  Path model;

  @Option(names = "--json", description = "Print one JSON object instead of a table.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(dir) || LanguageIdEvaluation.languages(dir).isEmpty()) {
      System.err.println("tidende langid-eval: " + dir + " is not a folder with sentences-<lang>.txt files");
      return 2;
    }
    if (model != null && !Files.isRegularFile(model)) {
      System.err.println("tidende langid-eval: model " + model + " not found");
      return 2;
    }
    LanguageIdentifier id = model == null ? LanguageIdentifier.load() : LanguageIdentifier.load(model);
    Report report = LanguageIdEvaluation.run(id, dir);
    double micros = articleMicros(id, dir);
    if (json) {
      System.out.println(toJson(report, micros));
    } else {
      printTable(report, micros);
    }
    return 0;
  }

  /** Mean time to identify an article of ~1.5 KB glued from test sentences, after warm-up. */
  static double articleMicros(LanguageIdentifier id, Path dir) throws Exception {
    List<String> articles = new ArrayList<>();
    for (String lang : LanguageIdEvaluation.languages(dir)) {
      StringBuilder a = new StringBuilder();
      for (String s : LanguageIdEvaluation.items(LanguageIdEvaluation.file(dir, lang, "sentences"))) {
        a.append(s).append(' ');
        if (a.length() >= 1500) {
          articles.add(a.toString());
          a.setLength(0);
        }
      }
    }
    long sink = 0;
    for (int round = 0; round < 3; round++) {
      for (String a : articles) {
        sink += id.identify(a).language().code().length();
      }
    }
    long start = System.nanoTime();
    int runs = 0;
    for (int round = 0; round < 5; round++) {
      for (String a : articles) {
        sink += id.identify(a).language().code().length();
        runs++;
      }
    }
    double micros = (System.nanoTime() - start) / 1e3 / Math.max(1, runs);
    return sink == -1 ? 0 : micros;
  }

  private static void printTable(Report report, double micros) {
    System.out.printf(Locale.ROOT, "%-5s %-13s %6s %8s %6s  %s%n", "lang", "kind", "items", "accuracy", "und", "answers");
    for (Row r : report.rows()) {
      System.out.printf(Locale.ROOT, "%-5s %-13s %6d %8.3f %6d  %s%s%n", r.language(), r.kind(), r.items(), r.accuracy(),
          r.undetermined(), r.predicted(), r.supported() ? "" : "  (unsupported: target und)");
    }
    System.out.println();
    new TreeMap<>(report.averages()).forEach((kind, acc) ->
        System.out.printf(Locale.ROOT, "average %-13s %.3f over supported languages%n", kind, acc));
    System.out.println("Unsupported languages (fi, is, ...) are scored as right when answered und and are not in the averages.");
    System.out.printf(Locale.ROOT, "speed: %.1f µs per ~1.5 KB article (one thread, after warm-up)%n", micros);
  }

  private static String toJson(Report report, double micros) throws Exception {
    ObjectMapper m = new ObjectMapper();
    ObjectNode root = m.createObjectNode();
    ArrayNode rows = root.putArray("rows");
    for (Row r : report.rows()) {
      ObjectNode o = rows.addObject();
      o.put("language", r.language());
      o.put("kind", r.kind());
      o.put("supported", r.supported());
      o.put("items", r.items());
      o.put("correct", r.correct());
      o.put("accuracy", r.accuracy());
      o.put("und", r.undetermined());
      ObjectNode p = o.putObject("predicted");
      r.predicted().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> p.put(e.getKey(), e.getValue()));
    }
    ObjectNode avg = root.putObject("averages");
    report.averages().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> avg.put(e.getKey(), e.getValue()));
    root.put("averagesNote", "averages over supported languages only; unsupported languages are right when answered und");
    root.put("microsPerArticle", micros);
    return m.writeValueAsString(root);
  }
}
