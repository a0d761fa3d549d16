package org.tidende.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.tidende.TestData;
import org.tidende.entity.NameMerger.Scope;
import org.tidende.model.Language;

class NameMergerTest {

  private static EntityCluster find(List<EntityCluster> clusters, String surface) {
    return clusters.stream().filter(c -> c.variants().containsKey(surface)).findFirst().orElseThrow();
  }

  @Test
  void lookupKeysAreEachVariantsKeyAndAPersonsSurnameButNoFirstName() {
    assertThat(NameMerger.lookupKeys("PER", List.of("Juri Ushakov", "Jurij Usjakov", "Usjakov")))
        .containsExactly("juri usakov", "usakov");
    assertThat(NameMerger.lookupKeys("PER", List.of("Dmitrij Medvedev"))).containsExactly("dmitri medvedev", "medvedev");
    // a first name is no surname; in East Asian order the last word is a given name
    assertThat(NameMerger.lookupKeys("PER", List.of("Kim Larsen"))).containsExactly("kim larsen", "larsen");
    assertThat(NameMerger.lookupKeys("PER", List.of("Kim Jong-un"))).containsExactly("kim jong un");
    assertThat(NameMerger.lookupKeys("PER", List.of("Moon Jae-in", "Kim"))).containsExactly("kim", "mon je in");
    // places and organisations keep their whole names; so do names with a compass or island marker
    assertThat(NameMerger.lookupKeys("LOC", List.of("New York"))).containsExactly("nev jork");
    assertThat(NameMerger.lookupKeys("ORG", List.of("Røde Kors"))).containsExactly("rode kor");
    assertThat(NameMerger.lookupKeys(null, List.of("Anna Berg", " "))).containsExactly("ana berg");
  }

  @Test
  void mergesCrossLanguageVariantsAndPicksMostFrequentFullForm() {
    List<NameCount> names = List.of(
        new NameCount("Nord-Korea", Language.NN, "LOC", 5),
        new NameCount("Nord-Koreas", Language.NN, "LOC", 7),
        new NameCount("Nordkorea", Language.DA, "LOC", 2),
        new NameCount("North Korea", Language.EN, "LOC", 1),
        new NameCount("Sør-Korea", Language.NN, "LOC", 1),
        new NameCount("Sydkorea", Language.DA, "LOC", 1),
        new NameCount("Russkijøya", Language.NN, "LOC", 2),
        new NameCount("Russky-ø", Language.DA, "LOC", 1));
    List<EntityCluster> clusters = NameMerger.merge(names, Scope.CORPUS);

    assertThat(clusters).hasSize(3);
    EntityCluster north = clusters.getFirst();
    assertThat(north.display()).isEqualTo("Nord-Korea"); // the genitive is more frequent, but not shown
    assertThat(north.key()).isEqualTo("north korea");
    assertThat(north.count()).isEqualTo(15);
    assertThat(north.type()).isEqualTo("LOC");
    assertThat(north.variants()).containsOnlyKeys("Nord-Korea", "Nord-Koreas", "Nordkorea", "North Korea");
    assertThat(find(clusters, "Sydkorea").variants()).containsOnlyKeys("Sør-Korea", "Sydkorea");
    assertThat(find(clusters, "Russky-ø").display()).isEqualTo("Russkijøya");
    // a genitive of another spelling is not shown either, even as often written
    List<EntityCluster> south = NameMerger.merge(List.of(new NameCount("Sydkoreas", Language.DA, "LOC", 1),
        new NameCount("Sør-Korea", Language.NN, "LOC", 1)), Scope.STORY);
    assertThat(south).singleElement().extracting(EntityCluster::display).isEqualTo("Sør-Korea");
    // a country named only in the genitive is shown in its base form; a country ending in s stays
    assertThat(NameMerger.merge(List.of(new NameCount("Kinas", Language.DA, "LOC", 1),
        new NameCount("Bahamas", Language.EN, "LOC", 1)), Scope.STORY)).extracting(EntityCluster::display)
        .containsExactlyInAnyOrder("Kina", "Bahamas");
  }

  @Test
  void storyScopeJoinsSurnamesToTheOnlyFullName() {
    Map<String, Integer> story = new LinkedHashMap<>();
    story.put("Jurij Usjakov", 1);
    story.put("Usjakov", 2);
    story.put("Putin", 9);
    story.put("Putins", 2);
    story.put("Vladimir Putin", 1);
    story.put("Kim Jong-un", 5);
    story.put("Kim", 4);
    story.put("Kims", 1);
    story.put("Moon Jae-in", 1);

    List<EntityCluster> corpus = NameMerger.merge(story, Language.NN, Scope.CORPUS);
    assertThat(find(corpus, "Usjakov").variants()).containsOnlyKeys("Usjakov");
    assertThat(find(corpus, "Kim").variants()).containsOnlyKeys("Kim", "Kims");

    List<EntityCluster> inStory = NameMerger.merge(story, Language.NN, Scope.STORY);
    assertThat(find(inStory, "Usjakov").variants()).containsOnlyKeys("Usjakov", "Jurij Usjakov");
    EntityCluster putin = find(inStory, "Putins");
    assertThat(putin.display()).isEqualTo("Vladimir Putin");
    assertThat(putin.count()).isEqualTo(12);
    assertThat(find(inStory, "Kim").variants()).containsOnlyKeys("Kim", "Kims", "Kim Jong-un");
    assertThat(find(inStory, "Moon Jae-in").variants()).containsOnlyKeys("Moon Jae-in");
  }

  @Test
  void aCompanysLeadingWordsJoinTheOnlyCompanyNameTheyBegin() {
    // Before (once the fallback typed such names ORG): "Contango" beside "Contango Oil & Gas", "Eco Wave"
    // beside "Eco Wave Power" were two entities each in the business-energy-news story view.
    List<NameCount> names = List.of(
        new NameCount("Contango Oil & Gas", Language.EN, "ORG", 2),
        new NameCount("Contango", Language.EN, "MISC", 3),
        new NameCount("Eco Wave Power", Language.EN, "ORG", 4),
        new NameCount("Eco Wave", Language.EN, "MISC", 1),
        new NameCount("Siemens Energy", Language.EN, "ORG", 2),
        new NameCount("Siemens Gamesa Renewable Energy", Language.EN, "ORG", 2),
        new NameCount("Siemens", Language.EN, "ORG", 1),
        new NameCount("York", Language.EN, "LOC", 1),
        new NameCount("York Energy", Language.EN, "ORG", 1));
    List<EntityCluster> inStory = NameMerger.merge(names, Scope.STORY);
    assertThat(find(inStory, "Contango").variants()).containsOnlyKeys("Contango", "Contango Oil & Gas");
    assertThat(find(inStory, "Eco Wave").variants()).containsOnlyKeys("Eco Wave", "Eco Wave Power");
    assertThat(find(inStory, "Siemens").variants()).as("two companies fit").containsOnlyKeys("Siemens");
    assertThat(find(inStory, "York").variants()).as("a place").containsOnlyKeys("York");
    assertThat(find(NameMerger.merge(names, Scope.CORPUS), "Contango").variants()).containsOnlyKeys("Contango");
  }

  @Test
  void firstNamesWithoutTheSurnameJoinTheOnlyLongerNameOfAPersonInAStory() {
    List<NameCount> names = List.of(
        new NameCount("Lars Boje Mathiesen", Language.DA, "PER", 6),
        new NameCount("Lars Boje", Language.DA, "PER", 1),
        new NameCount("Donald Trump", Language.EN, "PER", 3),
        new NameCount("Donald Trump Jr.", Language.EN, "PER", 1),
        new NameCount("John Smith", Language.EN, "PER", 2),
        new NameCount("John Smith III", Language.EN, "PER", 1),
        new NameCount("Charlie Kirk", Language.SV, "PER", 3),
        new NameCount("Charlie Kirk-minnesceremoni", Language.SV, "PER", 1),
        new NameCount("Anna Maria Berg", Language.SV, "PER", 1),
        new NameCount("Anna Maria Lund", Language.SV, "PER", 1),
        new NameCount("Anna Maria", Language.SV, "PER", 1),
        new NameCount("Røde Kors", Language.NB, "ORG", 1),
        new NameCount("Røde Kors Vennesla", Language.NB, "ORG", 1));
    List<EntityCluster> inStory = NameMerger.merge(names, Scope.STORY);
    assertThat(find(inStory, "Lars Boje").variants()).containsOnlyKeys("Lars Boje", "Lars Boje Mathiesen");
    assertThat(find(inStory, "Lars Boje").display()).isEqualTo("Lars Boje Mathiesen");
    assertThat(find(inStory, "Donald Trump").variants()).containsOnlyKeys("Donald Trump");
    assertThat(find(inStory, "John Smith").variants()).containsOnlyKeys("John Smith");
    assertThat(find(inStory, "Charlie Kirk").variants()).containsOnlyKeys("Charlie Kirk");
    assertThat(find(inStory, "Anna Maria").variants()).as("two longer names fit").containsOnlyKeys("Anna Maria");
    assertThat(find(inStory, "Røde Kors").variants()).containsOnlyKeys("Røde Kors");
    assertThat(find(NameMerger.merge(names, Scope.CORPUS), "Lars Boje").variants()).containsOnlyKeys("Lars Boje");
  }

  /** "- Jonas er en dygtig leder" beside "Jonas Nordvik" (invented): a lone given name in -s, keyed without its s. */
  @Test
  void aLoneGivenNameInSJoinsThePersonItBegins() {
    List<NameCount> names = List.of(
        new NameCount("Jonas Nordvik", Language.DA, "PER", 3),
        new NameCount("Jonas", Language.DA, "PER", 1),
        new NameCount("Klaus Brekkestad", Language.NB, "PER", 2),
        new NameCount("Klaus", Language.NB, "PER", 1),
        new NameCount("Nordviks", Language.DA, "PER", 1));
    List<EntityCluster> inStory = NameMerger.merge(names, Scope.STORY);
    assertThat(find(inStory, "Jonas Nordvik").variants()).containsOnlyKeys("Jonas Nordvik", "Jonas", "Nordviks");
    assertThat(find(inStory, "Klaus Brekkestad").variants()).containsOnlyKeys("Klaus Brekkestad", "Klaus");
    assertThat(find(NameMerger.merge(names, Scope.CORPUS), "Jonas").variants()).containsOnlyKeys("Jonas");
  }

  /** "Malmer Stenergard" after "Maria Malmer Stenergard": a double surname names the person introduced. */
  @Test
  void aDoubleSurnameJoinsTheOnlyPersonWhoseNameItEndsInAStory() {
    List<NameCount> names = List.of(
        new NameCount("Maria Malmer Stenergard", Language.SV, "PER", 1),
        new NameCount("Malmer Stenergard", Language.SV, "PER", 1),
        new NameCount("Anna Lund Berg", Language.NB, "PER", 1),
        new NameCount("Per Lund Berg", Language.NB, "PER", 1),
        new NameCount("Lund Berg", Language.NB, "PER", 2), // two people end so: neither
        new NameCount("Sørlandet sykehus Kristiansand", Language.NB, "ORG", 1),
        new NameCount("sykehus Kristiansand", Language.NB, "ORG", 1));
    List<EntityCluster> inStory = NameMerger.merge(names, Scope.STORY);
    EntityCluster maria = find(inStory, "Malmer Stenergard");
    assertThat(maria.variants()).containsOnlyKeys("Maria Malmer Stenergard", "Malmer Stenergard");
    assertThat(maria.display()).isEqualTo("Maria Malmer Stenergard");
    assertThat(find(inStory, "Lund Berg").variants()).containsOnlyKeys("Lund Berg");
    assertThat(find(inStory, "sykehus Kristiansand").variants()).as("persons only").containsOnlyKeys("sykehus Kristiansand");
    assertThat(find(NameMerger.merge(names, Scope.CORPUS), "Malmer Stenergard").variants())
        .containsOnlyKeys("Malmer Stenergard");
  }

  /**
   * "Vedsted-Brun" and "Vedsted" after "Mikkel Vedsted-Brun", "Tange" after "Søren Tange Holmgaard"
   * (invented): a hyphened double surname is one word but two key tokens, and its first part, or
   * the first of a double surname without a hyphen, names the person introduced (session 43).
   */
  @Test
  void aHyphenedDoubleSurnameOrItsFirstPartJoinsThePersonInAStory() {
    List<NameCount> names = List.of(
        new NameCount("Mikkel Vedsted-Brun", Language.DA, "PER", 3),
        new NameCount("Vedsted-Brun", Language.DA, "PER", 1),
        new NameCount("Vedsted", Language.DA, "PER", 2),
        new NameCount("Søren Tange Holmgaard", Language.DA, "PER", 1),
        new NameCount("Tange", Language.DA, "PER", 1),
        new NameCount("Anna Lund Berg", Language.NB, "PER", 1),
        new NameCount("Per Lund Berg", Language.NB, "PER", 1),
        new NameCount("Lund", Language.NB, "PER", 2), // two people so named: neither
        new NameCount("Ola Vik Hagen", Language.NB, "PER", 1),
        new NameCount("VIK", Language.NB, "PER", 1)); // capitals: an acronym
    List<EntityCluster> inStory = NameMerger.merge(names, Scope.STORY);
    assertThat(find(inStory, "Mikkel Vedsted-Brun").variants())
        .containsOnlyKeys("Mikkel Vedsted-Brun", "Vedsted-Brun", "Vedsted");
    assertThat(find(inStory, "Søren Tange Holmgaard").variants()).containsOnlyKeys("Søren Tange Holmgaard", "Tange");
    assertThat(find(inStory, "Lund").variants()).containsOnlyKeys("Lund");
    assertThat(find(inStory, "VIK").variants()).containsOnlyKeys("VIK");
    assertThat(find(NameMerger.merge(names, Scope.CORPUS), "Vedsted").variants()).containsOnlyKeys("Vedsted");
  }

  @Test
  void aSurnameTheTaggerTypedAPlaceJoinsThePersonInAStory() {
    List<NameCount> names = List.of(
        new NameCount("Pernille Vermund", Language.DA, "PER", 1),
        new NameCount("Vermund", Language.DA, "LOC", 1),
        new NameCount("Helge Gjerstad", Language.NB, "PER", 1),
        new NameCount("Gjerstad", Language.NB, "LOC", 3), // named more often than the person: a place
        new NameCount("New York", Language.SV, "LOC", 2),
        new NameCount("York", Language.SV, "LOC", 1),
        new NameCount("Horn of Africa", Language.EN, "PER", 2), // the English fallback's guessed type
        new NameCount("Africa", Language.EN, "LOC", 1));
    List<EntityCluster> inStory = NameMerger.merge(names, Scope.STORY);
    EntityCluster vermund = find(inStory, "Vermund");
    assertThat(vermund.variants()).containsOnlyKeys("Pernille Vermund", "Vermund");
    assertThat(vermund.type()).as("a tie goes to the shown name's type").isEqualTo("PER");
    assertThat(find(inStory, "Gjerstad").variants()).containsOnlyKeys("Gjerstad");
    assertThat(find(inStory, "York").variants()).containsOnlyKeys("York");
    assertThat(find(inStory, "Africa").variants()).containsOnlyKeys("Africa");
    assertThat(find(NameMerger.merge(names, Scope.CORPUS), "Vermund").variants()).containsOnlyKeys("Vermund");
  }

  @Test
  void aSurnameTypedAPlaceOrOrganisationJoinsThePersonNamedWithAGivenName() {
    Set<String> given = Set.of("Quentin", "Joe", "I");
    List<NameCount> names = List.of(
        new NameCount("Quentin Tarantino", Language.DA, "PER", 2),
        new NameCount("Tarantino", Language.DA, "LOC", 6), // named alone three times as often
        new NameCount("Joe Biden", Language.SV, "PER", 1),
        new NameCount("Biden", Language.SV, "ORG", 2),
        new NameCount("Markstridsskolan Kvarn", Language.SV, "PER", 1), // a run, no given name
        new NameCount("Kvarn", Language.SV, "LOC", 2),
        new NameCount("I. IMF", Language.NB, "PER", 1), // an initial, and an acronym
        new NameCount("IMF", Language.NB, "ORG", 21));
    List<EntityCluster> inStory = NameMerger.merge(names, Scope.STORY, given::contains);
    EntityCluster tarantino = find(inStory, "Tarantino");
    assertThat(tarantino.variants()).containsOnlyKeys("Quentin Tarantino", "Tarantino");
    assertThat(tarantino.display()).isEqualTo("Quentin Tarantino");
    assertThat(tarantino.type()).as("the full name's type, not the majority of bare surnames").isEqualTo("PER");
    assertThat(find(inStory, "Biden").variants()).containsOnlyKeys("Biden", "Joe Biden");
    assertThat(find(inStory, "Biden").type()).isEqualTo("PER");
    assertThat(find(inStory, "Kvarn").variants()).containsOnlyKeys("Kvarn");
    assertThat(find(inStory, "IMF").variants()).containsOnlyKeys("IMF");
    assertThat(find(NameMerger.merge(names, Scope.STORY), "Tarantino").variants())
        .as("without the given names").containsOnlyKeys("Tarantino");
  }

  @Test
  void aFirstNameAloneJoinsTheOnlyPersonItBegins() {
    List<NameCount> names = List.of(
        new NameCount("Anna Spilling Isaksen", Language.NB, "PER", 2),
        new NameCount("Anna", Language.NB, "PER", 2),
        new NameCount("Benjamin Birkeland", Language.NB, "PER", 1),
        new NameCount("Benjamin", Language.NB, "PER", 1),
        new NameCount("Lars Berg", Language.NB, "PER", 1),
        new NameCount("Lars Lie", Language.NB, "PER", 1),
        new NameCount("Lars", Language.NB, "PER", 1),
        new NameCount("Hollywood Hills", Language.NB, "LOC", 1),
        new NameCount("Hollywood", Language.NB, "PER", 1));
    List<EntityCluster> inStory = NameMerger.merge(names, Scope.STORY);
    assertThat(find(inStory, "Anna").variants()).containsOnlyKeys("Anna", "Anna Spilling Isaksen");
    assertThat(find(inStory, "Anna").display()).isEqualTo("Anna Spilling Isaksen");
    assertThat(find(inStory, "Benjamin").variants()).containsOnlyKeys("Benjamin", "Benjamin Birkeland");
    assertThat(find(inStory, "Lars").variants()).as("two people fit").containsOnlyKeys("Lars");
    assertThat(find(inStory, "Hollywood").variants()).as("not a person").containsOnlyKeys("Hollywood");
    // untyped names (no recognizer) join by surname only, as before
    assertThat(find(NameMerger.merge(Map.of("Mette Frederiksen", 3, "Mette", 1), Language.DA, Scope.STORY), "Mette")
        .variants()).containsOnlyKeys("Mette");
  }

  @Test
  void aSurnameJoinsThePersonNamedFarMoreOftenThanTheOthersItFits() {
    List<EntityCluster> clusters = NameMerger.merge(Map.of("Joe Biden", 11, "Joe Bidens", 5, "Jill Biden", 6,
        "Biden", 23, "Bidens", 13), Language.DA, Scope.STORY);
    assertThat(find(clusters, "Biden").variants()).containsOnlyKeys("Biden", "Bidens", "Joe Biden", "Joe Bidens");
    assertThat(find(clusters, "Jill Biden").variants()).containsOnlyKeys("Jill Biden");
    // named about as often: neither
    clusters = NameMerger.merge(Map.of("Joe Biden", 5, "Jill Biden", 4, "Biden", 9), Language.DA, Scope.STORY);
    assertThat(find(clusters, "Biden").variants()).containsOnlyKeys("Biden");
  }

  @Test
  void ambiguousShortNamesStayAlone() {
    Map<String, Integer> story = Map.of("Kim Jong-un", 3, "Kim Jong-il", 2, "Kim", 4,
        "Korea", 2, "Nord-Korea", 3, "John Smith", 1, "Jane Smith", 1, "J. Smith", 1);
    List<EntityCluster> clusters = NameMerger.merge(story, Language.EN, Scope.STORY);
    assertThat(find(clusters, "Kim").variants()).containsOnlyKeys("Kim");
    assertThat(find(clusters, "Korea").variants()).containsOnlyKeys("Korea");
    assertThat(find(clusters, "J. Smith").variants()).containsOnlyKeys("J. Smith");
    assertThat(find(clusters, "John Smith").variants()).containsOnlyKeys("John Smith");
  }

  @Test
  void frequentFamilyNameDoesNotJoinARarelyNamedRelative() {
    // Like seed 000: many bare "Kim" (the son), the father named in full twice.
    List<EntityCluster> clusters = NameMerger.merge(Map.of("Kim", 7, "Kims", 2, "Kim Jong-il", 2),
        Language.NN, Scope.STORY);
    assertThat(find(clusters, "Kim").variants()).containsOnlyKeys("Kim", "Kims");
  }

  /** "Gupta" typed MISC by the English finder beside "Sanjay Gupta": the surname joins the one person it ends. */
  @Test
  void aSurnameTypedMiscJoinsTheOnlyPersonItEnds() {
    List<NameCount> names = List.of(
        new NameCount("Dr. Sanjay Gupta", Language.EN, "PER", 3),
        new NameCount("Sanjay Gupta", Language.EN, "PER", 20),
        new NameCount("Gupta", Language.EN, "MISC", 16),
        new NameCount("Korean", Language.EN, "MISC", 2),
        new NameCount("Park Korean", Language.EN, "PER", 1),
        new NameCount("Smith", Language.EN, "MISC", 2),
        new NameCount("John Smith", Language.EN, "PER", 2),
        new NameCount("Jane Smith", Language.EN, "PER", 2),
        new NameCount("Watergate", Language.EN, "MISC", 70),
        new NameCount("Breaking Watergate", Language.EN, "PER", 1));
    List<EntityCluster> inStory = NameMerger.merge(names, Scope.STORY);
    EntityCluster gupta = find(inStory, "Gupta");
    assertThat(gupta.variants()).containsKeys("Sanjay Gupta", "Gupta");
    assertThat(gupta.type()).isEqualTo("PER");
    assertThat(find(inStory, "Korean").variants()).as("a nationality").containsOnlyKeys("Korean");
    assertThat(find(inStory, "Smith").variants()).as("two people end so").containsOnlyKeys("Smith");
    assertThat(find(inStory, "Watergate").variants()).as("no given name, no title").containsOnlyKeys("Watergate");
  }

  @Test
  void placesAndTypesDoNotJoinByShortName() {
    List<NameCount> names = List.of(
        new NameCount("York", Language.EN, "LOC", 2),
        new NameCount("New York", Language.EN, "LOC", 3),
        new NameCount("Trump", Language.EN, "PER", 3),
        new NameCount("Trump Tower", Language.EN, "LOC", 1));
    List<EntityCluster> clusters = NameMerger.merge(names, Scope.STORY);
    assertThat(clusters).hasSize(4);
  }

  @Test
  void resultDoesNotDependOnInputOrder() {
    List<NameCount> a = new ArrayList<>(List.of(
        NameCount.of("Usjakov", Language.NN), NameCount.of("Ushakov", Language.DA),
        NameCount.of("Juri Ushakov", Language.DA), NameCount.of("Jurij Usjakov", Language.NN),
        NameCount.of("Yuri Ushakov", Language.EN)));
    List<NameCount> b = new ArrayList<>(a);
    Collections.reverse(b);
    assertThat(NameMerger.merge(a, Scope.STORY)).isEqualTo(NameMerger.merge(b, Scope.STORY)).hasSize(1);
  }

  @Test
  void seedStoriesNameTheSameAdviserAndIsland() throws IOException {
    Path seeds = TestData.sharedOrSkip("samples/seeds");
    String nn = Files.readString(seeds.resolve("000_eb6f932521c15467.txt"), StandardCharsets.UTF_8);
    String da = Files.readString(seeds.resolve("004_67ba073e76b943a6.txt"), StandardCharsets.UTF_8);
    List<NameCount> names = new ArrayList<>();
    names.addAll(capitalisedRuns(nn, Language.NN));
    names.addAll(capitalisedRuns(da, Language.DA));
    List<EntityCluster> clusters = NameMerger.merge(names, Scope.CORPUS);

    assertThat(find(clusters, "Jurij Usjakov").variants()).containsKey("Juri Ushakov");
    assertThat(find(clusters, "Russkijøya").variants()).containsKey("Russky-ø");
    assertThat(find(clusters, "Nord-Korea").variants()).containsKeys("Nord-Koreas", "Nordkoreas");
    assertThat(find(clusters, "Kim Jong-un").variants()).doesNotContainKey("Kim Jong-il");
    assertThat(find(clusters, "Sør-Korea").variants()).containsKey("Sydkoreas").doesNotContainKey("Nord-Korea");
  }

  /** A crude stand-in for the recogniser: runs of capitalised words, split after a genitive -s. */
  private static List<NameCount> capitalisedRuns(String text, Language lang) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Matcher m = Pattern.compile("\\p{Lu}[\\p{L}-]+(?:(?<!s) \\p{Lu}[\\p{L}-]+)*").matcher(text);
    while (m.find()) {
      counts.merge(m.group(), 1, Integer::sum);
    }
    List<NameCount> out = new ArrayList<>();
    counts.forEach((s, c) -> out.add(new NameCount(s, lang, null, c)));
    return out;
  }

  /**
   * The Swedish corpus tags "centrala Stockholm" as one place: the describing word neither keeps it
   * apart from Stockholm nor is shown, while name particles and case-less names stay whole.
   */
  @Test
  void describingWordsInLowerCaseJoinThePlaceAndAreNotShown() {
    List<EntityCluster> merged = NameMerger.merge(List.of(
        new NameCount("Stockholm", Language.SV, "LOC", 2),
        new NameCount("centrala Stockholm", Language.SV, "LOC", 3),
        new NameCount("södra Stockholm", Language.SV, "LOC", 2),
        new NameCount("sydvästra Pakistan", Language.SV, "LOC", 1),
        new NameCount("östra Ryssland", Language.SV, "ORG", 1),
        new NameCount("von Schreeb", Language.SV, "PER", 1),
        new NameCount("polisen", Language.SV, "ORG", 2)), Scope.STORY);
    assertThat(merged).extracting(EntityCluster::display, EntityCluster::type, EntityCluster::count)
        .containsExactlyInAnyOrder(
            Tuple.tuple("Stockholm", "LOC", 7),
            Tuple.tuple("Pakistan", "LOC", 1),
            Tuple.tuple("Ryssland", "LOC", 1),
            Tuple.tuple("von Schreeb", "PER", 1),
            Tuple.tuple("polisen", "ORG", 2));
    assertThat(find(merged, "centrala Stockholm").variants())
        .containsOnlyKeys("Stockholm", "centrala Stockholm", "södra Stockholm");
  }

  /**
   * An ordinal in digits names a numbered street: "97th Avenue" and "117th Street" are two places,
   * each keyed and shown whole, not a lone "Avenue" or "Street" that every numbered street of a story
   * would meet in.
   */
  @Test
  void anOrdinalStreetKeepsItsNumberInKeyAndDisplay() {
    assertThat(NameKeys.key("97th Avenue", Language.EN)).isEqualTo(NameKeys.key("97th avenue", Language.EN))
        .isNotEqualTo(NameKeys.key("Avenue", Language.EN)).startsWith("97");
    List<EntityCluster> merged = NameMerger.merge(List.of(
        new NameCount("97th Avenue", Language.EN, "LOC", 2),
        new NameCount("117th Street", Language.EN, "LOC", 1),
        new NameCount("42nd Street", Language.EN, "LOC", 1)), Scope.STORY);
    assertThat(merged).extracting(EntityCluster::display)
        .containsExactlyInAnyOrder("97th Avenue", "117th Street", "42nd Street");
  }

  @Test
  void aCountryTaggedAsOrganisationIsShownAsAPlaceAShipNotAsAPerson() {
    List<EntityCluster> merged = NameMerger.merge(List.of(
        new NameCount("Nord-Korea", Language.NN, "ORG", 11),
        new NameCount("Nord-Korea", Language.NN, "LOC", 3),
        new NameCount("USA", Language.NN, "ORG", 5),
        new NameCount("Jordan", Language.EN, "PER", 4),
        new NameCount("Equinor", Language.NB, "ORG", 6),
        new NameCount("Kreml", Language.DA, "ORG", 2),
        new NameCount("MS Havørn", Language.NB, "PER", 5),
        new NameCount("MSN Messenger", Language.EN, "PER", 1),
        new NameCount("FHs", Language.DA, "ORG", 2),
        new NameCount("DR's", Language.DA, "ORG", 1),
        new NameCount("NRK’s", Language.DA, "ORG", 1)), Scope.STORY);
    assertThat(merged).extracting(EntityCluster::display, EntityCluster::type).containsExactlyInAnyOrder(
        Tuple.tuple("Nord-Korea", "LOC"),
        Tuple.tuple("USA", "LOC"),
        Tuple.tuple("Jordan", "PER"),
        Tuple.tuple("Equinor", "ORG"),
        Tuple.tuple("Kreml", "ORG"),
        Tuple.tuple("MS Havørn", "MISC"),
        Tuple.tuple("MSN Messenger", "PER"),
        Tuple.tuple("FH", "ORG"),
        Tuple.tuple("DR", "ORG"),
        Tuple.tuple("NRK", "ORG"));
  }

  /**
   * Nynorsk and Bokmål spell an institute a letter apart; short names a letter apart are other
   * people, and a replaced letter makes another town.
   */
  @Test
  void longNamesALetterApartJoinInAStoryShortOnesAndOtherTypesDoNot() {
    List<NameCount> names = List.of(
        new NameCount("Havforskingsinstituttet", Language.NN, "ORG", 2),
        new NameCount("Havforskningsinstituttet", Language.NB, "ORG", 3),
        new NameCount("Olsen", Language.NB, "PER", 2),
        new NameCount("Olesen", Language.NB, "PER", 2),
        new NameCount("Kristiansund", Language.NB, "LOC", 2),
        new NameCount("Kristiansand", Language.NB, "LOC", 2),
        new NameCount("Ole Kristoffersen", Language.NB, "PER", 2),
        new NameCount("Ole Kristofersen", Language.NB, "PER", 1),
        new NameCount("Storbrandsgruppen", Language.NB, "ORG", 1),
        new NameCount("Storbrandgruppen", Language.NB, "LOC", 1));
    assertThat(NameMerger.merge(names, Scope.STORY)).extracting(EntityCluster::display).containsExactlyInAnyOrder(
        "Havforskningsinstituttet", "Olsen", "Olesen", "Kristiansund", "Kristiansand", "Ole Kristoffersen",
        "Storbrandsgruppen", "Storbrandgruppen");
    assertThat(NameMerger.merge(names, Scope.CORPUS)).as("Kristof(f)ersen share a key").hasSize(9);
    assertThat(NameMerger.oneLetterInserted("abcdefghij", "abcdefghij")).isFalse();
    assertThat(NameMerger.oneLetterInserted("abcdefghij", "abcdexfghij")).isTrue();
    assertThat(NameMerger.oneLetterInserted("abcdefghij", "abcdefghik")).isFalse();
    assertThat(NameMerger.oneLetterInserted("abcdefghij", "abcdefghijkl")).isFalse();
  }

  /** A given name and the first of two surnames joined by a dash join the person named with both (session 44). */
  @Test
  void aGivenNameAndTheFirstOfTwoDashedSurnamesJoinThePersonInAStory() {
    List<EntityCluster> inStory = NameMerger.merge(List.of(
        new NameCount("Jens Holm-Vestergaard", Language.DA, "PER", 2),
        new NameCount("Jens Holm", Language.DA, "PER", 5),
        new NameCount("Holm", Language.DA, "PER", 1)), Scope.STORY);
    assertThat(inStory).singleElement().extracting(EntityCluster::display).isEqualTo("Jens Holm-Vestergaard");
    List<EntityCluster> compound = NameMerger.merge(List.of(
        new NameCount("Jens Holm-mindefonden", Language.DA, "PER", 1),
        new NameCount("Jens Holm", Language.DA, "PER", 3)), Scope.STORY);
    assertThat(compound).as("a compound noun of the name is no second surname").hasSize(2);
    assertThat(ShortNames.secondSurnameAfterADash("Jens Holm-Vestergaard", "Jens Holm")).isTrue();
    assertThat(ShortNames.secondSurnameAfterADash("Jens Holm-mindefonden", "Jens Holm")).isFalse();
    assertThat(ShortNames.secondSurnameAfterADash("Jens Holmer-Vestergaard", "Jens Holm")).isFalse();
    assertThat(ShortNames.secondSurnameAfterADash("Holm-Vestergaard", "Holm")).as("a given name first").isFalse();
    assertThat(ShortNames.secondSurnameAfterADash("K. L. Holm-Vestergaard", "K. L. Holm")).as("initials first").isFalse();
  }

  /**
   * A given name misspelt by one letter (replaced, dropped or two swapped) is the same person when
   * the surname is the same; short given names, names the story also writes with other surnames,
   * and other types are not joined.
   */
  @Test
  void aGivenNameOneSlipApartJoinsThePersonOfTheSameSurnameInAStory() {
    List<NameCount> names = List.of(
        new NameCount("Jacinta Ardern", Language.DA, "PER", 5),
        new NameCount("Jarcinta Ardern", Language.DA, "PER", 1),
        new NameCount("Federica Moll", Language.DA, "PER", 3),
        new NameCount("Fedreica Moll", Language.DA, "PER", 1),
        new NameCount("Alec Baldwyn", Language.EN, "PER", 4),
        new NameCount("Alex Baldwyn", Language.EN, "PER", 1),
        new NameCount("Per Holm", Language.DA, "PER", 2),
        new NameCount("Pia Holm", Language.DA, "PER", 2),
        new NameCount("Jens Krogh", Language.DA, "PER", 2),
        new NameCount("Jans Krogh", Language.DA, "PER", 1),
        new NameCount("Jens Lyng", Language.DA, "PER", 1),
        new NameCount("Jans Vestergaard", Language.DA, "PER", 1),
        new NameCount("Karsten Bank", Language.DA, "ORG", 2),
        new NameCount("Kirsten Bank", Language.DA, "PER", 2));
    List<EntityCluster> inStory = NameMerger.merge(names, Scope.STORY);
    assertThat(find(inStory, "Jacinta Ardern").variants()).containsOnlyKeys("Jacinta Ardern", "Jarcinta Ardern");
    assertThat(find(inStory, "Jacinta Ardern").display()).isEqualTo("Jacinta Ardern");
    assertThat(find(inStory, "Federica Moll").variants()).as("two letters swapped")
        .containsOnlyKeys("Federica Moll", "Fedreica Moll");
    assertThat(find(inStory, "Alec Baldwyn").variants()).containsOnlyKeys("Alec Baldwyn", "Alex Baldwyn");
    assertThat(find(inStory, "Per Holm").variants()).as("three letters").containsOnlyKeys("Per Holm");
    assertThat(find(inStory, "Jens Krogh").variants()).as("both given names used with other surnames")
        .containsOnlyKeys("Jens Krogh");
    assertThat(find(inStory, "Karsten Bank").variants()).as("another type").containsOnlyKeys("Karsten Bank");
    assertThat(NameMerger.merge(names, Scope.CORPUS)).hasSize(names.size());
    List<EntityCluster> once = NameMerger.merge(List.of(
        new NameCount("Jens Krogh", Language.DA, "PER", 2),
        new NameCount("Jans Krogh", Language.DA, "PER", 1),
        new NameCount("Jens Lyng", Language.DA, "PER", 1)), Scope.STORY);
    assertThat(find(once, "Jens Krogh").variants()).as("only one of them used with another surname")
        .containsOnlyKeys("Jens Krogh", "Jans Krogh");
    List<EntityCluster> three = NameMerger.merge(List.of(
        new NameCount("Maria Lund", Language.DA, "PER", 2),
        new NameCount("Marie Lund", Language.DA, "PER", 2),
        new NameCount("Marta Lund", Language.DA, "PER", 2)), Scope.STORY);
    assertThat(three).as("each fits two others: which to join is unknown").hasSize(3);
    List<NameCount> slipFirst = List.of(
        new NameCount("Vladimr Pudin", Language.DA, "PER", 2),
        new NameCount("Vladimir Pudin", Language.DA, "PER", 1));
    assertThat(NameMerger.merge(slipFirst, Scope.STORY, Set.of("Vladimir")::contains)).singleElement()
        .extracting(EntityCluster::display).as("the spelling the corpora know is shown").isEqualTo("Vladimir Pudin");
    assertThat(NameMerger.merge(slipFirst, Scope.STORY)).singleElement()
        .extracting(EntityCluster::display).isEqualTo("Vladimr Pudin");
    assertThat(NameMerger.oneEdit("jacinta", "jarcinta")).isTrue();
    assertThat(NameMerger.oneEdit("federica", "fedreica")).isTrue();
    assertThat(NameMerger.oneEdit("federica", "fedrieca")).isFalse();
    assertThat(NameMerger.oneEdit("alec", "alex")).isTrue();
    assertThat(NameMerger.oneEdit("alec", "alec")).isFalse();
  }

  @Test
  void nationalityAdjectivesAreMiscAndDescriptionsAreNoNames() {
    List<EntityCluster> merged = NameMerger.merge(List.of(
        new NameCount("Norska forskare", Language.SV, "ORG", 1),
        new NameCount("Danske soldater", Language.DA, "ORG", 1),
        new NameCount("Norwegian", Language.EN, "ORG", 1),
        new NameCount("Norsk Hydro", Language.NB, "ORG", 2),
        new NameCount("Svenska Dagbladet", Language.SV, "ORG", 1),
        new NameCount("Danmark", Language.DA, "LOC", 1)), Scope.STORY);
    assertThat(merged).extracting(EntityCluster::display, EntityCluster::type).containsExactlyInAnyOrder(
        Tuple.tuple("Norwegian", "MISC"),
        Tuple.tuple("Norsk Hydro", "ORG"),
        Tuple.tuple("Svenska Dagbladet", "ORG"),
        Tuple.tuple("Danmark", "LOC"));
  }

  @Test
  void namesInCapitalsThroughoutAreShownInTitleCaseAcronymsAreNot() {
    assertThat(Display.unshout("THOMAS HYLLAND ERIKSEN")).isEqualTo("Thomas Hylland Eriksen");
    assertThat(Display.unshout("NY TID")).isEqualTo("NY TID");
    assertThat(Display.unshout("O'LEARY")).isEqualTo("O'Leary");
    assertThat(Display.unshout("KIM JONG-UN")).isEqualTo("KIM JONG-UN");
    assertThat(Display.unshout("STATOIL-SJEFEN")).isEqualTo("Statoil-Sjefen");
    assertThat(Display.unshout("UNICEF")).isEqualTo("Unicef");
    assertThat(Display.unshout("NATO")).isEqualTo("NATO");
    assertThat(Display.unshout("NRK P3")).isEqualTo("NRK P3");
    assertThat(Display.unshout("McDONALD")).isEqualTo("McDONALD");
    List<EntityCluster> merged = NameMerger.merge(List.of(
        new NameCount("THOMAS HYLLAND ERIKSEN", Language.NB, "PER", 3)), Scope.STORY);
    assertThat(merged.get(0).display()).isEqualTo("Thomas Hylland Eriksen");
  }

  @Test
  void anEnglishPluralNameIsShownAsWrittenAndAScandinavianGenitiveIsNot() {
    EntityCluster team = find(NameMerger.merge(List.of(
        new NameCount("Chargers", Language.EN, "ORG", 54),
        new NameCount("Charger", Language.EN, "ORG", 3)), Scope.STORY), "Chargers");
    assertThat(team.display()).isEqualTo("Chargers");
    EntityCluster putin = find(NameMerger.merge(List.of(
        new NameCount("Putins", Language.NB, "PER", 9),
        new NameCount("Putin", Language.NB, "PER", 3)), Scope.STORY), "Putin");
    assertThat(putin.display()).isEqualTo("Putin");
  }

  @Test
  void aRareRunOnOfTheFallbackIsNotShownButAScandinavianFullNameIs() {
    EntityCluster page = find(NameMerger.merge(List.of(
        new NameCount("Bettie Page", Language.EN, "PER", 41),
        new NameCount("Bettie Page T-shirts", Language.EN, "PER", 1),
        new NameCount("Page", Language.EN, "PER", 88)), Scope.STORY), "Bettie Page");
    assertThat(page.display()).isEqualTo("Bettie Page");
    EntityCluster engen = find(NameMerger.merge(List.of(
        new NameCount("Thor Ola", Language.NB, "PER", 14),
        new NameCount("Thor Ola Engen", Language.NB, "PER", 3)), Scope.STORY), "Thor Ola");
    assertThat(engen.display()).isEqualTo("Thor Ola Engen");
  }

  /** "Felt" beside "Mark Felt" and "W. Mark Felt" (one person) and two relatives: the surname weighs the person whole. */
  @Test
  void aSurnameWeighsAPersonsReadingsAsOne() {
    List<NameCount> names = List.of(
        new NameCount("Felt", Language.EN, "PER", 137),
        new NameCount("Mark Felt", Language.EN, "PER", 15),
        new NameCount("W. Mark Felt", Language.EN, "PER", 10),
        new NameCount("Joan Felt", Language.EN, "PER", 2),
        new NameCount("Audrey Felt", Language.EN, "PER", 1));
    List<EntityCluster> inStory = NameMerger.merge(names, Scope.STORY);
    assertThat(find(inStory, "Felt").variants()).containsOnlyKeys("Felt", "Mark Felt", "W. Mark Felt");
    assertThat(find(inStory, "Joan Felt").variants()).containsOnlyKeys("Joan Felt");
  }

  /**
   * "Anna" joins "Anna Spilling Isaksen" as a first name; "FRV" (an acronym the finder typed a
   * person) does not join the broken run "FRV Australia Managing": a given name is not written in
   * capitals only.
   */
  @Test
  void anAcronymIsNoFirstName() {
    List<EntityCluster> inStory = NameMerger.merge(List.of(
        new NameCount("FRV", Language.EN, "PER", 15),
        new NameCount("FRV Australia Managing", Language.EN, "PER", 2),
        new NameCount("Anna", Language.NB, "PER", 3),
        new NameCount("Anna Spilling Isaksen", Language.NB, "PER", 2)), Scope.STORY);
    assertThat(find(inStory, "FRV").variants()).containsOnlyKeys("FRV");
    assertThat(find(inStory, "Anna").variants()).containsOnlyKeys("Anna", "Anna Spilling Isaksen");
    List<EntityCluster> shouted = NameMerger.merge(List.of(
        new NameCount("Anna", Language.NB, "PER", 3),
        new NameCount("ANNA", Language.NB, "PER", 1),
        new NameCount("Anna Spilling Isaksen", Language.NB, "PER", 2)), Scope.STORY);
    assertThat(find(shouted, "ANNA").variants()).as("a given name also written in capitals")
        .containsOnlyKeys("Anna", "ANNA", "Anna Spilling Isaksen");
  }

  /**
   * An acronym in capitals that begins a longer person-typed name named as often or more is that
   * name's prefix and joins it ("INS" once beside "INS Mysore" ×26, "Indian Naval Services (INS)
   * Mysore"); named more often alone it stays apart ("FRV", above).
   */
  @Test
  void anAcronymJoinsALongerNameItBeginsWhenThatIsNamedAsOften() {
    List<EntityCluster> inStory = NameMerger.merge(List.of(
        new NameCount("INS", Language.EN, "PER", 1),
        new NameCount("INS Mysore", Language.EN, "PER", 26)), Scope.STORY);
    assertThat(find(inStory, "INS Mysore").variants()).containsOnlyKeys("INS", "INS Mysore");
  }
}
