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
