package org.tidende.reuse;

/**
 * A character range of a text, start inclusive, end exclusive.
 *
 * @param start UTF-16 offset of the first character
 * @param end UTF-16 offset after the last character
 */
public record TextSpan(int start, int end) {
  public TextSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  /** The spanned text. */
  public String of(String text) {
    return text.substring(start, end);
  }
}
