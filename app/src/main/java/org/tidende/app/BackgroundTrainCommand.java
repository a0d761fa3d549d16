package org.tidende.app;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.tidende.cluster.BackgroundRates;
import org.tidende.cluster.ClusterConfig;
import org.tidende.cluster.PreparedArticle;
import org.tidende.eval.HoldOut;
import org.tidende.model.Article;
import org.tidende.model.Language;
import org.tidende.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code tidende background-train}: rebuilds the background document rates the clusterer's idf
 * starts from ({@link BackgroundRates}), from the unlabeled Scandinavian news.
 */
@Command(name = "background-train", mixinStandardHelpOptions = true,
    description = "Analyse the Danish, Norwegian and Swedish news of ../shared/data/scandinavian as the clusterer "
        + "does and write the share of items holding each feature (background-rates.bin.gz), leaving out the "
        + "items dated or first seen within --hold-out-margin days of the days Tidende is evaluated on. Run after "
        + "compounds-train.")
public final class BackgroundTrainCommand implements Callable<Integer> {
  /** The unlabeled news files, under {@code scandinavian/}: those the compound splitter counts. */
  static final List<String> FILES = Stream.of(Language.DA, Language.NB, Language.SV)
      .flatMap(l -> GroupTexts.NEWS.get(l).stream()).toList();

  @Mixin
  NewsDataOptions news = new NewsDataOptions();

  @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("core/src/main/resources/org/tidende/cluster");

  @Override
  public Integer call() throws Exception {
    List<Path> files = FILES.stream().map(f -> news.data.resolve("scandinavian").resolve(f)).toList();
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        System.err.println("tidende background-train: " + f.toAbsolutePath() + " not found");
        return 2;
      }
    }
    Inputs in = Inputs.read(files, System.err, false, false);
    Pipeline pipeline = Pipeline.standard(ClusterConfig.defaults().withoutEmbeddings()); // rates need no sentence vectors
    List<PreparedArticle> prepared = in.articles.parallelStream().map(pipeline::prepare).toList();
    HoldOut holdOut = news.holdOut();
    BackgroundRates.Builder builder = new BackgroundRates.Builder(holdOut);
    int other = 0;
    for (PreparedArticle p : prepared) {
      if (p.article().lang().isScandinavian()) {
        builder.add(p);
      } else {
        other++;
      }
    }
    Files.createDirectories(out);
    Path file = out.resolve(BackgroundRates.RESOURCE);
    int written;
    try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(file))) {
      written = builder.write(os);
    }
    System.out.printf(Locale.ROOT, "%,d Scandinavian items counted (Danish %,d, Norwegian %,d, Swedish %,d; "
        + "a group of fewer than %,d read off the pooled rates; %,d held out: %s; %,d in other languages skipped); "
        + "%,d features in at least %d items; wrote %s (%,d bytes)%n", builder.documents(),
        builder.documents(Language.DA), builder.documents(Language.NB), builder.documents(Language.SV),
        BackgroundRates.MIN_GROUP_DOCUMENTS, builder.heldOutItems(), holdOut, other, written,
        BackgroundRates.MIN_DOCUMENTS, file, Files.size(file));
    return 0;
  }
}
