package org.tidende.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tidende extract} prints as it reads, in input order, holding no article it has printed. */
class ExtractCommandTest {

  @Test
  void printsEachArticleBeforeReadingTheNextFile(@TempDir Path dir) throws Exception {
    Path first = Files.writeString(dir.resolve("a.jsonl"),
        "{\"id\":\"a1\",\"lang\":\"nb\",\"title\":\"Brann i Bergen\",\"text\":\"Brannvesenet rykket ut i natt.\"}\n");
    Path second = Files.writeString(dir.resolve("b.txt"), "");
    // stdout and stderr into one stream, so the order of the article and the second file's
    // rejection shows when the article was printed
    ByteArrayOutputStream both = new ByteArrayOutputStream();
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    int code;
    try {
      PrintStream p = new PrintStream(both, true, StandardCharsets.UTF_8);
      System.setOut(p);
      System.setErr(p);
      code = Main.run("extract", "--json", first.toString(), second.toString());
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
    String printed = both.toString(StandardCharsets.UTF_8);
    assertThat(code).isZero();
    assertThat(printed).contains("\"id\":\"a1\"", "b.txt: empty file", "read 1 article, rejected 1");
    assertThat(printed.indexOf("\"id\":\"a1\"")).isLessThan(printed.indexOf("b.txt: empty file"));
  }
}
