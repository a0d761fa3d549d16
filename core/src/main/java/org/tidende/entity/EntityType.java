package org.tidende.entity;

import java.util.Locale;

/**
 * The kind of a named entity. {@link #PER}, {@link #LOC}, {@link #ORG} and {@link #MISC} are the
 * coarse types every language yields; {@link #PROD} (products, works, titles), {@link #EVT}
 * (events) and {@link #DRV} (words derived from a name, "Oslo-mannen") are the finer NorNE types,
 * returned for Bokmål and Nynorsk only. Callers that want four types use {@link #coarse()}.
 */
public enum EntityType {
  PER,
  LOC,
  ORG,
  MISC,
  PROD,
  EVT,
  DRV;

  /** This type folded into PER/LOC/ORG/MISC: PROD, EVT and DRV become MISC. */
  public EntityType coarse() {
    return switch (this) {
      case PROD, EVT, DRV -> MISC;
      default -> this;
    };
  }

  /**
   * Reads a type label as the training corpora write it ({@code per}, {@code B-LOC}, {@code
   * GPE_ORG}, ...), case-insensitive; null when unknown.
   */
  public static EntityType parse(String label) {
    if (label == null) {
      return null;
    }
    String l = label.strip().toUpperCase(Locale.ROOT);
    if (l.length() > 2 && (l.startsWith("B-") || l.startsWith("I-") || l.startsWith("E-")
        || l.startsWith("S-") || l.startsWith("L-") || l.startsWith("U-"))) {
      l = l.substring(2);
    }
    return switch (l) {
      case "PER", "PERSON" -> PER;
      case "LOC", "GPE_LOC", "LOCATION" -> LOC;
      case "ORG", "GPE_ORG", "ORGANIZATION", "ORGANISATION" -> ORG;
      case "MISC" -> MISC;
      case "PROD" -> PROD;
      case "EVT", "EVENT" -> EVT;
      case "DRV" -> DRV;
      default -> null;
    };
  }
}
