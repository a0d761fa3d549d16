package org.tidende.flink.backfill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SegmentsTest {
  private final Segments s = new Segments(100, 30);

  @Test
  void theLastOverlapOfASegmentIsAlsoWarmUpOfTheNext() {
    assertThat(s.of(150)).containsExactly(new Segments.SegmentEntryKey(1, false));
    assertThat(s.of(170)).containsExactly(new Segments.SegmentEntryKey(1, false), new Segments.SegmentEntryKey(2, true));
    assertThat(s.of(-1)).containsExactly(new Segments.SegmentEntryKey(-1, false), new Segments.SegmentEntryKey(0, true));
    assertThat(s.of(Long.MIN_VALUE)).containsExactly(new Segments.SegmentEntryKey(Segments.UNDATED, false));
  }

  @Test
  void partsSortInEventOrderHeadThenTail() {
    assertThat(s.part(100)).isEqualTo(2);
    assertThat(s.part(169)).isEqualTo(2);
    assertThat(s.part(170)).isEqualTo(3);
    assertThat(s.part(200)).isEqualTo(4);
    assertThat(s.part(Long.MIN_VALUE)).isLessThan(s.part(-1_000_000));
    assertThat(Segments.headPart(2)).isEqualTo(4);
  }

  @Test
  void overlapMustBeShorterThanASegment() {
    assertThatThrownBy(() -> new Segments(10, 10)).hasMessageContaining("segment > overlap");
  }
}
