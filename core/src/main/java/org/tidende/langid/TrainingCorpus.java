package org.tidende.langid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.tidende.model.Language;

/**
 * Reads the training text for the corpus-trained languages from the shared data folder, one list of
 * documents per language, in file order (so training is deterministic).
 *
 * <p>Sources (paths relative to the data root; none of them is the {@code langid/} dev set):
 *
 * <ul>
 *   <li>nb: NorNE {@code ner/norne/nob-train.txt} (name tags stripped), Bokmål articles of {@code
 *       scandinavian/no-narc-articles-1997-2012.jsonl} and {@code no-rss-2025-01.jsonl}.
 *   <li>nn: NorNE {@code nno-train.txt}, Nynorsk articles of the same two files.
 *   <li>da: Danish DDT tokens ({@code ner/danish/*train-10k*, *dev*}), {@code
 *       da-frontpages-2022-23.jsonl} (de-duplicated titles, DR bodies).
 *   <li>sv: {@code ner/swedish/train_corpus.txt} and {@code sv-rss-2025-09.jsonl}.
 *   <li>en: {@code clustering/ecbplus-dev.jsonl} and {@code business-energy-news.jsonl}.
 * </ul>
 *
 * The {@code lang} labels of the Norwegian news files are cleaned, not trusted: no-rss labels are a
 * heuristic and no-narc mislabels a few Nynorsk columns (Klassekampen) as Bokmål. A document is kept
 * only when a count of unambiguous marker words ({@code ikkje, eg, frå, berre …} against {@code
 * ikke, jeg, fra, bare …}) agrees with its label; {@code no} labels and documents without markers
 * are dropped. Each language is capped at {@link #MAX_CHARS} characters so no class dominates the
 * smoothing.
 */
final class TrainingCorpus {
  static final int MAX_CHARS = 4_000_000;
  private static final Pattern TAG = Pattern.compile("<START:[^>]*>|<END>");
  private static final Set<String> NN_MARKERS = Set.of(
      "ikkje", "eg", "frå", "berre", "kva", "korleis", "noko", "mykje", "dei", "ein", "eit", "vart",
      "vert", "kvar", "heile", "no", "kven", "sjølv", "òg", "fekk", "meir");
  private static final Set<String> NB_MARKERS = Set.of(
      "ikke", "jeg", "fra", "bare", "hva", "hvordan", "noe", "mye", "de", "en", "et", "ble", "blir",
      "hver", "hele", "nå", "hvem", "selv", "også", "fikk", "mer", "hvis");
  private static final ObjectMapper JSON = new ObjectMapper();

  private TrainingCorpus() {}

  /** The training documents per language, keyed in {@link Language#SUPPORTED} order. */
  static Map<Language, List<String>> read(Path dataRoot) throws IOException {
    Map<Language, List<String>> docs = new LinkedHashMap<>();
    for (Language l : List.of(Language.NN, Language.NB, Language.DA, Language.SV, Language.EN)) {
      docs.put(l, new ArrayList<>());
    }
    norne(dataRoot.resolve("ner/norne/nno-train.txt"), docs.get(Language.NN));
    norne(dataRoot.resolve("ner/norne/nob-train.txt"), docs.get(Language.NB));
    norwegianNews(dataRoot.resolve("scandinavian/no-narc-articles-1997-2012.jsonl"), docs);
    norwegianNews(dataRoot.resolve("scandinavian/no-rss-2025-01.jsonl"), docs);
    for (String f : List.of("da_ddt-ud-ner-train-10k.conll", "da_ddt-ud-ner-dev.conll")) {
      conll(dataRoot.resolve("ner/danish/" + f), "\t", docs.get(Language.DA));
    }
    conll(dataRoot.resolve("ner/swedish/train_corpus.txt"), " ", docs.get(Language.SV));
    news(dataRoot.resolve("scandinavian/da-frontpages-2022-23.jsonl"), docs.get(Language.DA));
    news(dataRoot.resolve("scandinavian/sv-rss-2025-09.jsonl"), docs.get(Language.SV));
    news(dataRoot.resolve("clustering/ecbplus-dev.jsonl"), docs.get(Language.EN));
    news(dataRoot.resolve("clustering/business-energy-news.jsonl"), docs.get(Language.EN));
    docs.replaceAll((l, list) -> cap(list));
    return docs;
  }

  /** NorNE: one sentence a line, name tags removed; 20 sentences make one document. */
  private static void norne(Path file, List<String> out) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    StringBuilder doc = new StringBuilder();
    int n = 0;
    for (String line : lines) {
      doc.append(TAG.matcher(line).replaceAll("")).append('\n');
      if (++n % 20 == 0) {
        out.add(doc.toString());
        doc.setLength(0);
      }
    }
    if (!doc.isEmpty()) {
      out.add(doc.toString());
    }
  }

  /** Token-per-line files (DDT, Swedish NER): sentences end at a blank line or . ! ?; 20 make a document. */
  private static void conll(Path file, String separator, List<String> out) throws IOException {
    StringBuilder doc = new StringBuilder();
    int sentences = 0;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        int cut = line.indexOf(separator);
        String token = cut >= 0 ? line.substring(0, cut) : line.strip();
        boolean end = token.isEmpty() || token.equals(".") || token.equals("!") || token.equals("?");
        if (!token.isEmpty()) {
          doc.append(token).append(' ');
        }
        if (end && ++sentences % 20 == 0) {
          out.add(doc.toString());
          doc.setLength(0);
        }
      }
    }
    if (!doc.isEmpty()) {
      out.add(doc.toString());
    }
  }

  /** JSON Lines news: title (cleaned where given) and text; repeated titles are read once. */
  private static void news(Path file, List<String> out) throws IOException {
    Set<String> seen = new LinkedHashSet<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        JsonNode d = JSON.readTree(line);
        String title = d.hasNonNull("title_clean") ? d.get("title_clean").asText() : d.path("title").asText("");
        String text = d.path("text").asText("");
        if (seen.add(title + "\u0000" + text)) {
          out.add(title + "\n" + text);
        }
      }
    }
  }

  /** Norwegian news: kept under its label only when the marker words agree with it. */
  private static void norwegianNews(Path file, Map<Language, List<String>> docs) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        JsonNode d = JSON.readTree(line);
        String text = d.path("title").asText("") + "\n" + d.path("text").asText("");
        String label = d.path("lang").asText("");
        Language vote = markerVote(text);
        if (vote.isKnown() && vote.code().equals(label)) {
          docs.get(vote).add(text);
        }
      }
    }
  }

  /** nn or nb by unambiguous marker words (at least two more of one kind), else und. */
  static Language markerVote(String text) {
    int nn = 0;
    int nb = 0;
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (NN_MARKERS.contains(w)) {
        nn++;
      } else if (NB_MARKERS.contains(w)) {
        nb++;
      }
    }
    return nn >= nb + 2 ? Language.NN : nb >= nn + 2 ? Language.NB : Language.UND;
  }

  private static List<String> cap(List<String> docs) {
    List<String> out = new ArrayList<>();
    long chars = 0;
    for (String d : docs) {
      if (chars >= MAX_CHARS) {
        break;
      }
      out.add(d);
      chars += d.length();
    }
    return out;
  }
}
