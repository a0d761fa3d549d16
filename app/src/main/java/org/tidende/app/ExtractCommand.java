package org.tidende.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tidende.model.Article;
import org.tidende.model.LanguageGuess;
import org.tidende.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tidende extract PATH...}: prints each article exactly as ingestion reads it, as it reads it. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Print each article as ingestion reads it (any input format), with its identified language.",
        "With --json, one object a line: {id, file, line, url, source, title, date, language, declared_language, text}."})
public final class ExtractCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to read; - reads standard input (any format, gzip'd or not).")
  List<Path> paths;

  @Option(names = "--json", description = "JSON Lines output.")
  boolean json;

  @Option(names = "--quiet", description = "Do not list rejected input.")
  boolean quiet;

  @Override
  public Integer call() {
    PrintStream out = System.out;
    Pipeline pipeline = Pipeline.standard();
    // Printed as read, in input order, so a large input needs no more memory than its largest
    // file's reading; the progress line is off, as it would be drawn between the articles.
    Inputs in = Inputs.stream(paths, System.err, quiet, false, a -> print(out, pipeline, a));
    System.err.println(in.summary());
    return in.accepted == 0 && !in.rejections.isEmpty() ? 2 : 0;
  }

  private void print(PrintStream out, Pipeline pipeline, Article a) {
    LanguageGuess g = pipeline.identify(a);
    if (json) {
      ObjectNode o = Json.MAPPER.createObjectNode();
      o.put("id", a.id().value());
      o.put("file", a.file());
      if (a.line() > 0) {
        o.put("line", a.line());
      }
      o.put("url", a.url());
      o.put("source", a.source());
      o.put("title", a.title());
      o.put("date", a.date() == null ? null : a.date().written());
      o.put("language", g.language().code());
      o.put("declared_language", a.declaredLanguage().code());
      o.put("text", a.text());
      out.println(o.toString());
    } else {
      out.println("── " + a.location() + "  [" + a.id() + "]");
      out.println("title:    " + (a.title().isEmpty() ? "(none)" : a.title()));
      out.println("date:     " + (a.date() == null ? "(unknown)" : a.date().written()));
      out.println("language: " + g.language().code() + String.format(Locale.ROOT, " (%.2f)", g.confidence())
          + (a.declaredLanguage().isKnown() ? ", declared " + a.declaredLanguage().code() : ""));
      if (a.url() != null) {
        out.println("url:      " + a.url());
      }
      if (a.source() != null) {
        out.println("source:   " + a.source());
      }
      out.println();
      out.println(a.text());
      out.println();
    }
  }
}
