package org.tidende.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidende.model.Language;
import org.tidende.model.StoryId;

class QuerySyntaxTest {
  @TempDir Path dir;

  @Test
  void commonMistakesAreSaidInTheReadersWords() {
    assertThat(QuerySyntax.explain("\"ferja stod")).isEqualTo(
        "a quote is not closed: \"ferja stod (close it, or leave it out to search the words)");
    assertThat(QuerySyntax.explain("Ferja AND")).isEqualTo("'AND' ends the query with no word after it");
    assertThat(QuerySyntax.explain("Ferja NOT ")).isEqualTo("'NOT' ends the query with no word after it");
    assertThat(QuerySyntax.explain("Ferja -")).isEqualTo("'-' ends the query with no word after it");
    assertThat(QuerySyntax.explain("OR Ferja")).isEqualTo("'OR' begins the query with no word before it");
    assertThat(QuerySyntax.explain("(Ferja OR bru")).isEqualTo("a '(' is not closed");
    assertThat(QuerySyntax.explain("Ferja) bru")).isEqualTo("a ')' closes no '(': Ferja)");
    assertThat(QuerySyntax.explain("source:[A TO")).startsWith("a range is not closed");
    assertThat(QuerySyntax.explain("Ferja ]")).isEqualTo("a ']' closes no range: Ferja ] (a range reads [from TO to])");
    assertThat(QuerySyntax.explain("ferja source:")).isEqualTo("'source:' has no value after it (source:NRK, lang:nb)");
    assertThat(QuerySyntax.explain("ferja^")).isEqualTo("'ferja^' has no number after it (a boost: brann^2)");
    // an escaped quote or parenthesis is a character, not syntax
    assertThat(QuerySyntax.explain("a \\\" b \\( c")).isNull();
  }

  /**
   * The page's {@code plainWords} (the web page's note, {@code read_as_plain_words}) and {@code
   * tidende search}'s refusal ({@link LuceneStore#syntaxError}) say the mistake in the reader's
   * words, not the grammar's ({@code Encountered "<EOF>" at line 1, column 10.}, {@code Lexical
   * error ... (in lexical state 2)}), as they did until session 39; the query is still searched as
   * plain words.
   */
  @Test
  void theStoreSaysWhyAQueryIsReadAsPlainWordsInTheReadersWords() throws Exception {
    try (LuceneStore store = new LuceneStore(dir)) {
      store.putArticles(List.of(new StoredArticle(ArchiveTest.article("x1", "nb", "2025-03-01", "Ferja stod",
          "Ferja stod i to timar.", null), Language.NB, new StoryId("s1"), 1, 0L)), false);
      store.commit(1);
      store.refresh();
      SearchPage dangling = store.search("Ferja AND", null, 10, 0);
      assertThat(dangling.total()).isEqualTo(1);
      assertThat(dangling.plainWords()).isEqualTo("'AND' ends the query with no word after it");
      assertThat(store.syntaxError("Ferja AND")).contains("'AND' ends the query with no word after it");
      assertThat(store.syntaxError("\"Ferja stod")).hasValueSatisfying(m -> assertThat(m)
          .startsWith("a quote is not closed: \"Ferja stod").doesNotContain("lexical state"));
      assertThat(store.syntaxError("(Ferja")).contains("a '(' is not closed");
      assertThat(store.syntaxError("title:Ferja")).hasValueSatisfying(m -> assertThat(m).contains("there is no field 'title:'"));
    }
  }

  /**
   * A slash inside a word ({@code 24/7}, {@code AC/DC}, {@code Ferja/bru}) is searched as the words
   * it joins: Lucene's lexer opened a regular expression there, so {@code tidende search} refused it
   * ({@code Lexical error ... (in lexical state 2)}) and the API read it as plain words with that
   * line; a slash opening a word still opens a regular expression, and an unclosed one is said so.
   */
  @Test
  void aSlashInsideAWordIsSearchedAsItsWords() throws Exception {
    assertThat(QuerySyntax.slashesInWords("AC/DC 24/7")).isEqualTo("AC\\/DC 24\\/7");
    assertThat(QuerySyntax.slashesInWords("/fer.*/ og/eller \"a/b\" c\\/d")).isEqualTo("/fer.*/ og\\/eller \"a/b\" c\\/d");
    assertThat(QuerySyntax.slashesInWords("source:/N.*/ (/bru/)")).isEqualTo("source:/N.*/ (/bru/)");
    assertThat(QuerySyntax.explain("ferja /bru")).isEqualTo(
        "a /regular expression/ is not closed: /bru (close it with '/', or put the word in quotes to search it as written)");
    try (LuceneStore store = new LuceneStore(dir)) {
      store.putArticles(List.of(new StoredArticle(ArchiveTest.article("x1", "nb", "2025-03-01", "Ferja stod",
          "Ferja og brua stod stille i 24 timar.", null), Language.NB, new StoryId("s1"), 1, 0L)), false);
      store.commit(1);
      store.refresh();
      assertThat(store.syntaxError("Ferja/brua")).isEmpty();
      SearchPage slashed = store.search("Ferja/brua", null, 10, 0);
      assertThat(slashed.plainWords()).isNull();
      assertThat(slashed.total()).isEqualTo(1);
      assertThat(store.search("Ferja/tog", null, 10, 0).total()).as("every word required").isZero();
      assertThat(store.syntaxError("ferja /bru")).hasValueSatisfying(m -> assertThat(m)
          .startsWith("a /regular expression/ is not closed").doesNotContain("lexical state"));
    }
  }
}
