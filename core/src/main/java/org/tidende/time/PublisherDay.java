package org.tidende.time;

import java.time.ZoneId;
import java.util.Map;
import org.tidende.model.ArticleDate;
import org.tidende.model.Language;

/**
 * The publication date as the publisher's clock read it: the reference that "i går", "natten til
 * tirsdag" and "torsdag" count from.
 *
 * <p>Design: ingest keeps a time given with an offset in UTC and the offset beside it ({@link
 * ArticleDate#offset()}). Relative dates count from the day the text was written on, which is the
 * day at the publisher, so the reference is moved back to the publisher's clock ({@link
 * ArticleDate#local}):
 * <ul>
 *   <li>an explicit non-zero offset ({@code +02:00}, {@code CEST}, {@code -0500}) is the
 *       publisher's clock, whatever the language;</li>
 *   <li>UTC ({@code Z}, {@code GMT}, {@code UTC}, {@code +00:00}) is what feeds write for any
 *       publisher (every item of the Norwegian and Swedish feed sets is stamped {@code Z}), so it
 *       says nothing of the publisher's zone; the text's language then gives the likely one:
 *       Bokmål and Nynorsk Europe/Oslo, Danish Europe/Copenhagen, Swedish Europe/Stockholm, German
 *       Europe/Berlin, Spanish Europe/Madrid. English (London, New York, Sydney ...) and unknown
 *       languages have no likely zone and stay in UTC;</li>
 *   <li>a time without offset is local as written and a day or coarser date has no clock: both
 *       are taken as they are.</li>
 * </ul>
 * The five zones share the EU's summer-time rules since 1996, so confusing Danish, Swedish and
 * Norwegian (which language identification does) does not change the day; nor does a German or
 * Spanish text from another CET country. Only a time within an hour or two of midnight moves: an
 * Oslo item stamped {@code 2025-01-13T23:28:00Z} was written on Tuesday the 14th, and its "i går"
 * is Monday the 13th, not Sunday.
 *
 * <p>Measured on the Norwegian and Swedish feeds (2,481 and 1,386 items, all stamped {@code Z}):
 * 88 and 55 items move to the next day (mostly Norwegian items stamped 23:00Z, local midnight);
 * of the 1,086 relative mentions of all items one changes, "natten till tisdag" from a week
 * before to the night just ended; of the 25 in moved items, 21 read right from either day (weekday
 * phrases mostly resolve alike a day later) and 3 wrong from either.
 *
 * <p>Cost: a table look-up and a zone conversion per article. Thread-safe, stateless. Failure
 * modes: a Scandinavian-language text from a publisher elsewhere (a Swedish paper's New York
 * correspondent) stamped in UTC is read on the
 * Scandinavian clock; a feed that writes the publisher's local clock but labels it {@code Z} is
 * moved an hour or two too far; a Spanish text from Latin America stamped in UTC is read on the
 * Madrid clock (from the Americas' evening on, a day late); the Canary Islands are an hour behind
 * Madrid.
 */
final class PublisherDay {
  private PublisherDay() {}

  /** The likely zone of a publisher writing in the language, for times the source gave in UTC. */
  private static final Map<Language, ZoneId> ZONES = Map.of(
      Language.NB, ZoneId.of("Europe/Oslo"),
      Language.NN, ZoneId.of("Europe/Oslo"),
      Language.DA, ZoneId.of("Europe/Copenhagen"),
      Language.SV, ZoneId.of("Europe/Stockholm"),
      Language.DE, ZoneId.of("Europe/Berlin"),
      Language.ES, ZoneId.of("Europe/Madrid"));

  /** The zone for a time given in UTC in a text in {@code lang}; null (keep UTC) for English, unknown or null. */
  static ZoneId zoneFor(Language lang) {
    return lang == null ? null : ZONES.get(lang);
  }

  /**
   * {@code published} on the publisher's clock (see the class comment), without an offset; null
   * for null.
   *
   * @param lang the text's language; null or unknown keeps a UTC time in UTC
   */
  static ArticleDate of(ArticleDate published, Language lang) {
    return published == null ? null : published.local(zoneFor(lang));
  }
}
