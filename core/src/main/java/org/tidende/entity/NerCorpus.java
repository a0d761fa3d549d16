package org.tidende.entity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.tidende.model.Language;

/**
 * Readers for the three NER corpus formats under {@code data/ner}, and the fixed splits Tidende
 * trains and evaluates on. Malformed lines are skipped and counted, never fatal.
 *
 * <ul>
 *   <li>NorNE: OpenNLP name-finder format, one sentence a line, {@code <START:per> Ola <END>}.
 *   <li>Danish DaNE: CoNLL, {@code token TAB B-/I-tag}, blank line between sentences.
 *   <li>Swedish: {@code token SPACE tag}, {@code 0} outside, no B/I: adjacent tokens of one type
 *       form one name (two adjacent names of one type merge, a limit of the format itself).
 * </ul>
 */
public final class NerCorpus {
  /** Share of Swedish sentences (the last ones) held out as dev, as the corpus has no dev split. */
  public static final double SWEDISH_DEV_SHARE = 0.10;

  private NerCorpus() {}

  /** The training and dev sentences of one language, as this project splits them. */
  public record Split(Language language, List<TaggedSentence> train, List<TaggedSentence> dev) {
    public Split {
      train = List.copyOf(train);
      dev = List.copyOf(dev);
    }

    /**
     * This split with its dev sentences added to training and none held out: what the shipped
     * models train on once their settings are chosen, as the Danish split's dev half is as large as
     * its training half. Their held-out accuracy is then estimated by {@link #devFold}.
     */
    public Split withDevTrained() {
      List<TaggedSentence> all = new ArrayList<>(train);
      all.addAll(dev);
      return new Split(language, all, List.of());
    }

    /**
     * Fold {@code fold} of {@code folds} over the dev sentences: the fold's contiguous block of dev
     * sentences is held out as dev, the rest of dev is added to training. Blocks are contiguous, not
     * interleaved, so neighbouring sentences of one article do not sit on both sides.
     *
     * @throws IllegalArgumentException unless {@code 0 <= fold < folds}
     */
    public Split devFold(int fold, int folds) {
      if (folds < 2 || fold < 0 || fold >= folds) {
        throw new IllegalArgumentException("fold " + fold + " of " + folds);
      }
      int from = (int) ((long) dev.size() * fold / folds);
      int to = (int) ((long) dev.size() * (fold + 1) / folds);
      List<TaggedSentence> trained = new ArrayList<>(train);
      trained.addAll(dev.subList(0, from));
      trained.addAll(dev.subList(to, dev.size()));
      return new Split(language, trained, dev.subList(from, to));
    }
  }

  /**
   * The four splits under {@code nerDir} ({@code data/ner}), in the order nb, nn, da, sv. Danish
   * trains on {@code train-10k}; Swedish keeps its first 90 % of sentences for training and the
   * last 10 % as dev.
   *
   * @throws UncheckedIOException when a file cannot be read
   */
  public static List<Split> splits(Path nerDir) {
    Path norne = nerDir.resolve("norne");
    Path danish = nerDir.resolve("danish");
    List<TaggedSentence> sv = readIo(nerDir.resolve("swedish/train_corpus.txt"), Language.SV);
    int cut = (int) Math.round(sv.size() * (1 - SWEDISH_DEV_SHARE));
    return List.of(
        new Split(Language.NB, readOpenNlp(norne.resolve("nob-train.txt"), Language.NB),
            readOpenNlp(norne.resolve("nob-dev.txt"), Language.NB)),
        new Split(Language.NN, readOpenNlp(norne.resolve("nno-train.txt"), Language.NN),
            readOpenNlp(norne.resolve("nno-dev.txt"), Language.NN)),
        new Split(Language.DA, readBio(danish.resolve("da_ddt-ud-ner-train-10k.conll"), Language.DA),
            readBio(danish.resolve("da_ddt-ud-ner-dev.conll"), Language.DA)),
        new Split(Language.SV, sv.subList(0, cut), sv.subList(cut, sv.size())));
  }

  /** Reads the OpenNLP name-finder format; lines that do not parse are skipped. */
  public static List<TaggedSentence> readOpenNlp(Path file, Language language) {
    List<TaggedSentence> out = new ArrayList<>();
    for (String line : lines(file)) {
      if (line.isBlank()) {
        continue;
      }
      try {
        NameSample s = NameSample.parse(line, false);
        List<NameSpan> names = new ArrayList<>();
        for (Span sp : s.getNames()) {
          EntityType t = EntityType.parse(sp.getType());
          if (t != null) {
            names.add(new NameSpan(sp.getStart(), sp.getEnd(), t));
          }
        }
        out.add(new TaggedSentence(Arrays.asList(s.getSentence()), names, language));
      } catch (IOException | RuntimeException e) {
        // malformed tag nesting: skip the sentence
      }
    }
    return out;
  }

  /** Reads CoNLL {@code token TAB B-X/I-X/O}; an I- tag without a matching open name starts one. */
  public static List<TaggedSentence> readBio(Path file, Language language) {
    return readColumns(file, language, true);
  }

  /** Reads {@code token WHITESPACE TYPE} (spaces or tabs, the file mixes them) with {@code 0}/{@code O} outside and no B/I prefixes. */
  public static List<TaggedSentence> readIo(Path file, Language language) {
    return readColumns(file, language, false);
  }

  private static List<TaggedSentence> readColumns(Path file, Language lang, boolean bio) {
    List<TaggedSentence> out = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    for (String line : lines(file)) {
      if (line.isBlank()) {
        flush(tokens, tags, bio, lang, out);
        continue;
      }
      String trimmed = line.strip();
      int cut = trimmed.length() - 1;
      while (cut > 0 && !Character.isWhitespace(trimmed.charAt(cut))) {
        cut--;
      }
      String token = cut > 0 ? trimmed.substring(0, cut).strip() : "";
      if (token.isEmpty()) {
        continue; // no tag column
      }
      tokens.add(token);
      tags.add(trimmed.substring(cut + 1));
    }
    flush(tokens, tags, bio, lang, out);
    return out;
  }

  private static void flush(List<String> tokens, List<String> tags, boolean bio, Language lang,
      List<TaggedSentence> out) {
    if (tokens.isEmpty()) {
      return;
    }
    out.add(new TaggedSentence(tokens, spans(tags, bio), lang));
    tokens.clear();
    tags.clear();
  }

  /** Decodes per-token tags into spans (BIO when {@code bio}, else IO). */
  static List<NameSpan> spans(List<String> tags, boolean bio) {
    List<NameSpan> names = new ArrayList<>();
    int start = -1;
    EntityType open = null;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      EntityType t = EntityType.parse(tag);
      boolean begins = bio && tag.startsWith("B-");
      if (open != null && (t != open || begins)) {
        names.add(new NameSpan(start, i, open));
        open = null;
      }
      if (t != null && open == null) {
        open = t;
        start = i;
      }
    }
    return names;
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
