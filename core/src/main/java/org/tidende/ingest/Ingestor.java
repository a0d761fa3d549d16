package org.tidende.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads files and folders of news into {@link IngestEvent}s, choosing a reader per file.
 *
 * <p>Formats are chosen by extension ({@code .txt}, {@code .jsonl}/{@code .ndjson}/{@code .json},
 * {@code .html}/{@code .htm}, {@code .rss}/{@code .atom}/{@code .xml}, each optionally {@code
 * .gz}), and by the first bytes when the extension says nothing or they plainly hold another format
 * than it says (a page or JSON saved as {@code .txt}, a feed saved as {@code .html}: read as what
 * they hold, with a warning). Text with stray NUL bytes is read without them, with a warning. Folders are walked recursively in
 * sorted order, following symbolic links, skipping hidden files and folders (named in a note) and
 * files of other extensions (counted, reported once).
 * Empty, binary and undecodable files are rejected with the reason; the rest goes on. A gzip'd file
 * cut off or corrupt is rejected, its JSON Lines or feed items before the damage still read; a
 * {@code .gz} file that is not gzip data is read as it is, with a warning. The path {@code -} is
 * standard input ({@value #STANDARD_INPUT_NAME} in messages and as the articles' file), its format
 * sniffed from its first bytes, gzip'd or not; JSON Lines from it are streamed, not held, so {@code
 * zcat archive.jsonl.gz | tidende stories -} reads as the file does. Before, {@code -} was a file
 * name, "no such file or folder". Thread-safe, but standard input is one stream: read once.
 */
public final class Ingestor {

  /** The input formats Tidende reads. */
  public enum Format { TEXT, JSONL, HTML, FEED }

  private final PlainTextReader text = new PlainTextReader();
  private final JsonLinesReader jsonl = new JsonLinesReader();
  private final FeedReader feeds = new FeedReader();
  private final PageReader pages;
  private final Supplier<InputStream> standardInput;

  /** The path that names standard input. */
  public static final String STANDARD_INPUT = "-";

  /** The name standard input goes by in messages and as its articles' file. */
  public static final String STANDARD_INPUT_NAME = "stdin";

  public Ingestor() {
    this(new PageReader());
  }

  public Ingestor(PageReader pages) {
    this(pages, () -> System.in);
  }

  /** An ingestor that reads the path {@code -} from {@code standardInput} (tests). */
  public Ingestor(PageReader pages, Supplier<InputStream> standardInput) {
    this.pages = pages;
    this.standardInput = standardInput;
  }

  /**
   * Reads every path (file or folder) in order. The sink sees articles, rejections and warnings as
   * they come; I/O errors on one file are reported as its rejection. A file given twice (by its own
   * path and in a folder given too, {@code inbox inbox/a.jsonl}, or by two names of it) is read
   * once, the second time named in a note: read again, each of its articles was a repeated id,
   * said at its line and counted rejected ({@code read 12 articles, rejected 10} for 7 articles
   * and 1 bad line), until session 48.
   */
  public void ingest(List<Path> paths, Consumer<IngestEvent> sink) {
    Set<Path> read = new HashSet<>(); // membership only: its order is never read
    for (Path p : paths) {
      if (p.toString().equals(STANDARD_INPUT)) {
        readStandardInput(sink);
      } else if (Files.isDirectory(p)) {
        List<Path> files = listFolder(p, sink);
        for (Path f : files) {
          readOnce(f, read, sink);
        }
      } else if (Files.exists(p)) {
        readOnce(p, read, sink);
      } else {
        sink.accept(IngestEvent.reject(p.toString(), 0, "no such file or folder"));
      }
    }
  }

  /** Reads {@code file} unless a path to the same file is in {@code read}, then named in a note. */
  private void readOnce(Path file, Set<Path> read, Consumer<IngestEvent> sink) {
    Path same;
    try {
      same = file.toRealPath();
    } catch (IOException | SecurityException e) {
      same = file.toAbsolutePath().normalize(); // a broken link or the like: readFile says why
    }
    if (!read.add(same)) {
      sink.accept(new IngestEvent.Note(file.toString(), 0, "given more than once (by its path or a folder's); read once"));
      return;
    }
    readFile(file, sink);
  }

  /**
   * Files of known formats below {@code folder}, sorted; others are reported once, by name (the
   * first {@value #SKIPPED_NAMED} of them, then "and N more"): documentation ({@link #isDocumentation}:
   * README.md, LICENSE, NOTES.rst) as a {@link IngestEvent.Note}, as nothing is lost by skipping it,
   * any other as a {@link IngestEvent.Warning}, as it may hold articles in a format not read
   * ({@code .csv}). Before, both were one warning, "1 file(s) of other types skipped", naming none:
   * the project's own first command, {@code tidende stories samples}, warned of samples/README.md
   * without saying so.
   * Hidden files and folders (a name starting with a dot: a half-written {@code .name.tmp}, {@code
   * .git/}) are not read, and named in a note too: a hidden folder, and a hidden file of a format
   * read ({@code .draft.jsonl}), as either may hold articles (not {@code .DS_Store}); before, they
   * were left out without a word, and a folder of them read as "no files to read".
   * Symbolic links are followed (a link loop is reported and not followed again); a broken link, a
   * pipe or a device with a known extension is rejected, and a subfolder that cannot be listed is
   * reported, the rest still listed.
   */
  public static List<Path> listFolder(Path folder, Consumer<IngestEvent> sink) {
    List<Path> out = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    List<String> docs = new ArrayList<>();
    List<String> hidden = new ArrayList<>();
    try {
      Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              if (!dir.equals(folder) && isHidden(folder, dir)) {
                hidden.add(folder.relativize(dir) + File.separator);
                return FileVisitResult.SKIP_SUBTREE;
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
              if (isHidden(folder, f)) {
                if (formatOf(f.getFileName().toString()) != null) { // .DS_Store, .gitignore: no article in them, not named
                  hidden.add(folder.relativize(f).toString());
                }
                return FileVisitResult.CONTINUE;
              }
              String name = f.getFileName().toString();
              if (isDocumentation(name)) {
                docs.add(folder.relativize(f).toString());
              } else if (formatOf(name) == null) {
                skipped.add(folder.relativize(f).toString());
              } else if (attrs.isRegularFile()) {
                out.add(f);
              } else {
                sink.accept(IngestEvent.reject(f.toString(), 0, attrs.isSymbolicLink()
                    ? "broken symbolic link, not read" : "not a regular file (a pipe, socket or device), not read"));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) {
              if (!isHidden(folder, f)) {
                sink.accept(e instanceof FileSystemLoopException
                    ? new IngestEvent.Warning(f.toString(), 0, "symbolic link loop, not followed")
                    : IngestEvent.reject(f.toString(), 0, "cannot read: " + reason(e)));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException | UncheckedIOException e) {
      sink.accept(IngestEvent.reject(folder.toString(), 0, "cannot list folder: " + e.getMessage()));
    }
    out.sort(Comparator.comparing(Path::toString));
    if (!skipped.isEmpty()) {
      sink.accept(new IngestEvent.Warning(folder.toString(), 0, skipped.size() + " file(s) of other types skipped: "
          + named(skipped) + " (read: .txt .jsonl .ndjson .json .html .htm .rss .atom .xml, optionally .gz)"));
    }
    if (!docs.isEmpty()) {
      sink.accept(new IngestEvent.Note(folder.toString(), 0, named(docs) + " skipped as documentation"));
    }
    if (!hidden.isEmpty()) {
      sink.accept(new IngestEvent.Note(folder.toString(), 0, named(hidden)
          + " skipped as hidden (a hidden file given by its own path is read)"));
    }
    if (out.isEmpty() && skipped.isEmpty()) {
      // a folder with nothing in it (or only hidden files, or only its README) was "read 0 articles,
      // rejected 0" and no word why (a folder of other files already says they were skipped)
      sink.accept(new IngestEvent.Warning(folder.toString(), 0, "no files to read in this folder"));
    }
    return out;
  }

  /** Most skipped files a folder's report names; the rest are counted. */
  static final int SKIPPED_NAMED = 5;

  /** "a.csv, b.csv and 3 more", sorted (a folder's walk has no order). */
  private static String named(List<String> names) {
    List<String> sorted = names.stream().sorted().toList();
    String shown = String.join(", ", sorted.subList(0, Math.min(SKIPPED_NAMED, sorted.size())));
    return sorted.size() > SKIPPED_NAMED ? shown + " and " + (sorted.size() - SKIPPED_NAMED) + " more" : shown;
  }

  private static final Set<String> DOCUMENTATION_EXTENSIONS = Set.of("md", "markdown", "rst", "adoc");

  private static final Set<String> DOCUMENTATION_NAMES = Set.of("readme", "license", "licence",
      "copying", "notice", "changelog", "changes", "authors", "contributing");

  /**
   * Whether a file in a folder is documentation, skipped with a note, not read: Markdown,
   * reStructuredText or AsciiDoc ({@code .md}, {@code .markdown}, {@code .rst}, {@code .adoc}), or a
   * file named README, LICENSE/LICENCE, COPYING, NOTICE, CHANGELOG, CHANGES, AUTHORS or CONTRIBUTING
   * in any case, with no extension, a plain-text one ({@code .txt}, {@code .text}) or one of no
   * format read; gzip'd or not. The name must be the whole stem: {@code README.txt}, {@code
   * license.TXT}, {@code Changelog.txt.gz}, but not {@code readme-data.csv} nor {@code
   * notice-board.txt}. A {@code readme.jsonl} or {@code notice.html} is data in a format read,
   * and read. Until session 31 a README.txt or LICENSE.txt was read as an article, as any .txt
   * is: the licence's text became a story of its own. A file given by its own path is read as
   * asked, whatever its name.
   */
  static boolean isDocumentation(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    if (n.endsWith(".gz")) {
      n = n.substring(0, n.length() - 3);
    }
    int dot = n.lastIndexOf('.');
    String base = dot > 0 ? n.substring(0, dot) : n;
    String ext = dot > 0 ? n.substring(dot + 1) : "";
    if (DOCUMENTATION_EXTENSIONS.contains(ext)) {
      return true;
    }
    return DOCUMENTATION_NAMES.contains(base)
        && (ext.isEmpty() || ext.equals("txt") || ext.equals("text") || formatOf(fileName) == null);
  }

  /**
   * Why a file could not be read, for a person: "permission denied" where Java says
   * "AccessDeniedException: /path" (the path is already the message's subject), the system's reason
   * for other file-system errors ("Is a directory"), else the exception and its message.
   */
  static String reason(Exception e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  private static boolean isHidden(Path root, Path f) {
    for (Path part : root.relativize(f)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** The format an extension names, or null when it names none. */
  public static Format formatOf(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    if (n.endsWith(".gz")) {
      n = n.substring(0, n.length() - 3);
    }
    if (n.endsWith(".txt") || n.endsWith(".text")) {
      return Format.TEXT;
    }
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) {
      return Format.JSONL;
    }
    if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
      return Format.HTML;
    }
    if (n.endsWith(".rss") || n.endsWith(".atom") || n.endsWith(".xml")) {
      return Format.FEED;
    }
    return null;
  }

  /** Reads one file, warning about dates and fields it cannot read ({@link UnreadableFields}); never throws. */
  public void readFile(Path file, Consumer<IngestEvent> sink) {
    UnreadableFields checked = new UnreadableFields(file.toString(), sink);
    read(file, checked);
    checked.finish();
  }

  /**
   * Reads standard input as a file of a sniffed format: JSON Lines streamed line by line (memory of
   * one line, not of the input), anything else (a feed, a page, a text, gzip'd data, UTF-16) held and
   * read as a file's bytes are.
   */
  private void readStandardInput(Consumer<IngestEvent> sink) {
    String name = STANDARD_INPUT_NAME;
    UnreadableFields checked = new UnreadableFields(name, sink);
    try {
      InputStream in = new BufferedInputStream(standardInput.get(), 1 << 16);
      in.mark(1 << 16);
      byte[] head = in.readNBytes(1 << 16);
      in.reset();
      if (head.length < 1 << 16) {
        // the input ended within the head: read no further. A terminal's end (Ctrl-D) is an end of
        // one read only, and reading on waited for a second Ctrl-D before anything was printed
        in = new ByteArrayInputStream(head);
      }
      boolean zeros = false;
      for (byte b : head) {
        zeros |= b == 0; // UTF-16 or binary: judged on the whole bytes, as a file's are
      }
      if (head.length > 0 && !zeros && !isGzip(head) && sniff(head) == Format.JSONL) {
        jsonl.read(name, in, checked);
      } else {
        byte[] bytes = in.readAllBytes();
        if (isGzip(bytes)) {
          bytes = gunzip(name, bytes, null, checked);
        }
        if (bytes != null) {
          readBytes(name, bytes, null, checked);
        }
      }
    } catch (IOException | RuntimeException e) {
      checked.accept(IngestEvent.reject(name, 0, "cannot read: " + reason(e)));
    }
    checked.finish();
  }

  private void read(Path file, Consumer<IngestEvent> sink) {
    String name = file.toString();
    Format byName = formatOf(file.getFileName().toString());
    boolean gz = name.toLowerCase(Locale.ROOT).endsWith(".gz");
    try {
      if (byName == Format.JSONL && !gz && Files.size(file) > (64L << 20)) {
        // Large JSON Lines stream line by line instead of being held in memory.
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
          jsonl.read(name, in, sink);
        }
        return;
      }
      byte[] bytes = Files.readAllBytes(file);
      if (isGzip(bytes)) {
        bytes = gunzip(name, bytes, byName, sink);
        if (bytes == null) {
          return;
        }
      } else if (gz && bytes.length > 0) {
        sink.accept(new IngestEvent.Warning(name, 0, "not gzip data despite its name; read as it is"));
      }
      readBytes(name, bytes, byName, sink);
    } catch (IOException | RuntimeException e) {
      sink.accept(IngestEvent.reject(name, 0, "cannot read: " + reason(e)));
    }
  }

  /**
   * The decompressed bytes, or null when there are none to read (the reason sent to {@code sink}).
   * A stream cut off (a copy or download interrupted) or corrupt part-way is rejected, and in JSON
   * Lines and feeds, whose readers reject an item cut in two, what came before is still read: the
   * whole items there are good. A text or page cut off would be stored incomplete, so it is not read.
   */
  private static byte[] gunzip(String name, byte[] bytes, Format byName, Consumer<IngestEvent> sink) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      in.transferTo(out);
      return out.toByteArray();
    } catch (EOFException | ZipException e) {
      byte[] head = out.toByteArray();
      Format f = byName != null ? byName : head.length == 0 ? null : sniff(head);
      boolean partial = f == Format.JSONL || f == Format.FEED;
      sink.accept(IngestEvent.reject(name, 0, "gzip stream cut off or corrupt after " + head.length
          + " bytes (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")"
          + (partial && head.length > 0 ? "; the items before it are read" : "")));
      return partial && head.length > 0 ? head : null;
    }
  }

  static boolean isGzip(byte[] b) {
    return b.length > 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b;
  }

  /** Reads bytes of a known or sniffed format ({@code format} may be null); never throws. */
  public void readBytes(String name, byte[] bytes, Format format, Consumer<IngestEvent> sink) {
    bytes = fromUtf16(bytes);
    if (bytes.length == 0 || new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1).isBlank()) {
      sink.accept(IngestEvent.reject(name, 0, "empty file"));
      return;
    }
    // JSON Lines named so and starting like JSON is judged line by line: a stray NUL in one record
    // costs that record, not the file.
    if (TextDecoding.looksBinary(bytes) && !(format == Format.JSONL && sniff(bytes) == Format.JSONL)) {
      byte[] text = TextDecoding.withoutStrayNuls(bytes);
      if (text == null) {
        sink.accept(IngestEvent.reject(name, 0, "binary file, not text"));
        return;
      }
      sink.accept(new IngestEvent.Warning(name, 0, (bytes.length - text.length) + " NUL byte(s) dropped from the text "
          + "(padding after it, or stray ones in it: a damaged or partly written file?)"));
      bytes = text;
    }
    Format f = format != null ? contentFormat(name, bytes, format, sink) : sniff(bytes);
    switch (f) {
      case JSONL -> jsonl.read(name, bytes, sink);
      case FEED -> feeds.read(name, bytes, sink);
      case HTML -> pages.read(name, bytes, null, sink);
      case TEXT -> readText(name, bytes, sink);
    }
  }

  private void readText(String name, byte[] bytes, Consumer<IngestEvent> sink) {
    TextDecoding.Decoded d = TextDecoding.lenient(bytes, 0, bytes.length);
    if (d.text() == null) {
      sink.accept(IngestEvent.reject(name, 0, "invalid UTF-8 at byte " + d.badOffset()));
      return;
    }
    if (!d.ok()) {
      sink.accept(new IngestEvent.Warning(name, 0, "invalid UTF-8 at byte " + d.badOffset() + "; read as Windows-1252 ("
          + TextDecoding.notUtf8Hint(name, null) + ")"));
    }
    text.read(name, d.text(), sink);
  }


  /**
   * Text saved as UTF-16 with its byte-order mark (Windows' "Unicode", PowerShell's redirection), or
   * without one where its zero bytes show it ({@link #utf16WithoutMark}), or as UTF-32 with its mark
   * ({@code FF FE 00 00}, {@code 00 00 FE FF}), re-encoded as UTF-8, which the readers expect, its XML
   * declaration's encoding with it; other bytes as they are. Without this, the zero bytes of UTF-16
   * made such a file "binary"; a UTF-32 feed was parsed from its bytes, and the items after a
   * malformed one were lost (until session 35; the mark of UTF-32LE begins with UTF-16LE's, so it
   * is tested first). UTF-32 without a mark is not guessed (rarer still, and its zero bytes make it
   * "binary", said so).
   */
  static byte[] fromUtf16(byte[] bytes) {
    Charset cs;
    int mark = 2;
    if (bytes.length >= 4 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE && bytes[2] == 0 && bytes[3] == 0) {
      cs = Charset.forName("UTF-32LE");
      mark = 4;
    } else if (bytes.length >= 4 && bytes[0] == 0 && bytes[1] == 0 && (bytes[2] & 0xff) == 0xFE && (bytes[3] & 0xff) == 0xFF) {
      cs = Charset.forName("UTF-32BE");
      mark = 4;
    } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
      cs = StandardCharsets.UTF_16LE;
    } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
      cs = StandardCharsets.UTF_16BE;
    } else {
      cs = utf16WithoutMark(bytes);
      mark = 0;
      if (cs == null) {
        return bytes;
      }
    }
    String text = new String(bytes, mark, bytes.length - mark, cs);
    text = text.replaceFirst("\\A(\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"'])[Uu][Tt][Ff]-?(?:16|32)(?:[LlBb][Ee])?([\"'])", "$1UTF-8$2");
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * UTF-16 written without a byte-order mark (some exporters and {@code iconv -t UTF-16LE}), told by
   * its zero bytes: text in Latin scripts has a zero in every other byte and none in the others; or
   * null. Binary data with zeros at one parity only over the first 512 bytes is rare; such a file
   * would be read as text here and then fail as text would.
   */
  static Charset utf16WithoutMark(byte[] bytes) {
    int n = Math.min(bytes.length, 512) & ~1;
    if (n < 8) {
      return null;
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < n; i += 2) {
      evenZeros += bytes[i] == 0 ? 1 : 0;
      oddZeros += bytes[i + 1] == 0 ? 1 : 0;
    }
    int pairs = n / 2;
    if (oddZeros * 10 >= pairs * 9 && evenZeros == 0) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenZeros * 10 >= pairs * 9 && oddZeros == 0) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /**
   * The format to read bytes named as {@code byName} in: {@code byName}, unless the bytes plainly
   * hold another format, said in a warning: a feed ({@code <rss}, {@code <feed}, {@code <rdf}, or an
   * XML declaration before one) named {@code .txt} or {@code .html}, a page ({@code <!doctype html},
   * {@code <html}) named {@code .txt}, or JSON holding articles ({@link
   * JsonLinesReader#opensWithArticles}) named {@code .txt}. Before, such a file was read by its
   * name: a page saved as {@code .txt} became an article of markup, a JSON record one whose text
   * was the JSON, and a feed saved as {@code .html} one untitled article of every item's text. A
   * JSON Lines or feed file is read by its name, as its reader reports what is wrong with it.
   */
  private static Format contentFormat(String name, byte[] bytes, Format byName, Consumer<IngestEvent> sink) {
    if (byName != Format.TEXT && byName != Format.HTML) {
      return byName;
    }
    Format sniffed = sniff(bytes);
    String head = new String(bytes, 0, Math.min(bytes.length, 64), StandardCharsets.ISO_8859_1)
        .replace("\u00ef\u00bb\u00bf", "").stripLeading().toLowerCase(Locale.ROOT);
    boolean other = switch (sniffed) {
      case FEED -> true;
      case HTML -> byName == Format.TEXT && (head.startsWith("<!doctype html") || head.startsWith("<html"));
      case JSONL -> byName == Format.TEXT && JsonLinesReader.opensWithArticles(bytes);
      case TEXT -> false;
    };
    if (!other) {
      return byName;
    }
    sink.accept(new IngestEvent.Warning(name, 0, "holds " + describe(sniffed) + ", not " + describe(byName)
        + " as its name says; read as such"));
    return sniffed;
  }

  private static String describe(Format f) {
    return switch (f) {
      case TEXT -> "plain text";
      case HTML -> "an HTML page";
      case FEED -> "an RSS/Atom feed";
      case JSONL -> "JSON";
    };
  }

  /** Guesses the format from the first non-blank bytes. */
  static Format sniff(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
        .stripLeading().toLowerCase(Locale.ROOT);
    if (head.startsWith("\u00ef\u00bb\u00bf")) {
      head = head.substring(3);
    }
    if (head.startsWith("{") || head.startsWith("[")) {
      return Format.JSONL;
    }
    if (head.startsWith("<rss") || head.startsWith("<feed") || head.startsWith("<rdf")
        || (head.startsWith("<?xml") && (head.contains("<rss") || head.contains("<feed") || head.contains("<rdf")))) {
      return Format.FEED;
    }
    if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml") || head.startsWith("<head")) {
      return Format.HTML;
    }
    return Format.TEXT;
  }
}
