package org.tidende.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * How often each word of the labelled corpora stood inside a name of each type, stored in a
 * name-finder model for {@link NameLexiconFeatureGeneratorFactory}.
 *
 * <p>Method: for every training sentence of every language (never a dev sentence), each token
 * counts one occurrence, and one occurrence of its name's type ({@link EntityType}; the Danish and
 * Swedish corpora only know PER, LOC, ORG, MISC) when it lies inside a gold name. Words are
 * case-sensitive; only words holding an upper-case letter are kept (lower-case words are almost
 * never names and would only bloat the model). An all-capitals word the lexicon lacks is looked up
 * capitalised ("HOPKINS" as "Hopkins").
 *
 * <p>Jackknife: a lexicon built from the training sentences would tell the learner the gold
 * answer for every one of them, and the learner would trust it blindly. So the training-time
 * lexicon ({@link #build(List, int)}) keeps its counts per fold (fold = the sentence's token hash
 * modulo the fold count), and a look-up for a sentence of fold f subtracts fold f's counts: each
 * training sentence sees the names of the other sentences only, as a dev or real sentence does.
 * The serialized form holds the totals only, so a model read back looks words up with nothing
 * subtracted. A repeated or duplicated sentence hashes to the same fold, so it cannot leak
 * either.
 *
 * <p>Cost: one hash look-up per word; at training, also one sentence hash per word. Memory: a few
 * MB. Immutable, thread-safe.
 */
public final class NameLexicon implements SerializableArtifact {
  /** Type slots of the counts, in order; the last slot counts every occurrence. */
  static final List<EntityType> TYPES = List.of(EntityType.values());
  private static final int ALL = TYPES.size();

  private final Map<String, int[]> totals;
  /** Per word, counts per fold ({@code folds * (TYPES+1)} ints); empty for a read-back lexicon. */
  private final Map<String, int[]> perFold;
  private final int folds;

  private NameLexicon(Map<String, int[]> totals, Map<String, int[]> perFold, int folds) {
    this.totals = totals;
    this.perFold = perFold;
    this.folds = folds;
  }

  /** The training-time lexicon of {@code sentences}, with per-fold counts for the jackknife. */
  public static NameLexicon build(List<TaggedSentence> sentences, int folds) {
    if (folds < 2) {
      throw new IllegalArgumentException("folds must be at least 2, got " + folds);
    }
    Map<String, int[]> totals = new HashMap<>();
    Map<String, int[]> perFold = new HashMap<>();
    for (TaggedSentence s : sentences) {
      String[] tokens = s.tokens().toArray(String[]::new);
      int fold = foldOf(tokens, folds);
      int[] slot = new int[tokens.length];
      Arrays.fill(slot, -1);
      for (NameSpan n : s.names()) {
        int k = slotOf(n.type());
        for (int i = n.start(); i < n.end(); i++) {
          slot[i] = k;
        }
      }
      for (int i = 0; i < tokens.length; i++) {
        if (!hasUpper(tokens[i])) {
          continue;
        }
        int[] t = totals.computeIfAbsent(tokens[i], w -> new int[ALL + 1]);
        int[] f = perFold.computeIfAbsent(tokens[i], w -> new int[folds * (ALL + 1)]);
        t[ALL]++;
        f[fold * (ALL + 1) + ALL]++;
        if (slot[i] >= 0) {
          t[slot[i]]++;
          f[fold * (ALL + 1) + slot[i]]++;
        }
      }
    }
    return new NameLexicon(totals, perFold, folds);
  }

  /** Reads {@code word TAB count...} lines (UTF-8); malformed lines are skipped. Does not close {@code in}. */
  public NameLexicon(InputStream in) throws IOException {
    this(read(in), Map.of(), 0);
  }

  private static Map<String, int[]> read(InputStream in) throws IOException {
    Map<String, int[]> m = new HashMap<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      String[] parts = line.split("\t");
      if (parts.length != ALL + 2 || parts[0].isEmpty()) {
        continue;
      }
      int[] c = new int[ALL + 1];
      try {
        for (int i = 0; i <= ALL; i++) {
          c[i] = Integer.parseInt(parts[i + 1]);
        }
      } catch (NumberFormatException e) {
        continue;
      }
      m.put(parts[0], c);
    }
    return m;
  }

  /**
   * Counts of {@code tokens[index]} (per type in {@link #TYPES} order, then all occurrences),
   * leaving out the sentence's own fold when this is a training-time lexicon; null when the word
   * was never seen (or only in that fold).
   */
  int[] counts(String[] tokens, int index) {
    String word = tokens[index];
    int[] t = totals.get(word);
    if (t == null && word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))) {
      word = word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT); // "HOPKINS" in a caps headline
      t = totals.get(word);
    }
    if (t == null || perFold.isEmpty()) {
      return t;
    }
    int fold = foldOf(tokens, folds);
    int[] f = perFold.get(word);
    int[] c = new int[ALL + 1];
    for (int i = 0; i <= ALL; i++) {
      c[i] = t[i] - f[fold * (ALL + 1) + i];
    }
    return c[ALL] == 0 ? null : c;
  }

  /**
   * Whether {@code word} (as written) stood inside a person's name in most of its occurrences in
   * the labelled corpora: a given name the taggers were taught ("Quentin", "Joe", "Christian"; not
   * "Pave", "Gjøvik" or a word they never saw). Totals only, nothing left out.
   */
  public boolean mostlyInPersonNames(String word) {
    int[] t = totals.get(word);
    return t != null && 2 * t[slotOf(EntityType.PER)] > t[ALL];
  }

  /**
   * How often {@code word} (as written) stood inside a name of each type of {@link #TYPES} in the
   * labelled corpora, then how often it occurred at all; all zeros for a word never seen. Totals
   * only, nothing left out.
   */
  public int[] occurrences(String word) {
    int[] t = totals.get(word);
    return t == null ? new int[ALL + 1] : t.clone();
  }

  public int size() {
    return totals.size();
  }

  static int foldOf(String[] tokens, int folds) {
    return Math.floorMod(Arrays.hashCode(tokens), folds); // String.hashCode is specified, so stable
  }

  private static int slotOf(EntityType type) {
    return type.ordinal();
  }

  private static boolean hasUpper(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (Character.isUpperCase(token.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Class<?> getArtifactSerializerClass() {
    return Serializer.class;
  }

  /** Writes the totals (never the folds) inside a model zip, leaving the zip stream open. */
  public static final class Serializer implements ArtifactSerializer<NameLexicon> {
    @Override
    public NameLexicon create(InputStream in) throws IOException {
      return new NameLexicon(in);
    }

    @Override
    public void serialize(NameLexicon artifact, OutputStream out) throws IOException {
      StringBuilder sb = new StringBuilder();
      artifact.totals.keySet().stream().filter(w -> w.indexOf('\t') < 0 && w.indexOf('\n') < 0).sorted().forEach(w -> {
        sb.append(w);
        for (int c : artifact.totals.get(w)) {
          sb.append('\t').append(c);
        }
        sb.append('\n');
      });
      out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
      out.flush();
    }
  }
}
