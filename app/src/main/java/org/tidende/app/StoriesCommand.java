package org.tidende.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.tidende.cluster.ClusterConfig;
import org.tidende.model.Article;
import org.tidende.model.ArticleDate;
import org.tidende.model.ArticleId;
import org.tidende.model.Story;
import org.tidende.model.StoryDetails;
import org.tidende.model.StoryId;
import org.tidende.pipeline.Pipeline;
import org.tidende.store.ArchiveSnapshot;
import org.tidende.store.StoryQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tidende stories PATH...}: reads articles and prints the stories they form; {@code tidende
 * stories --data DIR}: prints the stories a data folder holds ({@link StoredStories}).
 */
@Command(name = "stories", mixinStandardHelpOptions = true,
    description = {"Read articles from files and folders (plain text, JSON Lines, HTML, RSS/Atom) and print the stories they form.",
        "Problems with the input are reported on stderr as file:line: reason; the rest is processed.",
        "With --data DIR instead of PATH: print the stories a data folder holds (made by `ingest` or `serve`), as GET /stories "
            + "serves them; works while `serve` runs on the folder, without the articles the server took since its last "
            + "commit (every --commit-seconds)."})
public final class StoriesCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders to read; - reads standard input (any format, gzip'd or not).")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--data", paramLabel = "DIR", description = "Print the stories of this data folder instead of reading files.")
  Path data;

  @Option(names = "--story", paramLabel = "ID", description = "With --data: only this story (an id merged into another story since shows that one).")
  String story;

  @Option(names = "--sort", paramLabel = "ORDER", description = "With --data: biggest (most articles first; the default, as for files) or newest (latest article first).")
  StoryQuery.Sort sort;

  @Option(names = "--lang", paramLabel = "L", description = "With --data: only stories with an article in this language, a code as ?lang= takes it (nb, NN, nob; no = nb and nn; several joined by commas).")
  String lang;

  @Option(names = "--source", paramLabel = "S", description = "With --data: only stories with an article from this source (exact), as ?source=.")
  String source;

  @Option(names = "--entity", paramLabel = "NAME", description = "With --data: only stories naming this entity (a name as written, its key, a spelling with that key, or a person's surname alone; case-insensitive), as ?entity=.")
  String entity;

  @Option(names = "--from", paramLabel = "DATE", description = "With --data: only stories whose span reaches this ISO date (2025-03, 2025-03-11) or later, as ?from=.")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "With --data: only stories whose span starts at this ISO date or earlier, as ?to=.")
  String to;

  @Option(names = "--limit", paramLabel = "N", description = "With --data: print at most N stories (default: all).")
  Integer limit;

  @Option(names = "--offset", paramLabel = "N", description = "With --data: skip the first N stories (default 0).")
  Integer offset;

  @Option(names = "--json", description = "Print JSON Lines, one story per line.")
  boolean json;

  @Option(names = "--min-size", paramLabel = "N", defaultValue = "1", description = "Only stories with at least this many articles (default ${DEFAULT-VALUE}).")
  int minSize;

  @Option(names = "--threshold", paramLabel = "X", description = "Similarity an article needs to join a story, short texts too "
      + "(default: the tuned configuration's, 0.22, and 0.30 for short texts).")
  Double threshold;

  @Option(names = "--no-embeddings", description = "Cluster English articles without their sentence vectors "
      + "(the e5-small-v2 embedder).")
  boolean noEmbeddings;

  @Option(names = "--brief", description = "Headline, span and members only (no entities, timeline, passages); the text only: --json prints whole stories.")
  boolean brief;

  @Option(names = "--quiet", description = "Do not list rejected input (the summary still counts it).")
  boolean quiet;

  @Mixin
  FieldOptions fields = new FieldOptions();

  @Option(names = "--progress", negatable = true, description = "Show progress on stderr (default: when stderr is a terminal).")
  Boolean progress;

  @Override
  public Integer call() {
    PrintStream out = System.out;
    PrintStream err = System.err;
    if (minSize < 1) {
      err.println("tidende stories: --min-size must be >= 1, got " + minSize);
      return 2;
    }
    if (data != null && noEmbeddings) {
      throw Main.usageError(spec, "--no-embeddings clusters the files given (PATH...); a data folder's stories are clustered already");
    }
    if (data != null) {
      return fromDataFolder(out, err);
    }
    if (paths.isEmpty()) {
      throw Main.usageError(spec, "give the files or folders to read (PATH...), or a data folder with --data DIR");
    }
    if (story != null || sort != null || lang != null || limit != null || offset != null || source != null || entity != null
        || from != null || to != null) {
      throw Main.usageError(spec, "--story, --sort, --lang, --source, --entity, --from, --to, --limit and --offset read a data folder: "
          + "add --data DIR");
    }
    ClusterConfig cfg;
    try { // before the input is read: a threshold out of (0, 1) was a stack trace, exit 1, after the reading
      cfg = threshold == null ? ClusterConfig.defaults() : ClusterConfig.defaults().withThreshold(threshold);
      cfg = noEmbeddings ? cfg.withoutEmbeddings() : cfg;
    } catch (IllegalArgumentException e) {
      err.println("tidende stories: --threshold: " + e.getMessage());
      return 2;
    }
    Thread hook = new Thread(() -> stop(err), "tidende-stories-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    Inputs in;
    int all;
    int shown = 0;
    try { // the hook removed however this ends: a JVM that goes on (a test's) must not halt at its exit
      in = Inputs.read(paths, err, quiet, progress);
      Pipeline pipeline = Pipeline.standard(cfg);
      Pipeline.Session session = pipeline.newSession(true);
      List<Article> ordered = Pipeline.inEventOrder(fields.apply(in));
      try (Progress p = new Progress("clustering", ordered.size(), progress)) {
        for (int i = 0; i < ordered.size(); i += 512) {
          List<Article> batch = ordered.subList(i, Math.min(ordered.size(), i + 512));
          session.acceptAll(batch);
          p.step(batch.size());
        }
      }
      in.addRejections(session.rejections());
      // the story views: as long as the clustering or longer on a large input (34k stories of 50k Danish front
      // pages: 100 s, where stderr said nothing after the clustering's count), so counted too; and only those
      // --min-size shows are built
      all = session.storyCount(1);
      List<Story> stories;
      try (Progress p = new Progress("stories", session.storyCount(minSize), progress)) {
        stories = new ArrayList<>(session.stories(minSize, () -> p.step(1)));
      }
      stories.sort(Comparator.comparingInt(Story::size).reversed()
          .thenComparing(s -> s.first() == null ? "9999" : s.first().toString()).thenComparing(s -> s.id().value()));
      toPrint = stories.size();
      for (Story s : stories) {
        printed = shown++;
        if (json) {
          ObjectNode o = Json.story(s);
          out.println(o.toString());
        } else {
          printStory(out, s, !brief);
        }
      }
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // stopping: the hook is running and ends the process
      }
    }
    err.println(in.summary() + String.format(Locale.ROOT, "; %,d stor%s (%,d shown)", all, all == 1 ? "y" : "ies", shown));
    return in.articles.isEmpty() && !in.rejections.isEmpty() ? 2 : 0;
  }

  /** Stories printed to stdout so far, or -1 before the printing starts; and how many are to be. */
  private volatile int printed = -1;
  private volatile int toPrint;

  /**
   * A stop (Ctrl-C, SIGTERM) while files are read, clustered or their stories built ends the
   * progress line and says that nothing was written, exit 130 (as {@code ingest} stops); it ended
   * with the line left unfinished and the shell prompt after it, without a word, exit 143. Once the
   * stories are printed it says how many were. Nothing is on disk to finish, so it halts at once.
   */
  private void stop(PrintStream err) {
    boolean drawn = progress != null ? progress : "1".equals(System.getProperty("tidende.tty"));
    if (drawn) {
      err.print("\r" + " ".repeat(78) + "\r");
    }
    int n = printed;
    err.println(n < 0 ? "tidende stories: stopped; nothing was written"
        : String.format(Locale.ROOT, "tidende stories: stopped after printing %,d of %,d stories", n, toPrint));
    err.flush();
    Runtime.getRuntime().halt(130);
  }

  /** A date option read as ?from= and ?to= are ({@link Params#date}), or null with a problem said. */
  private static ArticleDate dateOption(String name, String v, List<String> problems) {
    if (v == null || v.isBlank()) {
      return null;
    }
    var d = ArticleDate.parse(v.strip());
    if (d.isEmpty()) {
      problems.add(name + " is not an ISO date (2019-04, 2019-04-25, 2019-04-25T10:00): '" + v + "'");
      return null;
    }
    return d.get();
  }

  private static String blankToNull(String v) {
    return v == null || v.isBlank() ? null : v.strip();
  }

  private int fromDataFolder(PrintStream out, PrintStream err) {
    List<String> problems = new ArrayList<>();
    if (!paths.isEmpty()) {
      problems.add("give either PATH... (files to read) or --data DIR (a data folder), not both");
    }
    if (threshold != null || fields.titleField != null || fields.dateField != null) {
      problems.add("--threshold, --title-field and --date-field apply to files read; a data folder's stories were formed when ingested");
    }
    if (limit != null && limit < 1) {
      problems.add("--limit must be >= 1, got " + limit);
    }
    int start = offset == null ? 0 : offset;
    if (start < 0 || start > StoryQuery.MAX_OFFSET) {
      problems.add("--offset must be in 0.." + StoryQuery.MAX_OFFSET + ", got " + start);
    }
    String language = SearchCommand.languageOption(lang, data, problems);
    if (story != null && (story.isBlank() || story.length() > 600)) {
      problems.add("--story must be a story id of 1..600 characters");
    }
    ArticleDate fromDate = dateOption("--from", from, problems);
    ArticleDate toDate = dateOption("--to", to, problems);
    if (fromDate != null && toDate != null && fromDate.date().isAfter(toDate.date())) {
      problems.add("--from is after --to");
    }
    if (!problems.isEmpty()) {
      problems.forEach(p -> err.println("tidende stories: " + p));
      return 2;
    }
    int pageSize = limit == null ? StoryQuery.MAX_LIMIT : Math.min(limit, StoryQuery.MAX_LIMIT);
    StoryQuery q = new StoryQuery(sort == null ? StoryQuery.Sort.BIGGEST : sort, pageSize, start, language,
        blankToNull(source), blankToNull(entity), fromDate, toDate, minSize);
    try (ArchiveSnapshot archive = ArchiveSnapshot.open(data)) {
      return new StoredStories(archive, out, err).print(new StoredStories.Request(q, limit == null ? -1 : limit,
          story == null ? null : new StoryId(story.strip()), json, !brief));
    } catch (IOException e) {
      return StoredStories.unreadable("stories", data, e, err);
    }
  }

  /** The member's date for people: {@code -} when unknown, {@code (inferred)} after an inferred one. */
  static String dateLabel(Story.StoryArticle a) {
    return a.date() == null ? "-" : a.date().inferred() ? a.date().written() + " (inferred)" : a.date().written();
  }

  static void printStory(PrintStream out, Story s, boolean details) {
    out.println("== " + s.headline());
    String span = s.first() == null ? "undated"
        : s.first().written().equals(s.last().written()) ? s.first().written() : s.first().written() + " → " + s.last().written();
    out.printf(Locale.ROOT, "   %,d article%s · %s · %s · %s%n", s.size(), s.size() == 1 ? "" : "s",
        String.join(", ", s.languages().stream().map(l -> l.code()).toList()), span, "sources: " + String.join(", ", s.sources()));
    int width = 10;
    for (Story.StoryArticle a : s.articles()) {
      width = Math.max(width, dateLabel(a).length());
    }
    for (Story.StoryArticle a : s.articles()) {
      String title = a.title().isBlank() ? "(no title)" : a.title();
      out.printf(Locale.ROOT, "   %-" + width + "s  %-3s  %s  %s%n", dateLabel(a),
          a.language().code(), location(a), title.length() > 90 ? title.substring(0, 89) + "…" : title);
    }
    if (details) {
      printDetails(out, s);
    }
    out.println();
  }

  private static void printDetails(PrintStream out, Story s) {
    Map<ArticleId, String> names = new HashMap<>();
    for (Story.StoryArticle a : s.articles()) {
      names.put(a.id(), location(a));
    }
    StoryDetails d = s.details();
    if (!d.summary().isEmpty()) {
      out.println("   summary:");
      d.summary().forEach(x -> out.println("     " + clip(x, 160)));
    }
    if (!d.entities().isEmpty()) {
      out.println("   who/where: " + String.join(", ", d.entities().stream().limit(10).map(e -> e.name()
          + (e.type() == null ? "" : " (" + e.type() + ")") + (e.variants().size() > 1
          ? " [" + String.join(" / ", e.variants().keySet()) + "]" : "")).toList()));
    }
    if (!d.timeline().isEmpty()) {
      out.println("   timeline:");
      d.timeline().stream().limit(8).forEach(t -> out.printf(Locale.ROOT, "     %-10s  %s  (%s)%n", t.period(),
          clip(t.sentence(), 110), names.getOrDefault(t.article(), t.article().value())));
    }
    for (StoryDetails.Copies c : d.duplicates()) {
      out.println("   copies: " + names.getOrDefault(c.canonical(), c.canonical().value()) + " = "
          + String.join(", ", c.copies().stream().map(id -> names.getOrDefault(id, id.value())).toList())
          + String.format(Locale.ROOT, c.sameHeadline() ? " (same headline; texts %.2f alike)" : " (similarity %.2f)",
              c.similarity()));
    }
    if (!d.passages().isEmpty()) {
      long cross = d.passages().stream().filter(StoryDetails.Passage::crossLanguage).count();
      long translated = d.passages().stream().filter(StoryDetails.Passage::translated).count();
      out.printf(Locale.ROOT, "   shared passages: %d (%d across languages%s), longest:%n", d.passages().size(), cross,
          translated == 0 ? "" : ", " + translated + " of them translated");
      // a copy's passage with its canonical article is what the "copies" line already says: others first
      Set<Set<ArticleId>> copyPairs = new HashSet<>();
      d.duplicates().forEach(c -> c.copies().forEach(id -> copyPairs.add(Set.of(c.canonical(), id))));
      Predicate<StoryDetails.Passage> ofCopies = p -> copyPairs.contains(Set.of(p.a(), p.b()));
      d.passages().stream().sorted(Comparator.<StoryDetails.Passage, Boolean>comparing(ofCopies::test)
              .thenComparing((x, y) -> Integer.compare(y.aEnd() - y.aStart(), x.aEnd() - x.aStart()))).limit(3)
          .forEach(p -> out.printf(Locale.ROOT, "     %.2f  \"%s\"  %s ~ %s%s%n", p.score(), clip(p.aText(), 90),
              names.getOrDefault(p.a(), p.a().value()), names.getOrDefault(p.b(), p.b().value()),
              p.translated() ? "  (translated: names and numbers agree)" : ""));
    }
    if (!d.links().isEmpty()) {
      out.println("   why together (names and numbers shared with the others):");
      for (StoryDetails.Link l : d.links()) {
        List<String> parts = new ArrayList<>(l.names());
        parts.addAll(l.numbers());
        out.printf(Locale.ROOT, "     %-28s %s%n", clip(names.getOrDefault(l.article(), l.article().value()), 28),
            parts.isEmpty() ? "(shared words only)" : String.join(", ", parts));
      }
    }
    if (d.additions().size() > 1) {
      out.println("   what each adds:");
      for (StoryDetails.Addition a : d.additions()) {
        out.printf(Locale.ROOT, "     %-28s %3d of %3d words new%s%n", clip(names.getOrDefault(a.article(), a.article().value()), 28),
            a.newWords(), a.totalWords(), a.sentences().isEmpty() || a.newWords() == a.totalWords() ? ""
                : ": \"" + clip(a.sentences().get(0), 70) + "\"");
      }
    }
  }

  private static String clip(String s, int max) {
    String t = s.replaceAll("\\s+", " ").strip();
    return t.length() <= max ? t : t.substring(0, max - 1) + "…";
  }

  private static String location(Story.StoryArticle a) {
    Path p = Path.of(a.file()).getFileName();
    String f = p == null ? a.file() : p.toString();
    return a.line() > 0 ? f + ":" + a.line() : f;
  }
}
