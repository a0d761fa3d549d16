package org.tidende.model;

import java.util.List;
import java.util.Objects;

/**
 * An article with its language and the features later stages compare.
 *
 * @param article the ingested article
 * @param language identified language (the declared one is a hint, not trusted blindly)
 * @param titleTerms analysed title terms (stemmed, stop words removed), in order
 * @param bodyTerms analysed body terms (stemmed, stop words removed), in order
 * @param names language-neutral keys of capitalised names (see {@code analysis.NameKeys}), in order
 *     of first appearance, without repeats
 * @param numbers numbers written in the text (digits only, {@code "130"}, {@code "2018"}), without
 *     repeats
 * @param givenNames the keys among {@code names} that the text writes only as the first words of a
 *     longer name ("Donald" of "Donald Trump", "Hells" of "Hells Angels"): the name counts once
 *     when the clusterer counts the names two texts share
 * @param sentenceInitialPlaces the keys of the listed places the text writes capitalised at a
 *     sentence start ({@code analysis.ArticleAnalyzer#sentenceInitialPlaces}), collected in the
 *     analyser's own pass over the text; null when not known (an article analysed elsewhere, or
 *     whose text was changed since), and then read from the text when asked
 */
public record AnalyzedArticle(
    Article article,
    LanguageGuess language,
    List<String> titleTerms,
    List<String> bodyTerms,
    List<String> names,
    List<String> numbers,
    List<String> givenNames,
    List<String> sentenceInitialPlaces) {

  public AnalyzedArticle {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(language, "language");
    titleTerms = List.copyOf(titleTerms);
    bodyTerms = List.copyOf(bodyTerms);
    names = List.copyOf(names);
    numbers = List.copyOf(numbers);
    givenNames = List.copyOf(givenNames);
    sentenceInitialPlaces = sentenceInitialPlaces == null ? null : List.copyOf(sentenceInitialPlaces);
  }

  /** An analysed article whose sentence-initial places are not known (read from the text when asked). */
  public AnalyzedArticle(Article article, LanguageGuess language, List<String> titleTerms, List<String> bodyTerms,
      List<String> names, List<String> numbers, List<String> givenNames) {
    this(article, language, titleTerms, bodyTerms, names, numbers, givenNames, null);
  }

  /** An analysed article none of whose names is written only as the first word of a longer one. */
  public AnalyzedArticle(Article article, LanguageGuess language, List<String> titleTerms, List<String> bodyTerms,
      List<String> names, List<String> numbers) {
    this(article, language, titleTerms, bodyTerms, names, numbers, List.of(), null);
  }

  public ArticleId id() {
    return article.id();
  }

  public Language lang() {
    return language.language();
  }
}
