package org.tidende.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractEvalCommandTest {

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void scoresASmallBenchmarkFolderAsJson(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("pages"));
    String body = "Ferja mellom Lavik og Oppedal stod i to timar tysdag, etter at ein motor svikta. "
        + "Over tretti bilar venta i kø på begge sider av fjorden, og mange kom for seint.";
    Files.writeString(dir.resolve("pages/p1.html"), "<html><body><nav><a href=/>Heim</a></nav>"
        + "<article><p>" + body + "</p></article><footer>Kontakt oss</footer></body></html>");
    Files.writeString(dir.resolve("ground-truth.json"),
        "{\"p1\": {\"articleBody\": \"" + body + "\", \"url\": \"https://x.example/p1\"}}");

    Run r = run("extract-eval", "--data", dir.toString(), "--rounds", "1", "--threads", "1", "--worst", "1", "--json");

    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("pages").asInt()).isEqualTo(1);
    assertThat(json.get("f1").asDouble()).isEqualTo(1.0);
    assertThat(json.get("worst").get(0).get("key").asText()).isEqualTo("p1");
  }

  @Test
  void printsATableOnTheSharedPages() {
    Path root = Path.of(System.getProperty("tidende.root", "..")).toAbsolutePath();
    Path data = root.resolve("../shared/data/html").normalize();
    assumeTrue(Files.isDirectory(data), "shared data not found at " + data);
    Run r = run("extract-eval", "--data", data.toString(), "--rounds", "1", "--worst", "3");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("precision", "recall", "F1", "pages/s").containsPattern("F1\\s+0\\.9\\d");
  }

  @Test
  void missingFolderIsBadUsage(@TempDir Path dir) {
    Run r = run("extract-eval", "--data", dir.resolve("nowhere").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("ground-truth.json");
  }
}
