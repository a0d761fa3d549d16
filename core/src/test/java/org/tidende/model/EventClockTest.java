package org.tidende.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EventClockTest {
  private static EventClock after(long... times) {
    EventClock c = EventClock.start();
    for (long t : times) {
      c = c.tick(t);
    }
    return c;
  }

  @Test
  void unknownUntilThreeDatedArticlesThenTheirThirdLargest() {
    assertThat(EventClock.start().watermark()).isEqualTo(Long.MIN_VALUE);
    assertThat(after(100, 200).watermark()).isEqualTo(Long.MIN_VALUE);
    assertThat(after(100, 200, 300).watermark()).isEqualTo(100);
    assertThat(after(100, 200, 300, 400).watermark()).isEqualTo(200);
  }

  @Test
  void oneOrTwoOutliersDoNotMoveItButThreeDo() {
    assertThat(after(100, 200, 300, 99_999, 310).watermark()).isEqualTo(300);
    assertThat(after(100, 200, 300, 99_999, 88_888, 320).watermark()).isEqualTo(320);
    assertThat(after(100, 200, 300, 99_999, 88_888, 77_777).watermark()).isEqualTo(77_777);
  }

  @Test
  void neverGoesBackAndForgetsOutliersAfterSixteenArticles() {
    EventClock c = after(1000, 1001, 1002);
    c = c.tick(5); // a late article
    assertThat(c.watermark()).isEqualTo(1000);
    c = c.tick(1_000_000).tick(1_000_001); // two outliers
    for (int i = 0; i < EventClock.RECENT; i++) {
      c = c.tick(1003 + i);
    }
    assertThat(c.recent()).hasSize(EventClock.RECENT).doesNotContain(1_000_000L, 1_000_001L);
    assertThat(c.watermark()).isEqualTo(1003 + EventClock.RECENT - 3);
  }

  @Test
  void isAValue() {
    assertThat(after(1, 2, 3)).isEqualTo(after(1, 2, 3)).hasSameHashCodeAs(after(1, 2, 3)).isNotEqualTo(after(1, 2, 4));
    long[] recent = after(1, 2, 3).recent();
    recent[0] = 42;
    assertThat(after(1, 2, 3).recent()[0]).isEqualTo(1);
    assertThatThrownBy(() -> new EventClock(0, new long[17])).hasMessageContaining("at most 16");
  }
}
