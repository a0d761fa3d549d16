package org.tidende.story;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tidende.analysis.ArticleAnalyzer;
import org.tidende.analysis.Teasers;
import org.tidende.dedup.Boilerplate;
import org.tidende.entity.EntityRecognizer;
import org.tidende.ingest.PlainTextReader;
import org.tidende.model.AnalyzedArticle;
import org.tidende.model.Article;
import org.tidende.model.ArticleDate;
import org.tidende.model.Language;
import org.tidende.model.Story;
import org.tidende.model.StoryDetails;
import org.tidende.model.StoryId;
import org.tidende.reuse.PairwiseReuse;
import org.tidende.time.DateInference;
import org.tidende.time.Sentences;

/**
 * Builds the reader's view of a story from its members: headline, languages, sources, time span,
 * members in story order with given or inferred dates, and the details (timeline, summary, and
 * the entity and passage views). Thread-safe.
 *
 * <p>Dates: a member without a publication date, or with only a month or year, gets one inferred
 * from its text and the other members' dates ({@link DateInference}), marked inferred; the given
 * date is kept beside it.
 *
 * <p>The headline is the member title whose words the other members share most, per word (a
 * medoid; {@link #centrality}), ties to the earliest arrival; a title led by a section or genre
 * label ("Analyse:", "BILDESERIE:"; {@link TitleLabels}) or a quotation, and a follow-up dated a
 * day or more after the story's first day, only when no other is nearly as central; when no
 * member has a title, the first sentence of the earliest lead, cut at a word boundary near 120
 * characters. Before, the score was the plain count of the title's terms found in the others'
 * titles and first 40 text terms, every repeat and every part of a compound counted: long titles
 * won by length, and the bundled ferry fire was headlined by the next day's Nynorsk "Havørn-
 * kapteinen: Mannskapet gjorde alt rett" ("Mannskapet" counted as mannskap, man and skap, each
 * repeated in the others' texts). Measured on the stories of two or more articles of the
 * Norwegian and Swedish feeds, the Norwegian archive, the Danish day, a 4,000-line slice of the
 * Danish front pages, Google News dev and ECB+ dev (1,472 stories): 582 headlines changed (336 of
 * them Danish front pages, where a section name glued to the title, "Internationalt To teenagere
 * ...", no longer wins over the same title without it). Of 40 stories drawn at random, 23 kept
 * their headline, 7 got a better one, 2 a worse ("Hamas nya beslut om gisslan" for "Hamas: Inga
 * fler ur gisslan kommer att friges"), 8 one as good; of 30 changed ones drawn from the sets other
 * than the Danish front pages, 7 better, 2 worse ("mo ready" for "share leap battle ready hp"), 21
 * as good. Failure modes: a mixed story's headline follows whichever event has most members; a
 * speaker's words without quotation marks ("Vi skyder på alle") are not known for a quotation.
 * Since session 31 a title ending in a colon ({@link #kicker}: "Statsminister Kjell Magne
 * Bondevik:", "Nedleggjing:", kickers cut from their headlines in the Norwegian archive) is the
 * headline only when every member's title is one. It changed 2 of the archive's 34 headlines
 * (where it was found: "Fr.p. baner veien for Bondevik II" for "Statsminister Kjell Magne Bondevik:",
 * better; "Framleis tid" for "Nedleggjing:", as weak) and none of 2,334 other stories (Danish front
 * pages 10,001-14,000, 30,001-32,000, 36,001-38,000, 46,001-48,000, the Swedish and Norwegian
 * feeds, ECB+ topics 1-13, 16, 19, 22, 24, 30, business/energy, the samples), so it is untested on
 * held-out data. A live ticker's label before a title ("LIVE Mette Frederiksen besøger Joe Biden i
 * USA", "Direkte: Slik ser det ut på veiene ..."; {@link TitleLabels#liveLabel}) says how the item
 * is kept up, not what happened: such a title weighs as a labelled one, and the label is not shown
 * when it wins. On the same 2,330 stories (see {@link Summary}) 5 headlines changed: "Direkte:"
 * or "LIVE" dropped from three that still win (better), another member's title for two, one
 * better ("Sådan forløb Mette Frederiksens møde med Joe Biden" for "LIVE Mette Frederiksen besøger
 * Joe Biden i USA"), one debatable ("Advokat i sag om drab på gravid: - Rettergangsfejl" for "LIVE
 * Retssag i sag om drab på gravide Louise Borglit"). Failure
 * mode: a label used without a colon in lower case ("Live Trump taler") is not known.
 * A title that is only a
 * publication stamp ("Published: August 2, 2013", the first line of a page copied as plain text)
 * dates the member (see {@link DateInference}); the member's title is then the one its text starts
 * with, as the plain-text reader splits titles.
 */
public final class StoryBuilder {
  private final ArticleAnalyzer analyzer;
  private final EntityRecognizer recognizer;

  /**
   * @param analyzer the pipeline's analyzer (for the summary's term statistics)
   * @param recognizer the named-entity recognizer
   */
  public StoryBuilder(ArticleAnalyzer analyzer, EntityRecognizer recognizer) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    this.recognizer = Objects.requireNonNull(recognizer, "recognizer");
  }

  /**
   * @param members analysed members in arrival order
   * @param similarity similarity with which each member joined (same order; 0 for the opener)
   */
  public Story build(StoryId id, List<AnalyzedArticle> members, List<Double> similarity) {
    return build(id, members, similarity, Set.of());
  }

  /**
   * @param members analysed members in arrival order
   * @param similarity similarity with which each member joined (same order; 0 for the opener)
   * @param labels the run's title labels, lower case ({@link TitleLabels#labels}): a title they lead
   *     is the headline only when no other title is nearly as central
   */
  public Story build(StoryId id, List<AnalyzedArticle> members, List<Double> similarity, Set<String> labels) {
    return build(id, members, similarity, labels, Set.of());
  }

  /**
   * @param members analysed members in arrival order
   * @param similarity similarity with which each member joined (same order; 0 for the opener)
   * @param labels the run's title labels, lower case ({@link TitleLabels#labels})
   * @param runSources the sources of the run's articles ("expressen.se", "Ekstra Bladet"): a name
   *     equal to one is an outlet in this story too ({@link Entities})
   */
  public Story build(StoryId id, List<AnalyzedArticle> members, List<Double> similarity, Set<String> labels,
      Collection<String> runSources) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      order.add(i);
    }
    List<ArticleDate> known = new ArrayList<>();
    for (AnalyzedArticle m : members) {
      if (m.article().date() != null) {
        known.add(m.article().date()); // coarse ones (2019-04) only bound undated members' periods
      }
    }
    List<ArticleDate> used = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    for (AnalyzedArticle m : members) {
      used.add(dateOf(m, known));
      titles.add(shownTitle(m));
    }
    order.sort(Comparator.comparingLong((Integer i) -> used.get(i) == null ? Long.MAX_VALUE : used.get(i).epochSecond())
        .thenComparing(i -> i));
    List<Story.StoryArticle> arts = new ArrayList<>();
    List<AnalyzedArticle> inOrder = new ArrayList<>();
    List<ArticleDate> datesInOrder = new ArrayList<>();
    Map<Language, Integer> langs = new LinkedHashMap<>();
    Map<String, Integer> sources = new LinkedHashMap<>();
    ArticleDate first = null;
    ArticleDate last = null;
    for (int i : order) {
      AnalyzedArticle m = members.get(i);
      Article a = m.article();
      ArticleDate d = used.get(i);
      langs.merge(m.lang(), 1, Integer::sum);
      sources.merge(sourceOf(a), 1, Integer::sum);
      if (d != null) {
        first = first == null || d.compareTo(first) < 0 ? d : first;
        last = last == null || d.compareTo(last) > 0 ? d : last;
      }
      arts.add(new Story.StoryArticle(a.id(), a.file(), a.line(), titles.get(i), m.lang(), d, a.date(), a.source(),
          a.url(), similarity.get(i)));
      inOrder.add(readable(m));
      datesInOrder.add(d);
    }
    List<StoryDetails.Copies> duplicates = Reuse.duplicates(inOrder);
    PairwiseReuse compared = Reuse.compare(inOrder);
    List<StoryDetails.Passage> passages = Reuse.passages(inOrder, compared, duplicates);
    StoryDetails details = new StoryDetails(Entities.build(inOrder, recognizer, runSources), Timeline.build(inOrder, datesInOrder),
        passages, Reuse.additions(inOrder, compared), Summary.build(inOrder, analyzer, passages),
        duplicates, Links.build(inOrder));
    return new Story(id, headline(members, titles, used, labels), byCount(langs), byCount(sources), first, last, arts, details);
  }

  /**
   * The member as the details read it: its paywall teasers and feed footers ({@link Teasers}), which
   * the analysis skips too, blanked out with spaces, so passage spans still index the article's own
   * text. Shared by many outlets' items, a teaser would otherwise show as a shared passage, as what
   * an article adds, or in the summary. Links to other articles inside a feed's text ("Les også:"
   * or a glued "Se ogsåØrsted", and that article's headline, to the end of the sentence) are blanked too: their names and
   * words are another story's ("Barn blant de omkomne Les" had been shown as an entity).
   */
  private static AnalyzedArticle readable(AnalyzedArticle m) {
    String text = m.article().text();
    String blanked = blankCrossLinks(Teasers.blank(text));
    if (blanked.equals(text)) {
      return m;
    }
    return new AnalyzedArticle(m.article().withText(blanked), m.language(), m.titleTerms(), m.bodyTerms(), m.names(),
        m.numbers(), m.givenNames());
  }

  /**
   * A link to another article inside a feed's text, that article's headline following: after a
   * colon ("Les også: ..."), or run onto the marker where the page's link lost its space ("Se
   * ogsåØrsted vil fordoble ...", as 22 of DR's texts in the Danish archive have it).
   */
  static final Pattern CROSS_LINK = Pattern.compile(
      "(?iU)\\b" + Boilerplate.CROSS_LINK_MARKER + "(?:\\s*:|(?-i:(?=[\\p{Lu}\\p{Nd}])))");

  /** {@code text} with each cross-link, from its marker to the end of its sentence, blanked with spaces. */
  static String blankCrossLinks(String text) {
    Matcher mt = CROSS_LINK.matcher(text);
    if (!mt.find()) {
      return text;
    }
    char[] out = text.toCharArray();
    for (int[] s : Sentences.split(text)) {
      mt.region(s[0], s[1]);
      if (mt.find()) {
        Arrays.fill(out, mt.start(), s[1], ' ');
      }
    }
    return new String(out);
  }

  /** The member's date: given at day precision or finer, else inferred from text and story, else as given. */
  private static ArticleDate dateOf(AnalyzedArticle m, List<ArticleDate> storyDates) {
    ArticleDate own = m.article().date();
    if (own != null && (own.precision() == ArticleDate.Precision.DAY || own.precision() == ArticleDate.Precision.TIME)) {
      return own;
    }
    List<ArticleDate> others = storyDates.stream().filter(d -> d != own).toList();
    return DateInference.infer(m.article().fullText(), m.lang(), own, others).orElse(own);
  }

  private static <K> List<K> byCount(Map<K, Integer> counts) {
    List<Map.Entry<K, Integer>> e = new ArrayList<>(counts.entrySet());
    e.sort((a, b) -> Integer.compare(b.getValue(), a.getValue())); // stable: first seen wins ties
    return e.stream().map(Map.Entry::getKey).toList();
  }

  /** The outlet, else the host of the URL, else the file name. */
  public static String sourceOf(Article a) {
    if (a.source() != null && !a.source().isBlank()) {
      return a.source();
    }
    if (a.url() != null) {
      try {
        String host = URI.create(a.url().strip()).getHost();
        if (host != null) {
          return host.startsWith("www.") ? host.substring(4) : host;
        }
      } catch (IllegalArgumentException e) {
        // not a URL: fall through to the file
      }
    }
    Path p = Path.of(a.file()).getFileName();
    return p == null ? a.file() : p.toString();
  }

  /**
   * The member's title; when that is only a publication stamp (a page's date line read as its
   * title), the title the text then starts with, or "".
   */
  private static String shownTitle(AnalyzedArticle m) {
    String t = m.article().title();
    return DateInference.isPublicationStamp(t, m.lang()) ? PlainTextReader.titleOf(m.article().text()) : t;
  }

  /**
   * The headline, given each member's title as shown ({@link #shownTitle}) and its date (or null),
   * both in {@code members}' order: the title whose terms the other members share most per term
   * ({@link #centrality}), a title led by one of the {@code labels} or by a label in capitals
   * ({@link TitleLabels}) or a quotation ({@link #quotation}) keeping {@value #LABEL_WEIGHT} of its
   * score and a follow-up's title
   * (dated a day or more after the story's first day) {@value #FOLLOW_UP_WEIGHT}; ties to the
   * earliest arrival.
   */
  static String headline(List<AnalyzedArticle> members, List<String> titles, List<ArticleDate> dates,
      Set<String> labels) {
    LocalDate firstDay = null;
    for (ArticleDate d : dates) {
      if (d != null && d.precision().compareTo(ArticleDate.Precision.DAY) >= 0
          && (firstDay == null || d.date().isBefore(firstDay))) {
        firstDay = d.date();
      }
    }
    String best = null;
    double bestScore = -1;
    boolean bestKicker = false;
    for (int i = 0; i < members.size(); i++) {
      AnalyzedArticle m = members.get(i);
      String title = titles.get(i);
      if (title.isBlank()) {
        continue;
      }
      double score = centrality(members, i) + m.names().size() * 0.01;
      String lead = TitleLabels.lead(title);
      if (TitleLabels.capitalLead(title) || lead != null && labels.contains(lead) || quotation(title)
          || TitleLabels.liveLabel(title) > 0) {
        score *= LABEL_WEIGHT;
      }
      ArticleDate d = dates.get(i);
      if (firstDay != null && d != null && d.precision().compareTo(ArticleDate.Precision.DAY) >= 0
          && d.date().isAfter(firstDay)) {
        score *= FOLLOW_UP_WEIGHT;
      }
      boolean cut = kicker(title);
      if (best == null || bestKicker && !cut || bestKicker == cut && score > bestScore) {
        bestScore = score;
        best = title;
        bestKicker = cut;
      }
    }
    if (best != null) {
      int live = TitleLabels.liveLabel(best);
      return best.substring(live).strip();
    }
    return leadSentence(members.get(0).article().text());
  }

  /**
   * Whether a title ends in a colon: a kicker or label cut from the headline it introduced
   * ("Statsminister Kjell Magne Bondevik:", "Nedleggjing:", as the Norwegian archive has them),
   * which names a speaker or a topic but says nothing happened. Such a title is the headline only
   * when every member's title is one.
   */
  static boolean kicker(String title) {
    return title.strip().endsWith(":");
  }

  /**
   * Whether a title is a quotation: it opens with a quotation mark or a quoting dash ("»Nu skal vi
   * ...«", "”Trumps fredsplan kan bli en krigsplan”", "– Jeg er litt bekymret"). Someone's words
   * about the story, not what happened.
   */
  static boolean quotation(String title) {
    String t = title.strip();
    return !t.isEmpty() && ("\"'»«„“”‘’".indexOf(t.charAt(0)) >= 0 || t.startsWith("– ") || t.startsWith("- "));
  }

  /**
   * How central member {@code i}'s title is: for each of its words, the number of other members
   * that write it in their title (1) or else in the first 40 terms of their text (0.5), summed
   * over the words and divided by the square root of their number (at least {@value #MIN_WORDS}).
   * A word is a run of analysed terms that are a compound and its parts ("mannskap, man, skap"; a
   * term inside the one before it), matched by whichever of its terms matches best: the parts
   * neither count thrice nor make a long title win by length alone. Cost: members squared times
   * a title's words, as the count it replaced.
   */
  static double centrality(List<AnalyzedArticle> members, int i) {
    List<Set<String>> words = new ArrayList<>();
    String whole = null;
    for (String t : members.get(i).titleTerms()) {
      if (whole != null && t.length() < whole.length() && whole.contains(t)) {
        words.get(words.size() - 1).add(t);
      } else {
        Set<String> word = new HashSet<>();
        word.add(t);
        words.add(word);
        whole = t;
      }
    }
    Set<Set<String>> distinct = new HashSet<>(words);
    if (distinct.isEmpty()) {
      return 0;
    }
    double sum = 0;
    for (int j = 0; j < members.size(); j++) {
      if (j == i) {
        continue;
      }
      AnalyzedArticle o = members.get(j);
      Set<String> title = new HashSet<>(o.titleTerms());
      Set<String> lead = new HashSet<>(o.bodyTerms().subList(0, Math.min(40, o.bodyTerms().size())));
      for (Set<String> word : distinct) {
        double got = 0;
        for (String t : word) {
          got = Math.max(got, title.contains(t) ? 1 : lead.contains(t) ? 0.5 : 0);
        }
        sum += got;
      }
    }
    return sum / Math.sqrt(Math.max(MIN_WORDS, distinct.size()));
  }

  /**
   * Fewest words a title's score is divided as if it had ({@link #centrality}): a title shorter
   * than a headline usually is ("homefront", "Trumps kryptiska hot") wins by its words alone no
   * more than a long one does by its length.
   */
  static final int MIN_WORDS = 4;

  /**
   * The share of its score a follow-up's title keeps: "Havørn-kapteinen: Mannskapet gjorde alt
   * rett" the day after gives way to the first day's "Brann om bord på Havørn i Skagerrak", which
   * says what happened.
   */
  static final double FOLLOW_UP_WEIGHT = 0.85;

  /**
   * The share of its score a title led by a label keeps: "Analyse: Derfor er Martin Lidegaard begyndt
   * at kalde Løkke for Fætter Højben" gives way to a title without one that is nearly as central,
   * and stays the headline when none is (or when every title has the label).
   */
  static final double LABEL_WEIGHT = 0.75;

  /** First sentence of a text, cut at a word boundary near 120 characters. */
  public static String leadSentence(String text) {
    String t = text.strip().replaceAll("\\s+", " ");
    int end = -1;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && (i + 1 == t.length() || t.charAt(i + 1) == ' ') && i > 20) {
        end = i + 1;
        break;
      }
    }
    String s = end > 0 ? t.substring(0, end) : t;
    if (s.length() > 140) {
      int cut = s.lastIndexOf(' ', 120);
      s = s.substring(0, cut > 40 ? cut : 120) + " …";
    }
    return s;
  }
}
