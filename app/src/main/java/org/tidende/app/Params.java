package org.tidende.app;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.tidende.ingest.TextDecoding;
import org.tidende.model.ArticleDate;
import org.tidende.model.ArticleId;

/** Query parameters read and checked, problems collected so one 400 names every bad field. */
final class Params {
  private Params() {}

  static String required(Context ctx, String name) {
    String v = value(ctx, name);
    if (v == null || v.isBlank()) {
      throw bad(name, "required");
    }
    return v.strip();
  }

  static String optional(Context ctx, String name) {
    String v = value(ctx, name);
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
        problems.add(Map.of("field", name, "reason", range(min, max) + ", got " + n));
      }
      return n;
    } catch (NumberFormatException e) {
      // a number past int's range is too large (or small), not "not an integer"
      boolean digits = v.strip().matches("[-+]?\\d+");
      problems.add(Map.of("field", name, "reason", digits
          ? (max == Integer.MAX_VALUE && !v.strip().startsWith("-") ? "too large" : range(min, max)) + ", got " + clip(v.strip())
          : "must be an integer, got '" + clip(v) + "'"));
      return def;
    }
  }

  /**
   * The range a parameter takes, as its 400 says it: "must be in 1..200", or "must be at least 1"
   * where it has no upper bound of its own (it said "must be in 1..2147483647").
   */
  private static String range(int min, int max) {
    return max == Integer.MAX_VALUE ? "must be at least " + min : "must be in " + min + ".." + max;
  }

  static boolean bool(Context ctx, String name, boolean def) {
    String v = optional(ctx, name);
    if (v == null) {
      return def;
    }
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default -> throw bad(name, "must be true or false, got '" + clip(v) + "'");
    };
  }

  /**
   * The codes of a language filter as the store takes them ({@code nb,nn}), or null: see {@link
   * LanguageFilter}; a value that is no language code is a problem naming the archive's languages.
   */
  static String language(Context ctx, String name, List<Map<String, Object>> problems,
      Supplier<List<Map.Entry<String, Long>>> languages) {
    try {
      return LanguageFilter.read(optional(ctx, name), languages);
    } catch (LanguageFilter.Refused e) {
      problems.add(Map.of("field", name, "reason", e.getMessage()));
      return null;
    }
  }

  /**
   * Adds a problem for each parameter that looks like one of {@code known} but is not spelled so:
   * the same letters in another case or with '-' or '_' ({@code min-size}, {@code minSize}, {@code
   * LIMIT}, {@code Lang}), or a usual longer name ({@code language}, {@code query}); the reason
   * names the parameter meant. Before, such a parameter was ignored like any other the route does
   * not read, and {@code /stories?min-size=2} listed every story as if filtered. Parameters that
   * look like none ({@code _=1700000000} of a cache-buster, {@code utm_source}) are still ignored.
   */
  static void misspelt(Context ctx, List<Map<String, Object>> problems, String... known) {
    for (String given : all(ctx).keySet()) {
      String meant = null;
      String g = fold(given);
      for (String k : known) {
        if (!given.equals(k) && (g.equals(fold(k)) || g.equals("language") && k.equals("lang") || g.equals("query") && k.equals("q"))) {
          meant = k;
        }
      }
      if (meant != null && !Arrays.asList(known).contains(given)) {
        problems.add(Map.of("field", clip(given), "reason", "not a parameter here; did you mean " + meant + "? (parameters: "
            + String.join(", ", known) + ")"));
      }
    }
  }

  private static String fold(String name) {
    return name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
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

  /**
   * @param raw the id as given: in the path ({@code /articles/ID}, {@code inPath}) or as {@code ?id=}
   * @throws ApiError 400 when it is blank or longer than 512 characters
   */
  static ArticleId articleId(String raw, boolean inPath) {
    if (raw == null || raw.isBlank() || raw.length() > 512) {
      String reason = "an article id has 1..512 characters";
      throw inPath ? ApiError.badField("article id", "id", reason) : bad("id", reason);
    }
    return new ArticleId(raw.strip());
  }

  private static final String DECODED = "tidende.query";

  /**
   * Reads the request's query string into its parameters, which {@link #required}, {@link
   * #optional} and {@link #all} then answer from: each name and value percent-decoded ({@code +} a
   * space) as UTF-8 where its bytes are UTF-8, else byte by byte as Windows-1252 (Latin-1 for
   * letters), as the readers of files read text that is not UTF-8 ({@link TextDecoding#lenient}).
   * So {@code q=K%F8benhavn}, from an old client or a page served as Latin-1, searches
   * "København", as {@code q=K%C3%B8benhavn} does; before, it was a 400. Javalin's own reading
   * turned such a byte into U+FFFD, and a bad escape ({@code %ZZ}) into a missing parameter, so
   * {@code /search?q=%ZZ} said "q: required" and {@code /stories?lang=%ZZ} listed every
   * language's stories.
   *
   * @throws ApiError 400 naming each parameter with a bad escape ({@code %ZZ}, {@code %4}), or
   *     whose bytes are neither UTF-8 nor text in Windows-1252 ({@code %00%01})
   */
  static void decodeQuery(Context ctx) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    List<Map<String, Object>> problems = new ArrayList<>();
    String raw = ctx.queryString();
    for (String part : raw == null || raw.isEmpty() ? new String[0] : raw.split("&")) {
      if (part.isEmpty()) {
        continue;
      }
      int eq = part.indexOf('=');
      String rawName = eq < 0 ? part : part.substring(0, eq);
      String rawValue = eq < 0 ? "" : part.substring(eq + 1);
      String name = decode(rawName, true);
      String value = decode(rawValue, true);
      String field = name == null ? clip(rawName) : name;
      for (String piece : List.of(rawName, rawValue)) {
        String bad = badEscape(piece);
        if (bad != null) {
          problems.add(Map.of("field", field, "reason", "bad percent-escape '" + bad + "': % and two hex digits expected (write % itself as %25)"));
          break;
        }
        if (decode(piece, true) == null) {
          problems.add(Map.of("field", field, "reason", "neither UTF-8 nor text in Windows-1252 once percent-decoded: '" + clip(piece) + "'"));
          break;
        }
      }
      if (name != null && value != null) {
        params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      }
    }
    check(problems);
    ctx.attribute(DECODED, params);
  }

  /** Every query parameter with its values, in request order, as {@link #decodeQuery} read them. */
  static Map<String, List<String>> all(Context ctx) {
    Map<String, List<String>> m = ctx.attribute(DECODED);
    return m != null ? m : ctx.queryParamMap();
  }

  /**
   * The one value of parameter {@code name}, or null when absent. Every parameter the API reads
   * takes one value, so a repeated one ({@code q=a&q=b}, {@code limit=5&limit=6}) is a 400 naming
   * it, whether its values agree or not; before, the first was taken and the others silently dropped.
   */
  private static String value(Context ctx, String name) {
    Map<String, List<String>> m = ctx.attribute(DECODED);
    List<String> vs = m == null ? ctx.queryParams(name) : m.get(name);
    if (vs != null && vs.size() > 1) {
      throw bad(name, "given " + vs.size() + " times; give it once");
    }
    return vs == null || vs.isEmpty() ? null : vs.get(0);
  }

  /**
   * A path parameter that is the rest of the path after {@code prefix} ({@code /articles/}): as the
   * server decoded it, or, where it decoded a byte that is not UTF-8 as U+FFFD ({@code
   * /articles/%F8rn-1}), the raw path decoded as {@link #decodeQuery} decodes a value, so the id
   * found is the one {@code ?id=%F8rn-1} finds.
   */
  static String pathRest(Context ctx, String name, String prefix) {
    String v = ctx.pathParam(name);
    if (v.indexOf('\uFFFD') < 0) {
      return v;
    }
    String raw = ctx.req().getRequestURI();
    int at = raw == null ? -1 : raw.indexOf(prefix);
    String decoded = at < 0 ? null : decode(raw.substring(at + prefix.length()), false);
    return decoded == null ? v : decoded;
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

  /**
   * {@code s} percent-decoded ({@code plusIsSpace}: '+' a space, as in a query string), UTF-8 where
   * its bytes are, else Windows-1252; null when an escape is bad or the bytes are not text.
   */
  private static String decode(String s, boolean plusIsSpace) {
    if (badEscape(s) != null) {
      return null;
    }
    if (s.indexOf('%') < 0 && (!plusIsSpace || s.indexOf('+') < 0)) {
      return s;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%') {
        bytes.write(Integer.parseInt(s, i + 1, i + 3, 16));
        i += 2;
      } else {
        bytes.writeBytes(String.valueOf(c == '+' && plusIsSpace ? ' ' : c).getBytes(StandardCharsets.UTF_8));
      }
    }
    byte[] b = bytes.toByteArray();
    return TextDecoding.lenient(b, 0, b.length).text();
  }

  /**
   * Throws the 400 of these problems with query parameters, if any: {@code invalid query parameter
   * limit: must be in 1..500, got 0}, or for several {@code invalid query parameters limit: must be
   * in 1..500, got 0; offset: must be an integer, got 'x'}. Every 400 of the API reads {@code
   * invalid WHAT: REASON} (WHAT a query parameter and its name, {@code body}, {@code story id},
   * {@code article id}), its {@code details} each field and reason. Before, a parameter checked
   * alone said {@code invalid q: required} and the others {@code invalid query parameter: limit},
   * the reason in the details only, so {@code curl} showed no reason.
   */
  static void check(List<Map<String, Object>> problems) {
    if (!problems.isEmpty()) {
      throw invalid(problems);
    }
  }

  /** The 400 of one bad query parameter ({@link #check}). */
  static ApiError bad(String name, String reason) {
    return invalid(List.of(Map.of("field", name, "reason", reason)));
  }

  private static ApiError invalid(List<Map<String, Object>> problems) {
    StringBuilder b = new StringBuilder("invalid query parameter");
    b.append(problems.size() > 1 ? "s " : " ");
    for (int i = 0; i < problems.size(); i++) {
      b.append(i > 0 ? "; " : "").append(problems.get(i).get("field")).append(": ").append(problems.get(i).get("reason"));
    }
    return new ApiError(400, b.toString(), problems);
  }

  private static String clip(String v) {
    return v.length() > 60 ? v.substring(0, 60) + "…" : v;
  }
}
