package org.tidende.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tidende.store.ArchiveSnapshot;
import org.tidende.store.QueryTooLarge;
import org.tidende.store.SearchPage;
import org.tidende.store.StoredArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tidende search QUERY... --data DIR}: the full-text search of {@code GET /search} on a data
 * folder, from the command line. The query runs through the same store code as the HTTP route
 * ({@link ArchiveSnapshot#search}); only a query Lucene cannot parse is refused here, where the
 * route searches it as plain words, since a person at a terminal can fix it.
 */
@Command(name = "search", version = "tidende 0.1.0",
    description = {"Search the articles of a data folder (made by `ingest` or `serve`) as GET /search does: Lucene syntax "
        + "(words, \"phrases\", OR, -not; every word required), read in each language under its own analyzer, so a "
        + "word finds its other forms (brannen: brann) and a stop word of an article's language is not required of it "
        + "(brann og redning: no \"og\" of a Norwegian article). '*' is every article, a field's star (source:*, story:*) "
        + "every article that has the field, brann* the words that begin so; a query with no word to rank by "
        + "('*', 'lang:nb', '-Kim') lists newest first.",
        "Reads the folder's last commit without locking it, so it works while `serve` runs on the folder; articles the "
        + "server took since its last commit (it commits every --commit-seconds, 5 by default) are not found yet, and "
        + "the summary on stderr counts them."})
public final class SearchCommand implements Callable<Integer> {

  // No -h or -V: a query word after a minus ("-Kim", "-hus", "-Vladivostok") is the query's, not an option.
  @Option(names = "--help", usageHelp = true, description = "Show this help message and exit.")
  boolean help;

  @Option(names = "--version", versionHelp = true, description = "Print version information and exit.")
  boolean version;

  @Parameters(arity = "1..*", paramLabel = "QUERY",
      description = "The query; several arguments are joined with spaces. Quote phrases for the shell: '\"Kim Jong-un\" Putin'.")
  List<String> query;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "tidende-data", description = "Data folder (default ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--lang", paramLabel = "L", description = "Only articles identified in this language: a code as ?lang= takes it (nb, NN, nob, swe; no = nb and nn; several joined by commas, nb,da).")
  String lang;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Hits to print, 1..200 (default ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Hits to skip, 0..10000 (default ${DEFAULT-VALUE}).")
  int offset;

  @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "relevance",
      description = "relevance (best match first; the default) or newest (latest publication date first, undated last, "
          + "equal dates by relevance), as ?sort= of GET /search.")
  SearchPage.Sort sort;

  @Option(names = "--json", description = "Print JSON Lines, one hit per line, as GET /search lists them "
      + "(id, title, file, line, source, url, date, language, story, score, snippet, highlights, title_highlights).")
  boolean json;

  /** How the matched words of a hit's title and snippet are shown in the plain-text output. */
  enum MarkStyle {
    /** Bold where standard output is a terminal (and NO_COLOR is unset, TERM not dumb), else brackets. */
    AUTO,
    /** ANSI bold ({@code ESC[1m} … {@code ESC[22m}), which a terminal shows and a pipe or file would carry as escape codes. */
    BOLD,
    /** Square brackets, {@code [Havørn]}: plain text, readable in a pager, a file or a pipe. */
    BRACKETS,
    /** No marks: the text as before. */
    NONE
  }

  @Option(names = "--marks", paramLabel = "STYLE", defaultValue = "auto",
      description = "How matched words are shown in the plain-text output: auto (bold on a terminal, [brackets] in a pipe "
          + "or file, brackets too where NO_COLOR is set or TERM is dumb; the default), bold, brackets or none. "
          + "--json gives their offsets instead.")
  MarkStyle marks;

  @Override
  public Integer call() {
    PrintStream out = System.out;
    PrintStream err = System.err;
    String q = String.join(" ", query).strip();
    List<String> problems = new ArrayList<>();
    if (q.isEmpty()) {
      problems.add("the query is empty");
    } else if (q.length() > HttpApi.QUERY_MAX_CHARS) {
      problems.add("the query has " + q.length() + " characters, at most " + HttpApi.QUERY_MAX_CHARS);
    }
    if (limit < 1 || limit > HttpApi.SEARCH_MAX_LIMIT) {
      problems.add("--limit must be in 1.." + HttpApi.SEARCH_MAX_LIMIT + ", got " + limit);
    }
    if (offset < 0 || offset > HttpApi.SEARCH_MAX_OFFSET) {
      problems.add("--offset must be in 0.." + HttpApi.SEARCH_MAX_OFFSET + ", got " + offset);
    }
    String language = languageOption(lang, data, problems);
    if (!problems.isEmpty()) {
      problems.forEach(p -> err.println("tidende search: " + p));
      return 2;
    }
    try (ArchiveSnapshot archive = ArchiveSnapshot.open(data)) {
      Optional<String> bad = archive.syntaxError(q);
      if (bad.isPresent()) {
        err.println("tidende search: cannot read the query '" + q + "': " + bad.get() + " (Lucene syntax: words, "
            + "\"phrases\", OR, -not, (groups); put a word with : ( ) [ ] { } ^ ~ * ? / in quotes)");
        return 2;
      }
      long start = System.nanoTime();
      SearchPage page;
      try {
        page = archive.search(q, language, sort, limit, offset);
      } catch (QueryTooLarge e) {
        err.println("tidende search: " + e.getMessage());
        return 2;
      }
      double ms = (System.nanoTime() - start) / 1e6;
      int n = offset;
      MarkStyle style = resolved(marks, "1".equals(System.getProperty("tidende.stdout.tty")), System.getenv("NO_COLOR"),
          System.getenv("TERM"));
      for (SearchPage.Hit h : page.hits()) {
        if (json) {
          out.println(Json.searchHit(h).toString());
        } else {
          print(out, ++n, h, style);
        }
      }
      String note = page.total() == 0 ? languageNote(language, archive) : null;
      if (note == null && page.total() == 0) {
        note = StoriesEndpoint.sourceNote("article", page.sourcesInOtherCase());
      }
      if (note != null && json) {
        err.println("tidende search: " + note);
      }
      if (page.hits().isEmpty() && !json) {
        out.println(page.total() == 0 ? "no articles match '" + q + "'" + (note == null ? "" : ": " + note)
            : "no hits past --offset " + offset + " (" + page.total() + " in all)");
      }
      err.println(summary(archive, q, page, ms));
      return 0;
    } catch (IOException e) {
      return StoredStories.unreadable("search", data, e, err);
    }
  }

  private static void print(PrintStream out, int rank, SearchPage.Hit h, MarkStyle style) {
    StoredArticle s = h.article();
    var a = s.article();
    // an untitled hit by its file, as the web page names it, so two of them are told apart; before,
    // "(no title)" alone
    String file = a.file() == null || a.file().isBlank() ? "" : Path.of(a.file()).getFileName() + (a.line() > 0 ? ":" + a.line() : "");
    String title;
    if (a.title().isBlank()) {
      title = file.isEmpty() ? "(no title)" : file + " (no title)";
    } else {
      // the title's marks are offsets into the title as stored: moved past its leading white space
      String raw = a.title();
      int lead = raw.length() - raw.stripLeading().length();
      String t = raw.strip();
      boolean cut = t.length() > 100;
      String shown = cut ? t.substring(0, 99) : t;
      List<SearchPage.Mark> within = h.titleMarks().stream()
          .map(m -> new SearchPage.Mark(Math.max(0, m.start() - lead), Math.min(shown.length(), m.end() - lead)))
          .filter(m -> m.start() < m.end()).toList();
      title = marked(shown, within, style) + (cut ? "…" : "");
    }
    out.printf(Locale.ROOT, "%d. %s%n", rank, title);
    out.printf(Locale.ROOT, "   %s · %s · %s · story %s · article %s%n", a.date() == null ? "undated" : a.date().written(),
        a.source() == null ? "(no source)" : a.source(), s.language().code(), s.story().value(), a.id().value());
    String snippet = h.snippet();
    if (!snippet.isEmpty()) {
      out.println("   " + marked(snippet, h.marks(), style));
    }
  }

  /**
   * The style {@code asked} stands for: {@link MarkStyle#AUTO} is bold where standard output is a
   * terminal ({@code stdoutTerminal}: the launcher's {@code -Dtidende.stdout.tty=1}, from {@code [ -t 1 ]})
   * unless {@code NO_COLOR} is set (non-empty; no-color.org) or {@code TERM} is {@code dumb}, else brackets.
   */
  static MarkStyle resolved(MarkStyle asked, boolean stdoutTerminal, String noColor, String term) {
    if (asked != MarkStyle.AUTO) {
      return asked;
    }
    boolean plain = (noColor != null && !noColor.isEmpty()) || "dumb".equals(term);
    return stdoutTerminal && !plain ? MarkStyle.BOLD : MarkStyle.BRACKETS;
  }

  /** {@code text} with each mark ({@code [start, end)}, in order, not overlapping) shown in {@code style}. */
  static String marked(String text, List<SearchPage.Mark> marks, MarkStyle style) {
    if (style == MarkStyle.NONE || marks.isEmpty()) {
      return text;
    }
    String open = style == MarkStyle.BOLD ? "\u001b[1m" : "[";
    String close = style == MarkStyle.BOLD ? "\u001b[22m" : "]";
    StringBuilder b = new StringBuilder(text.length() + marks.size() * (open.length() + close.length()));
    int at = 0;
    for (SearchPage.Mark m : marks) {
      int start = Math.max(at, Math.min(m.start(), text.length()));
      int end = Math.min(m.end(), text.length());
      if (start >= end) {
        continue;
      }
      b.append(text, at, start).append(open).append(text, start, end).append(close);
      at = end;
    }
    return b.append(text, at, text.length()).toString();
  }

  private String summary(ArchiveSnapshot archive, String q, SearchPage page, double ms) {
    String shown = page.hits().isEmpty() ? "0" : String.format(Locale.ROOT, "%,d–%,d", offset + 1, offset + page.hits().size());
    String s = String.format(Locale.ROOT, "%s of %,d hit%s for '%s'%s%s in %s (%s) in %.1f ms", shown,
        page.total(), page.total() == 1 ? "" : "s", q, lang == null ? "" : " (--lang " + lang + ")",
        page.sort() == SearchPage.Sort.NEWEST ? ", newest first" : "", data,
        Inputs.count(articles(archive), "article", "articles"), ms);
    return s + StoredStories.notYetCommitted(archive) + (archive.analysisCurrent() ? ""
        : olderBuild(archive.indexedAnalysisVersion(), ArchiveSnapshot.currentAnalysisVersion(), data));
  }

  /**
   * What {@code search} says of a folder indexed by an older build (analysis version {@code
   * indexed}, 0 when unrecorded, below this build's {@code current}): what such a search misses,
   * by the versions since (the changes of {@code LuceneStore.ANALYSIS_VERSION}), and how to index
   * it again. Until session 34 it said "some word forms and name spellings are not found until
   * `tidende serve` or `tidende ingest` opens the folder once", which named neither the numbers a
   * version 5 folder misses nor a command to run ({@code ingest} takes a path).
   */
  static String olderBuild(int indexed, int current, Path data) {
    List<String> missed = new ArrayList<>();
    if (indexed < 2) {
      missed.add("Norwegian and Swedish forms by their stem ('brannen' for 'brann')");
    }
    if (indexed < 3) {
      missed.add("names by their other spellings");
    }
    if (indexed < 6) {
      missed.add("numbers written with a no-break or narrow space ('10\u202f000' for '10 000')");
    }
    if (indexed < 7) {
      missed.add("two- and three-letter acronyms by name key ('TT' keyed as 'T')");
    }
    if (missed.isEmpty()) {
      missed.add("some word forms");
    }
    String empty = "an empty folder";
    return "; indexed by an older build (analysis version " + (indexed == 0 ? "unrecorded" : indexed) + ", this build's "
        + current + "), so a search here misses " + String.join(", ", missed) + "; to index it again from its stored "
        + "texts, run `tidende ingest --data " + data + " DIR` once (any file, or " + empty + ", as DIR) or start "
        + "`tidende serve --data " + data + "`";
  }

  /**
   * What {@code stories --data} says of a folder indexed by an older build: "; indexed by an older
   * build, so {@code what} until `tidende serve` or `tidende ingest` opens the folder once and
   * indexes it again" where the folder's index is of an older analysis version (the one opening
   * that indexes it again, and says so), else empty.
   */
  static String olderBuild(ArchiveSnapshot archive, String what) {
    return archive.analysisCurrent() ? "" : "; indexed by an older build, so " + what + " until `tidende serve` or "
        + "`tidende ingest` opens the folder once and indexes it again";
  }

  private static long articles(ArchiveSnapshot archive) {
    try {
      return archive.articleCount();
    } catch (IOException e) {
      return -1;
    }
  }

  /**
   * The codes of a {@code --lang} value as the store takes them ({@code nb,nn}; null for none), read
   * as {@code ?lang=} is ({@link LanguageFilter}), or null with a problem said that names the
   * languages of the data folder {@code data} when it can be read.
   */
  static String languageOption(String lang, Path data, List<String> problems) {
    try {
      return LanguageFilter.read(lang, () -> {
        try (ArchiveSnapshot a = ArchiveSnapshot.open(data)) {
          return a.languages();
        } catch (IOException e) {
          return null;
        }
      });
    } catch (LanguageFilter.Refused e) {
      problems.add("--lang: " + e.getMessage());
      return null;
    }
  }

  /** The line saying no article is in the language(s) of {@code codes}, or null. */
  static String languageNote(String codes, ArchiveSnapshot archive) throws IOException {
    return codes == null ? null : LanguageFilter.note(codes, archive.languages());
  }
}
