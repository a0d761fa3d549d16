package org.tidende.entity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tidende.ingest.IngestEvent;
import org.tidende.ingest.JsonLinesReader;
import org.tidende.model.Language;

/**
 * Scores names found in whole texts against a gold list of the distinct names of each text, for
 * languages without a token-level labelled corpus: the capitalisation fallback of {@link
 * CapitalisedNameRecognizer}, scored on English news excerpts and German and Spanish sentences
 * annotated by hand ({@code eval/names}).
 *
 * <p>Method: per text, the set of distinct (name, type) pairs found is compared with the gold set;
 * a pair counts once however often the text repeats it, which is what a story's entity list shows.
 * Names are compared after collapsing white space and dropping a possessive {@code 's}, as the
 * gold leaves it out, and a final dot (the tokenizer keeps it only on known abbreviations). Also
 * reported: the same without types (were the right strings found). Cost: one recognizer pass per
 * text. Failure modes: a name found in one place and missed in another counts as found; two
 * spellings of one name are two pairs, as the story view lists them as variants.
 */
public final class NameListEvaluator {
  /** Characters of a text's excerpt the gold covers, cut back to a space. */
  public static final int EXCERPT_CHARS = 600;

  private NameListEvaluator() {}

  /** One gold name: the text's id, the name as written, its type. */
  public record Gold(String id, String name, EntityType type) {}

  /** Typed and untyped counts, and the typed counts per gold or predicted type. */
  public record Result(NerScore.Counts typed, NerScore.Counts untyped, Map<EntityType, NerScore.Counts> byType,
      List<String> errors) {}

  /**
   * Reads a gold list: a TSV with the header {@code id name type} and one distinct name of a text
   * a line.
   *
   * @throws IllegalArgumentException naming the line that is not {@code id, name, type}
   */
  public static List<Gold> readGold(Path tsv) throws IOException {
    List<Gold> gold = new ArrayList<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank() || (lineNo == 1 && line.startsWith("id\t"))) {
        continue;
      }
      String[] f = line.split("\t");
      EntityType type = f.length == 3 ? EntityType.parse(f[2]) : null;
      if (type == null || f[0].isBlank() || f[1].isBlank()) {
        throw new IllegalArgumentException(
            tsv + ":" + lineNo + ": expected id, name, type (PER, LOC, ORG, MISC)");
      }
      gold.add(new Gold(f[0], f[1], type));
    }
    return gold;
  }

  /**
   * The texts whose ids are in {@code ids}: of a JSON Lines file, the articles read as the pipeline
   * reads them ({@link JsonLinesReader}), each with its declared language ({@code language} when it
   * has none); of any other file, its lines, each a text of {@code language} whose id is its line
   * number (the sentence files of {@code ../shared/data/langid}).
   */
  public static Map<String, Map.Entry<String, Language>> texts(Path file, Set<String> ids, Language language)
      throws IOException {
    Map<String, Map.Entry<String, Language>> texts = new LinkedHashMap<>();
    if (!file.getFileName().toString().endsWith(".jsonl")) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        if (ids.contains(String.valueOf(i + 1))) {
          texts.put(String.valueOf(i + 1), Map.entry(lines.get(i), language));
        }
      }
      return texts;
    }
    new JsonLinesReader().read(file.toString(), Files.readAllBytes(file), ev -> {
      if (ev instanceof IngestEvent.Accepted a && ids.contains(a.article().id().value())) {
        Language lang = a.article().declaredLanguage() == null ? language : a.article().declaredLanguage();
        texts.put(a.article().id().value(), Map.entry(a.article().text(), lang));
      }
    });
    return texts;
  }

  /** The first {@value #EXCERPT_CHARS} characters of {@code text}, cut back to the last space when longer. */
  public static String excerpt(String text) {
    if (text.length() <= EXCERPT_CHARS) {
      return text;
    }
    String head = text.substring(0, EXCERPT_CHARS);
    int space = head.lastIndexOf(' ');
    return space > 0 ? head.substring(0, space) : head;
  }

  /** The name as compared: white space collapsed, a final dot and a possessive 's dropped. */
  static String normal(String name) {
    String n = name.strip().replaceAll("\\s+", " ");
    if (n.endsWith(".") && n.length() > 1) {
      n = n.substring(0, n.length() - 1); // "Mich." as the tokenizer may leave it, "Mich"
    }
    for (String s : List.of(" 's", "'s", "’s", " ’s")) {
      if (n.endsWith(s) && n.length() > s.length()) {
        return n.substring(0, n.length() - s.length());
      }
    }
    return n;
  }

  /**
   * Scores {@code recognizer} on each excerpt of {@code texts} (id to text and language) against
   * {@code gold}. Texts without gold names still count their spurious ones.
   */
  public static Result score(EntityRecognizer recognizer, Map<String, Map.Entry<String, Language>> texts,
      List<Gold> gold) {
    Map<String, Set<String>> goldByText = new LinkedHashMap<>();
    for (String id : texts.keySet()) {
      goldByText.put(id, new HashSet<>());
    }
    for (Gold g : gold) {
      goldByText.computeIfAbsent(g.id(), k -> new HashSet<>()).add(normal(g.name()) + "\t" + g.type().coarse());
    }
    long tp = 0;
    long fp = 0;
    long fn = 0;
    long utp = 0;
    long ufp = 0;
    long ufn = 0;
    Map<EntityType, long[]> perType = new EnumMap<>(EntityType.class);
    List<String> errors = new ArrayList<>();
    for (Map.Entry<String, Set<String>> e : goldByText.entrySet()) {
      Map.Entry<String, Language> text = texts.get(e.getKey());
      Set<String> found = new HashSet<>();
      if (text != null) {
        for (Mention m : recognizer.recognize(excerpt(text.getKey()), text.getValue())) {
          found.add(normal(m.text()) + "\t" + m.type().coarse());
        }
      }
      Set<String> want = e.getValue();
      Set<String> foundNames = names(found);
      Set<String> wantNames = names(want);
      for (String f : found) {
        boolean hit = want.contains(f);
        tp += hit ? 1 : 0;
        fp += hit ? 0 : 1;
        perType.computeIfAbsent(type(f), t -> new long[3])[hit ? 0 : 1]++;
        if (!hit) {
          errors.add(e.getKey() + "\tSPUR\t" + f);
        }
      }
      for (String w : want) {
        if (!found.contains(w)) {
          fn++;
          perType.computeIfAbsent(type(w), t -> new long[3])[2]++;
          errors.add(e.getKey() + "\tMISS\t" + w);
        }
      }
      for (String f : foundNames) {
        utp += wantNames.contains(f) ? 1 : 0;
        ufp += wantNames.contains(f) ? 0 : 1;
      }
      for (String w : wantNames) {
        ufn += foundNames.contains(w) ? 0 : 1;
      }
    }
    Map<EntityType, NerScore.Counts> byType = new EnumMap<>(EntityType.class);
    perType.forEach((t, c) -> byType.put(t, new NerScore.Counts(c[0], c[1], c[2])));
    return new Result(new NerScore.Counts(tp, fp, fn), new NerScore.Counts(utp, ufp, ufn), byType, errors);
  }

  private static Set<String> names(Set<String> typed) {
    Set<String> out = new HashSet<>();
    for (String s : typed) {
      out.add(s.substring(0, s.indexOf('\t')));
    }
    return out;
  }

  private static EntityType type(String typed) {
    return EntityType.valueOf(typed.substring(typed.indexOf('\t') + 1));
  }
}
