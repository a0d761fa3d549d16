package org.tidende.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.tidende.ingest.FeedReader;
import org.tidende.ingest.IngestEvent;
import org.tidende.ingest.UnreadableFields;
import org.tidende.model.Article;
import org.tidende.store.Archive;
import org.tidende.store.IngestOutcome;

/**
 * Polls RSS/Atom feeds on a schedule and ingests their items. Conditional GET ({@code
 * If-None-Match} with the last {@code ETag}, {@code If-Modified-Since} with the last {@code
 * Last-Modified}) so an unchanged feed costs a 304; items already stored are reported as duplicates
 * by the archive and not stored again. Each feed is polled on its own: a failing feed (network,
 * HTTP status, unparseable XML) is recorded in its status and the others go on. The log says a
 * failure when the feed starts failing and again only when its reason changes, and once when it is
 * fetched again, with how many polls failed: a feed that is down for a day at a poll every five
 * minutes wrote the same line 288 times, burying everything else. {@code /health} shows the error
 * of the last poll, as before. An
 * item whose date cannot be read is stored (undated, or dated from another field) and logged once,
 * when it is first stored, and counted in the feed's status ({@code unreadable_dates}).
 *
 * <p>One thread polls the feeds in turn, so a fetch is bounded in time and size: a server that
 * sends its headers and then trickles (or never ends) its body is cut off after {@code
 * fetchTimeout} or {@code maxFeedBytes} and reported like any other failure, and the next feed is
 * polled. A timeout on the headers alone would leave such a fetch, and every feed after it, hanging.
 */
final class FeedPoller implements AutoCloseable {
  /** Mutable per-feed status; written by the poll thread, read by health requests. */
  static final class Feed {
    final URI url;
    volatile String etag;
    volatile String lastModified;
    volatile Instant lastPoll;
    volatile int lastStatus;
    volatile String error;
    volatile long polls;
    volatile long failures;
    /** Polls failed in a row up to the last one; 0 when the last poll was answered. Poll thread only. */
    long failingPolls;
    volatile long accepted;
    volatile long duplicates;
    volatile long rejected;
    volatile long unreadableDates;

    Feed(URI url) {
      this.url = url;
    }
  }

  private final List<Feed> feeds = new ArrayList<>();
  private final Duration interval;
  private final Duration fetchTimeout;
  private final long maxFeedBytes;
  private final Archive archive;
  private final Consumer<String> log;
  private final FeedReader reader = new FeedReader();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
      .followRedirects(HttpClient.Redirect.NORMAL).build();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "tidende-feeds");
    t.setDaemon(true);
    return t;
  });

  FeedPoller(List<URI> urls, Duration interval, Archive archive, Consumer<String> log) {
    this(urls, interval, Duration.ofSeconds(60), 32L << 20, archive, log);
  }

  /**
   * @param fetchTimeout longest a fetch may take, headers and body
   * @param maxFeedBytes largest feed body read; a larger one is a failure of that poll
   */
  FeedPoller(List<URI> urls, Duration interval, Duration fetchTimeout, long maxFeedBytes, Archive archive,
      Consumer<String> log) {
    urls.forEach(u -> feeds.add(new Feed(u)));
    this.interval = interval;
    this.fetchTimeout = fetchTimeout;
    this.maxFeedBytes = maxFeedBytes;
    this.archive = archive;
    this.log = log;
  }

  void start() {
    timer.scheduleWithFixedDelay(this::pollAll, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  void pollAll() {
    for (Feed f : feeds) {
      poll(f);
    }
  }

  void poll(Feed f) {
    f.polls++;
    f.lastPoll = Instant.now();
    try {
      HttpRequest.Builder rb = HttpRequest.newBuilder(f.url).timeout(fetchTimeout).GET()
          .header("User-Agent", "Tidende/0.1 (feed poller)");
      if (f.etag != null) {
        rb.header("If-None-Match", f.etag);
      }
      if (f.lastModified != null) {
        rb.header("If-Modified-Since", f.lastModified);
      }
      CompletableFuture<HttpResponse<byte[]>> fetch = http.sendAsync(rb.build(), info -> capped(maxFeedBytes));
      HttpResponse<byte[]> res;
      try {
        res = fetch.get(fetchTimeout.toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        fetch.cancel(true); // closes the connection
        fail(f, "no complete answer within " + fetchTimeout.toSeconds() + " s");
        return;
      } catch (ExecutionException e) {
        fail(f, reason(e.getCause() == null ? e : e.getCause(), f.url));
        return;
      }
      f.lastStatus = res.statusCode();
      if (res.statusCode() == 304) {
        answered(f);
        return;
      }
      if (res.statusCode() != 200) {
        fail(f, "HTTP " + res.statusCode());
        return;
      }
      res.headers().firstValue("ETag").ifPresent(v -> f.etag = v);
      res.headers().firstValue("Last-Modified").ifPresent(v -> f.lastModified = v);
      ingest(f, res.body());
    } catch (IOException | RuntimeException e) {
      fail(f, reason(e, f.url));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A body of at most {@code max} bytes; a longer one fails at the first byte past it, and its download stops. */
  private static HttpResponse.BodySubscriber<byte[]> capped(long max) {
    return new HttpResponse.BodySubscriber<>() {
      private final ByteArrayOutputStream out = new ByteArrayOutputStream();
      private final CompletableFuture<byte[]> body = new CompletableFuture<>();
      private Flow.Subscription subscription;

      @Override
      public CompletionStage<byte[]> getBody() {
        return body;
      }

      @Override
      public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        s.request(Long.MAX_VALUE);
      }

      @Override
      public void onNext(List<ByteBuffer> buffers) {
        for (ByteBuffer b : buffers) {
          if (body.isDone()) {
            return;
          }
          if (out.size() + (long) b.remaining() > max) {
            subscription.cancel();
            body.completeExceptionally(new IOException("feed larger than " + max + " bytes"));
            return;
          }
          byte[] chunk = new byte[b.remaining()];
          b.get(chunk);
          out.write(chunk, 0, chunk.length);
        }
      }

      @Override
      public void onError(Throwable t) {
        body.completeExceptionally(t);
      }

      @Override
      public void onComplete() {
        body.complete(out.toByteArray());
      }
    };
  }

  private void ingest(Feed f, byte[] body) throws IOException {
    List<Article> items = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    reader.read(f.url.toString(), body, ev -> {
      switch (ev) {
        case IngestEvent.Accepted a -> items.add(a.article());
        case IngestEvent.Rejected r -> problems.add(r.rejection().toString());
        case IngestEvent.Warning w -> log.accept("feed: " + w + " (warning)");
        case IngestEvent.Note n -> log.accept("feed: " + n + " (note)");
      }
    });
    f.rejected += problems.size();
    boolean failed = items.isEmpty() && !problems.isEmpty();
    if (!failed || !problems.get(0).equals(f.error)) {
      // a failing feed's rejections (its XML unreadable) are said when they start or change, as fail() does
      problems.forEach(p -> log.accept("feed: " + p));
    }
    List<IngestOutcome> outcomes = archive.ingest(items);
    for (int i = 0; i < outcomes.size(); i++) {
      switch (outcomes.get(i)) {
        case IngestOutcome.Accepted a -> {
          f.accepted++;
          // said once, when the item is first stored: a feed re-served at every poll is not re-reported
          String warning = UnreadableFields.message(items.get(i));
          if (warning != null) {
            f.unreadableDates++;
            log.accept("feed: " + f.url + ": item " + a.id().value() + ": " + warning + " (warning)");
          }
        }
        case IngestOutcome.Duplicate d -> f.duplicates++;
      }
    }
    if (failed) {
      // already logged above, with the feed's address: counted and kept for /health, not said twice
      f.failures++;
      f.failingPolls++;
      f.error = problems.get(0);
    } else {
      answered(f);
    }
  }

  /** A poll of {@code f} was answered (200 read, or 304): its error is cleared, and a recovery said. */
  private void answered(Feed f) {
    if (f.failingPolls > 0) {
      log.accept("feed: " + f.url + ": fetched again after " + f.failingPolls + " failed poll"
          + (f.failingPolls == 1 ? "" : "s"));
    }
    f.failingPolls = 0;
    f.error = null;
  }

  /**
   * Why a fetch of {@code url} failed, in words: Java's HTTP client fails a refused connection or
   * an unknown host with a {@code ConnectException} without a message, so a feed whose server was
   * down read {@code ConnectException: null} in {@code /health} and the log. Now {@code cannot
   * connect to 127.0.0.1:8081 (connection refused or nothing listening)} and {@code cannot connect:
   * unknown host nrk.example}; another failure says its kind and the first message of its causes.
   */
  static String reason(Throwable e, URI url) {
    Throwable cause = e.getCause();
    if (e instanceof UnknownHostException || cause instanceof UnresolvedAddressException
        || cause instanceof UnknownHostException) {
      return "cannot connect: unknown host " + url.getHost();
    }
    if (e instanceof ConnectException && e.getMessage() == null) {
      int port = url.getPort() >= 0 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
      return "cannot connect to " + url.getHost() + ":" + port + " (connection refused or nothing listening)";
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        return e.getClass().getSimpleName() + ": " + t.getMessage();
      }
    }
    return e.getClass().getSimpleName();
  }

  /** A poll of {@code f} failed: counted and kept for {@code /health}; logged when it starts or its reason changes. */
  private void fail(Feed f, String error) {
    f.failures++;
    f.failingPolls++;
    if (!error.equals(f.error)) {
      log.accept("feed: " + f.url + ": " + error);
    }
    f.error = error;
  }

  boolean hasErrors() {
    return feeds.stream().anyMatch(f -> f.error != null);
  }

  List<Feed> feeds() {
    return List.copyOf(feeds);
  }

  ArrayNode status() {
    ArrayNode arr = Json.MAPPER.createArrayNode();
    for (Feed f : feeds) {
      ObjectNode o = arr.addObject();
      o.put("url", f.url.toString()).put("last_poll", f.lastPoll == null ? null : f.lastPoll.toString())
          .put("last_status", f.lastStatus).put("error", f.error).put("polls", f.polls).put("failures", f.failures)
          .put("accepted", f.accepted).put("duplicates", f.duplicates).put("rejected", f.rejected)
          .put("unreadable_dates", f.unreadableDates)
          .put("etag", f.etag).put("last_modified", f.lastModified);
    }
    return arr;
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
