package org.tidende.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.tidende.model.StoryId;
import org.tidende.store.ArchiveSnapshot;
import org.tidende.store.StoryPage;
import org.tidende.store.StoryQuery;

/**
 * {@code tidende stories --data DIR}: the stories a data folder holds, as the server stores and
 * serves them ({@code GET /stories}, {@code GET /stories/{id}}), printed as {@code stories} prints
 * the stories it forms from files: the stored JSON as it is with {@code --json}, else read back
 * ({@link Json#storyFrom}) and printed by {@link StoriesCommand#printStory}.
 */
final class StoredStories {

  /**
   * What to list.
   *
   * @param query sort, filters and the first page (its limit is the page size, not the total)
   * @param limit stories to print at most, or -1 for all
   * @param story the one story to print, or null to list
   */
  record Request(StoryQuery query, int limit, StoryId story, boolean json, boolean details) {}

  private final ArchiveSnapshot archive;
  private final PrintStream out;
  private final PrintStream err;

  StoredStories(ArchiveSnapshot archive, PrintStream out, PrintStream err) {
    this.archive = archive;
    this.out = out;
    this.err = err;
  }

  /** Prints the request's stories; returns the exit code (2 for an unknown story id). */
  int print(Request r) throws IOException {
    return r.story() != null ? one(r) : list(r);
  }

  private int one(Request r) throws IOException {
    Optional<StoryId> now = archive.currentStory(r.story());
    Optional<String> json = now.isEmpty() ? Optional.empty() : archive.storyJson(now.get());
    if (json.isEmpty()) {
      String instead = StoriesEndpoint.articleInstead(r.story(), a -> {
        try {
          return archive.article(a);
        } catch (IOException e) {
          return Optional.empty();
        }
      }, s -> {
        try {
          return archive.currentStory(s).orElse(s);
        } catch (IOException e) {
          return s;
        }
      });
      err.println("tidende stories: no story with id '" + r.story() + "' in " + archive.folder() + instead + notYetCommitted(archive));
      return 2;
    }
    if (!now.get().equals(r.story())) {
      err.println("tidende stories: story " + r.story() + " has been merged into " + now.get() + "; showing that");
    }
    show(json.get(), r);
    return 0;
  }

  private int list(Request r) throws IOException {
    StoryQuery q = r.query();
    long total = -1;
    int shown = 0;
    boolean cut = false;
    while (r.limit() < 0 || shown < r.limit()) {
      StoryPage page = archive.stories(q);
      total = page.total();
      for (String json : page.stories()) {
        if (r.limit() >= 0 && shown >= r.limit()) {
          break;
        }
        show(json, r);
        shown++;
      }
      int next = q.offset() + page.stories().size();
      if (page.stories().isEmpty() || next >= total) {
        break;
      }
      if (next > StoryQuery.MAX_OFFSET) {
        cut = true;
        break;
      }
      q = q.atOffset(next);
    }
    String note = total == 0 ? SearchCommand.languageNote(r.query().language(), archive) : null;
    if (total == 0 && note == null && r.query().source() != null) { // --source nrk, stored NRK: as GET /stories says it
      note = StoriesEndpoint.sourceNote(r.query().source(), archive.sourcesSpeltLike(r.query().source(), 3));
    }
    if (note != null && r.json()) {
      err.println("tidende stories: " + note);
    }
    if (total > 0 && shown == 0 && !r.json()) { // as search says it: not "0 of 7 shown" on stderr alone
      out.println(String.format(Locale.ROOT, "no stories past --offset %,d (%,d in all)", r.query().offset(), total));
    }
    if (total == 0 && !r.json()) {
      StoryQuery f = r.query();
      boolean filtered = f.language() != null || f.minSize() > 1 || f.source() != null || f.entity() != null || f.from() != null
          || f.to() != null;
      out.println("no stories" + (filtered ? " match" : " in " + archive.folder())
          + (note == null ? "" : ": " + note));
    }
    err.println(String.format(Locale.ROOT, "%,d of %,d stor%s shown (%s first) from %s (%s)", shown, total,
        total == 1 ? "y" : "ies", r.query().sort().name().toLowerCase(Locale.ROOT), archive.folder(),
        Inputs.count(archive.articleCount(), "article", "articles")) + notYetCommitted(archive)
        // said as search says it: the views and --entity's name keys are the older build's (session 34 review)
        + SearchCommand.olderBuild(archive, "its story views are that build's and --entity may miss name spellings")
        + (cut ? "; stopped at offset " + StoryQuery.MAX_OFFSET + ", narrow with --min-size or --lang" : ""));
    return 0;
  }

  private void show(String json, Request r) throws IOException {
    if (r.json()) {
      out.println(json);
    } else {
      StoriesCommand.printStory(out, Json.storyFrom(Json.MAPPER.readTree(json)), r.details());
    }
  }

  /** Says in one line why {@code command} could not read the data folder; the exit code (2). */
  static int unreadable(String command, Path data, IOException e, PrintStream err) {
    err.println("tidende " + command + ": " + (e instanceof ArchiveSnapshot.NotADataFolder ? e.getMessage()
        : "cannot read " + data + ": " + Service.reason(e)));
    return 2;
  }

  /**
   * "; N articles ... are not in it yet" when the folder's log holds articles its index has not
   * committed, else empty. A server running on the folder took them, or a server or {@code ingest}
   * that stopped before its commit (killed) left them: the words fit either, where they said "the
   * server took" of an ingest's too.
   */
  static String notYetCommitted(ArchiveSnapshot archive) {
    try {
      long n = archive.uncommittedArticles();
      return n == 0 ? "" : String.format(Locale.ROOT, "; %,d article%s in the write-ahead log, not yet committed to the "
          + "index, %s not in it yet (a running server commits every --commit-seconds; else the next serve or ingest "
          + "on the folder commits %s)", n, n == 1 ? "" : "s", n == 1 ? "is" : "are", n == 1 ? "it" : "them");
    } catch (IOException e) {
      return "; the write-ahead log could not be read: " + e.getMessage();
    }
  }
}
