package org.tidende.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidende.model.Language;

/** The labelled-name lexicon and its features ({@link NameLexicon}, {@link NameLexiconFeatureGeneratorFactory}). */
class NameLexiconTest {
  private static TaggedSentence s(String text, NameSpan... names) {
    return new TaggedSentence(List.of(text.split(" ")), List.of(names), Language.DA);
  }

  private static List<String> features(NameLexicon lexicon, String[] tokens, int index) {
    List<String> f = new ArrayList<>();
    new NameLexiconFeatureGeneratorFactory.Generator(lexicon).createFeatures(f, tokens, index, new String[0]);
    return f;
  }

  private static NameLexicon readBack(NameLexicon lexicon) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new NameLexicon.Serializer().serialize(lexicon, out);
    return new NameLexicon.Serializer().create(new ByteArrayInputStream(out.toByteArray()));
  }

  @Test
  void typesSharesAndNeverNamedWords() throws Exception {
    List<TaggedSentence> corpus = List.of(
        s("Lyon vandt over Brøndby", new NameSpan(0, 1, EntityType.ORG), new NameSpan(3, 4, EntityType.ORG)),
        s("Han flyttede til Lyon", new NameSpan(3, 4, EntityType.LOC)),
        s("Lyon ligger i Frankrig", new NameSpan(0, 1, EntityType.LOC), new NameSpan(3, 4, EntityType.LOC)),
        s("Regeringen vil noget"),
        s("Det siger Regeringen"),
        s("Oprør i Skaldebogen", new NameSpan(2, 3, EntityType.PROD)));
    NameLexicon lexicon = readBack(NameLexicon.build(corpus, 10));
    assertThat(lexicon.size()).isEqualTo(8); // Lyon Brøndby Han Frankrig Regeringen Det Oprør Skaldebogen; not lower-case words
    String[] tokens = {"I", "Lyon", "og", "Regeringen", "og", "Oslo", "og", "Han", "og", "SKALDEBOGEN"};
    assertThat(features(lexicon, tokens, 1)).containsExactly("lx=LOC", "lxs=LOC|mid", "lx2=ORG");
    assertThat(features(lexicon, tokens, 3)).containsExactly("lx=O");
    assertThat(features(lexicon, tokens, 5)).isEmpty(); // never seen
    assertThat(features(lexicon, tokens, 7)).isEmpty(); // seen once, never named: too little to say
    assertThat(features(lexicon, tokens, 9)).containsExactly("lx=PROD", "lxs=PROD|hi"); // caps headline word
  }

  @Test
  void trainingLexiconHidesTheSentencesOwnFold() throws Exception {
    TaggedSentence only = s("Mads Hansen kom", new NameSpan(0, 2, EntityType.PER));
    NameLexicon training = NameLexicon.build(List.of(only), 10);
    String[] same = only.tokens().toArray(String[]::new);
    assertThat(features(training, same, 0)).isEmpty(); // its own fold is left out
    String[] other = {"Mads", "Hansen", "gik"};
    if (NameLexicon.foldOf(other, 10) != NameLexicon.foldOf(same, 10)) {
      assertThat(features(training, other, 0)).contains("lx=PER", "lxs=PER|hi");
    }
    assertThat(features(readBack(training), same, 1)).contains("lx=PER", "lxs=PER|hi"); // read back: no folds
  }
}
