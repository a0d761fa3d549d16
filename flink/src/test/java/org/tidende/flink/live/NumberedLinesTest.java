package org.tidende.flink.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.reader.BulkFormat;
import org.apache.flink.connector.file.src.util.CheckpointedPosition;
import org.apache.flink.connector.file.src.util.RecordAndPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live job's line reader on its own: line numbers as core's JSON Lines reader counts them,
 * positions that restore to the same numbers, the file named as a person types it.
 */
class NumberedLinesTest {
  private static final NumberedLines FORMAT = new NumberedLines();

  @Test
  void numbersEveryLineFromOneAndEmitsTheNonEmptyOnes(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("fileB.jsonl");
    // BOM, CRLF, an empty line, a whitespace-only line, a lone \r inside a line, no final \n.
    Files.write(f, bytes("\uFEFF{\"a\":1}\r\n{\"a\":2}\n\n   \n{\"a\":\"x\ry\"}\n{\"a\":6}"));

    List<InputLine> lines = readAll(FORMAT.createReader(new Configuration(), split(f)));

    assertThat(lines).extracting(InputLine::line).containsExactly(1, 2, 4, 5, 6);
    assertThat(lines).extracting(InputLine::text)
        .containsExactly("{\"a\":1}", "{\"a\":2}", "   ", "{\"a\":\"x\ry\"}", "{\"a\":6}");
    assertThat(lines).extracting(InputLine::file).containsOnly(f.toString());
    assertThat(lines.get(4).where()).isEqualTo(f + ":6");
  }

  @Test
  void linesLongerThanTheReadBufferAndBatchesOfManyLines(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("long.jsonl");
    StringBuilder b = new StringBuilder();
    String longLine = "x".repeat(200_000) + "é";
    int count = NumberedLines.BATCH_LINES * 3 + 7;
    for (int i = 1; i <= count; i++) {
      b.append(i == 500 ? longLine : "line " + i).append('\n');
    }
    Files.writeString(f, b, StandardCharsets.UTF_8);

    List<InputLine> lines = readAll(FORMAT.createReader(new Configuration(), split(f)));

    assertThat(lines).hasSize(count);
    for (int i = 0; i < count; i++) {
      assertThat(lines.get(i).line()).isEqualTo(i + 1);
      assertThat(lines.get(i).text()).isEqualTo(i + 1 == 500 ? longLine : "line " + (i + 1));
    }
  }

  /**
   * The position handed to the checkpoint with each line restores a reader that goes on at the
   * next line with the right number, however many lines were read and skipped before it.
   */
  @Test
  void aReaderRestoredFromAnyLinesPositionNumbersOnFromThere(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("in.jsonl");
    StringBuilder b = new StringBuilder();
    for (int i = 1; i <= 3000; i++) {
      b.append(i % 10 == 0 ? "" : "line " + i).append('\n');
    }
    Files.writeString(f, b, StandardCharsets.UTF_8);
    List<InputLine> all = new ArrayList<>();
    List<CheckpointedPosition> positions = new ArrayList<>();
    try (BulkFormat.Reader<InputLine> r = FORMAT.createReader(new Configuration(), split(f))) {
      for (BulkFormat.RecordIterator<InputLine> batch; (batch = r.readBatch()) != null; batch.releaseBatch()) {
        for (RecordAndPosition<InputLine> rp; (rp = batch.next()) != null; ) {
          all.add(rp.getRecord());
          positions.add(new CheckpointedPosition(rp.getOffset(), rp.getRecordSkipCount()));
        }
      }
    }
    assertThat(all).hasSize(2700);

    for (int k : new int[] {0, 1, 8, 9, 1500, 2698}) {
      FileSourceSplit restored = split(f).updateWithCheckpointedPosition(positions.get(k));
      List<InputLine> rest = readAll(FORMAT.restoreReader(new Configuration(), restored));
      assertThat(rest).as("after line " + all.get(k).line()).isEqualTo(all.subList(k + 1, all.size()));
    }
    FileSourceSplit atEnd = split(f).updateWithCheckpointedPosition(positions.get(all.size() - 1));
    assertThat(readAll(FORMAT.restoreReader(new Configuration(), atEnd))).isEmpty();
  }

  /** A checkpoint of the old reader ({@code TextLineInputFormat}: split start, lines read) restores too. */
  @Test
  void restoresAPositionCountedInLinesFromTheSplitStart(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("in.jsonl");
    Files.writeString(f, "a\nb\n\nd\ne\n", StandardCharsets.UTF_8);
    FileSourceSplit afterThree = split(f).updateWithCheckpointedPosition(new CheckpointedPosition(0, 3));
    assertThat(readAll(FORMAT.restoreReader(new Configuration(), afterThree)))
        .containsExactly(new InputLine(f.toString(), 4, "d"), new InputLine(f.toString(), 5, "e"));
    FileSourceSplit byteOffset = split(f).updateWithCheckpointedPosition(new CheckpointedPosition(4, 0));
    assertThatThrownBy(() -> FORMAT.restoreReader(new Configuration(), byteOffset))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("byte offset 4");
  }

  @Test
  void readsGzipFilesByTheirExtension(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("in.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
      out.write(bytes("{\"a\":1}\n\n{\"a\":3}\n"));
    }
    assertThat(readAll(FORMAT.createReader(new Configuration(), split(f))))
        .containsExactly(new InputLine(f.toString(), 1, "{\"a\":1}"), new InputLine(f.toString(), 3, "{\"a\":3}"));
  }

  /**
   * A line that is not UTF-8 is read as Windows-1252 with a warning, as core's reader and the
   * backfill read it; the file's first such warning says how to convert it, as {@code ingest}'s
   * does (until session 39 the live job said only "read as Windows-1252").
   */
  @Test
  void aLineThatIsNotUtf8IsReadAsWindows1252WithAWarning(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("in.jsonl");
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(bytes("{\"title\": \"Blåbær\"}\n"));
    b.writeBytes("{\"title\": \"Bær på tur\"}\n".getBytes(Charset.forName("windows-1252")));
    b.writeBytes("{\"title\": \"Ærlig\"}\n".getBytes(Charset.forName("windows-1252")));
    Files.write(f, b.toByteArray());
    assertThat(readAll(FORMAT.createReader(new Configuration(), split(f)))).containsExactly(
        new InputLine(f.toString(), 1, "{\"title\": \"Blåbær\"}"),
        new InputLine(f.toString(), 2, "{\"title\": \"Bær på tur\"}",
            "invalid UTF-8 at byte 12 of the line; read as Windows-1252 (if it is in another encoding, such as Shift_JIS, "
                + "GB18030 or KOI8-R, convert it to UTF-8, e.g. iconv -f SHIFT_JIS -t UTF-8 " + f + " > utf8-in.jsonl)"),
        new InputLine(f.toString(), 3, "{\"title\": \"Ærlig\"}",
            "invalid UTF-8 at byte 11 of the line; read as Windows-1252"));
  }

  @Test
  void anEmptyFileHasNoLines(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("empty.jsonl");
    Files.write(f, new byte[0]);
    assertThat(readAll(FORMAT.createReader(new Configuration(), split(f)))).isEmpty();
  }

  @Test
  void localPathsAreNamedWithoutTheirScheme() {
    assertThat(NumberedLines.displayName(new org.apache.flink.core.fs.Path("file:/in/a.jsonl"))).isEqualTo("/in/a.jsonl");
    assertThat(NumberedLines.displayName(new org.apache.flink.core.fs.Path("s3://bucket/in/a.jsonl")))
        .isEqualTo("s3://bucket/in/a.jsonl");
  }

  /** The split the file source makes of a whole file, as the enumerator lists it. */
  static FileSourceSplit split(Path f) throws Exception {
    long size = Files.size(f);
    return new FileSourceSplit("0", new org.apache.flink.core.fs.Path(f.toUri()), 0, size,
        Files.getLastModifiedTime(f).toMillis(), size);
  }

  static List<InputLine> readAll(BulkFormat.Reader<InputLine> reader) throws Exception {
    List<InputLine> out = new ArrayList<>();
    try (reader) {
      for (BulkFormat.RecordIterator<InputLine> batch; (batch = reader.readBatch()) != null; batch.releaseBatch()) {
        for (RecordAndPosition<InputLine> rp; (rp = batch.next()) != null; ) {
          out.add(rp.getRecord());
        }
      }
    }
    return out;
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
