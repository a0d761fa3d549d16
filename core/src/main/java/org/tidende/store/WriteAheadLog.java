package org.tidende.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.tidende.model.Article;

/**
 * Append-only write-ahead log of accepted batches: an acknowledged article is on disk before the
 * acknowledgement, whatever happens to the process afterwards.
 *
 * <p>Design. The log is a series of segment files {@code wal-<first seq>.log} in one folder. Each
 * record is one line, {@code <crc32c hex> <json>\n}, holding one whole batch ({@code {"seq": first,
 * "at": millis, "articles": [...]}}, seqs {@code first .. first+n-1}), so a batch is durable all or
 * nothing: a record torn by a crash fails its checksum and is dropped as a whole. {@link #append}
 * writes any number of records with one {@code fsync} (group commit: the caller gathers concurrent
 * requests into one call). After the index has committed everything up to a seq, {@link #rotate}
 * starts a new segment and {@link #dropThrough} deletes the segments it covers, so the log holds
 * only what the index may lack.
 *
 * <p>Cost: one sequential write and one {@code fsync} per call, independent of the number of
 * records in it; opening reads every live segment once. Failure modes: a torn or corrupt tail of
 * the last segment is truncated on open (it was never acknowledged); a corrupt record inside an
 * older segment is reported through the warning sink and skipped (disk corruption; what it held is
 * lost, the rest is kept). A failed write is rolled back by truncating to the previous length.
 * Single writer: not thread-safe, except that {@link #dropThrough} may run on another thread than
 * the appends (it never touches the current segment).
 */
public final class WriteAheadLog implements Closeable {

  /**
   * One logged batch.
   *
   * @param seq sequence number of its first article
   * @param receivedMillis arrival time, epoch milliseconds
   * @param articles the batch, in order; article {@code i} has seq {@code seq + i}
   */
  public record Entry(long seq, long receivedMillis, List<Article> articles) {
    public Entry {
      articles = List.copyOf(articles);
      if (seq < 1) {
        throw new IllegalArgumentException("seq " + seq + " must be >= 1");
      }
    }

    /** Seq of the last article (one below {@link #seq} for an empty batch). */
    public long lastSeq() {
      return seq + articles.size() - 1;
    }
  }

  private final Path dir;
  private final List<Entry> recovered;
  private FileChannel channel;
  private volatile Path current;
  private long lastSeq;

  private WriteAheadLog(Path dir, List<Entry> recovered, long lastSeq) {
    this.dir = dir;
    this.recovered = recovered;
    this.lastSeq = lastSeq;
  }

  /**
   * Opens (creating when absent) the log in {@code dir}, reads every live segment, truncates a torn
   * tail, and starts a new segment for appends.
   *
   * @param floorSeq a seq known to be used already (the index's committed seq), so new segments
   *     are named after it even when the log itself is empty
   * @param warnings told about corrupt records skipped or truncated (never null)
   * @throws IOException when the folder cannot be read or written
   */
  public static WriteAheadLog open(Path dir, long floorSeq, Consumer<String> warnings) throws IOException {
    Files.createDirectories(dir);
    List<Path> segments = segments(dir);
    List<Entry> entries = new ArrayList<>();
    long last = floorSeq;
    for (int i = 0; i < segments.size(); i++) {
      last = Math.max(last, read(segments.get(i), i == segments.size() - 1, entries, warnings));
    }
    WriteAheadLog log = new WriteAheadLog(dir, List.copyOf(entries), last);
    log.rotate();
    return log;
  }

  private static List<Path> segments(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().matches("wal-\\d{20}\\.log")).sorted().toList();
    }
  }

  /** Reads one segment into {@code out}; returns the highest seq read. */
  private static long read(Path segment, boolean last, List<Entry> out, Consumer<String> warnings) throws IOException {
    byte[] bytes = Files.readAllBytes(segment);
    long maxSeq = 0;
    int start = 0;
    while (start < bytes.length) {
      int nl = indexOf(bytes, (byte) '\n', start);
      Entry e = nl < 0 ? null : parse(bytes, start, nl);
      if (e == null) {
        if (last) {
          warnings.accept(String.format(Locale.ROOT, "%s: torn record at byte %d (never acknowledged), truncated",
              segment.getFileName(), start));
          try (FileChannel ch = FileChannel.open(segment, StandardOpenOption.WRITE)) {
            ch.truncate(start);
            ch.force(true);
          }
          break;
        }
        warnings.accept(String.format(Locale.ROOT, "%s: corrupt record at byte %d skipped", segment.getFileName(), start));
      } else {
        out.add(e);
        maxSeq = Math.max(maxSeq, e.lastSeq());
      }
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
    return maxSeq;
  }

  private static int indexOf(byte[] b, byte v, int from) {
    for (int i = from; i < b.length; i++) {
      if (b[i] == v) {
        return i;
      }
    }
    return -1;
  }

  private static Entry parse(byte[] b, int from, int to) {
    if (to - from < 10 || b[from + 8] != ' ') {
      return null;
    }
    try {
      long crc = Long.parseLong(new String(b, from, 8, StandardCharsets.US_ASCII), 16);
      CRC32C c = new CRC32C();
      c.update(b, from + 9, to - from - 9);
      if (c.getValue() != crc) {
        return null;
      }
      JsonNode o = ArticleCodec.JSON.readTree(b, from + 9, to - from - 9);
      List<Article> arts = new ArrayList<>();
      for (JsonNode a : o.get("articles")) {
        arts.add(ArticleCodec.decode(a));
      }
      return new Entry(o.get("seq").asLong(), o.path("at").asLong(0), arts);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * Articles logged in {@code dir} above {@code seq}, read without changing anything (no truncation,
   * no new segment, no lock), so it may run beside the process that writes the log: what a reader of
   * an index committed through {@code seq} does not see yet. A torn or corrupt record counts
   * nothing; a segment deleted meanwhile (its articles committed) neither. 0 when {@code dir} is
   * absent.
   *
   * @throws IOException when the folder cannot be listed or a segment read
   */
  public static long countAfter(Path dir, long seq) throws IOException {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    long n = 0;
    for (Path segment : segments(dir)) {
      byte[] b;
      try {
        b = Files.readAllBytes(segment);
      } catch (NoSuchFileException e) {
        continue;
      }
      for (int start = 0, nl; start < b.length && (nl = indexOf(b, (byte) '\n', start)) >= 0; start = nl + 1) {
        Entry e = parse(b, start, nl);
        if (e != null) {
          n += Math.max(0, Math.min(e.articles().size(), e.lastSeq() - seq));
        }
      }
    }
    return n;
  }

  /** Batches read at open, in log order (seq increasing). */
  public List<Entry> recovered() {
    return recovered;
  }

  /** Highest seq in the log (0 when empty and nothing was ever logged in the live segments). */
  public long lastSeq() {
    return lastSeq;
  }

  /**
   * Appends the entries and forces them to disk with one fsync. On failure nothing of the call
   * remains in the log.
   *
   * @throws IOException when writing or syncing fails (the caller must not acknowledge)
   */
  public void append(List<Entry> entries) throws IOException {
    if (entries.isEmpty()) {
      return;
    }
    StringBuilder sb = new StringBuilder();
    long newLast = lastSeq;
    for (Entry e : entries) {
      if (e.seq() <= newLast) {
        throw new IllegalArgumentException("entry seq " + e.seq() + " not after " + newLast);
      }
      sb.append(encode(e));
      newLast = Math.max(newLast, e.lastSeq());
    }
    ByteBuffer buf = ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8));
    long before = channel.size();
    try {
      while (buf.hasRemaining()) {
        channel.write(buf);
      }
      channel.force(false);
    } catch (IOException e) {
      try {
        channel.truncate(before);
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
    lastSeq = newLast;
  }

  private static String encode(Entry e) {
    ObjectNode o = ArticleCodec.JSON.createObjectNode();
    o.put("seq", e.seq());
    o.put("at", e.receivedMillis());
    ArrayNode arr = o.putArray("articles");
    e.articles().forEach(a -> arr.add(ArticleCodec.encode(a)));
    byte[] json = o.toString().getBytes(StandardCharsets.UTF_8);
    CRC32C c = new CRC32C();
    c.update(json);
    // Jackson escapes control characters, so the JSON holds no raw newline.
    return String.format(Locale.ROOT, "%08x ", c.getValue()) + o + "\n";
  }

  /** Closes the current segment and starts a new one; later appends go there. */
  public void rotate() throws IOException {
    if (channel != null) {
      channel.force(true);
      channel.close();
      if (Files.size(current) == 0) {
        Files.delete(current);
      }
    }
    current = dir.resolve(String.format(Locale.ROOT, "wal-%020d.log", lastSeq + 1));
    channel = FileChannel.open(current, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    syncDir();
  }

  /**
   * Deletes every segment other than the current one whose records all have seq {@code <= seq}:
   * call after the index has durably committed through {@code seq}.
   */
  public void dropThrough(long seq) throws IOException {
    List<Path> segs = segments(dir);
    for (int i = 0; i + 1 < segs.size(); i++) {
      long nextFirst = firstSeq(segs.get(i + 1));
      if (!segs.get(i).equals(current) && nextFirst - 1 <= seq) {
        Files.deleteIfExists(segs.get(i));
      }
    }
    syncDir();
  }

  private static long firstSeq(Path segment) {
    String n = segment.getFileName().toString();
    return Long.parseLong(n.substring(4, 24));
  }

  private void syncDir() {
    // Makes file creation and deletion durable; not supported on every platform, where it is a no-op.
    try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
      d.force(true);
    } catch (IOException e) {
      // best effort
    }
  }

  @Override
  public void close() throws IOException {
    if (channel != null && channel.isOpen()) {
      channel.force(true);
      channel.close();
    }
    Objects.requireNonNull(current, "current");
  }
}
