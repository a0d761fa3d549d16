package org.tidende.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.tidende.cluster.ClusterConfig;
import org.tidende.cluster.PreparedArticle;
import org.tidende.eval.ClusteringScores;
import org.tidende.eval.GoldLabels;
import org.tidende.ingest.Ingestor;
import org.tidende.model.Article;
import org.tidende.model.Assignment;
import org.tidende.model.Rejection;
import org.tidende.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tidende eval FILE.jsonl}: replays a labeled file through the clusterer and scores it. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Replay a labeled JSON Lines file (field 'cluster' = gold story) through the same pipeline as "
        + "'stories' and print BCubed and pairwise precision/recall/F1, NMI, cluster counts and speed."})
public final class EvalCommand implements Callable<Integer> {

  @Parameters(arity = "1", paramLabel = "FILE", description = "Labeled JSON Lines file (- reads standard input).")
  Path file;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Option(names = "--threshold", paramLabel = "X", description = "Similarity an article needs to join a story, short texts too "
      + "(default: the tuned configuration's, 0.22, and 0.30 for short texts).")
  Double threshold;

  @Option(names = "--no-embeddings", description = "Cluster English articles without their sentence vectors "
      + "(the e5-small-v2 embedder; as --set embeddingWeight=0).")
  boolean noEmbeddings;

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a clustering setting (repeatable), e.g. --set nameBoost=2.")
  Map<String, String> settings = new LinkedHashMap<>();

  @Option(names = "--assignments", paramLabel = "FILE", description = "Write each article's id, gold label, "
      + "final story, the story it joined or opened on arrival, whether it opened it, and its "
      + "similarity to the story it joined (0 when it opened one) as TSV with a header line; with --shuffles, "
      + "each seeded order's to FILE.shuffleN beside it.")
  Path assignmentsOut;

  @Option(names = "--label", paramLabel = "FIELD", defaultValue = "cluster", description = "Field holding the gold label (default ${DEFAULT-VALUE}).")
  String label;

  @Option(names = "--labels", paramLabel = "TSV", description = "Gold labels kept apart from the texts: 'id TAB label' "
      + "lines ('#' starts a comment). Only the articles of FILE listed there are replayed, with that label; FILE may "
      + "then be a whole unlabelled archive (eval/labels/ holds days labelled for this project).")
  Path labelsFile;

  @Mixin
  FieldOptions fields = new FieldOptions();

  @Option(names = "--shuffles", paramLabel = "N", defaultValue = "0",
      description = "Also replay in this many seeded random orders (dates still ordered) and report mean and minimum "
          + "(default ${DEFAULT-VALUE}: file order only).")
  int shuffles;

  @Override
  public Integer call() {
    if (shuffles < 0) {
      System.err.println("tidende eval: --shuffles must be >= 0, got " + shuffles);
      return 2;
    }
    // settings and the output file are checked before the input is read and replayed (minutes on a large file):
    // a bad --threshold was a stack trace (exit 1) and an --assignments path in a missing folder was said after
    // the scores, exit 0, the file never written
    ClusterConfig cfg;
    try {
      cfg = threshold == null ? ClusterConfig.defaults() : ClusterConfig.defaults().withThreshold(threshold);
      for (var e : settings.entrySet()) {
        cfg = cfg.with(e.getKey(), e.getValue());
      }
      if (noEmbeddings) {
        cfg = cfg.withoutEmbeddings();
      }
    } catch (IllegalArgumentException e) {
      System.err.println("tidende eval: " + e.getMessage());
      return 2;
    }
    String unwritable = assignmentsOut == null ? null : unwritable(assignmentsOut);
    if (unwritable != null) {
      System.err.println("tidende eval: --assignments: cannot write " + assignmentsOut + ": " + unwritable);
      return 2;
    }
    Inputs in = Inputs.read(List.of(file), System.err, false, false);
    List<Article> articles = fields.apply(in);
    if (labelsFile != null) {
      Map<String, String> gold;
      try {
        gold = GoldLabels.read(labelsFile);
      } catch (NoSuchFileException e) {
        System.err.println("tidende eval: labels " + labelsFile + ": no such file");
        return 2;
      } catch (IOException | IllegalArgumentException e) {
        System.err.println("tidende eval: labels " + labelsFile + ": " + e.getMessage());
        return 2;
      }
      articles = GoldLabels.select(articles, gold, label);
      System.err.printf(Locale.ROOT, "tidende eval: %,d of %s in %s %s a label in %s%n", articles.size(),
          Inputs.count(in.articles.size(), "article", "articles"), file, articles.size() == 1 ? "has" : "have", labelsFile);
      if (articles.size() < gold.size()) {
        System.err.printf(Locale.ROOT, "tidende eval: %s not found in %s%n",
            Inputs.count(gold.size() - articles.size(), "labelled id", "labelled ids"), file);
      }
    }
    List<Article> labeled = new ArrayList<>();
    List<Rejection> unlabeled = new ArrayList<>();
    for (Article a : articles) {
      String gold = a.label(label);
      if (gold == null) {
        unlabeled.add(new Rejection(a.file(), a.line(), "no gold label '" + label + "'"));
      } else if (gold.isBlank()) {
        // a blank label is no story: scored, every blank-labelled article would be one gold story together
        unlabeled.add(new Rejection(a.file(), a.line(), "blank gold label '" + label + "', not scored"));
      } else {
        labeled.add(a);
      }
    }
    in.addRejections(unlabeled, inputName(), "article(s) without gold label '" + label + "'");
    if (labeled.isEmpty()) {
      System.err.println("tidende eval: no labeled articles in " + inputName());
      return 2;
    }
    Pipeline pipeline = Pipeline.standard(cfg);
    Run main = replay(pipeline, Pipeline.inEventOrder(labeled), assignmentsOut);
    in.addRejections(main.rejections());
    System.err.println(in.summary() + String.format(Locale.ROOT, "; %,d scored", main.scores().items()));
    int exit = 0;
    if (main.writeError() != null) {
      System.err.println("tidende eval: --assignments: cannot write " + assignmentsOut + ": " + main.writeError());
      exit = 2;
    }
    List<Run> shuffled = new ArrayList<>();
    for (int s = 1; s <= shuffles; s++) {
      List<Article> copy = new ArrayList<>(labeled);
      Collections.shuffle(copy, new Random(s));
      // each order's assignments beside the file order's: where an order's stories differ is what error
      // analysis of the shuffled scores reads
      shuffled.add(replay(pipeline, Pipeline.inEventOrder(copy),
          assignmentsOut == null ? null : assignmentsOut.resolveSibling(assignmentsOut.getFileName() + ".shuffle" + s)));
    }
    if (json) {
      ObjectNode o = toJson(main);
      if (!shuffled.isEmpty()) {
        ObjectNode sh = o.putObject("shuffles");
        sh.put("runs", shuffled.size());
        sh.put("bcubed_f1_mean", round(shuffled.stream().mapToDouble(r -> r.scores.bcubed().f1()).average().orElse(0)));
        sh.put("bcubed_f1_min", round(shuffled.stream().mapToDouble(r -> r.scores.bcubed().f1()).min().orElse(0)));
        sh.put("pairwise_f1_mean", round(shuffled.stream().mapToDouble(r -> r.scores.pairwise().f1()).average().orElse(0)));
        sh.put("pairwise_f1_min", round(shuffled.stream().mapToDouble(r -> r.scores.pairwise().f1()).min().orElse(0)));
        sh.put("nmi_mean", round(shuffled.stream().mapToDouble(r -> r.scores.nmi()).average().orElse(0)));
        sh.put("nmi_min", round(shuffled.stream().mapToDouble(r -> r.scores.nmi()).min().orElse(0)));
        ArrayNode each = sh.putArray("each");
        for (int i = 0; i < shuffled.size(); i++) {
          ObjectNode run = toJson(shuffled.get(i));
          run.remove("file");
          run.put("seed", i + 1);
          each.add(run);
        }
      }
      System.out.println(o.toString());
    } else {
      print(inputName(), main);
      for (int i = 0; i < shuffled.size(); i++) {
        Run r = shuffled.get(i);
        System.out.printf(Locale.ROOT, "shuffle %d: BCubed F1 %.4f (P %.4f R %.4f)  pairwise F1 %.4f  NMI %.4f  "
            + "%d clusters%n", i + 1, r.scores.bcubed().f1(), r.scores.bcubed().p(), r.scores.bcubed().r(),
            r.scores.pairwise().f1(), r.scores.nmi(), r.scores.clusters());
      }
      if (!shuffled.isEmpty()) {
        System.out.printf(Locale.ROOT, "shuffles: BCubed F1 mean %.4f min %.4f · pairwise F1 mean %.4f min %.4f · NMI mean %.4f min %.4f%n",
            shuffled.stream().mapToDouble(r -> r.scores.bcubed().f1()).average().orElse(0),
            shuffled.stream().mapToDouble(r -> r.scores.bcubed().f1()).min().orElse(0),
            shuffled.stream().mapToDouble(r -> r.scores.pairwise().f1()).average().orElse(0),
            shuffled.stream().mapToDouble(r -> r.scores.pairwise().f1()).min().orElse(0),
            shuffled.stream().mapToDouble(r -> r.scores.nmi()).average().orElse(0),
            shuffled.stream().mapToDouble(r -> r.scores.nmi()).min().orElse(0));
      }
    }
    return exit;
  }

  /** The input as messages name it: its path, or "stdin" for {@code -}, as its articles are named. */
  private String inputName() {
    return file.toString().equals(Ingestor.STANDARD_INPUT)
        ? Ingestor.STANDARD_INPUT_NAME : file.toString();
  }

  /**
   * Why {@code file} cannot be written, said before the replay, or null where it looks writable: a
   * folder, a missing parent folder, a read-only file or folder.
   */
  static String unwritable(Path file) {
    Path abs = file.toAbsolutePath();
    Path parent = abs.getParent();
    if (Files.isDirectory(abs)) {
      return "it is a folder";
    }
    if (parent != null && !Files.isDirectory(parent)) {
      return "no folder " + parent;
    }
    if (Files.exists(abs) ? !Files.isWritable(abs)
        : parent != null && !Files.isWritable(parent)) {
      return "permission denied";
    }
    return null;
  }

  /**
   * One replay's scores and speed, the articles its session skipped (repeated ids), and why the
   * assignments could not be written (null when written or not asked for).
   */
  record Run(ClusteringScores scores, double articlesPerSecond, List<Rejection> rejections, String writeError) {}

  /**
   * Replays in the given order; times analysis and clustering (not reading). Writes the
   * assignments TSV to {@code assignments} unless it is null.
   */
  Run replay(Pipeline pipeline, List<Article> ordered, Path assignments) {
    long t0 = System.nanoTime();
    List<PreparedArticle> analysed = ordered.parallelStream().map(pipeline::prepare).toList();
    Pipeline.Session session = pipeline.newSession(true);
    List<String> gold = new ArrayList<>();
    List<Assignment> assigned = new ArrayList<>();
    for (PreparedArticle a : analysed) {
      Assignment as = session.assign(a);
      if (as != null) {
        gold.add(a.article().article().label(label));
        assigned.add(as);
      }
    }
    // final membership: stories merged by story-level revision count as one
    List<String> pred = new ArrayList<>(assigned.size());
    for (Assignment as : assigned) {
      pred.add(session.storyOf(as.article(), as.story()).value());
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    String writeError = null;
    if (assignments != null) {
      StringBuilder b = new StringBuilder("id\tgold\tstory\tstory_on_arrival\topened\tsimilarity_on_arrival\n");
      for (int i = 0; i < gold.size(); i++) {
        Assignment as = assigned.get(i);
        b.append(as.article()).append('\t').append(gold.get(i)).append('\t').append(pred.get(i))
            .append('\t').append(as.story().value()).append('\t').append(as.opened()).append('\t')
            .append(String.format(Locale.ROOT, "%.4f", as.similarity())).append('\n');
      }
      try {
        Files.writeString(assignments, b);
      } catch (IOException e) {
        writeError = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
      }
    }
    return new Run(ClusteringScores.compute(gold, pred), ordered.size() / Math.max(secs, 1e-9), session.rejections(),
        writeError);
  }

  private ObjectNode toJson(Run r) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("file", inputName());
    ObjectNode b = o.putObject("bcubed");
    b.put("p", round(r.scores.bcubed().p()));
    b.put("r", round(r.scores.bcubed().r()));
    b.put("f1", round(r.scores.bcubed().f1()));
    ObjectNode p = o.putObject("pairwise");
    p.put("p", round(r.scores.pairwise().p()));
    p.put("r", round(r.scores.pairwise().r()));
    p.put("f1", round(r.scores.pairwise().f1()));
    o.put("nmi", round(r.scores.nmi()));
    o.put("articles", r.scores.items());
    o.put("clusters", r.scores.clusters());
    o.put("gold_clusters", r.scores.goldClusters());
    o.put("articles_per_second", Math.round(r.articlesPerSecond));
    return o;
  }

  private static void print(String name, Run r) {
    ClusteringScores s = r.scores;
    System.out.printf(Locale.ROOT, "%s: %s, %s, %s%n", name, Inputs.count(s.items(), "article", "articles"),
        Inputs.count(s.clusters(), "predicted cluster", "predicted clusters"),
        Inputs.count(s.goldClusters(), "gold cluster", "gold clusters"));
    System.out.printf(Locale.ROOT, "  BCubed    P %.4f  R %.4f  F1 %.4f%n", s.bcubed().p(), s.bcubed().r(), s.bcubed().f1());
    System.out.printf(Locale.ROOT, "  pairwise  P %.4f  R %.4f  F1 %.4f%n", s.pairwise().p(), s.pairwise().r(), s.pairwise().f1());
    System.out.printf(Locale.ROOT, "  NMI %.4f · %,.0f articles/s (analysis + clustering)%n", s.nmi(), r.articlesPerSecond);
  }

  private static double round(double x) {
    return Math.round(x * 10000) / 10000.0;
  }
}
