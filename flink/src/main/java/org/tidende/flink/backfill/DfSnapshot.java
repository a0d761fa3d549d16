package org.tidende.flink.backfill;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import org.tidende.cluster.DocumentFrequencies;

/**
 * The document-frequency sketch a segment starts from: that of every article before its warm-up,
 * serialised (core's sketch is {@code Serializable}; a byte array keeps Flink off Kryo).
 */
public record DfSnapshot(long segment, byte[] sketch) {

  public static DfSnapshot of(long segment, DocumentFrequencies df) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(df);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return new DfSnapshot(segment, bytes.toByteArray());
  }

  public DocumentFrequencies frequencies() {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(sketch))) {
      return (DocumentFrequencies) in.readObject();
    } catch (IOException | ClassNotFoundException e) {
      throw new IllegalStateException("snapshot of segment " + segment + " is unreadable", e);
    }
  }
}
