package org.tidende.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PostingTableTest {
  @Test
  void getAndPutAgreeWithAMapThroughGrowthAndPurge() {
    PostingTable table = new PostingTable(16);
    Map<Long, Long> expected = new HashMap<>();
    Random rnd = new Random(5);
    long[] keys = new long[3000];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = Hashing.mix(i + 1L);
    }
    for (long seq = 0; seq < 20_000; seq++) {
      long key = keys[rnd.nextInt(keys.length)];
      long prev = table.put(key, seq, q -> false);
      assertThat(prev).isEqualTo(expected.getOrDefault(key, -1L));
      expected.put(key, seq);
    }
    for (long key : keys) {
      assertThat(table.get(key)).isEqualTo(expected.getOrDefault(key, -1L));
    }
    assertThat(table.size()).isEqualTo(expected.size());
  }

  @Test
  void purgeDropsStaleEntriesAndSequenceNumbersSurviveWrapAt32Bits() {
    PostingTable table = new PostingTable(16);
    long base = (1L << 32) - 50; // sequence numbers cross 2^32 while stored modulo 2^32
    for (int i = 0; i < 100; i++) {
      table.put(Hashing.mix(i + 7L), base + i, q -> false);
    }
    assertThat(table.get(Hashing.mix(7L))).isEqualTo(base);
    assertThat(table.get(Hashing.mix(106L))).isEqualTo(base + 99);
    table.purge(q -> q < base + 90);
    assertThat(table.size()).isEqualTo(10);
    assertThat(table.get(Hashing.mix(7L))).isEqualTo(-1);
    assertThat(table.get(Hashing.mix(100L))).isEqualTo(base + 93);
    assertThat(table.get(0)).isEqualTo(-1);
  }

  @Test
  void packedLanesCountEqualValuesLikeAPlainLoop() {
    Random rnd = new Random(9);
    for (int k : new int[] {16, 17, 127, 128}) {
      int[] a = new int[k];
      int[] b = new int[k];
      int plain = 0;
      for (int i = 0; i < k; i++) {
        a[i] = rnd.nextInt();
        b[i] = rnd.nextInt(3) == 0 ? a[i] ^ (rnd.nextBoolean() ? 0x10000 : 0) : rnd.nextInt(4) == 0 ? a[i] ^ 0x8000 : rnd.nextInt();
        plain += (short) a[i] == (short) b[i] ? 1 : 0;
      }
      long[] pa = Fingerprint.pack(a);
      long[] pb = Fingerprint.pack(b);
      long[] row = new long[pb.length + 3];
      System.arraycopy(pb, 0, row, 3, pb.length);
      assertThat(Fingerprint.equalLanes(pa, row, 3, 4 * pa.length - k)).as("k=" + k).isEqualTo(plain);
    }
  }
}
