package org.tidende.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.tidende.analysis.ArticleAnalyzer;
import org.tidende.analysis.LanguageProfiles;
import org.tidende.dedup.Boilerplate;
import org.tidende.entity.CapitalisedNameRecognizer;
import org.tidende.entity.CommonWords;
import org.tidende.entity.Countries;
import org.tidende.entity.EntityCluster;
import org.tidende.entity.EntityRecognizer;
import org.tidende.entity.EntityType;
import org.tidende.entity.Mention;
import org.tidende.entity.NameCount;
import org.tidende.entity.NameMerger;
import org.tidende.model.AnalyzedArticle;
import org.tidende.model.Language;
import org.tidende.model.StoryDetails;

/**
 * The story's entities: names recognised in each member ({@link EntityRecognizer}), counted per
 * surface form, type and language, then merged across spellings, languages and surname-only
 * mentions ({@link NameMerger} in story scope, knowing the given names of the taggers' labelled
 * corpora: {@link EntityRecognizer#givenName}), most mentioned first. Words NorNE calls derived
 * from a name (DRV: "Statkraft-sjefen", "Oslo-mannen") are left out: they name a role or a person
 * by a name, not the entity; so are persons whose last word is such a word ({@link
 * #derivedFromAName}: "Charlie Kirk-minnesceremoni" from the Swedish model, which has no DRV);
 * so are one-word mentions that are stop words or, written in capitals, words the story also uses
 * in lower case ({@link #notAName}); and mentions the story writes only at sentence and headline
 * starts whose words it also writes in lower case ({@link #ordinaryWordsAtStart}: "Strøm blir
 * dyrere", which the model reads as a person). On the Norwegian and Swedish feeds and the samples
 * that took 30 of 6,199 story entities away ("Bil", "Juni", "Politiet", "Hopp i strømprisen"; the
 * police are a name in the Swedish corpus, "polisen" written mid-sentence stays).
 *
 * <p>A one-word mention the story writes only at such starts is left out too when its lower-case
 * form is a common word of the language's news ({@link CommonWords}: "Gaza: Sopor och avföring
 * flyter runt"), unless it is a word of a longer name in the story ("Anna" of "Anna Spilling
 * Isaksen") or written in capitals ("DBU"): a story of three headlines seldom writes the word
 * again in lower case. On the whole of the Swedish and Norwegian feeds, the Norwegian archive and
 * a 2,000-line slice of the Danish front pages this took 30 of 17,114 entities away: 7 no names
 * ("Sopor", "Utreds", "Fly", "Liv"), 16 institutions named by a common noun at a headline start
 * ("Polisen", "Regjeringa", "Barnevernet"), 2 debatable, and 5 names that are common words too
 * ("Centern", "Saga", "Kant", "Led", "Magasinet"), the rule's cost.
 *
 * <p>A name and a common adjective or participle in one word ("det Hamaskontrollerade området")
 * describe, and are no name ({@link #adjectiveCompound}); on the four sets this took one mention
 * away, rightly.
 *
 * <p>A name shown only in the genitive is shown in its base form when the story writes that form
 * as a name's last word or the labelled corpora know it as a name ({@link #withoutGenitive}:
 * "Jens Stoltenbergs" beside "Stoltenberg", "Magdalena Anderssons"); "Andreas" and "Paris" keep
 * their s.
 *
 * <p>A run of a name and a compound of another name with a common word, both names written alone
 * in the story, is the first name ({@link #nameBeforeACompound}: "kallar Estland Natoländerna
 * till krismöte" counts for Estland); on the four sets this also folded "Agderkonferansen
 * Agderkonferansen" into one, and changed nothing else. So does a run of a place, an initial and
 * a stop word opening the next sentence ({@link #nameBeforeASentenceEnd}, session 39: "afkørsel 70
 * Ribe N. Det skyldes" read as a person): on the three labelled days it changed one list
 * (a motorway exit named by a town and "N", read on into the next
 * sentence's "Det" as a person, now counted for the town), on the Swedish and Norwegian feeds and
 * Danish front pages 24,001-28,000 none.
 *
 * <p>Organisations the finders type as people or places are retyped by what the story itself
 * says: the common noun right before a name ({@link #typeByCue}: "Rederiet Skagerak Linjer",
 * "forskingsskipet G.O. Sars", "the company X"), which, in any one mention, outweighs the finder's
 * reading of every mention of that name in the story, however many; a one-word closed compound
 * ending in a definite institution noun ({@link #institution}: "Hovedredningssentralen"); a name
 * equal to one of the story's sources or its genitive ({@link #source}: "Expressens" in a story
 * from expressen.se); a PER name ending in a compass word ({@link #compassAfterAName}:
 * "Torghatten Nord"). Why here and not in the finder: the cues are the story's words, the models
 * are not retrained, and the NER evaluation does not read this class. Cost: a look-back of one
 * word per mention. On the whole Norwegian and Swedish feeds and six Danish front-page days (894
 * stories) this moved the type of 77 story entities: 72 from wrong to right (29 Norwegian, 31
 * Swedish, 12 Danish: Agria, Brønnøysundregistrene, Expressen, SVT, Tullverket, Skattestyrelsen,
 * Eagle S as a ship), none from right to wrong, 3 debatable ("Nord-Norges" of "Sparebanken
 * Nord-Norges", "Firda", "Sandoz" joined to the drug "Dicillin Sandoz"), and twice a place
 * ("Sande") the merger had hidden in "Sande Avis" PER now shows on its own, still as PER.
 * The sources are the story's and, from the pipeline, the whole run's ({@link #build(List,
 * EntityRecognizer, Collection)}): "Ekstrabladet" in a Swedish story of svt.se; that
 * retyped 3 more (SVT LOC, Nettavisen MISC, TV2 MISC), each rightly. Failure modes: a cue noun
 * before a name it does not describe ("klubben Rosenborg-treneren"), a
 * source named after its place in a story about the place (so a LOC reading is kept unless
 * genitive or in capitals), an outlet the story cites that the run does not read.
 *
 * <p>Four faults no model can see a cue for are mended by the story's words: a common noun at a
 * sentence start before a role and a name is dropped ({@link #commonNounBeforeARole}: "Union
 * representative Soren Kjaergaard said", which the gazetteer types ORG); a side before a lane or
 * a limb is dropped ({@link #sideBeforeANoun}: "Høyre felt er stengt", not the party); a closed
 * compound of an event noun is MISC ({@link #event}: "Arendalsuka", "Ukrainakriget", typed LOC for
 * the place inside); places joined by a dash are a route, typed LOC in every mention, after a
 * route noun or when the story names each part as a place ({@link #route}: "sambandet
 * Bodø–Moskenes", typed ORG, and "Tjøtta-Forvik", typed PER). On the Norwegian and Swedish feeds,
 * the Norwegian archive, the Danish day, a 4,000-line slice of the Danish front pages, Google
 * News and ECB+ (1,472 stories of two articles or more, 6,301 entities) these changed 5 entities,
 * each rightly (two "Høyre" lanes dropped, Arendalsuka and Ukrainakriget MISC, Tjøtta-Forvik LOC)
 * and none wrongly. Left as it was: a side before a wing ("Høyre fløy" reads as the side; in
 * politics "høyre fløy" is the right wing, a side too, mostly not the party).
 *
 * <p>A place noun after a name in English ({@link #placeNounAfter}: "the Utsira Nord area", "the
 * Valemon field", "the Pilbara region") and a Scandinavian "-området" before one ("havvindområdet
 * Utsira Nord") type it LOC in every mention, as a cue noun does; before, {@link
 * #compassAfterAName} typed "Utsira Nord" ORG. On the sets above and the business news (54 stories)
 * this retyped 18 entities in 13 lists: 17 rightly (Utsira Nord, Sørlige Nordsjø II in two
 * spellings, the fields Johan Sverdrup, Terra Nova, Heimdal, Skirne, Atla, Bacalhau, Hibernia —
 * "Canada Hibernia" PER ×12 split into Hibernia LOC ×10 —, Viken, Permian, Arctic, Mediterranean,
 * Vancouver, Pacific Palisades, "Palmer Public Safety" PER now the town Palmer), 1 no name retyped
 * ("Equinor-operated", wrong before and after), none wrongly. Failure mode: a person or firm before
 * such a noun in another sense ("the Smith field office").
 *
 * <p>An English nationality adjective before a noun ({@link #adjectivalDemonym}: "the Norwegian
 * research vessel G.O. Sars", "Japanese utilities") is no entity of the story and is left out:
 * CoNLL types it MISC, the English finder lists it (sometimes as ORG: "Norwegian" the airline),
 * and it ranked high ("Indian" ×62, "Greek" ×46 in ECB+ stories), also swelling longer names the
 * merger joined it to ("Danish IFU" ×6, of which 5 were "Danish"). On the samples, the business
 * news (54 stories, 1,158 entities), ECB+ (all 67 stories of two articles or more, 1,568) and the
 * Norwegian and Swedish feeds (2,833 stories, 6,030) this changed 58 of 2,960 story lists: 73
 * entries left out (both "Norwegian" of the samples' reef and Havørn stories; 68 other one-word
 * demonyms, each adjectival in every mention left out: "Spanish market", "Chinese companies",
 * "Indian navy", "Somali pirates"; "Representatives of Italian", a broken span; and the two
 * debatable ones below), 13 counts
 * lowered to the name's own mentions ("Danish IFU" 6 to 1, "Russian Arctic" 4 to 2, "Somali" 38
 * to 11 where the rest are "Somali and ..." or nouns), none wrongly. Debatable: two organisations
 * the adjectives had swelled fell below the list's {@value #MAX_ENTITIES} once counted right
 * ("Australian Department of Agriculture" 7, its own 2; "Canadian Broadcasting Corp." 3), and
 * plurals the merger had hidden under the adjective now show as their own entry ("Greeks",
 * "Turkmens", "Americans", the last typed LOC). The freed places show names ranked lower before,
 * some of them noise ("Danish Shelf" PER): 50 entries came in. The Norwegian and Swedish feeds are unchanged: the
 * rule reads English text only. Left as it was: a demonym used as a noun ("the Australian was").
 * A demonym in capitals ("AN AUSTRALIAN climber"), before a capitalised word in a title-case line
 * ({@link #titleCaseLine}: "Norwegian Ferry Evacuated") and the demonym of a region or city the
 * story names ({@link #placeDemonym}: "Sicilian", "Alaskan", "Athenian") are read the same way
 * since (session 29; figures below).
 *
 * <p>Two span faults of the finders are mended by the story's other readings. A part of a name
 * the story reads whole elsewhere is widened to it where the text writes it ({@link #wholerName}:
 * "Sea" of "A Sea King rescue helicopter", "Hells" of "Hells Angels", "Zealand" of "New
 * Zealand"). A role, team or sentence-start word the English finder took into a person's name is
 * left out of it ({@link #withoutLeadingWords}: "Linebacker Steve Foley", "GM Ed Stefanski",
 * "Charger Vincent Jackson", "Englishman Robert Buckley"); the merger shows a person by the
 * fullest variant, so the role was shown as the name, and the surname alone sometimes stayed apart
 * ("Buckley" ×15 beside "Englishman Robert Buckley" ×8). Cost: a second pass over the story's
 * mentions, and per mention a scan of the story's names of two words or more. Measured on the
 * Norwegian and Swedish feeds, the Danish day, ECB+ dev, the samples and the seeds (661 stories of
 * two articles or more), the three changes together changed 44 lists (39 ECB+, 3 Swedish, 1
 * Danish, the samples' Havørn story; Norwegian and seeds unchanged). Judged one by one: 37 person
 * names shown without the role or team before them, each rightly (of them "Robert Buckley" and
 * "Robert Sznewajs" now joined with their lone surnames, "Mjällbymålvakten Noel Törnqvist" the one
 * Swedish); about 14 entries changed by widened spans, 12 rightly ("Sea King", "Hells Angels",
 * "Coco &amp; Carmen" for its two halves, "Internet Explorer", "New Zealand", "Bayou La Batre Rural
 * Health Clinic", "Lindsay" into "Lindsay Lohan") and 2 wrongly typed after it: "Sheriff's Department" took the
 * PER of the widened "Department" (ORG before), and "Champions League" went LOC on a tie with
 * its part; 8 demonyms left out or recounted, each rightly ("Sicilian" ×6, "Alaskan", "Athenian",
 * "AUSTRALIAN" ORG ×4, "British", "GREEK police"). The freed places took 15 names ranked lower
 * before, 2 of them noise ("Fire", "Dumpster"). Drafts not kept: taking the longer name's type
 * for a widened part turned "Glitre Nett" (ORG) into PER; widening to the left at a sentence
 * start took "Skuespiller Billy Crystal" for "Billy Crystal" and "Coach Jack Del Rio's" for the
 * place "Del Rio"; dropping leading words before any name the story reads alone turned "Boston Red
 * Sox" into "Red Sox" (so a dropped run that is a place of the story stops it). Failure modes: a
 * finder's wrong longer reading with capitalised words only is copied to its parts' places; a
 * person whose first given name the lists lack and whom the story names as often without it
 * loses that name.
 *
 * <p>Four more faults are mended by the story's own words (session 29). A one-word "person" the
 * text writes as a place is a place in every mention ({@link #writtenAsPlaces}, {@link
 * #placeByTheStory}): before a place noun ("Frogn kommune", "Lesbos island"), after "the island
 * of", or, in Scandinavian text, after "i" ("målt i Sande") or, for a word the labelled corpora do
 * not hold mostly inside persons' names, after "fra"/"från" ("fra Frogn og Nesodden"), and a
 * second word joined by "og"/"och" to such a place ("i Sande og Herøy"); not a word
 * of a longer person's name of the story ("Per Sande"). A municipality or county and its place are
 * one entry ({@link #withoutPlaceWord}: "Heim kommune" beside "Heim", "Tierps kommun" beside
 * "Tierp"), shown by the short name (what the story and readers call the place most; the merger
 * would show the fullest) and typed by the majority of both mentions. An English genitive 's is
 * no part of a name ({@link #withoutEnglishGenitive}: "Asia's", "Adam Vinatieri's"). In English, a
 * mention in a title-case line counts as written at a sentence start, where a capital says nothing
 * ("Kraft Shooting", "Ellen DeGeneres to Host Oscars"), so the rule for ordinary words at starts
 * ({@link #ordinaryWordsAtStart}) drops it when the story writes it in lower case. And the merger
 * joins a surname the English finder typed MISC to the one person it ends ("Gupta" ×16 beside "Dr.
 * Sanjay Gupta"; {@code ShortNames}). Cost: one more regex pass over each text and a set look-up
 * per mention. Measured on the Norwegian and Swedish feeds, the Danish day, ECB+ dev, the samples,
 * the seeds and the business news (693 lists of stories of two articles or more; the same stories
 * before and after) these changed 33 lists (16 Norwegian, 3 Swedish, 12 ECB+, 2 business; Danish,
 * samples and seeds unchanged), each read: 18 "X kommune"/"X kommun" entries folded into their
 * place in 13 lists; 7 places retyped PER to LOC (Frogn, Sande in two stories, Herøy of "i Sande
 * og Herøy", Stokmarknes, Rørvik, "Myrvolls stasjon"); 5 shown names without an 's (Asia, Bible Church, Barack Obama, Adam
 * Vinatieri, Jason Varitek; besides, 368 's variants in 90 lists now count under their name);
 * 6 title-case words left out (Shooting, Dead, Center, Host, Quake, Conduct); 4 MISC surnames
 * joined to their person (Gupta, Lyons, Meron, Locke). Each rightly, none wrongly; "Sømna kommune"
 * kept the ORG of its majority. The freed places took 8 names ranked lower, 3 of them noise
 * ("Food", "Service", "Neil"). Drafts not kept: merging "San Diego County", "Los Angeles County",
 * "Albany County" into the city (a US county is another place than its seat), so only the
 * Scandinavian kommune/kommun/fylke/län merge; "fra"/"från" before any word ("krav från Putin"
 * typed Putin a place); the given-name bar on "i X" (the corpora hold "Sande" mostly in persons'
 * names); a MISC surname joining any person of two words, which made about 30 joins, some 17 of
 * them to the English finder's runs typed PER ("Breaking Watergate", "Mass Internet", "Orleans
 * Saints") against 9 surnames rightly, so the person must be written once with a given name or a
 * title first; the labelled corpora's counts as evidence (a one-word "person" they hold inside
 * place names more often than persons', three times or more) changed no list of these sets: the
 * models already read those counts as a feature. Failure modes:
 * a person named after "fra" whom the corpora do not know ("melding fra Vedum"), a surname that is
 * also the municipality's name in one story, a brand ending in 's written after a given name
 * ("Ben's" without "&amp;"), a title-case line of names in English body text. Left open: places typed
 * PER the story writes only after "på"/"over"/"in the" ("Lesbos" in Danish, "Hollywood Hills"),
 * English "Fix"/"Patch" written mid-sentence in capitals, and "Nødvarsel"/"Respons" (no cue).
 *
 * <p>A wire agency's name as the agency writes it ("NTB", "TT", "Ritzau", "Reuters": {@link
 * Boilerplate#isAgencyName}, the agencies whose credits "(NTB)", "[TT]" the
 * boilerplate rules know) is an organisation whatever the finders typed (session 38: the Swedish
 * finder typed the credit "(TT)" MISC where the Norwegian typed "(NTB)" ORG, and the key folded
 * "TT" to "t"; {@link org.tidende.entity.NameKeys} now keeps a short acronym's letters). On
 * {@code stories samples} this changed one entry, TT MISC "t" to ORG "tt". Failure mode: a name
 * spelt like an agency that is something else ("AP", the Norwegian Labour party, an organisation
 * too; "TT" an Audi model) is typed ORG.
 *
 * <p>An institution's name run together with the person speaking for it ("oplyser vagtchef ved
 * Vestegnens Politi Jonas Krogh", an invented example), read by the finder as one
 * organisation, is two entries: the institution keeps the type, the person from its given name on
 * is a person ({@link #personAfterAnInstitution}; session 38). Before, the officer was shown inside
 * the police's name and apart from his surname read alone. Measured with {@code stories
 * --min-size 2}, old jar against new, on the three labelled days, the Danish front pages' lines
 * 24,001–28,000 and 40,001–44,000 and the whole Norwegian and Swedish feeds: 11 lists changed, 9
 * rightly (Espen Godiksen, Henrik Stormer ×2, Bo Nyberg Ris, David Buch, Kenneth Hviid Simonsen
 * after a police district; Karsten Lauritzen, Trude Lindstad, "Real Madrids Federico Valverde"),
 * 2 wrongly ("Sydbank Mikkel" + "Emil Jensen", "Mississippi Boulevard" + "Christian Church");
 * Swedish unchanged; on ECB+ dev 3 of 67 lists: "Tony Reagins" after his club rightly, "Cook
 * National Park" cut from "Mount Cook National Park" ("Cook" a given name) and "Jumaane D.
 * Williams" cut at the initial, wrongly, so at review it was kept to Scandinavian text, and no
 * word after the given name may be an initial (ECB+ lists then unchanged); {@code stories
 * samples} identical. A draft that let a one-word run before a
 * given name be any word the story writes in lower case split "Det Hvide Hus" (the gazetteer holds
 * "Hvide" as a given name).
 *
 * <p>A news outlet the story cites as reporting is an organisation ({@link #reportedBy}, {@link
 * #reportedByAnOutlet}; session 29): the capitalised run after "skriver", "melder", "rapporterar",
 * "uppger", "ifølge", "enligt" or "according to" (a nationality adjective between allowed:
 * "rapporterar danska TV2"), and in English a run mid-sentence before "reported", "reports" or
 * "wrote" ("Le Monde reported"), typed ORG in every mention as a cue noun does, when the finders typed
 * it PER or MISC (the models type outlets MISC or PER: "skriver BBC" MISC, "Ekstrabladet" PER).
 * Outlets the run does not read are outside the {@link #source} rule; a survey of the four sets
 * below found 18 outlets typed LOC, MISC or PER against 3 one-word places typed PER written after
 * "på"/"over"/"in the" (and of those one a person, one a site: "på Finn"), so this fault went
 * first. Not retyped: a run whose first word is a given name ("skriver Anders Pontara"), a word of
 * a person's longer name of the story ("ifølge Støre"), a place the story reads as one in any
 * mention unless in capitals ("enligt Ryssland"; "skriver TV4"), and a run followed by a
 * lower-case noun, which it modifies ("according to Troy police", "skriver Kiruna
 * kommunfullmäktige"): a first draft without that last bar and the any-mention place bar retyped
 * Troy, Woodburn and Kiruna ORG. Cost: one regex pass over each text. Measured with `stories --json
 * --min-size 2` on the Norwegian and Swedish feeds, the Danish day and ECB+ dev (657 stories, the
 * same before and after): 10 lists changed, 11 entries retyped ORG: 10 rightly (VG in two stories,
 * TV2 ×3, Ekstrabladet, TT, Doku ×4, BBC ×2, The Hollywood Reporter ×5, The Playlist ×2, The
 * Atlanta Journal-Constitution ×2, the one of "reported", and "Husleie" of "ifølge Husleie.no", a
 * site), 1 wrongly ("ifølge Harari", a surname the story never writes with its given name); Google
 * News dev (lower case) and the business news unchanged. Failure mode: a person cited by surname
 * alone ("according to Smith", "Lynch reported"). Left open: "Le Monde reported" (the lexicon
 * holds "Le" as a given name), "The Hollywood Reporter says" (persons say more than they report),
 * outlets cited as a speaker's audience ("säger han till Dagbladet", "told Us
 * Weekly": one also speaks to places and people), "according to Bloomberg" read as a place, and the
 * places typed PER after "på"/"over"/"in the" ("Lesbos" in Danish, "Hollywood Hills"). Session 30
 * mended most of these; see the next paragraph.
 *
 * <p>Session 30, five more faults, each by the story's own words. (1) A place by its name's head
 * ({@link #waterOrLand}): a Scandinavian compound ending in a definite sea, fjord, sound, river,
 * lake or mountain noun ("Nordsjøen", "Østersjön", "Austdalsvatnet"; LOC in NorNE 135 times of
 * 135), an English name ending in "Sea", "Ocean", "Hills", "River", "Gulf" and the like after no
 * given name ("the Baltic Sea", "Hollywood Hills"), or "Gulf of X"; a lone such head the finder
 * cut from the one such name of the story is that name ({@link #placeEndingIn}: "Hills",
 * "Gulf" beside "Persian Gulf"). (2) Outlets: the audience of "told" ("told Us Weekly", "told
 * AFP"; two words or more, or capitals, for one tells people more than outlets), a place by the
 * finder's reading that is no country and never written after "in"/"from"/"i"/"fra"/"från"
 * ("according to Bloomberg"; a name typed a place in under half its mentions is not barred), a
 * run opening with an article ("Le Monde reported"), and an English person-typed run whose last
 * word the story never names alone ("Vanity Fair", "Baton Rouge Advocate") are ORG; a surname
 * whose genitive is a word of a person's name ("ifølge Harari" beside "Yuval Noah Hararis Nexus"),
 * a run followed by ", who", and a name a quote is attributed to ({@link #saidBy}: "sier Harari.",
 * "said Smith,"; not in capitals) stay persons. (3) A one-word mention the story also writes in lower
 * case, cut by the finder from a longer capitalised run ({@link #cutFromALongerName}: "Patch" of
 * "Patch Tuesday", "Week" of "Week 16", "Police" of "Police Chief"), counts as written at a
 * sentence start, so the rule for ordinary words drops it. (4) A MISC surname joins the one
 * person of two words it ends whose given name the lists lack, when the story writes the given
 * name only capitalised and not as a place, and the person or surname is followed by a verb of
 * saying or an 's ({@link #surnamesOfPeople}: "Hefner said" beside "Hugh Hefner"). (5) The merger
 * joins first names and double surnames before one-word names ({@code ShortNames}), so a surname
 * weighs one person's readings together ("Felt" ×161 with "Mark Felt" and "W. Mark Felt").
 * Measured with {@code stories --json --min-size 2} on ECB+ dev, Google News dev, the business
 * news, the Danish day and the Norwegian and Swedish feeds (814 stories, the same before and
 * after): 37 lists changed (24 ECB+, 8 business, 3 Norwegian, 2 Swedish; Google News and the
 * Danish day unchanged), read one by one: 36 entries rightly (8 outlets retyped ORG: Bloomberg, Us
 * Weekly, Vanity Fair, Le Monde, Baton Rouge Advocate, Tryg Forsikring, Equinor, Disney; Harari
 * back to PER; Hollywood Hills LOC; "Gulf" into Persian Gulf; 17 ordinary words cut from longer
 * names left out: Patch, Week ×2, Police ×2, City, Route, Prime, Assistant, Interstate, Juror,
 * District, East ×2, Fire, Managing, Installation, Sales, Technology; 6 surnames joined: Felt
 * into W. Mark Felt (190), Hefner, Meyer, Raite, Wilson, Schreeb), 2 wrongly (the city
 * "Philadelphia", typed ORG, now counted under "NBC Philadelphia", the outlet "told" made ORG;
 * "FRV" PER joined into the broken "FRV Australia Managing" PER; both undone in round 2, below)
 * and 3 debatable ("Palmer Fire",
 * its "Fire" variant gone, fell off the list; "Energy" LOC 2 now MISC 1; "Arklow Bank Wind Park
 * Phase" 5 to 4). On sets the rules were not written on: the Norwegian archive (34 lists) changed
 * one, rightly ("Svindal" into Aksel Lund Svindal); the first 4,000 Danish front-page lines (664
 * lists) five, each rightly (Tass, Ritzau, Ingeniøren, Interfax, Midtjyllands Avis ORG, and the
 * club Silkeborg-Voel, cited, ORG for LOC). The clustering evaluations are unchanged (ECB+ 0.9300,
 * Google News 0.8692, Danish day 0.8956, business pairwise 0.844): clustering reads none of this.
 * Drafts not kept: a bare "told X" (turns "told Smith" ORG); the Hefner rule
 * without the verb or 's (joined "Catholic" to "Roman Catholic", "Mafia" to "Sicilian Mafia",
 * "Cabinet" to "Transport Cabinet", "Spears"); the last-word rule for Scandinavian runs
 * ("skriver Nadja Awad" went ORG); "Valley" as a head ("Missouri Valley" of the conference); an
 * acronym barred from joining a person-typed name (un-joined 9 acronyms from broken spans, as
 * wrong after as before). Left open: "Fix" of "the Fix - It" (a lower-case word follows it; mended
 * in round 2, below), places after Scandinavian "på" (as often sites and parties: "på Facebook",
 * "på Frp", as places: "på Fister"). "sier Støre" beside "Jonas Gahr Støre" was right already (the merger joins a
 * surname typed ORG to a person with a known given name), and the speaker bar changed none of the
 * 814 lists: it mends a person cited by surname alone, never named in full. Failure modes: a firm or ship named after
 * a sea; a person cited in full, given name unknown, with a surname the story never writes alone,
 * after "told" in English.
 *
 * <p>Session 30, round 2: two joins of the first round undone and one fault left open mended. (1)
 * A one-word name the finders typed ORG or MISC that ends an outlet the story cites ("told NBC
 * Philadelphia") and that the story writes as a place ("a Kraft plant in Philadelphia", "Northeast
 * Philadelphia" LOC) is the place, LOC in every mention ({@link #placeInAnOutletsName}): the merger
 * joins a one-word organisation to the longer one it ends, and counted the city ×11 under the
 * station. (2) An ordinary word cut from a longer name the story reads whole is widened to it,
 * whatever the case of the words after and whether a dash joins them ({@link #continuedName}:
 * "the Fix - It", "This Fix it will" count for "Fix It"). (3) In the merger, an acronym is no first
 * name ({@code ShortNames}: "FRV" no longer joins "FRV Australia Managing"). Measured with {@code
 * stories --json --min-size 2} on the six sets of the first round (814 stories, the same before
 * and after): 11 lists changed (6 ECB+, 5 business), read one by one: 5 rightly (Philadelphia LOC
 * ×11 apart from NBC Philadelphia; "Fix" gone, Fix It 11 to 20; FRV ×15 apart; "Commonwealth
 * government" counted as "Commonwealth Government"; "People magazine" as "People Magazine", 2 to
 * 6), 2 wrongly ("ILIAD" ×22 joined to the broken run "EU-funded ILIAD" rather than "Iliad DTO";
 * "INS" ×1 apart from "INS Mysore"), 4 neither ("MW" and "CNG", a unit and a fuel, apart from the
 * runs "MW Dohoku" and "CNG Optimum", wrong both ways; two "Internet" mentions counted as
 * "Internet Service Providers"). On sets no rule of session 30 was written on, the Danish front
 * pages' lines 20,001–24,000 and 40,001–46,000 (1,664 stories), and on the Swedish feed, none of
 * the three changed a list. The clustering evaluations are unchanged (ECB+ 0.9300, Google News
 * 0.8692, Danish day 0.8956, business pairwise 0.844). Cost: per one-word ordinary mention, a
 * pattern compiled for each longer name of the story that begins with it.
 * Drafts not kept: barring acronyms as surnames too (CO2 apart from "Borg CO2", ISP, IPO and IRENA
 * rightly, DTO from "Iliad DTO" and XP from "Windows XP" wrongly: a wash).
 *
 * <p>The first round's rules, old jar (f8a9257) against new, on those Danish slices and the Swedish
 * feed (the feed was one of the sets they were written on): 12 of 1,883 lists changed, 11 by an
 * entry retyped ORG as a cited outlet, 1 by a surname joined: 7 rightly (Medwatch, Ritzau, Sermitsiaq, Københavns Politi,
 * Aarstiderne, Disney; Schreeb joined to Hans von Schreeb), 4 typed rightly on a span the finder
 * cut at "og" ("skriver Sund og Bælt", "skriver Sydsjællands og Lolland-Falsters Politi": "Sund"
 * and "Sydsjællands" ORG, in two stories each), 1 debatable (the festival Tinderbox, "oplyser
 * Tinderbox"), none wrongly. Left open: the cut span itself (two outlets are cited so too:
 * "skriver TV2 og DR").
 *
 * <p>Session 34: a firm's name cut at "og"/"och" is whole where the text says it is a firm's
 * ({@link #firmJoined}): a partners' word after the conjunction ("Brødrene Dahl og Co", "Hansen og
 * Sønner AS") or a company form after the second name ("Procter og Gamble A/S"), typed ORG; not two
 * given names before a form ("Anna og Per AS") nor a first name with its own form ("Halvøya Eiendom
 * AS og Isachsen AS", two firms, a case in the Norwegian feed). Why these cues and not "X og Y" of two
 * surnames ("Procter og Gamble" bare): that is the form of two persons ("Ellemann og Pape"). Measured
 * with {@code stories --json --min-size 2}, old jar against new, on the Danish day, the Norwegian and
 * Swedish feeds and the Danish front pages' lines 24,001–28,000: no list changed (the sets write no
 * such firm in a story of two); {@code stories samples} identical. Failure modes: the finder must
 * read the first name: a firm at a sentence start whose first word it leaves out ("Procter og Gamble
 * AS kjøpte") is not widened to the left; a firm's bare "X og Y" without a form stays two names.
 * Session 35: but a partners' word before the name is ({@link #partnersBefore}, {@link
 * #FIRM_PARTNERS_BEFORE}): "Brødrene Dahl og Co leverte" at a sentence start, where the finder
 * reads "Dahl" and the firm was listed as "Dahl og Co", is "Brødrene Dahl og Co"; "Ifølge Hansen og
 * Søn" stays "Hansen og Søn". Only such kin words ("Brødrene", "Bröderna", "Søstrene", "Brdr."), as
 * any other capitalised first word may be the sentence's and not the firm's.
 *
 * <p>Session 31: a name the finder cut at "og", "och" or "&amp;" is whole where the text says it is
 * one ({@link #joinedName}): "&amp;" between capitalised words, not two given names ("Simon &amp;
 * Schuster", "Ernst &amp; Young"; not "Harry &amp; Meghan"); a suspended compound before an
 * institution noun ("Midt- og Vestsjællands Politi", "Fiskeri- og Kystdepartementet"); two
 * genitives before a shared head that is an ordinary word ("Sydsjællands og Lolland-Falsters
 * Politi"); and an "og" form the story also writes with "&amp;" ("Sund og Bælt" beside "Sund &amp;
 * Bælt", shown and counted as the latter). Why by these forms and not by recurrence: of the eighty
 * commonest "X og Y" of capitalised words in the Danish front pages nearly all are two names
 * ("Tyrkiet og Syrien" ×94, "Facebook og Instagram", "Ellemann og Pape"), and two names always
 * written together in a story are common ("Sande og Herøy", "Oppdal og Rennebu"), so neither
 * recurrence nor a second part the finder never reads alone tells one name from two. Cost: one
 * anchored regex per mention. Measured with {@code stories --json --min-size 2}, old jar against
 * new, on sets the rule was not written on (the Danish front pages' lines 24,001–28,000 and
 * 46,001–50,219, the Norwegian and Swedish feeds: 1,984 lists): 13 lists changed, each rightly —
 * 11 police districts whole and typed ORG where "Vestsjællands", "Vestjyllands" or "Sydsjællands"
 * LOC was listed ("Midt- og Vestsjællands Politi" ×7 stories, "Midt- og Vestjyllands Politi" ×2,
 * "Sydsjællands og Lolland-Falsters Politi" ×3, there beside the finder's "Sydsjællands- og
 * Lolland Falsters Politi", now one entry of 4) and "Simon" PER now "Simon &amp; Schuster" ORG;
 * none wrongly. The Danish day changed one list, rightly (the same police); the Norwegian archive,
 * ECB+, Google News and the business news none. Drafts not kept: joining every suspended compound
 * made "Sør- og Østlandet", "Øst- og Sørlandet" and "Midt- og Sydvestsjælland", two places each,
 * one entry (3 of 18 changed lists wrong), so without an institution head it is left apart; the
 * head looked up as written in the common words missed "Politi" (written capitalised in district
 * names more often than in lower case), so its definite and plural forms count ("politiet"); a
 * run of capitals after the conjunction ran on into a person ("Midt- og Vestsjællands Politi
 * Thomas Kristensen"), so it stops at a given name. Failure modes: a firm named "X og Y" that the
 * story never writes with "&amp;" and has no shared head ("Dansk Erhverv og ..."), two outlets or
 * firms joined by "&amp;" in a headline, a genitive run whose head is a word of the second name only
 * ("Cerius og Radius Elnet").
 *
 * <p>Session 31, too: an acronym of five or six capitals is shown in capitals ({@link
 * #writtenAsAcronyms}, {@link #withAcronyms}). The merger shows a name written only in capitals
 * in title case, for bylines and kickers ({@code Display.unshout}: "THOMAS HYLLAND ERIKSEN"),
 * keeping words of four letters or fewer, so "IRENA" was shown "Irena" and "COMSA" "Comsa". A word
 * of capitals the text writes mid-sentence, not at a sentence start or dateline, between words
 * with lower-case letters, that is no word the language or story writes in lower case, no given
 * name and no country, keeps its capitals where the name is written so. Cost: one regex pass over
 * each text. Measured as above (1,984 held-out lists): 4 lists changed, each rightly ("CNEWS",
 * "COMSA" ×7 and its misspelling "COSMA", "LOFAST", "ROBEK"); left in title case, rightly, the
 * datelines "PHOENIX", "GLENDALE", "RÖSTE", "HARMÅNGER", "STANGE:" and the shouted "TØMMEPLAN",
 * "POLITIETS SIKKERHETSTJENESTE". On ECB+ and the business news (99 lists, not held out) 4 lists
 * changed, each rightly ("SEACOM" ×64, "ARENA" ×17, "WAVEC", "BOMESC", "ILIAD DTO"); the
 * Norwegian archive, Google News and the Danish day none. Failure mode: a word shouted for
 * emphasis mid-sentence that the lists do not know ("det var HELT vildt" is known; a rare word is
 * not), a name its owner writes in capitals being shown so (which is how it is written).
 *
 * <p>Session 31, last: a first word ending in a lower-case part after a dash is no part of the
 * name after it ({@link #withoutLeadingModifier}: "EU-funded ILIAD", "Dublin-based Studio Negri",
 * "Ulstein-reiarlaget Island Offshore"). The English finder takes such words into a run, and the
 * merger joined the one-word name to the run it ends: "ILIAD" ×22 was shown as "EU-funded ILIAD".
 * Cost: one anchored regex per mention. Held-out lists (1,984, as above): 1 changed, rightly
 * ("Island Offshore"). ECB+ and the business news (not held out; the fault was found there),
 * with the merger's acronym change ({@code ShortNames}: "INS" joins "INS Mysore"): 12 lists
 * changed, 9 rightly (ILIAD ×23 alone; Hoshine Silicon Industry Co, Rybay Corrosion, Studio Negri,
 * ACME Group, PV Industries and Reclaim PV Recycling, "Woodburn-area Wells Fargo Bank", the
 * Australian Renewable Energy Agency counted 6 for 5, each without its "X-based"/"-backed"; INS),
 * 1 wrongly ("Pré-sal Petróleo", a Brazilian firm, now "Petróleo"), 1 debatable ("CNG" ×1, a fuel,
 * joined to the broken run "CNG Optimum" ×1) and 1 neither ("South-eastern European" now reads
 * "European", an adjective before and after). Draft not kept: letting the rest start with a digit ("Tømme-kalender 2025"
 * became the year "2025"). Failure mode: a name whose own first word is so written ("Pré-sal").
 *
 * <p>Left open in session 31: places after Scandinavian "på". Of the one-word names typed PER
 * that the stories write after "på", none was a place: on the sets surveyed to design a rule (the
 * Danish front pages' lines 1–4,000, 9,001–10,000, 20,001–24,000 and 40,001–41,000, the
 * Norwegian archive) 5 (the persons "angreb på Ellemann", "pres på Løkke", the publisher
 * "Aschehougs", the hospital "Ahus", the broken "Chr."), on the held-out slices above 4 (the
 * persons Nicholas and Nyrup, the sites "Lauritz.com" and "Finn.no"); the names typed otherwise
 * after "på" are sites, channels, parties and the parliament ("på Twitter" ×60 or so, "på TV2",
 * "på Christiansborg", "stemt på Venstre"). A "på X" rule would have been wrong every time there.
 *
 * <p>Session 32, what is missed after "på": of the capitalised names the stories of two articles
 * or more write after "på" (the Norwegian feed's and archive's first halves, Danish front pages
 * 10,001-14,000), 38 (48 mentions) are in no entry of their story's list (some past its {@value
 * #MAX_ENTITIES} entries): sites and outlets ("Eikernytt.no", "Ekstra Bladet", "Ticketmaster"),
 * events ("Roskilde Festival", "Black Friday"), "Jorden"/"Månen", and places ("Kløfta", "Stabekk",
 * "Arlanda", "Manhattan"); no cue tells those places from the rest. Among the names listed, one
 * wrong type has a cue of its own: a place named by its own noun and typed PER by its first words
 * ("på Allerød Station", "Simon Spies Plads", "Hanstholm Havn"). So a Scandinavian name of two
 * words or more ending in a station's, square's, harbour's, church's, airport's or motorway's noun
 * is now a place ({@link #endsInPlaceHead}). Old build (main a66aca7) against new: on the slices
 * written on (4,234 stories) 5 lists changed, all rightly (Simon Spies Plads, Højbro Plads,
 * Allerød Station, Hanstholm Havn, "Peders Kirke"); held out (4,378 stories) 3, 2 rightly (Enghave
 * Plads, Vågsbygd Torv) and 1 debatably (the clinic "Aleris Rehab Station"). An "X og Y" firm
 * without "&" is still kept apart: the sets write firm names with "&" ("Rør &amp; Varme AS",
 * "Rejsekort &amp; Rejseplan A/S"), and an "X og Y" pair with no "&" form, no shared head and no
 * company suffix ("Harry og Meghan", "Ellemann og Løkke", "Facebook og Instagram") gives no cue.
 *
 * <p>Session 40: a nickname in quotes between a given name and a surname is that person's ({@link
 * #nicknames}: 'Ola "Bølgen" Vik', invented). The finders read the given name, the nickname and the
 * surname apart, as two or three entities of any type (a Danish story's drug lord was "El ..." LOC,
 * his given name PER and his surname MISC, three entries); now the span counts once for the person
 * (given names and surname), the nickname written alone elsewhere in the story, bare of a leading
 * "The", or with the surname after it, counts for the person too and is shown among the person's
 * variants. A nickname two persons of the story share names neither. Why a written pattern and
 * not the merger: nothing in the names themselves ties a nickname to a surname; the quotes between
 * them do, in every language the story view reads. Measured with {@code stories --min-size 2}, jar
 * before and after, on the three labelled days and ECB+ dev: 3 lists changed, each rightly (the
 * Danish drug lord's three entries one, with the nickname among its variants; an ECB+ mobster's
 * nickname, typed MISC, and surname joined, 3 entries to 1; an ECB+ teenager's nickname among his variants);
 * Norwegian, Swedish and {@code stories samples} unchanged. Cost: one regex pass over each text.
 * Not read: a given name the lists lack after another capitalised word (a role, then a given name no list has, then the nickname) and
 * a surname the story also writes as an ordinary word. On the whole Swedish and Norwegian feeds and
 * the Danish front pages' lines 24,001–28,000 (held out) no list changed.
 * Tried in session 40 and not kept: two capitalised words after "i" (and "fra") as a place, for a
 * two-word place typed PER on the Norwegian day; on those held-out sets it retyped 6 entries, 2
 * rightly and 4 wrongly (firms one works "i", a person after "fra" whose given name the corpora
 * lack), so a place of two words typed PER stays so.
 *
 * <p>Session 41, two faults of Scandinavian lists, each by the story's own words. (1) A lone given
 * name from a headline, typed LOC, ORG or MISC beside the one person of the story whose name it
 * begins ({@link #givenNamesOfPeople}: "Tirna (36)", "Svenske Bashe, 25,", invented), is retyped PER, so the
 * merger counts it for the person. (2) A name typed PER with no given name, no initial and a
 * common word of the language or story for its last word ({@link #firmTypedAsAPerson}: "Korvik
 * Eiendom", invented) is an organisation, or a place when the corpora hold that word mostly inside
 * places' names ({@link EntityRecognizer#labelledType}); not when the story has it speak ("siger",
 * "fortæller") or it ends a longer person's name. Measured with {@code stories --json --min-size
 * 2}, old jar (b332fd9) against new, on a fixed set: the Norwegian and Swedish feeds, the Danish
 * day, ECB+ dev, the Danish front pages' lines 24,001-28,000 (held out), the Norwegian archive,
 * {@code stories samples} and the seeds (1,391 lists). 12 lists changed: (1) 3, each rightly
 * (three lone given names joined to their persons), so lone given names beside their persons in
 * the Scandinavian lists went from 5 to 2 (a given name typed LOC, written mid-sentence and in a
 * compound, and a title with a given name typed ORG stay); (2) 9, an entry retyped ORG, 7 rightly
 * (seven firms and institutions: two firms, a police district, a civil-protection agency, a safari
 * park, a union and a hospital) and 2 neither (a role and a prize's category, no names either
 * way); none wrongly. ECB+, the archive, samples and seeds unchanged; clustering reads none of this (the
 * story view is built after the stories are). Draft of (2) not kept: without the speaker and
 * longer-name bars it typed a doctor ORG and split the end of a committee's name from the whole
 * name (2 wrong of 8 held-out changes). Left open: firms whose first word is a given name too
 * ("Siv Offshore", "Ingvald Marin", invented) or whose last word is an English or compound trade
 * word ("Korvik Group", "Storbrekke Næringsmegling", invented); the genitive of a person named
 * once, before a word with a verb's ending ("Tore Valdrengs erstatter", "Mika Rundqvists
 * misstänkte gärningsman", invented: names truly ending in -s stand so too; still open after
 * session 42, which mended the firms and a genitive written once before a noun: see below).
 *
 * <p>Session 41, too: a nationality adjective before a name the story writes with an age
 * ({@link #agedNames}: "Svenska Mirja Tolvhed, 11,", invented) is a person's, as before a known
 * given name ({@link #withoutNationality}); and a name written before a dash and a final's,
 * tournament's or title's noun ({@link #EVENT_AFTER}: "Grand Open-finalen", invented) is a contest,
 * MISC in every mention, in Scandinavian text. On the fixed set above 2 lists changed, each
 * rightly (a girl typed ORG with "Svenska" now PER; "Australian Open" LOC ×9 now MISC), and on
 * Danish front pages 10,001-14,000 and 44,001-48,000 (1,360 lists) 1, rightly ("Champions League"
 * ORG now MISC). Failure mode: a club or country written before its final ("Brann-finalen").
 *
 * <p>Session 42, three kinds of fault of the Scandinavian lists, each by a cue in the name or the
 * text. (1) A person's name in -s written once, before a lower-case word that is a noun by its
 * definite form ({@link #genitiveBeforeNouns(String, List, Predicate)}, {@link
 * #nounByItsDefiniteForm}: "Tove Grundells kontor" beside "kontoret", invented), is a genitive;
 * session 39 needed two such uses. (2) A name typed PER ending in a trade word ({@link
 * #TRADE_WORDS}) is a firm even after a given name ({@link #firmTypedAsAPerson}). (3) A name typed
 * PER ending in a venue's or palace's noun ("Arena", "Stadion", "Slot", "Castle") is a place
 * ({@link #endsInPlaceHead}). Measured with {@code stories --json --min-size 2}, jar before
 * (5df30ca) and after, on the whole Swedish and Norwegian feeds and the Danish front pages' lines
 * 40,001-44,000 (read to find the faults; 1,222 lists) and 32,001-36,000 (untouched, read only
 * after; 647 lists): on the first, 14 lists changed, 17 entries, each rightly (4 persons shown
 * without a genitive's s, 6 firms typed ORG, 5 venues, palaces and castles LOC), so persons shown
 * in a genitive went from 9 to 5, firms ending in a trade word typed PER from 7 to 2 (two ends of
 * longer person-typed runs kept) and places of two words or more typed PER from 15 to 10; on the
 * untouched slice 4 lists changed, each rightly (4 genitives, 7 to 3; its one firm ends in "Bank",
 * no trade word here, and none of its 8 places typed PER is a venue or palace). On the three
 * labelled days 1 list changed, rightly (a genitive); {@code stories samples} and the seeds are
 * identical, and every story's members, timeline and summary are the same before and after
 * (clustering reads none of this). Left open: a genitive before a word with a verb's ending
 * ("erstatter", a noun here) or a hyphened adjective, a person written in the genitive before a
 * word whose definite form the lists lack ("sms"), and places typed PER with no head noun (a
 * quarter, a gasworks named by its compass word). Tried and not kept: a given name no bar when the
 * corpora hold the last word mostly inside organisations' or places' names ({@link
 * EntityRecognizer#labelledType} ORG or LOC): it changed no list of those sets (the corpora hold
 * "Offshore", "Marin", "Group" in too few names to type them).
 *
 * <p>Session 42, too, a lone given name beside the one person of the story it begins: on the
 * Swedish feed and Danish front pages 48,001-50,219 (598 lists) 4 such entries stood apart. Two
 * typed PER ended in -s, which a key drops as a genitive's, so the merger never matched them to
 * the person; it now matches a first name as written too ({@code ShortNames}; figures there, and
 * one more on the Norwegian feed). Left open: the other two, typed LOC and written mid-sentence
 * ("for at støtte Kari", invented), where the word is no given name the lexicon knows and no age
 * is written ({@link #givenNamesOfPeople} demands one inside a sentence, lest a place the story
 * also names a person after be retyped).
 *
 * <p>Session 43, three kinds of fault of the Scandinavian lists, each by the story's own words.
 * (1) A title right before a name ({@link #personByTitle}: "guvernør X", "præsident X", "pave X",
 * "justisminister X") types it a person in every mention, as a cue noun types a firm: the finders
 * had typed such names LOC or ORG, and a surname so typed stood apart from the person's full name.
 * (2) A one-word "person" among places is a place ({@link #writtenAsPlaces}, {@link
 * #listedAmongPlaces}): after a plural place noun ("städerna X och Y") or in a list of three or
 * more whose other names the story types places ("Fjordhavn, X og Askdal", invented). (3) A name ending
 * in "Tower" is a place ({@link #endsInPlaceHead}). With the merger's double surnames ({@code
 * ShortNames}), measured with {@code stories --json --min-size 2}, jar before (7e56db8) and after,
 * on the sets read or scanned to find the faults (the Norwegian and Swedish feeds, the Norwegian
 * archive, Danish front pages 14,001-16,000 and 36,001-38,000; 1,265 lists): 10 lists changed,
 * each rightly: persons typed LOC or ORG after a title 5 to 0 (three of them surnames now joined
 * to the full name), one-word places typed PER in the two feeds 8 to 5 (three retyped), a
 * person's surname or given name alone beside the full name 13 to 7 (with the merger). On Danish
 * front pages 38,001-40,000, untouched until (1), (2) and the merger's rules were written (325
 * lists): 9 lists changed, each rightly: persons typed otherwise after a title 5 to 0 (a church
 * leader in three stories, a president's given name cut from her name, a president's genitive), a person's
 * surname alone beside the full name 5 to 1, and "X Tower" LOC in two stories (rule (3) was
 * written on that slice's one case: the tower, typed PER and named after its owner, had kept his
 * surname ×29 apart from him). Members, timelines and summaries are unchanged (clustering reads
 * none of this), and {@code stories samples} is identical.
 * (4), last: a lone given name typed LOC or ORG mid-sentence beside the one person it begins
 * joins that person when every such person is written as a given name and a surname and the
 * word is no compound of a common noun and no place by the corpora ({@link
 * #givenNamesOfPeople(List, Predicate, Predicate, BiPredicate, Predicate)}): 3 lists changed on
 * all six sets above, each rightly (a headline's "Demonym X" typed LOC, a character's given name
 * typed LOC ×2, an archive article's given name typed ORG ×3; the freed place at the end of that
 * list took a newspaper credit, noise); the cases had been seen before the rule was written, so
 * no slice is held out for it. Its drafts: without the person's shape, 7 changes, 3 right, 4
 * wrong (a town joined to a motorway exit "Town N", a base's name to "X Air Base", an association
 * to a broken run "Association Given Surname", a school to "School Place", all typed PER); with
 * the shape, no compound bar and a bar on a surname the lexicon counts as a given name (it counts
 * any word mostly inside persons' names, surnames too), 3, the school wrongly and the archive's
 * person missed.
 * Tried and not kept: "gjennom"/"genom" (through) before a name as a place's cue, as "i" is: it
 * retyped a municipality rightly and an aid organisation wrongly ("adopsjon gjennom X", by means
 * of); a list of two ("X og Y" of a country and a person, or of two persons one of them typed a
 * place, is common). Left open: lone given names typed LOC mid-sentence beside a person not
 * written as a given name and a surname ("mot X" beside "X Y-Z"), places typed PER with no
 * cue at all ("deling av X", "ut til X"), organisations typed LOC or PER by their short names
 * (brands, parties, outlets: no cue in a headline).
 *
 * <p>Session 43, second round: a one-word name typed PER or LOC that the labelled corpora hold
 * mostly inside organisations' names and never inside names of the finder's type is an
 * organisation ({@link #organisationByTheCorpora}: a club written by its short name in a match
 * report, "United" beside "Manchester United"). Measured with {@code stories --json --min-size 2},
 * jar before (9ec3413) and after, on Danish front pages 20,001-24,000 (665 lists, read before) and
 * 4,001-6,000 (338 lists, untouched until the rule was written): 1 list changed on each, each
 * rightly ("United" LOC now joined to its club, ×2 to ×3; "Ajax" LOC now ORG); the Norwegian feed
 * and {@code stories samples} are identical, members, timelines and summaries unchanged. Draft not
 * kept: without the bar on the finder's type it changed 5 lists, 6 entries there, 3 rightly (the two above
 * and a city's club in a match report), 2 wrongly (a Stockholm district and an island, which the
 * Swedish corpus holds mostly as clubs' names) and 1 neither (the "Street" of a street's name). Few
 * of the organisations typed by their short names are mended so: most parties, outlets and brands
 * the finder mistypes are words the corpora hold rarely or in both readings. Left open: abbreviations
 * in capitals typed LOC (an intelligence service, an aviation authority, a football club), which a
 * shape alone cannot tell from a country's ("USA").
 * And a one-word name typed PER or LOC that the story writes before its chair, chief or board,
 * joined by a dash or after its genitive ({@link #ORGANISATION_OFFICE}: "Korvik-topchef",
 * "Korviks bestyrelsesformand", invented; a genitive mention "Korviks" counts too), is an
 * organisation in every mention. Same jar before (with the rule above) and after: on 20,001-24,000
 * 3 lists changed, each rightly (a party's short name in the genitive ×5 now joined to the party,
 * a transport company, a technology firm); on 4,001-6,000 1, rightly (a payment firm). That slice
 * was scanned for this cue's candidates before the rule was written, so it is not held out here.
 * Norwegian feed and samples identical; members, timelines, summaries unchanged. A first draft
 * without the genitive mention typed the transport company LOC instead of PER (its two genitive
 * mentions kept their types and outvoted the cued one).
 *
 * <p>Session 44: a one-word name typed LOC that the labelled corpora hold mostly inside persons'
 * names and never inside places' is a person, its genitive by its base ({@link #personByTheCorpora}:
 * a head of state or a footballer by the surname alone in a headline), unless the story writes it
 * as a place ("i X", "fra X", "på X", "X kommune"); and a definite plural of a political adherent's
 * noun or of "parti" is a party whatever the finder typed ({@link #partyByItsMembers}: "Moderaterne",
 * "Tidöpartierna" typed LOC). Measured with {@code stories --json --min-size 2}, jar 62a377da before
 * and after, Danish front pages: 12,001-16,000 (693 lists, read for the error kinds) 8 lists changed
 * by these two rules, each rightly (a party LOC -> ORG x5, a head of state's and a footballer's
 * surname LOC -> PER x3); 16,001-20,000 (649 lists, untouched) 4, each rightly (a party PER -> ORG,
 * a minister's surname, a prime minister's given name in the genitive and a head of state's
 * genitive LOC -> PER); 44,001-48,000 (673) 1 and 8,001-10,000 (316) 3, each rightly (three
 * parties LOC -> ORG, a film director's genitive LOC -> PER; these two slices were scanned for
 * party names before the rule was written); a 1,386-line slice of the Swedish feed (216 lists) 3,
 * each rightly (a bloc of parties in the genitive LOC -> ORG x2, a head of state's genitive LOC ->
 * PER); the Norwegian feed (332 lists), a Norwegian archive slice and {@code stories samples}
 * unchanged by them; members, timelines and summaries unchanged. Drafts not kept: without the letters-only bar an initial "C." of a broken "D. C." went
 * LOC -> PER (2 lists); without "på X" a farm's name the corpora hold as a surname ("bussgarasjen
 * på X", Norwegian feed) went LOC -> PER, wrongly, and a president's genitive on the untouched
 * slice LOC -> PER, rightly (the story also writes "på" before his name), so the bar costs as much
 * as it saves there; kept, a wrong type being worse than a missed one. Looked at and not written: a quote's speaker ("siger X.")
 * typed LOC, 2 such names in four sets, one of them a country. Left open: most persons typed LOC
 * in headlines are surnames or given names the corpora do not hold (ministers, royals, a
 * president: 6 entries in the first 60 lists of the untouched slice, none changed by the rule; its
 * 4 changes lie in later lists), which only the run's other stories, naming them in full, could
 * tell; places typed PER with no cue (4 entries of those 60: a town of two words, a common, a
 * palace); and organisations typed LOC or PER by short names (10 of those 60, unchanged: chains of
 * shops, a messaging service, a party named "Nye X", a police district).
 *
 * <p>Session 45: names shown in the genitive. Three more kinds of evidence that a Scandinavian
 * name's final -s is a genitive, where the story never writes the base form and the corpora do not
 * know it ({@link #withoutGenitive}): (1) a person's last word is a patronymic surname ("-sen",
 * "-sson": {@link #patronymicGenitive}); (2) the last word, or its part after a dash, is the
 * definite singular of a common noun or of a compound ending in one ("-en", "-et": {@link
 * #definiteGenitive}; institutions, parties, newspapers and regions named so), unless a given
 * name; (3) a one-word person or organisation, no given name, written before a noun known by its
 * definite form at every mention ({@link #genitiveBeforeNouns(String, List, Predicate)}, which
 * read names of two words or more only). Measured with {@code stories --json --min-size 2}, jar
 * 53f64189 before and after, Danish front pages 1-2,000 and 6,001-8,000 (668 lists, read for the
 * error kinds, where about 40 entries were shown in the genitive): (1) and (2) changed 11 lists, 13
 * entries, each rightly (a party's and a newspaper's genitive, a prime minister's), (3) 5 more,
 * 4 rightly and a fragment of an English caption ("Cars" to "Car", noise before and after). On
 * 10,001-12,000 and 28,001-32,000 (1,005 lists, untouched until the rules were written), entries
 * shown in the genitive went from 45 to 34 by (1) and (2) (10 lists, each rightly) and to 26 by
 * (3), which also cut the s of a news agency's name truly ending in -s (before an adverb whose
 * "-en" form is a word): 8 lists by (3), 7 rightly. Norwegian feed: (1) and (2) 4
 * lists, each rightly; (3) 2, one rightly (a definite plural's genitive) and one wrongly (a firm
 * whose name ends in -s, before a noun). Swedish feed slice: (3) 1, rightly; Norwegian archive
 * slice: (2) 3, (3) 1, each rightly. {@code stories samples --json} is byte-identical; members,
 * timelines and summaries unchanged everywhere. Left open: a genitive before a word with a verb's
 * or plural's ending ("mandater", "handlinger"), places in the genitive (a country's or region's
 * name in "-lands": "-s" ends many true place names) and a definite form whose noun the lists lack
 * (a ministry's "-iets", a noun doubling its s before "-en"). Persons alone in (3) were checked
 * too (Danish 28,001-32,000): the news agency kept its s, and three organisations' genitives (a
 * party's, a region's, an alliance's) went back to being shown with theirs, so organisations
 * stay in.
 *
 * <p>Session 45, too: a one-word name typed LOC or PER with a capital inside it after a lower-case
 * letter is a brand's, an organisation in every mention and in its spellings without that capital
 * ({@link #brandByItsCapitals}: "SnapPris" and "Snappris", invented), in Scandinavian text, unless
 * after a surname's particle or part of a longer person's name. Jar a1b8e98f before and after:
 * Danish front pages 1-2,000 and 6,001-8,000 (read) 6 lists changed: a video service, a payment
 * app and a login service (×2) now ORG, rightly, and two glued words of broken sentences (a police
 * district's, now rightly ORG, and an event's feed, noise before and after); 10,001-12,000 and
 * 28,001-32,000 (untouched) 4, each rightly (a video service ×3 and its owner, typed LOC and PER).
 * Norwegian feed, Swedish feed and archive slices, {@code stories samples --json} unchanged;
 * members, timelines and summaries unchanged.
 *
 * <p>Session 45, too: parties by a party's words. A one-word name typed PER or LOC is an
 * organisation when the story writes it before a party's own office or body, after its genitive or a
 * dash ({@link #PARTY_OFFICE}, part of {@link #ORGANISATION_OFFICE}: "partileder", "spidskandidat",
 * "politiske ordfører", "folketingsgruppe", "gruppeformand", "partisekretær", their Norwegian and
 * Swedish forms), or right after a party's noun in the definite singular ({@link #PARTY_BEFORE}:
 * "partiet X", "regeringspartiet X"), the apposition that introduces a foreign party. This reaches
 * the parties the member-plural rule above cannot: a "-et" definite name or an abbreviation. The
 * cue words were chosen from a count of the words written after party names' genitives in the whole
 * Danish file, not from the stories below. Jar of main (b4716b23) before and after, {@code stories
 * --json --min-size 2}: Danish front pages 1-2,000, 4,001-32,000 and 44,001-50,219 (6,055 lists,
 * read in earlier sessions) 2 lists changed, each rightly (a "-et" party's genitive LOC -> ORG x3
 * by its "folketingsgruppe", an abbreviated party's genitive PER -> ORG by its "politiske
 * ordfører"); 2,001-4,000, 32,001-36,000 and 40,001-44,000 (1,654 lists, untouched) 1, rightly (the
 * second word of a two-word party, typed LOC x4, joined to the party by its "folketingsgruppe").
 * Norwegian feed, a Swedish feed slice, two Norwegian archive slices and {@code stories samples
 * --json} unchanged (samples byte-identical); members, timelines and summaries unchanged. "partiet
 * X" changed nothing there: the apposition is rare (about 25 in the 50,219 Danish lines) and mostly
 * before names the finder already types ORG. Left open: a party named in a headline only (an
 * abbreviation's genitive before "exit"), and clubs named after their city, whose cue words
 * ("-træner", "s målmand") a national team shares with its country.
 *
 * <p>Session 46: more of a genitive's evidence ({@link #withoutGenitive}). The word owned may be a
 * plural noun with a verb's ending, known by its definite plural ({@link #pluralByItsDefiniteForm}:
 * "trusler" beside "truslerne"; an "-er" word whose "-eren" form is written is an agent noun and a
 * present tense alike, "vinder", and is left out), a compound of a noun of five letters or more
 * ({@link #nounOrItsCompound}: "cyberangreb"), or the noun after a weak adjective of a derivational
 * suffix ({@link #WEAK_ADJECTIVE}: "ulovlige krig"); a weekday after the name is no thing owned
 * ({@link #NOT_OWNED}: "ifølge Reuters fredag" had shown "Reuter"); a definite form undoes a
 * doubled s or a Latin "-ium" before its article ({@link #definiteGenitive}: "Kongressens",
 * "Forsvarsministeriets"); and a one-word place whose base is a compass word and a country or a
 * place the corpora know is a region's genitive ({@link #regionOfAPlace}). Measured with {@code
 * stories --json --min-size 2}, jar of main (b721e03a) before and after: Danish front pages
 * 1-16,000, 32,001-44,000 and 48,001-50,219 (4,381 lists, read or diffed in earlier sessions) 18
 * lists changed, each rightly (ministries' and the Congress's genitives x8, a party's x3, heads of
 * state's x2, a football federation's, a US state's, a person's, a region's, and "Reuters" back
 * from "Reuter"); 16,001-20,000 and 44,001-48,000 (1,321 lists, untouched), where about 42 entries
 * were shown in the genitive, 7 lists, each rightly (35 left: mostly heads of state and cities the
 * story never writes in the base form and the corpora hold too seldom: the lexicon counts two such
 * heads of state's surnames once or thrice, and as given names). The Norwegian feed 2 lists and the
 * Norwegian archive 3 of 35, each rightly (a firm's, a region's, a continent's, a ski jumper's and
 * a party's genitive); a Swedish feed slice unchanged; {@code stories samples --json}
 * byte-identical; members, timelines and summaries unchanged. Drafts not kept: a compound's tail of
 * four letters ("tilbage" read as a compound of "bage": an invented "Lina Moris tilbage" shown
 * "Lina Mori", as a founder's name was); a plural test without the agent-noun bar ("Lina Moris
 * vinder", as a governor's name was cut); a place's genitive by any name's last word being a
 * country, which read an island group's "X Islands" as Danish "Island" (Iceland), wrongly (a
 * country's own genitive is folded already: {@link Countries}). Left open: the run's other stories
 * as evidence of a base form (the pipeline builds each story alone), regions of Jutland ("Jylland"
 * the corpora hold once), a party or club named in a headline only, places typed PER with no cue,
 * and a firm's name written like a genitive before a noun ("Lyngs analyse", invented).
 *
 * <p>Session 46, too: clubs named after their town. A name with a club's affix as its first or
 * last word ({@link #CLUB_AFFIXES}: "FC", "IF", "BK", "Håndbold", "Team") is the club's, an
 * organisation, however the finder typed it ("Korvik IF" typed LOC, invented); and a name typed
 * LOC that is the town of such a club the story names, or that the text writes with an affix
 * though the finder read the town alone ({@link #CLUB_AFTER}, {@link #CLUB_BEFORE}), is the club
 * ({@link #clubByItsTown}), joined to the club's full name where the story names one club of it
 * ({@link #theClubOfItsTown}): the cue words a match report gives ("-træner", a score) a national
 * team shares with its country, but a club's full name beside its town is the story's own
 * evidence. Not where the story writes the town as a place ("i", "fra", "på", a sentence's "Fra"),
 * inside another name ("Region Korvik"), or a country. Measured with {@code stories --json
 * --min-size 2}, jar of main (m46b, at 8449b5b3) before and after: Danish front pages 1-4,000, 6,001-12,000,
 * 32,001-38,000, 40,001-44,000 and 48,001-50,219 (3,697 lists, scanned for this rule's candidates)
 * 27 lists changed, 26 rightly (clubs' full names typed LOC now ORG, towns typed LOC joined to their
 * clubs or typed ORG: football and handball clubs) and 1 partly (the town joined, its genitive after
 * "på" left a place's, a second entry); 20,001-32,000 (2,007 lists, not scanned for it) 8, 6
 * rightly, 1 partly (the same with "i") and 1 wrongly (a channel's name joined to a show named "FC
 * X"); the Norwegian and Swedish feeds and the Norwegian archive unchanged. {@code stories samples --json}
 * byte-identical; members, timelines and summaries unchanged everywhere (the rule reads the story
 * view's names only; clustering and the finders are untouched). Drafts not kept: the town's
 * genitive judged by its stem alone ("på Korviks Banegård", invented: a city's station joined to its club), no
 * bar on other names (a region named "Region X" and by its name alone joined to "FC X"), and no
 * bar on a sentence's capitalised "Fra X" (a player's town of origin). Left open: a town typed LOC
 * with no full club name in the story ("Korvik slog Askdal", invented: a headline alone), and a work's
 * title made like a club's name (a show "FC X" in quotes).
 *
 * <p>Session 47: more of a one-word genitive's evidence, for names the story never writes in the
 * base form (heads of state, towns, firms: "Vorkas nye regering", invented). The thing owned may
 * follow a weak adjective of any kind ({@link #weakAdjective}: a word in "-e" that has no past
 * tense's or definite plural's ending, is no comparative, listed adverb, preposition or numeral,
 * and whose present tense in "-r" the story or the language's news does not write, which would
 * make it an infinitive: "lod Vorkas beholde pengene"), with a lower-case word after it that is
 * none of {@link #NOT_OWNED}, no particle and no past tense; or a superlative stands there, alone
 * or before its noun ({@link #SUPERLATIVE}: "en af Vorkas nærmeste"). And a one-word place is read
 * so too, as persons and organisations were, unless the labelled corpora hold the -s form inside a
 * name of any type ("Aarhus", "Paris", "Texas"): the finder types many heads of state and firms
 * LOC in the genitive, and a town's genitive before its mayor is the commonest form a headline
 * gives it. Measured with {@code stories --json --min-size 2}, jar of main (m46final) before and
 * after: Danish front pages 1-6,000, 20,001-36,000 and 38,001-50,219 (4,700 lists, read before)
 * 35 lists changed, 32 rightly (heads of state's, politicians', firms', towns', regions' and
 * countries' genitives, a soldier's call sign), 2 no better (a definite noun typed LOC, noise
 * before and after; "Radikale Venstres" cut by the finder to a genitive now shown as the other
 * party's name) and 1 wrongly (a country truly in -s before an infinitive, "og X komme tilbage",
 * read as a noun by the plain noun test: "kommen" is a word). Untouched Danish lines 6,001-10,000,
 * 16,001-20,000 and 44,001-48,000 (1,978 lists) 14, 13 rightly and 1 no better (the same cut
 * party). Norwegian feed 2 (a region's genitive, rightly, and a headline's "Årets", noise before
 * and after), a Norwegian archive slice 1 (a street "X-s vei" now "X", no better), the other
 * archive slice and a Swedish feed slice unchanged; {@code stories samples --json}
 * byte-identical; members, timelines and summaries unchanged everywhere (the rule reads the story
 * view's names only). Drafts not kept: the weak adjective without the present-tense bar (2 lists
 * more on the read slices, one of them by a noun read as an adjective: "kjole" beside "kjoler"; the
 * bar is kept for the infinitives it keeps out), and names of two words or more typed ORG, LOC or
 * MISC read as one-word names are (before a noun at every mention, the last word no name of the
 * corpora in its -s form): on Danish 2,001-6,000 and 20,001-28,000 6 lists rightly (a party's, an
 * unemployment fund's, a war's, a US state's x2, a newspaper's genitive) but 1 wrongly (an English
 * club's plural name written before a noun without an apostrophe), and on 16,001-20,000 and
 * 44,001-48,000 1, wrongly (a firm's English plural "& Logistics"): an English plural in a Danish
 * text cannot be told from a genitive by the story. Not built: given names' genitives by a
 * given-name base ("Mettes"), for the surnames made of a given name and an s ("Roberts",
 * "Williams") would lose theirs. Left open: genitives of names of two words or more typed ORG or
 * LOC ("Nye Partis næste formand", invented), a given name's genitive alone, and an adjective
 * that is a verb's infinitive too ("fornemme").
 *
 * <p>Session 48, three faults of the lists, each by a cue in the name or the story. (1) A name
 * ending in a house's noun ({@link #endsInPlaceHead(String, Predicate)}: "Hus", "Rådhus") is a
 * place though the finder typed it PER, after a word that is no given name, or after any word
 * where the story writes the name after a definite article ("Det Hvide Hus"; the corpora hold
 * "Hvide" as a given name). (2) A one-word name whose -s form is a word of the language and whose
 * base is none keeps its s ({@link #sOfTheWord}: a pollster "Respons" before "analyse" had been
 * cut to "Respon"). (3) A name of two words or more that is no person's and ends in a common
 * noun's genitive is read as a genitive where every mention stands before a noun ({@link
 * #nameOfANoun}: session 47's draft with the English plurals kept out by their singulars, which
 * are no Scandinavian words). Measured with {@code stories --json --min-size 2}, jar of main
 * (m47final) before and after, story by story, on the Danish front pages 1-38,000 and
 * 40,001-50,219 (8,059 lists; every slice's lists were read in earlier sessions, and the rules
 * were written from a scan of the names in -s and of the houses over all of them), the Norwegian
 * feed, the Swedish feed and the Norwegian archive: 25 lists changed, 21 rightly ("Hvide Hus" PER ->
 * LOC ×18, a town hall ORG -> LOC, a war's genitive by (3), the pollster by (2)) and 4 no better
 * ("Hvide Hus" ORG -> LOC, where the stories type it ORG and LOC alike); {@code stories samples
 * --json} byte-identical; members, timelines and summaries unchanged. Rule (3) alone changed one
 * list: most such genitives on the front pages (a party's before its congress or its leader's name,
 * a federation's before a bracket; "Det Nye Partis kongres", invented) stand before a name, a
 * bracket, a noun whose definite form doubles its last consonant ("kongres", "kongressen") or a
 * plural the story never writes in the definite, where it reads no evidence; it is kept for the one
 * right change and none wrong. Left open: those, and a lone given name in the genitive ("Mettes"),
 * not worked on this session.
 *
 * <p>Session 48, second round, tried and not kept for want of time to run its test under load
 * (the trial's code was not kept): a person's name of two words or more in -s before an "-er"
 * word that is an agent noun and a present tense alike ("Lina Solvangs rådgiver" beside
 * "rådgiveren", invented) read as a genitive where the labelled corpora hold the last word without
 * its s and never with it. Counted first on the lists of the first round's 21 slices (Danish
 * front-page slices, the Norwegian and Swedish feeds, Norwegian archive slices): lone given names
 * in the genitive standing apart from their persons 0, persons' genitives of two words or more
 * shown with the s about 35, of which 4 stand before such an "-er" word (the others before a
 * bracket, a dash, a comma, a number, a name, a hyphened compound or an adjective). With {@code
 * stories --json --min-size 2} on 18 of those slices (7,209 lists; jar m48a before, whose other
 * differences are this session's earlier rules: houses, a war's genitive, a pollster) it changed 1
 * list, rightly (a singer's genitive before his "manager"), none wrongly; members unchanged. Of the
 * other three, one head of state's surname the corpora hold with its s too (inside a name), one
 * "-er" word has no "-eren" form in the story or the news lists ("erstatter"), and one ("afløser")
 * was not looked into.
 * Dropping the "-eren" demand would read any present tense after a surname the corpora happen to
 * hold only without its s as a genitive, and was not measured. Left open: those genitives, and
 * the ones before punctuation or a name.
 *
 * Stateless; the recognizer is thread-safe.
 */
final class Entities {
  static final int MAX_ENTITIES = 25;

  /**
   * Most characters of a member's title and text the names are read from (cut at a white space
   * before it). The name finders cost about 45 ms per 1,000 words of a text, so a 12 MB record
   * (3 million words, session 34's walk-through) held the server's one writer for minutes, every
   * POST and the shutdown waiting behind it; the longest article of the data sets is 34,895
   * characters, so none is cut, and a text of this length costs about a second.
   */
  static final int MAX_TEXT_CHARS = 100_000;
  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  private Entities() {}

  /** {@code full} up to {@link #MAX_TEXT_CHARS}, cut at the last white space before the bound. */
  static String read(String full) {
    if (full.length() <= MAX_TEXT_CHARS) {
      return full;
    }
    int cut = MAX_TEXT_CHARS;
    while (cut > MAX_TEXT_CHARS - 1_000 && !Character.isWhitespace(full.charAt(cut))) {
      cut--;
    }
    return full.substring(0, cut);
  }

  /** A mention as recognised: its text, coarse type, language, and whether it stands mid-sentence. */
  record Found(String text, String type, Language lang, boolean inside) {}

  static List<StoryDetails.Entity> build(List<AnalyzedArticle> members, EntityRecognizer recognizer) {
    return build(members, recognizer, List.of());
  }

  /** As {@link #build(List, EntityRecognizer)}, knowing the sources of the whole run besides the story's own. */
  static List<StoryDetails.Entity> build(List<AnalyzedArticle> members, EntityRecognizer recognizer,
      Collection<String> runSources) {
    Map<String, int[]> counts = new HashMap<>();
    Map<String, NameCount> first = new HashMap<>();
    Set<String> lowerWords = new HashSet<>();
    Set<String> plainWords = new HashSet<>(); // words written once or more without an English 's after
    Set<String> placeWritten = new HashSet<>(); // names the text writes as places: "Frogn kommune", "i Frogn"
    Set<String> reporters = new HashSet<>(); // names the text cites as reporting: "skriver BBC", "according to Bloomberg"
    Set<String> placePrepositioned = new HashSet<>(); // names written after "in", "from", "i", "fra"
    Set<String> speakers = new HashSet<>(); // names a quote is attributed to: "sier Harari."
    Set<String> aged = new HashSet<>(); // names written with an age, and their tails: "Tirna (36)" (invented)
    // each member's title and text, joined once, and read up to MAX_TEXT_CHARS
    List<String> fullTexts = members.stream().map(m -> read(m.article().fullText())).toList();
    for (int a = 0; a < members.size(); a++) {
      AnalyzedArticle m = members.get(a);
      String full = fullTexts.get(a);
      Matcher w = WORD.matcher(full);
      while (w.find()) {
        if (Character.isLowerCase(w.group().charAt(0)) && !CommonWords.inAddress(full, w.start(), w.end())) {
          lowerWords.add(w.group());
        }
        if (!englishGenitiveAt(full, w.end())) {
          plainWords.add(w.group());
        }
      }
      placeWritten.addAll(writtenAsPlaces(full, m.lang(), recognizer::givenName));
      reporters.addAll(reportedBy(full));
      placePrepositioned.addAll(afterAPlacePreposition(full));
      speakers.addAll(saidBy(full));
      aged.addAll(agedNames(full));
    }
    List<Found> found = new ArrayList<>();
    Map<String, String> cued = new HashMap<>(); // surface -> type a common noun before it gives
    Set<String> sources = new HashSet<>();
    members.forEach(m -> sources.addAll(sourceNames(m.article().source())));
    runSources.forEach(r -> sources.addAll(sourceNames(r)));
    Set<String> written = new HashSet<>(); // every word of the story as written
    List<List<Mention>> recognized = new ArrayList<>();
    Set<String> longer = new TreeSet<>(); // names of 2+ words the finders read, all capitalised
    Set<String> places0 = new HashSet<>(); // places the finders read, lower case
    Map<String, Integer> people = new HashMap<>(); // persons' names of 2+ words the finders read, how often
    for (int a = 0; a < members.size(); a++) {
      List<Mention> ms = recognizer.recognize(fullTexts.get(a), members.get(a).lang());
      recognized.add(ms);
      ms.stream().filter(x -> x.text().indexOf(' ') > 0 && x.type() != EntityType.DRV)
          .filter(x -> Arrays.stream(x.text().split(" ")).noneMatch(w -> !w.isEmpty() && Character.isLowerCase(w.charAt(0))))
          .forEach(x -> longer.add(x.text())); // not "Frogn og Nesodden": a run of names
      ms.stream().filter(x -> x.type().coarse() == EntityType.LOC)
          .forEach(x -> places0.add(x.text().toLowerCase(Locale.ROOT)));
      ms.stream().filter(x -> x.type().coarse() == EntityType.PER && x.text().indexOf(' ') > 0)
          .forEach(x -> people.merge(x.text(), 1, Integer::sum));
    }
    Set<String> storyGiven = new HashSet<>(); // first words of the persons' names of 2+ words the finders read
    people.keySet().forEach(p -> storyGiven.add(p.substring(0, p.indexOf(' '))));
    String allTexts = String.join("\n", fullTexts);
    Predicate<String> writtenApart = n -> Pattern.compile( // "Obama said", not "Obama & Clinton"
        "(?<![\\p{L}\\d]|(?:&|og|och) )" + Pattern.quote(n) + "(?![\\p{L}\\d]|-? (?:&|og|och) )")
        .matcher(allTexts).find();
    Predicate<String> ampersandWritten = n -> Pattern.compile(
        "(?<![\\p{L}\\d])" + Pattern.quote(n) + "(?![\\p{L}\\d])").matcher(allTexts).find();
    List<List<Nickname>> nicknamed = new ArrayList<>(); // per member: Carlos "El Toro" Ramírez (invented), one person
    Map<String, String> byNickname = new HashMap<>(); // "El Toro", "Fish" of "The Fish", "El Toro Ramírez": the person
    Set<String> clashing = new HashSet<>();
    for (int a = 0; a < members.size(); a++) {
      CommonWords common = CommonWords.of(members.get(a).lang());
      List<Nickname> ns = nicknames(fullTexts.get(a), Language.EN.equals(members.get(a).lang()), recognizer::knownFirstName,
          w -> lowerWords.contains(w) || common.contains(w));
      nicknamed.add(ns);
      for (Nickname n : ns) {
        String surname = n.person().substring(n.person().lastIndexOf(' ') + 1);
        String bare = n.nickname().replaceFirst("^(?:The|the) (?=\\p{Lu})", "");
        for (String alias : new String[] {n.nickname(), bare, n.nickname() + " " + surname, bare + " " + surname}) {
          String was = byNickname.putIfAbsent(alias, n.person());
          if (was != null && !was.equals(n.person())) {
            clashing.add(alias); // one nickname of two persons names neither
          }
        }
      }
    }
    byNickname.keySet().removeAll(clashing);
    Map<String, Map<String, Integer>> nicknameCounts = new HashMap<>(); // person -> nickname mentions counted for it
    for (int a = 0; a < members.size(); a++) {
      AnalyzedArticle m = members.get(a);
      Language lang = m.lang();
      String full = fullTexts.get(a);
      WORD.matcher(full).results().forEach(r -> written.add(r.group()));
      int covered = -1; // end of the last mention, widened or not: two parts of one name count once
      CommonWords common = CommonWords.of(lang);
      Set<Nickname> told = new HashSet<>(); // nicknamed persons of this member counted
      for (Mention read : recognized.get(a)) {
        Nickname within = null;
        for (Nickname n : nicknamed.get(a)) {
          within = read.start() < n.end() && read.end() > n.start() ? n : within;
        }
        if (within != null) { // a part of 'Vincent "The Fish" Moretti' (invented): the person, once
          if (told.add(within)) {
            found.add(new Found(within.person(), EntityType.PER.name(), lang,
                !ArticleAnalyzer.sentenceStart(full, within.start())));
          }
          continue;
        }
        String nicknamedPerson = byNickname.get(read.text());
        if (nicknamedPerson != null) { // "El Toro" alone: the person it is the nickname of
          nicknameCounts.computeIfAbsent(nicknamedPerson, x -> new HashMap<>()).merge(read.text(), 1, Integer::sum);
          found.add(new Found(nicknamedPerson, EntityType.PER.name(), lang,
              !ArticleAnalyzer.sentenceStart(full, read.start())));
          continue;
        }
        Mention mention = wholerName(full, read, longer,
            w -> lowerWords.contains(w.toLowerCase(Locale.ROOT)) || common.contains(w.toLowerCase(Locale.ROOT)));
        if (mention == read) {
          Mention on = continuedName(full, read, longer, lowerWords::contains);
          mention = on == null ? read : on; // "the Fix - It", "This Fix it will": the tool the story calls "Fix It"
        }
        Mention joined = joinedName(full, mention, recognizer::givenName,
            w -> lowerWords.contains(w) || common.contains(w), ampersandWritten, writtenApart);
        if (joined != null) {
          mention = joined; // "Sund og Bælt", "Sydsjællands og Lolland-Falsters Politi", "Simon & Schuster": one name
        }
        if (mention.start() < covered) {
          continue; // "Hollywood" and "Hills" read apart, both widened to "Hollywood Hills"
        }
        covered = mention.end();
        Mention bare = withoutLeadingModifier(mention);
        if (bare != null) {
          mention = bare; // "EU-funded ILIAD": a compound adjective before the name, no part of it
        }
        if (mention.type() == EntityType.DRV) {
          continue; // "Statkraft-sjefen", "Rødt-politikeren": a role named after an entity, not one
        }
        if (notAName(mention.text(), lang, lowerWords)
            || (mention.type().coarse() == EntityType.PER && derivedFromAName(mention.text()))) {
          continue;
        }
        if (inCredit(full, mention.start())) {
          continue; // "(Foto: © Julien de Rosa, Ritzau Scanpix)": who took the picture, not who the story is about
        }
        boolean inside = !ArticleAnalyzer.sentenceStart(full, mention.start())
            && !(lang.equals(Language.EN) && titleCaseLine(full, mention.start())) // "Microsoft Issues Fix": capitals say nothing
            && !cutFromALongerName(full, mention, lowerWords::contains); // "its normal Patch Tuesday", "the Fix - It"
        if (!inside && (commonNounBeforeARole(full, mention.start(), mention.end(), commonNoun(lang))
            || sideBeforeANoun(full, mention.start(), mention.end()))) {
          continue; // "Union representative Soren Kjaergaard said", "Høyre felt er stengt": a noun's modifier, no name
        }
        if (adjectiveCompound(mention.text(), head -> inside || written.contains(head), common)) {
          continue;
        }
        if (lang.equals(Language.EN) && adjectivalDemonym(full, mention.start(), mention.end(), places0::contains)) {
          continue; // "the Norwegian research vessel": a nationality describing a noun, no entity of the story
        }
        String text = mention.text();
        String type = mention.type().coarse().name();
        if (lang.equals(Language.EN)) {
          text = withoutEnglishGenitive(text, plainWords::contains, recognizer::knownFirstName); // "Adam Vinatieri's": the name is Adam Vinatieri
        }
        if (dateline(full, mention.start(), mention.end())) {
          if (CommonWords.of(lang).contains(text.toLowerCase(Locale.ROOT))) {
            continue; // a section label before the lead ("KOMMENTAR:", "HELSE:"), no name
          }
          type = EntityType.LOC.name(); // "GLENDALE, Arizona.", "STANGE: Det blir ..."
        }
        if (type.equals(EntityType.PER.name())) {
          String named = withoutLeadingWords(text, t -> people.getOrDefault(t, 0), lowerWords::contains, recognizer::knownFirstName,
              places0::contains);
          text = named == null ? text : named; // "Linebacker Steve Foley", "GM Ed Stefanski": the person's name
        }
        if (!type.equals(EntityType.PER.name()) && lang != null && lang.isScandinavian()) {
          int at = personAfterAnInstitution(text, recognizer::knownFirstName, common::contains);
          if (at > 0 && text.lastIndexOf(' ', at - 2) < 0) { // "Statsminister Mette Frederiksen" typed ORG: a role, no name
            text = text.substring(at);
            type = EntityType.PER.name();
          } else if (at > 0) { // "vagtchef ved Vestegnens Politi Jonas Krogh": the police and the officer, two names
            found.add(new Found(text.substring(at), EntityType.PER.name(), lang, true));
            text = text.substring(0, at - 1);
          }
        }
        String afterFirst = text.substring(text.indexOf(' ') + 1); // "Svenska Mirja Tolvhed, 11," (invented): a person by the age
        String person = withoutNationality(text, w -> recognizer.knownFirstName(w) || aged.contains(afterFirst) || (storyGiven.contains(w)
            && !lowerWords.contains(w.toLowerCase(Locale.ROOT)))); // "Svenska Amrit ..." where the story writes "Amrit Jovanovski"
        if (person != null) {
          text = person; // "Svenska Lisa Brandholm" (invented): a Swede, not an organisation named "Svenska ..."
          type = EntityType.PER.name();
        }
        String cue = CommonWords.inAddress(full, mention.start(), mention.end()) ? null : typeByCue(full, mention.start());
        if (cue == null && lang.equals(Language.EN) && placeNounAfter(full, mention.end())) {
          cue = EntityType.LOC.name(); // "the Utsira Nord area", "the Valemon field"
        }
        if (cue == null && lang.isScandinavian() && !type.equals(EntityType.PER.name())
            && personByTitle(full, mention.start(), text)) {
          cue = EntityType.PER.name(); // "guvernør Halvik", "præsident Orlov" (invented): the title says a person
        }
        if (cue != null) {
          type = cue; // "Rederiet Skagerak Linjer", "Forskingsskipet G.O. Sars": the noun before says what it is
          cued.putIfAbsent(text, cue);
        } else if (institution(text, type) || source(text, type, sources) || compassAfterAName(text, type)
            || Boilerplate.isAgencyName(text)) { // "(TT)", "NTB": a wire agency, whatever the finder said
          type = EntityType.ORG.name(); // "Hovedredningssentralen", "Expressens"
        } else if (event(text, type)) {
          type = EntityType.MISC.name(); // "Arendalsuka", "Ukrainakriget": an event, no place
        } else if (waterOrLand(text, type, recognizer::knownFirstName)) {
          type = EntityType.LOC.name(); // "Nordsjøen", "the Baltic Sea", "Hollywood Hills": a place by its name's head
        } else if (ENGLISH_PLACE_HEADS.contains(text)) {
          String whole = placeEndingIn(text, longer, recognizer::knownFirstName);
          if (whole != null) {
            text = whole; // "Hills" read alone at a headline start, "Hollywood Hills" elsewhere: the place
            type = EntityType.LOC.name();
          }
        }
        if (route(text) && routeNounBefore(full, mention.start())) {
          type = EntityType.LOC.name(); // "sambandet Bodø–Moskenes": a route between two places
          cued.put(text, type);
        }
        found.add(new Found(text, type, lang, inside));
      }
      for (Nickname n : nicknamed.get(a)) {
        if (!told.contains(n)) { // no finder's reading inside: the person still is one
          found.add(new Found(n.person(), EntityType.PER.name(), lang,
              !ArticleAnalyzer.sentenceStart(full, n.start())));
        }
      }
    }
    Set<String> texts = new HashSet<>();
    found.forEach(f -> texts.add(f.text()));
    for (int i = 0; i < found.size(); i++) {
      Found f = found.get(i);
      String rest = afterACueNoun(f.text(), texts::contains);
      if (rest != null) { // "Rederiet Skagerak Linjer" read as one name at a sentence start
        String cue = CUES.get(f.text().substring(0, f.text().indexOf(' ')).toLowerCase(Locale.ROOT));
        cued.putIfAbsent(rest, cue);
        found.set(i, new Found(rest, cue, f.lang(), f.inside()));
      }
    }
    Set<String> places = new HashSet<>(); // names the story types a place, as written
    found.stream().filter(f -> f.type().equals(EntityType.LOC.name())).forEach(f -> places.add(f.text()));
    for (Found f : found) { // "Oslo–Bergen" where the story names both as places is a route, typed a place
      if (route(f.text()) && Arrays.stream(f.text().split(ROUTE_DASH)).allMatch(places::contains)) {
        cued.put(f.text(), EntityType.LOC.name());
      }
    }
    Set<String> partsOfPeople = new HashSet<>(); // words of persons' names of two words or more
    found.stream().filter(f -> f.type().equals(EntityType.PER.name()) && f.text().indexOf(' ') > 0)
        .forEach(f -> partsOfPeople.addAll(List.of(f.text().split(" "))));
    for (int a = 0; a < members.size(); a++) { // "Fjordhavn, Tolvik og Askdal" (invented): a list of places
      if (members.get(a).lang() != null && members.get(a).lang().isScandinavian()) {
        placeWritten.addAll(listedAmongPlaces(fullTexts.get(a), places::contains));
      }
    }
    for (Found f : found) { // "Frogn kommune", "i Frogn", "Lesbos island": a one-word "person" the story writes as a place
      if (f.type().equals(EntityType.PER.name()) && !cued.containsKey(f.text())
          && placeByTheStory(f.text(), placeWritten::contains, partsOfPeople::contains)) {
        cued.put(f.text(), EntityType.LOC.name());
      }
    }
    for (Found f : found) { // "Allerød Station", "Simon Spies Plads": a name ending in a place's own noun is a place
      if (f.type().equals(EntityType.PER.name()) && f.lang().isScandinavian() && !cued.containsKey(f.text())
          && endsInPlaceHead(f.text(), w -> recognizer.knownFirstName(w)
              && !precededBy(fullTexts, f.text(), ARTICLE_BEFORE))) {
        cued.put(f.text(), EntityType.LOC.name());
      }
    }
    Set<String> personsRead = new HashSet<>(); // names typed a person in some mention
    found.stream().filter(f -> f.type().equals(EntityType.PER.name())).forEach(f -> personsRead.add(f.text()));
    for (Found f : found) { // "Korvik Eiendom" (invented) typed PER: no given name, a common noun for its head
      if (f.type().equals(EntityType.PER.name()) && f.lang().isScandinavian() && !cued.containsKey(f.text())) {
        CommonWords common = CommonWords.of(f.lang());
        String firm = firmTypedAsAPerson(f.text(), recognizer::knownFirstName, w -> lowerWords.contains(w) || common.contains(w),
            recognizer::labelledType);
        if (firm != null && personsRead.stream().noneMatch(p -> p.endsWith(" " + f.text())) && !saysOrOwns(fullTexts, f.text())
            && !followedBy(fullTexts, f.text(), PERSON_TELLS)) { // one who "siger" or "fortæller" is a person, however named
          cued.put(f.text(), firm);
        }
      }
    }
    for (Found f : found) { // "Venstre" typed LOC, "Novo" PER: the labelled corpora read the word as an organisation's name
      if (f.lang().isScandinavian() && !cued.containsKey(f.text()) && !speakers.contains(f.text())
          && organisationByTheCorpora(f.text(), f.type(), recognizer::labelledType,
              (w, t) -> recognizer.labelledAs(w, EntityType.valueOf(t)), partsOfPeople::contains,
              w -> placeWritten.contains(w) || placePrepositioned.contains(w))) {
        cued.put(f.text(), EntityType.ORG.name());
      }
    }
    for (Found f : found) { // "Moderaterne" typed LOC in a headline: the definite plural of a party's members is the party
      if (f.lang().isScandinavian() && !cued.containsKey(f.text())
          && (f.type().equals(EntityType.PER.name()) || f.type().equals(EntityType.LOC.name())) && partyByItsMembers(f.text())) {
        cued.put(f.text(), EntityType.ORG.name());
      }
    }
    Set<String> brands = new TreeSet<>(); // "SnapPris" (invented) typed LOC or PER: a capital inside a word is a brand's
    found.stream().filter(f -> f.lang().isScandinavian() && !f.type().equals(EntityType.ORG.name())
        && !f.type().equals(EntityType.MISC.name()) && brandByItsCapitals(f.text()) && !partsOfPeople.contains(f.text()))
        .forEach(f -> brands.add(f.text().toLowerCase(Locale.ROOT)));
    for (Found f : found) { // and "Snappris", the same word written without the inner capital
      if (!cued.containsKey(f.text()) && brands.contains(f.text().toLowerCase(Locale.ROOT))) {
        cued.put(f.text(), EntityType.ORG.name());
      }
    }
    for (Found f : found) { // "Nadja" typed LOC in a headline (invented): the labelled corpora read the word as a person's name
      if (f.lang().isScandinavian() && !cued.containsKey(f.text())
          && personByTheCorpora(f.text(), f.type(), recognizer::labelledType, w -> recognizer.labelledAs(w, EntityType.LOC),
              w -> placeWritten.contains(w) || placePrepositioned.contains(w) || precededBy(fullTexts, w, ON_A_PLACE))) {
        cued.put(f.text(), EntityType.PER.name());
      }
    }
    for (Found f : found) { // "Fremskridtsfolkets formand", "partiet Fremskridtsfolket" (invented): an organisation, a party
      if (f.lang().isScandinavian() && !cued.containsKey(f.text()) && f.text().indexOf(' ') < 0
          && (f.type().equals(EntityType.PER.name()) || f.type().equals(EntityType.LOC.name()))
          && !partsOfPeople.contains(f.text())
          && (withAnOffice(fullTexts, f.text()) || afterAPartyWord(fullTexts, f.text()))) {
        cued.put(f.text(), EntityType.ORG.name());
      }
    }
    Set<String> clubsTowns = new TreeSet<>(); // "Korvik IF" (invented) typed LOC: a name with a club's affix is the club's
    Map<String, Set<String>> clubsOfTowns = new TreeMap<>();
    for (Found f : found) {
      String town = clubsTown(f.text());
      if (town != null) {
        clubsTowns.add(town);
        clubsOfTowns.computeIfAbsent(town, x -> new TreeSet<>()).add(f.text());
        if (!cued.containsKey(f.text()) && (f.type().equals(EntityType.PER.name()) || f.type().equals(EntityType.LOC.name()))) {
          cued.put(f.text(), EntityType.ORG.name());
        }
      }
    }
    Map<String, String> clubsNamed = new TreeMap<>(); // a town's name -> the full name of its one club the story names
    Set<String> inOtherNames = new HashSet<>(); // words of names of two words or more that are no club's: "Region Korvik"
    found.stream().filter(f -> f.text().indexOf(' ') > 0 && clubsTown(f.text()) == null)
        .forEach(f -> inOtherNames.addAll(List.of(f.text().split(" "))));
    // a club is named (found, or its affix written) before any town is searched for in the texts
    boolean clubsNamedAtAll = !clubsTowns.isEmpty() || fullTexts.stream().anyMatch(t -> CLUB_AFFIX.matcher(t).find());
    for (Found f : found) { // "Korvik vandt 2-1" beside "Korvik IF" (invented): the town's name alone, typed LOC, is the club's
      if (clubsNamedAtAll && !cued.containsKey(f.text()) && f.type().equals(EntityType.LOC.name())
          && !partsOfPeople.contains(f.text())
          && clubByItsTown(f.text(), w -> clubsTowns.contains(w) || followedBy(fullTexts, w, CLUB_AFTER)
                  || precededBy(fullTexts, w, CLUB_BEFORE),
              w -> placeWritten.contains(w) || placePrepositioned.contains(w) || inOtherNames.contains(w)
                  || precededBy(fullTexts, w, ON_A_PLACE) || precededBy(fullTexts, w, PLACE_AT_A_START))) {
        cued.put(f.text(), EntityType.ORG.name());
        String club = theClubOfItsTown(f.text(), clubsOfTowns);
        if (club != null) {
          clubsNamed.put(f.text(), club);
        }
      }
    }
    if (!clubsNamed.isEmpty()) { // "Korvik" and "Korviks" beside "Korvik IF", its one club the story names: one entity
      found.replaceAll(f -> clubsNamed.containsKey(f.text())
          ? new Found(clubsNamed.get(f.text()), EntityType.ORG.name(), f.lang(), f.inside()) : f);
    }
    Set<String> eventsRead = new TreeSet<>(); // "Grand Open-finalen" (invented): an event's name before its final
    found.stream().filter(f -> f.lang().isScandinavian() && !f.type().equals(EntityType.MISC.name()))
        .forEach(f -> eventsRead.add(f.text()));
    for (String t : eventsRead) {
      if (!cued.containsKey(t) && t.length() > 2 && followedBy(fullTexts, t, EVENT_AFTER)) {
        cued.put(t, EntityType.MISC.name());
      }
    }
    Set<String> mentioned = new HashSet<>(); // every name as the story writes it
    Map<String, Integer> mentions = new HashMap<>(); // per name, its mentions, and those typed a place
    Map<String, Integer> locs = new HashMap<>();
    for (Found f : found) {
      mentioned.add(f.text());
      mentions.merge(f.text(), 1, Integer::sum);
      if (f.type().equals(EntityType.LOC.name())) {
        locs.merge(f.text(), 1, Integer::sum);
      }
    }
    Map<String, Set<String>> peopleByWord = new HashMap<>(); // word of a person's longer name -> those names
    found.stream().filter(f -> f.type().equals(EntityType.PER.name()) && f.text().indexOf(' ') > 0)
        .forEach(f -> Arrays.stream(f.text().split(" "))
            .forEach(w -> peopleByWord.computeIfAbsent(w, x -> new HashSet<>()).add(f.text())));
    for (Found f : found) { // "skriver BBC", "rapporterar danska TV2": what the story cites as reporting is an outlet
      Predicate<String> ofAnotherPerson = w -> Stream.of(w, w + "s")
          .anyMatch(x -> peopleByWord.getOrDefault(x, Set.of()).stream().anyMatch(n -> !n.equals(f.text())));
      if (speakers.contains(f.text()) && !f.text().equals(f.text().toUpperCase(Locale.ROOT))) {
        continue; // "ifølge Harari" and "sier Harari.": a quote's speaker, a person
      }
      if (!cued.containsKey(f.text()) && reportedByAnOutlet(f.text(), f.type(), reporters::contains, recognizer::knownFirstName,
          ofAnotherPerson, t -> 2 * locs.getOrDefault(t, 0) >= mentions.getOrDefault(t, 0), placePrepositioned::contains,
          w -> lowerWords.contains(w) || CommonWords.of(f.lang()).contains(w)
              || LanguageProfiles.of(f.lang()).stopWords().contains(w),
          w -> !f.lang().equals(Language.EN) || mentioned.contains(w) || mentioned.contains(w + "s"))) {
        cued.put(f.text(), EntityType.ORG.name()); // "ifølge Harari" beside "Yuval Noah Hararis" stays a person
      }
    }
    Set<String> outlets = new HashSet<>(); // outlets of two words or more the story cites: "NBC Philadelphia"
    found.stream().filter(f -> f.text().indexOf(' ') > 0 && reporters.contains(f.text())
        && cued.getOrDefault(f.text(), f.type()).equals(EntityType.ORG.name())).forEach(f -> outlets.add(f.text()));
    Set<String> inPlaces = new HashSet<>(); // last words of places of two words or more: "Northeast Philadelphia"
    found.stream().filter(f -> f.text().indexOf(' ') > 0 && cued.getOrDefault(f.text(), f.type())
        .equals(EntityType.LOC.name())).forEach(f -> inPlaces.add(f.text().substring(f.text().lastIndexOf(' ') + 1)));
    for (Found f : found) { // "told NBC Philadelphia" and "a plant in Philadelphia": the city, not the station
      if (!cued.containsKey(f.text()) && placeInAnOutletsName(f.text(), f.type(), outlets,
          t -> placePrepositioned.contains(t) || placeWritten.contains(t) || locs.containsKey(t) || inPlaces.contains(t)
              || Countries.isCountry(t), partsOfPeople::contains)) {
        cued.put(f.text(), EntityType.LOC.name());
      }
    }
    if (!cued.isEmpty()) { // a cue in one mention outweighs the finder's other readings of the same name
      found.replaceAll(f -> cued.containsKey(f.text()) ? new Found(f.text(), cued.get(f.text()), f.lang(), f.inside()) : f);
    }
    found = givenNamesOfPeople(found, recognizer::knownFirstName, aged::contains, // "Tirna (36)" beside "Tirna Holmfjeld Saue" (invented)
        (w, l) -> placePrepositioned.contains(w) || placeWritten.contains(w) || !storyGivenName(w, l, lowerWords, Set.of()),
        w -> recognizer.labelledType(w) != EntityType.LOC && !cued.containsKey(w));
    found = possessorsOfPeople(found);
    found = surnamesOfPeople(found, lowerWords, places0, fullTexts);
    Set<String> alone = new HashSet<>();
    found.forEach(f -> alone.add(f.text()));
    found.replaceAll(f -> { // "Heim kommune" beside "Heim": one place, shown by its name
      String place = withoutPlaceWord(f.text(), alone::contains);
      return place == null ? f : new Found(place, f.type(), f.lang(), f.inside());
    });
    Map<String, Map<String, Integer>> typesAlone = new HashMap<>(); // per surface, its mentions' types
    found.forEach(f -> typesAlone.computeIfAbsent(f.text(), x -> new TreeMap<>()).merge(f.type(), 1, Integer::sum));
    Set<String> seenInside = new HashSet<>(); // keys mentioned once or more mid-sentence
    for (Found f : found) {
      String text = f.text();
      String type = f.type();
      String before = nameBeforeACompound(text, typesAlone::containsKey, CommonWords.of(f.lang()));
      if (before == null) {
        before = nameBeforeASentenceEnd(text, typesAlone::containsKey, f.lang());
      }
      if (before == null && f.lang() != null && f.lang().isScandinavian()) {
        before = genitiveBeforeANoun(text, typesAlone::containsKey);
      }
      if (before != null) {
        text = before; // "kallar Estland Natoländerna": the name written alone, without the compound after it
        type = typesAlone.get(before).entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
      }
      String k = text + "\u0000" + type + "\u0000" + f.lang().code();
      counts.computeIfAbsent(k, x -> new int[1])[0]++;
      first.putIfAbsent(k, new NameCount(text, f.lang(), type, 1));
      if (f.inside()) {
        seenInside.add(k);
      }
    }
    Set<String> inLongerNames = new HashSet<>(); // "Anna" of "Anna Spilling Isaksen" is a name here
    for (String k : counts.keySet()) {
      String[] words = first.get(k).surface().split(" ");
      for (int i = 0; i < words.length && words.length > 1; i++) {
        inLongerNames.add(words[i].toLowerCase(Locale.ROOT));
      }
    }
    counts.keySet().removeIf(k -> {
      String surface = first.get(k).surface();
      CommonWords common = CommonWords.of(first.get(k).language());
      return !seenInside.contains(k) && ordinaryWordsAtStart(surface, w -> lowerWords.contains(w)
          || (surface.indexOf(' ') < 0 && titleCase(surface) && !inLongerNames.contains(w) && (common.contains(w)
              || pastTenseOfAKnownVerb(w, first.get(k).language(), x -> lowerWords.contains(x) || common.contains(x)))));
    });
    List<NameCount> names = new ArrayList<>();
    List<String> keys = new ArrayList<>(counts.keySet());
    Collections.sort(keys); // deterministic input order (the merger is order-independent too)
    for (String k : keys) {
      NameCount n = first.get(k);
      names.add(new NameCount(n.surface(), n.language(), n.type(), counts.get(k)[0]));
    }
    Set<String> lastWords = new HashSet<>(); // the last word of every name the story writes
    Map<String, Language> langOf = new HashMap<>();
    for (Found f : found) {
      lastWords.add(f.text().substring(f.text().lastIndexOf(' ') + 1));
      langOf.putIfAbsent(f.text(), f.lang());
    }
    Set<String> acronyms = new HashSet<>(); // words in capitals the text writes mid-sentence: "COMSA"
    for (int a = 0; a < members.size(); a++) {
      CommonWords common = CommonWords.of(members.get(a).lang());
      acronyms.addAll(writtenAsAcronyms(fullTexts.get(a), w -> lowerWords.contains(w.toLowerCase(Locale.ROOT))
          || common.contains(w.toLowerCase(Locale.ROOT)) || recognizer.knownFirstName(titleCased(w))
          || Countries.isCountry(titleCased(w))));
    }
    List<StoryDetails.Entity> out = new ArrayList<>();
    // a place's name in -s the corpora hold inside a name of any type is truly in -s ("Aarhus", "Paris", "Texas")
    Predicate<String> insideALabelledName = w -> Arrays.stream(EntityType.values()).anyMatch(t -> recognizer.labelledAs(w, t));
    for (EntityCluster c : NameMerger.merge(names, NameMerger.Scope.STORY, recognizer::givenName)) {
      if (out.size() == MAX_ENTITIES) {
        break;
      }
      Language lang = langOf.getOrDefault(c.display(), members.get(0).lang());
      EntityType type = EntityType.valueOf(c.type());
      boolean scandinavian = lang != null && lang.isScandinavian();
      Predicate<String> word = w -> lowerWords.contains(w) || CommonWords.of(lang).contains(w); // story's or news'
      String shown = withoutGenitive(c.display(), lang, base -> lastWords.contains(base)
          || (scandinavian && (recognizer.labelledGenitive(base + "s", type)
              || (type == EntityType.PER && patronymicGenitive(base))
              || (!recognizer.knownFirstName(base) && definiteGenitive(base, word))
              || compoundHead(base, fullTexts, CommonWords.of(lang))
              || (type == EntityType.LOC && c.display().indexOf(' ') < 0
                  && regionOfAPlace(base, b -> recognizer.labelledGenitive(b + "s", type)))
              || ((type == EntityType.PER || (type == EntityType.ORG && c.display().indexOf(' ') < 0)
                  || (type == EntityType.LOC && placeMayBeAGenitive(c.display(), insideALabelledName)))
                  && !recognizer.knownFirstName(c.display()) && !sOfTheWord(c.display(), word)
                  && genitiveBeforeNouns(c.display(), fullTexts,
                  w -> nounOrItsCompound(w, word), w -> pluralByItsDefiniteForm(w, word), word))
              || (type != EntityType.PER && nameOfANoun(c.display(), word, insideALabelledName)
                  && genitiveBeforeNouns(c.display(), fullTexts, w -> nounOrItsCompound(w, word),
                  w -> pluralByItsDefiniteForm(w, word), word, true)))));
      shown = withAcronyms(shown, c.variants().keySet(), acronyms::contains); // "IRENA", "COMSA", not "Irena"
      Map<String, Integer> variants = c.variants();
      for (Map.Entry<String, Map<String, Integer>> e : nicknameCounts.entrySet()) {
        Integer asPerson = variants.get(e.getKey());
        if (asPerson != null && type == EntityType.PER) { // "El Toro" shown among the person's variants
          variants = new TreeMap<>(variants);
          int moved = e.getValue().values().stream().mapToInt(Integer::intValue).sum();
          if (asPerson > moved) {
            variants.put(e.getKey(), asPerson - moved);
          } else {
            variants.remove(e.getKey());
          }
          e.getValue().forEach(variants::put);
        }
      }
      out.add(new StoryDetails.Entity(c.key(), shown, c.type(), variants, c.count()));
    }
    return out;
  }

  /**
   * Capitalised words (given names or initials), a nickname of one to five words in quotes, and a
   * surname: the shape of {@code Vincent "The Fish" Moretti} (invented), where the finders read the given name,
   * the nickname and the surname as two or three entities of their own.
   */
  private static final Pattern NICKNAMED = Pattern.compile(
      "(?<![\\p{L}\\d.'’-])((?:\\p{Lu}\\p{Ll}+|\\p{Lu}\\.)(?: (?:\\p{Lu}\\p{Ll}+|\\p{Lu}\\.))*) [\"“”'‘’«»]"
          + "(\\p{Lu}[\\p{L}\\d'’-]*(?: [\\p{L}\\d'’-]+){0,4}) ?[\"“”'‘’«»] (\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)(?![\\p{L}\\d])");

  /** Whether the word before {@code at} (spaces between) begins with a lower-case letter: "mobster" of "mobster Vincent". */
  private static boolean afterALowerCaseWord(String full, int at) {
    int i = at - 1;
    while (i >= 0 && full.charAt(i) == ' ') {
      i--;
    }
    while (i > 0 && Character.isLetter(full.charAt(i - 1))) {
      i--;
    }
    return i >= 0 && i < at && Character.isLowerCase(full.charAt(i));
  }

  /** A person named with a nickname between given name and surname: where, who, and the nickname. */
  record Nickname(int start, int end, String person, String nickname) {}

  /**
   * The persons {@code full} names with a nickname in quotes between their given names and surname
   * (session 40: "the ferryman Ola "Bølgen" Vik", an invented example), read as one person, the
   * given names and surname without the nickname. Every word before the quotes must be a given name
   * ({@code firstName}) or an initial, at least one a name, or be one word right after a lower-case
   * word that is no ordinary word ("the mobster Vincent", a given name the lists lack); capitalised words before them are left
   * out when the last of them opens a sentence or is an ordinary word ({@code ordinary}: a role at a
   * sentence start), else the run is no such name ("Harold Ross 'Burning Sky' Sequel", invented, reads
   * on from a name into a title). The surname must be no ordinary word, and the line no English
   * title-case line ({@link #titleCaseLine}), where quotes hold titles between capitalised words.
   */
  static List<Nickname> nicknames(String full, boolean english, Predicate<String> firstName,
      Predicate<String> ordinary) {
    List<Nickname> out = new ArrayList<>();
    Matcher m = NICKNAMED.matcher(full);
    int from = 0;
    while (from < full.length() && m.find(from)) {
      from = m.end();
      String[] words = m.group(1).split(" ");
      int k = words.length; // the given names are words[k..]: the longest tail of names and initials
      while (k > 0 && (words[k - 1].endsWith(".") || firstName.test(words[k - 1]))) {
        k--;
      }
      if (k == words.length || Arrays.stream(words, k, words.length).allMatch(w -> w.endsWith("."))) {
        if (words.length == 1 && afterALowerCaseWord(full, m.start(1)) && !ordinary.test(words[0].toLowerCase(Locale.ROOT))) {
          k = 0; // "the mobster Vincent ...": one capitalised word after a noun, a given name the lists lack
        } else {
          from = m.start(1) + words[0].length(); // no given name before the quotes: read on from the next word
          continue;
        }
      }
      int start = m.start(1);
      for (int i = 0; i < k; i++) {
        start += words[i].length() + 1;
      }
      if (k > 0) {
        int before = start - words[k - 1].length() - 1;
        if (!ArticleAnalyzer.sentenceStart(full, before)
            && !ordinary.test(words[k - 1].toLowerCase(Locale.ROOT))) {
          continue; // "Harold Ross 'Burning Sky' ...": a longer capitalised run, no given name's start
        }
      }
      String surname = m.group(3);
      if (ordinary.test(surname.toLowerCase(Locale.ROOT)) || (english && titleCaseLine(full, m.start()))) {
        continue;
      }
      String person = String.join(" ", Arrays.asList(words).subList(k, words.length)) + " " + surname;
      out.add(new Nickname(start, m.end(), person, m.group(2).strip()));
    }
    return out;
  }

  /** A first word that is a compound adjective or noun on a name: "EU-funded", "Norway-based", "US-led". */
  private static final Pattern LEADING_MODIFIER = Pattern.compile(
      "[\\p{Lu}\\d][\\p{L}\\d]*(?:-[\\p{L}\\d]+)*-\\p{Ll}+ (?=\\p{Lu})");

  /**
   * The mention without a first word that ends in a lower-case part after a dash, or null (session
   * 31): "EU-funded ILIAD", "Norway-based Equinor", "US-led NATO" name ILIAD, Equinor and NATO.
   * The English finder takes any capitalised word into a run, and the merger joined the one-word
   * name ("ILIAD" ×22) to the run it ends and showed the run. A dash before a capital keeps the word
   * ("Rolls-Royce", "Lolland-Falsters Politi"), and the rest must start with a capital ("Tømme-kalender 2025" is no year).
   */
  static Mention withoutLeadingModifier(Mention m) {
    Matcher lead = LEADING_MODIFIER.matcher(m.text());
    if (!lead.lookingAt()) {
      return null;
    }
    return new Mention(m.text().substring(lead.end()), m.type(), m.start() + lead.end(), m.end());
  }

  /** A word of two to six capital letters (digits allowed after the first): "IRENA", "COMSA", "NRK", "G7". */
  private static final Pattern CAPITALS = Pattern.compile(
      "(?<![\\p{L}\\d])\\p{Lu}[\\p{Lu}\\d]{1,5}(?![\\p{L}\\d])");

  /** A word with a lower-case letter: the text around a word in capitals is not shouted. */
  private static final Pattern LOWER_CASE_WORD = Pattern.compile("\\p{L}*\\p{Ll}\\p{L}*");

  /**
   * The words of two to six capitals that the text writes as acronyms (session 31): mid-sentence,
   * not at a sentence start, a dateline or a headline's start ("PHOENIX, ARIZONA.", "STANGE: Det
   * blir ..."), with a word holding a lower-case letter right before and right after ("bag Odense
   * Letbane, COMSA, truer", "på LOFAST. andre"), and no word the language or the story writes in
   * lower case, no given name and no country ({@code known}). The merger shows a name written only in
   * capitals in title case ({@code Display.unshout}, for bylines and kickers: "THOMAS HYLLAND
   * ERIKSEN"), so an acronym of five or six letters was shown as a word ("Irena", "Comsa").
   */
  static Set<String> writtenAsAcronyms(String full, Predicate<String> known) {
    Set<String> out = new HashSet<>();
    Matcher m = CAPITALS.matcher(full);
    while (m.find()) {
      String w = m.group();
      if (out.contains(w) || ArticleAnalyzer.sentenceStart(full, m.start()) || known.test(w)) {
        continue;
      }
      Matcher before = WORD.matcher(full.substring(Math.max(0, m.start() - 40), m.start()));
      String previous = null;
      while (before.find()) {
        previous = before.group();
      }
      Matcher after = WORD.matcher(full).region(m.end(), Math.min(full.length(), m.end() + 40));
      if (previous != null && LOWER_CASE_WORD.matcher(previous).matches() && after.find()
          && LOWER_CASE_WORD.matcher(after.group()).matches()) {
        out.add(w);
      }
    }
    return out;
  }

  /** {@code word} with its first letter a capital and the rest lower case: "IRENA" is "Irena". */
  static String titleCased(String word) {
    return word.isEmpty() ? word : word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT);
  }

  /**
   * The shown name with each word the merger showed in title case put back in capitals where the
   * name is written so among its {@code variants} and the text writes that word as an acronym
   * ({@code acronym}; {@link #writtenAsAcronyms}): "Irena" is shown "IRENA". Only words of five or
   * six letters change: the merger keeps shorter ones in capitals.
   */
  static String withAcronyms(String shown, Collection<String> variants, Predicate<String> acronym) {
    String[] words = shown.split(" ", -1);
    boolean changed = false;
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      String caps = w.toUpperCase(Locale.ROOT);
      if (w.length() >= 5 && w.length() <= 6 && !w.equals(caps) && w.equals(titleCased(w)) && acronym.test(caps)
          && variants.stream().anyMatch(v -> Arrays.asList(v.split(" ")).contains(caps))) {
        words[i] = caps;
        changed = true;
      }
    }
    return changed ? String.join(" ", words) : shown;
  }

  /** A capitalised word of a name, dashes inside it joining capitalised parts: "Bælt", "Lolland-Falsters", "TV2". */
  private static final String CAPITAL_WORD = "\\p{Lu}[\\p{L}\\d]*(?:-\\p{Lu}[\\p{L}\\d]*)*";

  /**
   * After a mention: a dash or none, "og", "och" or "&", and a run of capitalised words ending where
   * no word or dash goes on ("- og Vestsjællands Politi", " & Bælt"; not " & Meghan-dokumentar").
   */
  private static final Pattern JOINED = Pattern.compile(
      "(-?) (og|och|&) (" + CAPITAL_WORD + "(?: " + CAPITAL_WORD + ")*)(?![\\p{L}\\d-])");

  /**
   * The mention widened over "og", "och" or "&" to the one name the finder cut there, or null
   * (session 31). The Danish and Swedish models stop a name at a conjunction: "Sund og Bælt" was
   * read as the places "Sund" and "Bælt", "Sydsjællands og Lolland-Falsters Politi" as the place
   * "Sydsjællands", "Ernst & Young" as two persons. Most "X og Y" of the news are two names ("Norge
   * og Sverige", "Putin og Kim", "Oppdal og Rennebu"; in the Danish front pages nearly all of the
   * commonest eighty), and a name that is always written so in a story is no sign of one name
   * ("Sande og Herøy", "Sandra og Tom"), so the run is joined only by what the text itself says:
   * <ul>
   *   <li>"&amp;" between capitalised words makes one name (firms, shows, duos: "Sund &amp; Bælt",
   *       "Simon &amp; Schuster", "Joe &amp; The Juice", "Sex &amp; Samfund"), unless both words beside
   *       it are given names ({@code givenName}: "Harry &amp; Meghan", two people) or both are written
   *       apart from a conjunction elsewhere in the story ({@code apart}: "Obama &amp; Clinton" in a
   *       headline beside "Obama said", "Clinton said"); a person or place so read is retyped ORG;</li>
   *   <li>a suspended compound, the first part ending in a dash, is one name ("Midt- og
   *       Vestsjællands Politi", "Fiskeri- og Kystdepartementet");</li>
   *   <li>an "og"/"och" form the story also writes with "&amp;" ({@code written}: "Sund og Bælt"
   *       beside "Sund &amp; Bælt") is that name, and takes that spelling, so both count as one entry;</li>
   *   <li>two genitives before a shared capitalised head that is an ordinary word ({@code ordinary}:
   *       "Sydsjællands og Lolland-Falsters Politi", "Regionernes og Kommunernes Løndatakontor") name
   *       one institution; not where the two words are one ("Aarhus og Aarhus Universitet") or a
   *       given name ("Truss og Boris Johnson").</li>
   * </ul>
   * A joined run whose head is an ordinary word (a police district, a ministry) is typed ORG;
   * otherwise the mention keeps its type.
   */
  static Mention joinedName(String full, Mention m, Predicate<String> givenName,
      Predicate<String> ordinary, Predicate<String> written,
      Predicate<String> apart) {
    Matcher j = JOINED.matcher(full).region(m.end(), full.length());
    if (!j.lookingAt()) {
      return null;
    }
    String x = m.text().substring(m.text().lastIndexOf(' ') + 1);
    boolean suspended = x.endsWith("-") || !j.group(1).isEmpty();
    x = x.endsWith("-") ? x.substring(0, x.length() - 1) : x;
    if (x.isEmpty() || !Character.isUpperCase(x.charAt(0))) {
      return null;
    }
    String[] ys = j.group(3).split(" ");
    for (int k = 1; k < ys.length; k++) {
      if (givenName.test(ys[k])) {
        ys = Arrays.copyOf(ys, k); // "ved Midt- og Vestsjællands Politi Thomas Kristensen": a person follows
        break;
      }
    }
    int end = j.start(3) + String.join(" ", ys).length();
    String head = ys[ys.length - 1].toLowerCase(Locale.ROOT);
    boolean institution = ys.length >= 2 && Stream.of("", "en", "et", "e", "er")
        .anyMatch(ending -> ordinary.test(head + ending)); // "Politi": "politiet" is an ordinary word
    String text = full.substring(m.start(), end);
    if (j.group(2).equals("&")) {
      if ((givenName.test(x) && givenName.test(ys[0])) || (apart.test(x) && apart.test(ys[0]))) {
        return null; // "Harry & Meghan", "Obama & Clinton" beside "Obama said" and "Clinton said": two people
      }
      boolean personOrPlace = m.type().coarse() == EntityType.PER
          || m.type().coarse() == EntityType.LOC;
      return new Mention(text, personOrPlace ? EntityType.ORG : m.type(), m.start(), end);
    }
    if (suspended && (institution || (ys.length == 1 && INSTITUTION.matcher(ys[0]).matches()))) {
      return new Mention(text, EntityType.ORG, m.start(), end); // "Midt- og Vestsjællands Politi"
    }
    if (suspended) {
      return null; // "Sør- og Østlandet", "Midt- og Vestsjælland": two places, Sørlandet and Østlandet
    }
    Mention firm = firmJoined(full, m, x, ys, j.start(3), givenName);
    if (firm != null) {
      return firm; // "Brødrene Dahl og Co", "Hansen og Søn", "Procter og Gamble A/S": one firm
    }
    for (int k = ys.length; k >= 1; k--) { // "Sund og Bælt" where the story also writes "Sund & Bælt"
      String run = String.join(" ", Arrays.copyOfRange(ys, 0, k));
      if (written.test(m.text() + " & " + run)) {
        return new Mention(m.text() + " & " + run, m.type(), m.start(), j.start(3) + run.length());
      }
    }
    if (institution && x.length() > 2 && x.endsWith("s") && ys[0].endsWith("s") && !x.equals(ys[0])
        && !givenName.test(x) && !givenName.test(ys[0])) {
      return new Mention(text, EntityType.ORG, m.start(), end);
    }
    return null;
  }

  /**
   * Words for a firm's partners written after "og"/"och" in its name ("Brødrene Dahl og Co", "Hansen
   * og Søn", "Berg og Sønner", "Lund og Partnere"): the name is one firm's.
   */
  static final Set<String> FIRM_PARTNERS = Set.of("co", "comp", "kompagni", "compagnie",
      "søn", "sønn", "sønner", "söner", "son", "sons", "døtre", "døtrer", "döttrar", "partnere", "partner", "partners");

  /**
   * Words for a firm's partners written before its name ("Brødrene Dahl og Co", "Bröderna
   * Ljungberg och Son"): taken into a firm's name the text says is one ({@link #firmJoined}) when
   * the finder left them out, as it does a capitalised common word at a sentence start.
   */
  static final Set<String> FIRM_PARTNERS_BEFORE = Set.of("brødrene", "brødr", "brdr",
      "bröderna", "bröd", "søstrene", "systrarna");

  /** A company form after a name ("A/S", "ASA", "AB", "ApS"): the name before it is a firm's. */
  static final Pattern COMPANY_FORM = Pattern.compile(
      " (A/S|AS|ASA|ApS|AB|I/S|K/S|P/S|HB|KB|Oy|Ltd|GmbH|Inc)(?![\\p{L}\\d/])");

  /**
   * The mention "X" widened over "og"/"och" to one firm's name, ORG, or null (session 34): the word
   * after the conjunction is a partners' word ({@link #FIRM_PARTNERS}: "Brødrene Dahl og Co", "Hansen
   * og Søn"), or a company form ({@link #COMPANY_FORM}) follows the words after it ("Procter og Gamble
   * A/S", the form taken into the name). Two names joined by "og" stay two, as the class comment says:
   * a partners' word or a company form is what the text says of one firm, not two given names
   * ("Anna og Per AS" stays two) nor a firm with its own form before "og" ("Halvøya Eiendom AS og
   * Isachsen AS", two firms).
   */
  static Mention firmJoined(String full, Mention m, String x, String[] ys, int ysStart,
      Predicate<String> givenName) {
    int start = partnersBefore(full, m.start());
    if (FIRM_PARTNERS.contains(ys[0].toLowerCase(Locale.ROOT))) {
      Matcher form = COMPANY_FORM.matcher(full).region(ysStart + ys[0].length(), full.length());
      int end = form.lookingAt() ? form.end() : ysStart + ys[0].length(); // "Hansen og Sønner AS"
      return new Mention(full.substring(start, end), EntityType.ORG, start, end);
    }
    if ((givenName.test(x) && givenName.test(ys[0])) || COMPANY_FORM.matcher(" " + x).matches()) {
      return null; // "Anna og Per": two people; "Eiendom AS og Isachsen AS": two firms, each with its form
    }
    for (int k = 1; k <= ys.length; k++) { // "Procter og Gamble A/S", "Procter og Gamble AS": the form ends the name
      int after = ysStart + String.join(" ", Arrays.copyOfRange(ys, 0, k)).length();
      Matcher form = COMPANY_FORM.matcher(full).region(after, full.length());
      if (form.lookingAt()) {
        return new Mention(full.substring(start, form.end()), EntityType.ORG, start, form.end());
      }
    }
    return null;
  }

  /**
   * Where a firm's name that begins at {@code start} in {@code full} really begins: at a partners'
   * word written right before it ({@link #FIRM_PARTNERS_BEFORE}, one space between, with a capital
   * or a stop after an abbreviation: "Brødrene Dahl", "Brdr. Dahl"), else at {@code start}. The
   * finder leaves such a word out at a sentence start ("Brødrene Dahl og Co leverte rørene": "Dahl"),
   * where a capital says nothing of a name.
   */
  static int partnersBefore(String full, int start) {
    int end = start - 1;
    if (end < 1 || full.charAt(end) != ' ') {
      return start;
    }
    int wordEnd = full.charAt(end - 1) == '.' ? end - 1 : end;
    int k = wordEnd;
    while (k > 0 && Character.isLetter(full.charAt(k - 1))) {
      k--;
    }
    if (k == wordEnd || !Character.isUpperCase(full.charAt(k)) || k > 0 && Character.isLetterOrDigit(full.charAt(k - 1))) {
      return start;
    }
    return FIRM_PARTNERS_BEFORE.contains(full.substring(k, wordEnd).toLowerCase(Locale.ROOT)) ? k : start;
  }

  /**
   * The mention widened to a longer name of the story that the text writes around it ({@code
   * longer}: names of two words or more the finders read elsewhere in the story), or the mention
   * itself: "Sea" read in "A Sea King rescue helicopter" where another article
   * reads "Sea King", "Hells" of "Hells Angels", "Hills" of "Hollywood Hills". The finders tag each
   * sentence alone and sometimes stop short inside a name they read whole elsewhere; the text at
   * the mention's place settles that the longer name is meant (both word-aligned: the name must
   * start and end at word boundaries there). The longest such name wins; the mention keeps its own
   * type, and the merger weighs it with the longer name's other readings (taking the longer name's
   * type turned "Glitre Nett", ORG by most of its readings with its parts, into PER). A name
   * widened to the left must not start a sentence there: a capital at a sentence start says
   * nothing of a name ("Skuespiller Billy Crystal", read so once, beside "Billy Crystal"). The
   * words the longer name adds must be no ordinary words ({@code ordinary}: written in lower case in
   * the story, or common words of the language): a finder that read "Skuespiller Billy Crystal" at
   * a sentence start, or "MORE YEAR", must not widen the right readings elsewhere. Only
   * names whose every word is capitalised widen a mention: a longer reading with a lower-case word
   * is often a run of names the finder joined ("Frogn og Nesodden", "Karihaugen i Oslo"), which
   * would swallow the right readings of its parts. A mention that starts inside the previous one's
   * widened span is dropped, so two parts read apart count once.
   */
  static Mention wholerName(String full, Mention m, Set<String> longer,
      Predicate<String> ordinary) {
    Mention best = m;
    for (String name : longer) {
      if (name.length() <= best.text().length() || name.length() <= m.text().length()) {
        continue;
      }
      for (int at = name.indexOf(m.text()); at >= 0; at = name.indexOf(m.text(), at + 1)) {
        int start = m.start() - at;
        int end = start + name.length();
        if ((at > 0 && name.charAt(at - 1) != ' ') || (at + m.text().length() < name.length()
            && name.charAt(at + m.text().length()) != ' ')) {
          continue; // a word of the name, not a part of a word
        }
        String added = (name.substring(0, at) + " " + name.substring(at + m.text().length())).strip();
        if (Arrays.stream(added.split("[\\s&]+")).anyMatch(w -> !w.isEmpty() && ordinary.test(w))) {
          continue; // "Skuespiller Billy Crystal", "The Washington Post's": a common word is no part of the name
        }
        if (start >= 0 && end <= full.length() && full.startsWith(name, start)
            && (start == 0 || !Character.isLetterOrDigit(full.charAt(start - 1)))
            && (end == full.length() || !Character.isLetterOrDigit(full.charAt(end)))) {
          if (at > 0 && ArticleAnalyzer.sentenceStart(full, start)) {
            continue; // "Skuespiller Billy Crystal" at a sentence start: the capital says nothing
          }
          best = new Mention(name, m.type(), start, end);
          break;
        }
      }
    }
    return best;
  }

  /**
   * A person's name without the words a finder took in before it, or null when there are none: a
   * role, a team or a sentence's first word ("Linebacker Steve Foley", "GM Ed Stefanski", "Qualys
   * CTO Wolfgang Kandek", "Charger Vincent Jackson", "Naturally Scott Boras", "Interior Ken
   * Salazar"). The name left starts at a given name ({@code givenName}) and has two words or more;
   * the words dropped hold no given name ("Lars Løkke Rasmussen", "Søren Pape Poulsen" stay whole)
   * and no initial ("W. Mark Felt", "J. Edgar Hoover" stay); and either the story reads the rest as
   * a person's name of its own ({@code person} counts the finders' readings of a name as a person:
   * "Ed Stefanski" beside "GM Ed Stefanski") or each word dropped is written in lower case in the
   * story ({@code lowerWord}: "the linebacker") or is an abbreviation in capitals ("CB", "GM"). The
   * words dropped must not be a place of the story ({@code place}, lower case): "Boston Red Sox"
   * is a team, whatever the finder typed it. A rest that starts with no given name the
   * lists know (they know few English ones: "Vincent" is missing) is taken when the story reads
   * it alone as a person at least as often as the whole ("Charger Vincent Jackson" once, "Vincent
   * Jackson" once), so a full name read now and then without its first given name ("Recep Tayyip
   * Erdogan" beside a rarer "Tayyip Erdogan") stays whole. The English finder joins a capitalised word before a name into it, and the
   * merger shows a person by the fullest variant, so the role word was shown as part of the name;
   * it also kept two readings of one person apart where the surname alone did not join them.
   */
  static String withoutLeadingWords(String text, ToIntFunction<String> person,
      Predicate<String> lowerWord, Predicate<String> givenName,
      Predicate<String> place) {
    String[] words = text.split(" ");
    for (int i = 1; i <= words.length - 2; i++) {
      String w = words[i - 1];
      if (w.isEmpty() || w.matches("\\p{Lu}\\.") || givenName.test(w)) {
        return null; // "W. Mark Felt", "Lars Løkke Rasmussen": the name starts before
      }
      String rest = String.join(" ", Arrays.copyOfRange(words, i, words.length));
      if (place.test(String.join(" ", Arrays.copyOfRange(words, 0, i)).toLowerCase(Locale.ROOT))) {
        return null; // "Boston Red Sox", "Portland Trail Blazers": a place's team or firm
      }
      int alone = person.applyAsInt(rest);
      boolean roles = Arrays.stream(words, 0, i).allMatch(d -> d.matches("\\p{Lu}{1,4}")
          || lowerWord.test(d.toLowerCase(Locale.ROOT))); // "Assistant GM", "Public Defender"
      if (givenName.test(words[i])) {
        return alone > 0 || roles ? rest : null;
      }
      if (alone > 0 && alone >= person.applyAsInt(text)) {
        return rest; // "Charger Vincent Jackson" once, "Vincent Jackson" as often or more: a given name the lists lack
      }
    }
    return null;
  }

  /** A photo credit's label: "Foto:", "Photo:", "Bild:", "Billede:", "Fotograf:", "Foto/". */
  private static final Pattern CREDIT = Pattern.compile(
      "(?iu)\\b(?:foto|photo|bild|billede|fotograf|fotografi|illustrasjon|illustration)\\s*[:/]");

  /** Farthest a name stands from its credit's label ("Foto: © Julien de Rosa, Ritzau Scanpix"). */
  private static final int CREDIT_REACH = 60;

  /**
   * Whether the name at {@code start} stands in a photo credit: after a credit label ({@link
   * #CREDIT}) at most {@value #CREDIT_REACH} characters before it, with no closing parenthesis,
   * line break or sentence end between ("(Foto: © Julien de Rosa, Ritzau Scanpix)", "Foto: NTB
   * Scanpix"). Photographers and picture agencies are not the story's people and organisations;
   * feeds with captions (the Danish front pages' DR texts) repeat them for every picture, so they
   * ranked among a story's first entities. On the Norwegian and Swedish feeds and six Danish
   * front-page days this took 20 story entities away, each from a credit: 13 photographers' names
   * or broken spans of them ("Julia Aga Tangen", "Torgrim Rath Olsen Tirsdagens", "LOEB"), 7
   * agencies and notices ("Scanpix" 4 times, "The Associated Press", "Copyright"); one name of the
   * story moved up into the list in their place. Failure mode: a caption written as "Foto: Erna Solberg
   * på talarstolen" names the person shown, and drops her from that mention.
   */
  static boolean inCredit(String full, int start) {
    int from = Math.max(0, start - CREDIT_REACH);
    Matcher c = CREDIT.matcher(full).region(from, start);
    int label = -1;
    while (c.find()) {
      label = c.end();
    }
    if (label < 0) {
      return false;
    }
    String between = full.substring(label, start);
    return between.indexOf(')') < 0 && between.indexOf('\n') < 0 && !between.contains(". ");
  }

  /** Type a common noun gives the name right after it, by its (compound's) last part, lower case. */
  private static final Map<String, String> CUES = new HashMap<>();
  /** The Danish, Norwegian and Swedish ones: capitalised only at a sentence start, unlike "Club", "Ship". */
  private static final Set<String> SCANDINAVIAN_CUES = new HashSet<>();

  /**
   * The rest of a name whose first word is a bare Scandinavian cue noun ("Rederiet Skagerak
   * Linjer": the finder took the sentence-start noun into the name), when the story also writes
   * the rest as a name of its own ({@code alone}); null otherwise. Names that start with such a
   * noun and are never written without it stay whole ("Foreningen Våre Rovdyr", "Sparebanken Sør",
   * "Fagforbundet Post"), as do English ones ("Club Romedal", "Ship Design").
   */
  static String afterACueNoun(String text, Predicate<String> alone) {
    int space = text.indexOf(' ');
    String noun = space < 0 ? "" : text.substring(0, space).toLowerCase(Locale.ROOT);
    if (!SCANDINAVIAN_CUES.contains(noun) || !noun.matches(".*(?:et|n|a)")) { // definite forms, not "Avis"
      return null;
    }
    String rest = text.substring(space + 1);
    return Character.isUpperCase(rest.charAt(0)) && alone.test(rest) ? rest : null;
  }

  static {
    for (String h : ("rederiet rederi selskapet selskabet selskap selskab bolaget företaget firmaet "
        + "konsernet koncernen partiet klubben klubb avisen avisa avis tidningen tidskriften kanalen mediehuset "
        + "forbundet förbundet foreningen föreningen forening förening organisasjonen organisationen stiftelsen "
        + "byrået byrån bureauet kjeden kedjan kæden banken fondet "
).split(" ")) {
      CUES.put(h, EntityType.ORG.name());
      SCANDINAVIAN_CUES.add(h);
    }
    for (String h : "company firm carrier airline operator newspaper broadcaster club party shipowner".split(" ")) {
      CUES.put(h, EntityType.ORG.name());
    }
    for (String h : "området områdene".split(" ")) { // "havvindområdet Utsira Nord", a sea area
      CUES.put(h, EntityType.LOC.name());
      SCANDINAVIAN_CUES.add(h);
    }
    for (String h : "skipet skibet skeppet fartøyet fartøjet fartyget ferja ferga fergen færgen färjan vessel ship"
        .split(" ")) {
      CUES.put(h, EntityType.MISC.name()); // a ship is MISC as "MS Havørn" is
      if (!h.equals("vessel") && !h.equals("ship")) {
        SCANDINAVIAN_CUES.add(h);
      }
    }
  }

  /**
   * The type the word right before a name says it has ({@link #CUES}): "Rederiet Skagerak Linjer",
   * "flyselskapet Norwegian", "forskningsfartyget G.O. Sars", "the company Equinor", "partiet
   * Høyre". The word must stand right before the name, spaces only between, and be a cue noun or
   * a compound ending in one of at least three more letters ("forskingsskipet", "nyhetsbyrån");
   * null otherwise. A cue the finder took into the name at a sentence start ("Rederiet Skagerak
   * Linjer" as one name) is cut off by the caller and read the same way. A name's type the finder learnt from context it read without such cues; the
   * noun a writer puts before a name is the writer's own statement of what it is.
   */
  static String typeByCue(String full, int start) {
    String w = cueWordBefore(full, start);
    return w == null ? null : cueOf(w);
  }

  /**
   * The word right before a name at {@code start}, spaces only between, when it may be a cue noun:
   * written in lower case, or capitalised at a sentence start, and not the end of a dashed
   * compound; null otherwise.
   */
  private static String cueWordBefore(String full, int start) {
    int e = start;
    while (e > 0 && full.charAt(e - 1) == ' ') {
      e--;
    }
    if (e == start) {
      return null;
    }
    int b = e;
    while (b > 0 && Character.isLetter(full.charAt(b - 1))) {
      b--;
    }
    if (b == e || (b > 0 && full.charAt(b - 1) == '-')
        || (Character.isUpperCase(full.charAt(b)) && !ArticleAnalyzer.sentenceStart(full, b))) {
      return null; // "Lillehammer Næringsforening Eli K. Saastad": a capital mid-sentence makes the word a name's
    }
    return full.substring(b, e);
  }

  /**
   * Scandinavian titles written before a person's name, in lower case: "guvernør", "præsident",
   * "statsminister", "drottning", "pave" (and compounds ending in the longer ones: "justisminister",
   * "vicepræsident", "kronprins").
   */
  private static final Set<String> TITLES = Set.of("præsident", "president", "presidenten", "minister",
      "guvernør", "guvernör", "borgmester", "borgmästare", "ordfører", "ordførar", "senator", "kansler",
      "dronning", "drottning", "kong", "konge", "kung", "prins", "prinsesse", "prinsessa", "pave", "påve", "påven");

  /**
   * Whether a Scandinavian title stands right before the name at {@code start} ({@link #TITLES},
   * {@link #cueWordBefore}): "kritikken hagler mot guvernør Halvik", "præsident Orlov kårer",
   * "pave Klemens" (invented after forms of the feeds, where the finders typed such names LOC or
   * ORG). The writer's title says a person, as a cue noun says a firm or a ship ({@link #typeByCue}),
   * and outweighs the finder's readings of every mention of the name in the story. Only a name of
   * title-case words, none in capitals ("minister SV" is no person). Session 43; figures in the
   * class comment. Failure mode: a title before a place or body it heads, written without a
   * preposition (none found in the feeds read).
   */
  static boolean personByTitle(String full, int start, String name) {
    String w = cueWordBefore(full, start);
    if (w == null || Arrays.stream(name.split(" ")).anyMatch(x -> x.length() < 2 || !Character.isUpperCase(x.charAt(0))
        || x.chars().noneMatch(Character::isLowerCase))) {
      return false;
    }
    String word = w.toLowerCase(Locale.ROOT);
    return TITLES.contains(word) // or a compound ending in one: "justisminister", "vicepræsident", "kronprins"
        || compoundTail(word, t -> TITLES.contains(t) && !t.equals("konge")) != null;
  }

  /** The type a cue noun or a compound ending in one says ({@link #CUES}), or null. */
  static String cueOf(String w) {
    String word = w.toLowerCase(Locale.ROOT);
    if (!word.chars().allMatch(Character::isLetter)) {
      return null;
    }
    String t = CUES.get(word);
    if (t == null) {
      String tail = compoundTail(word, CUES::containsKey);
      t = tail == null ? null : CUES.get(tail);
    }
    return t;
  }

  /**
   * The longest last part of a closed compound that {@code known} accepts: at least five letters, after at least
   * three ("flyselskapet" → "selskapet", "justisminister" → "minister"); null if none. Cue nouns and titles are
   * read through it alike.
   */
  private static String compoundTail(String word, Predicate<String> known) {
    for (int cut = 3; cut <= word.length() - 5; cut++) {
      if (known.test(word.substring(cut))) {
        return word.substring(cut);
      }
    }
    return null;
  }

  /** English nouns of a place after its name: "the Utsira Nord area", "the Valemon field", "Qeshm island". */
  private static final Set<String> PLACE_NOUNS_AFTER = Set.of("area", "areas", "zone", "zones",
      "region", "basin", "island", "islands", "peninsula", "field", "fields");

  /**
   * Whether a lower-case place noun ({@link #PLACE_NOUNS_AFTER}) follows the name ending at {@code
   * end}, after one space, and is not a "field goal": English writes a sea area, an oil field or a
   * region as "the Utsira Nord area", "the Valemon field", "the Pilbara region". The noun is the
   * writer's statement that the name is a place, as a cue noun before it is ({@link #typeByCue});
   * the models read "Utsira Nord" as a person's or an organisation's name ({@link
   * #compassAfterAName}). In ECB+, Google News and the business news, 38 of the 40 most frequent
   * capitalised words before such a noun are places; the others are "The" at a sentence start
   * (no mention) and two "field goal"s of a kicker, left out.
   */
  static boolean placeNounAfter(String full, int end) {
    Matcher next = LOWER_WORD_AFTER.matcher(full).region(end, full.length());
    if (!next.lookingAt() || !PLACE_NOUNS_AFTER.contains(next.group(1))) {
      return false;
    }
    return !full.startsWith(" goal", next.end());
  }

  /**
   * Definite-form heads of Norwegian, Danish and Swedish institution names, counted in the labelled
   * corpora (NorNE nb+nn train, DDT train, Swedish train): one-word names ending in them are ORG in
   * 739 of 752 (10 MISC such as "Finansdepartementet", 3 DRV); none is PER or LOC, so retyping a
   * PER or LOC reading to ORG would be right every time there. "-sentralen" and "-registrene" are
   * not in the corpora as ORG (two DRV "-sentralen" words); they are kept by analogy with
   * "-registeret" (6 ORG).
   * "-tinget" (Stortinget is LOC in NorNE) and "-rådet" (matches "området") are left out.
   */
  private static final Pattern INSTITUTION = Pattern.compile(
      "\\p{Lu}\\p{L}{3,}(?:sentralen|direktoratet|tilsynet|registeret|registrene|verket|kommisjonen|kommissionen"
          + "|departementet|forbundet|förbundet|partiet|styrelsen|nämnden|myndigheten|foreningen|föreningen|ministeriet"
          + "|inspektionen|etaten|vesenet|instituttet)");

  /**
   * Whether a one-word name typed PER or LOC is a closed compound ending in a definite-form
   * institution noun ({@link #INSTITUTION}: "Hovedredningssentralen", "Brønnøysundregistrene",
   * "Veitrafikksentralen"): no person and no place, an organisation.
   */
  static boolean institution(String text, String type) {
    return (type.equals(EntityType.PER.name()) || type.equals(EntityType.LOC.name()))
        && INSTITUTION.matcher(text).matches();
  }

  /**
   * Whether a name is a closed compound ending in a definite-form noun of an event ({@link #EVENT}:
   * "Arendalsuka", "Almedalsveckan", "Ukrainakriget", "Stortingsvalget", "Øyafestivalen") and typed
   * anything but MISC: the models read the place or country inside it ("Arendal", "Ukraina") and
   * type the whole word a place. NorNE and the Swedish corpus type such events MISC (EVT), so the
   * caller does. The week nouns only after -s or -e ("Arendalsuka", "Påskeuka"), since place names
   * end in "-haugen" ("Maihaugen", "Sydneshaugen"); elections not after "ut"/"ud": "Europautvalet",
   * "Kongresudvalget" are committees; "-legene" (games in Danish) is left out, being "the doctors"
   * in Norwegian ("Fastlegene"). In the texts of the Norwegian and Swedish feeds, the Norwegian
   * archive and a 4,000-line slice of the Danish front pages 29 distinct capitalised words match
   * (Agderkonferansen, Folketingsvalget, Världsungdomsspelen, Golfkrigen, Beredskapsveckan,
   * Arendalsuka, ...), each an event; a first draft without these limits also matched 18 that are
   * not (5 places in -haugen, 10 committees, "Fastlegene", "Hjärtsjuka", "Ordbruken").
   * Failure mode: a place whose name ends so ("-dagen" is left out for that).
   */
  static boolean event(String text, String type) {
    return !type.equals(EntityType.MISC.name()) && EVENT.matcher(text).matches();
  }

  /**
   * Whether a name typed anything but a place is a place by its own head noun (session 30): a
   * Scandinavian closed compound ending in the definite form of a sea, fjord, bay, sound, river,
   * lake or mountain ({@link #WATER_OR_LAND}: "Nordsjøen", "Østersjön", "Oslofjorden",
   * "Austdalsvatnet"), or an English name of two words or
   * more ending in such a head ({@link #ENGLISH_PLACE_HEADS}: "Baltic Sea", "Hollywood Hills",
   * "Potomac River") or opening "Gulf of", "Sea of", "Bay of", "Isle of", "Strait of" ("Gulf of
   * Mexico"). In NorNE (bokmål and nynorsk train) one-word names ending in these Norwegian heads
   * are LOC 135 times of 135 (-havet 16, -fjorden 24, -sjøen 14, -fjellet 16, -vika 7, -elva 7,
   * -vatnet 8, -øya 23 less 3 events, left out for them); the bare forms ("-sund", "-dal") and
   * "-dalen" are surnames too (PER 19 and 6 times) and are not taken. An English head after a
   * given name is a person ("Frank Ocean", "Charles River" the firm), and "Bay" and "Lake" are
   * left out: "Michael Bay", "Ricki Lake", and "Tampa Bay", "Green Bay" name teams in sports news;
   * so is "Valley", which took "Missouri Valley" of the Missouri Valley Conference for a place.
   * The models type such names by their context and took "Hollywood Hills" for a person. Failure
   * modes: a firm or ship named after a sea ("Nordsjøen" as a vessel), a person whose given name
   * the lists lack before an English head.
   */
  static boolean waterOrLand(String text, String type, Predicate<String> givenName) {
    if (type.equals(EntityType.LOC.name())) {
      return false;
    }
    String[] words = text.split(" ");
    if (words.length == 1) {
      return WATER_OR_LAND.matcher(text).matches();
    }
    if (words.length >= 3 && ENGLISH_PLACE_OF.contains(words[0]) && words[1].equals("of")) {
      return true; // "Gulf of Mexico", "Sea of Japan"
    }
    return ENGLISH_PLACE_HEADS.contains(words[words.length - 1]) && !givenName.test(words[0])
        && Arrays.stream(words).allMatch(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)));
  }

  /**
   * The one name of the story ({@code longer}: its names of two words or more) that ends in the
   * place head {@code head} and is a place by {@link #waterOrLand} ("Hollywood Hills" for a "Hills"
   * the finder read alone where a headline starts "Hollywood Hills brenner"), or null when none or
   * several do: a head alone is no name.
   */
  static String placeEndingIn(String head, Collection<String> longer, Predicate<String> givenName) {
    List<String> places = longer.stream().filter(n -> n.endsWith(" " + head)
        && waterOrLand(n, EntityType.MISC.name(), givenName)).toList();
    return places.size() == 1 ? places.get(0) : null;
  }

  /** Definite forms of sea, fjord, bay, sound, river, lake and mountain nouns as a compound's last part, after three letters. */
  private static final Pattern WATER_OR_LAND = Pattern.compile(
      "\\p{Lu}\\p{L}{2,}(?:sjøen|sjön|søen|havet|fjorden|fjärden|bukta|bugten|sundet|elva|elven|älven|vatnet|vannet"
          + "|fjellet|fjället)");

  /** English heads of a place's name, last: seas, oceans, hills, rivers, islands, straits. */
  private static final Set<String> ENGLISH_PLACE_HEADS = Set.of("Sea", "Ocean", "Hills", "Mountains",
      "River", "Islands", "Isles", "Strait", "Straits", "Gulf", "Peninsula", "Desert", "Canyon", "Fjord");

  /** English heads of a place's name before "of": "Gulf of Mexico", "Sea of Japan". */
  private static final Set<String> ENGLISH_PLACE_OF = Set.of("Gulf", "Sea", "Bay", "Isle", "Strait", "Straits");

  /** Definite-form event nouns as a compound's last part, after at least four letters (see {@link #event}). */
  private static final Pattern EVENT = Pattern.compile(
      "\\p{Lu}\\p{L}{3,}(?:(?<=[se])(?:uka|uken|ugen)|veckan|kriget|krigen|festivalen|konferansen|konferencen"
          + "|konferensen|lekene|spelen|mesterskapet|mesterskabet|mästerskapet|(?<!ut|ud)(?:valget|valet))");

  /** Dashes that join the places of a route: en dash, em dash, hyphen. */
  private static final String ROUTE_DASH = "[\u2013\u2014-]";

  /** Two or three capitalised words, each a name's one word, joined by dashes without spaces: "Bodø–Moskenes". */
  private static final Pattern ROUTE = Pattern.compile(
      "\\p{Lu}\\p{Ll}+(?:" + ROUTE_DASH + "\\p{Lu}\\p{Ll}+){1,2}");

  /**
   * Whether a name is written as a route: places joined by dashes ({@link #ROUTE}: "Bodø–Moskenes",
   * "Oslo-Bergen"). The caller types it a place (LOC), the same in every mention, when a route noun
   * stands before it ({@link #routeNounBefore}: "sambandet Bodø–Moskenes") or the story names each
   * part as a place on its own; the models, seeing one unknown token, type it ORG or PER. A route
   * is typed LOC, not MISC, because its parts are, and the view lists it beside them. Names so
   * written that are no route ("Rynning-Tønnesen", "Bodø-Glimt") have a part the story never
   * calls a place, and no route noun before them.
   */
  static boolean route(String text) {
    return ROUTE.matcher(text).matches();
  }

  /** Nouns of a route or a connection between places, definite forms, as a compound's last part too. */
  private static final Set<String> ROUTE_NOUNS = Set.of("sambandet", "strekningen",
      "strækningen", "sträckan", "ruten", "rutten", "rutan", "ruta", "linja", "linjen", "route", "line", "road",
      "flight", "flyruten", "flygningen");

  /** Whether the word right before {@code start} (spaces only between) is a route noun or ends in one ("fergesambandet"). */
  static boolean routeNounBefore(String full, int start) {
    int e = start;
    while (e > 0 && full.charAt(e - 1) == ' ') {
      e--;
    }
    int b = e;
    while (b > 0 && Character.isLetter(full.charAt(b - 1))) {
      b--;
    }
    if (b == e || e == start) {
      return false;
    }
    String w = full.substring(b, e).toLowerCase(Locale.ROOT);
    return ROUTE_NOUNS.stream().anyMatch(n -> w.equals(n) || w.length() >= n.length() + 3 && n.length() >= 5 && w.endsWith(n));
  }

  /** Whether a lower-case word is a common noun of {@code lang}'s news or a head word of organisations' names. */
  static Predicate<String> commonNoun(Language lang) {
    CommonWords common = CommonWords.of(lang);
    return w -> common.contains(w) || CapitalisedNameRecognizer.organisationWord(w);
  }

  /**
   * Role nouns written before a person's name ("representative", "spokesman", "talsmann",
   * "tillidsrepræsentant"), lower case; the Scandinavian ones also as a compound's last part.
   */
  private static final Set<String> ROLE_NOUNS = Set.of("representative", "spokesman",
      "spokeswoman", "spokesperson", "leader", "chief", "official", "secretary", "chairman", "chairwoman", "chair",
      "president", "head", "boss", "member", "steward", "negotiator", "lawyer", "director", "manager", "officer",
      "commander");
  private static final Set<String> SCANDINAVIAN_ROLE_NOUNS = Set.of("talsmann", "talskvinne",
      "talsperson", "talsmand", "talskvinde", "talesmand", "talesperson", "tillitsvalgt", "tillidsrepræsentant",
      "leder", "leiar", "sjef", "chef", "formann", "formand", "ordförande", "ordfører", "direktør", "direktör",
      "advokat", "sekretær");

  /**
   * Whether the one title-case word at {@code start}..{@code end}, which the caller knows starts a
   * sentence, is a common noun ({@code common}, lower case) right before a lower-case role noun
   * ({@link #ROLE_NOUNS}, {@link #SCANDINAVIAN_ROLE_NOUNS}) and a capitalised word: "Union
   * representative Soren Kjaergaard said", "Police spokesman Dave Lee". The word says whose representative the person is; it is no name, though the models and the
   * gazetteer ("Union" ORG) read it as one. Names before a role ("Labour leader Keir Starmer",
   * "Pentagon spokesman John Kirby") are no common nouns and stay.
   */
  static boolean commonNounBeforeARole(String full, int start, int end, Predicate<String> common) {
    String word = full.substring(start, end);
    if (!word.matches("\\p{Lu}\\p{Ll}+") || !common.test(word.toLowerCase(Locale.ROOT))) {
      return false;
    }
    Matcher m = ROLE_AFTER.matcher(full).region(end, full.length());
    if (!m.lookingAt()) {
      return false;
    }
    String role = m.group(1);
    return ROLE_NOUNS.contains(role) || SCANDINAVIAN_ROLE_NOUNS.stream().anyMatch(r -> role.equals(r)
        || role.length() >= r.length() + 3 && role.endsWith(r)); // "pressetalsmand", "forbundsleder"
  }

  /** A space, a lower-case word, spaces, and a capital: the role noun and the name's first letter. */
  private static final Pattern ROLE_AFTER = Pattern.compile(" (\\p{Ll}+) +\\p{Lu}");

  /** Direction words that are also parties' names: Norwegian and Danish "Høyre"/"Højre", "Venstre"; Swedish "Höger", "Vänster". */
  private static final Set<String> SIDES = Set.of("Høyre", "Høgre", "Højre", "Venstre", "Höger", "Vänster");

  /** Nouns a side qualifies: lanes, tracks, sides, hands and limbs (lower case; as a compound's last part too). */
  private static final Set<String> SIDE_NOUNS = Set.of("felt", "fil", "fila", "filen", "spor",
      "side", "sida", "siden", "sidan", "hånd", "hand", "handen", "arm", "armen", "ben", "benet", "bein", "beinet",
      "fot", "fod", "foden", "foten", "kne", "knæ", "knä", "øye", "øje", "öga", "øre", "öra", "kant", "hjørne",
      "sving", "svingen", "bane", "banen", "back", "vinge", "ving", "fløy", "fløj", "flygel");

  /**
   * Whether the mention at {@code start}..{@code end}, which the caller knows starts a sentence, is
   * a side ({@link #SIDES}) before a lower-case noun it qualifies ({@link #SIDE_NOUNS}, or a
   * compound ending in one: "kjørefelt"): "Høyre felt er stengt", "Venstre spor er spærret" say
   * right lane, left track, not the party. Written mid-sentence the side is in lower case; at a
   * sentence start the models read the party. A party before a verb or a preposition ("Venstre
   * vil", "Høyre i Oslo") stays. In all four Scandinavian sets a side and a following word match
   * 17 times in 7 phrases ("Høyre felt", "Venstre spor", "Højre back", "Venstre fløj"), each a side,
   * none a party; "Venstre vil" alone occurs 41 times. Failure mode: "Høyre fløy" as a party's
   * right wing is the side too, rightly or not.
   */
  static boolean sideBeforeANoun(String full, int start, int end) {
    if (!SIDES.contains(full.substring(start, end)) || end + 1 >= full.length() || full.charAt(end) != ' ') {
      return false;
    }
    int b = end + 1;
    int e = b;
    while (e < full.length() && Character.isLetter(full.charAt(e))) {
      e++;
    }
    String w = full.substring(b, e);
    if (w.isEmpty() || !w.chars().allMatch(Character::isLowerCase)) {
      return false;
    }
    return SIDE_NOUNS.contains(w) || SIDE_NOUNS.stream().anyMatch(n -> n.length() >= 3 && w.length() >= n.length() + 3 && w.endsWith(n));
  }

  private static final Set<String> COMPASS = Set.of("Nord", "Sør", "Syd", "Øst", "Vest", "Nordre",
      "Søndre", "Norra", "Södra", "Östra", "Västra", "North", "South", "East", "West");

  /**
   * Whether a name of two words or more typed PER ends in a compass word ("Torghatten Nord", "Helse
   * Vest", "Region Syd"): no person's name does. In the labelled corpora such names are ORG 23
   * times, LOC once ("Central Park West"), PER never; so the caller types them ORG. Failure mode: a
   * place so named ("Utsira Nord", a sea area) becomes an organisation instead of a person, wrong
   * either way, unless a place noun before or after it says it is a place ({@link #placeNounAfter}).
   */
  static boolean compassAfterAName(String text, String type) {
    int space = text.lastIndexOf(' ');
    return space > 0 && type.equals(EntityType.PER.name()) && COMPASS.contains(text.substring(space + 1));
  }

  /**
   * Keys of an article's source as a name, lower case, without spaces and hyphens: the whole
   * source ("ekstrabladet" of "Ekstra Bladet"), a web domain without "www." and its top-level
   * domain ("svt" of "svt.se", "expressen" of "expressen.se"), and a first word in capitals
   * ("svt" of "SVT Nyheter").
   */
  static Set<String> sourceNames(String source) {
    Set<String> out = new HashSet<>();
    if (source == null || source.isBlank()) {
      return out;
    }
    String s = source.strip();
    if (s.matches("(?i)(www\\.)?[\\p{L}0-9-]+\\.[a-z]{2,4}")) {
      s = s.replaceFirst("(?i)^www\\.", "");
      s = s.substring(0, s.lastIndexOf('.'));
    }
    out.add(s.toLowerCase(Locale.ROOT).replaceAll("[\\s-]", ""));
    String firstWord = s.split("\\s+")[0];
    if (firstWord.length() >= 2 && firstWord.length() < s.length() && firstWord.equals(firstWord.toUpperCase(Locale.ROOT))) {
      out.add(firstWord.toLowerCase(Locale.ROOT));
    }
    out.removeIf(k -> k.length() < 2);
    return out;
  }

  /**
   * Whether a name is one of the story's sources ({@link #sourceNames}) or its genitive: a news
   * outlet, an organisation. PER and MISC readings are retyped; a LOC reading only in the genitive
   * ("Expressens") or in capitals ("SVT"), as many local papers are named after their place
   * ("nordhordland.no", "hadeland.net") and their place is named in their stories.
   */
  static boolean source(String text, String type, Set<String> sources) {
    if (type.equals(EntityType.ORG.name()) || sources.isEmpty()) {
      return false;
    }
    String key = text.toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
    boolean genitive = key.length() > 3 && key.endsWith("s") && sources.contains(key.substring(0, key.length() - 1));
    if (!sources.contains(key) && !genitive) {
      return false;
    }
    return !type.equals(EntityType.LOC.name()) || genitive
        || text.equals(text.toUpperCase(Locale.ROOT));
  }

  /**
   * Whether the one word at {@code start}..{@code end} of {@code full} is a dateline: the first
   * word of a paragraph (the lead after the title, or the title), four letters or more in capitals
   * throughout, then ".", "," or ":" and a space ("PHOENIX, Arizona.", "HARMÅNGER. En person har
   * ...", "STANGE: Det blir ..."). Swedish and Norwegian papers open a lead with the place it is
   * written from; the models, taught on running text, read such a word as an organisation (Phoenix,
   * Glendale, Röste, Stange in the stories of the two feeds), so the caller types it a place, or
   * drops it where it is a common word, a section label ("KOMMENTAR:", "DEBATT:", "KRIG:").
   * Acronyms of three letters ("NAV:", "SVT:", "USA") are left to the model. On the whole Swedish
   * and Norwegian feeds this retyped 14 story entities from ORG to LOC: 12 places rightly (Phoenix,
   * Glendale, Röste, Harmånger, Stjärnsund, Eskilstuna, Stange twice, Porsgrunn, Skien, Tinn,
   * Telemark) and 2 section labels the common-word lists lack ("HELSE:",
   * "AKTIVISME:"), wrong before and after; the Danish front pages and the Norwegian archive have
   * none. Failure mode: a longer acronym or a person's surname as a label ("UEFA:", "STOLTENBERG:")
   * is typed a place.
   */
  static boolean dateline(String full, int start, int end) {
    if (end - start < 4 || end + 1 >= full.length() || ".,:".indexOf(full.charAt(end)) < 0
        || full.charAt(end + 1) != ' ') {
      return false;
    }
    for (int i = start; i < end; i++) {
      char c = full.charAt(i);
      if (!Character.isLetter(c) || !Character.isUpperCase(c)) {
        return false;
      }
    }
    int i = start - 1;
    while (i >= 0 && (full.charAt(i) == ' ' || full.charAt(i) == '\t')) {
      i--;
    }
    return i < 0 || full.charAt(i) == '\n';
  }

  /**
   * The person a mention names after a nationality adjective ({@link
   * Countries#isNationality}) that starts it, when the next word is a given name
   * ({@code givenName}: {@link EntityRecognizer#knownFirstName}): "Svenska Lisa Brandholm" is Lisa Brandholm, "Svenske Nils" Nils (invented);
   * null otherwise. The Swedish model reads a headline's or sentence's "Svenska" before a name as
   * the start of an organisation's name ("Svenska Dagbladet", "Svenska Spel"), and types the whole
   * run ORG. Names of organisations after the adjective are kept whole: their next word is no given
   * name ("Svenska Spel", "Norske Skog", "Danske Bank"). On the whole Swedish and Norwegian feeds and
   * 6,000 Danish front-page items this changed 4 story entities (persons written after "Svenska",
   * typed ORG), each rightly, though one of them, a given name the lists lack, changed only with the rule below;
   * "Svenska Jas" (the fighter) stays. The story view also takes as a given name the first word of a
   * person's name of two or more words the finders read elsewhere in the story, when the story never
   * writes it in lower case ("Svenska Amrit Jovanovski" beside "Amrit Jovanovski", invented; the lists lack
   * many given names from outside Scandinavia). On the three labelled days, the whole Swedish and Norwegian
   * feeds, Danish front pages 24,001-28,000 and ECB+ dev this changed one story's list (the same story on
   * the Swedish day and in its feed: the person read once with "Svenska" before the name, typed ORG, now
   * counted with the person), rightly.
   */
  static String withoutNationality(String text, Predicate<String> givenName) {
    String[] words = text.split(" ");
    if (words.length < 2 || !titleCase(words[0]) || !Countries.isNationality(words[0])
        || !givenName.test(words[1])) {
      return null;
    }
    return text.substring(words[0].length() + 1);
  }

  /**
   * Where the person starts in a run the finder read as one organisation or place, an institution's
   * name and the person speaking for it ("vagtchef ved Vestegnens Politi Jonas Krogh", invented):
   * the index of the person's first word when a capitalised word that is no given name is followed
   * by a given name ({@code givenName}: {@link
   * EntityRecognizer#knownFirstName}) and at least one more capitalised word; -1 otherwise. The
   * run's first word must be no given name ("Hans Christian Andersen" typed ORG stays whole). A
   * one-word run before the person is a role, left out ("Statsminister Mette Frederiksen" read as an
   * organisation at a sentence start), and only when it is a common word of the language's news of
   * six letters or more ("Dette", "Disse" are determiners) ({@code common}, given the lower-case form: {@link CommonWords}; "San
   * Francisco Bay" and "Det Hvide Hus", whose "Hvide" the gazetteer holds as a given name, stay
   * whole); a longer one is the institution, kept. No word after the given name may be an
   * initial ("Jumaane D. Williams" stays whole), and the story view tries this in Scandinavian
   * text only (on ECB+ dev it cut "Mount Cook National Park" and "Jumaane D. Williams" for one
   * right split, "Tony Reagins"). Failure mode: a person's given name the lists
   * lack before one they hold ("Sydbank Mikkel Emil Jensen" split after "Mikkel"). The Danish police's press quotes name the duty officer right after the district so, 51
   * times in the Danish front pages; the finder reads the run as one organisation, so the officer
   * was shown as part of the police's name and apart from his surname read alone.
   */
  static int personAfterAnInstitution(String text, Predicate<String> givenName,
      Predicate<String> common) {
    String[] words = text.split(" ");
    if (words.length < 3 || givenName.test(words[0])) {
      return -1;
    }
    int at = words[0].length() + 1;
    for (int i = 1; i <= words.length - 2; i++) {
      String before = words[i - 1];
      if (!before.isEmpty() && Character.isUpperCase(before.charAt(0)) && !givenName.test(before)
          && (i > 1 || (before.length() >= 6 && common.test(before.toLowerCase(Locale.ROOT))))
          && givenName.test(words[i])
          && Arrays.stream(words, i + 1, words.length)
              .allMatch(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !w.endsWith("."))) {
        return at;
      }
      at += words[i].length() + 1;
    }
    return -1;
  }

  /** A word right after a mention, lower case: "vessel" of "Norwegian vessel", not "-flagged" or "Navy". */
  private static final Pattern LOWER_WORD_AFTER = Pattern.compile(" (\\p{Ll}+)\\b");

  /** A capitalised word right after: "Yemeni" of "Somali and Yemeni pirates". */
  private static final Pattern CAPITALISED_AFTER = Pattern.compile(" (\\p{Lu}\\p{Ll}+)\\b");

  /**
   * English verbs, adverbs and function words that follow a firm's name or a demonym used as a noun,
   * not a demonym's noun: "Norwegian said", "Norwegian will", "the 40-year-old American never recovered".
   */
  private static final Set<String> VERB_AFTER = Set.of("said", "says", "say", "will", "would",
      "has", "had", "have", "is", "was", "were", "are", "can", "could", "may", "might", "must", "should", "did",
      "does", "also", "plans", "wants", "expects", "sees", "reports", "posted", "cut", "cuts", "and", "or", "to",
      "of", "in", "on", "at", "for", "with", "by", "from", "as", "the", "a", "an", "never", "now", "still", "then",
      "later", "who", "which", "won", "lost", "took", "made", "gave", "got", "went", "came", "told", "left", "fell",
      "held", "became", "began");

  /**
   * Whether the one-word mention {@code full[start, end)} is a demonym ({@link
   * Countries#isDemonym}: "Norwegian", "Australian", "Iranian"), and no country's
   * name ("Kongo" is a language and the country in Norwegian), used as an adjective: a lower-case
   * word follows it ("the Norwegian research vessel G.O. Sars", "Japanese
   * utilities"). CoNLL types such words MISC, and the English finders list them, but a who/where
   * list is for the people, places and organisations of the story: a nationality before a noun
   * names none of them, and the country, where it matters, is named in its own right. Whatever the
   * finder's type: the English finder types "Norwegian" ORG (the airline) and the display retypes
   * it MISC. A following verb, adverb or function word ({@link #VERB_AFTER}: "Norwegian said",
   * "Norwegian and SAS") keeps the mention, unless "and" or "or" joins it to another adjectival
   * demonym ("Somali and Yemeni pirates"), as do demonyms in longer names ("Norwegian Refugee
   * Council", "Danish Labour Court"), a demonym as a noun ("two Norwegians"), a language ("written
   * in Norwegian.") and words that are no demonym ("Sea" of "Sea King"). The caller asks this of
   * English text only: Scandinavian, German and Spanish write demonyms in lower case, and there a
   * capitalised word before a lower-case one is a name ("Kongo er ..."). Dropping was
   * chosen over counting the word toward its country: a country the story only describes with an
   * adjective is seldom where the story happens ("Japanese utilities" in a report on Australian
   * gas). Failure modes: an airline or firm named by a demonym before a verb the list lacks
   * ("Norwegian flies") is dropped from that mention; a demonym before a noun in a headline written
   * in title case ("Norwegian Ferry Evacuated") is kept.
   */
  static boolean adjectivalDemonym(String full, int start, int end) {
    return adjectivalDemonym(full, start, end, p -> false);
  }

  /**
   * As {@link #adjectivalDemonym(String, int, int)}, also for a demonym in capitals ("AN AUSTRALIAN
   * climber", "NORWEGIAN FERRY EVACUATED"), for one before a capitalised word in a line written in
   * title case ({@link #titleCaseLine}: "Norwegian Ferry Evacuated After Fire"; the next word is
   * read in lower case), and for the demonym of a place the story names ({@code place}, lower case:
   * "Sicilian" of Sicily, "Alaskan" of Alaska, "Athenian" of Athens; {@link #placeDemonym}),
   * which the country lists lack.
   */
  static boolean adjectivalDemonym(String full, int start, int end, Predicate<String> place) {
    String text = full.substring(start, end);
    boolean capitals = text.length() >= 4 && text.chars().allMatch(Character::isUpperCase);
    if (text.indexOf(' ') >= 0 || !(titleCase(text) || capitals)
        || !(Countries.isDemonym(text) || placeDemonym(text, place))
        || Countries.isCountry(text)) {
      return false;
    }
    Matcher next = LOWER_WORD_AFTER.matcher(full).region(end, full.length());
    String word;
    int after;
    if (next.lookingAt()) {
      word = next.group(1);
      after = next.end();
    } else {
      Matcher any = ANY_WORD_AFTER.matcher(full).region(end, full.length());
      if (!any.lookingAt() || !(capitals && any.group(1).chars().allMatch(Character::isUpperCase)
          || titleCaseLine(full, start))) {
        return false; // "Norwegian Refugee Council" mid-sentence: a name's first word
      }
      word = any.group(1).toLowerCase(Locale.ROOT);
      after = any.end();
    }
    if (word.equals("and") || word.equals("or")) { // "Somali and Yemeni pirates": as the demonym after
      Matcher other = ANY_WORD_AFTER.matcher(full).region(after, full.length());
      return other.lookingAt() && Character.isUpperCase(other.group(1).charAt(0))
          && adjectivalDemonym(full, other.start(1), other.end(1), place);
    }
    return !VERB_AFTER.contains(word) && !word.endsWith("ed");
  }

  /** A word right after a mention, any case: "Ferry" of "Norwegian Ferry", "FERRY". */
  private static final Pattern ANY_WORD_AFTER = Pattern.compile(" (\\p{L}+)\\b");

  /**
   * Whether the line holding {@code at} is written in title case: of its words of four letters or
   * more, at least three start with a capital, and all do, or all but one when five or more do
   * ("Norwegian Ferry Evacuated After Engine Fire"; not "The Norwegian Refugee Council said so"). There a capital says nothing of a name, and a demonym before a capitalised word
   * is read as before a lower-case one.
   */
  static boolean titleCaseLine(String full, int at) {
    int from = full.lastIndexOf('\n', at) + 1;
    int to = full.indexOf('\n', at);
    Matcher w = WORD.matcher(full).region(from, to < 0 ? full.length() : to);
    int long4 = 0;
    int capital = 0;
    while (w.find()) {
      if (w.group().length() >= 4) {
        long4++;
        capital += Character.isUpperCase(w.group().charAt(0)) ? 1 : 0;
      }
    }
    return capital >= 3 && (capital == long4 || capital >= 5 && capital == long4 - 1);
  }

  /**
   * Whether {@code word} is an English demonym of a place {@code place} accepts (lower case): the
   * word less "n", "an" or "ian", plus nothing, "a", "y" or "s" ("Alaska-n", "Sicil-ian" of Sicily,
   * "Athen-ian" of Athens, "Californian"). Regions and cities have demonyms too, and the story
   * that uses one names the place.
   */
  static boolean placeDemonym(String word, Predicate<String> place) {
    String w = word.toLowerCase(Locale.ROOT);
    for (String end : new String[] {"n", "an", "ian"}) {
      if (w.length() > end.length() + 3 && w.endsWith(end)) {
        String stem = w.substring(0, w.length() - end.length());
        for (String add : new String[] {"", "a", "y", "s"}) {
          if (!(stem + add).equals(w) && place.test(stem + add)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** After a one-word mention, a capitalised word that goes on with it: " Tuesday" of "Patch Tuesday", " - It" of "Fix - It". */
  private static final Pattern NAME_GOES_ON = Pattern.compile("(?: - | )[\\p{Lu}\\d]");

  /**
   * Whether a one-word mention is a word the story also writes in lower case ({@code lower}) that
   * the finder cut from a longer run of capitalised words (session 30): "Patch" of "its normal
   * Patch Tuesday", "Fix" of "install the Fix - It". Such a mention says nothing of the word being
   * a name of its own, so the caller counts it as written at a sentence start, and the rule for
   * ordinary words at starts ({@link #ordinaryWordsAtStart}) drops the word when the story never
   * writes it otherwise mid-sentence. A name the story writes alone mid-sentence once stays.
   */
  static boolean cutFromALongerName(String full, Mention m, Predicate<String> lower) {
    return m.text().indexOf(' ') < 0 && titleCase(m.text()) && lower.test(m.text().toLowerCase(Locale.ROOT))
        && NAME_GOES_ON.matcher(full).region(m.end(), full.length()).lookingAt();
  }

  /** Between the words of a name: a space, or a dash with or without spaces ("Fix - It", "Fix-it"). */
  private static final String NAME_JOIN = "(?: ?- ?| )";

  /**
   * A one-word mention of a word the story writes in lower case ({@code lower}), widened to the
   * longer name of the story ({@code longer}) that it and the words after it spell, whatever their
   * case and whether joined by a space or a dash; null when there is none (session 30, round 2).
   * "Fix" of "install the Fix - It", "The Fix it is" and "This Fix it will" is the tool the story's
   * other mentions read as "Fix It": the English finder cut the word from it, and "Fix" was listed
   * beside "Fix It" (×10 and ×11 in an ECB+ story). {@link #wholerName} does not widen so: it asks
   * the words added to be no ordinary words, and "it" is one. Only an ordinary word is widened so,
   * which alone says nothing of a name; the longest name wins. A word cut from a run the finders
   * never read whole ("Patch" of "Patch Tuesday") is left to {@link #cutFromALongerName}.
   */
  static Mention continuedName(String full, Mention m, Set<String> longer,
      Predicate<String> lower) {
    if (m.text().indexOf(' ') >= 0 || !titleCase(m.text()) || !lower.test(m.text().toLowerCase(Locale.ROOT))) {
      return null;
    }
    Mention best = null;
    for (String name : longer) {
      String[] words = name.split(" ");
      if (words.length < 2 || !words[0].equals(m.text()) || (best != null && best.text().length() >= name.length())) {
        continue;
      }
      StringBuilder rest = new StringBuilder();
      for (int i = 1; i < words.length; i++) {
        rest.append(NAME_JOIN).append("(?iu:").append(Pattern.quote(words[i])).append(')');
      }
      Matcher on = Pattern.compile(rest + "(?![\\p{L}\\d])").matcher(full)
          .region(m.end(), full.length());
      if (on.lookingAt()) {
        best = new Mention(name, m.type(), m.start(), on.end());
      }
    }
    return best;
  }

  /**
   * Mentions with a one-word MISC surname retyped a person, when the story names exactly one
   * person of two words ending in it whose first word is a given name by the story's own writing
   * (session 30): "Hefner" (MISC ×4 by the English finder) beside "Hugh Hefner" (PER ×8), whose
   * given name the lists lack, so the merger's rule for MISC surnames ({@code ShortNames}, which
   * asks for a known given name or a title) left it apart. The first word must be written
   * capitalised only (not in the story's lower-case words {@code lower}), be no common word of the
   * language, no place of the story ({@code places}, lower case), no country or demonym, and the
   * person must be named mid-sentence once: without these the English finder's person-typed runs
   * ("Breaking Watergate", "Detroit Lions", "Sicilian Mafia", "Transport Cabinet") would take
   * their last words. The merger then joins the surname to the person as it does any one-word
   * person's name.
   */
  static List<Found> surnamesOfPeople(List<Found> found, Set<String> lower, Set<String> places,
      List<String> texts) {
    Map<String, Set<String>> people = new HashMap<>(); // surname -> persons of two words named so
    Set<String> inside = new HashSet<>();
    found.stream().filter(Found::inside).forEach(f -> inside.add(f.text()));
    for (Found f : found) {
      String[] w = f.text().split(" ");
      if (f.type().equals(EntityType.PER.name()) && w.length == 2 && inside.contains(f.text())
          && storyGivenName(w[0], f.lang(), lower, places) && titleCase(w[1])) {
        people.computeIfAbsent(w[1], x -> new TreeSet<>()).add(f.text());
      }
    }
    if (people.isEmpty()) {
      return found;
    }
    List<Found> out = new ArrayList<>(found.size());
    for (Found f : found) {
      Set<String> p = people.get(f.text());
      boolean surname = p != null && p.size() == 1 && f.type().equals(EntityType.MISC.name())
          && !lower.contains(f.text().toLowerCase(Locale.ROOT))
          && !Countries.isDemonym(f.text()) && !Countries.isNationality(f.text())
          && (saysOrOwns(texts, f.text()) || saysOrOwns(texts, p.iterator().next()));
      out.add(surname ? new Found(f.text(), EntityType.PER.name(), f.lang(), f.inside()) : f);
    }
    return out;
  }

  /** After a person's name: a verb of saying or dying, or an English genitive: "Hefner said", "Meyer's". */
  private static final String PERSON_AFTER = "(?:,? (?:said|says|told|asked|added|wrote|recalled|died|sier|sa|säger|sade|"
      + "siger|sagde)\\b|['’]s\\b)";

  /** Whether some text writes {@code name}, not inside a longer word, and then {@link #PERSON_AFTER}. */
  static boolean saysOrOwns(List<String> texts, String name) {
    return followedBy(texts, name, PERSON_AFTER);
  }

  /**
   * After a name, a dash and the noun of a contest's final, tournament or title, in Danish, Norwegian
   * or Swedish: "Grand Open-finalen", "Grand Open-turneringen", "Grand Open-titlen" (invented). The
   * name is the contest's, an event (MISC, as the corpora type events), which the finders type by its
   * words ("Australian Open" LOC for the adjective, ORG elsewhere; session 41). Failure mode: a club
   * or country so written ("Brann-finalen", a club's final), typed MISC.
   */
  static final String EVENT_AFTER =
      "-(?:(?:semi|kvart)?finale(?:n|r|rne|rna)?|turnering(?:en)?|tit(?:el|len|eln|tel|telen))(?![\\p{L}\\d])";

  /**
   * A party's own officers and bodies after its name ({@link #ORGANISATION_OFFICE}): its leader, its
   * lead candidate, its spokesperson ("politiske ordfører"), its group in parliament and the group's
   * chair, its secretary ("Fremskridtsfolkets spidskandidat", "Fremskridtsfolket-partileder",
   * invented). Only a party has them, so they type a party's short name the finder read as a place
   * in a headline or list. Failure mode: a region's or town's "spidskandidat" in a local election.
   */
  private static final String PARTY_OFFICE = "|partileder(?:en)?|politiske ordfører|spidskandidat(?:en)?"
      + "|folketingsgruppe(?:n)?|stortingsgruppe(?:n)?|riksdagsgrupp(?:en)?|gruppeformand(?:en)?|gruppledare(?:n)?"
      + "|partisekretær(?:en)?|partisekreterare(?:n)?";

  /**
   * After an organisation's name, its chair, chief or board, joined by a dash or after a genitive
   * ("Fremskridtsfolket-formand", "Korviks bestyrelse", "Brattviks ordförande", invented): a party,
   * firm or club has a chair and a board, a person or a town seldom does. Why: in a headline or a
   * list of short names the finder has no cue; elsewhere in the story the writer names the
   * organisation's officers. Failure mode: a country's or town's chair of a body ("Danmarks
   * formandskab" is barred by the word's end; "X-formand" of a place's association would pass).
   */
  static final String ORGANISATION_OFFICE = "(?:-|s )(?:næst)?(?:formand(?:en)?|topchef(?:en)?|bestyrelse(?:n|sformand)?"
      + "|styreleder(?:en)?|styret|ordförande(?:n)?|styrelse(?:n)?|partiledare(?:n)?" + PARTY_OFFICE + ")(?![\\p{L}\\d])";

  /**
   * A party's noun in the definite singular right before a name: "partiet", "regeringspartiet",
   * "oppositionspartiet" ("partiet Fremskridtsfolket", invented), the apposition by which Danish,
   * Norwegian and Swedish news introduce a party, often a foreign one the finder has never seen.
   * Lower-case letters only before "partiet", so a party's own name ("Arbeiderpartiet Oslo") is no
   * cue, and neither is the noun capitalised at a sentence's start ("Regeringspartiet X" is missed).
   * Failure mode: a sentence ending in "partiet" with no comma before a one-word name.
   */
  static final String PARTY_BEFORE = "(?<![\\p{L}\\d])\\p{Ll}*partiet +";

  /**
   * Whether some text writes {@code name} right after a party's noun ({@link #PARTY_BEFORE}), or
   * {@code name} is a genitive in -s whose stem is so written ("Fremskridtsfolkets" beside "partiet
   * Fremskridtsfolket", invented).
   */
  static boolean afterAPartyWord(List<String> texts, String name) {
    return orItsGenitiveStem(name, n -> precededBy(texts, n, PARTY_BEFORE));
  }

  /**
   * Whether some text writes {@code name} before an officer's or board's word ({@link
   * #ORGANISATION_OFFICE}), or {@code name} is a genitive in -s whose stem is so written ("Korviks"
   * of "Korviks bestyrelse", invented: the genitive mention is the organisation's too).
   */
  static boolean withAnOffice(List<String> texts, String name) {
    return orItsGenitiveStem(name, n -> followedBy(texts, n, ORGANISATION_OFFICE));
  }

  /**
   * A sports club's affix, written as its name's first or last word ("FC", "IF", "BK", "Håndbold",
   * "Team"): a word no place's or person's name has, so a name bearing it is the club's.
   */
  static final Set<String> CLUB_AFFIXES = Set.of("FC", "FK", "IF", "IK", "IL", "BK", "FF", "SK", "AC", "HB", "IFK",
      "AIF", "BIF", "CF", "SC", "fB", "Håndbold", "Håndball", "Handboll", "Team");

  /** A club's affix after a name, as words: "Korvik IF" where the finder read "Korvik" alone (invented). */
  static final String CLUB_AFTER = " (?:" + String.join("|", new TreeSet<>(CLUB_AFFIXES)) + ")(?![\\p{L}\\d])";

  /** A preposition of place opening a sentence or title: "Fra Korvik til ..." (invented), "I Korvik". */
  static final String PLACE_AT_A_START = "(?<![\\p{L}\\d])(?:I|Fra|Från|På|In|From) +";

  /** A club's affix as a word of its own, anywhere: without one in a story, no town there is read as its club. */
  private static final Pattern CLUB_AFFIX = Pattern.compile(
      "(?<![\\p{L}\\d])(?:" + String.join("|", new TreeSet<>(CLUB_AFFIXES)) + ")(?![\\p{L}\\d])");

  /** A club's affix before a name: "FC Korvik". */
  static final String CLUB_BEFORE = "(?<![\\p{L}\\d])(?:" + String.join("|", new TreeSet<>(CLUB_AFFIXES)) + ") ";

  /**
   * The town's or region's name a club's name is made of, without the club's affix ({@link
   * #CLUB_AFFIXES}: "Korvik IF" and "FC Korvik" give "Korvik", invented), or null when {@code name}
   * is not one word or more beside such an affix.
   */
  static String clubsTown(String name) {
    String[] words = name.split(" ");
    if (words.length < 2) {
      return null;
    }
    int from = CLUB_AFFIXES.contains(words[0]) ? 1 : 0;
    int to = CLUB_AFFIXES.contains(words[words.length - 1]) ? words.length - 1 : words.length;
    if (from == 0 && to == words.length || from >= to || !Character.isUpperCase(words[from].charAt(0))) {
      return null;
    }
    return String.join(" ", Arrays.asList(words).subList(from, to));
  }

  /**
   * The full name of the one club of {@code town} (or of its genitive's stem) among {@code clubsOfTowns}
   * (town -> full names of its clubs the story names), or null when the story names none or more than
   * one ("Korvik IF" and "Korvik Håndbold", invented: which is meant the town alone does not tell).
   */
  static String theClubOfItsTown(String town, Map<String, Set<String>> clubsOfTowns) {
    Set<String> clubs = clubsOfTowns.get(town);
    if (clubs == null && town.length() > 3 && town.endsWith("s")) {
      clubs = clubsOfTowns.get(town.substring(0, town.length() - 1));
    }
    return clubs != null && clubs.size() == 1 ? clubs.iterator().next() : null;
  }

  /**
   * Whether {@code name}, or the stem of its genitive, is the town of a club the story names in
   * full ({@code clubsTown}: "Korvik" beside "Korvik IF", invented), and so the club, a match report
   * naming the club by its town; not where the story writes the town as a place or inside another
   * name ({@code writtenAsPlace}: "Region Korvik", "Fra Korvik", "i Korvik", "på Korvik", "Korvik
   * kommune", or its genitive "på Korviks torv"), nor a country (a national team is named by its
   * country, which stays a place). Cost: a set look-up and a few regex scans of the story's texts
   * per name typed a place or person, only where the story names a club. Failure modes: a town
   * written both as the club and as a place keeps the place's type in every mention, and the
   * club's genitive after "på" ("på Korviks hjemmeside") is read as a place's.
   */
  static boolean clubByItsTown(String name, Predicate<String> clubsTown, Predicate<String> writtenAsPlace) {
    return !Countries.isCountry(name) && !writtenAsPlace.test(name)
        && orItsGenitiveStem(name, n -> clubsTown.test(n) && !writtenAsPlace.test(n));
  }

  /** Whether {@code test} holds for {@code name} or, where it ends in -s, for the name without it (a genitive's). */
  private static boolean orItsGenitiveStem(String name, Predicate<String> test) {
    return test.test(name)
        || (name.length() > 3 && name.endsWith("s") && test.test(name.substring(0, name.length() - 1)));
  }

  /** After a person's name, a Scandinavian verb of telling or explaining: "Lina Moris fortæller" (invented), "berättar". */
  private static final String PERSON_TELLS = "(?:,? (?:fortæller|forteller|fortalte|berättar|berättade|forklarer|förklarar)\\b)";

  /** "på", "on": the preposition of a farm, an island or a site ("bussgarasjen på Haugland", invented). */
  static final String ON_A_PLACE = "(?<![\\p{L}\\d])(?:på|on) +";

  /** Whether a text writes {@code name}, as a whole word, right after a match of {@code before}. */
  static boolean precededBy(List<String> texts, String name, String before) {
    Pattern p = Pattern.compile(before + Pattern.quote(name) + "(?![\\p{L}\\d])");
    return texts.stream().anyMatch(t -> t.contains(name) && p.matcher(t).find());
  }

  /** Whether some text writes {@code name}, not inside a longer word, and then {@code after}, a regular expression. */
  static boolean followedBy(List<String> texts, String name, String after) {
    Pattern p = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(name) + after);
    return texts.stream().anyMatch(t -> t.contains(name) && p.matcher(t).find());
  }

  /** Whether a capitalised word may be a given name by the story's writing: see {@link #surnamesOfPeople}. */
  private static boolean storyGivenName(String w, Language lang, Set<String> lower, Set<String> places) {
    String l = w.toLowerCase(Locale.ROOT);
    return titleCase(w) && w.length() >= 2 && w.chars().allMatch(Character::isLetter) && !lower.contains(l)
        && !CommonWords.of(lang).contains(l) && !places.contains(l) && !Countries.isCountry(w)
        && !Countries.isDemonym(w) && !placeDemonym(w, places::contains);
  }

  /** Capitalised words and an age after them, in brackets or between commas: "Tirna (36)", "Svenske Bashe, 25, dog" (invented). */
  static final Pattern AGED = Pattern.compile(
      "(?<![\\p{L}\\d.-])(\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)*)(?: \\(\\d{1,3}\\)|, \\d{1,3},)");

  /**
   * The runs of capitalised words {@code full} writes with an age after them ({@link #AGED}), and
   * each run's tails: "Svenske Bashe, 25," (invented) gives "Svenske Bashe" and "Bashe", "Svenska
   * Mirja Tolvhed (11)" also "Mirja Tolvhed". A person's age is written so; a nationality adjective
   * or a role may open the run.
   */
  static Set<String> agedNames(String full) {
    Set<String> out = new HashSet<>();
    AGED.matcher(full).results().forEach(r -> {
      for (int at = 0; at >= 0; at = r.group(1).indexOf(' ', at + 1)) {
        out.add(r.group(1).substring(at == 0 ? 0 : at + 1));
      }
    });
    return out;
  }

  /**
   * One-word mentions the finders typed a place, an organisation or a miscellany that are the given
   * name of the one person of the story whose longer name begins with them, retyped a person, so
   * the merger counts them for that person (session 41, invented after the feeds' forms: "Tirna
   * (36) er ny lege" typed LOC beside "Tirna Holmfjeld Saue", "Svenske Bashe, 25," ORG beside
   * "Bashe Warsame Ali"). A headline names a person by the given name alone,
   * where the models, trained on running text, read a lone capitalised word at a line's start as
   * anything. Scandinavian mentions only. Evidence, one of: every such mention stands at a sentence
   * or headline start; the word is written with an age ({@link #AGED}); it is a known given name
   * ({@code firstName}); or the finders typed it MISC in every mention and the story names the
   * person in full at least as often as by the word alone ("ministern Tavi" beside "Tavi Brook",
   * invented). Not when the persons of the story whose names begin with the word end in more
   * than one surname (two persons, or none sure), nor for a word the story writes as a place or no
   * given name could be ({@code notGiven}: after "i"/"in"/"fra", before "kommune", a country, a
   * common or lower-case word, a word of capitals). Cost: three passes over the story's mentions.
   * Tried in English and not kept (ECB+ dev, 70 stories of two articles or more): with the same
   * evidence 8 lists changed, 4 rightly (four lone given names joined to their persons) and 4
   * wrongly: title-case lines put a team's or firm's first word at a line start and scores and
   * seeds look like ages (a city's name ×n into its team's, which the English finder types PER,
   * two surnames into persons, and an award's name ×55 into a one-off person whose given name it
   * is); with the MISC evidence 12, adding a lone given name ×19 into its person rightly but two
   * cities' names into teams typed PER.
   */
  static List<Found> givenNamesOfPeople(List<Found> found, Predicate<String> firstName, Predicate<String> aged,
      BiPredicate<String, Language> notGiven) {
    return givenNamesOfPeople(found, firstName, aged, notGiven, w -> false);
  }

  /**
   * As {@link #givenNamesOfPeople(List, Predicate, Predicate, BiPredicate)}, taking as evidence for
   * a word written mid-sentence, too, that every person of the story beginning with it has the
   * shape of a given name and a surname (two words, the second of three letters or more and no
   * common word: "Tirna Saue", invented; not a broken run such as "Fjordby N"
   * or "Legeforeningen Kari Dal"), the word ends in no common word of five letters or more (a
   * compound of a noun: "Fjordbyskolen"), and it is no place by the labelled corpora or a cue
   * ({@code notAPlace}; session 43: "for at støtte Tirna" typed LOC beside "Tirna Saue").
   */
  static List<Found> givenNamesOfPeople(List<Found> found, Predicate<String> firstName, Predicate<String> aged,
      BiPredicate<String, Language> notGiven, Predicate<String> notAPlace) {
    String per = EntityType.PER.name();
    Map<String, Set<String>> surnames = new HashMap<>(); // first word of a person's longer name -> its last words
    for (Found f : found) {
      int space = f.text().indexOf(' ');
      if (f.type().equals(per) && space > 0) {
        surnames.computeIfAbsent(f.text().substring(0, space), x -> new HashSet<>())
            .add(f.text().substring(f.text().lastIndexOf(' ') + 1));
      }
    }
    Set<String> candidates = new HashSet<>();
    Set<String> writtenInside = new HashSet<>();
    for (Found f : found) {
      if (!f.type().equals(per) && f.lang() != null && f.lang().isScandinavian() && f.text().indexOf(' ') < 0
          && surnames.getOrDefault(f.text(), Set.of()).size() == 1 && !notGiven.test(f.text(), f.lang())) {
        candidates.add(f.text());
        if (f.inside()) {
          writtenInside.add(f.text());
        }
      }
    }
    Map<String, Integer> asPeople = new HashMap<>(); // per candidate, mentions of the persons beginning with it
    Map<String, Integer> alone = new HashMap<>(); // per candidate, its own mentions not typed PER, and those typed MISC
    Map<String, Integer> misc = new HashMap<>();
    for (Found f : found) {
      int space = f.text().indexOf(' ');
      if (space > 0 && f.type().equals(per) && candidates.contains(f.text().substring(0, space))) {
        asPeople.merge(f.text().substring(0, space), 1, Integer::sum);
      } else if (candidates.contains(f.text()) && !f.type().equals(per)) {
        alone.merge(f.text(), 1, Integer::sum);
        misc.merge(f.text(), f.type().equals(EntityType.MISC.name()) ? 1 : 0, Integer::sum);
      }
    }
    Map<String, Boolean> personShaped = new HashMap<>(); // per candidate: every person beginning with it "Given Surname"
    for (Found f : found) {
      int space = f.text().indexOf(' ');
      if (space > 0 && f.type().equals(per) && candidates.contains(f.text().substring(0, space))) {
        String rest = f.text().substring(space + 1);
        boolean shaped = rest.indexOf(' ') < 0 && rest.length() >= 3 && Character.isUpperCase(rest.charAt(0))
            && rest.substring(1).chars().allMatch(c -> Character.isLowerCase(c) || c == '-')
            && !CommonWords.of(f.lang()).contains(rest.toLowerCase(Locale.ROOT));
        String w = f.text().substring(0, space).toLowerCase(Locale.ROOT); // "Fjordbyskolen" (invented): a compound of a noun, no given name
        for (int cut = 1; cut <= w.length() - 5; cut++) {
          shaped &= !CommonWords.of(f.lang()).contains(w.substring(cut));
        }
        personShaped.merge(f.text().substring(0, space), shaped, Boolean::logicalAnd);
      }
    }
    candidates.removeIf(w -> writtenInside.contains(w) && !aged.test(w) && !firstName.test(w)
        && !(personShaped.getOrDefault(w, false) && notAPlace.test(w))
        && !(misc.getOrDefault(w, 0) > 0 && misc.get(w).equals(alone.get(w)) && asPeople.getOrDefault(w, 0) >= alone.get(w)));
    if (candidates.isEmpty()) {
      return found;
    }
    List<Found> out = new ArrayList<>(found.size());
    found.forEach(f -> out.add(candidates.contains(f.text()) && f.lang() != null && f.lang().isScandinavian()
        ? new Found(f.text(), per, f.lang(), f.inside()) : f));
    return out;
  }

  /**
   * Mentions that are a person's name in the genitive and then common lower-case words ("Kirks
   * minnesstund", "Trumps påstående", "Tenezos kumpan") counted as mentions of the person, in the
   * genitive ("Kirks"), which the merger joins to the person: they name a thing of the person's,
   * which the models took for a place or an organisation. Only when the possessor is a person's
   * name mentioned in the story ({@link #possessorOfAPerson}), so "Statens vegvesen", "Stockholms
   * stad" and "Namsos sentrum" stay; and not for a mention typed MISC: "Nobels fredspris" beside
   * Alfred Nobel is the prize. On the whole Swedish and Norwegian feeds, the Norwegian archive and
   * 6,000 Danish front-page items (stories of two articles or more) this took 3 entities away,
   * each rightly ("Kirks minnesstund" LOC, "Trumps tid" ORG, "Ronaldos tid" LOC).
   */
  private static List<Found> possessorsOfPeople(List<Found> found) {
    Set<String> surnames = new HashSet<>(); // last words of persons' names
    Set<String> ofFullNames = new HashSet<>(); // those of names of two words or more
    for (Found f : found) {
      if (f.type().equals(EntityType.PER.name())) {
        int space = f.text().lastIndexOf(' ');
        surnames.add(f.text().substring(space + 1));
        if (space > 0) {
          ofFullNames.add(f.text().substring(space + 1));
        }
      }
    }
    List<Found> out = new ArrayList<>(found.size());
    for (Found f : found) {
      if (f.type().equals(EntityType.MISC.name())) {
        out.add(f); // "Nobels fredspris": a work, a prize or an event named for a person is a name
        continue;
      }
      String possessor = possessorOfAPerson(f.text(), surnames::contains, ofFullNames::contains);
      out.add(possessor == null ? f : new Found(possessor, EntityType.PER.name(), f.lang(), f.inside()));
    }
    return out;
  }

  /**
   * The first word of {@code text} when it is a genitive in -s of a word {@code surname} accepts,
   * or the genitive itself is the last word of a name of two words or more ({@code ofAFullName}:
   * "Charlie Kirks"; a one-word "person" may be a place ending in s, "Stokmarknes"), and every other word is lower case ("Kirks
   * minnesstund" gives "Kirks"); null otherwise.
   */
  static String possessorOfAPerson(String text, Predicate<String> surname,
      Predicate<String> ofAFullName) {
    String[] words = text.split(" ");
    if (words.length < 2 || words[0].length() < 3 || !words[0].endsWith("s")
        || !(surname.test(words[0].substring(0, words[0].length() - 1)) || ofAFullName.test(words[0]))) {
      return null;
    }
    for (int i = 1; i < words.length; i++) {
      if (words[i].isEmpty() || !words[i].chars().allMatch(Character::isLowerCase)) {
        return null;
      }
    }
    return words[0];
  }

  /** Swedish definite plural genitive: "Moderaternas", "Tidöpartiernas", "Liberalernas". */
  private static final Pattern SWEDISH_PLURAL_GENITIVE = Pattern.compile(
      "\\p{Lu}\\p{Ll}+[aeo]rnas");

  /** Danish and Norwegian definite plural genitive: "Moderaternes", "Republikanernes" (not "Birkenes", "Hernes"). */
  private static final Pattern PLURAL_GENITIVE = Pattern.compile("\\p{Lu}\\p{Ll}+ernes");

  /** Shortest word read as a plural genitive by its ending alone ("Hernes", a place, has six letters). */
  private static final int MIN_PLURAL_GENITIVE = 9;

  /**
   * Whether {@code base} (a person's last word without its -s) is a Scandinavian patronymic surname,
   * "-sen" or "-sson" ("Kirsten Bertelsens", "Lena Håkanssons"; invented): the genitive -s of the
   * commonest surnames of the three languages, which no such surname has of itself (session 45).
   */
  static boolean patronymicGenitive(String base) {
    return base.length() >= 5 && (base.endsWith("sen") || base.endsWith("sson"));
  }

  /**
   * Whether {@code base} (a name's last word without its -s) is the definite singular of a common
   * noun ("Fiskeriforeningen" of "forening", "Vesten" of "vest"; invented): the noun, or the last
   * part of a compound after its last dash, followed by "-en" or "-et", the noun a word of the
   * language's news or the story ({@code common}, lower case) or a closed compound ending in one
   * of five letters or more. Scandinavian names formed from a definite noun (institutions, parties,
   * newspapers, regions) take the genitive -s after the article's ending, while a name truly
   * ending in "-ens" or "-ets" seldom has a common word before it ("Siemens", "Mogens"). Given
   * names are left to the caller ("Karens" of "Karen", "kar" a common word). Two regular changes of
   * the stem before the article are undone (session 46): a doubled s ("Kongressens" of Danish
   * "kongres") and a Latin "-ium" ("Forsvarsministeriets", "Gymnasiets" of "ministerium",
   * "gymnasium").
   */
  static boolean definiteGenitive(String base, Predicate<String> common) {
    String part = base.substring(base.lastIndexOf('-') + 1).toLowerCase(Locale.ROOT);
    if (part.length() < 6 || !(part.endsWith("en") || part.endsWith("et"))) {
      return false;
    }
    String stem = part.substring(0, part.length() - 2);
    List<String> nouns = new ArrayList<>(List.of(stem));
    if (stem.endsWith("ss")) {
      nouns.add(stem.substring(0, stem.length() - 1)); // Danish "kongressen" of "kongres"
    }
    if (stem.endsWith("i")) {
      nouns.add(stem + "um"); // "ministeriet" of "ministerium", "gymnasiet" of "gymnasium"
    }
    return nouns.stream().anyMatch(noun -> common.test(noun) || compoundTail(noun, common) != null);
  }

  /**
   * Whether a text writes {@code base} as the first part of a closed or hyphened compound with a
   * common lower-case word of four letters or more ("Natoländerna", "Nato-toppmötet"): evidence
   * that the base is a name of its own, so "Natos" is Nato's genitive. A name truly ending in -s
   * seldom stands without it before a common word ("Parisavtalet", "Andreasdagen").
   */
  static boolean compoundHead(String base, List<String> texts, CommonWords common) {
    Pattern p = Pattern.compile("(?<!\\p{L})" + Pattern.quote(base)
        + "-?(\\p{Ll}{4,})(?!\\p{L})");
    for (String t : texts) {
      Matcher m = p.matcher(t);
      while (m.find()) {
        if (common.contains(m.group(1))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Words that follow a person's name without being owned by it (conjunctions, prepositions,
   * pronouns, auxiliaries, verbs of saying and weekdays of Danish, Norwegian and Swedish): "Lina Moris og",
   * "Lina Moris sa", "Lina Moris i" tell a name truly ending in -s ({@link #genitiveBeforeNouns}).
   */
  private static final Set<String> NOT_OWNED = Set.of(
      "og", "och", "eller", "men", "i", "på", "til", "till", "for", "för", "fra", "från", "av", "af", "om",
      "med", "mot", "mod", "ved", "vid", "hos", "under", "over", "över", "etter", "efter", "som", "at", "att",
      "er", "är", "var", "har", "hade", "hadde", "havde", "ble", "blev", "blir", "bliver", "bli", "vart", "kan",
      "vil", "ska", "skal", "skulle", "må", "måste", "får", "fik", "fikk", "fick", "sa", "sade", "sier", "siger",
      "säger", "sagde", "skriver", "mener", "menar", "synes", "tycker", "selv", "själv", "også", "också", "ikke",
      "inte", "ej", "nå", "nu", "da", "då", "så", "den", "det", "de", "han", "hun", "hon", "seg", "sig", "sin",
      "mandag", "måndag", "tirsdag", "tisdag", "onsdag", "torsdag", "fredag", "lørdag", "lördag", "søndag",
      "söndag");

  /**
   * A word that may be a verb or a definite noun after a name ("uttryckte", "sparkas", "tager",
   * "været", "nasen"), no evidence of a genitive either way ({@link #genitiveBeforeNouns}).
   */
  private static final Pattern VERB_OR_DEFINITE = Pattern.compile(
      "\\p{L}*(?:er|ar|te|de|as|es|et|en|na|ne)");

  /** Fewest times a person's -s name must stand before a noun, and never otherwise, to be read as a genitive. */
  private static final int MIN_GENITIVE_USES = 2;

  /**
   * Whether the story's texts write {@code name} (a person's name of two words or more, ending in
   * -s) every time directly before a lower-case word of three letters or more that is none of
   * {@link #NOT_OWNED}, and {@value #MIN_GENITIVE_USES} times or more before one that has no verb's
   * or definite noun's ending ({@link #VERB_OR_DEFINITE}): a Scandinavian genitive stands before
   * the noun it owns ("Lina Moris bok", "Lina Moris parti"), while a name truly ending in -s also
   * stands before a comma, a full stop, a bracket, "og" or "sa" ("Lina Moris (45)", "Lina Moris
   * sa"), or before verbs ("Lina Moris uttryckte", "Lina Moris sparkas"). Evidence for the base form
   * where the story never writes it and the corpora do not know it (session 39). Over the Swedish
   * and Norwegian feeds and Danish front pages 24,001-28,000, 3 lists changed, rightly (two
   * people and a club typed as a person), and on the labelled days 2, rightly. Counting every
   * lower-case word after the name the same gained 3 more right and 3 wrong (names truly in -s
   * before a passive, a Danish present tense and a definite noun). Failure mode: a name in -s
   * written only before nouns or before verbs without those endings ("Lina Moris vant", twice)
   * loses its s.
   */
  static boolean genitiveBeforeNouns(String name, List<String> texts) {
    return genitiveBeforeNouns(name, texts, w -> false);
  }

  /**
   * As {@link #genitiveBeforeNouns(String, List)}, and written once is enough when the word after it
   * is a noun by its own forms ({@code noun}: {@link #nounByItsDefiniteForm}: "Tove Grundells kontor"
   * beside "kontoret", invented) and no verb's or definite noun's ending (session 42). A
   * Scandinavian name truly ending in -s stands before a verb ("Tove Grundells vant", "sprang"), an
   * adverb ("formelt") or a pronoun, words with no definite form; a genitive stands before the
   * thing owned, which is a noun. A one-word name (session 45: "Solvangs kontor", invented) is read
   * so only by this evidence, before a noun at every mention, never by two uses before other words:
   * a one-word name truly in -s ("Vestas", "Reuters") is more often written alone than a person's
   * full name is; the caller leaves given names ("Lars", "Mads") out, and places the labelled
   * corpora hold inside a name of any type ("Aarhus", "Texas"; other places since session 47).
   */
  static boolean genitiveBeforeNouns(String name, List<String> texts, Predicate<String> noun) {
    return genitiveBeforeNouns(name, texts, noun, w -> false);
  }

  /**
   * As {@link #genitiveBeforeNouns(String, List, Predicate)}, and two more forms of the thing owned
   * count as nouns (session 46): a word with a verb's or plural's ending that is a plural noun by
   * its own definite plural ({@code plural}: {@link #pluralByItsDefiniteForm}: "Vorkas trusler"
   * beside "truslerne", "Vorkas kritikere" beside "kritikerne", invented), and a weak adjective of a
   * derivational suffix before a noun ({@link #WEAK_ADJECTIVE}: "Vorkas ulovlige krig", where the
   * noun after it is read). A present tense or a past tense has no definite plural ("truer",
   * "truede"), and a genitive is what puts a weak adjective after a name. A weekday after the name
   * ({@link #NOT_OWNED}: "ifølge Reuters fredag") is an adverb of time, no thing owned.
   */
  static boolean genitiveBeforeNouns(String name, List<String> texts, Predicate<String> noun,
      Predicate<String> plural) {
    return genitiveBeforeNouns(name, texts, noun, plural, w -> true);
  }

  /**
   * As {@link #genitiveBeforeNouns(String, List, Predicate, Predicate)}, and a weak adjective of any
   * kind with a noun after it, or a superlative, is the thing owned (session 47: {@link
   * #weakAdjective}, {@link #SUPERLATIVE}: "Vorkas nye regering", "en af Vorkas nærmeste"); a word
   * in "-e" whose present tense in "-r" is written ({@code written}: "komme" beside "kommer") is an
   * infinitive, as after "lod Vorkas", and no adjective. With {@code written} true for every word
   * the rule is off, as before.
   */
  static boolean genitiveBeforeNouns(String name, List<String> texts, Predicate<String> noun,
      Predicate<String> plural, Predicate<String> written) {
    return genitiveBeforeNouns(name, texts, noun, plural, written, name.indexOf(' ') < 0);
  }

  /**
   * As {@link #genitiveBeforeNouns(String, List, Predicate, Predicate, Predicate)}, read as a one-word
   * name is ({@code everyMention}: before a noun at every mention, never by two uses before other
   * words) whatever its number of words: the rule for names of two words or more that are no
   * person's ({@link #nameOfANoun}).
   */
  static boolean genitiveBeforeNouns(String name, List<String> texts, Predicate<String> noun,
      Predicate<String> plural, Predicate<String> written, boolean everyMention) {
    if (!name.endsWith("s")) {
      return false;
    }
    boolean oneWord = everyMention;
    Pattern p = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(name)
        + "(?![\\p{L}\\d])(?: (\\p{Ll}{3,})(?!\\p{L}))?(?: (\\p{Ll}{3,})(?!\\p{L}))?");
    int uses = 0;
    int nouns = 0;
    boolean verbLike = false;
    for (String t : texts) {
      Matcher m = p.matcher(t);
      while (m.find()) {
        String after = m.group(1);
        if (after == null || NOT_OWNED.contains(after)) {
          return false;
        }
        if (SUPERLATIVE.matcher(after).matches() && !written.test(after + "r")) {
          uses++;
          nouns++; // "en af Vorkas nærmeste", "Vorkas største sejr": a superlative, alone or before its noun
          continue;
        }
        if (m.group(2) != null && weakAdjective(after) && !written.test(after + "r")
            && ownedAfterAnAdjective(m.group(2))) {
          uses++;
          nouns++; // "Vorkas nye regering": a weak adjective and its noun
          continue;
        }
        if (m.group(2) != null && WEAK_ADJECTIVE.matcher(after).matches()) {
          after = m.group(2); // "ulovliga krig": the noun owned
        }
        if (!VERB_OR_DEFINITE.matcher(after).matches()) {
          uses++;
          nouns += noun.test(after) ? 1 : 0;
        } else if (plural.test(after)) {
          uses++;
          nouns++; // "trusler" beside "truslerne": a plural noun
        } else {
          verbLike = true; // a word that may be a verb: once is then not enough
        }
      }
    }
    return (!oneWord && uses >= MIN_GENITIVE_USES) || (uses > 0 && nouns == uses && !verbLike);
  }

  /**
   * Whether the final -s of a one-word name belongs to the word: its -s form in lower case is a word
   * of the language ({@code common}: the story's or the news') and the form without it is not
   * ("Respons", "Fokus", "Status"; a pollster's name "Respons" before "analyse" had been cut to
   * "Respon" as a genitive). A genitive's base is the word ("Forsvarets" beside "forsvaret"), or
   * neither form is a lower-case word ("Solvangs"), and is read as before (session 48).
   */
  static boolean sOfTheWord(String name, Predicate<String> common) {
    String lower = name.toLowerCase(Locale.ROOT);
    return name.indexOf(' ') < 0 && lower.length() >= 4 && lower.endsWith("s") && common.test(lower)
        && !common.test(lower.substring(0, lower.length() - 1));
  }

  /**
   * Whether {@code name}, of two words or more and no person's, ends in a word whose base without
   * its final -s is a common noun of the language ({@code common}, lower case: the story's or the
   * news') or a closed compound ending in one of five letters or more ("Det Nye Partis", "Nordisk
   * Fodboldforbunds", "Anden Storkrigs"; invented), and whose -s form the labelled corpora do not
   * hold inside a name ({@code insideALabelledName}: "Røde Kors", whose base "kor" is a word). A
   * Scandinavian institution, party, war or firm named by a noun takes the genitive -s on that
   * noun, while an English plural name in a Danish text ("Korvik Capitals", "Nordhavn Logistics",
   * invented), the kind session 47's reading of such names cut wrongly, has a singular that is
   * seldom a Scandinavian word (session 48). The caller asks, too, that the story write the name
   * before a noun at every mention ({@link #genitiveBeforeNouns}).
   */
  static boolean nameOfANoun(String name, Predicate<String> common, Predicate<String> insideALabelledName) {
    int space = name.lastIndexOf(' ');
    String last = name.substring(space + 1);
    if (space < 0 || last.length() < 5 || !last.endsWith("s") || insideALabelledName.test(last)) {
      return false;
    }
    String base = last.substring(0, last.length() - 1).toLowerCase(Locale.ROOT);
    return common.test(base) || compoundTail(base, common) != null;
  }

  /** A compass word or "Midt"/"Mellem" opening a region's closed compound: "Østjylland", "Nordnorge", "Mellansverige". */
  private static final Pattern COMPASS_PREFIX = Pattern.compile(
      "(?:Nord|Syd|Sør|Söder|Øst|Öst|Aust|Vest|Väst|Midt|Mellem|Mellan|Sønder|Nørre)(\\p{Ll}{4,})");

  /**
   * Whether {@code base} (a one-word place's name without its final -s) is a compass word and a
   * country or a place the labelled corpora know ({@code knownPlace}) in one word: "Vestafrika" of
   * "Vestafrikas", "Nordnorge" of "Nordnorges" (invented uses), so the -s is a genitive (session
   * 46). Such regions are written in the genitive in headlines more often than in the base form, and
   * the corpora hold them too seldom for {@link EntityRecognizer#labelledGenitive}. A country's own
   * genitive is folded already ({@link Countries}).
   */
  static boolean regionOfAPlace(String base, Predicate<String> knownPlace) {
    Matcher m = COMPASS_PREFIX.matcher(base);
    if (base.endsWith("s") || !m.matches()) {
      return false;
    }
    String rest = Character.toUpperCase(m.group(1).charAt(0)) + m.group(1).substring(1);
    return Countries.isCountry(rest) || knownPlace.test(rest);
  }

  /**
   * Weak (definite or plural) forms of Danish, Norwegian and Swedish adjectives of a derivational
   * suffix, -ig, -lig, -isk, -løs/-lös ("ulovlige", "hemmelige", "politiske", "grænseløse",
   * "vanliga"): the form an adjective takes between a genitive and its noun. Past participles
   * ("-ede", "-ade") are left out: they are a past tense too ("Vorkas ledede kampen").
   */
  private static final Pattern WEAK_ADJECTIVE = Pattern.compile(".{3,}(?:ige|iga|iske|iska|løse|lösa)");

  /**
   * Whether a one-word place's final -s may be a genitive for {@link #genitiveBeforeNouns}: not
   * where the labelled corpora hold the -s form inside a name ("Aarhus", "Texas"), nor where the
   * name as written is a country's ("Belarus", "Bahamas"), which a verb read as a noun after it
   * ("Belarus komme tilbage", "komme" beside "kommen") once cut to "Belaru" (session 47).
   */
  static boolean placeMayBeAGenitive(String display, Predicate<String> insideALabelledName) {
    return display.indexOf(' ') < 0 && !insideALabelledName.test(display) && !Countries.isCountryAsWritten(display);
  }

  /**
   * A lower-case word in "-e" that may be an adjective's weak form ("nye", "gamle", "store",
   * "populære", "sociale", "højre"), the form an adjective takes between a genitive and its noun
   * (session 47): not a past tense or definite plural ("-de", "-te", "-ne": "sagde", "mente",
   * "kunne"), nor a comparative, as often an adverb ("senere", "tidligere"), nor an adverb, an
   * infinitive of an auxiliary or a numeral that a name truly in -s may stand before ({@link
   * #NOT_AN_ADJECTIVE}: "Vorkas gerne", "Vorkas tilbage"). Read only with a noun after it ({@link
   * #ownedAfterAnAdjective}).
   */
  static boolean weakAdjective(String word) {
    return word.length() >= 3 && word.endsWith("e") && !word.endsWith("de") && !word.endsWith("te")
        && !word.endsWith("ne") && !word.endsWith("ere") && !NOT_AN_ADJECTIVE.contains(word);
  }

  /**
   * Adverbs, prepositions ("ifølge"), auxiliaries' infinitives and numerals in "-e" that are no
   * adjective ({@link #weakAdjective}).
   */
  private static final Set<String> NOT_AN_ADJECTIVE = Set.of(
      "gerne", "gjerne", "måske", "ofte", "længe", "lenge", "alene", "hele", "bare", "inde", "ude", "oppe", "nede",
      "hjemme", "ovre", "henne", "fremme", "tilbage", "tilbake", "ville", "skulle", "blive", "være", "vare",
      "have", "gøre", "gjøre", "fire", "tre", "mere", "omme", "derude", "herinde", "alle", "ifølge", "ifølgje",
      "lige", "ute", "inne", "borte", "hemma");

  /**
   * Superlatives and ordinals ("nærmeste", "største", "første", "sidste"), which stand after a genitive
   * alone ("en af Vorkas nærmeste") or before its noun; "-este" is no past tense's ending ("viste"
   * and "rejste" are, and are left out).
   */
  private static final Pattern SUPERLATIVE = Pattern.compile(
      "\\p{Ll}{2,}este|første|första|næste|neste|nästa|sidste|siste|sista|største|största|bedste|beste|bästa"
          + "|mindste|minste|minsta|yngste|yngsta|ældste|eldste|äldsta|förra");

  /**
   * Whether {@code word}, after a weak adjective that follows a name in -s, is the noun that name
   * owns: a lower-case word that is none of {@link #NOT_OWNED} and no past tense ("-ede", "-ade",
   * "-te", "-de"). A weak adjective stands before a noun, so a word with a present tense's or a
   * definite noun's ending is read as one here ("borgmester", "rådgiver", "brutalitet"); an adverb
   * in "-e" before a past tense ("Vorkas senere solgte") is what the past-tense bar and {@link
   * #NOT_AN_ADJECTIVE} keep out.
   */
  private static boolean ownedAfterAnAdjective(String word) {
    return !NOT_OWNED.contains(word) && !NOT_AN_ADJECTIVE.contains(word) && !PARTICLE.contains(word)
        && !word.endsWith("te") && !word.endsWith("de");
  }

  /** Adverbs a verb takes after it ("komme tilbage", "rejse hjem"): no noun owned. */
  private static final Set<String> PARTICLE = Set.of(
      "hjem", "frem", "fram", "væk", "bort", "ind", "inn", "ned", "igen", "igjen", "sammen", "videre",
      "vidare", "tillbaka");

  /**
   * Whether a lower-case Scandinavian word ending in "-er", "-e", "-or" or "-ar" is a plural noun by
   * its definite plural, a word the language's news or the story writes ({@code written}): Danish
   * "-erne" ("spioner", "spionerne"; "kritikere", "kritikerne"), Norwegian "-ene" ("spioner",
   * "spionene"), Swedish "-na" ("spioner", "spionerna"; "flickor", "flickorna"). A verb's present
   * or past tense has no such form ("truer", "truede"). A word in "-er" whose definite singular
   * "-eren" is written is an agent noun's singular and a present tense alike ("vinder", "leder":
   * "Lina Moris vinder"), no plural, and is left out.
   */
  static boolean pluralByItsDefiniteForm(String word, Predicate<String> written) {
    if (word.length() < 4 || (word.endsWith("er") && written.test(word + "en"))) {
      return false;
    }
    List<String> forms = new ArrayList<>();
    if (word.endsWith("ere")) {
      forms.add(word.substring(0, word.length() - 1) + "ne"); // "kritikere": "kritikerne"
    } else if (word.endsWith("er")) {
      forms.add(word + "ne"); // "spionerne"
      forms.add(word.substring(0, word.length() - 1) + "ne"); // "spionene"
      forms.add(word + "na"); // "spionerna"
    } else if (word.endsWith("or") || word.endsWith("ar")) {
      forms.add(word + "na"); // "flickorna", "bilarna"
    }
    return forms.stream().anyMatch(written);
  }

  /**
   * Whether a lower-case Scandinavian word is a noun by its forms ({@link #nounByItsDefiniteForm})
   * or a closed compound ending in one of five letters or more after three or more ("cyberangreb"
   * beside "angrebet", "atomvåben" beside "våbnet"; invented compounds of everyday nouns): news
   * coins compounds for the thing owned ("Vorkas cyberangreb") that no list holds in the definite
   * form (session 46). A tail of four letters made adverbs nouns ("tilbage" of "bage").
   */
  static boolean nounOrItsCompound(String word, Predicate<String> written) {
    if (nounByItsDefiniteForm(word, written)) {
      return true;
    }
    for (int cut = 3; cut <= word.length() - 5; cut++) {
      if (nounByItsDefiniteForm(word.substring(cut), written)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a lower-case Scandinavian word is a noun by its forms: its definite singular or plural
   * is a word the language's news or the story writes ({@code written}): "kontor" beside
   * "kontoret", "rolle" beside "rollen", "bok" beside "boka". Verbs, adverbs and pronouns have no
   * such forms ("vant", "formelt", "noko"); a past tense that is a noun too ("tog", the train)
   * passes.
   */
  static boolean nounByItsDefiniteForm(String word, Predicate<String> written) {
    if (word.length() < 3) {
      return false;
    }
    List<String> forms = new ArrayList<>(List.of(word + "en", word + "et", word + "a"));
    if (word.endsWith("e") || word.endsWith("a")) {
      forms.add(word + "n");
      forms.add(word + "t");
    }
    return forms.stream().anyMatch(written);
  }

  /**
   * A name shown only in the genitive ("Ebba Buschs", "Jens Stoltenbergs", "Malmös") without its
   * -s when there is evidence for the base form: the story writes it as the last word of a name of
   * its own ("Busch" alone, "centrala Stockholm"; the merger shows the fullest form, and a person
   * is often introduced in the genitive and named by the surname after), or, in a Scandinavian
   * language, the taggers' labelled corpora know the base as a name of the entity's type far more
   * often than the -s form, and it is no given name ({@link EntityRecognizer#labelledGenitive}:
   * "Magdalena Anderssons", "Høyres", "Europas"). Only where a plain -s is a genitive (the
   * Scandinavian languages, German, an unknown language), not after a capital ("NATOs" has its own
   * rule) nor after another s, and for a last word of four letters or more. A name that truly ends
   * in -s keeps it: its base is seldom a name written alone or known to the corpora ("Andreas",
   * "Lars", "Paris", "Johannes"), and an English plural's singular is no name's last word ("Fox
   * News" beside "New York").
   *
   * <p>On the Swedish and Norwegian feeds, the Norwegian archive and a 2,000-line Danish slice this
   * changed the shown name of 107 of 17,046 story entities (at least 23 by the story's own word,
   * the rest by the corpora): 102 to the name ("Donald Trump", "Stortinget", "Københavns" as
   * København, "Washington Post", "Harstad Tidende"), 4 debatable ("Yorks" of "New Yorks" as York,
   * "Oslos Frps" as "Oslos Frp", "Veras Brittains" as "Veras Brittain", "Københavns" of
   * "Københavns Vestegns Politi" as København) and 1 wrong ("Marks" of "Marks &amp; Spencer" as Mark). Before the
   * given-name check the corpora also turned "Julia Roberts", "Stormy Daniels" and a general
   * "Richards" into given names. Names the story and the corpora say nothing of stay in the
   * genitive ("Ebba Buschs", "Expressens", "Alfred Nobels", "Rune Slagstads", "Zelenskyjs": of the
   * eight genitives of the judged sample of 380 entities only "Pourmokhtaris" is fixed).
   *
   * <p>Session 39: in a Scandinavian language the story's texts writing the base as the first part
   * of a compound with a common word ({@link #compoundHead}: "Natos" beside "Natoländerna") is
   * evidence too, and a definite plural genitive is shown without its s by its ending alone
   * ({@link #SWEDISH_PLURAL_GENITIVE}, {@link #PLURAL_GENITIVE}: "Moderaternas", "Tidöpartiernas",
   * "Moderaternes"; in the Swedish feed every one of 16 such capitalised words, in 40,000 Norwegian
   * and Danish lines every "-ernes" word of nine letters or more, is a genitive).
   */
  static String withoutGenitive(String shown, Language lang, Predicate<String> lastWordOfAName) {
    boolean plainS = lang == null || !lang.isKnown() || lang.isScandinavian() || lang.equals(Language.DE);
    String last = shown.substring(shown.lastIndexOf(' ') + 1);
    if (lang != null && lang.isScandinavian() && last.length() >= MIN_PLURAL_GENITIVE
        && (lang.equals(Language.SV) ? SWEDISH_PLURAL_GENITIVE : PLURAL_GENITIVE).matcher(last).matches()) {
      return shown.substring(0, shown.length() - 1); // "Moderaternas", "Kristendemokraternes": the party's name
    }
    if (!plainS || last.length() < 4 || !last.endsWith("s") || !Character.isLowerCase(last.charAt(last.length() - 2))
        || last.endsWith("ss")) {
      return shown;
    }
    String base = last.substring(0, last.length() - 1);
    return lastWordOfAName.test(base) ? shown.substring(0, shown.length() - 1) : shown;
  }

  /**
   * A mention the story only ever writes at the start of a sentence or headline, whose first word
   * the story also writes in lower case and whose other words are lower case: "Strøm" of "Strøm
   * blir dyrere" beside "prisen på strøm", "Hopp i strømprisen". Capitals at a
   * sentence start say nothing, and the models, trained on running text, take such a headline's
   * first words for a name. A name the story writes mid-sentence even once ("Venstre" beside
   * "til venstre") stays, as do words of one or two letters ("S:" for the Social Democrats) and
   * lower-case words read only in web addresses ("fjordingen.no").
   */
  static boolean ordinaryWordsAtStart(String text, Predicate<String> ordinary) {
    String[] words = text.split(" ");
    if (words[0].length() < 3 || !ordinary.test(words[0].toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (int i = 1; i < words.length; i++) {
      if (words[i].isEmpty() || !Character.isLowerCase(words[i].charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code word} (lower case) is the weak past tense of a verb the story or the language's
   * news writes in another form ({@code known}): Swedish "-ade" beside "-a", "-ar", "-at" or "-as"
   * ("lurade" beside "har lurat"), Danish "-ede" beside "-e", "-er" or "-et" (session 40). A past
   * tense opening a headline after its colon ("Bedragaren: Lurade 40 personer", invented) is read
   * as a name by the finders, and the lists of common words hold few past tenses (the Swedish one
   * 6,509 words). The stem must have three letters or more ("Frede", a Danish given name, is not
   * read as a verb); Norwegian is not read, where "-et" and "-a" end names too. On the three
   * labelled days this dropped one Swedish entry (a past tense after a headline's colon, typed
   * LOC), and no other; on the whole Swedish and Norwegian feeds and the Danish front pages' lines
   * 24,001–28,000 that same one only.
   */
  static boolean pastTenseOfAKnownVerb(String word, Language lang, Predicate<String> known) {
    String[] others = Language.SV.equals(lang) ? new String[] {"a", "ar", "at", "as"}
        : Language.DA.equals(lang) ? new String[] {"e", "er", "et"} : null;
    String ending = Language.SV.equals(lang) ? "ade" : "ede";
    if (others == null || !word.endsWith(ending) || word.length() < ending.length() + 3) {
      return false;
    }
    String stem = word.substring(0, word.length() - ending.length());
    return Arrays.stream(others).anyMatch(e -> known.test(stem + e));
  }

  /** Whether the first word of {@code text} is a capital followed by lower-case letters ("Sopor", not "DBU"). */
  private static boolean titleCase(String text) {
    String first = text.split(" ")[0];
    return first.length() > 1 && Character.isUpperCase(first.charAt(0))
        && first.substring(1).chars().allMatch(Character::isLowerCase);
  }

  /**
   * Endings of Danish, Norwegian and Swedish adjectives and participles: past participles
   * ("kontrollerade", "kontrollerte", "kontrollerede"), present participles ("troende",
   * "styrande"), and the adjective suffixes -ig, -lig, -isk, -løs/-lös in their inflected forms,
   * after a stem of three letters or more ("politisk", not "fisk", "fiske" or "frisk"). The
   * definite noun endings (-et, -en, -a) and -ert ("konsert") are not among them: "Gazaremsan",
   * "Oslofjorden" and "Stortinget" are names.
   */
  private static final Pattern ADJECTIVE_ENDING = Pattern.compile(
      ".{3,}(?:ade|ede|erte|ande|ende|ig|iga|ige|igt|isk|iska|iske|iskt|løs|løse|lös|lösa)");

  /** Shortest adjective after a name in a compound ("kontrollerade"); shorter ones are often nouns ("fisk"). */
  private static final int MIN_ADJECTIVE = 5;

  /**
   * A one-word mention that is a name and a common adjective or participle written as one word or
   * with a hyphen ("det Hamaskontrollerade hälsoministeriet", "Hamas-kontrollerte",
   * "Kreml-vennlige"): it describes something by a name, as "Hamas-sjefen" names a role, and is no
   * name itself. The first part must be a name: {@code name} accepts it (the caller's test: the
   * mention stands mid-sentence, where only a name gives a word of its own its capital, or the
   * story writes the part as a word of its own), unless a hyphen marks the join; the adjective must
   * be a common word of the language ({@link CommonWords}) of at least {@value #MIN_ADJECTIVE}
   * letters with an adjective's or participle's ending ({@link #ADJECTIVE_ENDING}). A compound with
   * a noun ("Gazaremsan", "Trondheimsfjorden", "Uefa-cupen") is often a name and stays, and so does
   * an adjective that starts a longer name ("Meteorologisk institutt", "Antirasistisk Senter").
   */
  static boolean adjectiveCompound(String text, Predicate<String> name, CommonWords common) {
    if (text.indexOf(' ') >= 0 || text.length() < MIN_ADJECTIVE + 2 || !Character.isUpperCase(text.charAt(0))) {
      return false;
    }
    for (int cut = 2; cut <= text.length() - MIN_ADJECTIVE; cut++) {
      String tail = text.substring(cut);
      boolean hyphen = text.charAt(cut - 1) == '-';
      String head = text.substring(0, hyphen ? cut - 1 : cut);
      if (tail.chars().allMatch(Character::isLowerCase) && ADJECTIVE_ENDING.matcher(tail).matches()
          && common.contains(tail) && (hyphen || name.test(head))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The name a run of words starts with, when the run is that name and then a compound of another
   * name with a common lower-case word, and both names are mentions of their own in the story
   * ({@code alone}): "kallar Estland Natoländerna till krismöte" is Estland and the Nato countries,
   * no name "Estland Natoländerna"; null otherwise. The compound must be a name's word
   * followed directly or after a hyphen by a common word of at least four letters ("länderna").
   * Two names in a row that are names of their own are left as they are: most are one name
   * ("CSKA Sofia", "Seljord Venstre", "Hydro Årdal"). The compound's name may be written alone in
   * the genitive only ("Natos generalsekreterare" beside "Lettland Natoländerna"; session 39).
   */
  static String nameBeforeACompound(String text, Predicate<String> alone, CommonWords common) {
    int space = text.lastIndexOf(' ');
    if (space < 0 || !alone.test(text.substring(0, space))) {
      return null;
    }
    String last = text.substring(space + 1);
    for (int cut = 2; cut <= last.length() - 4; cut++) {
      String tail = last.substring(cut);
      boolean hyphen = last.charAt(cut - 1) == '-';
      String head = last.substring(0, hyphen ? cut - 1 : cut);
      if (tail.chars().allMatch(Character::isLowerCase) && common.contains(tail)
          && (alone.test(head) || alone.test(head + "s"))) {
        return text.substring(0, space);
      }
    }
    return null;
  }

  /**
   * The name a Scandinavian run starts with when the finder read a genitive name on into the
   * lower-case noun it owns ("Havnestyrelsens kort", invented; session 40): the run less its last
   * word, a word of three or more lower-case letters after a word ending in s, when the genitive or
   * its base is a mention of its own in the story ({@code alone}; the form written alone is
   * returned, the base first); null otherwise. A name with a lower-case word of its own, written
   * only so ("Nobels fredspris" with no "Nobel" alone), is kept. On the three labelled days this
   * folded one entry ("<Directorate>s trafikkort" LOC beside the directorate) into its name, and
   * changed no other list; on the whole Swedish and Norwegian feeds 5 more lists, each rightly (a
   * city's nightlife and its hospitals, two town centres, a service's area of responsibility, each
   * folded into the name), on the Danish front pages' lines 24,001–28,000 none.
   */
  static String genitiveBeforeANoun(String text, Predicate<String> alone) {
    int space = text.lastIndexOf(' ');
    if (space < 1 || text.charAt(space - 1) != 's' || text.length() - space - 1 < 3
        || !text.substring(space + 1).chars().allMatch(Character::isLowerCase)) {
      return null;
    }
    String genitive = text.substring(0, space);
    String base = genitive.substring(0, genitive.length() - 1);
    return alone.test(base) ? base : alone.test(genitive) ? genitive : null;
  }

  /** A run ending in a capital initial, its period, and one word: "Ribe N. Det". */
  private static final Pattern INITIAL_THEN_WORD = Pattern.compile(
      "(.+) (\\p{Lu})\\. (\\p{L}+)");

  /**
   * The name a run starts with when the finder read on over a sentence's end: a name, a capital
   * initial and its period, and a stop word of the language opening the next sentence ("ved
   * afkørsel 70 Ribe N. Det skyldes ...", read as the person "Ribe N. Det"; session 39).
   * The name is the run up to the initial, with the initial when the story writes that alone
   * ("Ribe N"), else without it ("Ribe"), and must be a mention of its own in the story
   * ({@code alone}); null otherwise. A name's last word after an initial is no stop word ("John F.
   * Kennedy", "Anders F. Rasmussen"), so no name is cut.
   */
  static String nameBeforeASentenceEnd(String text, Predicate<String> alone, Language lang) {
    Matcher m = INITIAL_THEN_WORD.matcher(text);
    if (!m.matches() || !LanguageProfiles.of(lang).stopWords()
        .contains(m.group(3).toLowerCase(Locale.ROOT))) {
      return null;
    }
    String withInitial = m.group(1) + " " + m.group(2);
    return alone.test(withInitial) ? withInitial : alone.test(m.group(1)) ? m.group(1) : null;
  }

  /** A last word of a name, a hyphen, then a lower-case word: "Kirk-minnesceremoni", "FN-ambassadör". */
  private static final Pattern DERIVED_END = Pattern.compile(".*\\S-\\p{Ll}{4,}");

  /**
   * A mention ending in a name joined to a lower-case word ("Charlie Kirk-minnesceremoni", "Donald
   * Trumps FN-ambassadör", "Per Ulv-imitasjon"): a thing or role named after a person, which the
   * Danish/Swedish model, trained without NorNE's DRV type, tags as the person. A person's own
   * name ends in a capitalised part or a short one ("Rynning-Tønnesen", "Kim Jong-un").
   */
  static boolean derivedFromAName(String text) {
    return DERIVED_END.matcher(text).matches();
  }

  /**
   * A one-word mention that is a stop word of its language ("Et", "Det" taken at a sentence
   * start), or a word in capitals throughout that the story also uses as an ordinary lower-case
   * word (a kicker: "HELSE", "BILDESERIE"), or a mention ending in a suspended hyphen: the first
   * part of two names joined ("Øst-" of "Øst- og Sørlandet"), no name alone.
   */
  static boolean notAName(String text, Language lang, Set<String> lowerWords) {
    if (text.endsWith("-") || text.endsWith("\u2010")) {
      return true;
    }
    if (!WORD.matcher(text).matches()) {
      return false;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (LanguageProfiles.of(lang).stopWords().contains(lower)) {
      return true;
    }
    return text.length() > 1 && text.equals(text.toUpperCase(Locale.ROOT)) && lowerWords.contains(lower);
  }

  /** An English genitive 's (straight or curly apostrophe) at {@code at}, then no letter: "Vinatieri's". */
  static boolean englishGenitiveAt(String full, int at) {
    return at + 2 <= full.length() && (full.charAt(at) == '\'' || full.charAt(at) == '\u2019') && full.charAt(at + 1) == 's'
        && (at + 2 == full.length() || !Character.isLetterOrDigit(full.charAt(at + 2)));
  }

  /**
   * An English mention without a trailing genitive 's ("Asia's" is Asia, "Adam Vinatieri's" Adam
   * Vinatieri), when the story writes the name's last word without it at least once ({@code
   * plain}), or the name is a given name ({@code givenName}) and more words, without "&amp;": a
   * person's name ends in no 's. A name always written with it that is no person's keeps it
   * ("McDonald's", "Moody's", "Macy's", "Ben &amp; Jerry's"). The English finder sometimes takes the 's into
   * the span, and the merger shows the fullest, so a genitive became the name.
   */
  static String withoutEnglishGenitive(String text, Predicate<String> plain,
      Predicate<String> givenName) {
    if (text.length() < 4 || !englishGenitiveAt(text, text.length() - 2)) {
      return text;
    }
    String base = text.substring(0, text.length() - 2);
    int space = base.lastIndexOf(' ');
    String last = base.substring(space + 1);
    if (last.isEmpty() || !Character.isLetter(last.charAt(last.length() - 1))) {
      return text;
    }
    boolean person = space > 0 && base.indexOf('&') < 0 && givenName.test(base.substring(0, base.indexOf(' ')));
    return plain.test(last) || person ? base : text;
  }

  /** Place nouns written after a place's name: a municipality, county, parish or island. */
  private static final String PLACE_WORDS = "kommune|kommun|fylke|län|amt|sogn|herred|municipality|county|County|island|parish";

  /**
   * Capitalised last words that make a Scandinavian name of two words or more a place: a station,
   * square, harbour, church, airport or motorway ("Allerød Station", "Simon Spies Plads",
   * "Hanstholm Havn", "Vågsbygd Torv"), or, since session 42, a venue or a palace ("Kari Holm
   * Arena", "Tollef Stadion", "Ingrid Slot", invented: named after a person, a sponsor or a town,
   * typed PER by the finder; the labelled corpora hold "Arena" mostly inside places' names; failure
   * mode: a surname spelt as one, "Slot"), or, since session 43, a tower ("Vedel Tower", invented:
   * a Danish story's "X Tower" ×6 typed PER, named after its owner, stood as a second person
   * beginning with his surname, so his surname alone ×29 joined neither). No person's name ends so in these sets;
   * "Center"/"Senter" is left out (it heads institutions: "Abdorrahman Boroumand Center"). Not in
   * English: the one English case of the sets, "Sheriff's Lakewood Station" (ECB+), retyped, let
   * the merger show the town "Lakewood" (typed PER either way) as "Lakewood Award of Valor".
   */
  private static final Set<String> PLACE_HEADS = Set.of("Station", "Stationen", "Stasjon",
      "Stasjonen", "Plads", "Pladsen", "Torv", "Torvet", "Torg", "Torget", "Havn", "Havnen", "Hamn", "Hamnen",
      "Kirke", "Kirken", "Kyrka", "Kyrkan", "Kyrkje", "Lufthavn", "Flyplass", "Flygplats", "Motorvej", "Motorvejen",
      "Arena", "Arenan", "Stadion", "Stadionet", "Stadium", "Slot", "Slott", "Slottet", "Palæ", "Palads", "Castle",
      "Tower", "Towers");

  /**
   * Whether the name, of two words or more, ends in a place's own noun ({@link #PLACE_HEADS}): the
   * finder types such names PER by their first words ("på Allerød Station" ×3, "Simon Spies Plads"
   * ×4 in Danish front pages 10,001-14,000).
   */
  static boolean endsInPlaceHead(String name) {
    int space = name.lastIndexOf(' ');
    return space > 0 && PLACE_HEADS.contains(name.substring(space + 1));
  }

  /** A definite article before a name ("Det Hvide Hus"): a thing's, never a person's. */
  static final String ARTICLE_BEFORE = "(?<![\\p{L}\\d])(?:Det|det|Den|den) +";

  /** A building's own noun, a surname too ("Hus"): read as a place's head after no given name. */
  private static final Set<String> HOUSE_HEADS = Set.of("Hus", "Huset", "Rådhus", "Rådhuset");

  /**
   * Whether the name, of two words or more, ends in a place's own noun ({@link #endsInPlaceHead}),
   * or in a house's ({@link #HOUSE_HEADS}) after a word that is no given name ({@code givenName}):
   * the finder types "Hvide Hus" of "Det Hvide Hus' talsmand" PER by its first word (18 of the 65
   * Danish front pages' stories that list it, session 48; "Korvik Rådhus", invented), while a
   * person whose surname is "Hus" has a given name before it. The corpora hold "Hvide" as a given
   * name, so the caller counts no word a given name where the story writes the name after a
   * definite article ({@link #ARTICLE_BEFORE}), which no person's name takes.
   */
  static boolean endsInPlaceHead(String name, Predicate<String> givenName) {
    if (endsInPlaceHead(name)) {
      return true;
    }
    int space = name.lastIndexOf(' ');
    if (space <= 0 || !HOUSE_HEADS.contains(name.substring(space + 1))) {
      return false;
    }
    int before = name.lastIndexOf(' ', space - 1);
    return !givenName.test(name.substring(before + 1, space));
  }

  /**
   * Words that end a firm's name and no person's: company forms and trade words in the Scandinavian
   * languages and in the English that Scandinavian firms take ("Korvik Group", "Siv Offshore",
   * "Storbrekke Næringsmegling", invented). A given name before one does not make a person
   * ({@link #firmTypedAsAPerson}): firms are named after their founders ("Ingvald Marin", invented).
   * Words that are surnames too ("Bank", "Service", "Media", "Berg") are not among them.
   */
  private static final Set<String> TRADE_WORDS = Set.of("Offshore", "Marin", "Marine", "Group", "Gruppen", "Gruppe",
      "Holding", "Holdings", "Invest", "Investment", "Shipping", "Eiendom", "Ejendom", "Fastigheter", "Bygg", "Byg",
      "Consult", "Consulting", "Energi", "Energy", "Solutions", "Systems", "Technology", "Technologies", "Teknikk",
      "Teknik", "Elektro", "Entreprenør", "Næringsmegling", "Regnskap", "Rederi", "Havbruk", "Seafood", "Industri",
      "Verksted", "Batteries", "Space", "Capital", "Partners", "Logistics", "Logistikk", "Finans", "Forsikring",
      "Sparebank");

  /** A surname's particle before a capital inside a person's name: "McArdle", "DeLuca", "LaRue", "VanOort" (invented). */
  private static final Pattern PARTICLE_BEFORE_A_CAPITAL = Pattern.compile(
      "(?:Mc|Mac|Fitz|O|D|De|Di|Da|Du|Del|Della|Le|La|Lo|Van|Von|Ter|St|Jo|Ja|Ra|Ta|Ke|Al|El)\\p{Lu}.*");

  /**
   * Whether a one-word name is a brand's by its capitals: a capital inside the word right after a
   * lower-case letter ("SnapPris", "KlikBetal", "MitKort"; invented), the way firms and their apps,
   * services and cards are named, and places and persons of the Scandinavian news are not, unless
   * after a surname's particle ({@link #PARTICLE_BEFORE_A_CAPITAL}: "McArdle", "DeShawn"). Not a
   * word with a dash or an apostrophe ("KwaZulu-Natal"). Why: the finders, trained on running text of
   * years before such brands, type them LOC or PER by their shape, and a headline gives no cue
   * (session 45). Failure modes: a glued word of a broken sentence ("ByenNu", typed anyhow); a
   * place so written (an Asian city romanised with a capital inside).
   */
  static boolean brandByItsCapitals(String name) {
    if (name.length() < 4 || !Character.isUpperCase(name.charAt(0)) || name.indexOf(' ') >= 0
        || name.indexOf('-') >= 0 || name.indexOf('\'') >= 0 || name.indexOf('\u2019') >= 0
        || PARTICLE_BEFORE_A_CAPITAL.matcher(name).matches()) {
      return false;
    }
    for (int i = 1; i + 1 < name.length(); i++) {
      if (Character.isLowerCase(name.charAt(i)) && Character.isUpperCase(name.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A party named by its members or as a party, in the definite form: the plural of a political
   * adherent's noun ("Demokraterne", "Moderaterna", "Kristendemokratene", "Republikanarane") or of
   * "parti" ("Tidöpartierna"), or the singular "-partiet", each with a genitive s or not.
   */
  private static final Pattern PARTY_BY_ITS_MEMBERS = Pattern.compile(
      "[\\p{L}-]*(?:(?:demokrat|moderat|liberal|socialist|kommunist)(?:erne|erna|ene|ane)"
          + "|parti(?:erne|erna|ene|et)|republikan(?:erne|erna|arane|arna))s?");

  /**
   * Whether a one-word name is a party by its form ({@link #PARTY_BY_ITS_MEMBERS}), however the
   * finder typed it: a capitalised definite plural of a political adherent's noun names the body
   * of its members, a party, never a place or a person; the finder types "Moderaterne" or
   * "Tidöpartierna" LOC in a headline, where the Swedish and Danish corpora have few such words
   * and no context is given. Cost: a regex match per mention. Failure mode: a party's name the
   * list of adherents' nouns lacks ("Konservative", "Radikale", "Grønne") stays as typed.
   */
  static boolean partyByItsMembers(String name) {
    return name.indexOf(' ') < 0 && name.length() > 1 && Character.isUpperCase(name.charAt(0))
        && PARTY_BY_ITS_MEMBERS.matcher(name.toLowerCase(Locale.ROOT)).matches();
  }

  /**
   * Whether a one-word name the finder typed a place is a person by the labelled corpora the models
   * learnt from: the word stood inside persons' names three times or more and in most of its
   * occurrences ({@link EntityRecognizer#labelledType} PER), and never inside a place's name
   * ({@code labelledAsPlace}). Why: a headline names a person by a given name or surname alone
   * ("Nadja takker af", invented) with no context the finder could read, and it falls back on the
   * word's shape; the corpora's majority is the type annotators gave the word in many contexts.
   * Not when the story writes the word as a place ({@code writtenAsPlace}: "i X", "fra X", "på X",
   * "X kommune"), where a surname is also a town's or a farm's name. A genitive the corpora do not hold is read by
   * its base ("Nadjas", invented): the finder types a name and its genitive apart, and a genitive
   * left a place outvotes a name read right once. Cost: a look-up or two per mention. Failure
   * modes: a place the corpora saw only as a person's surname that the story never writes as a
   * place.
   */
  static boolean personByTheCorpora(String name, String type, Function<String, EntityType> labelled,
      Predicate<String> labelledAsPlace, Predicate<String> writtenAsPlace) {
    if (name.length() < 3 || !name.chars().allMatch(Character::isLetter) || !type.equals(EntityType.LOC.name())
        || writtenAsPlace.test(name)) {
      return false; // one word of letters: "C." of a broken "D. C." is an initial, no name
    }
    String base = name.length() > 3 && name.endsWith("s") ? name.substring(0, name.length() - 1) : null;
    return labelled.apply(name) == EntityType.PER && !labelledAsPlace.test(name)
        || base != null && labelled.apply(name) == null && labelled.apply(base) == EntityType.PER
            && !labelledAsPlace.test(base) && !writtenAsPlace.test(base);
  }

  /**
   * Whether a one-word name the finder typed a person or a place is an organisation by the labelled
   * corpora the models learnt from: the word as a whole name stood inside organisations' names three
   * times or more and in most of its occurrences ({@link EntityRecognizer#labelledType} ORG: a
   * party, an outlet, a club, a brand written by its short name, "Venstre" or "Novo" in a headline
   * with no cue). Why: the finder reads the sentence; in a headline or a list of short names it has
   * no context, and the corpora's majority is the type annotators gave the word in many contexts.
   * Not when the corpora also gave the word the finder's type even once ({@code labelledAs}: "Solna"
   * and "Djurgården" are towns' and clubs' names, "Liverpool" a city's and a club's): where the
   * annotators knew both readings, the finder's reading of the sentence is the better guess.
   * Not when the word is part of a longer person's name of the story ({@code partOfPerson}: "Anne
   * Venstre", invented) or the story writes it as a place ({@code writtenAsPlace}: "i X", "X
   * kommune"), where a town's club or firm shares its town's name. Cost: a look-up per mention.
   * Failure modes: a word the corpora saw mostly as a firm's that names a person or place here and
   * that the story never writes as a place.
   */
  static boolean organisationByTheCorpora(String name, String type, Function<String, EntityType> labelled,
      BiPredicate<String, String> labelledAs, Predicate<String> partOfPerson, Predicate<String> writtenAsPlace) {
    return name.indexOf(' ') < 0 && (type.equals(EntityType.PER.name()) || type.equals(EntityType.LOC.name()))
        && labelled.apply(name) == EntityType.ORG && !labelledAs.test(name, type) && !partOfPerson.test(name)
        && !writtenAsPlace.test(name);
  }

  /**
   * The type of a Scandinavian name the finders typed a person that is a firm's or a place's by its
   * words, or null (session 41): no word of it is a given name ({@code firstName}) or an initial,
   * and its last word is a common lower-case word of the language or the story ({@code common}:
   * "Korvik Eiendom", "Brattli Offshore", "Stølen Marin", invented), which the labelled corpora do
   * not hold mostly inside persons' names ({@code labelled}: "Lund", "Berg" and "Dahl" are
   * surnames there, common words too). A Scandinavian firm is named by a place or a family and a
   * word for its trade; a person by a given name first. Typed a place when the corpora hold the
   * last word mostly inside places' names ("Arena"), else an organisation. Failure modes: a person
   * whose given name no list knows and whose surname is a common word the corpora never saw ("Strand"
   * is one: "Tashi Strand", invented, goes ORG) and whom the story never has speak (the caller keeps a name
   * followed by a verb of saying or telling, {@link #saysOrOwns}, {@link #PERSON_TELLS}, and the end
   * of a longer person's name, which the merger joins to it); a place ending in a common word the
   * corpora lack ("Ulvsjö Ängar", invented, ORG).
   *
   * <p>Session 45: a last word is a common word too when its definite form is one ({@link
   * #nounByItsDefiniteForm}: "Politi" by "politiet", "Kommune" by "kommunen"): nouns that name
   * institutions are written capitalised inside names more often than alone, so the lists of common
   * words lack them. Jar 4db3fd8c before and after, {@code stories --json --min-size 2}: Danish front
   * pages 1-2,000 and 6,001-8,000 (read) 6 lists changed, each rightly (four police districts, a
   * bank, an alarm centre, PER -> ORG); 10,001-12,000 and 28,001-32,000 (untouched) 7, 6 rightly (five
   * police districts, a football league) and one mixed: a handball club PER -> ORG, rightly, whose
   * short name, joined to it before, now stands apart typed LOC. Norwegian feed, Swedish feed and
   * archive slices, {@code stories samples --json} unchanged.
   *
   * <p>Session 42: a last word that is a trade word ({@link #TRADE_WORDS}: "Offshore", "Group",
   * "Næringsmegling") makes the name a firm's whether or not a given name opens it and whether or not
   * the language writes the word in lower case: firms are named after their founders ("Kari
   * Offshore", invented), and no surname is such a word. Failure mode: a trade word that is a
   * person's byname or a band's last word.
   */
  static String firmTypedAsAPerson(String name, Predicate<String> firstName, Predicate<String> common,
      Function<String, EntityType> labelled) {
    String[] words = name.split(" ");
    String last = words[words.length - 1];
    boolean trade = TRADE_WORDS.contains(last); // "Kari Offshore" (invented): no surname is "Offshore"
    String lower = last.toLowerCase(Locale.ROOT); // "Politi" by "politiet": a noun the news writes in names more than alone
    if (words.length < 2 || !last.matches("\\p{Lu}\\p{Ll}+")
        || !(trade || common.test(lower) || nounByItsDefiniteForm(lower, common))) {
      return null;
    }
    for (String w : words) {
      if (w.endsWith(".") || (!trade && firstName.test(w))) {
        return null;
      }
    }
    if (trade) {
      return EntityType.ORG.name();
    }
    EntityType type = labelled.apply(last);
    if (type == EntityType.PER) {
      return null;
    }
    return (type == EntityType.LOC ? type : EntityType.ORG).name();
  }

  /** A capitalised word and a place noun after it: "Frogn kommune", "Lesbos island"; group 1 is the name. */
  private static final Pattern NAME_THEN_PLACE_WORD = Pattern.compile(
      "(?<![\\p{L}-])(\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?) (?:" + PLACE_WORDS + ")(?![\\p{L}-])");

  /** English place nouns before "of" and a name: "the island of Lesbos", "the town of Palmer". */
  private static final Pattern PLACE_WORD_OF_NAME = Pattern.compile(
      "\\b(?:island|town|city|village|county|municipality|region|province|state) of (\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?)(?![\\p{L}-])");

  /** The Scandinavian "in" and "from": "i Frogn", "fra Sande", "från Tierp"; group 1 the one capitalised word after it. */
  private static final Pattern IN_A_PLACE = Pattern.compile(
      "(?<![\\p{L}-])(i|fra|från) (\\p{Lu}\\p{Ll}+)(?: (?:og|och) (\\p{Lu}\\p{Ll}+))?(?![\\p{L}-])");

  /** Plural Scandinavian place nouns before two names joined by "og"/"och": "städerna Kalmsund och Borvik" (invented). */
  private static final Pattern PLACES_NAMED = Pattern.compile(
      "(?<![\\p{L}-])(?:byene|byane|byerne|städerna|kommunene|kommunane|kommunerne|kommunerna|tettstedene|orterna|"
          + "bygdene|øyene|øerne|öarna|landsbyene|landsbyerne|fylkene|länen|delstatene|delstaterne|delstaterna) "
          + "(\\p{Lu}\\p{Ll}+) (?:og|och) (\\p{Lu}\\p{Ll}+)(?![\\p{L}-])");

  /** Three or more one-word names in a list: "Fjordhavn, Tolvik og Askdal" (invented); group 1 the list. */
  private static final Pattern NAME_LIST = Pattern.compile(
      "(?<![\\p{L}\\d.-])(\\p{Lu}\\p{Ll}+(?:, \\p{Lu}\\p{Ll}+)+ (?:og|och|eller) \\p{Lu}\\p{Ll}+)(?![\\p{L}\\d-])");

  /**
   * The names of a list of three or more one-word names ({@link #NAME_LIST}: "gjennom Fjordhavn,
   * Tolvik og Askdal", invented) whose other names are all places of the story ({@code place}): a list
   * enumerates things of one kind, so a name the finder typed a person among places is one too
   * (session 43: a municipality typed PER between two typed LOC). Not from a list of two ("Norge
   * og Hansen": a place and a person are often named together, invented). Failure mode:
   * a person's surname listed among places ("Oslo, Bergen og Hansen"), which the feeds read do not
   * write.
   */
  static Set<String> listedAmongPlaces(String full, Predicate<String> place) {
    Set<String> out = new HashSet<>();
    NAME_LIST.matcher(full).results().forEach(r -> {
      List<String> names = List.of(r.group(1).split(", | og | och | eller "));
      for (String n : names) {
        if (names.stream().filter(x -> !x.equals(n)).allMatch(place)) {
          out.add(n);
        }
      }
    });
    return out;
  }

  /**
   * Names the text writes as places: before a place noun ("Frogn kommune", "Lesbos island",
   * "Heim kommune"), after an English place noun and "of" ("the island of Lesbos"), and, in a
   * Scandinavian text, one capitalised word after the preposition "i" ("i Frogn", "bor i Sande"),
   * which before a person is rare (one says "hos", "med", "til"), and a second joined to it by
   * "og"/"och" ("i Sande og Herøy").
   */
  static Set<String> writtenAsPlaces(String full, Language lang) {
    return writtenAsPlaces(full, lang, w -> false);
  }

  /**
   * As {@link #writtenAsPlaces(String, Language)}, taking "fra"/"från" (from) only before a word
   * the labelled corpora do not hold mostly inside persons' names ({@code person}): one writes
   * "krav från Putin" as often as "bussen fra Myrvolls stasjon", while "i" before a person is rare.
   */
  static Set<String> writtenAsPlaces(String full, Language lang, Predicate<String> person) {
    Set<String> out = new HashSet<>();
    NAME_THEN_PLACE_WORD.matcher(full).results().forEach(r -> { // "Om Frogn kommune" gives "Om Frogn" and "Frogn"
      out.add(r.group(1));
      out.add(r.group(1).substring(r.group(1).lastIndexOf(' ') + 1));
    });
    PLACE_WORD_OF_NAME.matcher(full).results().forEach(r -> out.add(r.group(1)));
    if (lang != null && lang.isScandinavian()) {
      IN_A_PLACE.matcher(full).results().forEach(r -> {
        if (r.group(1).equals("i") || !person.test(r.group(2))) {
          out.add(r.group(2));
        }
        if (r.group(3) != null && !person.test(r.group(3))) {
          out.add(r.group(3)); // "i Sande og Herøy", "fra Frogn og Nesodden": places joined to a place
        }
      });
      PLACES_NAMED.matcher(full).results().forEach(r -> { // "städerna Kalmsund och Borvik": the noun names both
        out.add(r.group(1));
        out.add(r.group(2));
      });
    }
    return out;
  }

  /**
   * Whether a name the finders typed a person is a place by the story's own words: the text writes
   * it as a place ({@code written}: {@link #writtenAsPlaces}) and it is no word of a person's longer
   * name in the story ({@code ofAPerson}: "Sande" beside "Per Sande" is a surname). A given name
   * by the labelled corpora is no bar: they hold "Sande" mostly inside persons' names, and "målt i
   * Sande" says more than they do.
   */
  static boolean placeByTheStory(String text, Predicate<String> written,
      Predicate<String> ofAPerson) {
    if (!written.test(text)) {
      return false;
    }
    for (String w : text.split(" ")) {
      if (ofAPerson.test(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A run of capitalised words (or words starting with a digit: "TV 2") after a verb or
   * preposition that cites a report: "skriver", "melder", "rapporterar", "uppger", "ifølge",
   * "enligt", "according to", with a nationality adjective between allowed ("rapporterar danska
   * TV2", "norska VG").
   */
  private static final Pattern REPORTED_BY = Pattern.compile(
      "(?<![\\p{L}\\d])(?:[Ss]kriver|[Ss]krev|[Mm]elder|[Mm]eldte|[Rr]apporterar|[Rr]apporterade|[Rr]apporterer|"
          + "[Rr]apporterte|[Uu]ppger|[Uu]ppgav|[Ii]følge|[Ii] følge|[Ee]nligt|[Aa]ccording to) +"
          + "(?:(?:danska|norska|svenska|danske|norske|svenske|brittiska|britiske|amerikanska|amerikanske|tyska|tyske|"
          + "franska|franske|finska|finske) +)?"
          + "(\\p{Lu}[\\p{L}\\d&'’-]*(?: +[\\p{Lu}\\d][\\p{L}\\d&'’-]*)*)");

  /**
   * The names the text cites as reporting: after a cue ({@link #REPORTED_BY}: "skriver BBC",
   * "enligt Ekot", "according to Bloomberg"), not followed by a lower-case noun it modifies, or, in
   * English, mid-sentence before "reported", "reports" or "wrote" ({@link #REPORTED_AFTER}: "the
   * car was set on fire, Le Monde reported"; at a sentence start a capital says nothing).
   */
  static Set<String> reportedBy(String full) {
    Set<String> out = new HashSet<>();
    REPORTED_BY.matcher(full).results().forEach(r -> {
      Matcher next = NEXT_WORD.matcher(full).region(r.end(), full.length());
      if ((!next.lookingAt() || REPORT_FOLLOWERS.contains(next.group(1))) && !full.startsWith(", who", r.end())) {
        out.add(r.group(1)); // not "according to Troy police", "skriver Kiruna kommunfullmäktige": a noun's modifier
      }
    });
    REPORTED_AFTER.matcher(full).results().forEach(r -> out.add(r.group(1)));
    TOLD.matcher(full).results().forEach(r -> {
      String run = r.group(1);
      Matcher next = NEXT_WORD.matcher(full).region(r.end(), full.length());
      if ((run.indexOf(' ') > 0 || (run.length() >= 2 && run.equals(run.toUpperCase(Locale.ROOT))))
          && (!next.lookingAt() || REPORT_FOLLOWERS.contains(next.group(1)))) {
        out.add(run); // "told Us Weekly", "told AFP"; not "told Smith": one speaks to people more than to outlets
      }
    });
    return out;
  }

  /**
   * A capitalised run after an English verb of telling ("told Us Weekly", "told The Canadian
   * Press", "in an interview with Vanity Fair"): the audience of a quote, an outlet when the run is
   * two words or more or in capitals ({@link #reportedBy}).
   */
  private static final Pattern TOLD = Pattern.compile(
      "(?<![\\p{L}\\d])(?:told|tells|[Ii]n an interview with) +(\\p{Lu}[\\p{L}\\d&'’-]*(?: +[\\p{Lu}\\d][\\p{L}\\d&'’-]*)*)");

  /** A capitalised run, mid-sentence, then "reported", "reports" or "wrote": "Le Monde reported". */
  private static final Pattern REPORTED_AFTER = Pattern.compile(
      "(?<=[\\p{Ll},] )(\\p{Lu}[\\p{L}\\d&-]*(?: +[\\p{Lu}\\d][\\p{L}\\d&-]*)*),? (?:reported|reports|wrote)\\b");

  /** A lower-case word right after a name. */
  private static final Pattern NEXT_WORD = Pattern.compile(" +(\\p{Ll}+)\\b");

  /** Words that may follow a cited outlet without making it a modifier: conjunctions, prepositions, verbs of saying. */
  private static final Set<String> REPORT_FOLLOWERS = Set.of("og", "och", "and", "or", "eller", "i",
      "in", "on", "to", "til", "till", "at", "på", "som", "that", "om", "for", "för", "efter", "etter", "after", "said",
      "says", "reported", "reports", "wrote", "writes", "har", "has", "have", "had", "torsdag", "fredag", "lørdag",
      "lördag", "søndag", "söndag", "mandag", "måndag", "tirsdag", "tisdag", "onsdag", "tidligere", "tidigare", "earlier");

  /**
   * Whether a name the finders typed a person or a miscellany (or a place, in capitals: "TV4") is
   * a news outlet by the story's words: the story cites it as reporting ({@code reported}: {@link
   * #reportedBy}), its first word is no given name ({@code givenName}: "skriver Anders Pontara" is
   * a person), and no word of it is a word of a person's longer name in the story ({@code
   * ofAPerson}: "ifølge Støre" beside "Jonas Gahr Støre"). A place in ordinary case stays a place,
   * read so here or in any mention of the story ({@code place}): "enligt Ryssland" cites a country.
   */
  static boolean reportedByAnOutlet(String text, String type, Predicate<String> reported,
      Predicate<String> givenName, Predicate<String> ofAPerson,
      Predicate<String> place) {
    return reportedByAnOutlet(text, type, reported, givenName, ofAPerson, place, w -> true, w -> false, w -> true);
  }

  /**
   * As {@link #reportedByAnOutlet(String, String, Predicate, Predicate,
   * Predicate, Predicate)}, with two more readings of the story
   * (session 30). A place by the finder's reading ("according to Bloomberg", typed LOC) is an outlet
   * all the same when it is no country and the story never writes it after a preposition of place
   * ({@code writtenAsAPlace}: "in", "from", "near", "i", "fra", "från"); "enligt Ryssland" and
   * "according to Palmer" ("in Palmer") stay places. A run of two words or more the finder typed a
   * person is an outlet only when one of its words is an ordinary word of the story ({@code
   * ordinary}: written in lower case), its first word is an article, or its last word is never a
   * name of its own in the story ({@code nameAlone}, with or without a genitive s: a person
   * named in full is named by the surname after, "told Wolfgang Kandek" and "Kandek said", an
   * outlet is not: "told Us Weekly", "Vanity Fair"; the caller asks this of English only: "skriver
   * Nadja Awad" on her own account names a person once, and in full). A first word that is an article ("Le Monde", "El País", "Die Zeit") is no given name,
   * whatever the lexicon says. The caller's {@code ofAPerson} should not hold the words of the run
   * itself, or a person-typed outlet could never be retyped.
   */
  static boolean reportedByAnOutlet(String text, String type, Predicate<String> reported,
      Predicate<String> givenName, Predicate<String> ofAPerson,
      Predicate<String> place, Predicate<String> writtenAsAPlace,
      Predicate<String> ordinary, Predicate<String> nameAlone) {
    if (type.equals(EntityType.ORG.name()) || !reported.test(text)) {
      return false;
    }
    if ((type.equals(EntityType.LOC.name()) || place.test(text))
        && !text.equals(text.toUpperCase(Locale.ROOT))
        && (writtenAsAPlace.test(text) || Countries.isCountry(text))) {
      return false;
    }
    String[] words = text.split(" ");
    if (givenName.test(words[0]) && !(words.length > 1 && ARTICLES.contains(words[0]))) {
      return false;
    }
    for (String w : words) {
      if (ofAPerson.test(w)) {
        return false;
      }
    }
    return !(type.equals(EntityType.PER.name()) && words.length > 1 && !ARTICLES.contains(words[0])
        && Arrays.stream(words).noneMatch(w -> ordinary.test(w.toLowerCase(Locale.ROOT)))
        && nameAlone.test(words[words.length - 1]));
  }

  /**
   * Whether a one-word name the finders typed an organisation or a miscellany is a place named in an
   * outlet's name (session 30, round 2): the last word of an outlet the story cites ({@code
   * outlets}: "told NBC Philadelphia", "ifølge NRK Vestland") that the story also writes as a place
   * ({@code place}: after "in", "i", "fra", before a place noun, typed a place in a mention, the last
   * word of a longer place, "Northeast Philadelphia", or a country), and no word of a person's name
   * ({@code ofAPerson}). A local station or paper is named by its network and its town, and the
   * merger joins a one-word organisation to the longer one it ends, so the city "Philadelphia",
   * typed ORG ×11 by the English finder ("a Kraft plant in Philadelphia", "A Philadelphia judge"),
   * was counted under the station once "told NBC Philadelphia" made the station ORG. The caller
   * types such a name a place in every mention. A place typed a place already, or a person, is left
   * as it is.
   */
  static boolean placeInAnOutletsName(String text, String type, Set<String> outlets,
      Predicate<String> place, Predicate<String> ofAPerson) {
    if (text.indexOf(' ') >= 0 || !(type.equals(EntityType.ORG.name())
        || type.equals(EntityType.MISC.name())) || ofAPerson.test(text) || !place.test(text)) {
      return false;
    }
    return outlets.stream().anyMatch(o -> o.endsWith(" " + text));
  }

  /**
   * A verb of saying, then a capitalised run that ends the clause: "– Det er viktig, sier Harari.",
   * "säger Romina,", "said Smith." (group 1). A quote is attributed so to a person; an outlet
   * "writes" or "reports".
   */
  private static final Pattern SAID_BY = Pattern.compile(
      "(?<![\\p{L}\\d])(?:sier|sa|säger|sade|siger|sagde|said|says) +(\\p{Lu}[\\p{L}\\d&'’-]*(?: +[\\p{Lu}\\d][\\p{L}\\d&'’-]*)*)"
          + "(?=[.,;!?]|$)");

  /**
   * The names a text attributes a quote to ({@link #SAID_BY}: "sier Harari.", "said Smith,"): a
   * person who speaks, whom the caller does not retype an outlet though the story also cites the
   * name as reporting ("ifølge Harari"); a name in capitals is no bar ("sier NRK.").
   */
  static Set<String> saidBy(String full) {
    Set<String> out = new HashSet<>();
    SAID_BY.matcher(full).results().forEach(r -> out.add(r.group(1)));
    return out;
  }

  /** Definite articles that begin outlets' names in French, Spanish, Italian and German: "Le Monde", "El País", "Die Welt". */
  private static final Set<String> ARTICLES = Set.of("Le", "La", "Les", "El", "Il", "Der", "Die", "Das");

  /** A preposition of place and a capitalised run: "in Palmer", "from Troy", "i Kiruna", "från Malmö"; group 1 the run. */
  private static final Pattern AFTER_A_PLACE_PREPOSITION = Pattern.compile(
      "(?<![\\p{L}\\d])(?:in|from|near|i|fra|från) +(?:the +)?(\\p{Lu}[\\p{L}\\d&'’-]*(?: +[\\p{Lu}\\d][\\p{L}\\d&'’-]*)*)");

  /** The names the text writes after a preposition of place ({@link #AFTER_A_PLACE_PREPOSITION}), and each first word of them. */
  static Set<String> afterAPlacePreposition(String full) {
    Set<String> out = new HashSet<>();
    AFTER_A_PLACE_PREPOSITION.matcher(full).results().forEach(r -> {
      out.add(r.group(1));
      int space = r.group(1).indexOf(' ');
      if (space > 0) {
        out.add(r.group(1).substring(0, space)); // "in Palmer Alaska"
      }
    });
    return out;
  }


  /** A name and then a municipality's or county's noun, as a mention: "Heim kommune", "Malmö kommun", "Dallas County". */
  private static final Pattern NAME_AND_PLACE_WORD = Pattern.compile(
      "(.+) (?:kommune|kommun|fylke|län)");

  /**
   * The place's name of a mention "X kommune" ("Heim kommune", "Frogn kommune", "Malmö kommun",
   * "Göteborgs kommun" of Göteborg), when the story names X alone too ({@code alone}); null
   * otherwise. The municipality and the place are one entry of a who/where list; shown by the short
   * name, which is what readers and the story call it most, and typed by the majority of all its
   * mentions (the merger counts both as one name).
   */
  static String withoutPlaceWord(String text, Predicate<String> alone) {
    Matcher m = NAME_AND_PLACE_WORD.matcher(text);
    if (!m.matches()) {
      return null;
    }
    String x = m.group(1);
    if (alone.test(x)) {
      return x;
    }
    if (x.length() > 3 && x.endsWith("s") && alone.test(x.substring(0, x.length() - 1))) {
      return x.substring(0, x.length() - 1); // "Göteborgs kommun"
    }
    return null;
  }
}
