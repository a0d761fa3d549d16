package org.tidende.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.tidende.store.Archive;
import org.tidende.store.ReplayListener;

/**
 * How far a server's start has got: the data folder opening, its archive replaying (step and
 * counts), ready with the archive, or failed with the reason. The server listens from the moment
 * the folder is held, and this is what it answers with meanwhile: {@code /health} shows {@link
 * #status}, every other API route {@link #notReady}.
 *
 * <p>How long to wait ({@link #retryAfterSeconds}, the {@code Retry-After} of a refused request):
 * the time the current step still needs at its recent rate, its units left over the units done
 * per second between its reports of about 10 s ago and the latest, less the time since the latest.
 * Recent, not since the step began, because a step does not go at one pace: rebuilding the stories
 * of 48,885 Danish articles took 15 s for its first 2,048 stories and 30 s for the next 24,576, so
 * the rate since the start overstated the time left by 2 to 4 times until the end. Reports before the step's first unit is
 * done do not count: their time is the step's set-up. Only the current step: the next one's length
 * is not known until it begins (and rebuilding the stories, most of a large replay, goes at a rate
 * of its own), so a client told "12 s" near the end of {@code clustering} comes back to a fresh
 * estimate of {@code stories}. Within 1..120 s, so a slow early rate does not send clients away for
 * long; {@value #RETRY_AFTER_FALLBACK_SECONDS} s where there is no rate (a step just begun, {@code
 * opening}, {@code committing}, a step done whose successor has not reported) and once failed.
 *
 * <p>Written by the thread opening the archive (as its {@link ReplayListener}), read by request
 * threads: the progress is one immutable {@link Progress} in a volatile field, so a report never
 * mixes one step's name with another's counts. {@link #cancel} makes the next progress call throw,
 * which stops the replay.
 */
final class Startup implements ReplayListener {
  /** Seconds a client is asked to wait when the replay's progress gives no estimate. */
  static final int RETRY_AFTER_FALLBACK_SECONDS = 5;
  /** Longest wait a client is asked for: an estimate from an early, slow rate may be far off. */
  static final int RETRY_AFTER_MAX_SECONDS = 120;
  private static final long LOG_EVERY_NANOS = 10_000_000_000L;
  /** The rate of a step is measured over its reports of about this long ago until now. */
  private static final long RATE_WINDOW_NANOS = 10_000_000_000L;

  enum State { STARTING, READY, FAILED }

  /**
   * A step of the replay and its counts.
   *
   * @param step {@code opening} (the log), then a {@link Step} in lower case
   * @param done units of the step done (articles; stories in {@code stories})
   * @param total units of the step, -1 while unknown
   * @param articlesReplayed articles through the pipeline so far
   * @param articlesTotal articles to replay, -1 while unknown (an upper bound while {@code reading})
   * @param at when this was reported ({@link System#nanoTime} units)
   * @param secondsLeft at {@code at}, the seconds the step still needs at its recent rate; -1 when
   *     there is no rate (no units done since the step's first report of some, or the step is done)
   */
  record Progress(String step, long done, long total, long articlesReplayed, long articlesTotal, long at,
      double secondsLeft) {}

  private final Consumer<String> log;
  private final LongSupplier nanoTime;
  private final long began;
  private volatile State state = State.STARTING;
  private volatile Progress now;
  private volatile String error;
  private volatile Archive archive;
  private volatile boolean cancelled;
  private long stepBegan;
  /** The current step's reports of units done, {when, done}: those of the rate window and one before. */
  private final List<long[]> recent = new ArrayList<>();
  private long lastLog;
  private final List<String> stepTimes = new ArrayList<>();

  Startup(Consumer<String> log) {
    this(log, System::nanoTime);
  }

  /** @param nanoTime the clock, {@link System#nanoTime} but in tests */
  Startup(Consumer<String> log, LongSupplier nanoTime) {
    this.log = log;
    this.nanoTime = nanoTime;
    this.began = nanoTime.getAsLong();
    this.stepBegan = began;
    this.lastLog = began;
    this.now = new Progress("opening", 0, -1, 0, -1, began, -1);
  }

  @Override
  public void progress(Step s, long done, long total) {
    if (cancelled) {
      throw new CancellationException("server stopped while starting");
    }
    String name = s.name().toLowerCase(Locale.ROOT);
    long t = nanoTime.getAsLong();
    Progress before = now;
    if (!name.equals(before.step())) {
      stepTimes.add(String.format(Locale.ROOT, "%s %.1f s", before.step(), (t - stepBegan) / 1e9));
      stepBegan = t;
      recent.clear();
    }
    double left = -1;
    if (done > 0) {
      while (recent.size() >= 2 && t - recent.get(1)[0] >= RATE_WINDOW_NANOS) {
        recent.removeFirst();
      }
      long[] from = recent.isEmpty() ? null : recent.getFirst();
      if (from != null && done > from[1] && done < total && t > from[0]) {
        left = (total - done) * ((t - from[0]) / 1e9) / (done - from[1]);
      }
      recent.add(new long[] {t, done});
    }
    now = switch (s) {
      case READING -> new Progress(name, done, total, 0, total, t, left);
      case CLUSTERING -> new Progress(name, done, total, done, total, t, left);
      case STORIES -> new Progress(name, done, total, before.articlesTotal(), before.articlesTotal(), t, left);
      // committing counts articles re-indexed, mostly none: its rate says nothing of its length
      case COMMITTING -> new Progress(name, done, total, before.articlesTotal(), before.articlesTotal(), t, -1);
    };
    if (t - lastLog >= LOG_EVERY_NANOS) {
      lastLog = t;
      log.accept("starting: " + describe());
    }
  }

  /** The archive is open and replayed; the API serves it from now on. */
  void ready(Archive a) {
    stepTimes.add(String.format(Locale.ROOT, "%s %.1f s", now.step(), (nanoTime.getAsLong() - stepBegan) / 1e9));
    archive = a;
    state = State.READY;
    if (seconds() >= 10) {
      log.accept("replay steps: " + String.join(", ", stepTimes));
    }
  }

  /** The archive could not be opened or replayed; {@code reason} is said to clients and in the log. */
  void failed(String reason) {
    error = reason;
    state = State.FAILED;
  }

  /** Makes the replay stop at its next progress report (the server is closing). */
  void cancel() {
    cancelled = true;
  }

  State state() {
    return state;
  }

  /** The archive once ready. @throws ApiError 503 (with the start's progress or failure) before */
  Archive archive() {
    Archive a = archive;
    if (a == null) {
      throw notReady();
    }
    return a;
  }

  double seconds() {
    return (nanoTime.getAsLong() - began) / 1e9;
  }

  /**
   * Seconds a client should wait before retrying a request refused while starting: the current
   * step's time left at its recent rate, in 1..{@value #RETRY_AFTER_MAX_SECONDS}, or {@value
   * #RETRY_AFTER_FALLBACK_SECONDS} without an estimate (see the class comment).
   */
  int retryAfterSeconds() {
    Progress p = now;
    if (state != State.STARTING || p.secondsLeft() < 0) {
      return RETRY_AFTER_FALLBACK_SECONDS;
    }
    double left = p.secondsLeft() - (nanoTime.getAsLong() - p.at()) / 1e9;
    return Math.clamp((long) Math.ceil(left), 1, RETRY_AFTER_MAX_SECONDS);
  }

  /** "replaying the archive, 20,480 of 52,614 articles replayed (21 s)": grouped as the commands' counts are. */
  String describe() {
    Progress p = now;
    long d = p.done();
    long t = p.total();
    return switch (p.step()) {
      case "opening" -> "opening the data folder and its log";
      case "reading" -> "reading " + count(d, t, "stored article", "stored articles");
      case "clustering" -> "replaying the archive, " + count(d, t, "article", "articles") + " replayed";
      case "stories" -> "rebuilding stories, " + count(d, t, "story", "stories") + " written";
      default -> "committing the replayed archive";
    } + String.format(Locale.ROOT, " (%.0f s)", seconds());
  }

  private static String count(long done, long total, String one, String many) {
    return String.format(Locale.ROOT, "%,d", done) + (total >= 0 ? String.format(Locale.ROOT, " of %,d", total) : "") + " "
        + (total == 1 || total < 0 && done == 1 ? one : many);
  }

  /** The 503 every API route answers with until ready. */
  ApiError notReady() {
    return notReady(retryAfterSeconds());
  }

  /** The 503 every API route answers with until ready, saying to retry in {@code retryAfter} s. */
  ApiError notReady(int retryAfter) {
    return state == State.FAILED
        ? new ApiError(503, "the server failed to start: " + error + "; it is stopping")
        : new ApiError(503, "the server is starting: " + describe() + "; retry in " + retryAfter + " s");
  }

  /**
   * {@code /health} until ready: {@code status} {@code starting} (with {@code retry_after_seconds},
   * the {@code Retry-After} the API's routes answer with now) or {@code failed} (with {@code
   * error}), and {@code startup}: the step, its counts, and articles replayed of the total.
   */
  ObjectNode status() {
    ObjectNode o = Json.MAPPER.createObjectNode();
    Progress now = this.now;
    boolean failed = state == State.FAILED;
    o.put("status", failed ? "failed" : "starting");
    if (failed) {
      o.put("error", error);
    } else {
      o.put("retry_after_seconds", retryAfterSeconds());
    }
    ObjectNode p = o.putObject("startup");
    p.put("step", now.step()).put("step_done", now.done());
    countOrNull(p, "step_total", now.total());
    p.put("articles_replayed", now.articlesReplayed());
    countOrNull(p, "articles_total", now.articlesTotal());
    p.put("seconds", Math.round(seconds() * 10) / 10.0);
    p.put("message", describe());
    return o;
  }

  private static void countOrNull(ObjectNode o, String field, long n) {
    if (n >= 0) {
      o.put(field, n);
    } else {
      o.putNull(field);
    }
  }
}
