package org.tidende.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.tidende.model.Language;

/**
 * Groups name surfaces (with counts) into entities, each with one key and a display name.
 *
 * <p>Design, in four passes over the distinct keys (sorted, so the result never depends on input
 * order or hash order):
 * <ol>
 *   <li><b>Key.</b> Surfaces with the same {@link NameKeys#key} are one entity ({@code Usjakov,
 *       Ushakov, Ушаков}).</li>
 *   <li><b>Given names.</b> Keys that {@link NameKeys#sameEntity} accepts ({@code J. Usjakov ~
 *       Jurij Usjakov}) are joined, but only when neither side is ambiguous: if {@code J. Smith}
 *       fits both {@code John Smith} and {@code Jane Smith}, which do not fit each other, it joins
 *       neither, so an initial never bridges two people.</li>
 *   <li><b>Spellings, {@link Scope#STORY} only.</b> Keys equal but for one long token (10 letters
 *       or more) with one letter more or less, of the same type, are joined: Nynorsk and Bokmål spell
 *       institutions a letter apart ({@code Havforskingsinstituttet / Havforskningsinstituttet}).
 *       And persons of the same surname whose given names of four letters or more are one slip
 *       apart ({@code Jacinta / Jarcinta Ardern}, invented) are one, unless the story writes both
 *       given names with other surnames too ({@link #joinGivenNameSlips}). With {@code stories --json
 *       --min-size 2}, jar before and after (session 44), on Danish front pages 8,001-10,000,
 *       12,001-20,000 and 44,001-48,000 (2,331 lists), the Norwegian feed, a Swedish feed slice and a
 *       Norwegian archive slice this joined 8 such pairs, each rightly (misspelt given names, a
 *       transliteration a letter apart, a stray genitive s), none on the untouched 16,001-20,000; 3
 *       of the 8 are shown by the slip, where the corpora know neither spelling or the slip is
 *       written more often, and 3 by one of two spellings the pages do not tell apart.</li>
 *   <li><b>Short names, {@link Scope#STORY} only.</b> Within one story a one-word name is usually
 *       the surname of a person introduced in full ({@code Usjakov → Jurij Usjakov}, {@code Putin →
 *       Vladimir Putin}). It joins the single entity whose last token it equals; or, for names in
 *       East Asian order ({@code Kim Jong-un}: three tokens, a hyphenated or short given name), the
 *       entity whose first token it equals, but then only when the short form is not much more
 *       frequent than the full one (at most twice as frequent, plus one), because a family name
 *       such as Kim is shared by several people in the news (seed 000 names only {@code Kim
 *       Jong-il} in full, yet its many bare {@code Kim} are his son). When two entities qualify,
 *       the name joins one only if it is named in full at least twice as often as the others
 *       together ({@code Biden} with Joe Biden 16 times and Jill Biden 6), else neither. In the
 *       stories of 30 or more items of the Danish archive this joined Biden, Prigozjin (beside a
 *       rarer "Wagner-chef Prigozjin") and Stephensen to their person, and joined no other name.
 *       Places ({@code LOC}) are never joined this way ({@code York} is not {@code New York}), nor
 *       names with a compass or island marker ({@code Korea} is neither Korea), with one exception:
 *       a Scandinavian one-word name typed a place that is the surname of a person in the story,
 *       and not named more often than the person, joins the person ({@code afløser for Vermund},
 *       typed LOC by its context, beside {@code Pernille Vermund}); on the Swedish, Norwegian and
 *       second Danish labelled days this joined Kirk, Pourmokhtari, Gjerstad and Vermund to their
 *       person and nothing else. A Scandinavian one-word name typed a place or organisation also
 *       joins the single person whose surname it is, however often it is named alone, when the
 *       person is written with a given name first (a word the taggers' labelled corpora had mostly
 *       inside persons' names: {@code Quentin Tarantino} beside six {@code Tarantino} typed LOC);
 *       runs the tagger takes for a person ({@code Markstridsskolan Kvarn}), initials ({@code I.
 *       IMF}) and acronyms do not qualify. On the Swedish and Norwegian feeds, the Norwegian
 *       archive and a 2,000-line Danish slice this joined 5 surnames: Trump, Biden, Løkke (to
 *       Lars Løkke Rasmussen) and Tarantino rightly, and {@code Michelsens} of "Chr. Michelsens
 *       barnehjem" to "Christian Michelsens" (the same orphanage, now typed a person). A tie between types goes to the shown name's. A one-word person
 *       also joins the single person whose first name it is ({@code Anna → Anna Spilling Isaksen}:
 *       local news names private people by the first name once introduced), unless every spelling
 *       of it is in capitals, an acronym and no given name (session 30, round 2: "FRV", a company
 *       typed PER ×15, had joined the broken run "FRV Australia Managing"; on ECB+ dev and the
 *       business news this also un-joined "MW" from "MW Dohoku" and "CNG" from "CNG Optimum",
 *       units and fuels, neither right before nor after, "INS" ×1 from "INS Mysore", wrongly, and
 *       left "ILIAD" ×22 to join the run "EU-funded ILIAD" by its last word instead of "Iliad
 *       DTO", both broken spans of one project). The first name is matched as written as well as
 *       by key (session 42): a key drops a last token's final "s" as a genitive's, so a lone
 *       "Jonas", "Boris" or "Lars" (key "jona") had never met "Jonas Nordvik" (invented). Likewise a person
 *       named by first names alone joins the single longer person's name they begin ({@code Lars
 *       Boje → Lars Boje Mathiesen}, {@code Lars Løkke → Lars Løkke Rasmussen}), or a given name
 *       and the first of two surnames joined by a dash begin ({@code Jens Holm → Jens
 *       Holm-Vestergaard}, invented; session 44: on Danish front pages 8,001-10,000, 12,001-20,000
 *       and 44,001-48,000, the Norwegian feed and a Swedish slice it joined a party leader's two
 *       names in 2 lists, rightly, and, before initials were barred, a firm's founder to the firm),
 *       unless the longer name adds a generation ({@code Donald Trump Jr.}); and a person named by a double
 *       surname joins the single longer person's name it ends ({@code Malmer Stenergard → Maria
 *       Malmer Stenergard}, {@code Lund Svindal → Aksel Lund Svindal}): on the Swedish and
 *       Norwegian feeds, the Norwegian archive and a 2,000-line Danish slice 53 names joined their
 *       person, 2 of them a fuller form that is itself a run-on ({@code Mjällbymålvakten Noel
 *       Törnqvist}). A hyphened double surname is one written word but two key tokens, so the
 *       longer name must be written in more words than the short one, not have more tokens
 *       (session 43: {@code Vedsted-Brun} had stood apart from {@code Mikkel Vedsted-Brun}, invented); and
 *       a one-word person joins the single person whose name holds it as an inner token, neither
 *       first nor last: the first part of a double surname ({@code Vedsted ~ Mikkel
 *       Vedsted-Brun}, {@code Tange ~ Søren Tange Holmgaard}, invented). With {@code stories --json --min-size
 *       2}, jar before and after, on the Norwegian and Swedish feeds, the Norwegian archive and
 *       Danish front pages 14,001-16,000 and 36,001-38,000 (1,265 lists) these joined 3 such names,
 *       each rightly, and nothing else; names of other types do not
 *       ({@code Røde Kors} and {@code Røde Kors Vennesla}, the Red Cross and its local branch,
 *       stay two), except a company's leading words: a name not typed a place or a person joins the
 *       single organisation's name that begins with its words and ends in a company word ({@code
 *       Contango → Contango Oil & Gas}, {@code Eco Wave → Eco Wave Power}, {@code ILI → ILI Group};
 *       in 9 story views of {@code business-energy-news.jsonl} this joined 12 such names, two of them
 *       a parent to its division, {@code Wärtsilä → Wärtsilä Marine Power}, {@code Rolls-Royce →
 *       Rolls-Royce Power Systems}; the Norwegian and Swedish feeds' and the Danish labelled day's
 *       story views are unchanged).</li>
 * </ol>
 * The type is the most frequent of the mentions of names of two or more words when the entity has
 * any, else of all its mentions ({@link Display}): a tagger types a full name better than a bare
 * surname, which it types by its context.
 * The display name is the most frequent of the fullest forms (most key tokens), preferring a
 * surface that is not a genitive of another variant ({@code Nord-Korea} over {@code
 * Nord-Koreas}; an English plain {@code -s} is a plural, {@code Chargers}); ties go to the shorter,
 * then alphabetically first surface. A rare fuller form of the English/German/Spanish fallback that
 * only adds words at the end of a commoner one is a run-on and not shown ({@link Display}).
 *
 * <p>Cost: O(n log n) to sort keys plus, per last-token bucket, a quadratic pairwise check (buckets
 * are tiny in practice). Failure modes: a surname shared by two people in one story, only one of
 * them named in full, is joined to that one; two people with the same full name are one entity;
 * {@code George W. Bush} and {@code George H. W. Bush} meet (initials are matched in order with
 * gaps allowed). Stateless and thread-safe.
 */
public final class NameMerger {
  private NameMerger() {}

  /** How much context the names share. */
  public enum Scope {
    /** Names from many stories: only keys and given-name fits join. */
    CORPUS,
    /** Names from one story: one-word names also join the full name they are a part of. */
    STORY
  }

  /**
   * Merges names into entities, most frequent first (ties by key). Names whose key is empty (no
   * letters or digits) cannot be keyed and are left out, as are descriptions ({@link
   * #isDescription}: "Norska forskare").
   *
   * @param names surfaces with language, optional type and count; repeats are summed
   * @param scope {@link Scope#STORY} to also join one-word names to full names
   */
  public static List<EntityCluster> merge(Collection<NameCount> names, Scope scope) {
    return merge(names, scope, w -> false);
  }

  /**
   * As {@link #merge(Collection, Scope)}, knowing given names: {@code givenName} says whether a
   * word as written is one (the taggers' labelled-name lexicon: {@link
   * EntityRecognizer#givenName}), so that in story scope a surname typed a place or organisation
   * joins the person it is named with (see the class comment).
   */
  public static List<EntityCluster> merge(Collection<NameCount> names, Scope scope,
      Predicate<String> givenName) {
    Objects.requireNonNull(names, "names");
    Objects.requireNonNull(scope, "scope");
    Map<String, KeyGroup> groups = new TreeMap<>();
    for (NameCount n : names) {
      List<String> tokens = NameKeys.keyTokens(n.surface(), n.language());
      if (!tokens.isEmpty() && !isDescription(n.surface())) {
        groups.computeIfAbsent(String.join(" ", tokens), k -> new KeyGroup(tokens)).add(n);
      }
    }
    List<KeyGroup> list = new ArrayList<>(groups.values());
    UnionFind uf = new UnionFind(list.size());
    joinGivenNames(list, uf);
    if (scope == Scope.STORY) {
      joinSpellings(list, uf);
      joinGivenNameSlips(list, uf, givenName);
      ShortNames.join(list, uf, givenName);
    }
    return clusters(list, uf);
  }

  /**
   * The keys by which a reader may name an entity a story holds: each variant's own key (so {@code
   * Ushakov}, {@code Usjakov} and {@code Ушаков} all find the entity whose variants include {@code
   * Usjakov}, and {@code Jurij Ushakov} the one shown as {@code Juri Ushakov}), and for a person
   * the surname alone, the last key token of a variant of two words or more, as {@link Scope#STORY}
   * joins a one-word name to the person whose last token it is ({@code Ushakov → Jurij Usjakov}
   * when the story never writes the surname alone). Not a first name ({@code Kim} of {@code Kim
   * Larsen}: the story view joins a first name only to a person the story names so, and a filter
   * by {@code Kim} that found every Kim would be no filter), not the given name that ends a name
   * in East Asian order ({@code Un} of {@code Kim Jong-un}, whose family name {@code Kim} counts
   * only where the story itself writes it alone and joined it), and nothing of a place or
   * organisation ({@code York} is not {@code New York}) or of a name with a compass or island
   * marker. Sorted, no blanks. On the samples and the Norwegian feed (1,880 stories) the
   * {@code ?entity=} filter found, before → after: Hansen 1 → 8 stories, Trump 8 → 12, Støre 2 →
   * 4, Stoere 0 → 4, Carlsen 0 → 4, Zuckerberg 0 → 2; the first names Hans, Ole, Jan, Per, Donald
   * and Kim 0 → 0, Bjørn 3 → 3; Anne 2 → 3, the third the surname Aanes, whose key is Anne's
   * ({@link SpellingFold}'s price); and a tagger's slip typed a person gives a company's last word
   * (Energi 2 → 4, of "Vår Energi" typed PER). Cost: one key per variant, at indexing.
   *
   * @param type the entity's type ({@code "PER"}, ...), or null
   * @param variants its surfaces as written
   */
  public static SortedSet<String> lookupKeys(String type, Collection<String> variants) {
    Objects.requireNonNull(variants, "variants");
    SortedSet<String> out = new TreeSet<>();
    Map<String, KeyGroup> groups = new TreeMap<>();
    for (String v : variants) {
      List<String> tokens = NameKeys.keyTokens(v, null);
      if (!tokens.isEmpty()) {
        groups.computeIfAbsent(String.join(" ", tokens), k -> new KeyGroup(tokens)).surfaces.merge(v, 1, Integer::sum);
      }
    }
    for (KeyGroup g : groups.values()) {
      out.add(g.key());
      if ("PER".equals(type) && g.tokens.size() >= 2 && g.tokens.stream().noneMatch(NameKeys::isMarker)
          && !ShortNames.eastAsianOrder(g)) {
        out.add(g.tokens.getLast());
      }
    }
    return out;
  }

  /**
   * A nationality adjective followed only by lower-case words ("Norska forskare", "Danske
   * soldater"): a description a headline's capital made look like a name.
   */
  static boolean isDescription(String surface) {
    String[] words = surface.strip().split("\\s+");
    if (words.length < 2 || !Countries.isNationality(words[0])) {
      return false;
    }
    for (int i = 1; i < words.length; i++) {
      if (words[i].isEmpty() || !Character.isLowerCase(words[i].charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** Convenience: surfaces with counts in one language, untyped. */
  public static List<EntityCluster> merge(Map<String, Integer> surfaces, Language lang, Scope scope) {
    List<NameCount> names = new ArrayList<>();
    surfaces.forEach((s, c) -> names.add(new NameCount(s, lang, null, c)));
    return merge(names, scope);
  }

  private static void joinGivenNames(List<KeyGroup> list, UnionFind uf) {
    Map<String, List<Integer>> byLast = new TreeMap<>();
    for (int i = 0; i < list.size(); i++) {
      List<String> t = list.get(i).tokens;
      if (t.size() >= 2) {
        byLast.computeIfAbsent(t.getLast(), k -> new ArrayList<>()).add(i);
      }
    }
    for (List<Integer> bucket : byLast.values()) {
      Map<Integer, List<Integer>> fits = new TreeMap<>();
      for (int i : bucket) {
        for (int j : bucket) {
          if (i != j && list.get(i).fits(list.get(j))) {
            fits.computeIfAbsent(i, k -> new ArrayList<>()).add(j);
          }
        }
      }
      fits.forEach((i, js) -> {
        for (int j : js) {
          if (unambiguous(list, fits.get(i)) && unambiguous(list, fits.get(j))) {
            uf.union(i, j);
          }
        }
      });
    }
  }

  /** Shortest key token that may differ by one letter from another and still be the same name. */
  static final int SPELLING_MIN_LENGTH = 10;

  /**
   * Joins keys of the same length in tokens that are equal but for one token of at least {@value
   * #SPELLING_MIN_LENGTH} letters, which has one letter more or less
   * (Nynorsk "Havforskingsinstituttet", Bokmål "Havforskningsinstituttet"), when no mention
   * types them differently. A letter more or less in a long word is a spelling; in a short one
   * it is often another name (Olsen, Olesen), so short tokens never join this way.
   */
  private static void joinSpellings(List<KeyGroup> list, UnionFind uf) {
    for (int i = 0; i < list.size(); i++) {
      for (int j = i + 1; j < list.size(); j++) {
        KeyGroup a = list.get(i);
        KeyGroup b = list.get(j);
        if (a.tokens.size() == b.tokens.size() && oneLongTokenOneLetterApart(a.tokens, b.tokens)
            && sameType(a, b)) {
          uf.union(i, j);
        }
      }
    }
  }

  /** Fewest letters of a given name, as written, that a one-letter slip may join. */
  static final int SLIP_MIN_LENGTH = 4;

  /**
   * Joins two persons of the story named alike but for a one-letter slip in the given name: keys
   * of two or more tokens, equal but for the first, both typed PER, whose first words as written
   * (or first key tokens) are one edit apart (a letter replaced, added, dropped, or two neighbours
   * swapped) and at least {@value #SLIP_MIN_LENGTH} letters long ({@code Jacinta Ardern / Jarcinta
   * Ardern}, invented). Why: a surname the story names in full, with a given name that differs by
   * one keystroke, is one person a typist misspelled far more often than two people; shorter
   * given names a letter apart are often two real names ({@code Per / Pia}). Not joined: when the
   * story writes both given names with other surnames too, both are names it uses for people of
   * their own ({@code Jens} and {@code Jans} each with another surname); when either key fits more
   * than one such other key (which to join is unknown); names in East Asian order, where the first
   * token is the family name; names with a compass or island marker. Cost: a pairwise check within
   * each bucket of keys sharing their last token. Failure mode: two relatives with the same surname
   * whose given names are a letter apart and who are never named with another surname ({@code Karen
   * / Karin Holm}, invented) become one. The person is shown by the given name the labelled corpora
   * know where only one of the two is ({@link Display}: {@code Vladimir} over a rarer or as frequent
   * {@code Vladimr}).
   */
  private static void joinGivenNameSlips(List<KeyGroup> list, UnionFind uf, Predicate<String> givenName) {
    Map<String, List<Integer>> byRest = new TreeMap<>();
    Map<String, SortedSet<String>> restsByFirst = new TreeMap<>();
    for (int i = 0; i < list.size(); i++) {
      KeyGroup g = list.get(i);
      if (g.tokens.size() >= 2 && "PER".equals(ShortNames.dominantType(g))
          && g.tokens.stream().noneMatch(NameKeys::isMarker) && !ShortNames.eastAsianOrder(g)) {
        String rest = String.join(" ", g.tokens.subList(1, g.tokens.size()));
        byRest.computeIfAbsent(rest, k -> new ArrayList<>()).add(i);
        restsByFirst.computeIfAbsent(g.tokens.getFirst(), k -> new TreeSet<>()).add(rest);
      }
    }
    for (Map.Entry<String, List<Integer>> bucket : byRest.entrySet()) {
      Map<Integer, List<Integer>> slips = new TreeMap<>();
      for (int i : bucket.getValue()) {
        for (int j : bucket.getValue()) {
          if (i != j && givenNameSlip(list.get(i), list.get(j))) {
            slips.computeIfAbsent(i, k -> new ArrayList<>()).add(j);
          }
        }
      }
      slips.forEach((i, js) -> {
        if (js.size() == 1 && slips.get(js.getFirst()).size() == 1) {
          int j = js.getFirst();
          boolean bothElsewhere = withOtherSurname(restsByFirst, list.get(i), bucket.getKey())
              && withOtherSurname(restsByFirst, list.get(j), bucket.getKey());
          if (!bothElsewhere) {
            uf.union(i, j);
            boolean knownI = knownGivenName(list.get(i), givenName);
            boolean knownJ = knownGivenName(list.get(j), givenName);
            list.get(i).slip |= knownJ && !knownI;
            list.get(j).slip |= knownI && !knownJ;
          }
        }
      });
    }
  }

  /** Whether every spelling of the group's first word is a given name by the labelled corpora. */
  private static boolean knownGivenName(KeyGroup g, Predicate<String> givenName) {
    return g.surfaces.keySet().stream().allMatch(sf -> {
      String w = sf.strip().split("\\s+")[0];
      return givenName.test(w);
    });
  }

  private static boolean withOtherSurname(Map<String, SortedSet<String>> restsByFirst, KeyGroup g, String rest) {
    return restsByFirst.get(g.tokens.getFirst()).stream().anyMatch(r -> !r.equals(rest));
  }

  /** True when the two keys' first tokens, or first words as written, are a one-letter slip apart. */
  static boolean givenNameSlip(KeyGroup a, KeyGroup b) {
    String ka = a.tokens.getFirst();
    String kb = b.tokens.getFirst();
    if (ka.equals(kb)) {
      return false;
    }
    for (String sa : a.surfaces.keySet()) {
      for (String sb : b.surfaces.keySet()) {
        String wa = firstWord(sa);
        String wb = firstWord(sb);
        if (wa.codePointCount(0, wa.length()) >= SLIP_MIN_LENGTH
            && wb.codePointCount(0, wb.length()) >= SLIP_MIN_LENGTH
            && wa.chars().allMatch(Character::isLetter) && wb.chars().allMatch(Character::isLetter)
            && (oneEdit(wa, wb) || oneEdit(ka, kb))) {
          return true;
        }
      }
    }
    return false;
  }

  private static String firstWord(String surface) {
    String s = surface.strip();
    int sp = s.indexOf(' ');
    return (sp < 0 ? s : s.substring(0, sp)).toLowerCase(Locale.ROOT);
  }

  /**
   * True when {@code x} and {@code y} differ by one edit: a letter replaced, added or dropped, or
   * two neighbouring letters swapped (Damerau distance 1).
   */
  static boolean oneEdit(String x, String y) {
    if (x.equals(y)) {
      return false;
    }
    if (x.length() != y.length()) {
      return oneLetterInserted(x, y);
    }
    int first = -1;
    int second = -1;
    for (int k = 0; k < x.length(); k++) {
      if (x.charAt(k) != y.charAt(k)) {
        if (first < 0) {
          first = k;
        } else if (second < 0) {
          second = k;
        } else {
          return false;
        }
      }
    }
    return second < 0 || (second == first + 1 && x.charAt(first) == y.charAt(second)
        && x.charAt(second) == y.charAt(first));
  }

  private static boolean sameType(KeyGroup a, KeyGroup b) {
    String ta = ShortNames.mostFrequent(a.types);
    String tb = ShortNames.mostFrequent(b.types);
    return ta == null || tb == null || ta.equals(tb);
  }

  static boolean oneLongTokenOneLetterApart(List<String> a, List<String> b) {
    int differing = -1;
    for (int k = 0; k < a.size(); k++) {
      if (!a.get(k).equals(b.get(k))) {
        if (differing >= 0) {
          return false;
        }
        differing = k;
      }
    }
    if (differing < 0) {
      return false;
    }
    String x = a.get(differing);
    String y = b.get(differing);
    return Math.min(x.length(), y.length()) >= SPELLING_MIN_LENGTH && oneLetterInserted(x, y);
  }

  /**
   * True when one of {@code x} and {@code y} is the other with one letter more. A replaced letter
   * is not enough: {@code Kristiansund} and {@code Kristiansand} are two towns.
   */
  static boolean oneLetterInserted(String x, String y) {
    if (x.length() < y.length()) {
      String t = x;
      x = y;
      y = t;
    }
    if (x.length() - y.length() != 1) {
      return false;
    }
    int p = 0;
    while (p < y.length() && x.charAt(p) == y.charAt(p)) {
      p++;
    }
    return x.substring(p + 1).equals(y.substring(p));
  }

  private static boolean unambiguous(List<KeyGroup> list, List<Integer> candidates) {
    for (int a : candidates) {
      for (int b : candidates) {
        if (a < b && !list.get(a).fits(list.get(b))) {
          return false;
        }
      }
    }
    return true;
  }

  private static List<EntityCluster> clusters(List<KeyGroup> list, UnionFind uf) {
    Map<Integer, List<KeyGroup>> byRoot = new TreeMap<>();
    for (int i = 0; i < list.size(); i++) {
      byRoot.computeIfAbsent(uf.find(i), k -> new ArrayList<>()).add(list.get(i));
    }
    List<EntityCluster> out = new ArrayList<>();
    for (List<KeyGroup> members : byRoot.values()) {
      out.add(Display.cluster(members));
    }
    out.sort(Comparator.comparingInt(EntityCluster::count).reversed().thenComparing(EntityCluster::key));
    return List.copyOf(out);
  }

  /** Surfaces sharing one key. */
  static final class KeyGroup {
    final List<String> tokens;
    final Map<String, Integer> surfaces = new TreeMap<>();
    final Map<String, Integer> types = new TreeMap<>();
    final Map<String, Language> languages = new TreeMap<>();
    int count;
    /** A given name one slip from another's of the same person that the labelled corpora know, where this one's they do not. */
    boolean slip;

    KeyGroup(List<String> tokens) {
      this.tokens = tokens;
    }

    void add(NameCount n) {
      surfaces.merge(n.surface(), n.count(), Integer::sum);
      languages.putIfAbsent(n.surface(), n.language());
      if (n.type() != null && !n.type().isBlank()) {
        types.merge(n.type(), n.count(), Integer::sum);
      }
      count += n.count();
    }

    String key() {
      return String.join(" ", tokens);
    }

    boolean fits(KeyGroup other) {
      return NameKeys.sameTokens(tokens, other.tokens);
    }
  }

  /** Disjoint sets over indices; the smaller index becomes the root, for determinism. */
  static final class UnionFind {
    private final int[] parent;

    UnionFind(int n) {
      parent = new int[n];
      for (int i = 0; i < n; i++) {
        parent[i] = i;
      }
    }

    int find(int i) {
      while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }

    void union(int a, int b) {
      int ra = find(a);
      int rb = find(b);
      if (ra != rb) {
        parent[Math.max(ra, rb)] = Math.min(ra, rb);
      }
    }
  }
}
