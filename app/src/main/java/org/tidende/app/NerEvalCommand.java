package org.tidende.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tidende.entity.EntityRecognizer;
import org.tidende.entity.EntityType;
import org.tidende.entity.NerCorpus;
import org.tidende.entity.NerEvaluator;
import org.tidende.entity.NameListEvaluator;
import org.tidende.entity.NameSpan;
import org.tidende.entity.NerScore;
import org.tidende.entity.NerTrainer;
import org.tidende.entity.TaggedSentence;
import org.tidende.model.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tidende ner-eval}: entity-level P/R/F1 of the NER model on the dev splits, per language and type. */
@Command(name = "ner-eval", mixinStandardHelpOptions = true,
    description = "Score the name finder on the dev splits (NorNE nb/nn dev, DaNE dev, last 10 %% of the "
        + "Swedish corpus): entity-level exact-match P/R/F1 per language and type, and tagging speed.")
public final class NerEvalCommand implements Callable<Integer> {
  @Option(names = "--data", paramLabel = "DIR", description = "Data folder holding ner/ (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("../shared/data");

  @Option(names = "--model", paramLabel = "FILE", description = "Model file (default: the bundled model).")
  Path model;

  @Option(names = "--json", description = "Print one JSON object instead of a table.")
  boolean json;

  @Option(names = "--model-for", paramLabel = "LANG=FILE", split = ",", description = "Model file per language, overriding --model for "
      + "those languages (e.g. da=dasv.bin,sv=dasv.bin).")
  Map<String, Path> modelFor = new java.util.LinkedHashMap<>();

  @Option(names = "--errors", paramLabel = "LANG", description = "Also print the missed and spurious names of the dev sentences "
      + "of this language (nb, nn, da, sv); with --names-gold, those of every text.")
  String errors;

  @Option(names = "--rounds", paramLabel = "N", description = "Timed passes after one warm-up pass; each language's fastest is "
      + "reported (scores are the same in every pass; default: ${DEFAULT-VALUE}).")
  int rounds = 3;

  @Option(names = "--pass-tokens", paramLabel = "N", description = "Tokens tagged in each timed pass: a language's dev sentences "
      + "are tagged again from the first until this many are (default: ${DEFAULT-VALUE}; 0: one pass over them, the "
      + "measure before session 40, which the JIT and other jobs swayed).")
  long passTokens = 200_000;

  @Option(names = "--folds", paramLabel = "N", description = "Estimate the shipped models' held-out F1 instead: train the shipped "
      + "configurations this many times, each time with one block of the dev sentences held out and the rest "
      + "added to training, and score every held-out block (minutes per fold; at least 2; default: not done, the "
      + "shipped models scored on the dev sentences).")
  Integer folds;

  @Option(names = "--iterations", paramLabel = "N", description = "With --folds: training iterations (default: each shipped model's "
      + "own; fewer give a quicker, lower estimate).")
  Integer iterations;

  @Option(names = "--names-gold", paramLabel = "FILE", description = "Score on whole texts instead: a TSV of the distinct names (id, "
      + "name, type) of each text's first 600 characters, annotated by hand (eval/names/: English, German, "
      + "Spanish), against the texts of --articles.")
  Path namesGold;

  @Option(names = "--articles", paramLabel = "FILE", description = "With --names-gold: the texts, a JSON Lines file of articles or a "
      + "file of one text a line whose id is its line number (default: ${DEFAULT-VALUE}).")
  Path articles = Path.of("../shared/data/clustering/ecbplus-dev.jsonl");

  @Option(names = "--lang", paramLabel = "LANG", description = "With --names-gold: the texts' language where the file does not give "
      + "it (default: ${DEFAULT-VALUE}).")
  String textLanguage = "en";

  @Override
  public Integer call() throws Exception {
    if (namesGold != null) {
      return scoreNameLists();
    }
    if (folds != null) {
      return crossValidate();
    }
    if (iterations != null) {
      System.err.println("tidende ner-eval: --iterations goes with --folds (the bundled models are scored as they are)");
      return 2;
    }
    if (rounds < 1) {
      System.err.println("tidende ner-eval: --rounds must be at least 1");
      return 2;
    }
    if (passTokens < 0) {
      System.err.println("tidende ner-eval: --pass-tokens must be 0 or more");
      return 2;
    }
    if (!Files.isDirectory(data.resolve("ner"))) {
      System.err.println("tidende ner-eval: no ner/ folder under " + data.toAbsolutePath());
      return 2;
    }
    if (model != null && !Files.isRegularFile(model)) {
      System.err.println("tidende ner-eval: no model file " + model);
      return 2;
    }
    EntityRecognizer recognizer;
    if (model == null && modelFor.isEmpty()) {
      recognizer = EntityRecognizer.load();
    } else if (model == null) {
      System.err.println("tidende ner-eval: --model-for needs --model for the other languages");
      return 2;
    } else {
      Map<Language, Path> files = new java.util.HashMap<>();
      modelFor.forEach((l, f) -> files.put(Language.parse(l), f));
      recognizer = EntityRecognizer.fromFiles(model, files);
    }
    List<NerCorpus.Split> splits = NerCorpus.splits(data.resolve("ner"));
    if (errors != null) {
      // a language without dev sentences ("xx", "en", "no") printed no errors and no word why
      Language wanted = Language.parse(errors);
      List<String> devLanguages = splits.stream().filter(sp -> !sp.dev().isEmpty()).map(sp -> sp.language().code()).toList();
      if (!devLanguages.contains(wanted.code())) {
        System.err.println("tidende ner-eval: --errors: no dev sentences in '" + errors + "'; the dev files' languages: "
            + String.join(", ", devLanguages));
        return 2;
      }
      printErrors(recognizer, splits, wanted);
    }
    // the scoring pass warms up every model, so timing sees compiled code
    List<NerEvaluator.LanguageResult> results = NerEvaluator.evaluate(recognizer, splits);
    List<NerEvaluator.Timing> timings = new java.util.ArrayList<>();
    for (int r = 0; r < rounds; r++) { // on a shared machine one pass may be slowed by others' work
      for (int i = 0; i < splits.size(); i++) {
        NerEvaluator.Timing t = NerEvaluator.time(recognizer, splits.get(i), passTokens);
        if (r == 0) {
          timings.add(t);
        } else if (t.cpuNanos() < timings.get(i).cpuNanos()) {
          timings.set(i, t);
        }
      }
    }
    boolean bundled = model == null;
    if (json) {
      ObjectNode root = json(results, timings, rounds);
      root.put("trainedOnDev", bundled);
      System.out.println(root);
    } else {
      if (bundled) {
        System.out.println("the bundled models trained on these dev sentences too: this replays training data; "
            + "`ner-eval --folds 2` estimates held-out F1");
      }
      table(results, timings, rounds);
    }
    return 0;
  }

  /** Scores the recognizer on hand-annotated name lists of whole texts (the languages without a corpus). */
  private int scoreNameLists() throws java.io.IOException {
    if (model != null || !modelFor.isEmpty() || folds != null || iterations != null) {
      System.err.println("tidende ner-eval: --names-gold scores the bundled recognizer; no --model, --model-for, --folds "
          + "or --iterations");
      return 2;
    }
    if (!Files.isRegularFile(namesGold) || !Files.isRegularFile(articles)) {
      System.err.println("tidende ner-eval: cannot read " + (Files.isRegularFile(namesGold) ? articles : namesGold));
      return 2;
    }
    List<NameListEvaluator.Gold> gold;
    try {
      gold = NameListEvaluator.readGold(namesGold);
    } catch (IllegalArgumentException e) {
      System.err.println("tidende ner-eval: " + e.getMessage());
      return 2;
    }
    java.util.Set<String> ids = new java.util.HashSet<>();
    gold.forEach(g -> ids.add(g.id()));
    Language lang = Language.parse(textLanguage);
    if (!lang.isKnown()) {
      System.err.println("tidende ner-eval: unknown --lang " + textLanguage);
      return 2;
    }
    Map<String, Map.Entry<String, Language>> texts = NameListEvaluator.texts(articles, ids, lang);
    if (texts.size() < ids.size()) {
      System.err.println("tidende ner-eval: " + (ids.size() - texts.size()) + " ids of " + namesGold + " are not in "
          + articles);
      return 2;
    }
    NameListEvaluator.Result r = NameListEvaluator.score(EntityRecognizer.load(), texts, gold);
    if (errors != null) {
      r.errors().forEach(System.out::println);
    }
    if (json) {
      ObjectNode root = new ObjectMapper().createObjectNode();
      root.put("texts", texts.size());
      put(root.putObject("typed"), r.typed());
      put(root.putObject("untyped"), r.untyped());
      ObjectNode types = root.putObject("types");
      r.byType().forEach((t, c) -> put(types.putObject(t.name()), c));
      System.out.println(root);
    } else {
      System.out.printf(Locale.ROOT, "%d texts, distinct names of each text's first %d characters%n", texts.size(),
          NameListEvaluator.EXCERPT_CHARS);
      System.out.printf(Locale.ROOT, "%-8s %6s %6s %6s %6s%n", "type", "gold", "P", "R", "F1");
      r.byType().forEach((t, c) -> row8(t.name(), c));
      row8("ALL", r.typed());
      row8("untyped", r.untyped());
    }
    return 0;
  }

  private static void row8(String label, NerScore.Counts c) {
    System.out.printf(Locale.ROOT, "%-8s %6d %6.3f %6.3f %6.3f%n", label, c.gold(), c.precision(), c.recall(), c.f1());
  }

  private int crossValidate() throws Exception {
    if (folds < 2 || model != null || !modelFor.isEmpty() || errors != null || (iterations != null && iterations < 1)) {
      System.err.println("tidende ner-eval: --folds takes a count of at least 2, --iterations at least 1, and no --model, "
          + "--model-for or --errors");
      return 2;
    }
    if (!Files.isDirectory(data.resolve("ner"))) {
      System.err.println("tidende ner-eval: no ner/ folder under " + data.toAbsolutePath());
      return 2;
    }
    List<NerEvaluator.LanguageResult> results = NerTrainer.crossValidate(data, NerTrainer.shipped(), folds,
        iterations == null ? 0 : iterations,
        System.err::println);
    if (json) {
      ObjectNode root = json(results, null, 1);
      root.put("folds", folds);
      System.out.println(root);
    } else {
      System.out.printf(Locale.ROOT, "held-out estimate over %d dev folds (each block tagged by models trained "
          + "without it%s)%n", folds, iterations == null ? "" : ", " + iterations + " iterations");
      table(results, null, 1);
    }
    return 0;
  }

  private static void printErrors(EntityRecognizer recognizer, List<NerCorpus.Split> splits, Language lang) {
    for (NerCorpus.Split split : splits) {
      if (!split.language().equals(lang)) {
        continue;
      }
      for (TaggedSentence s : split.dev()) {
        List<NameSpan> predicted = recognizer.recognizeTokens(s.tokens(), s.language());
        java.util.Set<NameSpan> gold = new java.util.HashSet<>(s.names());
        java.util.Set<NameSpan> pred = new java.util.HashSet<>(predicted);
        StringBuilder sb = new StringBuilder();
        for (NameSpan g : s.names()) {
          if (!pred.contains(g)) {
            sb.append("  MISS ").append(g.type()).append(' ').append(text(s, g)).append('\n');
          }
        }
        for (NameSpan p : predicted) {
          if (!gold.contains(p)) {
            sb.append("  SPUR ").append(p.type()).append(' ').append(text(s, p)).append('\n');
          }
        }
        if (!sb.isEmpty()) {
          System.out.println(String.join(" ", s.tokens()));
          System.out.print(sb);
        }
      }
    }
  }

  private static String text(TaggedSentence s, NameSpan n) {
    return String.join(" ", s.tokens().subList(n.start(), n.end()));
  }

  /**
   * The scores and speeds per language; {@code timings} (one per result, in order) give the speeds
   * where not null, else each result's own tagging time (the folds').
   */
  private static void table(List<NerEvaluator.LanguageResult> results, List<NerEvaluator.Timing> timings,
      int passes) {
    System.out.printf(Locale.ROOT, "%-4s %-5s %6s %6s %6s %6s%n", "lang", "type", "gold", "P", "R", "F1");
    for (int i = 0; i < results.size(); i++) {
      NerEvaluator.LanguageResult r = results.get(i);
      for (Map.Entry<EntityType, NerScore.Counts> e : r.score().byType().entrySet()) {
        row(r.language().code(), e.getKey().name(), e.getValue());
      }
      row(r.language().code(), "ALL", r.score().total());
      if (timings == null) {
        System.out.printf(Locale.ROOT,
            "%-4s %d sentences, %d tokens, %.0f tokens/s wall, %.0f tokens/s CPU (fastest of %d passes)%n%n",
            r.language().code(), r.sentences(), r.tokens(), r.tokensPerSecond(), r.tokensPerCpuSecond(), passes);
      } else {
        NerEvaluator.Timing t = timings.get(i);
        System.out.printf(Locale.ROOT, "%-4s %d sentences, %d tokens, %.0f tokens/s wall, %.0f tokens/s CPU "
            + "(fastest of %d passes of %d tokens)%n%n", r.language().code(), r.sentences(), r.tokens(),
            t.tokensPerSecond(), t.tokensPerCpuSecond(), passes, t.tokens());
      }
    }
  }

  private static void row(String lang, String type, NerScore.Counts c) {
    System.out.printf(Locale.ROOT, "%-4s %-5s %6d %6.3f %6.3f %6.3f%n", lang, type, c.gold(), c.precision(),
        c.recall(), c.f1());
  }

  /** As {@link #table}, one JSON object; with {@code timings}, each language's {@code passTokens} too. */
  private static ObjectNode json(List<NerEvaluator.LanguageResult> results, List<NerEvaluator.Timing> timings,
      int passes) {
    ObjectNode root = new ObjectMapper().createObjectNode();
    root.put("timedPasses", passes);
    ObjectNode langs = root.putObject("languages");
    long tokens = 0;
    long nanos = 0;
    long cpu = 0;
    for (int i = 0; i < results.size(); i++) {
      NerEvaluator.LanguageResult r = results.get(i);
      NerEvaluator.Timing t = timings == null
          ? new NerEvaluator.Timing(r.language(), r.tokens(), r.nanos(), r.cpuNanos()) : timings.get(i);
      ObjectNode l = langs.putObject(r.language().code());
      put(l, r.score().total());
      l.put("sentences", r.sentences());
      l.put("tokens", r.tokens());
      if (timings != null) {
        l.put("passTokens", t.tokens());
      }
      l.put("tokensPerSecond", Math.round(t.tokensPerSecond()));
      l.put("tokensPerCpuSecond", Math.round(t.tokensPerCpuSecond()));
      ObjectNode types = l.putObject("types");
      r.score().byType().forEach((type, c) -> put(types.putObject(type.name()), c));
      tokens += t.tokens();
      nanos += t.nanos();
      cpu += t.cpuNanos();
    }
    root.put("tokensPerSecond", nanos == 0 ? 0 : Math.round(tokens * 1e9 / nanos));
    root.put("tokensPerCpuSecond", cpu <= 0 ? 0 : Math.round(tokens * 1e9 / cpu));
    return root;
  }

  private static void put(ObjectNode node, NerScore.Counts c) {
    node.put("gold", c.gold());
    node.put("tp", c.tp());
    node.put("fp", c.fp());
    node.put("fn", c.fn());
    node.put("precision", round(c.precision()));
    node.put("recall", round(c.recall()));
    node.put("f1", round(c.f1()));
  }

  private static double round(double x) {
    return Math.round(x * 10000) / 10000.0;
  }
}
