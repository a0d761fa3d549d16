package org.tidende.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * Word → cluster path map stored inside a name-finder model ({@code word SPACE path} lines).
 * OpenNLP's own WordClusterDictionary closes the model's zip stream when written, so the model
 * cannot be saved; this artifact writes without closing. Immutable, thread-safe.
 */
public final class ClusterDictionary implements SerializableArtifact {
  private final Map<String, String> paths;

  /** Reads {@code word SPACE path} lines (UTF-8); other lines are skipped. Does not close {@code in}. */
  public ClusterDictionary(InputStream in) throws IOException {
    Map<String, String> m = new HashMap<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      int sp = line.indexOf(' ');
      if (sp > 0 && sp < line.length() - 1) {
        m.put(line.substring(0, sp), line.substring(sp + 1).intern());
      }
    }
    this.paths = m;
  }

  /** A dictionary over the given word → path map (copied). */
  public ClusterDictionary(Map<String, String> paths) {
    this.paths = new HashMap<>(paths);
  }

  /** The word's cluster path, or null when the word was not clustered. */
  public String lookup(String word) {
    return paths.get(word);
  }

  public int size() {
    return paths.size();
  }

  @Override
  public Class<?> getArtifactSerializerClass() {
    return Serializer.class;
  }

  /** Writes and reads the dictionary inside a model zip, leaving the zip stream open. */
  public static final class Serializer implements ArtifactSerializer<ClusterDictionary> {
    @Override
    public ClusterDictionary create(InputStream in) throws IOException {
      return new ClusterDictionary(in);
    }

    @Override
    public void serialize(ClusterDictionary artifact, OutputStream out) throws IOException {
      StringBuilder sb = new StringBuilder();
      artifact.paths.keySet().stream().sorted()
          .forEach(w -> sb.append(w).append(' ').append(artifact.paths.get(w)).append('\n'));
      out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
      out.flush();
    }
  }
}
