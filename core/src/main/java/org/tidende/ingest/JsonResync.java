package org.tidende.ingest;

import java.io.IOException;
import java.io.Reader;

/**
 * A reader between a JSON file and its parser that keeps what it handed over since the value being
 * read began, so that after a malformed value the reading can go on at the next line that opens a
 * value the way the file's values open, instead of ending there.
 *
 * <p>Method: the caller marks each value's start ({@link #forgetBefore}); on a parse error it asks
 * for the first line starting after a given offset whose first {@code indent} characters are blanks
 * and whose next is {@code {} ({@link #resumeAfter}): column 0 for objects printed one after
 * another ({@code json.dump(..., indent=2)} per record), the first item's column for a
 * pretty-printed array. The kept text from that line on, then the rest of the input, is a new
 * reader for a new parser.
 *
 * <p>Why: a pretty-printed file has no one-record-per-line to fall back on, and a single broken
 * record (an unescaped quote, a record cut off where a writer crashed) lost every record after it.
 * In such files the top-level records open at a fixed indentation and nested objects deeper, so
 * that line is where the next record starts.
 *
 * <p>Cost: the characters of one value plus the parser's read-ahead are held; a skipped stretch is
 * scanned once and not kept. Failure modes: a file whose nested objects open at the records'
 * indentation can resume inside a record, which then fails as its own value (reported, and the
 * scan moves on by at least a line each time, so it ends); a record broken so that its remainder
 * swallows the next record's opening line loses that record too.
 */
final class JsonResync extends Reader {
  private final Reader in;
  private final StringBuilder kept = new StringBuilder();
  /** Offset, in characters handed over, of {@code kept}'s first character. */
  private long keptFrom;
  /** Line breaks among the characters before {@code keptFrom}. */
  private long breaksBefore;
  private boolean eof;

  /** Where reading goes on: the input from a line on, and that line's number (1-based) in this reader's input. */
  record Resumed(Reader reader, long line) {}

  JsonResync(Reader in) {
    this.in = in;
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    int n = in.read(buf, off, len);
    if (n > 0) {
      kept.append(buf, off, n);
    } else if (n < 0) {
      eof = true;
    }
    return n;
  }

  @Override
  public void close() {
    // the caller's input is not closed here
  }

  /** Forgets what was handed over before character offset {@code from} (a value's start). */
  void forgetBefore(long from) {
    int cut = (int) Math.min(kept.length(), Math.max(0, from - keptFrom));
    for (int i = 0; i < cut; i++) {
      if (kept.charAt(i) == '\n') {
        breaksBefore++;
      }
    }
    kept.delete(0, cut);
    keptFrom += cut;
  }

  /**
   * Whether the character at offset {@code at} is the first non-blank one of its line, when the
   * line's start is still kept; -1 when not, else its column (0-based).
   */
  int columnIfFirstOnLine(long at) {
    int i = (int) (at - keptFrom);
    if (i < 0 || i > kept.length()) {
      return -1;
    }
    for (int j = i - 1; j >= 0; j--) {
      char c = kept.charAt(j);
      if (c == '\n') {
        return i - j - 1;
      }
      if (c != ' ' && c != '\t' && c != '\r') {
        return -1;
      }
    }
    return keptFrom == 0 ? i : -1;
  }

  /**
   * The input from the first line that starts after offset {@code after} and opens an object at
   * column {@code indent} (blanks before it), or null when the input ends first.
   */
  Resumed resumeAfter(long after, int indent) throws IOException {
    int i = (int) Math.min(kept.length(), Math.max(0, after - keptFrom));
    long line = 1 + breaksBefore;
    for (int j = 0; j < i; j++) {
      if (kept.charAt(j) == '\n') {
        line++;
      }
    }
    while (true) {
      int nl = kept.indexOf("\n", i);
      while (nl < 0) {
        // nothing kept before the scan point is wanted again
        forgetBefore(keptFrom + i);
        i = 0;
        if (!fill()) {
          return null;
        }
        nl = kept.indexOf("\n", i);
      }
      i = nl + 1;
      line++;
      while (kept.length() < i + indent + 1 && fill()) {
        // the line's start, to look at
      }
      if (opens(i, indent)) {
        return new Resumed(Prefixed.of(kept.substring(i), in), line);
      }
    }
  }

  /** {@code head}, then {@code rest}. */
  static Reader prefixed(String head, Reader rest) {
    return Prefixed.of(head, rest);
  }

  private boolean opens(int at, int indent) {
    if (kept.length() < at + indent + 1) {
      return false;
    }
    for (int k = at; k < at + indent; k++) {
      char c = kept.charAt(k);
      if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return kept.charAt(at + indent) == '{';
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    char[] buf = new char[8192];
    int n = in.read(buf);
    if (n < 0) {
      eof = true;
      return false;
    }
    kept.append(buf, 0, n);
    return true;
  }

  /**
   * Text already read, then the rest of a reader. One level however often reading resumes: a
   * prefixed reader's unread text joins the new prefix, so a file of many broken records does not
   * stack a reader per record.
   */
  private static final class Prefixed extends Reader {
    private final String head;
    private int pos;
    private final Reader tail;

    private Prefixed(String head, Reader tail) {
      this.head = head;
      this.tail = tail;
    }

    static Reader of(String head, Reader rest) {
      if (rest instanceof Prefixed p) {
        return new Prefixed(head + p.head.substring(p.pos), p.tail);
      }
      return new Prefixed(head, rest);
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      if (pos < head.length()) {
        int n = Math.min(len, head.length() - pos);
        head.getChars(pos, pos + n, buf, off);
        pos += n;
        return n;
      }
      return tail.read(buf, off, len);
    }

    @Override
    public void close() {
      // the caller's input is not closed here
    }
  }
}
