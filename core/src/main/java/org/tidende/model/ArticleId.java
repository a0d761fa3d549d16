package org.tidende.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Identity of an article: the id given in the input, or a stable content hash.
 *
 * <p>Content ids are {@code "h"} followed by the first 16 hex digits of the SHA-256 of the
 * whitespace-normalised title and text, so the same text gets the same id on any machine.
 *
 * @param value non-blank, at most 512 characters
 */
public record ArticleId(String value) implements Comparable<ArticleId> {

  /** Most characters of an id. */
  public static final int MAX_CHARS = 512;

  public ArticleId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("article id is blank");
    }
    if (value.length() > MAX_CHARS) {
      throw new IllegalArgumentException(tooLong(value));
    }
  }

  /** Why {@code value} is no id where it is too long ({@code article id has 2006 chars, at most 512}), else null. */
  public static String tooLong(String value) {
    return value.length() > MAX_CHARS ? "article id has " + value.length() + " chars, at most " + MAX_CHARS : null;
  }

  /**
   * An id made from a value the input did not give as an id, a feed item's guid or link or a
   * page's canonical URL: the value itself, or where it is longer than {@value #MAX_CHARS} chars
   * (a tracking link), its first 495 chars, "~" and the first 16 hex digits of the SHA-256 of the
   * whole, so the same long value gives the same id and two that differ past the cut two ids.
   * Before session 34 such a value threw, and the feed or page was not read at all. Non-blank.
   */
  public static ArticleId derived(String value) {
    if (value.length() <= MAX_CHARS) {
      return new ArticleId(value);
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      int cut = MAX_CHARS - 17;
      cut -= Character.isHighSurrogate(value.charAt(cut - 1)) ? 1 : 0;
      return new ArticleId(value.substring(0, cut) + "~" + HexFormat.of().formatHex(digest, 0, 8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from this JVM", e);
    }
  }

  /** Stable content id of a title and text; either may be empty, neither null. */
  public static ArticleId ofContent(String title, String text) {
    String norm = normalise(title) + "\n" + normalise(text);
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(norm.getBytes(StandardCharsets.UTF_8));
      return new ArticleId("h" + HexFormat.of().formatHex(digest, 0, 8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from this JVM", e);
    }
  }

  private static String normalise(String s) {
    return s == null ? "" : s.strip().replaceAll("\\s+", " ");
  }

  @Override
  public int compareTo(ArticleId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
