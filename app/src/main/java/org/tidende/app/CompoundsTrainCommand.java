package org.tidende.app;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.tidende.analysis.CompoundSplitter;
import org.tidende.entity.TaggedSentence;
import org.tidende.model.Article;
import org.tidende.model.Language;
import picocli.CommandLine.Command;
import org.tidende.eval.HoldOut;
import picocli.CommandLine.Option;

/**
 * {@code tidende compounds-train}: rebuilds the word lists the compound splitter ships with, from
 * the unlabeled news and the NER training sentences of each language group.
 */
@Command(name = "compounds-train", mixinStandardHelpOptions = true,
    description = "Count the words of ../shared/data/scandinavian and the NER training splits per language group "
        + "(da; nb and nn; sv), leaving out the news of the evaluation days, and write the compound splitter's word lists compounds-{da,no,sv}.tsv.gz.")
public final class CompoundsTrainCommand implements Callable<Integer> {
  @Option(names = "--data", paramLabel = "DIR", description = "Data folder holding ner/ and scandinavian/ (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("../shared/data");

  @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("core/src/main/resources/org/tidende/analysis");

  @Option(names = "--hold-out-margin", paramLabel = "DAYS", description = "Days either side of each evaluation day "
      + "(2022-10-06, 2023-01-18, 2025-01-07, 2025-09-19) whose news items are not counted, by date and first_seen; "
      + "-1 counts every item (default: ${DEFAULT-VALUE}).")
  int holdOutMargin = HoldOut.DEFAULT_MARGIN_DAYS;

  @Override
  public Integer call() throws Exception {
    HoldOut holdOut = HoldOut.evaluationDays(holdOutMargin);
    return GroupTexts.forEachGroup("compounds-train", data, out, holdOut, (group, in, sentences) -> {
      Map<String, Integer> counts = new HashMap<>();
      for (Article a : in.articles) {
        String clean = a.label("title_clean");
        CompoundSplitter.count(clean != null ? clean : a.title(), counts);
        CompoundSplitter.count(a.text(), counts);
      }
      for (TaggedSentence t : sentences) {
        CompoundSplitter.count(String.join(" ", t.tokens()), counts);
      }
      Path file = out.resolve(CompoundSplitter.resource(group));
      try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)) {
        {
          def.setLevel(Deflater.BEST_COMPRESSION);
        }
      }, StandardCharsets.UTF_8)) {
        CompoundSplitter.write(counts, w, holdOut);
      }
      System.out.printf(Locale.ROOT, "%s: %,d news items (%d rejected), %,d NER training "
          + "sentences, %,d distinct words; wrote %s (%,d bytes)%n", group == Language.NB ? "no" : group.code(),
          in.articles.size(), in.rejections.size(), sentences.size(), counts.size(), file, Files.size(file));
    });
  }
}
