package org.tidende.app;

import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * Waits for what a server does a moment after its answer (a story's view written, the index's
 * languages refreshed, a page navigated), with a generous bound, and fails saying what did not
 * happen. The loops it replaced gave up silently after 10 s and let the next assertion fail
 * instead, which on a loaded 2-core CI runner could be timing, not a bug.
 */
final class Await {
  /** The bound: far above what an idle machine needs (well under a second), so that only a real hang fails. */
  static final Duration BOUND = Duration.ofSeconds(60);

  private Await() {}

  /** Polls {@code condition} every 100 ms until it holds; fails after {@link #BOUND}. */
  static void until(String what, Callable<Boolean> condition) throws Exception {
    long end = System.nanoTime() + BOUND.toNanos();
    while (!condition.call()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("not within " + BOUND.toSeconds() + " s: " + what);
      }
      Thread.sleep(100);
    }
  }
}
