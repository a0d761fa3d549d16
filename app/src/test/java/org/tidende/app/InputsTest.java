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
}
