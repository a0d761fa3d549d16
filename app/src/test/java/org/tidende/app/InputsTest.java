package org.tidende.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
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

  /**
   * Standard input read from a terminal says it waits for input and how to end it; before, {@code
   * tidende stories -} typed at a terminal said nothing, as if it hung. Not said when piped.
   */
  @Test
  void standardInputFromATerminalSaysItWaitsForInput() {
    InputStream stdin = System.in;
    String before = System.getProperty("tidende.stdin.tty");
    try {
      for (String tty : List.of("1", "0")) {
        System.setIn(new ByteArrayInputStream("{\"title\": \"Brann\", \"text\": \"Det brann.\"}\n".getBytes(StandardCharsets.UTF_8)));
        System.setProperty("tidende.stdin.tty", tty);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Inputs in = Inputs.read(List.of(Path.of("-")), new PrintStream(bytes, true, StandardCharsets.UTF_8), false, false);
        assertThat(in.articles).hasSize(1);
        String err = bytes.toString(StandardCharsets.UTF_8);
        if (tty.equals("1")) {
          assertThat(err).startsWith(Inputs.STDIN_FROM_TERMINAL + "\n");
          assertThat(Inputs.STDIN_FROM_TERMINAL).contains("Ctrl-D");
        } else {
          assertThat(err).doesNotContain("terminal");
        }
      }
    } finally {
      System.setIn(stdin);
      if (before == null) {
        System.clearProperty("tidende.stdin.tty");
      } else {
        System.setProperty("tidende.stdin.tty", before);
      }
    }
  }
}
