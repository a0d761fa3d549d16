package org.tidende.app;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.tidende.entity.NerCorpus;
import org.tidende.entity.TaggedSentence;
import org.tidende.eval.HoldOut;
import org.tidende.model.Language;

/**
 * The texts {@code compounds-train} and {@code common-words-train} count words of: per language
 * group (da; nb and nn, as nb; sv), the unlabeled news files under {@code scandinavian/} and the
 * NER training sentences under {@code ner/} of a data folder.
 */
final class GroupTexts {
  private GroupTexts() {}

  /** The unlabeled news files of each group (da; nb for Norwegian; sv), under {@code scandinavian/}. */
  static final Map<Language, List<String>> NEWS = Map.of(
      Language.DA, List.of("da-frontpages-2022-23.jsonl"),
      Language.NB, List.of("no-rss-2025-01.jsonl", "no-narc-articles-1997-2012.jsonl"),
      Language.SV, List.of("sv-rss-2025-09.jsonl"));

  /** What a command does with one group's texts. */
  interface Each {
    void accept(Language group, Inputs news, List<TaggedSentence> sentences) throws Exception;
  }

  /**
   * Checks that {@code data} holds {@code scandinavian/} and {@code ner/} (else says so as {@code
   * command} and returns 2), creates {@code out}, and hands {@code each} the news (read as {@link
   * Inputs#read} reads them, reporting to standard error) and the NER training sentences of da, nb
   * and sv in turn; returns 0.
   */
  static int forEachGroup(String command, Path data, Path out, Each each) throws Exception {
    return forEachGroup(command, data, out, HoldOut.none(), each);
  }

  /**
   * As {@link #forEachGroup(String, Path, Path, Each)}, with the news items {@code holdOut} names
   * (by date and {@code first_seen}) left out; says how many on standard output.
   */
  static int forEachGroup(String command, Path data, Path out, HoldOut holdOut, Each each) throws Exception {
    if (!Files.isDirectory(data.resolve("scandinavian")) || !Files.isDirectory(data.resolve("ner"))) {
      System.err.println("tidende " + command + ": no scandinavian/ and ner/ folders under " + data.toAbsolutePath());
      return 2;
    }
    List<NerCorpus.Split> splits = NerCorpus.splits(data.resolve("ner"));
    Files.createDirectories(out);
    for (Language group : List.of(Language.DA, Language.NB, Language.SV)) {
      List<Path> files = NEWS.get(group).stream().map(f -> data.resolve("scandinavian").resolve(f)).toList();
      Inputs in = Inputs.read(files, System.err, false, false);
      int before = in.articles.size();
      in.articles.removeIf(holdOut::holdsOut);
      if (before > in.articles.size()) {
        System.out.printf(Locale.ROOT, "%s: %,d news items held out (%s)%n",
            group == Language.NB ? "no" : group.code(), before - in.articles.size(), holdOut);
      }
      List<TaggedSentence> sentences = new ArrayList<>();
      for (NerCorpus.Split s : splits) {
        boolean mine = group == Language.NB ? (s.language() == Language.NB || s.language() == Language.NN)
            : s.language() == group;
        if (mine) {
          sentences.addAll(s.train());
        }
      }
      each.accept(group, in, sentences);
    }
    return 0;
  }

  /** A UTF-8 writer into {@code file}, gzipped at the best compression (the shipped word lists). */
  static Writer gzipWriter(Path file) throws IOException {
    return new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)) {
      {
        def.setLevel(Deflater.BEST_COMPRESSION);
      }
    }, StandardCharsets.UTF_8);
  }
}
