package org.tidende.app;

import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.tidende.entity.NerCorpus;
import org.tidende.entity.NerTrainer;
import org.tidende.model.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tidende ner-train}: reproduces the bundled NER model and fallback gazetteer. */
@Command(name = "ner-train", mixinStandardHelpOptions = true,
    description = "Train the joint Scandinavian name finder (nb, nn, da, sv) from ../shared/data/ner "
        + "and the unlabeled news in ../shared/data/scandinavian; writes ner-sca.bin and ner-gazetteer.tsv.")
public final class NerTrainCommand implements Callable<Integer> {
  @Option(names = "--data", description = "Data folder holding ner/ and scandinavian/ (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("../shared/data");

  @Option(names = "--out", description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("core/src/main/resources/org/tidende/entity");

  @Option(names = "--iterations", description = "Training iterations (default: ${DEFAULT-VALUE}).")
  int iterations = NerTrainer.Options.defaults().iterations();

  @Option(names = "--cutoff", description = "Feature count cutoff (default: ${DEFAULT-VALUE}).")
  int cutoff = NerTrainer.Options.defaults().cutoff();

  @Option(names = "--algorithm", description = "OpenNLP trainer: PERCEPTRON, MAXENT, MAXENT_QN (default: ${DEFAULT-VALUE}).")
  String algorithm = NerTrainer.Options.defaults().algorithm();

  @Option(names = "--languages", split = ",", description = "Training languages (default: nb,nn,da,sv).")
  List<String> languages = List.of("nb", "nn", "da", "sv");

  @Option(names = "--repeat", split = ",", description = "Times a language's training split is repeated (default: da=4,sv=2).")
  java.util.Map<String, Integer> repeat = new java.util.LinkedHashMap<>();

  @Option(names = "--no-clusters", description = "Train without unlabeled word clusters.")
  boolean noClusters;

  @Option(names = "--cluster-depth", description = "Depth of the word-cluster tree (default: ${DEFAULT-VALUE}).")
  int clusterDepth = NerTrainer.Options.defaults().clusterDepth();

  @Option(names = "--features", description = "Feature descriptor XML to train with (default: the shipped ner-features.xml).")
  Path features;

  @Option(names = "--coarse", description = "Train on PER/LOC/ORG/MISC (PROD, EVT as MISC; DRV names dropped).")
  boolean coarse;

  private java.util.Map<Language, Integer> repeats(NerTrainer.Options defaults) {
    if (repeat.isEmpty()) {
      return defaults.repeats();
    }
    java.util.Map<Language, Integer> m = new java.util.HashMap<>();
    repeat.forEach((k, v) -> m.put(Language.parse(k), Math.max(1, v)));
    return m;
  }

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(data.resolve("ner"))) {
      System.err.println("ner-train: no ner/ folder under " + data.toAbsolutePath());
      return 2;
    }
    List<Language> langs = languages.stream().map(Language::parse).toList();
    if (langs.stream().anyMatch(l -> !l.isScandinavian())) {
      System.err.println("ner-train: --languages takes nb, nn, da, sv; got " + languages);
      return 2;
    }
    NerTrainer.Options defaults = NerTrainer.Options.defaults();
    NerTrainer.Options options = new NerTrainer.Options(algorithm.toUpperCase(Locale.ROOT), iterations,
        cutoff, langs, repeats(defaults), !noClusters, clusterDepth, defaults.seed(), features, coarse);
    long t0 = System.nanoTime();
    TokenNameFinderModel model = new NerTrainer(options, System.err::println).train(data);
    Files.createDirectories(out);
    Path modelFile = out.resolve("ner-sca.bin");
    try (OutputStream os = Files.newOutputStream(modelFile)) {
      model.serialize(os);
    }
    try (Writer w = Files.newBufferedWriter(out.resolve("ner-gazetteer.tsv"), StandardCharsets.UTF_8)) {
      NerTrainer.writeGazetteer(NerCorpus.splits(data.resolve("ner")), w);
    }
    System.out.printf(Locale.ROOT, "trained %s on %s (repeats %s), %d iterations, cutoff %d, clusters %s in %.1f s%n",
        options.algorithm(), Arrays.toString(langs.toArray()), options.repeats(), iterations, cutoff, !noClusters,
        (System.nanoTime() - t0) / 1e9);
    System.out.printf(Locale.ROOT, "wrote %s (%.1f MB) and %s%n", modelFile, Files.size(modelFile) / 1e6,
        out.resolve("ner-gazetteer.tsv"));
    return 0;
  }
}
