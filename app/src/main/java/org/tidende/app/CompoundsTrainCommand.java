package org.tidende.app;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.tidende.analysis.CompoundSplitter;
import org.tidende.entity.NerCorpus;
import org.tidende.entity.TaggedSentence;
import org.tidende.model.Article;
import org.tidende.model.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tidende compounds-train}: rebuilds the word lists the compound splitter ships with, from
 * the unlabeled news and the NER training sentences of each language group.
 */
@Command(name = "compounds-train", mixinStandardHelpOptions = true,
    description = "Count the words of ../shared/data/scandinavian and the NER training splits per language group "
        + "(da; nb and nn; sv) and write the compound splitter's word lists compounds-{da,no,sv}.tsv.gz.")
public final class CompoundsTrainCommand implements Callable<Integer> {
  /** The unlabeled news files of each group (da; nb for Norwegian; sv), under {@code scandinavian/}. */
  static final Map<Language, List<String>> NEWS = Map.of(
      Language.DA, List.of("da-frontpages-2022-23.jsonl"),
      Language.NB, List.of("no-rss-2025-01.jsonl", "no-narc-articles-1997-2012.jsonl"),
      Language.SV, List.of("sv-rss-2025-09.jsonl"));

  @Option(names = "--data", description = "Data folder holding ner/ and scandinavian/ (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("../shared/data");

  @Option(names = "--out", description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("core/src/main/resources/org/tidende/analysis");

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(data.resolve("scandinavian")) || !Files.isDirectory(data.resolve("ner"))) {
      System.err.println("compounds-train: no scandinavian/ and ner/ folders under " + data.toAbsolutePath());
      return 2;
    }
    List<NerCorpus.Split> splits = NerCorpus.splits(data.resolve("ner"));
    Files.createDirectories(out);
    for (Language group : List.of(Language.DA, Language.NB, Language.SV)) {
      Map<String, Integer> counts = new HashMap<>();
      List<Path> files = NEWS.get(group).stream().map(f -> data.resolve("scandinavian").resolve(f)).toList();
      Inputs in = Inputs.read(files, System.err, false, false);
      for (Article a : in.articles) {
        String clean = a.label("title_clean");
        CompoundSplitter.count(clean != null ? clean : a.title(), counts);
        CompoundSplitter.count(a.text(), counts);
      }
      int items = in.articles.size();
      int bad = in.rejections.size();
      int sentences = 0;
      for (NerCorpus.Split s : splits) {
        boolean mine = group == Language.NB ? (s.language() == Language.NB || s.language() == Language.NN)
            : s.language() == group;
        if (mine) {
          for (TaggedSentence t : s.train()) {
            CompoundSplitter.count(String.join(" ", t.tokens()), counts);
            sentences++;
          }
        }
      }
      Path file = out.resolve(CompoundSplitter.resource(group));
      try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)) {
        {
          def.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
        }
      }, StandardCharsets.UTF_8)) {
        CompoundSplitter.write(counts, w);
      }
      System.out.printf(java.util.Locale.ROOT, "%s: %,d news items (%d rejected), %,d NER training "
          + "sentences, %,d distinct words; wrote %s (%,d bytes)%n", group == Language.NB ? "no" : group.code(), items,
          bad, sentences, counts.size(), file, Files.size(file));
    }
    return 0;
  }
}
