package org.tidende.app;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tidende.analysis.CompoundSplitter;
import org.tidende.entity.TaggedSentence;
import org.tidende.model.Article;
import org.tidende.model.Language;
import picocli.CommandLine.Command;
import org.tidende.eval.HoldOut;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code tidende compounds-train}: rebuilds the word lists the compound splitter ships with, from
 * the unlabeled news and the NER training sentences of each language group.
 */
@Command(name = "compounds-train", mixinStandardHelpOptions = true,
    description = "Count the words of ../shared/data/scandinavian and the NER training splits per language group "
        + "(da; nb and nn; sv), leaving out the news of the evaluation days, and write the compound splitter's word lists compounds-{da,no,sv}.tsv.gz.")
public final class CompoundsTrainCommand implements Callable<Integer> {
  @Mixin
  NewsDataOptions news = new NewsDataOptions();

  @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("core/src/main/resources/org/tidende/analysis");

  @Override
  public Integer call() throws Exception {
    HoldOut holdOut = news.holdOut();
    return GroupTexts.forEachGroup("compounds-train", news.data, out, holdOut, (group, in, sentences) -> {
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
      try (Writer w = GroupTexts.gzipWriter(file)) {
        CompoundSplitter.write(counts, w, holdOut);
      }
      System.out.printf(Locale.ROOT, "%s: %,d news items (%d rejected), %,d NER training "
          + "sentences, %,d distinct words; wrote %s (%,d bytes)%n", group == Language.NB ? "no" : group.code(),
          in.articles.size(), in.rejections.size(), sentences.size(), counts.size(), file, Files.size(file));
    });
  }
}
