package org.tidende.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Deterministic stream of synthetic news items built from real text for the speed run: nine in
 * ten are new items (a real headline and 2–10 real sentences drawn from different articles), one
 * in ten is a planted copy of a recent item with 0–30 % of its words changed. Event time advances
 * five seconds an item (500,000 items span about 29 days).
 */
final class BenchStream {
  static final long SECONDS_PER_ITEM = 5;
  private static final int RECENT = 20_000;

  private final BenchCorpus corpus;
  private final PlantedDuplicates planter;
  private final Random rnd;
  private final String[] recent = new String[RECENT];
  private final int[] recentFamily = new int[RECENT];
  private int produced;

  /** One generated item; {@code family} is shared by an item and its planted copies. */
  record Item(int index, String text, int family, boolean planted, long eventTime) {}

  BenchStream(BenchCorpus corpus, long seed) {
    this.corpus = corpus;
    this.planter = new PlantedDuplicates(corpus.vocabulary);
    this.rnd = new Random(seed);
  }

  List<Item> next(int n) {
    List<Item> out = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      int i = produced++;
      boolean copy = i > 100 && rnd.nextInt(10) == 0;
      String text;
      int family;
      if (copy) {
        int back = 1 + rnd.nextInt(Math.min(i, RECENT) - 1);
        int slot = (i - back) % RECENT;
        text = planter.changeWords(recent[slot], 0.30 * rnd.nextDouble(), rnd);
        family = recentFamily[slot];
      } else {
        text = compose();
        family = i;
      }
      recent[i % RECENT] = text;
      recentFamily[i % RECENT] = family;
      out.add(new Item(i, text, family, copy, 1_700_000_000L + i * SECONDS_PER_ITEM));
    }
    return out;
  }

  private String compose() {
    StringBuilder sb = new StringBuilder(corpus.headlines.get(rnd.nextInt(corpus.headlines.size())));
    int n = 2 + rnd.nextInt(9);
    for (int s = 0; s < n; s++) {
      sb.append(s == 0 ? "\n" : " ").append(corpus.sentences.get(rnd.nextInt(corpus.sentences.size())));
    }
    return sb.toString();
  }
}
