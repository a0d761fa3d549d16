package org.tidende.flink.backfill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.tidende.eval.ClusteringScores;

/**
 * How far a backfill's output agrees with the single-machine answer: BCubed and pairwise scores of
 * its stories taking the single-machine stories as gold, stories split or merged, and the articles
 * whose duplicate group differs.
 *
 * @param articles articles compared (present in both)
 * @param stories story agreement, single-machine as gold
 * @param singleStories distinct stories of the single-machine run
 * @param flinkStories distinct stories of the backfill
 * @param duplicateGroupsDiffering articles whose canonical differs
 * @param duplicateGroups groups with more than one member in the single-machine run
 * @param missing articles of the single-machine run absent from the output (0 expected)
 * @param storyIdsDiffering articles whose story id differs from the single-machine one (0 when
 *     the stories are identical, ids included)
 */
public record Agreement(int articles, ClusteringScores stories, int singleStories, int flinkStories,
    int duplicateGroupsDiffering, int duplicateGroups, int missing, int storyIdsDiffering) {

  /** Compares the backfill output folder ({@code articles/} part files) with the reference. */
  public static Agreement of(Path output, SingleMachine ref) throws IOException {
    Map<String, String[]> flink = read(output.resolve("articles"));
    List<String> gold = new ArrayList<>();
    List<String> pred = new ArrayList<>();
    int dupDiff = 0;
    int missing = 0;
    int idDiff = 0;
    for (Map.Entry<String, String> e : ref.stories().entrySet()) {
      String[] f = flink.get(e.getKey());
      if (f == null) {
        missing++;
        continue;
      }
      gold.add(e.getValue());
      pred.add(f[0]);
      if (!f[0].equals(e.getValue())) {
        idDiff++;
      }
      if (!f[1].equals(ref.canonical().get(e.getKey()))) {
        dupDiff++;
      }
    }
    Map<String, Integer> groupSize = new HashMap<>();
    ref.canonical().values().forEach(c -> groupSize.merge(c, 1, Integer::sum));
    int groups = (int) groupSize.values().stream().filter(n -> n > 1).count();
    return new Agreement(gold.size(), ClusteringScores.compute(gold, pred), new HashSet<>(gold).size(),
        new HashSet<>(pred).size(), dupDiff, groups, missing, idDiff);
  }

  /** Story and canonical by id from the output's finished part files. */
  static Map<String, String[]> read(Path dir) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, String[]> out = new HashMap<>();
    Set<Path> files = new HashSet<>();
    if (!Files.isDirectory(dir)) {
      return out; // no article written: the job makes the folder with its first part file
    }
    try (Stream<Path> s = Files.walk(dir)) {
      s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).forEach(files::add);
    }
    for (Path f : files) {
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        JsonNode n = json.readTree(line);
        out.put(n.get("id").asText(), new String[] {n.get("story").asText(), n.get("duplicate_group").asText()});
      }
    }
    return out;
  }

  /** A readable report. */
  public String describe() {
    return String.format(Locale.ROOT,
        "articles %d (missing %d)%nstories: BCubed P %.4f R %.4f F1 %.4f | pairwise F1 %.4f | single %d, flink %d;"
            + " articles with a different story id: %d%n"
            + "duplicate groups (size > 1): %d; articles with a different canonical: %d",
        articles, missing, stories.bcubed().p(), stories.bcubed().r(), stories.bcubed().f1(), stories.pairwise().f1(),
        singleStories, flinkStories, storyIdsDiffering, duplicateGroups, duplicateGroupsDiffering);
  }
}
