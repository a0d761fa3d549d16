package org.tidende.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {
  @Test
  void aWarningWhileProgressIsShownStartsALineOfItsOwn(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("a.jsonl");
    Files.writeString(f, """
        {"id": "a1", "title": "Første", "text": "Ein tekst."}
        {"id": "a2", "title": "Andre", "text": "Ein tekst til.", "date": "i går"}
        {"id": "a3", "title": "Tredje", "text": "Ein tredje tekst.", "lang": 5}
        """);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Inputs in = Inputs.read(List.of(f), new PrintStream(bytes, true, StandardCharsets.UTF_8), false, true);
    String err = bytes.toString(StandardCharsets.UTF_8);

    assertThat(in.articles).hasSize(3);
    assertThat(in.warnings).isEqualTo(2);
    assertThat(err).contains("reading: 1"); // progress was drawn before the first warning
    for (String at : List.of(f + ":2: ", f + ":3: ")) {
      int i = err.indexOf(at);
      assertThat(i).as(at).isPositive();
      assertThat(err.charAt(i - 1)).as("character before " + at + " in " + err.replace("\r", "\\r")).isIn('\r', '\n');
      assertThat(err.substring(0, i)).as("the line " + at + " is printed on").doesNotEndWith("/s   ");
    }
  }

  /**
   * The summary line groups its counts as the progress line does ("read 1,200 articles"); before,
   * "read 1200 articles" under "reading: 1,200". The other commands' summaries, serve's ready line and
   * the replay's messages group theirs too (StartupTest, EvalCommandTest).
   */
  @Test
  void theSummaryGroupsItsCountsAsTheProgressLineDoes(@TempDir Path dir) throws Exception {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 1200; i++) {
      lines.append("{\"id\": \"a").append(i).append("\", \"title\": \"Tittel ").append(i).append("\", \"text\": \"Ein tekst.\"}\n");
    }
    for (int i = 0; i < 1001; i++) {
      lines.append("{not json\n");
    }
    Path f = dir.resolve("many.jsonl");
    Files.writeString(f, lines);
    Inputs in = Inputs.read(List.of(f), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), true, false);
    assertThat(in.summary()).isEqualTo("read 1,200 articles, rejected 1,001");
  }
}
