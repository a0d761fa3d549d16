package org.tidende.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidende.model.Language;

class NerCorpusTest {
  @Test
  void bioTagsBecomeSpansAndAdjacentBeginsSplit() {
    assertThat(NerCorpus.spans(List.of("B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-ORG"), true)).containsExactly(
        new NameSpan(0, 2, EntityType.PER), new NameSpan(3, 4, EntityType.LOC), new NameSpan(4, 5, EntityType.LOC),
        new NameSpan(5, 6, EntityType.ORG));
  }

  @Test
  void ioTagsMergeRunsOfOneType() {
    assertThat(NerCorpus.spans(List.of("PER", "PER", "0", "ORG", "LOC", "0"), false)).containsExactly(
        new NameSpan(0, 2, EntityType.PER), new NameSpan(3, 4, EntityType.ORG), new NameSpan(4, 5, EntityType.LOC));
  }

  @Test
  void readsAllThreeFormatsIncludingMixedSeparators(@TempDir Path dir) throws IOException {
    Path onlp = dir.resolve("a.txt");
    Files.writeString(onlp, "Dronning <START:per> Sonja <END> besøkte <START:gpe_loc> Bergen <END> .\n\n");
    Path bio = dir.resolve("b.conll");
    Files.writeString(bio, "Anders\tB-PER\nFogh\tI-PER\nkom\tO\n \t\nKøbenhavn\tB-LOC\n");
    Path io = dir.resolve("c.txt");
    Files.writeString(io, "Gunhild PER\nWestman\tPER\nvid   0\nUppsala ORG\nuniversitet\tORG\n\n");

    List<TaggedSentence> a = NerCorpus.readOpenNlp(onlp, Language.NB);
    assertThat(a).hasSize(1);
    assertThat(a.get(0).names()).containsExactly(new NameSpan(1, 2, EntityType.PER), new NameSpan(3, 4, EntityType.LOC));
    List<TaggedSentence> b = NerCorpus.readBio(bio, Language.DA);
    assertThat(b).hasSize(2);
    assertThat(b.get(0).names()).containsExactly(new NameSpan(0, 2, EntityType.PER));
    List<TaggedSentence> c = NerCorpus.readIo(io, Language.SV);
    assertThat(c).hasSize(1);
    assertThat(c.get(0).tokens()).containsExactly("Gunhild", "Westman", "vid", "Uppsala", "universitet");
    assertThat(c.get(0).names()).containsExactly(new NameSpan(0, 2, EntityType.PER), new NameSpan(3, 5, EntityType.ORG));
  }

  @Test
  void devFoldsHoldOutContiguousBlocksThatTogetherCoverDevOnce() {
    List<TaggedSentence> train = sentences("t", 4);
    List<TaggedSentence> dev = sentences("d", 7);
    NerCorpus.Split split = new NerCorpus.Split(Language.DA, train, dev);
    List<TaggedSentence> heldOut = new ArrayList<>();
    for (int k = 0; k < 3; k++) {
      NerCorpus.Split fold = split.devFold(k, 3);
      assertThat(fold.train()).hasSize(11 - fold.dev().size()).containsAll(train).doesNotContainAnyElementsOf(fold.dev());
      heldOut.addAll(fold.dev());
    }
    assertThat(heldOut).containsExactlyElementsOf(dev);
    assertThat(split.devFold(0, 3).dev()).containsExactlyElementsOf(dev.subList(0, 2));
    assertThat(split.withDevTrained().train()).hasSize(11);
    assertThat(split.withDevTrained().dev()).isEmpty();
    Assertions.assertThatThrownBy(() -> split.devFold(3, 3))
        .isInstanceOf(IllegalArgumentException.class);
    Assertions.assertThatThrownBy(() -> split.devFold(0, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static List<TaggedSentence> sentences(String prefix, int n) {
    List<TaggedSentence> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new TaggedSentence(List.of(prefix + i, "kom"), List.of(new NameSpan(0, 1, EntityType.PER)), Language.DA));
    }
    return out;
  }
}
