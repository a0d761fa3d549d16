package org.tidende.app;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress on stderr for long runs: items done, rate and ETA, redrawn at most five times a second,
 * and only when stderr is a terminal (the launcher says so in {@code tidende.tty}) or forced.
 * {@link #step} may be called from several threads (stories built in parallel count their progress
 * so); drawing is synchronized.
 */
final class Progress implements AutoCloseable {
  private final PrintStream err;
  private final String what;
  private final long total;
  private final boolean enabled;
  private final long start = System.nanoTime();
  private long lastDraw;
  private long done;

  Progress(String what, long total, Boolean force) {
    this(what, total, force, System.err);
  }

  /** Progress drawn on {@code err} (the stream the caller's messages go to, so it can clear for them). */
  Progress(String what, long total, Boolean force, PrintStream err) {
    this.err = err;
    this.what = what;
    this.total = total;
    this.enabled = force != null ? force : "1".equals(System.getProperty("tidende.tty"));
  }

  /** Whether the line is drawn (stderr a terminal, or forced). */
  boolean enabled() {
    return enabled;
  }

  synchronized void step(long n) {
    done += n;
    long now = System.nanoTime();
    if (enabled && now - lastDraw > 200_000_000L) {
      lastDraw = now;
      draw(now);
    }
  }

  private void draw(long now) {
    double secs = Math.max(1e-9, (now - start) / 1e9);
    double rate = done / secs;
    String eta = total > 0 && rate > 0 ? String.format(Locale.ROOT, ", ETA %ds", Math.round((total - done) / rate)) : "";
    String of = total > 0 ? String.format(Locale.ROOT, "/%,d (%.0f%%)", total, 100.0 * done / total) : "";
    err.printf(Locale.ROOT, "\r%s: %,d%s, %,.0f/s%s   ", what, done, of, rate, eta);
    err.flush();
  }

  /**
   * Clears the drawn line, so a message printed next starts a line of its own instead of trailing
   * the counts ("reading: 5,911, 4,048/s   big.jsonl:6252: date ... unreadable"); the next step
   * draws again.
   */
  synchronized void clear() {
    if (enabled && lastDraw != 0) {
      err.print("\r" + " ".repeat(78) + "\r");
      lastDraw = 0;
    }
  }

  @Override
  public synchronized void close() {
    if (enabled && lastDraw != 0) {
      err.print("\r" + " ".repeat(78) + "\r");
      err.flush();
    }
  }
}
