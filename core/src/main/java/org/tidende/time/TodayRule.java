package org.tidende.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a "today" ({@code i dag}, {@code idag}, {@code today}) names the publication day, or the
 * present age ("nowadays"), or is no date at all.
 *
 * <p>Design: "i dag" is the commonest date phrase of the timelines (460 of 4,095 entries on the
 * five data sets), and news uses it as often for "nowadays" ("I dag er det vanleg å ...", "Det
 * finst i dag 50 slike kontraktar") as for the day. Most of the "nowadays" ones cannot be told
 * from the day by their words: "I dag er det populært å kritisere media" and "I dag er det val i
 * Moldavien" have the same form, and so do "Legen er i dag pensjonert" and "er i dag på
 * anklagebænken". So only forms that are precise are read as not the day, and the rest is left on
 * the publication day, where a statement about the present is true if coarse:
 * <ul>
 *   <li>{@code Dag} with a capital and then lower case is a name: the weekly "Dag og Tid" ("fast
 *       bokmeldar i Dag og Tid"), a man called Dag. Scandinavian writes the day in lower case,
 *       also at the head of a sentence ("I dag"); an all-capital "I DAG" still counts;</li>
 *   <li>the idiom {@code den dag i dag} ("to this day");</li>
 *   <li>{@code i dag} followed by a count of years later ("I dag, 60 år senere, ...", "som i dag,
 *       69 år etter, huskes");</li>
 *   <li>a verb of being there, dwelling, owning or running in the present within
 *       {@value #NEAR} words ({@code finnes, finst, finns, findes, exists; bor, bur; eier, eig,
 *       äger, ejer, owns; driver, driv; jobber, arbeider, arbetar}): "Amedia eier i dag rundt 120
 *       lokalaviser", "I dag bur åtte elevar ved internatet". Such a verb states how things stand,
 *       not what happened that day.</li>
 * </ul>
 * Measured on the five data sets' timelines (see the README): of their 460 "i dag" entries these
 * rules took 14 off the publication day, all rightly: 4 "i Dag og Tid" (wrong before), 2 "den dag
 * i dag", 3 "i dag, N år senere" (one moved to the 1940 of its sentence, two removed), 5 with a
 * verb of state; all but the 4 names had been debatable. A seeded sample of 50 of the 446 left
 * (Python {@code random.Random(4).shuffle}) read 24 as the day, 23 as "nowadays" and 3 either
 * ("Per i dag er vi i stand til ..."): about half the remaining "i dag" entries still mean the
 * present age, with no word that tells them apart ("I dag går stjerner ... med Birkin-vesker",
 * "kor mange som lever i Europa i dag"). A contrast with an older time in the sentence (a year
 * at least ten years back, a decade, "for N år siden": 21 entries) was tried and left out: 4 of
 * the 21 were the day ("Mann i 60-åra må møte i retten i dag", a minister who "i dag siger"
 * beside "flere år siden") and one debatable; and comparisons ("høyere i dag enn for ett år
 * siden") hold for real days too.
 *
 * <p>A people or a society right before "i dag" ({@link #PRESENT_AGE_NOUNS}: "Unge i dag stiller større krav",
 * "kvinner i dag", "samhället i dag"), or a country or the world after a preposition or "that" ({@link
 * #PRESENT_AGE_PLACES}: "i Noreg i dag", "at verden i dag har"), is the present age (session 31). On the timelines
 * of the Norwegian and Swedish feeds, Danish front pages lines 24,001-32,000 and the Norwegian archive (about 5,100
 * entries) the nouns alone took 17 "i dag" entries: 16 "nowadays" and one the day ("skyer over hele landet i dag",
 * so "landet" is not listed); the list was drawn up reading these, so that is not held out. On a held-out slice
 * (Danish lines 32,001-36,000) the nouns alone took one entry, wrongly ("Jeg vil gerne takke Danmark i dag", the
 * day), hence the preposition before a country; with it, that slice and the next (lines 36,001-40,000) lose no
 * entry and the others keep 15 of the 17 removals (14 nowadays, "eit drama i Noreg i dag" debatable). Clustering did
 * not change (ECB+ dev 0.9300, GoogleNews dev 0.8692, the Danish day 0.8956, business pairwise 0.844). A seeded sample of 100 timeline entries had 6 "i dag" meaning
 * nowadays; this rule takes 2 of them ("Unge i dag", "i Norge i dag").
 *
 * <p>A relative clause saying what someone or something is now, "som"/"der" + "i dag" + "er"/"är" + a state ("Førde,
 * som i dag er avdelingsleiar", "landskapet som i dag er ein lut av Hedmark", "Cosby, der i dag er 85 år gammel",
 * "musikerhjemmet, der i dag er et museum": an article, a number, a genitive or a word not ending as a participle
 * ends, {@link #state}), is the present age (session 32); a passive or perfect ("der i dag er blevet tiltalt", "som i
 * dag er kommet med et forslag"), a place or an adverb ("som i dag er på besøk", {@link #EVENT_AFTER_COPULA}) and a
 * participle-like word ("som i dag er spærret") keep the day. Old build against new on slices of the four Scandinavian
 * sets (Norwegian and Swedish feeds in halves, the Norwegian archive in halves, Danish front pages lines
 * 40,001-48,000; 5,072 entries): 3 "i dag" entries removed, all "nowadays", none lost that was the day (the
 * rule was written after reading the "som/der i dag er" entries of all these slices and a grep of the four sets' raw
 * text, so this is no held-out figure); in the raw text of all four sets the form occurs 11
 * times, of which the rule takes the 6 states (a director, an age, a museum, a harbour, a job, a landscape) and leaves
 * the 4 passives and perfects and one "er registreret" (a state, left for safety). "vi" or "man" before "i dag" and
 * a verb of knowing or naming after it ({@link #knowsOrNames}: "det vi i dag kaller", "det vi i dag vet fra
 * forskningen", "et språk vi i dag ville forstått", "ligesom man i dag kender det") is a general "we", the present
 * age: 3 entries on the slices, all nowadays (written after reading "vi i dag" entries of all slices, so not held out), and 4 occurrences in all four sets' raw text,
 * all nowadays; "så vi i dag også får sol" (weather) and "som vi i dag ville præsentere" stay the day. Tried and not
 * made: "har i dag" + a noun (possession: "65 prosent har i dag mobiltelefon"), which needs the participles told from
 * nouns ("har i dag præsenteret"). About 5 in 100 timeline entries (the last session's sample) are still "i dag" meaning
 * nowadays that no word tells apart.
 *
 * <p>"i dag" set against a past time in its sentence, while its own clause is not in the past ({@link
 * #contrastsWithThen}, session 33), is the present age: a "then" word ("den gongen", "dengang", "på den tida",
 * "back then": "De som den gangen deltok i 68-opprøret, er de samme som i dag troner"), a comparison with before
 * right after it ("står sterkare i dag enn før", "tyr i dag i større grad enn før"), or "fram/frem til i dag" after a
 * year or decade ("etter 1945 og fram til i dag": the span's year then shows). A past or perfect cue near "i dag"
 * ({@link TenseCues}: "I dag har retten kendt ham skyldig i dengang at have dræbt") keeps the day, and so do "indtil i
 * dag" and "frem til i dag" with no older year ("Det flertal har partiet haft indtil i dag": until this day).
 * Old build against new on the Norwegian and Swedish feeds, the Norwegian archive and Danish front pages lines
 * 24,001-28,000 and 44,001-48,000 (4,991 entries): 6 "i dag" entries changed, all rightly (5 nowadays removed, one
 * moved to the 1945 its span begins with); none on the feeds or the Danish slices. The cues were chosen after a grep
 * of all four sets' raw text for "i dag" beside such words (33 sentences, 11 of them nowadays or a span), so this is
 * no held-out figure; Danish lines 1-24,000 (4,958 entries, 709 "i dag"), the English business set, ECB+ dev and the
 * labelled Danish day (1,290 entries) did not change, so the rule, tuned to long-form writing, touches no headline or
 * short news item there. Clustering unchanged (ECB+ dev 0.9300, GoogleNews dev 0.8692, the Danish day 0.8983,
 * business pairwise 0.8442). Missed: "på den tida enn det vi har i dag" ("har" reads as a perfect, so the day is
 * kept), "Inntil 1980-årene var ..., mens i dag er" and "Frå å ha ... har vi i dag" (no listed cue). Tried in a grep
 * and not made: "man"/"ein" before "i dag" as a generic "one" (in the Danish raw text "kunne man i dag", "valgte man i
 * dag", "har man i dag arrangeret" are an institution's deeds of the day); "indtil i dag" (the day in all 3 Danish
 * uses); "men/mens i dag" after an older year (3 sentences, 2 of them the day: "Siden 1960'erne har en bunker været
 * lukket, men i dag slår stedet dørene op"). Failure mode: a day's event told in the present beside a "then"
 * ("Som den gang samles folk i dag på torget"). A clock time right after "i dag" ("I dag klokken 12 møtes partene,
 * som de gjorde den gangen") keeps the day, as does a comparison with a holiday, season or "i ..." ("høyere i dag enn
 * før jul", "end før i ugen"): found in a review's invented sentences, none in the shared data's raw text.
 *
 * <p>Session 34, four more forms of the present age, read off the "i dag" entries of design slices (the Norwegian and
 * Swedish feeds' first halves, the Norwegian archive's articles 1-380, Danish front pages lines 24,001-28,000; 2,537
 * entries, 312 "i dag"): "per i dag" / "pr. i dag" (as things stand: "Per i dag har vi om lag 500 kundar"); "X er i
 * dag" and a state ({@link #presentState}: "Kåre Willoch er i dag ein av dei mest markerte miljøtalsmennene",
 * "Andelen af kvinder ... er i dag 57 procent", "usikkerheden ... er i dag så stor"), not after "det"/"der" ("Det er
 * i dag 75 år siden"), nor before a place, a role or state of the day, a count of days or years, a word ending in -a
 * (a Nynorsk participle), or in a sentence about the weather ("er i dag for retten", "er i dag gæst i studiet", "er i
 * dag 80 år", "132 kV linje er i dag fjerna", "Vinden er i dag svag"); a comparison ending in "i dag" ({@link
 * #comparedWithToday}: "sterkere virkemidler enn dem vi har i dag", "slik den fremstår i dag", "ei vinterstamme som i
 * dag."), not where the sentence names another day or the weather, nor after "end nogensinde", "enn ventet", "enn
 * vanleg"; and a present name or standing among the verbs of state ("I dag hedder byen Volgograd", "er i dag rekna
 * som"). Old build against new: on the design slices 19 entries changed, all rightly (17 removed, 2 moved to the
 * other date of their sentence, "i år", "i 2005"). On held-out slices (the feeds' second halves, the archive's
 * articles 381-758, Danish lines 40,001-44,000 and 48,001-50,219; 3,091 entries, 342 "i dag") the first form removed
 * 19: 16 nowadays, 1 debatable ("vi er i dag nærmere enden på sundhedskrisen") and 2 the day ("Kevin Spacey ... er i
 * dag for retten i London", "132 kV linje er i dag fjerna"), which the prepositions and the -a ending then kept; 7
 * of the 16 were "per i dag", a form also seen in a grep of the held-out archive while designing, so not fully
 * held out. Danish lines 8,001-12,000 and 16,001-20,000 (1,583 entries, 238 "i dag"), read only after: no change:
 * the forms are long-form writing's, and short news keeps "i dag" as the day. Tried and not made: "stadig",
 * "fortsatt", "framleis", "endnu", "ikke længere", "allerede" near "i dag" (11 design sentences, 4 nowadays and 7 the
 * day: "Der er endnu ikke anholdt nogen ... tidligere i dag"); "har i dag" and a noun (possession), as before.
 * A seeded sample of 50 of the 856 "i dag" entries left on all these slices read 36 the day, 13 nowadays (9 in the
 * archive: "Kina ureinar i dag like mykje som USA", "Den består i dag af over 12.000 soldater") and 1 debatable.
 * Missed: "som de har i dag" (a relative, not a comparison), "I dag er Firooza visepresident" (the state after an
 * inverted subject), "Det er i dag landet uten håp" (after "det").
 *
 * <p>Session 36, a share in per cent told in the present ({@link #presentShare}: "I dag ligger andelen fornybar energi
 * i EU på rundt 8 prosent", "står berre for 30 prosent av klimagassutsleppa i dag", "I dag er andelen 15 procent"):
 * a statistic is how things stand, unless a tense cue stands within six words of "i dag" ({@link TenseCues}; the
 * caller passes {@code tenseless}), a word of the day's change or closing ("stiger", "falder", "lukket", "aksjen",
 * "renten"), another day, the weather or a clock time is in the sentence, or "til"/"fra" comes right before ("natten
 * til i dag", "fra i dag gælder"). Old build against new, every changed entry read: designed on the Norwegian archive's
 * articles 1-380, the feeds' first halves and Danish front pages lines 24,001-28,000 (2,520 entries, 293 "i dag"): 3
 * removed, all nowadays; held out, the archive's 381-758, the feeds' second halves and Danish lines 28,001-36,000,
 * 40,001-44,000 and 48,001-50,219 (4,763 entries, 548 "i dag"): 3 nowadays removed, 1 day lost ("natten til i dag
 * indgået en aftale om ... seks procent mere", Danish 32,001-36,000), which the "til"/"fra" guard, added after,
 * keeps. A "har" near "i dag" reads as a perfect, so "65 prosent ... har i dag mobiltelefon" stays the day (missed).
 * Tried and not made: "i dag" set against a count of years ahead ("om 50 år", "om få år"): 3 nowadays and 1 day
 * ("For første gang kunne man i dag gå en tur på Lynetteholm ..., der om nogle år bliver til en ny bydel") on the
 * design slices, and in the four sets' raw text it occurs in those 4 sentences only, so no held-out slice could judge
 * it. Swedish "idag"/"i dag" and Danish "i dag" reach this class through the same lexicon phrases as Norwegian
 * ({@code DateLexicons}); the lists here hold their forms ("procent", "pct.", "stiger", "ökar", "till").
 *
 * <p>Cost: a look at the words of the sentence around the phrase. Failure modes: the listed verbs
 * in a day's event ("Det finnes i dag ingen ledige plasser på ferja"), a capitalised "Dag" at the
 * head of a title-cased headline.
 */
final class TodayRule {
  private TodayRule() {}

  /** Words either side of "i dag" searched for a verb of state. */
  static final int NEAR = 3;

  private static final Set<String> STATE_VERBS = Set.of("finnes", "fins", "finst", "finnast", "findes", "finns",
      "exist", "exists", "eksisterer", "existerar", "eksisterar", "bor", "bur", "eier", "eig", "äger", "ejer", "owns",
      "driver", "driv", "jobber", "arbeider", "arbeidar", "arbetar", "arbejder",
      // naming and regarding (session 34): "I dag hedder byen Volgograd", "er i dag rekna som ein av dei største"
      "hedder", "heter", "heiter", "rekna", "regnes", "reknast", "räknas", "anses", "ansees", "betragtes", "betraktes",
      "betraktas");
  /**
   * A people, a society, a country or the world right before "i dag": "Unge i dag", "kvinner i dag", "i Norge i dag",
   * "verden i dag", "samhället i dag" speak of the present age. Not "landet" ("skyer over hele landet i dag" is the day).
   */
  private static final Set<String> PRESENT_AGE_NOUNS = Set.of("unge", "ungdom", "ungdommen", "ungdomen", "ungdomar",
      "barn", "børn", "kvinder", "kvinner", "kvinnor", "menn", "mænd", "män", "mennesker", "menneske", "människor",
      "nordmenn", "nordmænd", "danskere", "danskerne", "svenskar", "svenskarna", "samfunnet", "samfundet", "samhället",
      "society");
  /**
   * A country or the world before "i dag" is the present age only as a place or a clause's subject, after a
   * preposition or "that" ("i Norge i dag", "på Danmark i dag", "at verden i dag har"); after a verb it is an
   * object, and "i dag" the day ("takke Danmark i dag").
   */
  private static final Set<String> PRESENT_AGE_PLACES = Set.of("verden", "verda", "världen", "norge", "noreg",
      "danmark", "sverige", "europa", "world");
  private static final Set<String> PLACE_LEADS = Set.of("i", "in", "på", "om", "at", "att", "that");
  private static final Set<String> LATER = Set.of("senere", "seinare", "senare", "etter", "efter", "later");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  /** "We" or "one" before "i dag": with a verb of knowing or naming, or a conditional, the present age. */
  private static final Set<String> GENERIC_WE = Set.of("vi", "man", "we");
  private static final Set<String> KNOW_OR_NAME = Set.of("kaller", "kalder", "kallar", "kjenner", "kender", "känner",
      "kenner", "vet", "veit", "ved", "know", "call");
  /** Participles of knowing or naming after a conditional ("vi i dag ville kalt", "ville forstått"). */
  private static final Set<String> KNOWN_OR_NAMED = Set.of("kalt", "kaldt", "kalla", "kallat", "forstått",
      "forstået", "förstått", "sagt", "called", "understood", "said");
  private static final Set<String> CONDITIONALS = Set.of("ville", "would");
  private static final Set<String> HEDGES = Set.of("kanskje", "nok", "måske", "kanske", "perhaps", "probably");

  /**
   * True when the words after "vi i dag" know or name ("kaller", "vet", optionally after a hedge: "kanskje"), or a
   * conditional does ("ville kalt", "ville forstått"): a general "we", not a day's deed ("så vi i dag også får sol",
   * "som vi i dag ville præsentere" stay the day).
   */
  private static boolean knowsOrNames(List<String> after) {
    int k = !after.isEmpty() && HEDGES.contains(after.get(0)) ? 1 : 0;
    if (k >= after.size()) {
      return false;
    }
    if (KNOW_OR_NAME.contains(after.get(k))) {
      return true;
    }
    return CONDITIONALS.contains(after.get(k)) && k + 1 < after.size() && KNOWN_OR_NAMED.contains(after.get(k + 1));
  }
  /**
   * A past time named as such, set against "i dag" in one sentence ("den gongen", "dengang", "på den tida"); not "på
   * den tid af året", "på den tida i fjor", which compare the day with the same time of another year.
   */
  private static final Pattern THEN = Pattern.compile("(?<!\\p{L})(?:den gang(?:en)?|den gong(?:en)?|dengang(?:en)?"
      + "|på den tid(?:a|en)?(?!\\s+(?:af|av|på|of|i)\\s)|i gamle dag(?:ar|er|e)|før i tid(?:a|en)|förr i tiden"
      + "|back then)(?!\\p{L})");
  /**
   * "i dag" compared with before, a few words after it: "sterkare i dag enn før", "i større grad end
   * før"; not before a holiday, season or "i ..." ("høyere i dag enn før jul", "end før i ugen"), a
   * day's comparison with a recent time.
   */
  private static final Pattern THAN_BEFORE = Pattern.compile("(?<!\\p{L})(?:enn|end|än|than) (?:før|förr|tidlegare"
      + "|tidligere|tidigare|before)(?!\\p{L})(?!\\s+(?:jul(?:en|a)?|påske(?:n)?|påska|påsk(?:en)?|helga|helgen|helgi|weekenden|ferien|sommer(?:en)?"
      + "|sommaren|vinter(?:en)?|vintern|i\\s|christmas|easter)(?!\\p{L}))");
  /** "i dag" followed by a clock time ("i dag klokken 12", "i dag kl. 14.30"): the day, whatever else the sentence says. */
  private static final Pattern CLOCK_AFTER = Pattern.compile("^\\s*(?:klokken|klokka|klockan|kl\\.?)\\s*\\d"
      + "|^\\s*\\d{1,2}[.:]\\d\\d(?!\\p{N})");
  /** "fram til i dag", "frem til i dag", "fram till idag", "up to today": a span reaching the present. */
  private static final Pattern UP_TO = Pattern.compile("(?<!\\p{L})(?:fram|frem|up) (?:til|till|to) $");
  private static final Pattern OLDER_YEAR = Pattern.compile("(?<!\\p{N})(?:1[6-9]\\d\\d|20\\d\\d|\\d0-år)(?!\\p{N})");

  /**
   * True when the sentence {@code s} (lower case; the phrase at {@code [start, end)}) sets "i dag" against a past
   * time: a "then" word anywhere in it ("den gongen", "dengang", "på den tida"), a comparison with before within
   * {@value #THAN_REACH} characters after it ("sterkare i dag enn før"), or a span from a year to the present ("etter
   * 1945 og fram til i dag"). The caller checks that the clause of "i dag" is not in the past ("i dag har retten kendt
   * ham skyldig i dengang at have dræbt" is the day).
   */
  static boolean contrastsWithThen(String s, int start, int end) {
    if (CLOCK_AFTER.matcher(s.substring(end)).find()) {
      return false; // "I dag klokken 12 møtes partene, som de gjorde den gangen i 2019"
    }
    if (THEN.matcher(s).find()) {
      return true;
    }
    Matcher than = THAN_BEFORE.matcher(s).region(end, Math.min(s.length(), end + THAN_REACH));
    if (than.find()) {
      return true;
    }
    return UP_TO.matcher(s.substring(Math.max(0, start - 12), start)).find()
        && OLDER_YEAR.matcher(s.substring(0, start)).find();
  }

  /** Characters after "i dag" searched for "enn før". */
  static final int THAN_REACH = 40;

  /** Relative pronouns that open a clause about what someone or something is ("som", Danish "der"). */
  private static final Set<String> RELATIVES = Set.of("som", "der", "who", "which");
  private static final Set<String> COPULAS = Set.of("er", "är", "e", "is");
  /**
   * Words after "som i dag er" that make it the day's event, not a state: a passive or perfect with "er" ("der i dag er
   * blevet tiltalt", "som i dag er kommet med et forslag") and a place ("som i dag er på besøk i Bergen").
   */
  private static final Set<String> EVENT_AFTER_COPULA = Set.of("blevet", "blitt", "blivit", "vorte", "vorten",
      "vorden", "kommet", "kome", "komen", "kommen", "kommit", "gått", "gået", "reist", "rejst", "rest", "dratt",
      "død", "døde", "dead", "på", "i", "hos", "til", "ute", "inne", "hjemme", "heime", "hemma", "at", "in", "on",
      "here", "her", "där", "der", "back", "tilbake", "tilbage", "tillbaka", "ikke", "ikkje", "inte", "not", "også",
      "og", "också", "also");

  /**
   * True when the word after "som i dag er" begins a lasting state: an article or a number ("er et museum", "er 19 og
   * 22 år"), a genitive ("er landets største") or another word that is no participle of the day ("er avdelingsleiar",
   * "er administrerende direktør"); false for the listed event words and for a word ending as a past participle ends
   * ("-et", "-t", "-d", "-ad": "er stengt", "er åbnet", "er registreret"), which may be the day's.
   */
  private static boolean state(String w) {
    if (EVENT_AFTER_COPULA.contains(w)) {
      return false;
    }
    if (Set.of("en", "ei", "et", "ett", "ein", "eit", "a", "an").contains(w) || Character.isDigit(w.charAt(0))) {
      return true;
    }
    return !(w.endsWith("et") || w.endsWith("t") || w.endsWith("d") || w.endsWith("ad"));
  }

  /** Subjects of "er i dag" that make it a statement of what there is or when it is ("Det er i dag 75 år siden"). */
  private static final Set<String> EXISTENTIAL = Set.of("det", "der", "her", "dette", "där", "there", "it", "this",
      "that");
  /**
   * Words after "X er i dag" that make it the day's: a role for the day ("er i dag gæst i studiet", "vært for"), a new
   * office or a win ("er i dag ny statsminister", "er i dag vinder af"), being ready, done, ill, away or back, a first
   * or last day, a weekday, a count of days or years ("er i dag 80 år", a birthday; "en uge siden").
   */
  private static final Set<String> DAY_STATES = Set.of("klar", "klart", "klare", "redo", "ready", "aktuel", "aktuell",
      "aktuelle", "gæst", "gjest", "gäst", "guest", "vært", "vert", "värd", "host", "syg", "syk", "sjuk", "ill", "ude",
      "uppe", "oppe", "væk", "vekk", "borte", "borta", "away", "fraværende", "fråværende", "frånvarande", "fri", "ledig",
      "igen", "igjen", "atter", "nødt", "nøydd", "tvungen", "første", "fyrste", "första", "first", "sidste",
      "siste", "sista", "last", "dag", "dagen", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag",
      "måndag", "tisdag", "tysdag", "laurdag", "sundag", "söndag", "lördag", "præcis", "nøyaktig", "exakt", "sammen",
      "saman", "tillsammans", "together", "åben", "åpen", "öppen", "open", "ny", "nye", "nyvald", "nyvalda", "new",
      "færdig", "ferdig", "färdig", "vinder", "vinner", "vinnare", "winner", "mester", "meister", "mästare");
  /** Prepositions after "X er i dag": where X is that day ("er i dag for retten", "foran dommeren", "ved fronten"). */
  private static final Set<String> PLACES_OF_THE_DAY = Set.of("for", "foran", "framfor", "före", "ved", "vid", "under",
      "mod", "mot", "over", "över", "bag", "bak", "bakom", "uden", "uten", "utan", "inde", "inne", "ombord", "om");
  private static final Pattern COUNT_OF_TIME = Pattern.compile("(?<!\\p{L})(?:år|års|years?|dage|dager|dagar|days"
      + "|uger|uker|veker|veckor|weeks|måneder|månader|months|siden|sidan|sedan|ago)(?!\\p{L})");

  /**
   * True when the words after "X er i dag" ({@code after}) say what X is now, by {@link #state} (a number, an article,
   * a word that is no participle: "ein av dei mest markerte", "57 procent", "så stor", "flyktningar"), and none of them
   * makes it the day's ({@link #DAY_STATES}; a count of days or years within the next three words).
   */
  private static boolean presentState(List<String> after) {
    if (after.isEmpty() || !state(after.get(0)) || DAY_STATES.contains(after.get(0))
        || PLACES_OF_THE_DAY.contains(after.get(0)) || after.get(0).endsWith("a")) {
      return false; // "er i dag for retten", "132 kV linje er i dag fjerna" (a Nynorsk participle)
    }
    for (int i = 0; i < Math.min(4, after.size()); i++) {
      if (COUNT_OF_TIME.matcher(after.get(i)).matches()) {
        return false; // "er i dag 80 år", "er i dag præcis en uge siden"
      }
    }
    return true;
  }

  /**
   * "i dag" ending a comparison with the present: after "enn", "end", "än", "than", "slik", "sådan" within {@value
   * #COMPARE_WORDS} words ("enn dem vi har i dag", "slik den fremstår i dag") or right after "som" ("ei vinterstamme
   * som i dag"), with its clause ending there.
   */
  private static final Pattern COMPARED_BEFORE = Pattern.compile("(?<!\\p{L})(?:(?:enn|end|än|than|slik|sådan|sådant)"
      + "(?:\\s+[\\p{L}\\p{N}-]+){0,4}|som)\\s+$");
  private static final Pattern CLAUSE_END = Pattern.compile("^\\s*(?:[.,;:!?)»«”\"–-]|$)");
  /** Another day in the sentence: then "enn i dag" compares two days ("kaldere i morgen enn i dag"). */
  private static final Pattern OTHER_DAY = Pattern.compile("(?<!\\p{L})(?:i morgen|i morgon|imorgon|i går|igår|i gær"
      + "|i natt|i nat|i kveld|i kväll|i aften|i overmorgen|i forgårs|yesterday|tomorrow|mandag|tirsdag|onsdag|torsdag"
      + "|fredag|lørdag|søndag|måndag|tisdag|tysdag|laurdag|sundag|söndag|lördag|helgen|helga|weekenden)(?!\\p{L})");
  /** Words between the comparison word and "i dag". */
  static final int COMPARE_WORDS = 4;

  /**
   * True when the sentence {@code s} (lower case; the phrase at {@code [start, end)}) compares something with how it
   * is "i dag", the phrase ending its clause, and names no other day ("Det blir kaldere i morgen enn i dag" is two
   * days compared).
   */
  static boolean comparedWithToday(String s, int start, int end) {
    Matcher m = COMPARED_BEFORE.matcher(s.substring(Math.max(0, start - 60), start));
    if (!m.find() || !CLAUSE_END.matcher(s.substring(end)).find() || OTHER_DAY.matcher(s).find()
        || WEATHER.matcher(s).find()) {
      return false;
    }
    Matcher w = WORD.matcher(m.group());
    while (w.find()) {
      if (NOT_THE_PRESENT.contains(w.group())) {
        return false; // "bedre end nogensinde i dag", "flere end ventet i dag": the day compared with the past or a plan
      }
    }
    return true;
  }

  /** Words after "enn" that compare the day with the past or a plan, not the present with another time. */
  private static final Set<String> NOT_THE_PRESENT = Set.of("nogensinde", "noensinne", "nokon", "nokonsinne",
      "någonsin", "ever", "før", "for", "förr", "tidligere", "tidlegare", "tidigare", "before", "ventet", "forventet",
      "venta", "forventa", "väntat", "förväntat", "expected", "planlagt", "planlagd", "planned", "normalt", "vanlig",
      "vanleg", "vanligt", "normal", "usual", "sædvanligt", "sædvanlig");
  /** Weather words: a sentence about the weather speaks of the day, whatever its form ("Vinden er i dag svag"). */
  private static final Pattern WEATHER = Pattern.compile("(?<!\\p{L})(?:vind(?:en)?|regn(?:et)?|sne(?:en)?|snø(?:en)?"
      + "|snö(?:n)?|grader|temperatur(?:en|ene|erne|erna)?|sol(?:en)?|skyer|moln|byger|frost(?:en)?|tåge|tåke|dimma"
      + "|kuling|storm(?:en)?|vejr(?:et)?|väder|vädret|weather|wind|rain|snow)(?!\\p{L})");

  /** "til", "fra" right before "i dag": the day as a bound ("natten til i dag", "fra i dag gælder"). */
  private static final Pattern FROM_OR_TO = Pattern.compile("(?<!\\p{L})(?:til|till|to|fra|frå|från|from)\\s+$");
  /** A share in per cent: "prosent", "procent", "pct.", "percent", "12 %". */
  private static final Pattern PERCENT = Pattern.compile("(?<!\\p{L})(?:prosent|procent|percent|pct)(?!\\p{L})"
      + "|\\p{N}\\s?%");
  /**
   * A change or a closing that a day's report gives in the present ("Aksjen stiger 5 prosent i dag", "skolerne vil
   * være lukket i dag"): the per cent is then the day's.
   */
  private static final Pattern DAYS_CHANGE = Pattern.compile("(?<!\\p{L})(?:stig(?:er)?|stiger|faller|fell|falder"
      + "|falls?|rises?|øker|aukar|auker|ökar|øger|minskar|minker|minkar|mindskes|sjunker|synker|søkk|stuper|styrtdykker"
      + "|rasar|raser|klatrer|klättrar|hopper|hoppar|steget|stigit|falt|faldet|fallit|økt|øget|ökat|lukket|lukka|stengt"
      + "|stengd|stängd|stängt|closed|opp|op|ned|ner|upp|up|down|børsen|börsen|aksjen|aktien|aktie|kursen|kronen|kronan"
      + "|renten|renta|räntan|inflasjonen|inflationen)(?!\\p{L})");

  /**
   * True when the sentence {@code s} (lower case; the phrase at {@code [start, end)}) gives a share in per cent, with no
   * tense cue near "i dag" (the caller checks) and no day's change: "I dag ligger andelen fornybar energi i EU på rundt
   * 8 prosent", "står berre for 30 prosent av klimagassutsleppa i dag". A statistic told in the present is how things
   * stand, not the day's news, unless a market or a count moves that day (a change word, another day, the weather, a
   * clock time) or "til"/"fra" bounds the day ("natten til i dag").
   */
  static boolean presentShare(String s, int start, int end) {
    return PERCENT.matcher(s).find() && !FROM_OR_TO.matcher(s.substring(Math.max(0, start - 8), start)).find()
        && !DAYS_CHANGE.matcher(s).find() && !OTHER_DAY.matcher(s).find() && !WEATHER.matcher(s).find()
        && !CLOCK_AFTER.matcher(s.substring(end)).find();
  }

  /**
   * True when the phrase {@code text[start, end)} ({@code i dag}, {@code idag}, {@code today}) in the
   * sentence {@code sentence} names the publication day; false when it is a name, "to this day" or
   * "nowadays" by the rules of the class comment. {@code pastClause}: a past or perfect tense cue stands near
   * the phrase, so a past time beside it is no contrast with the present. {@code tenseless}: no tense cue at all
   * (past, perfect or future) stands near it, so a share in per cent beside it may be the present age ({@link
   * #presentShare}).
   */
  static boolean isTheDay(String text, int[] sentence, int start, int end, boolean pastClause, boolean tenseless) {
    int d = end - 3; // the phrase's "dag", found in place: lower-casing the whole text could shift its indices
    while (d >= start && !text.regionMatches(true, d, "dag", 0, 3)) {
      d--;
    }
    if (d >= start && Character.isUpperCase(text.charAt(d)) && Character.isLowerCase(text.charAt(d + 1))) {
      return false; // "i Dag og Tid"
    }
    List<String> before = new ArrayList<>();
    List<String> after = new ArrayList<>();
    Matcher m = WORD.matcher(text).region(sentence[0], sentence[1]);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      if (m.end() <= start) {
        before.add(w);
      } else if (m.start() >= end) {
        after.add(w);
      }
    }
    int n = before.size();
    if (n >= 2 && before.get(n - 1).equals("dag") && before.get(n - 2).equals("den")) {
      return false; // "den dag i dag"
    }
    if (after.size() >= 3 && (after.get(1).equals("år") || after.get(1).startsWith("year")) && LATER.contains(after.get(2))
        && text.substring(end).stripLeading().startsWith(",")) {
      return false; // "I dag, 60 år senere, ..."
    }
    if (n >= 1 && PRESENT_AGE_NOUNS.contains(before.get(n - 1))
        || n >= 2 && PRESENT_AGE_PLACES.contains(before.get(n - 1)) && PLACE_LEADS.contains(before.get(n - 2))) {
      return false; // "Unge i dag stiller større krav", "i Norge i dag", "verden i dag har store utfordringer"
    }
    if (n >= 1 && GENERIC_WE.contains(before.get(n - 1)) && knowsOrNames(after)) {
      return false; // "det vi i dag kaller", "et språk vi i dag ville forstått", "ligesom man i dag kender det"
    }
    if (n >= 1 && RELATIVES.contains(before.get(n - 1)) && after.size() >= 2 && COPULAS.contains(after.get(0))
        && state(after.get(1))) {
      return false; // "Førde, som i dag er avdelingsleiar", "musikerhjemmet, der i dag er et museum"
    }
    if (n >= 1 && (before.get(n - 1).equals("per") || before.get(n - 1).equals("pr"))) {
      return false; // "Per i dag har vi om lag 500 kundar", "pr. i dag": as things stand
    }
    String lower = text.substring(sentence[0], sentence[1]).toLowerCase(Locale.ROOT); // the sentence, for the rules below
    if (n >= 2 && COPULAS.contains(before.get(n - 1)) && !EXISTENTIAL.contains(before.get(n - 2)) && presentState(after)
        && !WEATHER.matcher(lower).find()) {
      return false; // "Kåre Willoch er i dag ein av dei mest markerte", "Andelen ... er i dag 57 procent"
    }
    if (comparedWithToday(lower, start - sentence[0], end - sentence[0])) {
      return false; // "sterkere virkemidler enn dem vi har i dag", "ei vinterstamme som i dag."
    }
    if (!pastClause && contrastsWithThen(lower, start - sentence[0], end - sentence[0])) {
      return false; // "den gongen, står endå sterkare i dag", "sterkare i dag enn før", "etter 1945 og fram til i dag"
    }
    if (tenseless && presentShare(lower, start - sentence[0], end - sentence[0])) {
      return false; // "I dag ligger andelen fornybar energi i EU på rundt 8 prosent"
    }
    for (int i = 0; i < NEAR; i++) {
      if (i < after.size() && STATE_VERBS.contains(after.get(i)) || i < n && STATE_VERBS.contains(before.get(n - 1 - i))) {
        return false;
      }
    }
    return true;
  }
}
