package org.tidende.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tidende.model.Article;

/**
 * Gold labels kept apart from the texts they label: {@code id TAB label} lines, so a day of an
 * unlabelled archive can be labelled in the repository without copying its articles into it
 * ({@code eval/labels/}). Blank lines and lines starting with {@code #} are skipped.
 */
public final class GoldLabels {
  private GoldLabels() {}

  /**
   * The labels by id, in file order.
   *
   * @throws IllegalArgumentException naming the line when one is not {@code id TAB label} or an id
   *     repeats
   */
  public static Map<String, String> read(Path tsv) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    int n = 0;
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      String id = tab < 0 ? "" : line.substring(0, tab).strip();
      String label = tab < 0 ? "" : line.substring(tab + 1).strip();
      if (id.isEmpty() || label.isEmpty()) {
        throw new IllegalArgumentException("line " + n + " is not 'id TAB label'");
      }
      if (out.put(id, label) != null) {
        throw new IllegalArgumentException("line " + n + " repeats id " + id);
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * The articles that {@code gold} labels, in their order, each with its label set as {@code key};
   * an id met again later is skipped.
   */
  public static List<Article> select(List<Article> articles, Map<String, String> gold, String key) {
    List<Article> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Article a : articles) {
      String label = gold.get(a.id().value());
      if (label != null && seen.add(a.id().value())) {
        out.add(a.withLabel(key, label));
      }
    }
    return out;
  }
}
