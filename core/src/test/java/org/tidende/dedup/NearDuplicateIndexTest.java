package org.tidende.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tidende.model.ArticleId;

class NearDuplicateIndexTest {
  private static final String STORY = """
      Kommunestyret i Lindvik vedtok tysdag kveld å leggje ned skulen på Berg etter ein lang og \
      opprivande debatt. Foreldra har kjempa for skulen i tre år og meiner kommunen har rekna feil \
      på kostnadene. Ordføraren seier vedtaket var tungt, men naudsynt for å få budsjettet i balanse. \
      Elevane skal frå hausten gå på sentrumsskulen, som får ein ny fløy til tolv millionar kroner. \
      Foreldreutvalet vurderer no å klage vedtaket inn for statsforvaltaren, og fleire har varsla \
      at dei vil flytte frå bygda dersom skulen forsvinn for godt.""";

  private static final String OTHER = """
      Politiet i Nordfjord leitar etter ein mann i femtiåra som ikkje kom heim frå fisketur måndag. \
      Båten hans vart funnen driv ande nær Måløy tidleg tysdag morgon. Redningsskøyta, helikopter og \
      frivillige mannskap deltek i søket, som vart utvida til heile fjorden i ettermiddag. Familien \
      er varsla, opplyser operasjonsleiaren.""";

  private static ArticleId id(String s) {
    return new ArticleId(s);
  }

  @Test
  void exactCopyDespiteCaseWhitespacePunctuationAndBoilerplate() {
    NearDuplicateIndex index = new NearDuplicateIndex(DedupConfig.defaults());
    assertThat(index.add(id("a"), "Skule blir lagd ned", STORY, 1000)).isInstanceOf(DuplicateVerdict.Unique.class);
    String copy = "Foto: NTB\n" + STORY.toUpperCase(Locale.ROOT).replace(".", " ;") + "\nLes også: Fleire skular kan bli lagde ned\nDel på Facebook";
    DuplicateVerdict v = index.add(id("b"), "SKULE BLIR LAGD NED!", copy, 2000);
    assertThat(v).isEqualTo(new DuplicateVerdict.Duplicate(id("a"), 1.0, DuplicateVerdict.Match.EXACT));
  }

  @Test
  void nearCopyWithAFewWordsChangedIsNearDuplicate() {
    NearDuplicateIndex index = new NearDuplicateIndex(DedupConfig.defaults());
    index.add(id("a"), STORY, 0);
    index.add(id("x"), OTHER, 0);
    String edited = STORY.replace("tysdag kveld", "måndag kveld").replace("tre år", "fire år")
        .replace("tolv millionar", "femten millionar");
    DuplicateVerdict v = index.add(id("b"), edited, 10);
    assertThat(v).isInstanceOfSatisfying(DuplicateVerdict.Duplicate.class, d -> {
      assertThat(d.of()).isEqualTo(id("a"));
      assertThat(d.match()).isEqualTo(DuplicateVerdict.Match.NEAR);
      assertThat(d.similarity()).isBetween(0.6, 0.99);
    });
  }

  @Test
  void everyFourthWordReplacedIsStillNearDuplicateAndWordsWeighTwice() {
    NearDuplicateIndex index = new NearDuplicateIndex(DedupConfig.defaults());
    index.add(id("a"), STORY, 0);
    String[] words = STORY.split(" ");
    for (int i = 3; i < words.length; i += 4) {
      words[i] = "ord" + i; // a quarter of the words substituted: half the word pairs are gone
    }
    String edited = String.join(" ", words);
    assertThat(index.add(id("b"), edited, 5)).isInstanceOf(DuplicateVerdict.Duplicate.class);
    // Exact weighted Jaccard: each word counts twice, each word pair once.
    Fingerprinter f = index.fingerprinter();
    double j = Fingerprint.exactJaccard(f.shingles("", STORY), f.shingles("", edited));
    assertThat(j).isBetween(0.47, 0.56);
  }

  @Test
  void truncatedCopyIsNearDuplicate() {
    NearDuplicateIndex index = new NearDuplicateIndex(DedupConfig.defaults());
    index.add(id("a"), STORY, 0);
    String truncated = STORY.substring(0, STORY.indexOf("Foreldreutvalet"));
    assertThat(index.add(id("b"), truncated, 5)).isInstanceOf(DuplicateVerdict.Duplicate.class);
  }

  @Test
  void unrelatedTextAndHeadlinesDifferingInAPlaceAreUnique() {
    NearDuplicateIndex index = new NearDuplicateIndex(DedupConfig.defaults());
    index.add(id("a"), STORY, 0);
    assertThat(index.add(id("b"), OTHER, 0)).isInstanceOf(DuplicateVerdict.Unique.class);
    index.add(id("h1"), "Explosion vid port i Malmö", "", 0);
    assertThat(index.add(id("h2"), "Explosion vid skola i Malmö", "", 60)).isInstanceOf(DuplicateVerdict.Unique.class);
    assertThat(index.add(id("h3"), "Stor polisinsats i Uppsala", "", 60)).isInstanceOf(DuplicateVerdict.Unique.class);
    assertThat(index.add(id("h4"), "Stor polisinsats i Malmö", "", 60)).isInstanceOf(DuplicateVerdict.Unique.class);
  }

  @Test
  void sameHeadlineWithDifferentLeadsIsHeadlineDuplicateInsideTheWindowOnly() {
    NearDuplicateIndex index = new NearDuplicateIndex(DedupConfig.defaults());
    index.add(id("a"), "Guldgruva har kollapsat – 25 arbetare fast", "En guldgruva i Colombia har rasat, uppger myndigheter.", 0);
    DuplicateVerdict v = index.add(id("b"), "Guldgruva har kollapsat: 25 arbetare fast", "Arbetare fast i Colombia", 600);
    assertThat(v).isInstanceOfSatisfying(DuplicateVerdict.Duplicate.class,
        d -> assertThat(d.match()).isEqualTo(DuplicateVerdict.Match.HEADLINE));
    assertThat(index.add(id("c"), "Guldgruva har kollapsat – 25 arbetare fast", "Nytt ras i gruvan", 10 * 86400))
        .isInstanceOf(DuplicateVerdict.Unique.class);
  }

  @Test
  void evictionByEventTimeAndByCapacityForgetsOldItems() {
    NearDuplicateIndex index = new NearDuplicateIndex(DedupConfig.defaults());
    index.add(id("a"), STORY, 100);
    index.add(id("x"), OTHER, 500);
    assertThat(index.evictBefore(200)).isEqualTo(1);
    assertThat(index.size()).isEqualTo(1);
    assertThat(index.add(id("b"), STORY, 600)).isInstanceOf(DuplicateVerdict.Unique.class);

    NearDuplicateIndex small = new NearDuplicateIndex(DedupConfig.defaults().withCapacity(3, 0));
    small.add(id("a"), STORY, 0);
    for (int i = 0; i < 3; i++) {
      small.add(id("f" + i), "Filler text number " + i + " about weather in region " + (i * 7), 1 + i);
    }
    assertThat(small.size()).isEqualTo(3);
    assertThat(small.evictedByCapacity()).isEqualTo(1);
    assertThat(small.add(id("b"), STORY, 10)).isInstanceOf(DuplicateVerdict.Unique.class);
  }

  @Test
  void maxAgeEvictsOnAddAndMemoryStaysBounded() {
    NearDuplicateIndex index = new NearDuplicateIndex(DedupConfig.defaults().withCapacity(1000, 3600));
    for (int i = 0; i < 5000; i++) {
      index.add(id("i" + i), "Melding nummer " + i + " om trafikk på veg " + (i % 97) + " og ferje " + (i % 13), i * 60L);
    }
    assertThat(index.size()).isBetween(57, 64); // the watermark is the third-latest time: two more items live
    assertThat(index.evictedByTime()).isGreaterThan(4900);
    assertThat(index.memoryBytes()).isLessThan(2_000_000);
  }

  @Test
  void oneItemDatedFarAheadDoesNotEvictTheOthers() {
    NearDuplicateIndex index = new NearDuplicateIndex(DedupConfig.defaults().withCapacity(1000, 3600));
    index.add(id("a"), STORY, 1000);
    index.add(id("x"), OTHER, 1010);
    index.add(id("y"), "Filler text about weather in the region", 1020);
    index.add(id("typo"), "A council meets to discuss its budget", 7_000_000_000L);
    assertThat(index.size()).isEqualTo(4);
    assertThat(index.add(id("b"), STORY, 1030)).isInstanceOf(DuplicateVerdict.Duplicate.class);
    assertThat(index.watermark()).isEqualTo(1020);
  }

  @Test
  void sameInputGivesSameVerdictsAndCopyIsIndependent() {
    List<DuplicateVerdict> first = replay();
    assertThat(replay()).isEqualTo(first);
    NearDuplicateIndex index = new NearDuplicateIndex(DedupConfig.defaults());
    index.add(id("a"), STORY, 0);
    NearDuplicateIndex snapshot = index.copy();
    index.evictBefore(10);
    assertThat(snapshot.add(id("b"), STORY, 1)).isInstanceOf(DuplicateVerdict.Duplicate.class);
    assertThat(index.add(id("b"), STORY, 1)).isInstanceOf(DuplicateVerdict.Unique.class);
  }

  @Test
  void emptyAndPunctuationOnlyTextsAreUniqueAndNotIndexed() {
    NearDuplicateIndex index = new NearDuplicateIndex(DedupConfig.defaults());
    assertThat(index.add(id("a"), "", 0)).isInstanceOf(DuplicateVerdict.Unique.class);
    assertThat(index.add(id("b"), " .,;!? ", 0)).isInstanceOf(DuplicateVerdict.Unique.class);
    assertThat(index.size()).isZero();
  }

  private static List<DuplicateVerdict> replay() {
    NearDuplicateIndex index = new NearDuplicateIndex(DedupConfig.defaults().withCapacity(50, 0));
    List<DuplicateVerdict> out = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String text = (i % 3 == 0 ? STORY : OTHER) + " Oppdatering " + (i % 11) + ".";
      out.add(index.add(id("r" + i), text, i));
    }
    return out;
  }
}
