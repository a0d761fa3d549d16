package org.tidende.flink.live;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.reader.BulkFormat;
import org.apache.flink.connector.file.src.util.CheckpointedPosition;
import org.apache.flink.connector.file.src.util.MutableRecordAndPosition;
import org.apache.flink.connector.file.src.util.RecordAndPosition;
import org.apache.flink.core.fs.Path;
import org.tidende.flink.rows.ReadJsonLines;
import org.tidende.ingest.TextDecoding;

/**
 * The live job's file format: the lines of a JSON Lines file as {@link InputLine}s that carry the
 * file's path and their 1-based line number, so that the job's rejected lines say {@code
 * /in/fileB.jsonl:7: malformed JSON: ...} as the backfill and the command line do.
 *
 * <p>Design. Flink's {@code StreamFormat} (what {@code TextLineInputFormat} is) never learns
 * which file it reads, so this is a {@link BulkFormat}, which is given the split and its path.
 * A file is one split (not splittable: a line number needs every line before it). Lines end at
 * {@code \n} only, as in core's {@code JsonLinesReader}, so the numbers are the ones the backfill
 * and the command line give for the same file; a trailing {@code \r} is dropped, a UTF-8 byte
 * order mark at the head of the file too; a line is decoded as UTF-8, and one that is not UTF-8 as
 * Windows-1252 with a warning where that gives text ({@code TextDecoding#lenient}, as core's
 * {@code JsonLinesReader} and so the backfill read it), the file's first such warning saying how
 * to convert it ({@code iconv -f SHIFT_JIS -t UTF-8 ...}, as {@code ingest} says; since session
 * 39, and again for the first such line after a restore), else with replacement characters. Empty lines are counted but not emitted. Compressed files
 * ({@code .gz}, {@code .bz2}, {@code .xz}, {@code .zst}, {@code .deflate}) are decompressed by
 * their extension, as Flink's stream formats do.
 *
 * <p>Checkpoints. Each record's position is {@code (split offset, its line number)} in {@link
 * CheckpointedPosition}'s terms: from the start of the file, skip that many lines. The line
 * number is therefore the checkpointed position itself and needs no state of its own: {@link
 * #restoreReader} reopens the file, scans (without decoding) the lines already emitted and
 * numbers on from there. Restoring costs a sequential read of the file up to that point, as it
 * did with {@code TextLineInputFormat}, whose positions have the same form (a checkpoint taken
 * by that reader restores here, line for line, unless the file held a lone {@code \r}, which
 * that reader took as a line end).
 *
 * <p>Cost: one pass over the bytes to find line ends, one UTF-8 decode per line (straight from
 * the read buffer unless the line spans two reads), one small record per line; the path string
 * is shared by every line of a file. Lines are handed on in batches of at most {@value
 * #BATCH_LINES} lines or {@value #BATCH_BYTES} bytes. A file may hold at most {@code
 * Integer.MAX_VALUE} lines; more fails the read with an {@link ArithmeticException}.
 */
public final class NumberedLines implements BulkFormat<InputLine, FileSourceSplit> {
  static final int BATCH_LINES = 1024;
  static final int BATCH_BYTES = 1 << 20;

  @Override
  public BulkFormat.Reader<InputLine> createReader(Configuration config, FileSourceSplit split) throws IOException {
    return new Reader(split, 0);
  }

  /**
   * Reopens the split's file and skips the lines its checkpointed position counts.
   *
   * @throws IllegalStateException if the position has a byte offset other than the split's
   *     start (a checkpoint of a splitting format)
   */
  @Override
  public BulkFormat.Reader<InputLine> restoreReader(Configuration config, FileSourceSplit split) throws IOException {
    CheckpointedPosition p = split.getReaderPosition().orElse(null);
    if (p == null) {
      return new Reader(split, 0);
    }
    if (p.getOffset() != split.offset() && p.getOffset() != CheckpointedPosition.NO_OFFSET) {
      throw new IllegalStateException("cannot restore " + split.path() + " at byte offset " + p.getOffset()
          + ": lines are numbered from the start of the file (split offset " + split.offset() + ")");
    }
    return new Reader(split, p.getRecordsAfterOffset());
  }

  @Override
  public boolean isSplittable() {
    return false;
  }

  @Override
  public TypeInformation<InputLine> getProducedType() {
    return TypeInformation.of(InputLine.class);
  }

  /** The path as a person would type it: without {@code file:} for local files. */
  static String displayName(Path path) {
    URI u = path.toUri();
    return "file".equals(u.getScheme()) ? u.getPath() : path.toString();
  }

  /** Reads one file; used by one fetcher thread. */
  private static final class Reader implements BulkFormat.Reader<InputLine> {
    private final String file;
    private final long offset;
    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    /** Bytes of a line that spans reads. */
    private byte[] pending = new byte[1 << 12];
    private int pendingLength;
    /** Lines read so far (the number of the line last read). */
    private int lineNo;
    /** The line last read, as bytes: {@code lineBytes[lineFrom, lineTo)}. */
    private byte[] lineBytes;
    private int lineFrom;
    private int lineTo;
    private boolean ended;
    /** Whether a line of this file was read as Windows-1252 yet: the first one's warning says what to do. */
    private boolean readAsWindows1252;

    Reader(FileSourceSplit split, long skip) throws IOException {
      Path path = split.path();
      this.file = displayName(path);
      this.offset = split.offset();
      this.in = ReadJsonLines.open(path); // decompressed by extension, as the backfill reads it
      try {
        for (long i = 0; i < skip && next(); i++) {
          // Lines emitted before the checkpoint: counted, not decoded.
        }
      } catch (IOException | RuntimeException e) {
        in.close();
        throw e;
      }
    }

    @Override
    public RecordIterator<InputLine> readBatch() throws IOException {
      if (ended) {
        return null;
      }
      InputLine[] batch = new InputLine[BATCH_LINES];
      int n = 0;
      long bytes = 0;
      while (n < BATCH_LINES && bytes < BATCH_BYTES && next()) {
        int to = lineTo;
        if (to > lineFrom && lineBytes[to - 1] == '\r') {
          to--;
        }
        int from = lineFrom;
        if (lineNo == 1 && to - from >= 3 && (lineBytes[from] & 0xff) == 0xEF && (lineBytes[from + 1] & 0xff) == 0xBB
            && (lineBytes[from + 2] & 0xff) == 0xBF) {
          from += 3;
        }
        if (to > from) {
          InputLine l = decode(file, lineNo, lineBytes, from, to, !readAsWindows1252);
          readAsWindows1252 |= l.warning() != null && l.warning().contains("read as Windows-1252");
          batch[n++] = l;
          bytes += to - from;
        }
      }
      return n == 0 && ended ? null : new Batch(batch, n, offset);
    }

    /**
     * Reads the next line into {@code lineBytes[lineFrom, lineTo)} and counts it; false at the end
     * of input. A last line without {@code \n} is a line; nothing after a final {@code \n} is not.
     */
    private boolean next() throws IOException {
      if (ended) {
        return false;
      }
      pendingLength = 0;
      while (true) {
        if (pos == limit) {
          int n = in.read(buf, 0, buf.length);
          if (n < 0) {
            ended = true;
            return pendingLength > 0 && line(pending, 0, pendingLength);
          }
          pos = 0;
          limit = n;
        }
        int nl = pos;
        while (nl < limit && buf[nl] != '\n') {
          nl++;
        }
        if (nl < limit) {
          int start = pos;
          pos = nl + 1;
          if (pendingLength == 0) {
            return line(buf, start, nl);
          }
          append(start, nl);
          return line(pending, 0, pendingLength);
        }
        append(pos, limit);
        pos = limit;
      }
    }

    private boolean line(byte[] bytes, int from, int to) {
      lineNo = Math.incrementExact(lineNo);
      lineBytes = bytes;
      lineFrom = from;
      lineTo = to;
      return true;
    }

    private void append(int from, int to) {
      int need = pendingLength + (to - from);
      if (need > pending.length) {
        pending = Arrays.copyOf(pending, Math.max(need, pending.length * 2));
      }
      System.arraycopy(buf, from, pending, pendingLength, to - from);
      pendingLength = need;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /**
   * One batch of lines; each line's position is its line number after the split's start, which
   * is where a restored reader goes on from once that line has been emitted.
   */
  private static final class Batch implements RecordIterator<InputLine> {
    private final InputLine[] lines;
    private final int size;
    private final long offset;
    private final MutableRecordAndPosition<InputLine> current = new MutableRecordAndPosition<>();
    private int next;

    Batch(InputLine[] lines, int size, long offset) {
      this.lines = lines;
      this.size = size;
      this.offset = offset;
    }

    @Override
    public RecordAndPosition<InputLine> next() {
      if (next == size) {
        return null;
      }
      InputLine l = lines[next++];
      current.set(l, offset, l.line());
      return current;
    }

    @Override
    public void releaseBatch() {}
  }

  /**
   * One line's record: UTF-8, or Windows-1252 with a warning as core reads such a line, which says
   * how to convert the file ({@link org.tidende.ingest.TextDecoding#notUtf8Hint}) where {@code hint}
   * (the file's first such line, as core's {@code JsonLinesReader} and {@code ingest} say it).
   */
  static InputLine decode(String file, int lineNo, byte[] b, int from, int to, boolean hint) {
    TextDecoding.Decoded d = TextDecoding.lenient(b, from, to);
    if (d.ok()) {
      return new InputLine(file, lineNo, d.text());
    }
    if (d.text() != null) {
      return new InputLine(file, lineNo, d.text(), "invalid UTF-8 at byte " + d.badOffset() + " of the line; read as Windows-1252"
          + (hint ? " (" + TextDecoding.notUtf8Hint(file, null) + ")" : ""));
    }
    return new InputLine(file, lineNo, new String(b, from, to - from, StandardCharsets.UTF_8),
        "invalid UTF-8 at byte " + d.badOffset() + " of the line");
  }
}
