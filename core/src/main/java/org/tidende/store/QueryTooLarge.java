package org.tidende.store;

/**
 * A search query that expands to more clauses than Lucene takes (1,024): it is read once per
 * language of the archive, and each word or phrase meant as a name also by its name key, so about
 * 250 distinct words that are no stop words ({@code w0 w1 ... w249}), or fewer with wildcards
 * ({@code a0* OR a1* ...}), reach the limit within the 1,000 characters a query may have. Bad
 * input, reported (a 400, exit 2), not an internal error; before, {@code GET /search} answered 500
 * and {@code tidende search} printed a stack trace.
 */
public final class QueryTooLarge extends IllegalArgumentException {
  public QueryTooLarge(int languages) {
    super("the query expands to more than 1024 clauses (it is read once in each of the archive's " + languages
        + " languages, and a name also by its spelling key); use fewer words or wildcards", null);
  }
}
