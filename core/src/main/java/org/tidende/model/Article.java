package org.tidende.model;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One news item as ingested: what the source said, cleaned of markup but not otherwise changed.
 *
 * @param id given id or content hash
 * @param file path of the input file it came from (as given on the command line), or a source name
 *     such as {@code "http"}; never null
 * @param line 1-based line (JSON Lines) or item number (feeds) in that file; 0 for whole files
 * @param url canonical address, or null
 * @param source outlet name ({@code "NRK"}, {@code "dr.dk"}), or null
 * @param title headline, possibly empty (never null)
 * @param text body or lead, possibly empty (never null); paragraphs separated by blank lines
 * @param date publication date, or null when unknown
 * @param declaredLanguage language as the source declared it, {@link Language#UND} when none
 * @param labels other fields of the input kept for evaluation and display, such as a gold {@code
 *     cluster}; sorted, unmodifiable
 */
public record Article(
    ArticleId id,
    String file,
    int line,
    String url,
    String source,
    String title,
    String text,
    ArticleDate date,
    Language declaredLanguage,
    Map<String, String> labels) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(declaredLanguage, "declaredLanguage");
    if (line < 0) {
      throw new IllegalArgumentException("line " + line + " is negative");
    }
    labels = labels == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(labels));
  }

  /** Title and text joined by a blank line, or whichever is present. */
  public String fullText() {
    if (title.isEmpty()) {
      return text;
    }
    if (text.isEmpty()) {
      return title;
    }
    return title + "\n\n" + text;
  }

  /**
   * The text without its title when it starts with it, as feeds often repeat the title there
   * ("De omkomne er identifisert Politiet i Nordland kan ..."); else the text. Where the whole text
   * is the title, the text; a title that is only the start of the text's first word ("Ny" before
   * "Nyheter") is not repeated.
   */
  public String body() {
    if (!repeatsTitle()) {
      return text;
    }
    String rest = text.substring(title.length()).replaceFirst("^[\\s:;,.|–—-]+", "");
    return rest.isEmpty() ? text : rest;
  }

  /** Whether the text starts with the whole title followed by more (not inside a word). */
  public boolean repeatsTitle() {
    return !title.isEmpty() && text.length() > title.length() && text.startsWith(title)
        && !Character.isLetterOrDigit(text.charAt(title.length()));
  }

  /** Where it came from, as {@code file:line} or {@code file}. */
  public String location() {
    return line > 0 ? file + ":" + line : file;
  }

  /** A gold or extra label, or null. */
  public String label(String key) {
    return labels.get(key);
  }

  /** This article with label {@code key} set to {@code value} (a gold label read from elsewhere). */
  public Article withLabel(String key, String value) {
    Map<String, String> m = new TreeMap<>(labels);
    m.put(key, value);
    return new Article(id, file, line, url, source, title, text, date, declaredLanguage, m);
  }

  /** This article with another title (never null). */
  public Article withTitle(String newTitle) {
    return new Article(id, file, line, url, source, newTitle, text, date, declaredLanguage, labels);
  }

  /** This article with another text (never null). */
  public Article withText(String newText) {
    return new Article(id, file, line, url, source, title, newText, date, declaredLanguage, labels);
  }

  public Article withDate(ArticleDate newDate) {
    return new Article(id, file, line, url, source, title, text, newDate, declaredLanguage, labels);
  }
}
