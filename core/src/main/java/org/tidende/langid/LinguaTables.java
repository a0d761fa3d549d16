package org.tidende.langid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads the character n-gram tables published in the Lingua 1.2.2 jar ({@code
 * com.github.pemistahl:lingua:1.2.2}, Apache-2.0) and turns them into relative frequencies, for the
 * languages the shared data has no text for (German, Spanish) and for the “other language” classes
 * (Finnish, Icelandic, Dutch, French, Italian, Portuguese) that let the identifier answer {@code und}.
 *
 * <p>Why Lingua. Maven Central has no German or Spanish news text; OpenNLP's langdetect model is not
 * on the mirror and is an opaque maxent model; Lucene's Snowball stop lists hold only ~200 function
 * words, too few for short titles. Lingua's tables were counted on the Leipzig corpora (news and web
 * sentences) and are plain data. The jar is 80 MB with Kotlin runtime dependencies, so it is read
 * only when the model is trained (from the local Maven repository), never at run time: the bundled
 * model keeps just the frequent n-grams.
 *
 * <p>Format. {@code language-models/<iso>/<order>.json} maps a probability written as a fraction to
 * a space-separated list of n-grams: for unigrams the relative frequency, for order n &gt; 1 the
 * conditional probability of the last character given the first n-1. The joint frequency of an
 * n-gram, count / letters, is the chain product of its prefix's joint frequency and its conditional,
 * which is exactly what {@link ModelTrainer} counts from our own corpora.
 */
final class LinguaTables {
  private static final String[] FILES = {"unigrams", "bigrams", "trigrams", "quadrigrams", "fivegrams"};
  private static final ObjectMapper JSON = new ObjectMapper();

  private LinguaTables() {}

  /**
   * Joint relative frequencies of all n-grams of orders 1–5 of one language, keyed by the n-gram
   * string; an n-gram whose prefix is missing from the lower table is skipped.
   */
  static Map<String, Double> frequencies(Path linguaJar, String iso) throws IOException {
    Map<String, Double> joint = new HashMap<>();
    try (ZipFile zip = new ZipFile(linguaJar.toFile())) {
      for (int order = 1; order <= FILES.length; order++) {
        String name = "language-models/" + iso + "/" + FILES[order - 1] + ".json";
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
          throw new IOException(linguaJar + " has no " + name);
        }
        JsonNode ngrams;
        try (InputStream in = zip.getInputStream(entry)) {
          ngrams = JSON.readTree(in).path("ngrams");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = ngrams.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          double p = fraction(e.getKey());
          for (String g : e.getValue().asText().split(" ")) {
            if (g.length() != order) {
              continue;
            }
            Double prefix = order == 1 ? Double.valueOf(1.0) : joint.get(g.substring(0, order - 1));
            if (prefix != null) {
              joint.put(g, prefix * p);
            }
          }
        }
      }
    }
    return joint;
  }

  private static double fraction(String s) {
    int slash = s.indexOf('/');
    return slash < 0 ? Double.parseDouble(s) : Double.parseDouble(s.substring(0, slash)) / Double.parseDouble(s.substring(slash + 1));
  }
}
