package org.tidende.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.tidende.model.Language;

/**
 * A language filter as {@code ?lang=} ({@code GET /stories}, {@code GET /search}) and {@code --lang}
 * ({@code search}, {@code stories --data}) read it, alike: {@link Language#parseFilter} (codes
 * case-insensitive, ISO 639-1 or -2, several joined by commas, {@code no} for {@code nb} and {@code
 * nn}), a value that is no language code refused with the archive's languages named, and a code the
 * archive has no article in answered with a note saying so.
 *
 * <p>Why: before, {@code lang=xyz}, {@code lang=qq} and {@code lang=ru} on an archive without
 * Russian answered an empty page as if nothing matched, {@code lang=no} gave Bokmål alone (the
 * Nynorsk half of Norwegian silently left out), {@code lang=und} (a code {@code /health} lists)
 * was refused, and a refusal named no language the archive holds. Cost: one look-up of the index's
 * language terms ({@link org.tidende.store.Store#articleLanguages}, a count per code) for a refusal
 * or an empty answer only.
 */
final class LanguageFilter {
  private LanguageFilter() {}

  /** A value that is no language code; the message names it and the archive's languages. */
  static final class Refused extends IllegalArgumentException {
    Refused(String message) {
      super(message, null);
    }
  }

  /**
   * The filter's codes as the store takes them ({@code nb,nn}), or null for no value.
   *
   * @param languages the archive's languages, most articles first (asked only for a refusal; null
   *     when they cannot be read)
   * @throws Refused naming the value and the archive's languages
   */
  static String read(String value, Supplier<List<Map.Entry<String, Long>>> languages) {
    if (value == null) {
      return null;
    }
    try {
      return String.join(",", Language.parseFilter(value).stream().map(Language::code).toList());
    } catch (IllegalArgumentException e) {
      List<Map.Entry<String, Long>> held = languages.get();
      throw new Refused(e.getMessage() + (held == null ? "" : "; " + held(held)));
    }
  }

  /**
   * What to say of a filter whose codes hold no article: "no article is in Russian (ru); the
   * archive's languages: en, nb"; null when every code has an article (or there is no filter).
   */
  static String note(String codes, List<Map.Entry<String, Long>> languages) {
    if (codes == null) {
      return null;
    }
    List<String> absent = new ArrayList<>();
    for (String c : codes.split(",")) {
      if (languages.stream().noneMatch(l -> l.getKey().equals(c))) {
        absent.add(c.equals("und") ? "without an identified language (und)" : "in " + new Language(c).englishName() + " (" + c + ")");
      }
    }
    return absent.isEmpty() ? null : "no article is " + String.join(" or ", absent) + "; " + held(languages);
  }

  private static String held(List<Map.Entry<String, Long>> languages) {
    return languages.isEmpty() ? "the archive holds no article yet"
        : "the archive's languages: " + String.join(", ", languages.stream().map(Map.Entry::getKey).toList());
  }
}
