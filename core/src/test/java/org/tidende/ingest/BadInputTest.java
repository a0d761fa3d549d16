package org.tidende.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tidende.model.Article;
import org.tidende.model.ArticleId;
import org.tidende.model.Language;

/** The bad-input corpus: nothing throws, every bad item is reported, no good item is lost. */
class BadInputTest {
  private static final String GOOD_JSON = "{\"id\":\"good-1\",\"title\":\"Godt\",\"text\":\"Ein god artikkel.\"}";

  record Outcome(List<String> accepted, List<String> rejected) {}

  private static Outcome ingest(Path dir) {
    List<String> acc = new ArrayList<>();
    List<String> rej = new ArrayList<>();
    new Ingestor().ingest(List.of(dir), ev -> {
      switch (ev) {
        case IngestEvent.Accepted a -> acc.add(a.article().id().value());
        case IngestEvent.Rejected r -> rej.add(r.rejection().toString());
        case IngestEvent.Warning w -> { }
        case IngestEvent.Note n -> { }
      }
    });
    return new Outcome(acc, rej);
  }

  /**
   * An id longer than 512 chars costs its record alone, and a feed's or page's long guid, link or
   * canonical URL (a tracking link) costs nothing: a JSON record or a text's {@code id:} header
   * giving one is rejected as the API refuses it, and a derived one is shortened, stable ({@link
   * org.tidende.model.ArticleId#derived}). Before (session 34's walk-through), the id threw and each
   * of these files was "cannot read: IllegalArgumentException: article id has 2006 chars, at most
   * 512", its good items lost.
   */
  @Test
  void aLongIdCostsItsRecordAloneAndALongLinkNothing(@TempDir Path dir) throws Exception {
    String longId = "x".repeat(2006);
    String longLink = "https://example.org/a?utm=" + "y".repeat(600);
    Files.writeString(dir.resolve("a.jsonl"), GOOD_JSON + "\n{\"id\":\"" + longId + "\",\"title\":\"Lang\",\"text\":\"T.\"}\n"
        + "{\"id\":\"good-2\",\"title\":\"Godt\",\"text\":\"Ein annan god artikkel.\"}\n");
    Files.writeString(dir.resolve("b.txt"), "id: " + longId + "\ntitle: Lang\n\nTekst.\n");
    Files.writeString(dir.resolve("c.rss"), "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title>"
        + "<item><title>Lang lenke</title><link>" + longLink + "</link><description>Tekst.</description></item>"
        + "<item><title>Kort</title><link>https://example.org/b</link><description>Tekst.</description></item></channel></rss>");
    Files.writeString(dir.resolve("d.html"), "<html><head><title>Side</title><link rel=\"canonical\" href=\"" + longLink
        + "\"></head><body><p>Ein side med ein lang kanonisk adresse, lang nok til at sida har ein tekst.</p></body></html>");
    Outcome o = ingest(dir);
    assertThat(o.rejected()).containsExactly(dir.resolve("a.jsonl") + ":2: field 'id': article id has 2006 chars, at most 512",
        dir.resolve("b.txt") + ":1: header 'id:': article id has 2006 chars, at most 512");
    String derived = ArticleId.derived(longLink).value();
    assertThat(derived).hasSize(512).startsWith(longLink.substring(0, 495) + "~");
    assertThat(o.accepted()).containsExactly("good-1", "good-2", derived, "https://example.org/b", derived);
  }

  /** A folder with no files (or only hidden ones) is said to be so; it was read as nothing without a word. */
  /**
   * A file given twice, in a folder given and by its own path, or by a link to it, is read once and
   * the second time named in a note: read again, every article of it was a repeated id, rejected.
   */
  @Test
  void aFileGivenTwiceIsReadOnce(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectory(dir.resolve("in"));
    Path a = Files.writeString(in.resolve("a.jsonl"), "{\"id\": \"a1\", \"title\": \"Brann i Bergen\"}\n"
        + "{\"id\": \"a2\", \"title\": \"Flom i Trondheim\"}\n");
    Path link = Files.createSymbolicLink(dir.resolve("latest.jsonl"), a);
    List<String> articles = new ArrayList<>();
    List<String> said = new ArrayList<>();
    new Ingestor().ingest(List.of(in, a, link, in.resolve("../in/a.jsonl")), ev -> {
      if (ev instanceof IngestEvent.Accepted acc) {
        articles.add(acc.article().id().value());
      } else {
        said.add(ev.toString());
      }
    });
    assertThat(articles).containsExactly("a1", "a2");
    assertThat(said).containsExactly(
        a + ": given more than once (by its path or a folder's); read once",
        link + ": given more than once (by its path or a folder's); read once",
        in.resolve("../in/a.jsonl") + ": given more than once (by its path or a folder's); read once");
    assertThat(said).allMatch(m -> !m.contains("repeated"));
  }

  @Test
  void anEmptyFolderIsWarnedAbout(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("empty"));
    Files.createDirectories(dir.resolve("hidden"));
    Files.writeString(dir.resolve("hidden/.draft.jsonl"), GOOD_JSON, StandardCharsets.UTF_8,
        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    List<String> said = new ArrayList<>();
    new Ingestor().ingest(List.of(dir.resolve("empty"), dir.resolve("hidden")), ev -> said.add(ev.toString()));
    assertThat(said).containsExactly(dir.resolve("empty") + ": no files to read in this folder",
        dir.resolve("hidden") + ": .draft.jsonl skipped as hidden (a hidden file given by its own path is read)",
        dir.resolve("hidden") + ": no files to read in this folder");
  }

  /**
   * Text with stray NUL bytes (one inside, or padding after it) is read, the NULs dropped, with a
   * warning; binary data (a gzip'd stream named .txt, bytes of every value) is still "binary".
   * Before, one NUL made a text file "binary file, not text", its article lost.
   */
  @Test
  void textWithStrayNulsIsReadWithoutThem(@TempDir Path dir) throws Exception {
    byte[] text = "Brann i Bergen\n\nEin brann braut ut i eit bustadhus i Bergen sentrum i natt.\n".getBytes(StandardCharsets.UTF_8);
    byte[] stray = new byte[text.length + 1];
    System.arraycopy(text, 0, stray, 0, 20);
    System.arraycopy(text, 20, stray, 21, text.length - 20);
    Files.write(dir.resolve("stray.txt"), stray);
    byte[] padded = Arrays.copyOf(text, text.length + 4096);
    Files.write(dir.resolve("padded.txt"), padded);
    Random random = new Random(42);
    byte[] noise = new byte[4096];
    random.nextBytes(noise);
    Files.write(dir.resolve("noise.txt"), noise);
    List<Article> read = new ArrayList<>();
    List<String> said = new ArrayList<>();
    new Ingestor().ingest(List.of(dir), ev -> {
      switch (ev) {
        case IngestEvent.Accepted a -> read.add(a.article());
        case IngestEvent.Rejected r -> said.add(r.rejection().toString());
        default -> said.add(ev.toString());
      }
    });
    assertThat(read).extracting(Article::text).containsExactly("Ein brann braut ut i eit bustadhus i Bergen sentrum i natt.",
        "Ein brann braut ut i eit bustadhus i Bergen sentrum i natt.");
    assertThat(said).containsExactly(dir.resolve("noise.txt") + ": binary file, not text",
        dir.resolve("padded.txt") + ": 4096 NUL byte(s) dropped from the text (padding after it, or stray ones in it: a damaged or partly written file?)",
        dir.resolve("stray.txt") + ": 1 NUL byte(s) dropped from the text (padding after it, or stray ones in it: a damaged or partly written file?)");
  }

  /**
   * A title's no-break spaces (a feed's or a text's {@code &nbsp;} as the character), tabs, line
   * ends and runs of spaces are one space, in every format; before, a feed's, a text's and a JSON
   * record's title kept them ("Storm\u00a0hits  the   coast"). The content id of an article without
   * an id or URL is still made from the title as read, so it is the id it had before.
   */
  @Test
  void aTitlesWhiteSpaceIsOneSpace(@TempDir Path dir) throws Exception {
    String messy = "Storm\u00a0hits  the \t  coast\u2009again";
    Files.writeString(dir.resolve("a.txt"), messy + "\n\nThe storm hit the west coast on Friday night.\n");
    Files.writeString(dir.resolve("b.xml"), "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title><item><title>"
        + messy + "</title><description>The storm hit the coast.</description><link>http://example.org/1</link></item></channel></rss>");
    Files.writeString(dir.resolve("c.jsonl"), "{\"title\": \"Storm\\u00a0hits  the\\n\\t coast\\u2009again\", \"text\": \"The  storm.\"}\n");
    Files.writeString(dir.resolve("d.html"), "<html><head><title>" + messy.replace("\u00a0", "&nbsp;")
        + "</title></head><body><p>The storm hit the west coast on Friday night with heavy rain and strong winds.</p></body></html>");
    List<Article> read = new ArrayList<>();
    new Ingestor().ingest(List.of(dir), ev -> {
      if (ev instanceof IngestEvent.Accepted a) {
        read.add(a.article());
      }
    });
    assertThat(read).extracting(Article::title).containsOnly("Storm hits the coast again").hasSize(4);
    assertThat(read.get(0).id()).isEqualTo(ArticleId.ofContent(messy, "The storm hit the west coast on Friday night."));
    assertThat(read.get(2).text()).as("a text's spaces are left as they are").isEqualTo("The  storm.");
  }

  /**
   * A text's no-break spaces (U+00A0 of {@code &nbsp;}, the narrow U+202F of {@code 10\u202f000}),
   * other Unicode spaces and line separators are plain spaces and line ends, one char for one, in
   * every format; they were kept as written (the JSON reader alone made U+00A0 a space, not U+202F).
   * Runs of spaces stay, and the content id of an article without an id or URL is the one it had,
   * made from the text as read.
   */
  @Test
  void aTextsNoBreakAndOtherUnicodeSpacesArePlainSpaces(@TempDir Path dir) throws Exception {
    String odd = "Jens\u00a0Stoltenberg  lover 10\u202f000 kroner\u2009i\u3000dag.\u2028Ny linje.";
    String plain = "Jens Stoltenberg  lover 10 000 kroner i dag.\nNy linje.";
    Files.writeString(dir.resolve("a.txt"), "Stoltenberg lover penger\n\n" + odd + "\n");
    Files.writeString(dir.resolve("b.xml"), "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title><item><title>T</title>"
        + "<description>" + odd.replace("\u00a0", "&amp;nbsp;") + "</description></item></channel></rss>");
    Files.writeString(dir.resolve("c.jsonl"), "{\"title\": \"T\", \"text\": \"" + odd + "\"}\n");
    Files.writeString(dir.resolve("d.html"), "<html><head><title>T</title></head><body><article><p>"
        + odd.replace("\u00a0", "&nbsp;").replace("\u2028", "") + " Han seier pengane skal gå til skulane i heile landet.</p></article></body></html>");
    List<Article> read = new ArrayList<>();
    new Ingestor().ingest(List.of(dir), ev -> {
      if (ev instanceof IngestEvent.Accepted a) {
        read.add(a.article());
      }
    });
    assertThat(read).hasSize(4);
    for (Article a : read) {
      assertThat(a.text()).as(a.file()).doesNotContain("\u00a0", "\u202f", "\u2009", "\u3000", "\u2028");
    }
    assertThat(read.get(0).text()).isEqualTo(plain);
    assertThat(read.get(1).text()).as("a feed item's HTML runs spaces together").isEqualTo(plain.replace("  ", " "));
    assertThat(read.get(2).text()).isEqualTo(plain);
    assertThat(read.get(3).text()).startsWith("Jens Stoltenberg lover 10 000 kroner i dag.");
    assertThat(read.get(0).id()).as("the content id made from the text as read")
        .isEqualTo(ArticleId.ofContent("Stoltenberg lover penger", odd));
    assertThat(read.get(2).id()).as("the content id made from the text as read (U+00A0 a space there before)")
        .isEqualTo(ArticleId.ofContent("T", odd.replace('\u00a0', ' ')));
  }

  /**
   * A title and text of no-break or other Unicode spaces alone are no title or text: rejected as an
   * empty one is, in each reader, where such an article was stored with neither (the spaces made
   * plain and stripped) or with the spaces as its whole text before session 33.
   */
  @Test
  void aTitleAndTextOfNoBreakSpacesAloneAreRejectedAsEmptyOnesAre(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), "\u00a0\u202f\n\u00a0\n");
    Files.writeString(dir.resolve("b.txt"), "title: \u00a0\n\n\u2009\u00a0\n");
    Files.writeString(dir.resolve("c.xml"), "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title>"
        + "<item><title>&#160;</title><description>&amp;nbsp;&#8239;</description></item>"
        + "<item><title>&#160;</title><description><![CDATA[<p>&nbsp;</p>]]></description></item>"
        + "<item><title>Tittel</title><description>&#160;</description></item></channel></rss>");
    Files.writeString(dir.resolve("d.jsonl"), "{\"title\": \"\\u00a0\", \"text\": \"\\u202f\\u00a0\"}\n"
        + "{\"title\": \"\\u00a0\", \"text\": \"Tekst.\"}\n");
    List<Article> read = new ArrayList<>();
    List<String> rejected = new ArrayList<>();
    new Ingestor().ingest(List.of(dir), ev -> {
      if (ev instanceof IngestEvent.Accepted a) {
        read.add(a.article());
      } else if (ev.toString().contains("no title or text") || ev.toString().contains("no text after metadata")) {
        rejected.add(ev.toString());
      }
    });
    assertThat(read).extracting(a -> a.title() + "|" + a.text()).containsExactly("Tittel|", "|Tekst.");
    assertThat(rejected).hasSize(5);
  }

  /**
   * A file whose bytes plainly hold another format than its name says is read as what it holds,
   * with a warning: a page saved as .txt, JSON records saved as .txt, a feed saved as .html. Before,
   * the page's markup and the JSON were stored as an article's text, and the feed was one untitled
   * article of all its items. A text opening with a bracket stays text.
   */
  @Test
  void aFileHoldingAnotherFormatThanItsNameIsReadAsWhatItHolds(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("page.txt"), "<!DOCTYPE html><html><head><title>Brann i Bergen sentrum i natt</title></head>"
        + "<body><article><h1>Brann i Bergen sentrum i natt</h1><p>Ein brann braut ut i eit bustadhus i Bergen sentrum i natt. "
        + "Alle bebuarane kom seg ut, seier politiet.</p></article></body></html>");
    Files.writeString(dir.resolve("records.txt"), GOOD_JSON + "\n{\"id\":\"good-2\",\"title\":\"Andre\",\"text\":\"Ein annan.\"}\n");
    Files.writeString(dir.resolve("feed.html"), "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>F</title>"
        + "<item><guid>i1</guid><title>Flaum i Voss</title><description>Elva gjekk over sine breidder.</description></item>"
        + "<item><guid>i2</guid><title>Ras på E16</title><description>Vegen er stengd.</description></item></channel></rss>");
    Files.writeString(dir.resolve("bracket.txt"), "[Video] Brann i Bergen\n\nEin brann braut ut.");
    List<Article> read = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    new Ingestor().ingest(List.of(dir), ev -> {
      switch (ev) {
        case IngestEvent.Accepted a -> read.add(a.article());
        case IngestEvent.Warning w -> warnings.add(w.toString());
        default -> { }
      }
    });
    assertThat(read).extracting(Article::title).containsExactly("[Video] Brann i Bergen", "Flaum i Voss", "Ras på E16",
        "Brann i Bergen sentrum i natt", "Godt", "Andre");
    assertThat(read.get(3).text()).startsWith("Ein brann braut ut").doesNotContain("<");
    assertThat(warnings).containsExactly(
        dir.resolve("feed.html") + ": holds an RSS/Atom feed, not an HTML page as its name says; read as such",
        dir.resolve("page.txt") + ": holds an HTML page, not plain text as its name says; read as such",
        dir.resolve("records.txt") + ": holds JSON, not plain text as its name says; read as such");
  }

  /**
   * Hidden files of a format read and hidden folders are named in a note, not read; a hidden file of
   * no format read (.DS_Store) is not named. Before, all were left out without a word.
   */
  @Test
  void hiddenFilesAndFoldersAreNamedInANote(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), "Storm\n\nEin storm.");
    Files.writeString(dir.resolve(".half-written.jsonl"), GOOD_JSON);
    Files.writeString(dir.resolve(".DS_Store"), "x");
    Files.createDirectories(dir.resolve(".archive/deeper"));
    Files.writeString(dir.resolve(".archive/deeper/b.txt"), "Flaum\n\nEin flaum.");
    List<String> notes = new ArrayList<>();
    List<String> others = new ArrayList<>();
    List<Path> files = Ingestor.listFolder(dir, ev -> (ev instanceof IngestEvent.Note ? notes : others).add(ev.toString()));
    assertThat(files).containsExactly(dir.resolve("a.txt"));
    assertThat(notes).containsExactly(dir + ": .archive" + File.separator + ", .half-written.jsonl skipped as hidden "
        + "(a hidden file given by its own path is read)");
    assertThat(others).isEmpty();
    Outcome own = ingest(dir.resolve(".half-written.jsonl"));
    assertThat(own.accepted()).hasSize(1);
  }

  /**
   * A file the user may not read says so: "cannot read: permission denied", where it said
   * "cannot read: AccessDeniedException: /the/path" after the path already given. (Tests run as root,
   * who reads every file, so the reason is checked on the exceptions Java throws.)
   */
  @Test
  void anUnreadableFileSaysWhyInWords() {
    assertThat(Ingestor.reason(new AccessDeniedException("/tmp/x.jsonl"))).isEqualTo("permission denied");
    assertThat(Ingestor.reason(new FileSystemException("/tmp/x.jsonl", null, "Is a directory")))
        .isEqualTo("Is a directory");
    assertThat(Ingestor.reason(new IOException("Input/output error"))).isEqualTo("IOException: Input/output error");
  }

  static Stream<Arguments> badFiles() {
    byte[] invalidUtf8 = {(byte) 0xC3, (byte) 0x28, '1', '2', '3', (byte) 0x9D, '#', '#', '\n'};
    byte[] binary = new byte[512];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) (i * 31);
    }
    return Stream.of(
        Arguments.of("empty.txt", new byte[0], "empty file"),
        Arguments.of("blank.jsonl", "\n\n   \n".getBytes(StandardCharsets.UTF_8), "empty file"),
        Arguments.of("binary.txt", binary, "binary"),
        Arguments.of("binary.jsonl", binary, "binary"),
        Arguments.of("bad-utf8.txt", invalidUtf8, "invalid UTF-8"),
        Arguments.of("truncated.rss", "<?xml version=\"1.0\"?><rss><channel><item><title>Halv".getBytes(StandardCharsets.UTF_8), "truncated"),
        Arguments.of("notxml.atom", "this is not a feed".getBytes(StandardCharsets.UTF_8), "feed"),
        Arguments.of("only-metadata.txt", "date 2020-01-01\n".getBytes(StandardCharsets.UTF_8), "no text"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void badFileIsReportedAndGoodOnesSurvive(String name, byte[] bytes, String reason, @TempDir Path dir) throws Exception {
    Files.write(dir.resolve(name), bytes);
    Files.writeString(dir.resolve("zz-good.jsonl"), GOOD_JSON + "\n");
    Outcome o = ingest(dir);
    assertThat(o.accepted()).containsExactly("good-1");
    assertThat(o.rejected()).singleElement().asString().contains(name).containsIgnoringCase(reason);
  }

  @Test
  void linkedFoldersAreReadAndBrokenLinksPipesAndLoopsReported(@TempDir Path dir) throws Exception {
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("linked.jsonl"), GOOD_JSON.replace("good-1", "linked-1") + "\n");
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("zz-good.jsonl"), GOOD_JSON + "\n");
    Files.createSymbolicLink(in.resolve("feeds"), elsewhere);
    Files.createSymbolicLink(in.resolve("gone.txt"), dir.resolve("no-such.txt"));
    Files.createSymbolicLink(elsewhere.resolve("loop"), in);
    new ProcessBuilder("mkfifo", in.resolve("pipe.txt").toString()).start().waitFor();
    List<String> events = new ArrayList<>();
    List<String> accepted = new ArrayList<>();
    new Ingestor().ingest(List.of(in), ev -> {
      if (ev instanceof IngestEvent.Accepted a) {
        accepted.add(a.article().id().value());
      } else {
        events.add(ev.toString());
      }
    });
    assertThat(accepted).containsExactly("linked-1", "good-1");
    assertThat(String.join("\n", events)).contains(in.resolve("gone.txt") + ": broken symbolic link")
        .contains(in.resolve("pipe.txt") + ": not a regular file").contains("symbolic link loop");
  }

  @Test
  void badLinesInJsonLinesAreReportedWithLineNumbers(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write((GOOD_JSON + "\n").getBytes(StandardCharsets.UTF_8));
    b.write("{\"id\": \"x\", \"title\": \"Avbroten\n".getBytes(StandardCharsets.UTF_8));
    // neither UTF-8 nor, with so few letters, Windows-1252 text
    b.write(new byte[] {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC3, '(', '1', '2', '3', '4', '5', '6',
        '7', '8', '9', '0', '"', '}', '\n'});
    b.write("{\"id\":\"no-text\"}\n".getBytes(StandardCharsets.UTF_8));
    b.write("[1,2,3]\n".getBytes(StandardCharsets.UTF_8));
    b.write("{\"id\":\"typed\",\"title\":42,\"text\":\"x\"}\n".getBytes(StandardCharsets.UTF_8));
    b.write("{\"id\":\"good-2\",\"title\":\"Også god\",\"text\":\"Tekst.\",\"date\":\"not a date\"}".getBytes(StandardCharsets.UTF_8));
    Files.write(dir.resolve("mixed.jsonl"), b.toByteArray());
    Outcome o = ingest(dir);
    assertThat(o.accepted()).containsExactly("good-1", "good-2");
    assertThat(o.rejected()).hasSize(5);
    assertThat(o.rejected().get(0)).startsWith(dir.resolve("mixed.jsonl") + ":2: malformed JSON");
    assertThat(o.rejected().get(1)).contains(":3: invalid UTF-8");
    assertThat(o.rejected().get(2)).contains(":4: no title or text");
    assertThat(o.rejected().get(3)).contains(":5: expected a JSON object");
    assertThat(o.rejected().get(4)).contains(":6: field 'title' must be a string");
  }

  @Test
  void aNulByteInJsonLinesCostsItsLineNotTheFile(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write((GOOD_JSON + "\n").getBytes(StandardCharsets.UTF_8));
    b.write("{\"id\":\"nul\",\"title\":\"Med NUL\u0000\"}\n".getBytes(StandardCharsets.UTF_8));
    b.write("{\"id\":\"good-2\",\"title\":\"Også god\",\"text\":\"Tekst.\"}\n".getBytes(StandardCharsets.UTF_8));
    Files.write(dir.resolve("nul.jsonl"), b.toByteArray());
    Outcome o = ingest(dir);
    assertThat(o.accepted()).containsExactly("good-1", "good-2");
    assertThat(o.rejected()).singleElement().asString().startsWith(dir.resolve("nul.jsonl") + ":2: malformed JSON");
  }

  @Test
  void truncatedFeedKeepsCompleteItems(@TempDir Path dir) throws Exception {
    String feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>"
        + "<item><title>Første sak</title><guid>a1</guid><description>Tekst ein.</description></item>"
        + "<item><title>Andre sak</title><guid>a2</guid><description>Tekst to.</description></item>"
        + "<item><title>Tredje";
    Files.writeString(dir.resolve("cut.rss"), feed);
    Outcome o = ingest(dir);
    assertThat(o.accepted()).containsExactly("a1", "a2");
    assertThat(o.rejected()).singleElement().asString().contains("cut.rss").contains("truncated");
  }

  @Test
  void truncatedHtmlStillYieldsItsText(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("cut.html"), "<html><head><title>Avbroten side</title></head><body><article><p>Denne "
        + "sida vart kutta midt i eit avsnitt, men teksten som kom fram skal lesast");
    Files.writeString(dir.resolve("nav.html"), "<html><head><title>Forside</title></head><body><nav><a href=\"/\">Forside</a>"
        + "</nav></body></html>");
    Files.writeString(dir.resolve("whole.html"), "<html><head><title>Heil side</title></head><body><article><p>Denne "
        + "sida er heil, og teksten hennar skal lesast utan noka åtvaring.</p></article></body></html>");
    List<IngestEvent> events = new ArrayList<>();
    new Ingestor().ingest(List.of(dir), events::add);
    assertThat(events).filteredOn(e -> e instanceof IngestEvent.Accepted).hasSize(3);
    assertThat(events).filteredOn(e -> e instanceof IngestEvent.Warning).map(Object::toString).containsExactly(
        dir.resolve("cut.html") + ": page ends before </body> or </html>, so it may be cut off; read as it is",
        dir.resolve("nav.html") + ": page has no main text (an index or navigation page?); read for its title alone");
    assertThat(events).noneMatch(e -> e instanceof IngestEvent.Rejected);
  }

  @Test
  void textInAnotherEncodingIsSaidWithHowToReadIt() {
    // invented Japanese, as a user's Shift_JIS export would hold it
    Charset sjis = Charset.forName("Shift_JIS");
    String title = "港で火事";
    String text = "昨夜、港の倉庫で火事がありました。けが人はいませんでした。";
    List<IngestEvent> txt = new ArrayList<>();
    new Ingestor().readBytes("in/japan.txt", (title + "\n\n" + text).getBytes(sjis), Ingestor.Format.TEXT, txt::add);
    assertThat(txt).filteredOn(e -> e instanceof IngestEvent.Warning).singleElement().asString().isEqualTo(
        "in/japan.txt: invalid UTF-8 at byte 0; read as Windows-1252 (if it is in another encoding, such as Shift_JIS, "
            + "GB18030 or KOI8-R, convert it to UTF-8, e.g. iconv -f SHIFT_JIS -t UTF-8 in/japan.txt > utf8-japan.txt)");
    String page = "<!doctype html><html><head>%s<title>" + title + "</title></head><body><article><h1>" + title
        + "</h1><p>" + text + "</p><p>" + text + "</p></article></body></html>";
    // declared in an XHTML page's XML declaration: read in it (before session 38, "no readable title or text")
    List<IngestEvent> xhtml = new ArrayList<>();
    new Ingestor().readBytes("japan.xhtml", ("<?xml version=\"1.0\" encoding=\"Shift_JIS\"?>\n" + String.format(page, ""))
        .getBytes(sjis), Ingestor.Format.HTML, xhtml::add);
    assertThat(xhtml).singleElement().isInstanceOf(IngestEvent.Accepted.class);
    assertThat(((IngestEvent.Accepted) xhtml.get(0)).article().title()).isEqualTo(title);
    // declared by <meta>: read in it, nothing said
    List<IngestEvent> meta = new ArrayList<>();
    new Ingestor().readBytes("japan.html", String.format(page, "<meta charset=\"shift_jis\">").getBytes(sjis),
        Ingestor.Format.HTML, meta::add);
    assertThat(meta).singleElement().isInstanceOf(IngestEvent.Accepted.class);
    assertThat(((IngestEvent.Accepted) meta.get(0)).article().text()).startsWith(text);
    // undeclared: said, with how to declare it
    List<IngestEvent> bare = new ArrayList<>();
    new Ingestor().readBytes("japan.html", String.format(page, "").getBytes(sjis), Ingestor.Format.HTML, bare::add);
    assertThat(bare).isNotEmpty().allSatisfy(e -> assertThat(e.toString()).contains(
        "no charset declared and the bytes are not UTF-8; read as Windows-1252", "<meta charset=\"Shift_JIS\">",
        "iconv -f SHIFT_JIS -t UTF-8 japan.html > utf8-japan.html"));
  }

  @Test
  void latin1TextIsReadWithAWarning(@TempDir Path dir) throws Exception {
    Files.write(dir.resolve("latin1.txt"), "Ærlig talt\n\nDet blæser på Østerbro i dag.".getBytes(StandardCharsets.ISO_8859_1));
    List<IngestEvent> events = new ArrayList<>();
    new Ingestor().ingest(List.of(dir), events::add);
    assertThat(events).hasSize(2);
    assertThat(events.get(0)).isInstanceOf(IngestEvent.Warning.class);
    IngestEvent.Accepted a = (IngestEvent.Accepted) events.get(1);
    assertThat(a.article().title()).isEqualTo("Ærlig talt");
  }

  @Test
  void gzipAndHugeInputsAreRead(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write((GOOD_JSON + "\n").getBytes(StandardCharsets.UTF_8));
    }
    Files.write(dir.resolve("a.jsonl.gz"), gz.toByteArray());
    StringBuilder huge = new StringBuilder("Ein veldig lang tekst\n\n");
    while (huge.length() < 3_000_000) {
      huge.append("Dette er ei setning som blir gjenteken mange gonger. ");
    }
    Files.writeString(dir.resolve("b-huge.txt"), huge);
    Outcome o = ingest(dir);
    assertThat(o.accepted()).hasSize(2).contains("good-1");
    assertThat(o.rejected()).isEmpty();
  }

  @Test
  void utf16WithAByteOrderMarkIsReadAsText(@TempDir Path dir) throws Exception {
    Files.write(dir.resolve("a.jsonl"), withBom(new byte[] {(byte) 0xFF, (byte) 0xFE},
        (GOOD_JSON + "\r\n").getBytes(StandardCharsets.UTF_16LE)));
    Files.write(dir.resolve("b.txt"), withBom(new byte[] {(byte) 0xFE, (byte) 0xFF},
        "Ærlig talt\n\nDet blæser på Østerbro i dag.".getBytes(StandardCharsets.UTF_16BE)));
    Files.write(dir.resolve("c.rss"), withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, ("<?xml version=\"1.0\" "
        + "encoding=\"UTF-16\"?><rss><channel><item><guid>c1</guid><title>Søren i Århus</title></item></channel></rss>")
        .getBytes(StandardCharsets.UTF_16LE)));
    Outcome o = ingest(dir);
    assertThat(o.rejected()).isEmpty();
    assertThat(o.accepted()).hasSize(3).contains("good-1", "c1");
  }

  @Test
  void utf16WithoutAByteOrderMarkIsReadAsText(@TempDir Path dir) throws Exception {
    Files.write(dir.resolve("a.jsonl"), (GOOD_JSON + "\n").getBytes(StandardCharsets.UTF_16LE));
    Files.write(dir.resolve("b.txt"), "Ærlig talt\n\nDet blæser på Østerbro i dag.".getBytes(StandardCharsets.UTF_16BE));
    List<String> titles = new ArrayList<>();
    List<IngestEvent> others = new ArrayList<>();
    new Ingestor().ingest(List.of(dir), ev -> {
      if (ev instanceof IngestEvent.Accepted a) {
        titles.add(a.article().title());
      } else {
        others.add(ev);
      }
    });
    assertThat(others).isEmpty();
    assertThat(titles).containsExactly("Godt", "Ærlig talt");
  }

  private static byte[] withBom(byte[] bom, byte[] text) {
    byte[] out = Arrays.copyOf(bom, bom.length + text.length);
    System.arraycopy(text, 0, out, bom.length, text.length);
    return out;
  }

  @Test
  void aGzipCutOffKeepsTheWholeLinesBeforeTheCut(@TempDir Path dir) throws Exception {
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= 400; i++) {
      lines.append("{\"id\":\"g").append(i).append("\",\"title\":\"Sak nummer ").append(i)
          .append("\",\"text\":\"Ferja la til kai ").append(i * 7).append(" minutt for seint.\"}\n");
    }
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(lines.toString().getBytes(StandardCharsets.UTF_8));
    }
    byte[] whole = gz.toByteArray();
    Files.write(dir.resolve("cut.jsonl.gz"), Arrays.copyOf(whole, whole.length * 2 / 3));
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(text)) {
      out.write("Ferja kom for seint\n\nFerja la til kai fleire minutt for seint i dag.".repeat(50).getBytes(StandardCharsets.UTF_8));
    }
    Files.write(dir.resolve("cut.txt.gz"), Arrays.copyOf(text.toByteArray(), text.size() / 2));
    Files.writeString(dir.resolve("plain.jsonl.gz"), GOOD_JSON + "\n"); // named .gz, not gzip: read as it is
    Outcome o = ingest(dir);
    assertThat(o.accepted()).hasSizeGreaterThan(100).contains("g1", "good-1").doesNotContain("g400");
    assertThat(o.rejected()).noneMatch(r -> r.contains("plain.jsonl.gz"));
    assertThat(o.rejected()).anyMatch(r -> r.contains("cut.jsonl.gz") && r.contains("gzip stream cut off")
        && r.contains("the items before it are read"));
    assertThat(o.rejected()).anyMatch(r -> r.contains("cut.txt.gz") && r.contains("gzip stream cut off")
        && !r.contains("items before"));
  }

  @Test
  void missingPathIsReported() {
    List<IngestEvent> events = new ArrayList<>();
    new Ingestor().ingest(List.of(Path.of("/no/such/path.txt")), events::add);
    assertThat(events).singleElement().isInstanceOf(IngestEvent.Rejected.class);
  }

  @Test
  void unreadableDatesAreWarnedAboutAndTheArticlesKept(@TempDir Path dir) throws Exception {
    StringBuilder lines = new StringBuilder();
    lines.append("{\"id\":\"p\",\"title\":\"Med reservedato\",\"date\":\"i går\",\"published\":\"2025-01-07\"}\n");
    for (int i = 1; i <= 7; i++) {
      lines.append("{\"id\":\"u").append(i).append("\",\"title\":\"Tittel ").append(i).append("\",\"date\":\"2025-13-45\"}\n");
    }
    lines.append("{\"id\":\"ok\",\"title\":\"Lesbar dato\",\"date\":\"2025-01-07T10:00:00Z\"}\n");
    lines.append("{\"id\":\"n\",\"title\":\"Dato som tal\",\"date\":12345,\"first_seen\":\"2025-01-07\"}\n");
    Files.writeString(dir.resolve("dates.jsonl"), lines);
    Files.writeString(dir.resolve("feed.rss"), "<rss><channel><item><title>Brann</title><pubDate>someday</pubDate></item>"
        + "</channel></rss>");
    List<String> accepted = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    new Ingestor().ingest(List.of(dir), ev -> {
      switch (ev) {
        case IngestEvent.Accepted a -> accepted.add(a.article().id().value());
        case IngestEvent.Rejected r -> throw new AssertionError(r.toString());
        case IngestEvent.Warning w -> warnings.add(w.toString());
        case IngestEvent.Note n -> { }
      }
    });
    assertThat(accepted).hasSize(11).contains("n");
    String jsonl = dir.resolve("dates.jsonl").toString();
    assertThat(warnings).containsExactly(
        jsonl + ":1: date 'i går' unreadable (ISO-8601, RFC 822, 25.04.2019 or 25 April 2019 expected); dated from its 'published' field instead",
        jsonl + ":2: date '2025-13-45' unreadable (ISO-8601, RFC 822, 25.04.2019 or 25 April 2019 expected); read as undated",
        jsonl + ":3: date '2025-13-45' unreadable (ISO-8601, RFC 822, 25.04.2019 or 25 April 2019 expected); read as undated",
        jsonl + ":4: date '2025-13-45' unreadable (ISO-8601, RFC 822, 25.04.2019 or 25 April 2019 expected); read as undated",
        jsonl + ":5: date '2025-13-45' unreadable (ISO-8601, RFC 822, 25.04.2019 or 25 April 2019 expected); read as undated",
        jsonl + ": 4 more unreadable date(s) in this input, 9 in all",
        dir.resolve("feed.rss") + ":1: date 'someday' unreadable (ISO-8601, RFC 822, 25.04.2019 or 25 April 2019 expected); read as undated");
  }

  @Test
  void wrongTypedLangSourceOrUrlIsIgnoredWithAWarningAndTheArticleKept(@TempDir Path dir) throws Exception {
    StringBuilder lines = new StringBuilder();
    lines.append("{\"id\":\"newsapi\",\"title\":\"Storm\",\"source\":{\"id\":\"bbc-news\",\"name\":\"BBC News\"}}\n");
    lines.append("{\"id\":\"obj\",\"title\":\"Storm\",\"source\":{\"id\":null}}\n");
    for (int i = 1; i <= 5; i++) {
      lines.append("{\"id\":\"l").append(i).append("\",\"title\":\"Tittel ").append(i).append("\",\"lang\":7}\n");
    }
    lines.append("{\"id\":\"u\",\"title\":\"Lenke\",\"url\":[\"https://a.example\"],\"language\":\"nb\",\"lang\":false}\n");
    Files.writeString(dir.resolve("types.jsonl"), lines);
    List<Article> accepted = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    readAll(dir, accepted, warnings);
    assertThat(accepted).hasSize(8);
    assertThat(accepted.get(0).source()).isEqualTo("BBC News");
    assertThat(accepted.get(1).source()).isNull();
    assertThat(accepted.get(7).url()).isNull();
    assertThat(accepted.get(7).declaredLanguage()).isEqualTo(Language.NB);
    String f = dir.resolve("types.jsonl").toString();
    assertThat(warnings).containsExactly(
        f + ":2: field 'source' ignored (a string expected, or an object with a string 'name'): {\"id\":null}",
        f + ":3: field 'lang' ignored (a string expected): 7",
        f + ":4: field 'lang' ignored (a string expected): 7",
        f + ":5: field 'lang' ignored (a string expected): 7",
        f + ":6: field 'lang' ignored (a string expected): 7",
        f + ": 3 more ignored field(s) in this input, 8 in all");
  }

  /**
   * A {@code lang} written as a language's name, as some exports write it ({@code Norwegian},
   * {@code dansk}, {@code Swedish}), is that language; one that is neither code nor name is ignored
   * with a warning. Before, both were dropped without a word, the language left to the identifier.
   */
  @Test
  void aLangWrittenAsANameIsReadAndOneThatIsNeitherIsSaid(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("names.jsonl"), """
        {"id":"a","title":"Ferja la til kai","lang":"Norwegian"}
        {"id":"b","title":"Færgen lagde til","lang":"dansk"}
        {"id":"c","title":"Test","lang":"klingon"}
        {"id":"d","title":"Test igjen","lang":"und"}
        {"id":"e","title":"Tekst","lang":"nob"}
        """);
    List<Article> accepted = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    readAll(dir, accepted, warnings);
    assertThat(accepted).extracting(Article::declaredLanguage).containsExactly(
        Language.NB, Language.DA, Language.UND,
        Language.UND, Language.NB);
    assertThat(warnings).containsExactly(dir.resolve("names.jsonl") + ":3: field 'lang' ignored: 'klingon' is no "
        + "language code (nb, nn, da, sv, en, de, es or another ISO 639 code) nor a language's name; the language "
        + "identified from the text");
  }

  /** A blank id is replaced by the content id, and the reader is told; before, silently. */
  @Test
  void aBlankIdIsGivenTheContentIdWithAWarning(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("ids.jsonl"), "{\"id\":\" \",\"title\":\"Storm\"}\n{\"title\":\"Flom\"}\n");
    List<Article> accepted = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    readAll(dir, accepted, warnings);
    assertThat(accepted).hasSize(2);
    String id = accepted.get(0).id().value();
    assertThat(id).isEqualTo(ArticleId.ofContent("Storm", "").value());
    assertThat(warnings).as("a missing id is no news").containsExactly(
        dir.resolve("ids.jsonl") + ":1: field 'id' blank (\" \"); given the id '" + id + "' from its title and text");
  }

  /**
   * A folder's skipped files are named, the first five and "and N more"; its README, LICENSE and
   * .md files are a note, not a warning, as nothing is lost. Before, one warning, "8 file(s) of
   * other types skipped", named none, and samples/README.md alone made the first command warn.
   */
  @Test
  void aFolderNamesTheFilesItSkipsAndNotesItsDocumentation(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), "Storm\n\nEin storm.");
    Files.writeString(dir.resolve("README.md"), "# About");
    Files.writeString(dir.resolve("LICENSE"), "CC0");
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/notes.rst"), "Notes");
    for (String f : List.of("data.csv", "b.docx", "c.docx", "d.docx", "e.docx", "sub/f.pdf", "sub/g.pdf")) {
      Files.writeString(dir.resolve(f), "x");
    }
    List<String> warnings = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    List<Path> files = Ingestor.listFolder(dir, ev -> {
      switch (ev) {
        case IngestEvent.Warning w -> warnings.add(w.toString());
        case IngestEvent.Note n -> notes.add(n.toString());
        default -> { }
      }
    });
    assertThat(files).containsExactly(dir.resolve("a.txt"));
    String sep = File.separator;
    assertThat(warnings).containsExactly(dir + ": 7 file(s) of other types skipped: b.docx, c.docx, d.docx, data.csv, e.docx "
        + "and 2 more (read: .txt .jsonl .ndjson .json .html .htm .rss .atom .xml, optionally .gz)");
    assertThat(notes).containsExactly(dir + ": LICENSE, README.md, sub" + sep + "notes.rst skipped as documentation");
    for (String f : List.of("README", "readme.MD", "LICENCE", "COPYING", "CHANGELOG.md", "notes.markdown", "guide.adoc", "AUTHORS")) {
      assertThat(Ingestor.isDocumentation(f)).as(f).isTrue();
    }
    for (String f : List.of("data.csv", "readme-data.csv", "story.docx", "md")) {
      assertThat(Ingestor.isDocumentation(f)).as(f).isFalse();
    }
  }

  /**
   * A README.txt, LICENSE.TXT or Changelog.txt.gz in a folder is documentation, noted and not read;
   * before, each was read as an article (a licence's text a story of its own). A readme.jsonl, a
   * notice-board.txt and a file named NOTICE.txt given by its own path are read.
   */
  @Test
  void plainTextDocumentationInAFolderIsNotedNotRead(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), "Storm\n\nEin storm.");
    Files.writeString(dir.resolve("README.txt"), "About these files\n\nThey are articles.");
    Files.writeString(dir.resolve("LICENSE.TXT"), "CC0 1.0 Universal\n\nNo rights reserved.");
    Files.writeString(dir.resolve("notice-board.txt"), "Notice board\n\nThe ferry is late.");
    Files.writeString(dir.resolve("readme.jsonl"), "{\"title\": \"Ras\", \"text\": \"Eit ras.\"}\n");
    try (var out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("Changelog.txt.gz")))) {
      out.write("Changes\n\nVersion 2.".getBytes(StandardCharsets.UTF_8));
    }
    List<String> notes = new ArrayList<>();
    List<Path> files = Ingestor.listFolder(dir, ev -> {
      if (ev instanceof IngestEvent.Note n) {
        notes.add(n.toString());
      }
    });
    assertThat(files).containsExactly(dir.resolve("a.txt"), dir.resolve("notice-board.txt"), dir.resolve("readme.jsonl"));
    assertThat(notes).containsExactly(dir + ": Changelog.txt.gz, LICENSE.TXT, README.txt skipped as documentation");
    for (String f : List.of("README.txt", "readme.TXT", "COPYING.txt", "AUTHORS.text", "NOTICE.txt.gz", "Licence.txt", "CHANGES")) {
      assertThat(Ingestor.isDocumentation(f)).as(f).isTrue();
    }
    for (String f : List.of("readme.jsonl", "notice.html", "notice-board.txt", "readmes.txt", "license-plate.txt")) {
      assertThat(Ingestor.isDocumentation(f)).as(f).isFalse();
    }
  }

  /** Reads the folder, its articles to {@code accepted} and warnings to {@code warnings}; a rejection fails the test. */
  private static void readAll(Path dir, List<Article> accepted, List<String> warnings) {
    new Ingestor().ingest(List.of(dir), ev -> {
      switch (ev) {
        case IngestEvent.Accepted a -> accepted.add(a.article());
        case IngestEvent.Rejected r -> throw new AssertionError(r.toString());
        case IngestEvent.Warning w -> warnings.add(w.toString());
        case IngestEvent.Note n -> { }
      }
    });
  }
}
