package org.tidende.langid;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The two trained tables of the identifier and their calibration, as stored in the bundled resource
 * {@code org/tidende/langid/langid-model.bin.gz} (gzip; big-endian {@link DataOutputStream} fields).
 *
 * @param letterClasses language codes of the stage-1 classes; codes outside {@code
 *     Language.SUPPORTED} are the “other language” classes that vote for {@code und}
 * @param letters stage-1 weights: log relative frequency of letter n-grams, per class
 * @param wordClasses codes of the stage-2 (Scandinavian) classes
 * @param words stage-2 weights: naive-Bayes log-probabilities of padded n-grams and words
 * @param letterTemperature stage-1 log-likelihoods are divided by this before the softmax
 * @param wordTemperature stage-2 log-likelihoods are divided by this before the softmax
 * @param splitTemperature the Bokmål/Nynorsk log-odds of plain, boundary-anchored word features
 *     are divided by this (see {@code LanguageIdentifier#combine})
 */
record LanguageModel(
    List<String> letterClasses,
    FeatureTable letters,
    List<String> wordClasses,
    FeatureTable words,
    float letterTemperature,
    float wordTemperature,
    float splitTemperature) {
  private static final String MAGIC = "tidende-langid-2";

  LanguageModel {
    letterClasses = List.copyOf(letterClasses);
    wordClasses = List.copyOf(wordClasses);
    if (letters.classes != letterClasses.size() || words.classes != wordClasses.size()) {
      throw new IllegalArgumentException("table widths " + letters.classes + "/" + words.classes
          + " do not match classes " + letterClasses + "/" + wordClasses);
    }
  }

  void write(OutputStream raw) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16);
    DataOutputStream out = new DataOutputStream(gz);
    out.writeUTF(MAGIC);
    writeCodes(out, letterClasses);
    letters.write(out);
    writeCodes(out, wordClasses);
    words.write(out);
    out.writeFloat(letterTemperature);
    out.writeFloat(wordTemperature);
    out.writeFloat(splitTemperature);
    out.flush();
    gz.finish();
  }

  static LanguageModel read(InputStream raw) throws IOException {
    DataInputStream in = new DataInputStream(new GZIPInputStream(raw, 1 << 16));
    String magic = in.readUTF();
    if (!magic.equals(MAGIC)) {
      throw new IOException("not a Tidende language model: header '" + magic + "', expected '" + MAGIC + "'");
    }
    List<String> letterClasses = readCodes(in);
    FeatureTable letters = FeatureTable.read(in);
    List<String> wordClasses = readCodes(in);
    FeatureTable words = FeatureTable.read(in);
    return new LanguageModel(letterClasses, letters, wordClasses, words, in.readFloat(), in.readFloat(), in.readFloat());
  }

  private static void writeCodes(DataOutputStream out, List<String> codes) throws IOException {
    out.writeInt(codes.size());
    for (String c : codes) {
      out.writeUTF(c);
    }
  }

  private static List<String> readCodes(DataInputStream in) throws IOException {
    int n = in.readInt();
    List<String> codes = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      codes.add(in.readUTF());
    }
    return codes;
  }
}
