package org.tidende.app;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.tidende.entity.CommonWords;
import org.tidende.entity.TaggedSentence;
import org.tidende.eval.HoldOut;
import org.tidende.model.Article;
import org.tidende.model.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code tidende common-words-train}: rebuilds the lists of common words the story view tells a
 * headline's ordinary first word from a name with ({@link CommonWords}), from the same unlabeled
 * news and NER training sentences of each language group as {@code compounds-train}.
 */
@Command(name = "common-words-train", mixinStandardHelpOptions = true,
    description = "Count the words of ../shared/data/scandinavian and the NER training splits per language group "
        + "(da; nb and nn; sv) in lower case and capitalised mid-sentence, and write the story view's lists of "
        + "common words common-words-{da,no,sv}.txt.gz, leaving out the news of the evaluation days.")
public final class CommonWordsTrainCommand implements Callable<Integer> {
  @Mixin
  NewsDataOptions news = new NewsDataOptions();

  @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("core/src/main/resources/org/tidende/entity");

  @Override
  public Integer call() throws Exception {
    HoldOut holdOut = news.holdOut();
    return GroupTexts.forEachGroup("common-words-train", news.data, out, holdOut, (group, in, sentences) -> {
      Map<String, int[]> counts = new HashMap<>();
      Set<String> seen = new HashSet<>(); // a wire text or a headline seen on many days counts once
      for (Article a : in.articles) {
        String clean = a.label("title_clean");
        for (String t : List.of(clean != null ? clean : a.title(), a.text())) {
          if (seen.add(t)) {
            CommonWords.count(t, counts);
          }
        }
      }
      for (TaggedSentence t : sentences) {
        CommonWords.count(String.join(" ", t.tokens()), counts);
      }
      String code = group == Language.NB ? "no" : group.code();
      Path file = out.resolve(CommonWords.resource(code));
      try (Writer w = GroupTexts.gzipWriter(file)) {
        CommonWords.write(counts, w, holdOut);
      }
      System.out.printf(Locale.ROOT, "%s: %,d news items (%d rejected), %,d NER training sentences, "
          + "%,d distinct words; wrote %s (%,d bytes)%n", code, in.articles.size(), in.rejections.size(),
          sentences.size(), counts.size(), file, Files.size(file));
    });
  }
}
