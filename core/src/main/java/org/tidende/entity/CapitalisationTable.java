package org.tidende.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * How often a word is written with a capital where capitals are not forced: the share of its
 * mid-sentence occurrences in running text that start upper-case, bucketed 0-4, stored in a
 * name-finder model for {@link CapitalisationFeatureGeneratorFactory}.
 *
 * <p>Method: a position is mid-sentence when it is not the first token and the token before it is
 * not sentence or quote punctuation ({@code . ! ? : « » " “ ” - –}). Per lower-cased word, count
 * those occurrences and how many of them start with an upper-case letter; words with fewer than
 * {@link #MIN_COUNT} such occurrences are left out. Buckets of the capitalised share: 0 under 5 %,
 * 1 under 30 %, 2 under 70 %, 3 under 95 %, 4 from 95 %. Words written all upper-case count as
 * capitalised.
 *
 * <p>Why: a word capitalised 99 % of the time mid-sentence is a name wherever it stands, also first
 * in a sentence or in a headline; "Regjeringen" at 30 % is not. The text is unlabeled, so the
 * table covers the ~100k words of the news under {@code data/scandinavian}, far more than the
 * annotated corpora. Cost: one look-up per word. Failure modes: headlines in title case would
 * inflate shares (Scandinavian outlets write sentence case); a word both a name and a common noun
 * ("Bo", "Rask") lands in a middle bucket.
 *
 * <p>Immutable, thread-safe.
 */
public final class CapitalisationTable implements SerializableArtifact {
  /** Mid-sentence occurrences a word needs to be in the table. */
  public static final int MIN_COUNT = 3;
  private static final Set<String> BREAKS = Set.of(".", "!", "?", ":", "«", "»", "\"", "“", "”", "-", "–", "—", "...", "…");

  private final Map<String, Byte> buckets;

  private CapitalisationTable(Map<String, Byte> buckets) {
    this.buckets = buckets;
  }

  /** The table of the given tokenised sentences. */
  public static CapitalisationTable build(List<List<String>> sentences) {
    Map<String, int[]> counts = new HashMap<>();
    for (List<String> s : sentences) {
      for (int i = 1; i < s.size(); i++) {
        String t = s.get(i);
        if (t.isEmpty() || !Character.isLetter(t.charAt(0)) || BREAKS.contains(s.get(i - 1))) {
          continue;
        }
        int[] c = counts.computeIfAbsent(t.toLowerCase(Locale.ROOT), w -> new int[2]);
        c[0]++;
        if (Character.isUpperCase(t.charAt(0))) {
          c[1]++;
        }
      }
    }
    Map<String, Byte> b = new HashMap<>();
    counts.forEach((w, c) -> {
      if (c[0] >= MIN_COUNT) {
        b.put(w, bucket(c[1] / (double) c[0]));
      }
    });
    return new CapitalisationTable(b);
  }

  static byte bucket(double share) {
    return (byte) (share < 0.05 ? 0 : share < 0.30 ? 1 : share < 0.70 ? 2 : share < 0.95 ? 3 : 4);
  }

  /** Reads {@code word SPACE bucket} lines (UTF-8); malformed lines are skipped. Does not close {@code in}. */
  public CapitalisationTable(InputStream in) throws IOException {
    this(read(in));
  }

  private static Map<String, Byte> read(InputStream in) throws IOException {
    Map<String, Byte> m = new HashMap<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      int sp = line.lastIndexOf(' ');
      if (sp > 0 && sp == line.length() - 2 && line.charAt(sp + 1) >= '0' && line.charAt(sp + 1) <= '4') {
        m.put(line.substring(0, sp), (byte) (line.charAt(sp + 1) - '0'));
      }
    }
    return m;
  }

  /** The bucket (0-4) of {@code word} (any case), or -1 when the word is not in the table. */
  public int bucket(String word) {
    Byte b = buckets.get(word.toLowerCase(Locale.ROOT));
    return b == null ? -1 : b;
  }

  public int size() {
    return buckets.size();
  }

  @Override
  public Class<?> getArtifactSerializerClass() {
    return Serializer.class;
  }

  /** Writes and reads the table inside a model zip, leaving the zip stream open. */
  public static final class Serializer implements ArtifactSerializer<CapitalisationTable> {
    @Override
    public CapitalisationTable create(InputStream in) throws IOException {
      return new CapitalisationTable(in);
    }

    @Override
    public void serialize(CapitalisationTable artifact, OutputStream out) throws IOException {
      StringBuilder sb = new StringBuilder();
      artifact.buckets.keySet().stream().filter(w -> w.indexOf('\n') < 0).sorted()
          .forEach(w -> sb.append(w).append(' ').append(artifact.buckets.get(w)).append('\n'));
      out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
      out.flush();
    }
  }
}
