package org.tidende.app;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A picocli parse error said in one line, for {@link Main}'s handler: what is wrong and with which
 * option, {@code --sort: expected one of biggest, newest, got 'oldest'}, {@code --limit: expected a
 * whole number, got 'abc'}, {@code unknown option '--bogus'}, {@code missing PATH}. Picocli's own
 * messages ("Invalid value for option '--sort': expected one of [NEWEST, BIGGEST] (case-insensitive)
 * but was 'oldest'") are kept, on one line, for the errors not recognised here.
 */
final class ParseErrors {
  private ParseErrors() {}

  /** One line saying what is wrong (without the command's name). */
  static String describe(CommandLine.ParameterException ex) {
    if (ex instanceof CommandLine.UnmatchedArgumentException u) {
      CommandLine c = u.getCommandLine();
      boolean commands = !c.getSubcommands().isEmpty() && c.getCommandSpec().positionalParameters().isEmpty();
      List<String> args = u.getUnmatched();
      if (commands && !args.isEmpty() && !args.get(0).startsWith("-")) {
        return "unknown command '" + args.get(0) + "'"; // what follows it is that command's, not ours
      }
      return unmatched(args);
    }
    if (ex instanceof CommandLine.MissingParameterException m) {
      List<String> missing = m.getMissing() == null ? List.of()
          : m.getMissing().stream().map(ParseErrors::name).toList();
      if (missing.size() == 1 && m.getMessage() != null
          && m.getMessage().startsWith("Missing required parameter for option")) {
        return missing.get(0) + ": expected a value after it, got none";
      }
      if (!missing.isEmpty()) {
        return "missing " + String.join(", ", missing);
      }
    }
    if (ex.getCause() instanceof CommandLine.TypeConversionException && ex.getArgSpec() != null) {
      return name(ex.getArgSpec()) + ": " + expected(ex.getArgSpec(), ex.getValue(), ex.getCause().getMessage());
    }
    String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage().strip();
    // picocli's "Value for option option '--set' (KEY=VALUE) should be in KEY=VALUE format but was threshold"
    Matcher keyValue = Pattern.compile("should be in KEY=VALUE format but was (.*)$")
        .matcher(message);
    if (ex.getArgSpec() != null && keyValue.find()) {
      return name(ex.getArgSpec()) + ": expected KEY=VALUE, got '" + keyValue.group(1) + "'";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline).strip();
  }

  /** A sentence such as {@code did you mean --sort?} where picocli has a close spelling, else null. */
  static String suggestion(CommandLine.ParameterException ex) {
    if (ex instanceof CommandLine.UnmatchedArgumentException u) {
      // "tidende version", "tidende stories json": an option's name written without its dashes is
      // that option, where picocli offered the commands spelt closest ("serve or serve-bench")
      for (String a : u.getUnmatched()) {
        OptionSpec o = a.startsWith("-") ? null : u.getCommandLine().getCommandSpec().findOption("--" + a.toLowerCase(Locale.ROOT));
        if (o != null) {
          return "did you mean " + o.longestName() + "?";
        }
      }
      List<String> s = closest(u.getUnmatched().isEmpty() ? "" : u.getUnmatched().get(0), u.getSuggestions());
      if (!s.isEmpty()) {
        return "did you mean " + String.join(" or ", s.subList(0, Math.min(3, s.size()))) + "?";
      }
    }
    return null;
  }

  /**
   * Picocli's suggestions for {@code typed}, closest first by edit distance (a swap of two
   * neighbouring letters one edit), those more than one edit farther than the closest left out:
   * picocli orders and picks them loosely ("serach" gave "serve or serve-bench or search", "stoires"
   * "stories or ingest"; session 38), now "search" and "stories".
   */
  static List<String> closest(String typed, List<String> suggestions) {
    if (suggestions == null || suggestions.isEmpty()) {
      return List.of();
    }
    String t = typed.toLowerCase(Locale.ROOT);
    List<String> sorted = new ArrayList<>(suggestions);
    sorted.sort(Comparator.comparingInt(c -> editDistance(t, c.toLowerCase(Locale.ROOT)))); // stable: picocli's order on ties
    int best = editDistance(t, sorted.get(0).toLowerCase(Locale.ROOT));
    sorted.removeIf(c -> editDistance(t, c.toLowerCase(Locale.ROOT)) > best + 1);
    return sorted;
  }

  /**
   * Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.
   * Written here, a few lines on the error path, rather than taking lucene-suggest for its
   * LuceneLevenshteinDistance, which nothing else needs.
   */
  static int editDistance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  private static String unmatched(List<String> args) {
    List<String> options = new ArrayList<>();
    List<String> others = new ArrayList<>();
    for (String a : args) {
      (a.length() > 1 && a.startsWith("-") ? options : others).add("'" + a + "'");
    }
    List<String> parts = new ArrayList<>();
    if (!options.isEmpty()) {
      parts.add("unknown option" + (options.size() == 1 ? " " : "s ") + String.join(", ", options));
    }
    if (!others.isEmpty()) {
      parts.add("unexpected argument" + (others.size() == 1 ? " " : "s ") + String.join(", ", others));
    }
    return parts.isEmpty() ? "unexpected arguments" : String.join("; ", parts);
  }

  private static String name(ArgSpec spec) {
    if (spec instanceof OptionSpec o) {
      return o.longestName();
    }
    return spec instanceof PositionalParamSpec p ? p.paramLabel() : String.valueOf(spec);
  }

  private static String expected(ArgSpec spec, String value, String picocli) {
    Class<?> type = spec.type();
    if ((type.isArray() || Collection.class.isAssignableFrom(type)) && spec.auxiliaryTypes().length > 0) {
      type = spec.auxiliaryTypes()[0];
    }
    String got = ", got '" + value + "'";
    if (type.isEnum()) {
      return "expected one of " + Arrays.stream(type.getEnumConstants())
          .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT)).sorted().collect(Collectors.joining(", ")) + got;
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class
        || type == short.class || type == Short.class) {
      boolean digits = value != null && value.strip().matches("[-+]?\\d+");
      return (digits ? "a whole number too large" : "expected a whole number") + got;
    }
    if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
      return "expected a number" + got;
    }
    if (type == boolean.class || type == Boolean.class) {
      return "expected true or false" + got;
    }
    return picocli;
  }
}
