package org.tidende.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tidende.langid.ModelTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tidende langid-train}: rebuilds the bundled language-ID model from the shared corpora and
 * Lingua's n-gram tables (see {@code org.tidende.langid.LanguageIdentifier} for the method).
 */
@Command(name = "langid-train", mixinStandardHelpOptions = true,
    description = {"Train the language-ID model from ../shared/data and the Lingua 1.2.2 jar.",
        "Fetch the jar once with: ./mvnw dependency:get -Dartifact=com.github.pemistahl:lingua:1.2.2 -Dtransitive=false"})
public final class LangidTrainCommand implements Callable<Integer> {
  static final Path DEFAULT_LINGUA = Path.of(System.getProperty("user.home"),
      ".m2/repository/com/github/pemistahl/lingua/1.2.2/lingua-1.2.2.jar");

  @Option(names = "--data", paramLabel = "DIR", description = "Shared data folder (default: ${DEFAULT-VALUE}).", defaultValue = "../shared/data")
  Path data;

  @Option(names = "--lingua-jar", paramLabel = "FILE", description = "Lingua 1.2.2 jar (default: the local Maven repository).")
  Path linguaJar = DEFAULT_LINGUA;

  @Option(names = "--out", paramLabel = "FILE", required = true, description = "Model file to write, e.g. core/src/main/resources/org/tidende/langid/langid-model.bin.gz")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(data)) {
      System.err.println("tidende langid-train: data folder " + data + " not found");
      return 2;
    }
    if (!Files.isRegularFile(linguaJar)) {
      System.err.println("tidende langid-train: Lingua jar " + linguaJar + " not found; fetch it with");
      System.err.println("  ./mvnw dependency:get -Dartifact=com.github.pemistahl:lingua:1.2.2 -Dtransitive=false");
      return 2;
    }
    List<String> report = ModelTrainer.trainAndWrite(data, linguaJar, out);
    report.forEach(System.out::println);
    return 0;
  }
}
