package org.tidende.app;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.tidende.model.ArticleDate;
import org.tidende.model.ArticleId;
import org.tidende.model.Language;

/** Query parameters read and checked, problems collected so one 400 names every bad field. */
final class Params {
  private Params() {}

  static String required(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      throw ApiError.badField(name, "required");
    }
    return v.strip();
  }

  static String optional(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  static int integer(Context ctx, String name, int def, int min, int max, List<Map<String, Object>> problems) {
    String v = optional(ctx, name);
    if (v == null) {
      return def;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) {
        problems.add(Map.of("field", name, "reason", "must be in " + min + ".." + max + ", got " + n));
      }
      return n;
    } catch (NumberFormatException e) {
      problems.add(Map.of("field", name, "reason", "must be an integer, got '" + clip(v) + "'"));
      return def;
    }
  }

  static boolean bool(Context ctx, String name, boolean def) {
    String v = optional(ctx, name);
    if (v == null) {
      return def;
    }
    return switch (v.toLowerCase(java.util.Locale.ROOT)) {
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default -> throw ApiError.badField(name, "must be true or false, got '" + clip(v) + "'");
    };
  }

  static String language(Context ctx, String name, List<Map<String, Object>> problems) {
    String v = optional(ctx, name);
    if (v == null) {
      return null;
    }
    Language l = Language.parse(v);
    if (!l.isKnown()) {
      problems.add(Map.of("field", name, "reason", "not a language code: '" + clip(v) + "'"));
      return null;
    }
    return l.code();
  }

  static ArticleDate date(Context ctx, String name, List<Map<String, Object>> problems) {
    String v = optional(ctx, name);
    if (v == null) {
      return null;
    }
    var d = ArticleDate.parse(v);
    if (d.isEmpty()) {
      problems.add(Map.of("field", name, "reason", "not an ISO date (2019-04, 2019-04-25, 2019-04-25T10:00): '" + clip(v) + "'"));
      return null;
    }
    return d.get();
  }

  static ArticleId articleId(String raw) {
    if (raw == null || raw.isBlank() || raw.length() > 512) {
      throw ApiError.badField("id", "article id must be 1..512 characters");
    }
    return new ArticleId(raw.strip());
  }

  /**
   * Checks the percent-escapes of a raw query string ({@code q=%ZZ}, {@code q=%C3}): each must be
   * {@code %} and two hex digits, and each value UTF-8 once decoded. Javalin reads a bad one as a
   * missing parameter, so {@code /search?q=%ZZ} said "q: required" and {@code /stories?lang=%ZZ}
   * listed every language's stories.
   *
   * @param raw the query string as received, or null
   * @throws ApiError 400 naming each parameter with a bad escape
   */
  static void checkEscapes(String raw) {
    if (raw == null || raw.indexOf('%') < 0) {
      return;
    }
    List<Map<String, Object>> problems = new java.util.ArrayList<>();
    for (String part : raw.split("&")) {
      int eq = part.indexOf('=');
      String rawName = eq < 0 ? part : part.substring(0, eq);
      String name = decode(rawName) == null ? clip(rawName) : decode(rawName);
      for (String piece : eq < 0 ? List.of(rawName) : List.of(rawName, part.substring(eq + 1))) {
        String bad = badEscape(piece);
        if (bad != null) {
          problems.add(Map.of("field", name, "reason", "bad percent-escape '" + bad + "': % and two hex digits expected (write % itself as %25)"));
          break;
        }
        if (decode(piece) == null) {
          problems.add(Map.of("field", name, "reason", "not UTF-8 once percent-decoded: '" + clip(piece) + "'"));
          break;
        }
      }
    }
    check(problems);
  }

  /** The first bad escape of {@code s} ("%ZZ", "%4", "%"), or null. */
  private static String badEscape(String s) {
    for (int i = s.indexOf('%'); i >= 0; i = s.indexOf('%', i + 1)) {
      if (i + 2 >= s.length() || Character.digit(s.charAt(i + 1), 16) < 0 || Character.digit(s.charAt(i + 2), 16) < 0) {
        return s.substring(i, Math.min(s.length(), i + 3));
      }
    }
    return null;
  }

  /** {@code s} percent-decoded ('+' a space) as strict UTF-8, or null when its escapes or bytes are bad. */
  private static String decode(String s) {
    if (badEscape(s) != null) {
      return null;
    }
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%') {
        bytes.write(Integer.parseInt(s, i + 1, i + 3, 16));
        i += 2;
      } else {
        bytes.writeBytes(String.valueOf(c == '+' ? ' ' : c).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    try {
      return java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes.toByteArray())).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      return null;
    }
  }

  static void check(List<Map<String, Object>> problems) {
    if (!problems.isEmpty()) {
      StringBuilder b = new StringBuilder("invalid query parameter");
      b.append(problems.size() > 1 ? "s: " : ": ");
      for (int i = 0; i < problems.size(); i++) {
        b.append(i > 0 ? ", " : "").append(problems.get(i).get("field"));
      }
      throw new ApiError(400, b.toString(), problems);
    }
  }

  private static String clip(String v) {
    return v.length() > 60 ? v.substring(0, 60) + "…" : v;
  }
}
