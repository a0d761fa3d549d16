package org.tidende.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A language, by its ISO 639-1 code ({@code nb}, {@code nn}, {@code da}, ...), or {@link #UND} when
 * unknown. A record, not an enum, so a new language needs a profile, not an edit here.
 *
 * @param code lower-case ISO 639-1 code, or {@code "und"}
 */
public record Language(String code) {
  public static final Language NN = new Language("nn");
  public static final Language NB = new Language("nb");
  public static final Language DA = new Language("da");
  public static final Language SV = new Language("sv");
  public static final Language EN = new Language("en");
  public static final Language DE = new Language("de");
  public static final Language ES = new Language("es");
  public static final Language UND = new Language("und");

  /** The languages Tidende identifies, in a fixed order. */
  public static final List<Language> SUPPORTED = List.of(NN, NB, DA, SV, EN, DE, ES);

  public Language {
    Objects.requireNonNull(code, "code");
    if (!code.matches("[a-z]{2,3}")) {
      throw new IllegalArgumentException("language code '" + code + "' is not 2-3 lower-case letters");
    }
  }

  /**
   * Parses a code as sources write it: case-insensitive, ISO 639-1 or -2/3 ({@code nob}, {@code
   * nno}, {@code dan}, {@code swe}), {@code no} read as Bokmål, region suffixes dropped ({@code
   * en-GB}). Returns {@link #UND} for null, blank or unreadable codes; never throws.
   */
  public static Language parse(String code) {
    if (code == null) {
      return UND;
    }
    String c = code.strip().toLowerCase(Locale.ROOT);
    int dash = c.indexOf('-') >= 0 ? c.indexOf('-') : c.indexOf('_');
    if (dash > 0) {
      c = c.substring(0, dash);
    }
    return switch (c) {
      case "nb", "nob", "no", "nor" -> NB;
      case "nn", "nno" -> NN;
      case "da", "dan" -> DA;
      case "sv", "swe" -> SV;
      case "en", "eng" -> EN;
      case "de", "deu", "ger" -> DE;
      case "es", "spa" -> ES;
      default -> c.matches("[a-z]{2,3}") && !c.equals("und") ? new Language(c) : UND;
    };
  }

  /** True for Nynorsk, Bokmål, Danish and Swedish, the mutually readable group. */
  public boolean isScandinavian() {
    return equals(NN) || equals(NB) || equals(DA) || equals(SV);
  }

  public boolean isKnown() {
    return !equals(UND);
  }

  @Override
  public String toString() {
    return code;
  }
}
