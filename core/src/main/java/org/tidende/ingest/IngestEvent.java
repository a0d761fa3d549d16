package org.tidende.ingest;

import java.util.Objects;
import org.tidende.model.Article;
import org.tidende.model.Rejection;

/**
 * What reading one input item produced. Callers switch over it exhaustively; nothing is thrown for
 * bad input.
 */
public sealed interface IngestEvent {

  /** A readable article. */
  record Accepted(Article article) implements IngestEvent {
    public Accepted {
      Objects.requireNonNull(article, "article");
    }
  }

  /** An item that could not be read; the rest of the input goes on. */
  record Rejected(Rejection rejection) implements IngestEvent {
    public Rejected {
      Objects.requireNonNull(rejection, "rejection");
    }
  }

  /** Something a person should know that did not stop the item being read (e.g. a guessed charset). */
  record Warning(String file, int line, String message) implements IngestEvent {
    public Warning {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
      return located(file, line, message);
    }
  }

  /**
   * Something said for the reader's information, where nothing was lost: a folder's README or
   * LICENSE skipped, as documentation. Not counted as a warning.
   */
  record Note(String file, int line, String message) implements IngestEvent {
    public Note {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
      return located(file, line, message);
    }
  }

  /** "file:line: message", or "file: message" for a whole file. */
  private static String located(String file, int line, String message) {
    return (line > 0 ? file + ":" + line : file) + ": " + message;
  }

  static IngestEvent reject(String file, int line, String reason) {
    return new Rejected(new Rejection(file, line, reason));
  }
}
