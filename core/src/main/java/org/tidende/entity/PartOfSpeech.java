package org.tidende.entity;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import org.tidende.model.Language;

/**
 * Universal Dependencies part-of-speech tags for the fallback name finder ({@link
 * CapitalisedNameRecognizer}), German only.
 *
 * <p>Method: Apache OpenNLP's maximum-entropy tagger with the German model of {@code
 * opennlp-models-pos-de} 1.3.0 (UD German GSD treebank, UPOS tags), one sentence's tokens at a time;
 * each tag comes with the model's probability. Why: German capitalises every noun, and the tagger,
 * trained on a whole treebank, tells a proper noun (PROPN) from a common one (NOUN) by the word and
 * its neighbours, where the capital says nothing. Cost: the model (1.3 MB in the jar) is read on the
 * first German text only, about a second; the Scandinavian, English and Spanish pipelines never load
 * it (a holder class). Tagging alone ran at about 184,000 tokens a second on the 500 German
 * language-ID sentences (a loaded machine), about three times slower than the rules it serves, and
 * only sentences with a run to cut are tagged (figures in {@link CapitalisedNameRecognizer}). Failure modes:
 * the treebank is news and encyclopaedia text, so web text's product names and user names are often
 * NOUN or X; a missing or unreadable model gives no tags (null), and the rules work as without it.
 * Thread-safe: the model is shared, each thread has its own tagger.
 */
final class PartOfSpeech {
  /** Classpath location of the German model inside {@code opennlp-models-pos-de}. */
  static final String GERMAN_MODEL = "/opennlp-de-ud-gsd-pos-1.3-2.5.4.bin";

  /** One sentence's tags and their probabilities, index by index with its tokens. */
  record Tags(String[] tags, double[] probabilities) {
    /** Whether token {@code i} is tagged {@code tag} with probability at least {@code min}. */
    boolean is(int i, String tag, double min) {
      return i >= 0 && i < tags.length && tags[i].equals(tag) && probabilities[i] >= min;
    }

    /** Whether every token of [start, end) is tagged {@code tag} with probability at least {@code min}. */
    boolean all(int start, int end, String tag, double min) {
      for (int k = start; k < end; k++) {
        if (!is(k, tag, min)) {
          return false;
        }
      }
      return start < end;
    }

    /** Whether some token of [start, end) is tagged {@code tag}. */
    boolean any(int start, int end, String tag) {
      for (int k = start; k < end; k++) {
        if (is(k, tag, 0)) {
          return true;
        }
      }
      return false;
    }
  }

  private PartOfSpeech() {
  }

  /** The German model, read when first asked for; null when it cannot be read. */
  private static final class German {
    static final POSModel MODEL = read(GERMAN_MODEL);
    static final ThreadLocal<POSTaggerME> TAGGER =
        ThreadLocal.withInitial(() -> MODEL == null ? null : new POSTaggerME(MODEL, POSTagFormat.UD));
  }

  private static POSModel read(String resource) {
    try (InputStream in = PartOfSpeech.class.getResourceAsStream(resource)) {
      return in == null ? null : new POSModel(in);
    } catch (IOException | RuntimeException e) {
      return null; // the rules work without tags
    }
  }

  /** Whether there is a model for {@code language} (only German has one). */
  static boolean covers(Language language) {
    return Language.DE.equals(language);
  }

  /**
   * The tags of one sentence of {@code language}, or null where there is no model for the language
   * or it cannot be read. Empty tokens are tagged as punctuation would be.
   */
  static Tags tag(List<String> tokens, Language language) {
    if (!covers(language) || tokens.isEmpty()) {
      return null;
    }
    POSTaggerME tagger = German.TAGGER.get();
    if (tagger == null) {
      return null;
    }
    String[] words = new String[tokens.size()];
    for (int i = 0; i < words.length; i++) {
      String t = tokens.get(i);
      words[i] = t == null || t.isBlank() ? "." : t;
    }
    String[] tags = tagger.tag(words);
    return new Tags(tags, tagger.probs());
  }
}
