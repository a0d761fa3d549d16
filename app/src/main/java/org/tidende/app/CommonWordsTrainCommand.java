package org.tidende.app;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.tidende.entity.CommonWords;
import org.tidende.entity.TaggedSentence;
import org.tidende.eval.HoldOut;
import org.tidende.model.Article;
import org.tidende.model.Language;
import picocli.CommandLine.Command;
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
  @Option(names = "--data", paramLabel = "DIR", description = "Data folder holding ner/ and scandinavian/ (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("../shared/data");

  @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("core/src/main/resources/org/tidende/entity");

  @Option(names = "--hold-out-margin", paramLabel = "DAYS", description = "Days either side of each evaluation day "
      + "(2022-10-06, 2023-01-18, 2025-01-07, 2025-09-19) whose news items are not counted, by date and first_seen; "
      + "-1 counts every item (default: ${DEFAULT-VALUE}).")
  int holdOutMargin = HoldOut.DEFAULT_MARGIN_DAYS;

  @Override
  public Integer call() throws Exception {
    HoldOut holdOut = HoldOut.evaluationDays(holdOutMargin);
    return GroupTexts.forEachGroup("common-words-train", data, out, holdOut, (group, in, sentences) -> {
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
      try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)) {
        {
          def.setLevel(Deflater.BEST_COMPRESSION);
        }
      }, StandardCharsets.UTF_8)) {
        CommonWords.write(counts, w, holdOut);
      }
      System.out.printf(Locale.ROOT, "%s: %,d news items (%d rejected), %,d NER training sentences, "
          + "%,d distinct words; wrote %s (%,d bytes)%n", code, in.articles.size(), in.rejections.size(),
          sentences.size(), counts.size(), file, Files.size(file));
    });
  }
}
