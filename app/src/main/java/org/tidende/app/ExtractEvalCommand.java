package org.tidende.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tidende.ingest.html.ExtractionBenchmark;
import org.tidende.ingest.html.HtmlExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tidende extract-eval}: replays the article-extraction benchmark (pages with their true
 * article body) through {@link HtmlExtractor} and prints precision, recall, F1 and throughput.
 */
@Command(
    name = "extract-eval",
    mixinStandardHelpOptions = true,
    description = "Measure HTML article extraction against pages with their true article body "
        + "(4-word shingle precision/recall/F1, as the Scrapinghub article-extraction benchmark).")
public final class ExtractEvalCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data/html",
      description = "Folder with pages/*.html and ground-truth.json (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "5",
      description = "Timed passes; the best is reported, the first warms up (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--worst", paramLabel = "N", defaultValue = "0",
      description = "Also list the N pages with the lowest F1, for debugging (default ${DEFAULT-VALUE}: none).")
  int worst;

  @Option(names = "--json", description = "Print one JSON object instead of a table.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (threads < 1 || rounds < 1 || worst < 0) {
      err.println("tidende extract-eval: --threads and --rounds must be >= 1, --worst >= 0");
      return 2;
    }
    if (!Files.isRegularFile(data.resolve("ground-truth.json")) || !Files.isDirectory(data.resolve("pages"))) {
      err.println("tidende extract-eval: " + data + " has no ground-truth.json and pages/ folder");
      return 2;
    }
    ExtractionBenchmark.Result r = new ExtractionBenchmark(new HtmlExtractor()).run(data, threads, rounds);
    if (json) {
      out.println(toJson(r));
    } else {
      printTable(out, r);
    }
    out.flush();
    return 0;
  }

  private void printTable(PrintWriter out, ExtractionBenchmark.Result r) {
    out.printf(Locale.ROOT, "%-22s %d%n", "pages", r.pageCount());
    out.printf(Locale.ROOT, "%-22s %.4f%n", "precision", r.precision());
    out.printf(Locale.ROOT, "%-22s %.4f%n", "recall", r.recall());
    out.printf(Locale.ROOT, "%-22s %.4f%n", "F1", r.f1());
    out.printf(Locale.ROOT, "%-22s %.1f (%d threads, best of %d)%n", "pages/s", r.pagesPerSecond(),
        r.threads(), rounds);
    out.printf(Locale.ROOT, "%-22s %.1f%n", "pages/s per CPU core", r.cpuPagesPerSecond());
    if (worst > 0) {
      out.println();
      out.printf(Locale.ROOT, "%-6s %-6s %-6s %-8s %-8s %s%n", "F1", "P", "R", "chars", "true", "page");
      for (ExtractionBenchmark.PageScore p : r.worst(worst)) {
        out.printf(Locale.ROOT, "%.3f  %.3f  %.3f  %-8d %-8d %s %s%n", p.f1(), p.precision(), p.recall(),
            p.predictedChars(), p.trueChars(), p.key(), p.url());
      }
    }
  }

  private String toJson(ExtractionBenchmark.Result r) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode o = mapper.createObjectNode();
    o.put("pages", r.pageCount());
    o.put("precision", r.precision());
    o.put("recall", r.recall());
    o.put("f1", r.f1());
    o.put("pagesPerSecond", r.pagesPerSecond());
    o.put("cpuPagesPerSecondPerCore", r.cpuPagesPerSecond());
    o.put("threads", r.threads());
    o.put("rounds", rounds);
    if (worst > 0) {
      ArrayNode a = o.putArray("worst");
      for (ExtractionBenchmark.PageScore p : r.worst(worst)) {
        ObjectNode w = a.addObject();
        w.put("key", p.key());
        w.put("url", p.url());
        w.put("f1", p.f1());
        w.put("precision", Double.isNaN(p.precision()) ? null : p.precision());
        w.put("recall", Double.isNaN(p.recall()) ? null : p.recall());
        w.put("chars", p.predictedChars());
        w.put("trueChars", p.trueChars());
      }
    }
    return mapper.writeValueAsString(o);
  }
}
