package org.tidende.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.router.EndpointNotFound;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.util.component.LifeCycle;
import org.slf4j.LoggerFactory;
import org.tidende.ingest.UnreadableFields;
import org.tidende.model.ArticleId;
import org.tidende.model.StoryId;
import org.tidende.store.Archive;
import org.tidende.store.ArticleCodec;
import org.tidende.store.IngestOutcome;
import org.tidende.store.QueryTooLarge;
import org.tidende.store.SearchPage;
import org.tidende.store.StoredArticle;

/**
 * The HTTP API and web page on an {@link Archive}: routes, request limits, and the one place where
 * errors become responses ({@code {"status": 404, "error": "..."}}, 400 with details for bad input,
 * 413 for too large, 503 when overloaded or still starting, 500 without a stack trace, also for an
 * {@link Error} a handler throws: {@link HandlerError}). What Jetty answers itself (a request its
 * parser cannot read, an error page for {@code sendError}) is made the same shape by {@link
 * JettyErrors}; an Error where no handler of ours ran (a before- or after-handler not ours, the
 * error mapping) is answered by {@link #fatal}, naming its kind too, and a 500 nothing explains is
 * filled in by the {@code error(500)} handler, so no error goes out with an empty body or with the
 * handler's own answer; the web page's documents answer a 500 with HTML ({@link JettyErrors#html}).
 *
 * <p>Not JSON: the web page and its files, the icons a browser asks for ({@link Favicon}: {@code
 * /favicon.ico}, {@code /apple-touch-icon*.png}) and {@code /robots.txt} ({@link #ROBOTS}), which
 * were JSON 404s a browser or crawler asked for again and again; and the 404 of any other image
 * ({@link #IMAGE}: {@code /foo.png}), plain text.
 *
 * <p>Thin by design: parses, calls the archive, renders JSON. Story JSON is served as stored (the
 * shape of {@link Json#story}), so fields added to stories appear in the API without changes here.
 */
final class HttpApi {
  /**
   * Limits of the API.
   *
   * @param maxBodyBytes largest request body accepted
   * @param maxBatchItems most articles in one request
   */
  record Limits(long maxBodyBytes, int maxBatchItems) {
    static Limits defaults() {
      return new Limits(10L << 20, 10_000);
    }
  }

  private static final String ERROR_SET = "tidende.error";

  private final Startup startup;
  private final Limits limits;
  private final Supplier<ObjectNode> health;
  private final StoriesEndpoint stories;

  /**
   * @param startup the server's start: the archive once ready; until then every route but {@code
   *     /health} and the web page answers 503 with its progress and an estimated {@code
   *     Retry-After} (routes that do not exist answer 404 and 405 as they do once ready)
   * @param health what {@code /health} answers; 200 when its status is {@code ok} or {@code degraded},
   *     else 503 ({@code starting}, {@code failed})
   */
  HttpApi(Startup startup, Limits limits, Supplier<ObjectNode> health) {
    this.startup = startup;
    this.limits = limits;
    this.health = health;
    this.stories = new StoriesEndpoint(startup::archive);
  }

  /** Creates the Javalin app with every route and error mapping (not started). */
  Javalin create() {
    Javalin app = Javalin.create(cfg -> {
      cfg.showJavalinBanner = false;
      cfg.http.maxRequestSize = limits.maxBodyBytes();
      cfg.http.defaultContentType = "application/json";
      cfg.http.prefer405over404 = true;
      cfg.jetty.modifyServer(server -> {
        server.setErrorHandler(new JettyErrors.Handler());
        server.addEventListener(new LifeCycle.Listener() {
          @Override
          public void lifeCycleStarting(LifeCycle event) {
            JettyErrors.install(server);
          }
        });
      });
      // the servlet context's own error page (sendError, an exception out of the servlet): Jetty's HTML before
      cfg.jetty.modifyServletContextHandler(h -> h.setErrorHandler(new JettyErrors.Handler()));
      cfg.pvt.javaLangErrorHandler(this::fatal);
    });
    app.before(ctx -> current.set(new WeakReference<>(ctx)));
    app.before(guarded(ctx -> {
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
      // the web page reads its own query, and tolerates a bad escape as the browser does
      if (!isPage(ctx.path())) {
        Params.decodeQuery(ctx);
      }
    }));
    // only routes that exist: while starting, an unknown route is a 404 and a wrong method a 405, as after
    app.beforeMatched(guarded(ctx -> {
      if (startup.state() != Startup.State.READY && !servedWhileStarting(ctx)) {
        int retryAfter = startup.retryAfterSeconds();
        ctx.header("Retry-After", String.valueOf(retryAfter));
        throw startup.notReady(retryAfter);
      }
    }));
    app.post("/articles", guarded(this::postArticles));
    get(app, "/articles", ctx -> article(ctx, Params.required(ctx, "id"), false));
    get(app, "/articles/<id>", ctx -> article(ctx, Params.pathRest(ctx, "id", "/articles/"), true));
    get(app, "/stories", stories::list);
    get(app, "/stories/<id>", stories::one);
    get(app, "/search", this::search);
    get(app, "/health", ctx -> {
      ObjectNode h = health.get();
      String status = h.path("status").asText();
      json(ctx, status.equals("ok") || status.equals("degraded") ? 200 : 503, h);
    });
    get(app, "/", ctx -> page(ctx, "index.html", "text/html; charset=utf-8"));
    get(app, "/story/<id>", ctx -> page(ctx, "index.html", "text/html; charset=utf-8", storyPageStatus(ctx)));
    get(app, "/static/app.js", ctx -> page(ctx, "app.js", "text/javascript; charset=utf-8"));
    get(app, "/static/style.css", ctx -> page(ctx, "style.css", "text/css; charset=utf-8"));
    get(app, "/favicon.ico", HttpApi::favicon);
    get(app, "/apple-touch-icon.png", HttpApi::touchIcon);
    get(app, "/apple-touch-icon-precomposed.png", HttpApi::touchIcon);
    get(app, "/robots.txt", HttpApi::robots);
    app.exception(ApiError.class, (e, ctx) -> error(ctx, e.status, e.getMessage(), e.details));
    // a route that does not exist: the API's own wording, as its other 404s ("no story with id ..."),
    // not Javalin's "Endpoint GET /nope not found", which it throws before the 404 handler below runs
    app.exception(EndpointNotFound.class, (e, ctx) -> notFound(ctx));
    app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage(), List.of()));
    app.exception(Archive.Overloaded.class, (e, ctx) -> error(ctx, 503, e.getMessage(), List.of()));
    app.exception(QueryTooLarge.class, (e, ctx) -> error(ctx, 400, "invalid query parameter q: " + e.getMessage(),
        List.of(Map.of("field", "q", "reason", e.getMessage()))));
    app.exception(Exception.class, (e, ctx) -> {
      Throwable what = e instanceof HandlerError ? e.getCause() : e;
      LoggerFactory.getLogger(HttpApi.class).error("{} {} failed", ctx.method(), ctx.path(), what);
      error(ctx, 500, internalError(what), List.of());
    });
    app.error(404, guarded(ctx -> {
      if (ctx.attribute(ERROR_SET) == null) {
        notFound(ctx);
      }
    }));
    app.error(405, guarded(ctx -> {
      String allow = allowed(ctx.path());
      ctx.header("Allow", allow);
      error(ctx, 405, "method " + ctx.method() + " not allowed on " + ctx.path() + " (allowed: " + allow + ")", List.of());
    }));
    // a 500 Javalin set without an answer of ours: an Error where no handler of ours ran (Javalin
    // logs it, "Fatal error occurred ..."), or a read of the body that failed below it. It was an
    // empty body typed application/json.
    app.error(500, ctx -> {
      if (ctx.attribute(ERROR_SET) == null) {
        error(ctx, 500, "internal error; see the server log", List.of());
      }
    });
    return app;
  }

  /**
   * The request this thread serves, for {@link #fatal}, which Javalin hands the response alone. Weak,
   * so a thread's last request is not kept past its answer; set by the first before-handler (the
   * routes are synchronous: a request is served on one thread).
   */
  private final ThreadLocal<WeakReference<Context>> current = new ThreadLocal<>();

  /**
   * An {@link Error} no handler of ours caught: one in a before- or after-handler not ours, in an
   * exception handler (the error mapping itself), or out of a {@link HandlerError}'s own mapping.
   * Javalin logs it ("Fatal error occurred ...") and sets 500, and left the body as it was: empty
   * (then filled by the {@code error(500)} handler without the kind), or, for an Error after a
   * handler, the handler's own answer with status 500 ({@code x}, not JSON). Now it is logged with
   * the request, and the answer is the API's 500 naming its kind, {@code internal error
   * (StackOverflowError); see the server log}, the result of the request replaced; where the
   * request is not this thread's (never for the synchronous routes here) the status alone is set
   * and the {@code error(500)} handler answers without the kind.
   */
  private void fatal(HttpServletResponse res, Error e) {
    WeakReference<Context> ref = current.get();
    Context ctx = ref == null ? null : ref.get();
    res.setStatus(500);
    if (ctx == null || ctx.res() != res) {
      LoggerFactory.getLogger(HttpApi.class).error("a request failed", e);
      return;
    }
    LoggerFactory.getLogger(HttpApi.class).error("{} {} failed", ctx.method(), ctx.path(), e);
    try {
      error(ctx, 500, internalError(e), List.of());
    } catch (RuntimeException | Error again) { // the heap still exhausted: the status stands, the error(500) handler answers
      e.addSuppressed(again);
    }
  }

  /**
   * What a 500 says: the kind of error (its class's simple name; an anonymous class's, which has
   * none, its superclass's: "internal error ()" before), never its message or trace.
   */
  static String internalError(Throwable e) {
    Class<?> c = e.getClass();
    while (c.getSimpleName().isEmpty() && c.getSuperclass() != null) {
      c = c.getSuperclass();
    }
    return "internal error (" + c.getSimpleName() + "); see the server log";
  }

  private static void notFound(Context ctx) {
    String m = ctx.method().name();
    if ((m.equals("GET") || m.equals("HEAD")) && SIZED_TOUCH_ICON.matcher(ctx.path()).matches()) {
      ctx.attribute(ERROR_SET, Boolean.TRUE); // the icon is the answer, not the 404 handler's JSON
      touchIcon(ctx);
      return;
    }
    if ((m.equals("GET") || m.equals("HEAD")) && IMAGE.matcher(ctx.path()).find()) {
      ctx.attribute(ERROR_SET, Boolean.TRUE); // an image's 404 is not the API's JSON
      ctx.status(404).contentType("text/plain; charset=utf-8").result("not found: " + ctx.path() + "\n");
      return;
    }
    error(ctx, 404, "no such endpoint: " + ctx.method() + " " + ctx.path(), List.of());
  }

  /**
   * A path naming an image by its extension ({@code /foo.png}, {@code /img/logo.SVG}): one the server
   * does not have is a plain-text 404, {@code not found: /foo.png}, as a file server answers, where it
   * was the API's JSON, {@code {"status": 404, "error": "no such endpoint: GET /foo.png"}}, read by no
   * {@code <img>} and misleading in a browser's console (a route of the API missing). The icons the
   * server has are answered before this ({@link Favicon}).
   */
  private static final Pattern IMAGE =
      Pattern.compile("\\.(?i:png|jpe?g|gif|ico|svg|webp|avif|bmp|tiff?)$");

  /** The touch icon's sized names iOS asks for first ({@code /apple-touch-icon-120x120-precomposed.png}). */
  private static final Pattern SIZED_TOUCH_ICON =
      Pattern.compile("/apple-touch-icon-\\d{2,3}x\\d{2,3}(-precomposed)?\\.png");

  /**
   * A GET route, and HEAD on it by the same handler (the server sends the headers without the
   * body). Javalin alone answered every HEAD on a GET route 200 with an empty JSON body, its
   * handler unrun: {@code HEAD /} said application/json, and {@code HEAD /health} 200 while starting.
   */
  private static void get(Javalin app, String path, Handler handler) {
    Handler h = guarded(handler);
    app.get(path, h);
    app.head(path, h);
    app.options(path, HttpApi::options);
  }

  /**
   * An {@link Error} a handler threw (a class that could not be loaded, a stack or the heap
   * exhausted), carried to the API's own 500: Javalin maps exceptions only, and answered an Error
   * 500 with an empty body typed application/json, which a client reads as no JSON at all
   * (DurabilityTest's GET /stories once came back so, its list missing: a JSON reader takes an
   * empty body for a missing node). Now it is {@code {"status": 500, "error": "internal error
   * (NoClassDefFoundError); see the server log"}}, logged with its trace as other 500s are.
   */
  static final class HandlerError extends RuntimeException {
    HandlerError(Error cause) {
      super(cause.toString(), cause);
    }
  }

  /** {@code handler}, an Error it throws carried as a {@link HandlerError}. */
  private static Handler guarded(Handler handler) {
    return ctx -> {
      try {
        handler.handle(ctx);
      } catch (Error e) {
        throw new HandlerError(e);
      }
    };
  }

  /** The icon ({@link Favicon}): binary, so no charset, which Jetty adds to a type set the usual way. */
  private static void favicon(Context ctx) {
    ctx.res().setCharacterEncoding(null);
    ctx.res().setContentType("image/x-icon");
    ctx.status(200).header("Cache-Control", "public, max-age=86400").result(Favicon.bytes());
  }

  /** The touch icon iOS and Safari ask for ({@link Favicon#touchIcon}), as {@link #favicon}. */
  private static void touchIcon(Context ctx) {
    ctx.res().setCharacterEncoding(null);
    ctx.res().setContentType("image/png");
    ctx.status(200).header("Cache-Control", "public, max-age=86400").result(Favicon.touchIcon());
  }

  /**
   * What {@code /robots.txt} answers: no crawling, of any path. A crawler asks for it first on any
   * server it finds on the net; it was a JSON 404, which a crawler reads as "crawl anything", and then
   * it would walk every story, article and search link, each a query on the archive, to index
   * other publishers' articles. A person's browser and the API's clients do not read it.
   */
  static final String ROBOTS = """
      # Tidende: a news-intelligence server. Its pages and API show other publishers' articles
      # and cost a query on the archive each; they are not for crawling or indexing.
      User-agent: *
      Disallow: /
      """;

  /** {@link #ROBOTS}, plain text, cached for a day, also while the server starts. */
  private static void robots(Context ctx) {
    ctx.contentType("text/plain; charset=utf-8");
    ctx.status(200).header("Cache-Control", "public, max-age=86400").result(ROBOTS);
  }

  /**
   * {@code OPTIONS}: 204 and the methods the path takes, with no {@code Content-Type}, as a 204 has
   * no body to have a type; before, the server's default type, application/json, was sent with it.
   */
  private static void options(Context ctx) {
    ctx.status(204).header("Allow", allowed(ctx.path()));
    ctx.res().setContentType(null); // the default type Javalin set before the handler ran
  }

  /**
   * The methods a path that exists answers, for {@code Allow}: on a 405 (which RFC 9110 says must
   * carry it) and as the answer to {@code OPTIONS}. Before, OPTIONS was a 405 and a 405 named no
   * method a client could use instead.
   */
  static String allowed(String path) {
    boolean articles = path.equals("/articles") || path.equals("/articles/");
    return articles ? "GET, HEAD, POST, OPTIONS" : "GET, HEAD, OPTIONS";
  }

  /**
   * Of the routes that exist, what answers while the archive is replayed: {@code /health}, the
   * icons a browser asks for, {@code /robots.txt}, and the web page and its files, which show the progress from {@code /health}; the API's data routes
   * would read a half-built archive or take articles the replay does not yet allow.
   */
  private static boolean servedWhileStarting(Context ctx) {
    String m = ctx.method().name();
    return m.equals("OPTIONS") || (m.equals("GET") || m.equals("HEAD"))
        && (ctx.path().equals("/health") || ctx.path().equals("/favicon.ico") || ctx.path().startsWith("/apple-touch-icon")
            || ctx.path().equals("/robots.txt") || isPage(ctx.path()));
  }

  /** The web page and its files. */
  private static boolean isPage(String path) {
    return path.equals("/") || path.startsWith("/story/") || path.startsWith("/static/");
  }

  static void error(Context ctx, int status, String message, List<Map<String, Object>> details) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("status", status);
    o.put("error", message == null || message.isBlank() ? "error" : message);
    if (!details.isEmpty()) {
      o.set("details", Json.MAPPER.valueToTree(details.stream().map(HttpApi::inDetailOrder).toList()));
    }
    ctx.attribute(ERROR_SET, Boolean.TRUE);
    if (status >= 500 && JettyErrors.isPageDocument(ctx.path())) { // the page's own error, not JSON in a browser's window
      ctx.status(status).contentType("text/html; charset=utf-8").result(JettyErrors.html(status, o.get("error").asText()));
      return;
    }
    json(ctx, status, o);
  }

  private static final List<String> DETAIL_ORDER = List.of("item", "line", "byte", "field");

  /**
   * A detail's keys in one fixed order, {@code item, line, byte, field}, the others as given, {@code
   * reason} last: details are mostly built with {@code Map.of}, whose order changes from one JVM run
   * to the next, so the same error read in a different order on each start.
   */
  static Map<String, Object> inDetailOrder(Map<String, Object> detail) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (String k : DETAIL_ORDER) {
      if (detail.containsKey(k)) out.put(k, detail.get(k));
    }
    detail.forEach((k, v) -> { if (!k.equals("reason")) out.putIfAbsent(k, v); });
    if (detail.containsKey("reason")) out.put("reason", detail.get("reason"));
    return out;
  }

  static void json(Context ctx, int status, JsonNode body) {
    ctx.status(status).contentType("application/json; charset=utf-8").result(body.toString());
  }

  private void page(Context ctx, String name, String type) throws IOException {
    page(ctx, name, type, 200);
  }

  private void page(Context ctx, String name, String type, int status) throws IOException {
    try (InputStream in = HttpApi.class.getResourceAsStream("web/" + name)) {
      if (in == null) {
        throw new ApiError(404, "page resource missing: " + name);
      }
      if (status != 200) {
        ctx.attribute(ERROR_SET, Boolean.TRUE); // the page is the answer: not replaced by the JSON 404 of a route that does not exist
      }
      ctx.status(status).contentType(type).header("Cache-Control", "no-cache").result(in.readAllBytes());
    }
  }

  /**
   * The status of the page {@code /story/{id}}: 404 when the archive has no story {@code id} (nor one
   * it was merged into), as {@code GET /stories/{id}} answers, so that a crawler, a link checker or a
   * monitor tells a dead link from a story; before, 200 for every id, the page alone saying "No such
   * story". The page is the same either way and says so itself (its script asks {@code /stories/{id}}).
   * 200 while the server starts: the archive cannot yet say, and the page polls until it can. An id
   * that is no valid percent-encoding or no story id at all ({@code /story/%E0}) is a 404 too.
   */
  private int storyPageStatus(Context ctx) {
    if (startup.state() != Startup.State.READY) {
      return 200;
    }
    String raw;
    try {
      raw = Params.pathRest(ctx, "id", "/story/");
    } catch (RuntimeException e) {
      return 404;
    }
    if (raw == null || raw.isBlank() || raw.length() > 600 || raw.indexOf('\uFFFD') >= 0) {
      return 404;
    }
    Archive archive = startup.archive();
    StoryId now = archive.currentStory(new StoryId(raw)); // a merged id shows the story it joined
    return archive.storyJson(now).isPresent() ? 200 : 404;
  }

  private void postArticles(Context ctx) throws Exception {
    List<Map<String, Object>> misspelt = new ArrayList<>();
    Params.misspelt(ctx, misspelt, "partial"); // ?Partial=true taken as all or nothing would refuse the batch
    Params.check(misspelt);
    byte[] body = readBody(ctx);
    boolean partial = Params.bool(ctx, "partial", false);
    ArticleBatch batch = ArticleBatch.parse(body, ctx.req().getCharacterEncoding(), limits.maxBatchItems());
    List<Map<String, Object>> problems = batch.problems();
    if (!problems.isEmpty() && !partial) {
      throw new ApiError(400, "invalid body: " + problems.size() + " of " + batch.items().size()
          + " items invalid; nothing was stored (fix them, or send ?partial=true to store the valid ones)", problems);
    }
    List<IngestOutcome> outcomes;
    try {
      outcomes = startup.archive().submit(batch.articles()).get(60, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new ApiError(503, "the archive did not answer within 60 s; the request may still be stored");
    } catch (ExecutionException e) {
      throw new ApiError(503, "the articles could not be stored: " + e.getCause());
    }
    ctx.status(200).contentType("application/json; charset=utf-8").result(response(batch, outcomes).toString());
  }

  private static ObjectNode response(ArticleBatch batch, List<IngestOutcome> outcomes) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    ArrayNode items = Json.MAPPER.createArrayNode();
    int accepted = 0;
    int duplicates = 0;
    int rejected = 0;
    int k = 0;
    for (ArticleBatch.Item it : batch.items()) {
      ObjectNode x = items.addObject();
      x.put("item", it.index());
      if (it.line() > 0) {
        x.put("line", it.line());
      }
      if (it.article() == null) {
        rejected++;
        x.put("status", "rejected");
        x.put("field", String.valueOf(it.problem().get("field")));
        x.put("reason", String.valueOf(it.problem().get("reason")));
        continue;
      }
      switch (outcomes.get(k++)) {
        case IngestOutcome.Accepted a -> {
          accepted++;
          x.put("status", "accepted").put("id", a.id().value()).put("story", a.story().value())
              .put("opened_story", a.opened()).put("seq", a.seq());
        }
        case IngestOutcome.Duplicate d -> {
          duplicates++;
          x.put("status", "duplicate").put("id", d.id().value()).put("of", d.of().value()).put("by", d.by());
        }
      }
      List<String> warnings = new ArrayList<>(UnreadableFields.ignoredFields(it.article()));
      String date = UnreadableFields.message(it.article());
      if (date != null) {
        warnings.add(0, date);
      }
      if (it.warning() != null) {
        warnings.add(0, it.warning());
      }
      if (!warnings.isEmpty()) {
        x.put("warning", String.join("; ", warnings));
      }
    }
    o.put("accepted", accepted).put("duplicates", duplicates).put("rejected", rejected);
    if (batch.warning() != null) {
      o.put("warning", batch.warning());
    }
    o.set("items", items);
    return o;
  }

  private byte[] readBody(Context ctx) throws IOException {
    long declared = ctx.req().getContentLengthLong();
    if (declared > limits.maxBodyBytes()) {
      throw tooLarge(declared);
    }
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBodyBytes() + 1));
      if (b.length > limits.maxBodyBytes()) {
        throw tooLarge(-1);
      }
      return b;
    } catch (IOException e) {
      Object why = ctx.req().getAttribute(JettyErrors.BAD_BODY);
      throw why != null ? ApiError.badField("body", "body", why.toString()) : unreadableBody(e);
    }
  }

  /**
   * A body that could not be read to its end: a bad chunk ({@code Transfer-Encoding: chunked} with a
   * size that is no hex number, said by the parser: {@link JettyErrors#BAD_BODY}), a client that
   * stopped sending, or one that went quiet past the idle timeout. Jetty's {@code EofException}
   * under it was taken by Javalin for a client gone away and answered 500 with an empty body,
   * unlogged; the client may still be there to read why.
   */
  static ApiError unreadableBody(IOException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BadMessageException b && b.getReason() != null) {
        String r = b.getReason().startsWith("invalid body: ") ? b.getReason().substring("invalid body: ".length()) : b.getReason();
        return ApiError.badField("body", "body", r);
      }
      if (t instanceof TimeoutException) {
        return new ApiError(408, "invalid body: not received in time (the connection went quiet part-way)",
            List.of(Map.of("field", "body", "reason", "not received in time")));
      }
    }
    return ApiError.badField("body", "body", "cut off part-way (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
  }

  private ApiError tooLarge(long declared) {
    String size = declared > 0 ? declared + " bytes" : "more than " + limits.maxBodyBytes() + " bytes";
    return new ApiError(413, "request body of " + size + " is too large; at most " + limits.maxBodyBytes()
        + " bytes per request (split the batch)", List.of(Map.of("field", "body", "reason", "at most " + limits.maxBodyBytes() + " bytes")));
  }

  private void article(Context ctx, String rawId, boolean inPath) {
    ArticleId id = Params.articleId(rawId, inPath);
    StoredArticle a = startup.archive().article(id).orElseThrow(() -> new ApiError(404, "no article with id '" + id + "'"));
    json(ctx, 200, ArticleCodec.encode(a));
  }

  /** Most hits per page of {@code GET /search} and {@code tidende search}. */
  static final int SEARCH_MAX_LIMIT = 200;
  /** Deepest page start of a search: a page costs offset + limit hits. */
  static final int SEARCH_MAX_OFFSET = 10_000;
  /** Longest query. */
  static final int QUERY_MAX_CHARS = 1000;

  private void search(Context ctx) {
    List<Map<String, Object>> problems = new ArrayList<>();
    Params.misspelt(ctx, problems, "q", "lang", "limit", "offset", "sort");
    if (Params.optional(ctx, "q") == null && !problems.isEmpty()) {
      Params.check(problems); // Query=Putin: the parameter meant, not "q: required" alone
    }
    String q = Params.required(ctx, "q");
    int limit = Params.integer(ctx, "limit", 20, 1, SEARCH_MAX_LIMIT, problems);
    int offset = Params.integer(ctx, "offset", 0, 0, SEARCH_MAX_OFFSET, problems);
    SearchPage.Sort sort = searchSort(Params.optional(ctx, "sort"));
    if (sort == null) {
      problems.add(Map.of("field", "sort", "reason", "must be relevance or newest, got '" + Params.optional(ctx, "sort") + "'"));
    }
    String lang = Params.language(ctx, "lang", problems, () -> startup.archive().languages());
    if (q.length() > QUERY_MAX_CHARS) {
      problems.add(Map.of("field", "q", "reason", "at most " + QUERY_MAX_CHARS + " characters"));
    }
    Params.check(problems);
    SearchPage page = startup.archive().search(q, lang, sort, limit, offset);
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("q", q).put("total", page.total()).put("offset", offset).put("limit", limit)
        .put("sort", page.sort().name().toLowerCase(Locale.ROOT));
    o.put("read_as_plain_words", page.plainWords());
    o.put("left_out", page.leftOut());
    if (page.total() == 0) {
      String note = lang == null ? null : LanguageFilter.note(lang, startup.archive().languages());
      if (note == null) {
        note = StoriesEndpoint.sourceNote("article", page.sourcesInOtherCase());
      }
      if (note != null) {
        o.put("note", note);
      }
    }
    ArrayNode hits = o.putArray("hits");
    page.hits().forEach(h -> hits.add(Json.searchHit(h)));
    json(ctx, 200, o);
  }

  /** A search's {@code sort} value (relevance when absent, any case), or null when it is neither. */
  static SearchPage.Sort searchSort(String raw) {
    if (raw == null) {
      return SearchPage.Sort.RELEVANCE;
    }
    return switch (raw.strip().toLowerCase(Locale.ROOT)) {
      case "relevance" -> SearchPage.Sort.RELEVANCE;
      case "newest" -> SearchPage.Sort.NEWEST;
      default -> null;
    };
  }

  static StoryId storyId(String raw) {
    if (raw == null || raw.isBlank() || raw.length() > 600) {
      throw ApiError.badField("story id", "id", "a story id has 1..600 characters");
    }
    return new StoryId(raw);
  }
}
