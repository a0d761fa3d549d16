package org.tidende.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The path {@code -} is standard input, read in any format a file is; it was "no such file or folder". */
class StandardInputTest {

  private static List<String> ingest(byte[] stdin, Path... paths) {
    List<String> events = new ArrayList<>();
    new Ingestor(new PageReader(), () -> new ByteArrayInputStream(stdin)).ingest(List.of(paths), ev -> {
      switch (ev) {
        case IngestEvent.Accepted a -> events.add("article " + a.article().file() + ":" + a.article().line() + " "
            + a.article().title());
        case IngestEvent.Rejected r -> events.add("rejected " + r.rejection());
        case IngestEvent.Warning w -> events.add("warning " + w);
        case IngestEvent.Note n -> events.add("note " + n);
      }
    });
    return events;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void jsonLinesFromStandardInputAreReadLineByLineAndNamedStdin() {
    byte[] in = utf8("{\"id\":\"a\",\"title\":\"Brann i Bergen\",\"text\":\"Ein brann.\"}\n"
        + "{not json\n"
        + "{\"id\":\"b\",\"title\":\"Flom i Voss\",\"text\":\"Ein flom.\"}\n");
    assertThat(ingest(in, Path.of("-"))).containsExactly("article stdin:1 Brann i Bergen",
        "rejected stdin:2: malformed JSON: Unexpected character ('n' (code 110)): was expecting double-quote to start field name",
        "article stdin:3 Flom i Voss");
  }

  @Test
  void aGzipdFeedOrAPlainTextFromStandardInputIsSniffed(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(gz)) {
      z.write(utf8("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>F</title><item><title>Storm over Lofoten</title>"
          + "<description>Sterk vind i natt.</description><pubDate>Tue, 11 Mar 2025 10:00:00 GMT</pubDate></item></channel></rss>"));
    }
    assertThat(ingest(gz.toByteArray(), Path.of("-"))).containsExactly("article stdin:1 Storm over Lofoten");
    assertThat(ingest(utf8("Ferge på grunn ved Bodø\n\nFerga gikk på grunn i natt. Ingen ble skadd.\n"), Path.of("-")))
        .containsExactly("article stdin:0 Ferge på grunn ved Bodø");
    // beside files, in the order given
    Files.writeString(dir.resolve("f.jsonl"), "{\"id\":\"f\",\"title\":\"Fil\",\"text\":\"Frå fil.\"}\n");
    assertThat(ingest(utf8("{\"id\":\"s\",\"title\":\"Inn\",\"text\":\"Frå røyr.\"}"), dir.resolve("f.jsonl"), Path.of("-")))
        .containsExactly("article " + dir.resolve("f.jsonl") + ":1 Fil", "article stdin:1 Inn");
  }

  @Test
  void emptyOrBinaryStandardInputIsRejectedAsAFileIs() {
    assertThat(ingest(new byte[0], Path.of("-"))).containsExactly("rejected stdin: empty file");
    byte[] binary = new byte[512];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) (i * 31);
    }
    assertThat(ingest(binary, Path.of("-"))).containsExactly("rejected stdin: binary file, not text");
  }

  /**
   * Input that ends once is read once: a terminal's Ctrl-D ends one read, and a read after it waits
   * for more. Before, the input was read again after its end, so {@code tidende stories -} typed at a
   * terminal needed Ctrl-D twice (here: the article typed after the first end was read too).
   */
  @Test
  void inputIsNotReadPastItsFirstEnd() {
    byte[] typed = utf8("{\"title\": \"Brann i Bergen\", \"text\": \"Ein brann.\"}\n");
    byte[] after = utf8("{\"title\": \"Typed after the end\", \"text\": \"Not read.\"}\n");
    for (byte[] first : List.of(typed, utf8("Brann i Bergen\n\nEin brann i natt.\n"))) {
      InputStream terminal = new InputStream() {
        private int pos;
        private boolean ended;

        @Override
        public int read() {
          byte[] b = new byte[1];
          return read(b, 0, 1) < 0 ? -1 : b[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
          byte[] now = ended ? after : first;
          if (pos == now.length) {
            if (ended) {
              return -1;
            }
            ended = true; // the end of one read; what is typed next is read after it
            pos = 0;
            return -1;
          }
          int n = Math.min(len, now.length - pos);
          System.arraycopy(now, pos, b, off, n);
          pos += n;
          return n;
        }
      };
      List<String> events = new ArrayList<>();
      new Ingestor(new PageReader(), () -> terminal).ingest(List.of(Path.of("-")), ev -> events.add(ev.toString()));
      assertThat(events).as(new String(first, StandardCharsets.UTF_8)).hasSize(1).noneMatch(e -> e.contains("Typed after"));
    }
  }
}
