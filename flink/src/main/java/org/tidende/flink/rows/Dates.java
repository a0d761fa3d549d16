package org.tidende.flink.rows;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.tidende.model.ArticleDate;

/**
 * {@link ArticleDate} as plain numbers for Flink's POJO serializer, and back, without loss: the
 * day, the time of day in nanoseconds, the precision, the inferred flag and the offset the source
 * wrote, in seconds. Stateless.
 */
public final class Dates {
  /** Precision code of "no date". */
  public static final int NONE = -1;
  /** Offset code of "no offset written" (a local time, or no time). */
  public static final int NO_OFFSET = Integer.MIN_VALUE;

  private Dates() {}

  /** Precision ordinal, or {@link #NONE} for null. */
  public static int precision(ArticleDate d) {
    return d == null ? NONE : d.precision().ordinal();
  }

  /** Epoch day, or 0 for null. */
  public static long day(ArticleDate d) {
    return d == null ? 0 : d.date().toEpochDay();
  }

  /** Nanosecond of the day, or -1 without a time. */
  public static long nanos(ArticleDate d) {
    return d == null || d.time() == null ? -1 : d.time().toNanoOfDay();
  }

  /** The offset the source wrote, in seconds, or {@link #NO_OFFSET}. */
  public static int offset(ArticleDate d) {
    return d == null || d.offset() == null ? NO_OFFSET : d.offset().getTotalSeconds();
  }

  /** The date the numbers describe, or null for precision {@link #NONE}. */
  public static ArticleDate of(int precision, long day, long nanos, boolean inferred, int offset) {
    if (precision == NONE) {
      return null;
    }
    return new ArticleDate(LocalDate.ofEpochDay(day), nanos < 0 ? null : LocalTime.ofNanoOfDay(nanos),
        ArticleDate.Precision.values()[precision], inferred,
        offset == NO_OFFSET ? null : ZoneOffset.ofTotalSeconds(offset));
  }
}
