package org.tidende.store;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with a query Lucene's classic parser refused, said in words a reader of the search
 * box understands, where the parser's own ({@code Encountered "<EOF>" at line 1, column 9.},
 * {@code Lexical error at line 1, column 10. Encountered: <EOF> after prefix ""unclosed" (in
 * lexical state 2)}) names grammar tokens and lexer states. Until session 39 those went as they
 * were to the web page, {@code read_as_plain_words} and {@code tidende search}'s refusal.
 *
 * <p>Design: the query is looked at again, not the parser's message, in the order the mistakes
 * are common: a quote left open; an operator word ({@code AND}, {@code OR}, {@code NOT}, {@code
 * &&}, {@code ||}) or sign ({@code -}, {@code +}, {@code !}) with no word after it, or {@code
 * AND}/{@code OR} with none before; a parenthesis or range bracket left open, or a closing one
 * without its opening; a field name or boost with nothing after it. Each names the part of the
 * query at fault as typed. Cost: one pass over the query, only when the parser has refused it.
 * Failure modes: a mistake of none of these kinds gets null, and the caller keeps the parser's
 * line; where a query has two mistakes, the first kind in that order is named.
 *
 * <p>A slash inside a word ({@code 24/7}, {@code AC/DC}, {@code Oslo/Bergen}, {@code and/or}) is
 * no mistake of the reader's but of the syntax: Lucene's lexer opens a {@code /regular
 * expression/} at any slash, even mid-word, so such a word was refused ({@code Lexical error ...
 * (in lexical state 2)}, {@code tidende search} exit 2, the API reading it as plain words with that
 * line) or, with two slashes ({@code 25/04/2019}), silently searched as a word, a regular
 * expression and a word. {@link #slashesInWords} escapes it before the parse, so the word is
 * searched as its words are written ({@code AC} and {@code DC}); a slash opening a word (after a
 * space, a parenthesis, a sign or a field's colon) still opens a regular expression, and one that
 * is not closed is said so.
 */
final class QuerySyntax {
  private QuerySyntax() {}

  private static final Pattern OPERATOR = Pattern.compile("AND|OR|NOT|&&|\\|\\||[-+!]");
  private static final Pattern FIELD_WITHOUT_VALUE = Pattern.compile("(?:^|\\s)([\\p{L}_][\\p{L}\\p{N}_]*:)\\s*$");
  private static final Pattern BOOST_WITHOUT_NUMBER = Pattern.compile("(\\S+\\^)\\s*$");

  /**
   * The reader's words for why {@code query} cannot be parsed, or null when none of the common
   * mistakes is found (the parser's message is then the best there is).
   */
  static String explain(String query) {
    String q = query.strip();
    int openQuote = openQuote(q);
    if (openQuote >= 0) {
      return "a quote is not closed: " + q.substring(openQuote) + " (close it, or leave it out to search the words)";
    }
    String[] words = q.split("\\s+");
    String last = words[words.length - 1];
    if (OPERATOR.matcher(last).matches()) {
      return "'" + last + "' ends the query with no word after it";
    }
    if (words[0].matches("AND|OR|&&|\\|\\|")) {
      return "'" + words[0] + "' begins the query with no word before it";
    }
    String brackets = brackets(q);
    if (brackets != null) {
      return brackets;
    }
    int regexp = openRegexp(q);
    if (regexp >= 0) {
      return "a /regular expression/ is not closed: " + q.substring(regexp)
          + " (close it with '/', or put the word in quotes to search it as written)";
    }
    Matcher field = FIELD_WITHOUT_VALUE.matcher(q);
    if (field.find()) {
      return "'" + field.group(1) + "' has no value after it (source:NRK, lang:nb)";
    }
    Matcher boost = BOOST_WITHOUT_NUMBER.matcher(q);
    if (boost.find()) {
      return "'" + boost.group(1) + "' has no number after it (a boost: brann^2)";
    }
    return null;
  }

  /**
   * {@code query} with each slash inside a word escaped ({@code AC/DC}: {@code AC\/DC}), outside
   * quotes and {@code /regular expressions/}; a slash opening a word opens a regular expression,
   * skipped to its closing slash. A query without a slash is returned as it is.
   */
  static String slashesInWords(String query) {
    if (query.indexOf('/') < 0) {
      return query;
    }
    StringBuilder out = new StringBuilder(query.length() + 4);
    boolean quoted = false;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '\\' && i + 1 < query.length()) {
        out.append(c).append(query.charAt(++i));
        continue;
      }
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '/' && !quoted) {
        if (opensWord(query, i)) {
          int close = closingSlash(query, i);
          if (close > 0) { // a regular expression: as written
            out.append(query, i, close + 1);
            i = close;
            continue;
          }
        } else {
          out.append('\\');
        }
      }
      out.append(c);
    }
    return out.toString();
  }

  /** Whether the character at {@code i} begins a term in Lucene's syntax: after a space, a group, a sign or a field. */
  private static boolean opensWord(String q, int i) {
    return i == 0 || Character.isWhitespace(q.charAt(i - 1)) || "(:+-!".indexOf(q.charAt(i - 1)) >= 0;
  }

  /** The slash closing the regular expression opened at {@code open} (not escaped), or -1. */
  private static int closingSlash(String q, int open) {
    for (int i = open + 1; i < q.length(); i++) {
      char c = q.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '/') {
        return i;
      }
    }
    return -1;
  }

  /** Where a {@code /regular expression/} that is not closed opens (outside quotes), or -1. */
  private static int openRegexp(String q) {
    boolean quoted = false;
    for (int i = 0; i < q.length(); i++) {
      char c = q.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == '/' && !quoted && opensWord(q, i)) {
        int close = closingSlash(q, i);
        if (close < 0) {
          return i;
        }
        i = close;
      }
    }
    return -1;
  }

  /** Where a quote that is not closed opens ({@code "} not escaped), or -1. */
  private static int openQuote(String q) {
    int open = -1;
    for (int i = 0; i < q.length(); i++) {
      char c = q.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        open = open < 0 ? i : -1;
      }
    }
    return open;
  }

  /** A parenthesis or range bracket left open or closed without its opening, said so; or null. */
  private static String brackets(String q) {
    int parens = 0;
    int range = 0;
    for (int i = 0; i < q.length(); i++) {
      char c = q.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '(') {
        parens++;
      } else if (c == ')' && --parens < 0) {
        return "a ')' closes no '(': " + q.substring(0, i + 1);
      } else if (c == '[' || c == '{') {
        range++;
      } else if (c == ']' || c == '}') {
        if (--range < 0) {
          return "a '" + c + "' closes no range: " + q.substring(0, i + 1) + " (a range reads [from TO to])";
        }
      }
    }
    if (parens > 0) {
      return parens == 1 ? "a '(' is not closed" : parens + " '(' are not closed";
    }
    if (range > 0) {
      return "a range is not closed (a range reads [from TO to], or {from TO to} without its ends)";
    }
    return null;
  }
}
