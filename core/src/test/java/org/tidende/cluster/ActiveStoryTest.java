package org.tidende.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.tidende.analysis.ArticleAnalyzer;
import org.tidende.model.ArticleId;
import org.tidende.model.Assignment;
import org.tidende.model.Language;
import org.tidende.model.StoryId;

/**
 * A story's norms treat a member's weak names and numbers (shorter than unit length, see {@link
 * FeatureVector#build}) as of unit length however the story was built: member by member, by a merge
 * (which recomputes the norms from the centroid, as pruning does), or with a member taken out again.
 */
class ActiveStoryTest {
  private static final ClusterConfig CFG = ClusterConfig.defaults();
  private static final ActiveStory.Blend SPECIFICS = new ActiveStory.Blend(1.0, -1, -1); // the specifics cosine alone, no floors
  private static final long YEAR = FeatureVector.numberKey("2024");

  /** An article with two words and one everyday number, its specifics at a third of unit length. */
  private static FeatureVector weak(String a, String b) {
    long[] keys = {FeatureVector.termKey(Language.NB, a),
        FeatureVector.termKey(Language.NB, b), YEAR};
    return FeatureVector.build(keys, new double[] {1, 1, 1}, 40, 2, 3.0, 1);
  }

  private static ActiveStory story(String id, FeatureVector... members) {
    ActiveStory s = new ActiveStory(new StoryId(id), 0);
    int n = 0;
    for (FeatureVector v : members) {
      s.add(new ArticleId(id + n++), v, new long[0], s.dot(v), Long.MIN_VALUE, 0, CFG);
    }
    return s;
  }

  @Test
  void aWeakNumberHasLessThanUnitLength() {
    assertThat(weak("katt", "hund").specificSlack()).isCloseTo(1 - 1.0 / 9, within(1e-6));
  }

  @Test
  void aMergedStoryKeepsItsMembersWeakSpecificsAsUnitLength() {
    FeatureVector a = weak("katt", "hund");
    FeatureVector b = weak("valp", "navn");
    FeatureVector c = weak("varm", "rekord");
    ActiveStory added = story("x", a, b);
    ActiveStory merged = story("y", a);
    merged.absorb(story("z", b), 1, CFG);
    assertThat(merged.normSqSpecific).isCloseTo(added.normSqSpecific, within(1e-6));
    // two stories sharing only the year do not look alike on their names and numbers once merged
    assertThat(merged.centroidSimilarity(story("w", c), SPECIFICS))
        .isCloseTo(added.centroidSimilarity(story("w", c), SPECIFICS), within(1e-6))
        .isLessThan(0.2);
  }

  @Test
  void aMemberTakenOutLeavesTheNormsAsIfItHadNeverJoined() {
    FeatureVector a = weak("katt", "hund");
    FeatureVector b = weak("valp", "navn");
    ActiveStory s = story("x", a, b);
    double scoreAlone = story("y", b).centroidScore(a, story("y", b).dot(a), SPECIFICS);
    assertThat(s.leaveOneOutScore(s.members.get(0), SPECIFICS)).isCloseTo(scoreAlone, within(1e-6));
    s.removeMember(s.members.get(0));
    assertThat(s.normSqSpecific).isCloseTo(story("y", b).normSqSpecific, within(1e-6));
  }

  /**
   * A member's shift across language groups ({@link FeatureVector.Shift}: a name added, a weekday
   * left out) changes what an article of another group meets, not the plain centroid, and leaves
   * the story with the member: taken out, or carried over by a merge.
   */
  @Test
  void aMembersShiftAcrossGroupsIsReadOnlyAcrossAndLeavesWithIt() {
    long place = FeatureVector.nameKey("kobenhavn");
    long weekday = FeatureVector.numberKey("wtuesday");
    long name = FeatureVector.nameKey("kjaergaard");
    FeatureVector member = FeatureVector.build(new long[] {FeatureVector.termKey(Language.EN, "metro"),
        name, weekday}, new double[] {1, 1, 1}, 40, 1, 0, 1 << 5);
    FeatureVector.Shift shift = new FeatureVector.Shift(new long[] {weekday, place}, new float[] {-0.7071068f, 0.5f});
    ActiveStory s = new ActiveStory(new StoryId("x"), 0);
    s.add(new ArticleId("e1"), member, new long[0], s.dot(member), Long.MIN_VALUE, 0, CFG, shift);
    FeatureVector article = FeatureVector.build(new long[] {place, name}, new double[] {1, 1}, 40, 0, 0, 1);
    assertThat(s.dot(article)[1]).as("plain: the name only").isCloseTo(0.5, within(1e-6));
    assertThat(s.acrossDot(article)[1]).as("across: the place too").isCloseTo(0.5 + 0.5 * 0.7071068, within(1e-6));
    assertThat(s.acrossNormSqSpecific()).as("weekday out, place in").isCloseTo(0.5 + 0.25, within(1e-6));
    ActiveStory merged = story("y", weak("katt", "hund"));
    merged.absorb(s, 1, CFG);
    assertThat(merged.acrossShift.get(place)).isEqualTo(0.5f);
    s.removeMember(s.members.get(0));
    assertThat(s.acrossShift.get(place)).isZero();
    assertThat(s.acrossShift.get(weekday)).isZero();
  }

  /**
   * A story of headlines about a party leaders' debate, one member with a text naming people: a
   * new headline sharing the debate's words but naming something else ("Rwanda-plan") is judged
   * mostly by its words, as the story's names speak for one member in four. Had every member
   * carried those names, the specifics floor would have scored it zero.
   */
  @Test
  void aStorysNamesCountAsFarAsItsMembersHaveAny() {
    Language da = Language.DA;
    long debate = FeatureVector.termKey(da, "partilederdebat");
    long leader = FeatureVector.termKey(da, "partiled");
    ActiveStory.Blend blend = new ActiveStory.Blend(CFG.specificWeight(), CFG.specificFloor(), CFG.termFloor());
    FeatureVector headline = FeatureVector.build(new long[] {debate, leader, FeatureVector.termKey(da, "podcast")},
        new double[] {1, 1, 1}, 40, 3, 0, 1);
    FeatureVector named = FeatureVector.build(new long[] {debate, leader, FeatureVector.termKey(da, "løn"),
        FeatureVector.nameKey("vermund"), FeatureVector.nameKey("vanopslakh")}, new double[] {1, 1, 1, 1, 1}, 40, 3, 0, 1);
    FeatureVector rwanda = FeatureVector.build(new long[] {debate, leader, FeatureVector.termKey(da, "nej"),
        FeatureVector.nameKey("rvandaplan")}, new double[] {1, 1, 1, 1}, 40, 3, 0, 1);
    ActiveStory headlines = story("h", headline, headline, headline, named);
    ActiveStory allNamed = story("n", named, named, named, named);
    double score = headlines.centroidScore(rwanda, headlines.dot(rwanda), blend);
    assertThat(allNamed.centroidScore(rwanda, allNamed.dot(rwanda), blend)).isZero();
    assertThat(score).isGreaterThan(CFG.shortThreshold());
    // the weight and the penalty follow the share: with it at 1 the blend is what it always was
    assertThat(ActiveStory.blend(0.6, 0, true, true, true, true, true, 1, blend)).isZero();
    assertThat(ActiveStory.blend(0.6, 0, true, true, true, true, true, 0.25, blend))
        .isCloseTo((1 - 0.25 * CFG.specificWeight()) * 0.6 * 0.75, within(1e-9));
  }

  /**
   * "Skott i Hagsätra i södra Stockholm" and "Köer på E4 i södra Stockholm": the town is a name
   * feature and a word; counted once, under its name, the stories share one word and one name,
   * short of the two a merge needs, where counting the word as well made two of each.
   */
  @Test
  void aNamesOwnWordIsCountedUnderTheNameOnlyWhenStoriesCompareWhatTheyShare() {
    Language sv = Language.SV;
    long town = FeatureVector.termKey(sv, "stockholm");
    long south = FeatureVector.termKey(sv, "södra");
    long name = FeatureVector.nameKey("stokholm");
    FeatureVector shooting = FeatureVector.build(new long[] {town, south, FeatureVector.termKey(sv, "skott"), name},
        new double[] {1, 1, 1, 1}, 40, 3, 0, 1);
    FeatureVector queue = FeatureVector.build(new long[] {town, south, FeatureVector.termKey(sv, "kö"), name},
        new double[] {1, 1, 1, 1}, 40, 3, 0, 1);
    long[] specificWords = {town};
    ActiveStory a = new ActiveStory(new StoryId("a"), 0);
    a.add(new ArticleId("a1"), shooting, specificWords, a.dot(shooting), Long.MIN_VALUE, 0, CFG);
    ActiveStory b = new ActiveStory(new StoryId("b"), 0);
    b.add(new ArticleId("b1"), queue, specificWords, b.dot(queue), Long.MIN_VALUE, 0, CFG);
    assertThat(a.sharedCounts(b, 1)).containsExactly(1, 1);
    assertThat(story("c", shooting).sharedCounts(story("d", queue), 1)).as("no name words known").containsExactly(2, 1);
    // a merged story keeps its parts' name words
    ActiveStory merged = new ActiveStory(new StoryId("m"), 0);
    merged.absorb(a, 1, CFG);
    assertThat(merged.sharedCounts(story("d", queue), 1)).containsExactly(1, 1);
  }

  /**
   * "Stor brand på hotell" and "Stor demonstration": "stor" is in 6 % of the background news, so
   * it is not one of the words the stories must share (a word of a language without background
   * news, rate 0, always is).
   */
  @Test
  void everydayWordsAreNotCountedAmongTheSharedWords() {
    Language sv = Language.SV;
    long big = FeatureVector.termKey(sv, "stor");
    long hotel = FeatureVector.termKey(sv, "hotell");
    assertThat(BackgroundRates.shipped().rate(big)).isGreaterThan(0.02f);
    assertThat(BackgroundRates.shipped().rate(hotel)).isLessThan(0.02f);
    FeatureVector fire = FeatureVector.build(new long[] {big, hotel, FeatureVector.termKey(sv, "brand")},
        new double[] {1, 1, 1}, 40, 3, 0, 1);
    FeatureVector other = FeatureVector.build(new long[] {big, hotel, FeatureVector.termKey(sv, "gäst")},
        new double[] {1, 1, 1}, 40, 3, 0, 1);
    assertThat(story("a", fire).sharedCounts(story("b", other), 1)).containsExactly(2, 0);
    assertThat(story("a", fire).sharedCounts(story("b", other), 0.02)).containsExactly(1, 0);
    assertThat(story("a", fire).sharedCounts(other, new long[0], 0.02)).containsExactly(1, 0);
    long english = FeatureVector.termKey(Language.EN, "big");
    FeatureVector en = FeatureVector.build(new long[] {english}, new double[] {1}, 40, 1, 0, 2);
    assertThat(story("c", en).sharedCounts(story("d", en), 0.02)).containsExactly(1, 0);
  }

  /**
   * A word everyday in one language group's background items and rare in the pooled ones (mostly
   * Danish) is not among the shared words of a story of that group, and is among those of a story
   * of another; a story opened by an article takes its article's group.
   */
  @Test
  void theEverydayTestOfSharedWordsReadsTheStorysLanguageGroup() throws Exception {
    BackgroundRates table = BackgroundRatesTest.groupTable(0);
    Language no = Language.NB;
    long fylke = FeatureVector.termKey(no, new ArticleAnalyzer().terms(no, "fylket").get(0));
    long road = FeatureVector.termKey(no, "bom"); // not in the background
    FeatureVector closed = FeatureVector.build(new long[] {fylke, road, FeatureVector.termKey(no, "stenger")},
        new double[] {1, 1, 1}, 40, 3, 0, 1);
    FeatureVector open = FeatureVector.build(new long[] {fylke, road, FeatureVector.termKey(no, "åpner")},
        new double[] {1, 1, 1}, 40, 3, 0, 1);
    ActiveStory norwegianStory = story("a", closed);
    norwegianStory.background = table.of(Language.NB);
    ActiveStory danishStory = story("b", closed);
    danishStory.background = table.of(Language.DA);
    assertThat(norwegianStory.sharedCounts(open, new long[0], 0.02)).containsExactly(1, 0);
    assertThat(danishStory.sharedCounts(open, new long[0], 0.02)).containsExactly(2, 0);
    ActiveStory other = story("c", open);
    other.background = table.of(Language.NB);
    assertThat(norwegianStory.sharedCounts(other, 0.02)).containsExactly(1, 0);

    StoryClusterer c = new StoryClusterer(ClusterConfig.defaults());
    ClusterState state = new ClusterState();
    Assignment x = c.assign(state, StoryClustererTest.article("x", Language.NB, null, "Fylket stenger veien", ""),
        id -> { });
    assertThat(state.active.get(x.story()).background).isSameAs(BackgroundRates.shipped().of(Language.NB));
  }
}
