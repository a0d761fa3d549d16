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

  public ArticleId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("article id is blank");
    }
    if (value.length() > 512) {
      throw new IllegalArgumentException("article id has " + value.length() + " chars, at most 512");
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
