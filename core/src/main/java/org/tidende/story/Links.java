package org.tidende.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tidende.analysis.ArticleAnalyzer;
import org.tidende.analysis.Demonyms;
import org.tidende.entity.CapitalisedNameRecognizer;
import org.tidende.entity.NameKeys;
import org.tidende.model.AnalyzedArticle;
import org.tidende.model.StoryDetails;
import org.tidende.time.DateLexicon;
import org.tidende.time.DateLexicons;

/**
 * Why each member is in its story: the names and numbers it shares with the other members, the
 * specifics the clusterer weighs beside the words ({@link org.tidende.cluster.StoryClusterer}).
 *
 * <p>Method: a member's name keys ({@link AnalyzedArticle#names}: language-neutral, so "Usjakov"
 * and "Ushakov", "Nord-Korea" and "Nordkorea" are one key) are counted in the other members, each
 * text once (a wire text printed three times shares its names with its copies, which says nothing
 * more than the copy does, and "kallar Estland Natoländerna" would show as one name); the
 * keys at least one other member has are shown as the member writes them, the run of capitalised
 * words around the key that are shared names ("Kim Jong-un", not "Jong-un"; "Estland", not
 * "Estlands"), those most members share first, at most {@value #MAX_NAMES}; numbers
 * likewise, at most {@value #MAX_NUMBERS}. A member with neither joined on words alone. A street's
 * head word is shown with the ordinal in digits before it ({@link #STREETS}, session 34: "97th
 * Avenue", "117th Street", where the ECB+ dev view listed "Avenue" and "Street" on 14 lines of two
 * stories; nothing else of that view or of {@code stories samples} changed). The key stays the word's
 * ("street"), so two different numbered streets still link ("27th Street" beside "117th Street"):
 * now the line shows it. A firm's name with "og"/"och" is shown whole ({@link #firmEnd}, by the cues
 * the story's entities join it by, session 34 review): "Hansen og Sønner AS", not "Hansen" and
 * "Sønner AS". Measured old against new on the Norwegian and Swedish feeds, the Danish day and
 * Danish front pages 24,001-28,000: identical (none writes such a firm in a story of two). A role
 * before a given name and surname is not shown ({@link
 * org.tidende.entity.CapitalisedNameRecognizer#isRoleWord}): "Costas Karamanlis", "Joe Biden",
 * where the line showed "Minister Costas Karamanlis", "President Joe Biden" (session 34 review);
 * "King Charles", "General Motors" (one word after, or no given name) stay as written; a role alone
 * ("Dr", "Gov", "Coach", "Sheriff") is no name and not listed. ECB+ dev story view, old against new:
 * 57 why-together lines changed, the roles gone ("Prime Minister Costas Karamanlis" now "Costas
 * Karamanlis", "Dr" and "Coach" alone gone, a name of the member's taking the freed place); one
 * lost a longer name to the five-name cut ("Interior Secretary Salazar"). Display only.
 *
 * <p>Across language groups (session 36): a member is also linked by the names the clusterer adds
 * to it only against a story of another language group ({@link #across}; {@code
 * cluster.FeatureVector#across}, whose additions the story keeps as the member's {@code Shift}),
 * where a member of another group names them: the sample's English report of the Copenhagen metro
 * strike, joined to the Danish and Swedish ones by "Copenhagen's" (København) and "Danish"
 * (Danmark), listed "Soren Kjaergaard, 300000", as if the name and number had carried the join;
 * now "Soren Kjaergaard, Copenhagen (København), Danish (Danmark), 300000", as it writes them and,
 * in brackets, as the other language does. Counted for that member alone (so the others' lines,
 * and every line of a story in one group, are as they were: {@code stories samples} changed in
 * that line only): the Swedish report that writes "Danmark" does not list it for the English
 * adjective, as its own line did not before either.
 *
 * <p>Why: the shared passages show what members copy, the entities what the story is about; a
 * reader who asks why a Danish report sits with two Nynorsk ones needs the link itself, and across
 * languages that is names and numbers, as no word is shared. Cost: linear in the members' names
 * and text. Failure mode: the clusterer also joins on shared words and on the story's centroid,
 * which this view does not list; a name shared only by its key with a different name (two people
 * of one surname) looks like a link.
 */
final class Links {
  static final int MAX_NAMES = 5;
  static final int MAX_NUMBERS = 3;
  /** A run of capitalised words (with hyphens and apostrophes inside words) separated by single spaces. */
  private static final Pattern RUN = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}'’-]*(?: \\p{Lu}[\\p{L}\\p{N}'’-]*)*");
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}'’-]*");
  /** A street's head word, shown with the ordinal before it: "97th Avenue", "117th Street". */
  private static final Set<String> STREETS = Set.of("street", "st", "avenue", "ave", "road", "rd", "boulevard",
      "blvd", "place", "drive", "lane");
  /** An English ordinal in digits right before a run: the "97th " of "97th Avenue". */
  private static final Pattern ORDINAL_BEFORE = Pattern.compile("(?<![\\p{L}\\p{N}])(" + NameKeys.ORDINAL_WORD + ") $");

  private Links() {}

  static List<StoryDetails.Link> build(List<AnalyzedArticle> members) {
    if (members.size() < 2) {
      return List.of();
    }
    Map<String, Integer> nameCounts = new HashMap<>();
    Map<String, Integer> numberCounts = new HashMap<>();
    Set<String> texts = new HashSet<>(); // a copy of a text repeats its names: it links nothing new
    for (AnalyzedArticle m : members) {
      if (!texts.add(m.article().fullText())) {
        continue;
      }
      new HashSet<>(m.names()).forEach(k -> nameCounts.merge(k, 1, Integer::sum));
      new HashSet<>(m.numbers()).forEach(n -> numberCounts.merge(n, 1, Integer::sum));
    }
    Set<String> written = new HashSet<>(); // every word of the story, to tell a genitive ("Estlands")
    for (AnalyzedArticle m : members) {
      Matcher w = WORD.matcher(m.article().fullText());
      while (w.find()) {
        written.add(w.group());
      }
    }
    List<Map<String, String>> surfacesOf = new ArrayList<>(members.size());
    for (AnalyzedArticle m : members) {
      surfacesOf.add(surfaces(m, nameCounts, written));
    }
    List<StoryDetails.Link> out = new ArrayList<>(members.size());
    for (int at = 0; at < members.size(); at++) {
      AnalyzedArticle m = members.get(at);
      Map<String, String> surfaces = new HashMap<>(surfacesOf.get(at));
      Map<String, Integer> counts = nameCounts;
      List<String> items = new ArrayList<>(m.names());
      Map<String, String> across = across(m, members, surfacesOf, written);
      if (!across.isEmpty()) { // the names its vector across language groups adds, counted and shown as its own
        counts = new HashMap<>(nameCounts);
        for (Map.Entry<String, String> e : across.entrySet()) {
          counts.merge(e.getKey(), 1, Integer::sum);
          items.add(e.getKey());
          surfaces.put(e.getKey(), e.getValue());
        }
      }
      List<String> keys = shared(items, counts);
      keys.removeAll(m.givenNames()); // "Yuri" of "Yuri Kadobnov" and of "Juri Ushakov" is no link
      List<String> names = new ArrayList<>();
      for (String k : keys) {
        String s = surfaces.get(k);
        if (s == null || names.stream().anyMatch(n -> words(n).containsAll(words(s)))
            || s.indexOf(' ') < 0 && role(s)) {
          continue; // said already: "Kim" after "Kim Jong-un"
        }
        int part = -1;
        for (int i = 0; i < names.size() && part < 0; i++) {
          part = words(s).containsAll(words(names.get(i))) ? i : -1;
        }
        if (part >= 0) {
          names.set(part, s); // "Kim Jong-un" in place of the "Kim" listed before it
        } else if (names.size() < MAX_NAMES) {
          names.add(s);
        }
      }
      List<String> numbers = shared(m.numbers(), numberCounts);
      out.add(new StoryDetails.Link(m.id(), List.copyOf(names), numbers.subList(0, Math.min(MAX_NUMBERS, numbers.size()))));
    }
    return out;
  }

  /**
   * The names {@code m} adds when the clusterer compares it with a story of another language group
   * ({@code cluster.FeatureVector#across}: a listed place at a sentence start, "Copenhagen's", read
   * as København; the country of a nationality adjective, "Danish" as Danmark) that a member of
   * another group names, each key with how it is shown: as {@code m} writes it and, in brackets,
   * as the first such member does ("Copenhagen (København)"), in {@code m}'s order. Empty for most
   * members: only a cross-language story has such a member.
   */
  private static Map<String, String> across(AnalyzedArticle m, List<AnalyzedArticle> members,
      List<Map<String, String>> surfacesOf, Set<String> story) {
    if (members.stream().allMatch(o -> sameGroup(m, o))) {
      return Map.of(); // a story in one language group: no scan of the member's text
    }
    Map<String, String> written = new LinkedHashMap<>(); // key -> as m writes it, or null
    for (String w : ArticleAnalyzer.sentenceInitialPlaceWords(m.article())) {
      written.putIfAbsent(ArticleAnalyzer.nameKey(w), withoutGenitive(w));
    }
    Demonyms demonyms = Demonyms.across(m.lang());
    for (List<String> terms : List.of(m.titleTerms(), m.bodyTerms())) {
      for (String t : terms) {
        String country = demonyms.country(t);
        if (country != null && !written.containsKey(country)) {
          written.put(country, adjective(m, t));
        }
      }
    }
    written.keySet().removeAll(m.names());
    Map<String, String> out = new LinkedHashMap<>();
    written.forEach((key, own) -> {
      for (int o = 0; o < members.size() && !out.containsKey(key); o++) {
        AnalyzedArticle other = members.get(o);
        if (!sameGroup(m, other) && other.names().contains(key)) {
          String theirs = surfacesOf.get(o).get(key);
          theirs = theirs != null ? theirs : surfaces(other, Map.of(key, 2), story).get(key); // a name no other member shares
          out.put(key, own == null ? (theirs == null ? key : theirs)
              : theirs == null || theirs.equals(own) ? own : own + " (" + theirs + ")");
        }
      }
    });
    return out;
  }

  /** Whether the clusterer compares {@code a} and {@code b} within one language group (Scandinavian, or one language). */
  private static boolean sameGroup(AnalyzedArticle a, AnalyzedArticle b) {
    return a.lang().isScandinavian() && b.lang().isScandinavian() || a.lang().equals(b.lang());
  }

  /** The word of {@code m} whose name key is that of its analysed term {@code t} ("Danish"), or null. */
  private static String adjective(AnalyzedArticle m, String t) {
    String key = ArticleAnalyzer.nameKey(t);
    Matcher w = WORD.matcher(m.article().fullText());
    while (w.find()) {
      if (Character.isUpperCase(w.group().codePointAt(0)) && ArticleAnalyzer.nameKey(w.group()).equals(key)) {
        return withoutGenitive(w.group());
      }
    }
    return null;
  }

  private static String withoutGenitive(String w) {
    return w.endsWith("'s") || w.endsWith("’s") ? w.substring(0, w.length() - 2) : w;
  }

  private static List<String> words(String surface) {
    return List.of(surface.split(" "));
  }

  /** The items another member has too (count over all members at least 2), most shared first, then in order. */
  private static List<String> shared(List<String> items, Map<String, Integer> counts) {
    List<String> out = new ArrayList<>(new LinkedHashSet<>(items));
    out.removeIf(k -> counts.getOrDefault(k, 0) < 2);
    out.sort((a, b) -> Integer.compare(counts.get(b), counts.get(a))); // stable: ties keep text order
    return out;
  }

  /**
   * Each shared name key of the member as it writes it: the run of consecutive capitalised words
   * around it whose keys are all names it shares ("Kim" of "Kim Jong-il" when only "Kim" is shared),
   * a run ending after a genitive the story also writes without its "s" ("Vladivostoks | Russky-ø"),
   * and such a genitive shown without it ("Estlands" as "Estland"); weekdays and months are no
   * names ("Tuesday"), and the title is read only for names the text does not write (English titles
   * capitalise every word). Of a key's runs the one the member writes most often wins, then the one
   * of fewer words (a run may join two names: "kallar Estland Natoländerna till krismöte"), then
   * the shorter.
   */
  private static Map<String, String> surfaces(AnalyzedArticle m, Map<String, Integer> counts, Set<String> written) {
    Set<String> names = new HashSet<>(m.names());
    names.removeIf(k -> counts.getOrDefault(k, 0) < 2);
    DateLexicon calendar = DateLexicons.forLanguage(m.lang());
    Predicate<String> isName = word -> names.contains(ArticleAnalyzer.nameKey(word))
        && !calendar.weekdays().containsKey(word.toLowerCase(Locale.ROOT))
        && !calendar.months().containsKey(word.toLowerCase(Locale.ROOT));
    Map<String, Map<String, Integer>> seen = new HashMap<>();
    Set<String> given = new HashSet<>(m.givenNames());
    runs(m.article().text(), isName, given, written, seen);
    Map<String, Map<String, Integer>> inTitle = new HashMap<>();
    runs(m.article().title(), isName, given, written, inTitle);
    inTitle.forEach(seen::putIfAbsent); // a title in title case ("Microsoft Issues Emergency Patch") only where the text lacks the name
    Map<String, String> best = new HashMap<>();
    seen.forEach((key, forms) -> best.put(key, forms.entrySet().stream().sorted((a, b) -> {
      int c = Integer.compare(b.getValue(), a.getValue());
      int wa = a.getKey().split(" ").length;
      int wb = b.getKey().split(" ").length;
      return c != 0 ? c : wa != wb ? Integer.compare(wa, wb) : a.getKey().length() != b.getKey().length()
          ? Integer.compare(a.getKey().length(), b.getKey().length()) : a.getKey().compareTo(b.getKey());
    }).findFirst().orElseThrow().getKey()));
    return best;
  }

  /** Counts into {@code seen}, per name key, the runs of {@code text} that write it. */
  private static void runs(String text, Predicate<String> isName, Set<String> given,
      Set<String> written, Map<String, Map<String, Integer>> seen) {
    Matcher run = RUN.matcher(text);
    for (int from = 0; from < text.length() && run.find(from); ) {
      from = run.end();
      int firmEnd = firmEnd(text, run, isName);
      if (firmEnd > 0) { // "Hansen og Sønner AS": one firm's name, as the story's entities list it
        String[] xs = run.group().split(" ");
        int first = xs.length - 1; // the run's last words that are names: not "Ordren" of a sentence's start
        while (first > 0 && isName.test(xs[first - 1])) {
          first--;
        }
        int start = run.start() + String.join(" ", Arrays.copyOfRange(xs, 0, first)).length() + (first > 0 ? 1 : 0);
        String firm = text.substring(start, firmEnd);
        Matcher w = WORD.matcher(firm);
        while (w.find()) {
          if (isName.test(w.group())) {
            seen.computeIfAbsent(ArticleAnalyzer.nameKey(w.group()), x -> new HashMap<>()).merge(firm, 1, Integer::sum);
          }
        }
        from = firmEnd;
        continue;
      }
      List<String> words = new ArrayList<>();
      Matcher w = WORD.matcher(run.group());
      while (w.find()) {
        words.add(w.group());
      }
      int i = 0;
      while (i < words.size()) {
        if (!isName.test(words.get(i))) {
          i++;
          continue;
        }
        int j = i;
        int genitive = 0; // letters of a genitive ending to drop: "Estlands", "Microsoft's"
        while (j < words.size() && isName.test(words.get(j))) {
          String word = words.get(j++);
          genitive = word.endsWith("'s") || word.endsWith("’s") ? 2
              : word.endsWith("s") && written.contains(word.substring(0, word.length() - 1)) ? 1 : 0;
          if (genitive > 0) {
            break; // a genitive ends the name: "Vladivostoks Russky-ø", "Microsoft's Dustin Childs" name two things
          }
        }
        int first = i; // a role before a person's given name and surname is no part of the name shown
        while (first < j && role(words.get(first))) {
          first++;
        }
        first = first > i && j - first >= 2 && given.contains(ArticleAnalyzer.nameKey(words.get(first))) ? first : i;
        String surface = String.join(" ", words.subList(first, j));
        surface = surface.substring(0, surface.length() - genitive);
        if (first == 0 && STREETS.contains(words.get(0).toLowerCase(Locale.ROOT).replace(".", ""))) {
          Matcher ordinal = ORDINAL_BEFORE.matcher(text.substring(Math.max(0, run.start() - 6), run.start()));
          surface = ordinal.find() ? ordinal.group(1) + " " + surface : surface; // "97th Avenue", not "Avenue"
        }
        for (String word : words.subList(first, j)) { // a role left out is not counted for the name
          seen.computeIfAbsent(ArticleAnalyzer.nameKey(word), x -> new HashMap<>()).merge(surface, 1, Integer::sum);
        }
        i = j;
      }
    }
  }

  /** "og" or "och" between two runs of capitalised words. */
  private static final Pattern CONJUNCTION = Pattern.compile(" (?:og|och) ");

  /**
   * Where a firm's name that {@code run} begins ends, or -1: the run, "og"/"och" and a second run,
   * every word of both shared names, and the text saying it is one firm's as {@link
   * Entities#firmJoined} reads it (session 34 review): a partners' word first after the conjunction
   * ({@link Entities#FIRM_PARTNERS}: "Brødrene Dahl og Co", "Hansen og Sønner AS") or a company form
   * ending the second run ({@link Entities#COMPANY_FORM}: "Procter og Gamble A/S"), the first not
   * ending in one ("Halvøya Eiendom AS og Isachsen AS" are two). Before, the line listed "Dahl, Co,
   * Hansen, Sønner AS" where the story's entities say "Brødrene Dahl og Co", "Hansen og Sønner AS".
   */
  private static int firmEnd(String text, Matcher run, Predicate<String> isName) {
    Matcher and = CONJUNCTION.matcher(text).region(run.end(), text.length());
    if (!and.lookingAt() || Entities.COMPANY_FORM.matcher(" " + lastWord(run.group())).matches()
        || !isName.test(lastWord(run.group()))) {
      return -1; // "Halvøya Eiendom AS og Isachsen AS": a firm with its form before "og", two firms
    }
    Matcher second = RUN.matcher(text).region(and.end(), text.length());
    if (!second.lookingAt()) {
      return -1;
    }
    String[] ys = second.group().split(" ");
    int names = ys.length; // the second run's words before a company form ("Gamble" of "Gamble A/S")
    int formEnd = -1;
    for (int k = 1, at = and.end() + ys[0].length(); k <= ys.length && formEnd < 0; k++) {
      Matcher form = Entities.COMPANY_FORM.matcher(text).region(at, text.length());
      if (form.lookingAt()) {
        names = k;
        formEnd = form.end();
      } else if (k < ys.length) {
        at += 1 + ys[k].length();
      }
    }
    boolean partners = Entities.FIRM_PARTNERS.contains(ys[0].toLowerCase(Locale.ROOT));
    if (!partners && formEnd < 0
        || !Arrays.stream(ys, partners ? 1 : 0, formEnd > 0 ? names : partners ? 1 : names).allMatch(isName)) {
      return -1;
    }
    return formEnd > 0 ? formEnd : and.end() + ys[0].length(); // "Dahl og Co", the partners' word its end
  }

  /**
   * A role's word ({@link org.tidende.entity.CapitalisedNameRecognizer#isRoleWord}: "Minister",
   * "Prime", "Dr"), not one in capitals: "DR" is the Danish broadcaster (Danish front pages
   * 24,001-28,000 listed it so).
   */
  private static boolean role(String word) {
    return CapitalisedNameRecognizer.isRoleWord(word)
        && !(word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT)));
  }

  private static String lastWord(String run) {
    return run.substring(run.lastIndexOf(' ') + 1);
  }
}
