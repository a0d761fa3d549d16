package org.tidende.app;

import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.tidende.entity.NerCorpus;
import org.tidende.entity.NerTrainer;
import org.tidende.model.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tidende ner-train}: reproduces the bundled NER models and fallback gazetteer; with
 * {@code --languages} (experiments) trains one model with the given settings instead.
 */
@Command(name = "ner-train", mixinStandardHelpOptions = true,
    description = "Train the shipped name finders (Norwegian: nb, nn; Danish/Swedish: da, sv) from "
        + "the training and dev sentences of ../shared/data/ner and the unlabeled news in "
        + "../shared/data/scandinavian; writes ner-no.bin, ner-dasv.bin and ner-gazetteer.tsv. With --languages, trains one model (ner-custom.bin) instead.")
public final class NerTrainCommand implements Callable<Integer> {
  @Option(names = "--data", paramLabel = "DIR", description = "Data folder holding ner/ and scandinavian/ (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("../shared/data");

  @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("core/src/main/resources/org/tidende/entity");

  @Option(names = "--iterations", paramLabel = "N", description = "Training iterations (default: each model's own).")
  Integer iterations;

  @Option(names = "--cutoff", paramLabel = "N", description = "Feature count cutoff (default: each model's own).")
  Integer cutoff;

  @Option(names = "--algorithm", paramLabel = "NAME", description = "OpenNLP trainer: PERCEPTRON, MAXENT, MAXENT_QN (default: each model's own).")
  String algorithm;

  @Option(names = "--languages", paramLabel = "LANG", split = ",", description = "Train one custom model on these languages (nb, nn, da, sv).")
  List<String> languages;

  @Option(names = "--repeat", paramLabel = "LANG=N", split = ",", description = "Custom model: times a language's training split is repeated (e.g. da=4,sv=2).")
  Map<String, Integer> repeat = new LinkedHashMap<>();

  @Option(names = "--coarse", description = "Custom model: train on PER/LOC/ORG/MISC (PROD, EVT as MISC; DRV names dropped).")
  boolean coarse;

  @Option(names = "--features", paramLabel = "FILE", description = "Feature descriptor XML to train with (default: the shipped ner-features.xml).")
  Path features;

  @Option(names = "--no-clusters", description = "Train without unlabeled word clusters.")
  boolean noClusters;

  @Option(names = "--cluster-depth", paramLabel = "N", description = "Depth of the word-cluster tree (default: each model's own).")
  Integer clusterDepth;

  @Option(names = "--hold-out-dev", description = "Train on the training splits alone, keeping the dev sentences "
      + "unseen so plain `ner-eval` scores the model (for comparing settings). Without it the shipped models also "
      + "train on the dev sentences; `ner-eval --folds` estimates their held-out F1.")
  boolean holdOutDev;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(data.resolve("ner"))) {
      System.err.println("tidende ner-train: no ner/ folder under " + data.toAbsolutePath());
      return 2;
    }
    List<NerTrainer.ShippedModel> models = NerTrainer.shipped();
    if (languages != null) {
      List<Language> langs = languages.stream().map(Language::parse).toList();
      if (langs.stream().anyMatch(l -> !l.isScandinavian())) {
        System.err.println("tidende ner-train: --languages takes nb, nn, da, sv; got " + languages);
        return 2;
      }
      Map<Language, Integer> times = new HashMap<>();
      repeat.forEach((k, v) -> times.put(Language.parse(k), Math.max(1, v)));
      models = List.of(new NerTrainer.ShippedModel("ner-custom.bin", langs,
          NerTrainer.Options.defaults().withLanguages(langs, times, coarse)));
    }
    Files.createDirectories(out);
    List<NerCorpus.Split> splits = NerCorpus.splits(data.resolve("ner"));
    if (!holdOutDev) {
      splits = splits.stream().map(NerCorpus.Split::withDevTrained).toList();
    }
    for (NerTrainer.ShippedModel m : models) {
      NerTrainer.Options o = m.options();
      o = o.withLearner(algorithm == null ? o.algorithm() : algorithm.toUpperCase(Locale.ROOT),
          iterations == null ? o.iterations() : iterations, cutoff == null ? o.cutoff() : cutoff,
          o.clusters() && !noClusters, clusterDepth == null ? o.clusterDepth() : clusterDepth);
      if (features != null) {
        o = o.withFeatureDescriptor(features);
      }
      long t0 = System.nanoTime();
      TokenNameFinderModel model = new NerTrainer(o, System.err::println).train(splits, data);
      Path modelFile = out.resolve(m.file());
      try (OutputStream os = Files.newOutputStream(modelFile)) {
        model.serialize(os);
      }
      System.out.printf(Locale.ROOT, "trained %s for %s on %s (repeats %s%s), %d iterations, cutoff %d, clusters %s"
          + "%s in %.1f s%n", o.algorithm(), m.tags(), o.languages(), o.repeats(), o.coarse() ? ", coarse types" : "",
          o.iterations(), o.cutoff(), o.clusters(), holdOutDev ? ", dev held out" : ", dev sentences trained on",
          (System.nanoTime() - t0) / 1e9);
      System.out.printf(Locale.ROOT, "wrote %s (%.1f MB)%n", modelFile, Files.size(modelFile) / 1e6);
    }
    if (languages == null) {
      try (Writer w = Files.newBufferedWriter(out.resolve("ner-gazetteer.tsv"), StandardCharsets.UTF_8)) {
        NerTrainer.writeGazetteer(splits, w);
      }
      System.out.println("wrote " + out.resolve("ner-gazetteer.tsv"));
    }
    return 0;
  }
}
