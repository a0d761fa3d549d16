package org.tidende.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import org.tidende.analysis.ArticleAnalyzer;
import org.tidende.eval.HoldOut;
import org.tidende.model.Language;

/**
 * The common words of a language group's news: words the news writes in lower case, so that a
 * capitalised one at a sentence or headline start ("Gaza: Sopor och avföring flyter runt") is
 * known for an ordinary word though the story itself never writes it otherwise.
 *
 * <p>Method: over the unlabeled news of {@code ../shared/data/scandinavian} and the NER training
 * sentences of each group (da; nb and nn; sv; as {@code compounds-train} reads them), each word
 * (a run of letters) counts as written in lower case when its first letter is, and as capitalised
 * mid-sentence when its first letter is a capital, the rest is not all capitals, and it does not
 * start a sentence or headline ({@link ArticleAnalyzer#sentenceStart}). A word of at least
 * {@value #MIN_LENGTH} letters is common when written in lower case at least {@value #MIN_LOWER}
 * times and at least as often as capitalised mid-sentence ("venstre" as a direction and
 * "Venstre" the party are weighed so). Shipped as one lower-case word a line, gzipped, next to
 * this class; rebuilt by {@code ./tidende common-words-train} ({@link #count}, {@link #write}).
 * The news of the days the story view and the clusterer are measured on is not counted ({@link
 * org.tidende.eval.HoldOut#evaluationDays}: each ± 3 days, by date and {@code first_seen}; 3,860
 * Danish, 2,229 Norwegian and 507 Swedish items, as for the compound splitter and the background
 * rates), so a headline's first word on those days is not judged common by the very feeds it came
 * from; each list's first line names what it held out ({@link #heldOut}). That took the lists from
 * 26,873 / 35,104 / 7,015 words (da / no / sv) to 25,889 / 34,025 / 6,509 (session 33).
 *
 * <p>Why: the story's own lower-case words ({@code Entities}) settle a headline's first word only
 * when the story happens to use the word again; a story of three headlines rarely does. The
 * taggers' word clusters keep case but only words seen three times, and the compound splitter's
 * counts fold case, so that names and common words look alike there.
 *
 * <p>Cost: one hash look-up a word; memory: the words (tens of thousands a group), loaded once per
 * group on first use. Failure modes: a place or person whose name is also a common word ("Ski",
 * "Strøm", "Moss") is taken for the word where it is written only at sentence starts; a word
 * written in lower case only on the held-out days (the Norwegian feeds keep 1,010 of their 3,239
 * items) is no longer common anywhere. Immutable and thread-safe.
 */
public final class CommonWords {
  /** Fewest lower-case occurrences of a common word. */
  static final int MIN_LOWER = 2;
  /** Shortest common word (shorter words are mostly stop words, which are looked up elsewhere). */
  static final int MIN_LENGTH = 3;

  /** No words (a language without a list). */
  public static final CommonWords NONE = new CommonWords(Set.of());

  private static final Map<String, CommonWords> LOADED = new ConcurrentHashMap<>();

  private final Set<String> words;

  private CommonWords(Set<String> words) {
    this.words = words;
  }

  /** A list over the given lower-case words (tests). */
  public static CommonWords of(Set<String> words) {
    return new CommonWords(Set.copyOf(words));
  }

  /**
   * The common words of {@code language}'s group (Danish; Norwegian Bokmål and Nynorsk; Swedish),
   * {@link #NONE} for other languages.
   *
   * @throws UncheckedIOException when a shipped list is missing or unreadable (a broken build)
   */
  public static CommonWords of(Language language) {
    String group = group(language);
    return group == null ? NONE : LOADED.computeIfAbsent(group, g -> load(resource(g)));
  }

  /** The group code of a language ("da", "no", "sv"), or null when it has no list. */
  static String group(Language language) {
    if (language == null) {
      return null;
    }
    if (language.equals(Language.NB) || language.equals(Language.NN)) {
      return "no";
    }
    return language.equals(Language.DA) || language.equals(Language.SV) ? language.code() : null;
  }

  /**
   * What the shipped list of {@code group} ("da", "no", "sv") says its counts held out ({@code
   * "2022-10-06, ... ± 3 days"}, {@code "none"}), or null when it says nothing (a list built before
   * it did) or is missing.
   */
  public static String heldOut(String group) {
    return HoldOut.readHeader(CommonWords.class, resource(group));
  }

  /** The resource name of a group's list: {@code common-words-da.txt.gz}. */
  public static String resource(String group) {
    return "common-words-" + group + ".txt.gz";
  }

  private static CommonWords load(String resource) {
    try (InputStream in = CommonWords.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("missing resource " + resource));
      }
      Set<String> words = new HashSet<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith(HoldOut.HEADER)) {
          words.add(line.strip());
        }
      }
      return new CommonWords(Set.copyOf(words));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** Whether {@code word}, in any case, is a common word of the group. */
  public boolean contains(String word) {
    return words.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Number of words known. */
  public int size() {
    return words.size();
  }

  /**
   * Adds the words of {@code text} to {@code counts}: per lower-case word, {@code [0]} its
   * lower-case occurrences and {@code [1]} its capitalised ones that do not start a sentence.
   */
  public static void count(String text, Map<String, int[]> counts) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!Character.isLetter(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      boolean allCaps = true;
      while (i < n && Character.isLetter(text.codePointAt(i))) {
        allCaps &= !Character.isLowerCase(text.codePointAt(i));
        i += Character.charCount(text.codePointAt(i));
      }
      String word = text.substring(start, i);
      if (inAddress(text, start, i)) {
        continue; // "firda.no", "www.dbu.dk": a name written in lower case
      }
      if (Character.isLowerCase(cp)) {
        counts.computeIfAbsent(word, w -> new int[2])[0]++;
      } else if (Character.isUpperCase(cp) && !allCaps
          && ((start > 0 && text.charAt(start - 1) == '-') || !ArticleAnalyzer.sentenceStart(text, start))) {
        // a capital right after a hyphen is inside a word ("Nord-Korea"), not after a dash
        counts.computeIfAbsent(word.toLowerCase(Locale.ROOT), w -> new int[2])[1]++;
      }
    }
  }

  /** Whether the word at {@code [start, end)} is part of a web or mail address ("fjordingen.no", "www.vg.no"). */
  public static boolean inAddress(String text, int start, int end) {
    return (start > 0 && "./@".indexOf(text.charAt(start - 1)) >= 0)
        || (end + 1 < text.length() && (text.charAt(end) == '.' || text.charAt(end) == '@')
            && Character.isLetter(text.charAt(end + 1)));
  }

  /** Writes the common words of {@code counts} ({@link #count}), sorted, one a line. */
  public static void write(Map<String, int[]> counts, Writer out) throws IOException {
    write(counts, out, HoldOut.none());
  }

  /**
   * As {@link #write(Map, Writer)}, after a first line {@code # held out: ...} naming the days
   * whose news the counts left out ({@link #heldOut}; skipped when the list is read).
   */
  public static void write(Map<String, int[]> counts, Writer out, HoldOut heldOut) throws IOException {
    out.write(heldOut.header());
    for (Map.Entry<String, int[]> e : new TreeMap<>(counts).entrySet()) {
      int[] c = e.getValue();
      if (e.getKey().length() >= MIN_LENGTH && c[0] >= MIN_LOWER && c[0] >= c[1]) {
        out.write(e.getKey() + "\n");
      }
    }
  }
}
