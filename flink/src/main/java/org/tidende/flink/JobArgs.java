package org.tidende.flink;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Command-line arguments of the jobs: {@code --name value} pairs, names repeatable ({@code --input a
 * --input b}; commas also separate inputs), and bare {@code --flag}s. Problems are collected, not
 * thrown one at a time. Every name asked for is noted, so a name no one asked for, a misspelt
 * option ({@code --inptu}), is a problem too ({@link #reportUnknown}), not silently ignored.
 */
public final class JobArgs {
  private final Map<String, List<String>> values = new LinkedHashMap<>();
  private final List<String> problems = new ArrayList<>();
  private final Set<String> asked = new HashSet<>();

  /** Parses {@code args} after the mode word. */
  public JobArgs(String[] args, int from) {
    for (int i = from; i < args.length; i++) {
      String a = args[i];
      if (!a.startsWith("--") || a.length() == 2) {
        problems.add("unexpected argument '" + a + "'");
        continue;
      }
      String name = a.substring(2);
      String value = i + 1 < args.length && !args[i + 1].startsWith("--") ? args[++i] : "";
      values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
  }

  /** All values of a repeatable name, commas splitting further. */
  public List<String> all(String name) {
    asked.add(name);
    List<String> out = new ArrayList<>();
    for (String v : values.getOrDefault(name, List.of())) {
      for (String part : v.split(",")) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
    }
    return out;
  }

  /** The last value of a name, or {@code fallback}. */
  public String get(String name, String fallback) {
    asked.add(name);
    List<String> v = values.get(name);
    return v == null || v.isEmpty() ? fallback : v.get(v.size() - 1);
  }

  public boolean has(String name) {
    asked.add(name);
    return values.containsKey(name);
  }

  /** An integer value, or {@code fallback}; a bad value, a fraction among them, is recorded as a problem. */
  public int integer(String name, int fallback) {
    double v = number(name, fallback);
    if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
      problems.add("--" + name + ": '" + get(name, null) + "' is not a whole number");
      return fallback;
    }
    return (int) v;
  }

  /** A numeric value, or {@code fallback}; a bad value is recorded as a problem. */
  public double number(String name, double fallback) {
    String v = get(name, null);
    if (v == null) {
      return fallback;
    }
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      problems.add("--" + name + ": '" + v + "' is not a number");
      return fallback;
    }
  }

  /** Records a problem found by the caller. */
  public void problem(String p) {
    problems.add(p);
  }

  /** Records each option given that no one has asked for as a problem: call once all options are read. */
  public void reportUnknown() {
    values.keySet().stream().filter(n -> !asked.contains(n)).forEach(n -> problems.add("unknown option --" + n));
  }

  public List<String> problems() {
    return problems;
  }

  /** The names asked for so far, without their dashes. */
  Set<String> asked() {
    return Collections.unmodifiableSet(asked);
  }
}
