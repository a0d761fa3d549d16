package org.tidende.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
}
